// Values, the object header, and reference counting.
//
// A value (`Val`, a u32) is one of:
//   - a tagged small int: bit 0 set, the value is the i32 shifted right by one
//     (range SMALL_MIN..SMALL_MAX, 31 bits). Small ints are never boxed: every int in that range
//     is tagged, so `is` and equality agree for them and the hot loop does arithmetic without
//     allocating or touching refcounts;
//   - 0, NULL: "no value" (an unbound local, or the error return of a function that raised);
//   - an 8-aligned pointer to an object that starts with the header below.
//
// ╒═ PyObject (wasm32) ═════════════════╕
// │ -8 gcNext u32 │ -4 gcPrev u32        │  only for GC-tracked containers (see gc/track.ts)
// ╞═════════════════════════════════════╡
// │ +0 refcnt u32 │ +4 type u32 (PyType*)│  8 bytes, as CPython 2.7's 32-bit build
// ╞═════════════════════════════════════╡
// │ +8 payload …                         │
// ╘═════════════════════════════════════╛
//
// Invariant: an object is freed (via its type's dealloc) the moment its refcount drops to zero.
// Static objects (None, True, False, …) live in the data segment with a huge refcount and are never
// freed.

import { typeDealloc } from "../gc/dealloc";

export type Val = u32;

// @ts-ignore: decorator
@inline export const NULL: Val = 0;
// @ts-ignore: decorator
@inline export const SMALL_MIN: i32 = -(1 << 30);
// @ts-ignore: decorator
@inline export const SMALL_MAX: i32 = (1 << 30) - 1;
/** The refcount of static (immortal) objects: large enough never to reach zero. */
// @ts-ignore: decorator
@inline export const IMMORTAL: u32 = 1 << 30;

// @ts-ignore: decorator
@inline export function isSmall(v: Val): bool { return (v & 1) != 0; }
// @ts-ignore: decorator
@inline export function smallValue(v: Val): i32 { return (<i32>v) >> 1; }
// @ts-ignore: decorator
@inline export function mkSmall(i: i32): Val { return (<u32>i << 1) | 1; }
// @ts-ignore: decorator
@inline export function fitsSmall(i: i64): bool { return i >= <i64>SMALL_MIN && i <= <i64>SMALL_MAX; }

@unmanaged export class PyObject {
  /** Number of references. The object is freed when it reaches 0. */
  refcnt: u32;
  /** PyType* of the object. */
  type: u32;
}

// @ts-ignore: decorator
@inline export function refcnt(o: Val): u32 { return load<u32>(o); }
// @ts-ignore: decorator
@inline export function rawType(o: Val): u32 { return load<u32>(o, 4); }

// @ts-ignore: decorator
@inline export function incref(v: Val): void {
  if (!(v & 1)) store<u32>(v, load<u32>(v) + 1);
}

/** incref for a value known to be a pointer (not NULL, not a small int). */
// @ts-ignore: decorator
@inline export function increfObj(o: Val): void {
  store<u32>(o, load<u32>(o) + 1);
}

/** incref that tolerates NULL. */
// @ts-ignore: decorator
@inline export function xincref(v: Val): void {
  if (v != 0 && !(v & 1)) store<u32>(v, load<u32>(v) + 1);
}

// @ts-ignore: decorator
@inline export function decref(v: Val): void {
  if (!(v & 1)) {
    let rc = load<u32>(v) - 1;
    if (rc == 0) typeDealloc(v);
    else store<u32>(v, rc);
  }
}

/** decref that tolerates NULL. */
// @ts-ignore: decorator
@inline export function xdecref(v: Val): void {
  if (v != 0 && !(v & 1)) {
    let rc = load<u32>(v) - 1;
    if (rc == 0) typeDealloc(v);
    else store<u32>(v, rc);
  }
}

/** Replace *slot with v (a new reference), releasing the old value. */
// @ts-ignore: decorator
@inline export function setSlot(slot: usize, v: Val): void {
  let old = load<u32>(slot);
  store<u32>(slot, v);
  xdecref(old);
}

/** Make a static object: an immortal header in the data segment. */
export function initStatic(o: usize, type: usize): void {
  store<u32>(o, IMMORTAL);
  store<u32>(o, <u32>type, 4);
}
