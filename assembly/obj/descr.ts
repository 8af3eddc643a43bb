// Descriptors: property, staticmethod, classmethod, and the member descriptors of __slots__.
//
// ╒═ PyProperty (28 bytes + GC head) ═══════════════════╕  ╒═ PyStaticMethod / PyClassMethod ═╕
// │ +8 fget │ +12 fset │ +16 fdel │ +20 doc (0 = none)  │  │ +8 callable (12 bytes + GC head)  │
// │ +24 name (str from __set_name__ or fget; 0 = none)  │  ╘═══════════════════════════════════╛
// ╘═════════════════════════════════════════════════════╛
// ╒═ PyMember (20 bytes) ═════════════════════════════════╕
// │ +8 name │ +12 offset u32 (of the slot in the instance) │ +16 owner type (borrowed) │
// ╘═══════════════════════════════════════════════════════╛

import { Val, isSmall, incref, xincref, xdecref, decref } from "./object";
import { PyType, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_MEMBER, isHeapType, typeOf, typeKind } from "./type";
import { Kind } from "./kinds";
import { gcAlloc, gcFree, gcTrack, objAlloc, objFree } from "../gc/track";

// @ts-ignore: decorator
@inline export const PROPERTY_SIZE: usize = 28;
// @ts-ignore: decorator
@inline export const WRAPPER_SIZE: usize = 12;
// @ts-ignore: decorator
@inline export const MEMBER_SIZE: usize = 20;

export function propertyNew(type: usize, fget: Val, fset: Val, fdel: Val, doc: Val): Val {
  let size = changetype<PyType>(type).basicsize;
  let p = gcAlloc(type, size);
  if (p == 0) return 0;
  memory.fill(p + 8, 0, <usize>size - 8);
  if (isHeapType(type)) incref(<Val>type);
  xincref(fget); store<u32>(p, fget, 8);
  xincref(fset); store<u32>(p, fset, 12);
  xincref(fdel); store<u32>(p, fdel, 16);
  xincref(doc); store<u32>(p, doc, 20);
  // the name for error messages, until __set_name__ gives the attribute's (CPython 3.11's prop_name)
  let name: Val = 0;
  if (fget != 0 && !isSmall(fget) && typeKind(typeOf(fget)) == Kind.FUNCTION) { name = load<u32>(fget, 20); incref(name); }
  store<u32>(p, name, 24);
  gcTrack(p);
  return <Val>p;
}

export function propertyClear(p: Val): void {
  for (let off: usize = 8; off <= 24; off += 4) {
    let v = load<u32>(p + off);
    store<u32>(p + off, 0);
    xdecref(v);
  }
}

/** staticmethod(f) or classmethod(f). */
export function wrapperNew(type: usize, callable: Val): Val {
  let size = changetype<PyType>(type).basicsize;
  let w = gcAlloc(type, size);
  if (w == 0) return 0;
  memory.fill(w + 8, 0, <usize>size - 8);
  if (isHeapType(type)) incref(<Val>type);
  incref(callable);
  store<u32>(w, callable, 8);
  gcTrack(w);
  return <Val>w;
}

// @ts-ignore: decorator
@inline export function wrapperCallable(w: Val): Val { return load<u32>(w, 8); }

export function wrapperClear(w: Val): void {
  let v = load<u32>(w, 8);
  store<u32>(w, 0, 8);
  xdecref(v);
}

export function memberNew(name: Val, offset: u32, owner: usize): Val {
  let m = objAlloc(T_MEMBER, MEMBER_SIZE);
  if (m == 0) return 0;
  incref(name);
  store<u32>(m, name, 8);
  store<u32>(m, offset, 12);
  store<u32>(m, <u32>owner, 16);
  return <Val>m;
}

export function memberDealloc(m: Val): void {
  let name = load<u32>(m, 8);
  objFree(m, MEMBER_SIZE);
  decref(name);
}

/** A property's name for messages (borrowed; 0 when unknown). */
// @ts-ignore: decorator
@inline export function propertyName(p: Val): Val { return load<u32>(p, 24); }

/** property.__set_name__: remember the attribute's name (a new reference is taken). */
export function propertySetName(p: Val, name: Val): void {
  incref(name);
  let old = load<u32>(p, 24);
  store<u32>(p, name, 24);
  xdecref(old);
}
