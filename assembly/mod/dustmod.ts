// The dust module: Dust's own extensions, as `micropython` is MicroPython's. What a program asks
// here is about the runtime itself: its heap, its collector, and the knobs the seed's studio wanted
// (clearing weak references to objects recycled in place, breaking closure cycles by hand).

import { Val, decref } from "../obj/object";
import { strInternAS } from "../obj/str";
import { dictSetItem } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { builtinFunction, NativeFn } from "../obj/builtin";

function addF(d: Val, name: string, fn: NativeFn, owner: Val): bool {
  let fo = builtinFunction(fn, name, owner);
  if (fo == 0) return false;
  return addV(d, name, fo);
}

/** d[name] = v, stealing v. */
function addV(d: Val, name: string, v: Val): bool {
  let nm = strInternAS(name);
  if (nm == 0) { decref(v); return false; }
  let r = dictSetItem(d, nm, v);
  decref(nm); decref(v);
  return r;
}

export function dustModuleNew(): Val {
  let name = strInternAS("dust");
  if (name == 0) return 0;
  let m = moduleNew(name);
  if (m == 0) { decref(name); return 0; }
  let d = moduleDict(m);
  let ok = true;
  // Functions are added here, one `ok = ok && addF(d, "name", fn, name)` each.
  decref(name);
  if (!ok) { decref(m); return 0; }
  return m;
}
