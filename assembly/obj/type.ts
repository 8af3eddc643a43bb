// Type objects: layout, the static builtin types, attribute lookup along the MRO, and the
// per-class cache of special methods.
//
// Builtin types are static: they live in the data segment at constant addresses (T_INT, T_LIST…),
// so the hot loop compares types against constants. Their dicts and MROs are built at start-up.
// Classes (HEAP flag) are heap objects with the same layout, tracked by the cycle collector.
//
// ╒═ PyType (wasm32, 64 bytes) ═══════════════════════════════════════════════╕
// │ +0 refcnt │ +4 type (metatype) │ +8 kind u8 │ +9 flags u8 │ +10 nslots u16   │
// │ +12 name  │ +16 qualname │ +20 base │ +24 bases │ +28 mro │ +32 dict          │
// │ +36 basicsize │ +40 dictoffset │ +44 weaklistoffset │ +48 version          │
// │ +52 specials │ +56 specialsVersion │ +60 subclasses                         │
// ╘═══════════════════════════════════════════════════════════════════════════╛
//
// Invariant: a heap type's `specials[id]` (for id < SP_COUNT) is valid only while
// specialsVersion == version != 0; any change to the dict of the type or of a base resets the
// version of the type and of all its subclasses (typeModified), which also invalidates every inline
// cache keyed on it.

import { Val, PyObject, isSmall, mkSmall, initStatic, incref, decref, IMMORTAL } from "./object";
import { Kind, TF } from "./kinds";
import { Id, SP_COUNT } from "./ids";
import { dictGetStr, dictNew } from "./dict";
import { tupleItem, tupleSize } from "./tuple";
import { idStr } from "./str";
import { heapAlloc, heapFree } from "../mem/heap";

@unmanaged export class PyType extends PyObject {
  /** Kind of the instances' native layout and behaviour (obj/kinds.ts). */
  kind: u8;
  /** TF flags. */
  flags: u8;
  /** Number of __slots__ members declared by this class itself. */
  nslots: u16;
  /** PyStr* __name__. */
  name: u32;
  /** PyStr* __qualname__. */
  qualname: u32;
  /** PyType* __base__ (the base whose layout instances extend); 0 for object. */
  base: u32;
  /** PyTuple* __bases__. */
  bases: u32;
  /** PyTuple* __mro__, the type itself first. */
  mro: u32;
  /** PyDict* of the class attributes. */
  dict: u32;
  /** Bytes of an instance, header included, GC head excluded. */
  basicsize: u32;
  /** Offset of the instance's __dict__ pointer; 0 when instances have no __dict__. */
  dictoffset: u32;
  /** Offset of the instance's weak-reference list; 0 when instances cannot be weakly referenced. */
  weaklistoffset: u32;
  /** Version tag for inline caches and the specials cache; 0 = invalid (assign with typeVersion). */
  version: u32;
  /** Heap types: Val[SP_COUNT], borrowed results of special-method lookups (0 = not defined). */
  specials: u32;
  /** The version `specials` was computed for. */
  specialsVersion: u32;
  /** Raw array of direct subclasses (not owned): [count u32, capacity u32, ptr…]. */
  subclasses: u32;
}

// @ts-ignore: decorator
@inline export const TYPE_SIZE: usize = 64;

// {==== static builtin types
// ORDER TYPE: obj/typeinit.ts fills these in the same order.
export const enum T {
  OBJECT, TYPE, NONE, NOTIMPL, ELLIPSIS, BOOL, INT, FLOAT, STR, BYTES, BYTEARRAY, TUPLE, LIST,
  DICT, SET, FROZENSET, RANGE, SLICE, FUNCTION, BUILTIN, METHOD_DESCR, METHOD, CODE, CELL, MODULE,
  GENERATOR, PROPERTY, STATICMETHOD, CLASSMETHOD, SUPER, TRACEBACK, DICT_KEYS, DICT_VALUES,
  DICT_ITEMS, LIST_ITER, TUPLE_ITER, STR_ITER, RANGE_ITER, SEQ_ITER, BYTES_ITER, LIST_REVITER,
  DICT_KEYITER, DICT_VALUEITER, DICT_ITEMITER, SET_ITER, ENUMERATE, ZIP, MAP, FILTER, REVERSED,
  CALL_ITER, NATIVE_ITER, WEAKREF, MEMBER, NATIVE_DATA, CLASSMETHOD_DESCR, SLOT_WRAPPER,
  FIRST_EXC,  // exception types follow (obj/exc.ts)
}
// @ts-ignore: decorator
@inline export const MAX_STATIC_TYPES: i32 = 160;
export const TYPES: usize = memory.data(<i32>TYPE_SIZE * MAX_STATIC_TYPES, 16);

// @ts-ignore: decorator
@inline export function staticType(t: T): usize { return TYPES + <usize>t * TYPE_SIZE; }

export const T_OBJECT = TYPES + <usize>T.OBJECT * TYPE_SIZE;
export const T_TYPE = TYPES + <usize>T.TYPE * TYPE_SIZE;
export const T_NONE = TYPES + <usize>T.NONE * TYPE_SIZE;
export const T_NOTIMPL = TYPES + <usize>T.NOTIMPL * TYPE_SIZE;
export const T_ELLIPSIS = TYPES + <usize>T.ELLIPSIS * TYPE_SIZE;
export const T_BOOL = TYPES + <usize>T.BOOL * TYPE_SIZE;
export const T_INT = TYPES + <usize>T.INT * TYPE_SIZE;
export const T_FLOAT = TYPES + <usize>T.FLOAT * TYPE_SIZE;
export const T_STR = TYPES + <usize>T.STR * TYPE_SIZE;
export const T_BYTES = TYPES + <usize>T.BYTES * TYPE_SIZE;
export const T_BYTEARRAY = TYPES + <usize>T.BYTEARRAY * TYPE_SIZE;
export const T_TUPLE = TYPES + <usize>T.TUPLE * TYPE_SIZE;
export const T_LIST = TYPES + <usize>T.LIST * TYPE_SIZE;
export const T_DICT = TYPES + <usize>T.DICT * TYPE_SIZE;
export const T_SET = TYPES + <usize>T.SET * TYPE_SIZE;
export const T_FROZENSET = TYPES + <usize>T.FROZENSET * TYPE_SIZE;
export const T_RANGE = TYPES + <usize>T.RANGE * TYPE_SIZE;
export const T_SLICE = TYPES + <usize>T.SLICE * TYPE_SIZE;
export const T_FUNCTION = TYPES + <usize>T.FUNCTION * TYPE_SIZE;
export const T_BUILTIN = TYPES + <usize>T.BUILTIN * TYPE_SIZE;
export const T_METHOD_DESCR = TYPES + <usize>T.METHOD_DESCR * TYPE_SIZE;
export const T_METHOD = TYPES + <usize>T.METHOD * TYPE_SIZE;
export const T_CODE = TYPES + <usize>T.CODE * TYPE_SIZE;
export const T_CELL = TYPES + <usize>T.CELL * TYPE_SIZE;
export const T_MODULE = TYPES + <usize>T.MODULE * TYPE_SIZE;
export const T_GENERATOR = TYPES + <usize>T.GENERATOR * TYPE_SIZE;
export const T_PROPERTY = TYPES + <usize>T.PROPERTY * TYPE_SIZE;
export const T_STATICMETHOD = TYPES + <usize>T.STATICMETHOD * TYPE_SIZE;
export const T_CLASSMETHOD = TYPES + <usize>T.CLASSMETHOD * TYPE_SIZE;
export const T_SUPER = TYPES + <usize>T.SUPER * TYPE_SIZE;
export const T_TRACEBACK = TYPES + <usize>T.TRACEBACK * TYPE_SIZE;
export const T_DICT_KEYS = TYPES + <usize>T.DICT_KEYS * TYPE_SIZE;
export const T_DICT_VALUES = TYPES + <usize>T.DICT_VALUES * TYPE_SIZE;
export const T_DICT_ITEMS = TYPES + <usize>T.DICT_ITEMS * TYPE_SIZE;
export const T_LIST_ITER = TYPES + <usize>T.LIST_ITER * TYPE_SIZE;
export const T_TUPLE_ITER = TYPES + <usize>T.TUPLE_ITER * TYPE_SIZE;
export const T_STR_ITER = TYPES + <usize>T.STR_ITER * TYPE_SIZE;
export const T_RANGE_ITER = TYPES + <usize>T.RANGE_ITER * TYPE_SIZE;
export const T_SEQ_ITER = TYPES + <usize>T.SEQ_ITER * TYPE_SIZE;
export const T_BYTES_ITER = TYPES + <usize>T.BYTES_ITER * TYPE_SIZE;
export const T_LIST_REVITER = TYPES + <usize>T.LIST_REVITER * TYPE_SIZE;
export const T_DICT_KEYITER = TYPES + <usize>T.DICT_KEYITER * TYPE_SIZE;
export const T_DICT_VALUEITER = TYPES + <usize>T.DICT_VALUEITER * TYPE_SIZE;
export const T_DICT_ITEMITER = TYPES + <usize>T.DICT_ITEMITER * TYPE_SIZE;
export const T_SET_ITER = TYPES + <usize>T.SET_ITER * TYPE_SIZE;
export const T_ENUMERATE = TYPES + <usize>T.ENUMERATE * TYPE_SIZE;
export const T_ZIP = TYPES + <usize>T.ZIP * TYPE_SIZE;
export const T_MAP = TYPES + <usize>T.MAP * TYPE_SIZE;
export const T_FILTER = TYPES + <usize>T.FILTER * TYPE_SIZE;
export const T_REVERSED = TYPES + <usize>T.REVERSED * TYPE_SIZE;
export const T_CALL_ITER = TYPES + <usize>T.CALL_ITER * TYPE_SIZE;
export const T_NATIVE_ITER = TYPES + <usize>T.NATIVE_ITER * TYPE_SIZE;
export const T_WEAKREF = TYPES + <usize>T.WEAKREF * TYPE_SIZE;
export const T_MEMBER = TYPES + <usize>T.MEMBER * TYPE_SIZE;
export const T_NATIVE_DATA = TYPES + <usize>T.NATIVE_DATA * TYPE_SIZE;
export const T_CLASSMETHOD_DESCR = TYPES + <usize>T.CLASSMETHOD_DESCR * TYPE_SIZE;
export const T_SLOT_WRAPPER = TYPES + <usize>T.SLOT_WRAPPER * TYPE_SIZE;
// }====

/** The type of any value (small ints are ints). */
// @ts-ignore: decorator
@inline export function typeOf(v: Val): usize {
  return isSmall(v) ? T_INT : <usize>load<u32>(v, 4);
}

// @ts-ignore: decorator
@inline export function typeKind(t: usize): Kind { return <Kind>load<u8>(t, 8); }
// @ts-ignore: decorator
@inline export function typeFlags(t: usize): u32 { return <u32>load<u8>(t, 9); }
// @ts-ignore: decorator
@inline export function isHeapType(t: usize): bool { return (load<u8>(t, 9) & TF.HEAP) != 0; }
/** The kind of any value. */
// @ts-ignore: decorator
@inline export function kindOf(v: Val): Kind { return isSmall(v) ? Kind.INT : <Kind>load<u8>(load<u32>(v, 4), 8); }

/** True if v is of type t exactly (no subclass). */
// @ts-ignore: decorator
@inline export function isExact(v: Val, t: usize): bool { return !isSmall(v) && <usize>load<u32>(v, 4) == t; }

/** __name__ of a type, a PyStr* (borrowed). */
export function typeName(t: usize): Val { return changetype<PyType>(t).name; }

/** True if a is b or a subclass of b. */
export function isSubtype(a: usize, b: usize): bool {
  if (a == b) return true;
  let mro = changetype<PyType>(a).mro;
  if (mro != 0) {
    let n = tupleSize(mro);
    for (let i = 1; i < n; i++) if (<usize>tupleItem(mro, i) == b) return true;
    return false;
  }
  // during start-up, before MROs exist: follow the base chain
  let t = changetype<PyType>(a).base;
  while (t != 0) {
    if (<usize>t == b) return true;
    t = changetype<PyType>(t).base;
  }
  return b == T_OBJECT;
}

/** isinstance(v, t) for a type t, without __instancecheck__. */
export function isInstance(v: Val, t: usize): bool {
  let vt = typeOf(v);
  return vt == t || isSubtype(vt, t);
}

/** Look name up along the MRO, without the method cache; a borrowed value or 0. */
export function typeLookupUncached(t: usize, name: Val): Val {
  let mro = changetype<PyType>(t).mro;
  let n = tupleSize(mro);
  for (let i = 0; i < n; i++) {
    let d = changetype<PyType>(tupleItem(mro, i)).dict;
    if (d != 0) {
      let v = dictGetStr(d, name);
      if (v != 0) return v;
    }
  }
  return 0;
}

// {==== the method cache
// CPython's MCACHE: (type version, interned name) -> the result of the MRO walk (0 included).
// An entry holds a reference to its name, so the name's address cannot be reused by another string
// while the entry lives; values are borrowed, valid while the type's version stands (every change to
// a class dict goes through typeModified, and type __dict__ is handed out as a copy).
//@@ MCACHE_BITS: log2 of the method cache entries (12 bytes each).
// @ts-ignore: decorator
@inline const MCACHE_BITS: u32 = 10;
const MCACHE: usize = memory.data((1 << MCACHE_BITS) * 12, 4);

/** Look name (a str) up along the MRO; a borrowed value or 0. */
export function typeLookup(t: usize, name: Val): Val {
  if (!(load<u32>(name, 12) & 16)) return typeLookupUncached(t, name);   // not interned: no caching
  let version = changetype<PyType>(t).version;
  if (version == 0) version = typeVersion(t);
  let h = ((version * 0x9E3779B1) ^ (name >> 3)) & ((1 << MCACHE_BITS) - 1);
  let e = MCACHE + <usize>h * 12;
  if (load<u32>(e) == version && load<u32>(e, 4) == name) return load<u32>(e, 8);
  let v = typeLookupUncached(t, name);
  let old = load<u32>(e, 4);
  incref(name);
  store<u32>(e, version);
  store<u32>(e, name, 4);
  store<u32>(e, v, 8);
  if (old != 0) decref(old);
  return v;
}

/** Empty the method cache (releasing its names): at the end of a run, before the leak check. */
export function typeCacheClear(): void {
  for (let i = 0; i < (1 << MCACHE_BITS); i++) {
    let e = MCACHE + <usize>i * 12;
    let old = load<u32>(e, 4);
    store<u32>(e, 0); store<u32>(e, 0, 4); store<u32>(e, 0, 8);
    if (old != 0) decref(old);
  }
}
// }====

// {==== version tags

let nextVersion: u32 = 1;

/** The type's current version tag, assigning a fresh one if it was invalidated. */
export function typeVersion(t: usize): u32 {
  let ty = changetype<PyType>(t);
  let v = ty.version;
  if (v == 0) {
    v = nextVersion++;
    if (nextVersion == 0) nextVersion = 1; // 2^32 modifications: wrap, never hand out 0
    ty.version = v;
  }
  return v;
}

/** The dict or bases of t changed: invalidate t, its subclasses, and the caches keyed on them. */
export function typeModified(t: usize): void {
  let ty = changetype<PyType>(t);
  if (ty.version == 0 && ty.specialsVersion == 0) return;
  ty.version = 0;
  ty.specialsVersion = 0;
  let subs = <usize>ty.subclasses;
  if (subs != 0) {
    let n = load<u32>(subs);
    for (let i: u32 = 0; i < n; i++) typeModified(<usize>load<u32>(subs + 8 + (<usize>i << 2)));
  }
}

/** Record sub as a direct subclass of base (raw pointer, removed by typeRemoveSubclass). */
export function typeAddSubclass(base: usize, sub: usize): bool {
  let ty = changetype<PyType>(base);
  let subs = <usize>ty.subclasses;
  if (subs == 0) {
    subs = heapAlloc(8 + 4 * 4);
    if (subs == 0) return false;
    store<u32>(subs, 0); store<u32>(subs, 4, 4);
    ty.subclasses = <u32>subs;
  }
  let n = load<u32>(subs), cap = load<u32>(subs, 4);
  if (n == cap) {
    let ns = heapAlloc(8 + (<usize>cap * 2) * 4);
    if (ns == 0) return false;
    memory.copy(ns, subs, 8 + <usize>cap * 4);
    heapFree(subs, 8 + <usize>cap * 4);
    store<u32>(ns, cap * 2, 4);
    subs = ns;
    ty.subclasses = <u32>subs;
  }
  store<u32>(subs + 8 + (<usize>n << 2), <u32>sub);
  store<u32>(subs, n + 1);
  return true;
}

export function typeRemoveSubclass(base: usize, sub: usize): void {
  let subs = <usize>changetype<PyType>(base).subclasses;
  if (subs == 0) return;
  let n = load<u32>(subs);
  for (let i: u32 = 0; i < n; i++) {
    let p = subs + 8 + (<usize>i << 2);
    if (<usize>load<u32>(p) == sub) {
      store<u32>(p, load<u32>(subs + 8 + (<usize>(n - 1) << 2)));
      store<u32>(subs, n - 1);
      if (n == 1) typeFreeSubclasses(base);   // nothing left: the array's bytes go back
      return;
    }
  }
}

export function typeFreeSubclasses(t: usize): void {
  let subs = <usize>changetype<PyType>(t).subclasses;
  if (subs != 0) {
    heapFree(subs, 8 + <usize>load<u32>(subs, 4) * 4);
    changetype<PyType>(t).subclasses = 0;
  }
}
// }====

// {==== specials

/**
 * The class attribute for special method `id` (< SP_COUNT) of a heap type, borrowed, or 0 when
 * neither the class nor a Python base defines it (then the kind's native behaviour applies).
 * Attributes found in a static builtin type's dict are reported as 0: they are the native slots.
 */
export function typeSpecial(t: usize, id: Id): Val {
  let ty = changetype<PyType>(t);
  if (ty.specialsVersion == 0 || ty.specialsVersion != ty.version) {
    if (!typeFillSpecials(t)) return 0;
  }
  return load<u32>(<usize>ty.specials + (<usize>id << 2));
}

function typeFillSpecials(t: usize): bool {
  let ty = changetype<PyType>(t);
  let sp = <usize>ty.specials;
  if (sp == 0) {
    sp = heapAlloc(<usize>SP_COUNT * 4);
    if (sp == 0) return false;
    ty.specials = <u32>sp;
  }
  let mro = ty.mro;
  let n = tupleSize(mro);
  for (let id = 0; id < SP_COUNT; id++) {
    let name = idStr(id);
    let found: Val = 0;
    for (let i = 0; i < n; i++) {
      let base = <usize>tupleItem(mro, i);
      let d = changetype<PyType>(base).dict;
      if (d == 0) continue;
      let v = dictGetStr(d, name);
      if (v != 0) {
        if (isHeapType(base)) found = v;
        break;
      }
    }
    store<u32>(sp + (<usize>id << 2), found);
  }
  // valid from here on: the scan below may look at the specials of this very class (a class
  // attribute that is an instance of the class)
  ty.specialsVersion = typeVersion(t);
  // PLAIN_ATTRS: no data descriptor anywhere on the MRO, no attribute-access overrides
  // (var-size layouts, whose __dict__ sits after the data, are never plain: the caches use dictoffset)
  let vk = ty.kind;
  let plain = ty.dictoffset != 0 && vk != <u8>Kind.TUPLE && vk != <u8>Kind.STR && vk != <u8>Kind.BYTES
    && load<u32>(sp + (<usize>Id.D_getattribute << 2)) == 0
    && load<u32>(sp + (<usize>Id.D_setattr << 2)) == 0 && load<u32>(sp + (<usize>Id.D_delattr << 2)) == 0;
  for (let i = 0; plain && i < n; i++) {
    let d = changetype<PyType>(tupleItem(mro, i)).dict;
    if (d != 0 && dictHasDataDescr(d)) plain = false;
  }
  if (plain) ty.flags |= <u8>TF.PLAIN_ATTRS; else ty.flags &= ~(<u8>TF.PLAIN_ATTRS);
  return true;
}

import { dictNextAt, dictEntryValue } from "./dict";
import { isDataDescr } from "../vm/ops_attr";
function dictHasDataDescr(d: Val): bool {
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) {
    if (isDataDescr(dictEntryValue(d, pos))) return true;
  }
  return false;
}

/** True if an instance-dict entry can answer attribute access on instances of t (see TF.PLAIN_ATTRS). */
// @ts-ignore: decorator
@inline export function typePlainAttrs(t: usize): bool {
  let ty = changetype<PyType>(t);
  return (ty.flags & <u8>TF.PLAIN_ATTRS) != 0 && ty.specialsVersion == ty.version && ty.version != 0;
}

export function typeFreeSpecials(t: usize): void {
  let ty = changetype<PyType>(t);
  if (ty.specials != 0) { heapFree(<usize>ty.specials, <usize>SP_COUNT * 4); ty.specials = 0; }
}
// }====
