// super: attribute lookup that starts after a given class in the MRO of an object's class.
//
// ╒═ PySuper (20 bytes + GC head) ══════════════════════════════════╕
// │ +8 thisclass │ +12 obj (or 0 when unbound) │ +16 obj's type        │
// ╘═════════════════════════════════════════════════════════════════╛
// super() with no arguments reads the calling frame: its first argument and its __class__ cell.

import { Val, isSmall, incref, decref, xincref, xdecref } from "./object";
import { PyType, T_SUPER, T_STR, typeOf, typeKind, isSubtype, typeName } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { idStr, strEqAS } from "./str";
import { tupleSize, tupleItem } from "./tuple";
import { dictGetStr } from "./dict";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";
import { E } from "./exc";
import { raiseFmt, raiseMsg } from "../vm/errors";
import { curFrame } from "../vm/state";
import { codeArgcount, codeLocalNames, codeKinds, codeNlocalsplus, FAST } from "./code";
import { cellGet } from "./cell";
import { descrGet, genericGetAttr } from "../vm/ops_attr";
import { nkw } from "../vm/args";

// @ts-ignore: decorator
@inline export const SUPER_SIZE: usize = 20;

export function superNew(t: usize, args: usize, npos: i32, kwnames: Val): Val {
  if (nkw(kwnames) > 0) { raiseMsg(E.TypeError, "super() takes no keyword arguments"); return 0; }
  let thisclass: Val, obj: Val;
  if (npos == 0) {
    let f = curFrame;
    if (f == 0) { raiseMsg(E.RuntimeError, "super(): no current frame"); return 0; }
    let code = load<u32>(f);
    if (codeArgcount(code) == 0) { raiseMsg(E.RuntimeError, "super(): no arguments"); return 0; }
    obj = load<u32>(f + 40);
    if (obj != 0 && (load<u8>(codeKinds(code)) & FAST.CELL) && !isSmall(obj) && typeKind(typeOf(obj)) == Kind.CELL) obj = cellGet(obj);
    if (obj == 0) { raiseMsg(E.RuntimeError, "super(): arg[0] deleted"); return 0; }
    // the __class__ free variable
    let names = codeLocalNames(code);
    let n = codeNlocalsplus(code);
    thisclass = 0;
    let found = false;
    for (let i = 0; i < n; i++) {
      if ((load<u8>(codeKinds(code) + <usize>i) & FAST.FREE) && strEqAS(tupleItem(names, i), "__class__")) {
        found = true;
        let cell = load<u32>(f + 40 + (<usize>i << 2));
        thisclass = cell != 0 ? cellGet(cell) : 0;
        break;
      }
    }
    if (!found) { raiseMsg(E.RuntimeError, "super(): __class__ cell not found"); return 0; }
    if (thisclass == 0) { raiseMsg(E.RuntimeError, "super(): empty __class__ cell"); return 0; }
  } else if (npos <= 2) {
    thisclass = load<u32>(args);
    obj = npos == 2 ? load<u32>(args, 4) : 0;
  } else {
    raiseFmt(E.TypeError, "super() takes at most 2 arguments (%d given)", (<u32>npos << 1) | 1);
    return 0;
  }
  if (isSmall(thisclass) || typeKind(typeOf(thisclass)) != Kind.TYPE) {
    raiseFmt(E.TypeError, "super() argument 1 must be a type, not %s", typeName(typeOf(thisclass)));
    return 0;
  }
  let objType: Val = 0;
  if (obj != 0) {
    if (!isSmall(obj) && typeKind(typeOf(obj)) == Kind.TYPE && isSubtype(<usize>obj, <usize>thisclass)) objType = obj;
    else if (isSubtype(typeOf(obj), <usize>thisclass)) objType = <Val>typeOf(obj);
    else { raiseMsg(E.TypeError, "super(type, obj): obj must be an instance or subtype of type"); return 0; }
  }
  let size = changetype<PyType>(t).basicsize;
  let s = gcAlloc(t, size);
  if (s == 0) return 0;
  memory.fill(s + 8, 0, <usize>size - 8);
  if (isHeapTypeS(t)) incref(<Val>t);
  incref(thisclass); store<u32>(s, thisclass, 8);
  xincref(obj); store<u32>(s, obj, 12);
  xincref(objType); store<u32>(s, objType, 16);
  gcTrack(s);
  return <Val>s;
}

import { isHeapType } from "./type";
function isHeapTypeS(t: usize): bool { return isHeapType(t); }

export function superGetAttr(s: Val, name: Val): Val {
  let objType = load<u32>(s, 16);
  if (objType != 0 && !strEqAS(name, "__class__")) {
    let mro = changetype<PyType>(objType).mro;
    let n = tupleSize(mro);
    let thisclass = load<u32>(s, 8);
    let i = 0;
    while (i < n && tupleItem(mro, i) != thisclass) i++;
    for (i++; i < n; i++) {
      let d = changetype<PyType>(tupleItem(mro, i)).dict;
      let v = d != 0 ? dictGetStr(d, name) : 0;
      if (v != 0) {
        let obj = load<u32>(s, 12);
        return descrGet(v, obj == objType ? 0 : obj, <usize>objType);
      }
    }
  }
  if (strEqAS(name, "__self__")) { let o = load<u32>(s, 12); incref(o); return o; }
  if (strEqAS(name, "__thisclass__")) { let o = load<u32>(s, 8); incref(o); return o; }
  return genericGetAttr(s, typeOf(s), name, true);
}

/** Drop the three references (dealloc of a subclass instance, the cycle collector). */
export function superClear(s: Val): void {
  let a = load<u32>(s, 8), b = load<u32>(s, 12), c = load<u32>(s, 16);
  store<u32>(s, 0, 8); store<u32>(s, 0, 12); store<u32>(s, 0, 16);
  xdecref(a); xdecref(b); xdecref(c);
}

export function superDealloc(s: Val): void {
  let a = load<u32>(s, 8), b = load<u32>(s, 12), c = load<u32>(s, 16);
  gcFree(s, SUPER_SIZE);
  decref(a); xdecref(b); xdecref(c);
}
