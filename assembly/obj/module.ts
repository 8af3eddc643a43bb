// module: a namespace (its dict is the globals of the code that runs in it).
//
// ╒═ PyModule (16 bytes + GC head) ═╕
// │ +8 dict │ +12 weakreflist        │
// ╘═════════════════════════════════╛

import { Val, incref, decref, xdecref } from "./object";
import { T_MODULE } from "./type";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";
import { dictNew, dictSetItem } from "./dict";
import { idStr } from "./str";
import { Id } from "./ids";
import { noneVal } from "./singletons";

// @ts-ignore: decorator
@inline export const MODULE_SIZE: usize = 16;

// @ts-ignore: decorator
@inline export function moduleDict(m: Val): Val { return load<u32>(m, 8); }

/** A new module named name (a str) with __name__, __doc__ = None, __package__/__spec__ = None. */
export function moduleNew(name: Val): Val {
  let d = dictNew();
  if (d == 0) return 0;
  let m = gcAlloc(T_MODULE, MODULE_SIZE);
  if (m == 0) { decref(d); return 0; }
  store<u32>(m, d, 8);
  store<u32>(m, 0, 12);
  gcTrack(m);
  if (!dictSetItem(d, idStr(Id.D_name), name) || !dictSetItem(d, idStr(Id.D_doc), noneVal())
      || !dictSetItem(d, idStr(Id.D_package), noneVal()) || !dictSetItem(d, idStr(Id.D_spec), noneVal())) {
    decref(m);
    return 0;
  }
  return <Val>m;
}

export function moduleDealloc(m: Val): void {
  let d = load<u32>(m, 8);
  gcFree(m, MODULE_SIZE);
  xdecref(d);
}
