// tuple: an immutable array of values stored inline.
//
// ╒═ PyTuple (wasm32) ═══════════════════════════════════╕
// │ GC head (8) │ +0 refcnt │ +4 type │ +8 size u32 │ +12 items[size] │
// ╘══════════════════════════════════════════════════════╛
// 12 + 4n bytes plus the GC head (CPython 2.7 32-bit: 12 + 4n plus a 12-byte GC head).
//
// Invariant: every item is a valid value (never NULL) once the tuple is visible to Python code;
// the empty tuple is a static singleton.

import { Val, incref, decref, initStatic } from "./object";
import { T_TUPLE } from "./type";
import { gcAlloc, gcFree, gcTrack, gcUntrack } from "../gc/track";
import { heapAllocSize } from "../mem/heap";

// @ts-ignore: decorator
@inline export const TUPLE_HEADER: usize = 12;

const EMPTY_TUPLE: usize = memory.data(16, 8);

export function tupleInit(): void {
  initStatic(EMPTY_TUPLE, T_TUPLE);
  store<u32>(EMPTY_TUPLE, 0, 8);
}

// @ts-ignore: decorator
@inline export function tupleEmpty(): Val { return <Val>EMPTY_TUPLE; }
// @ts-ignore: decorator
@inline export function tupleSize(t: Val): i32 { return <i32>load<u32>(t, 8); }
// @ts-ignore: decorator
@inline export function tupleItems(t: Val): usize { return <usize>t + TUPLE_HEADER; }
/** Item i, borrowed. */
// @ts-ignore: decorator
@inline export function tupleItem(t: Val, i: i32): Val { return load<u32>(<usize>t + TUPLE_HEADER + (<usize>i << 2)); }
/** Set item i of a tuple being built; steals v. */
// @ts-ignore: decorator
@inline export function tupleSet(t: Val, i: i32, v: Val): void { store<u32>(<usize>t + TUPLE_HEADER + (<usize>i << 2), v); }

/** A new tuple of n items, all NULL, tracked. Fill it with tupleSet before Python sees it. */
export function tupleNew(n: i32): Val {
  if (n == 0) return tupleEmpty();
  return tupleNewOfType(T_TUPLE, n);
}

export function tupleNewOfType(type: usize, n: i32): Val {
  let size = TUPLE_HEADER + (<usize>n << 2);
  let t = gcAlloc(type, size);
  if (t == 0) return 0;
  store<u32>(t, <u32>n, 8);
  memory.fill(t + TUPLE_HEADER, 0, <usize>n << 2);
  gcTrack(t);
  return <Val>t;
}

/** A tuple of the n values at p (new references taken). */
export function tupleFromArray(p: usize, n: i32): Val {
  if (n == 0) return tupleEmpty();
  let t = tupleNew(n);
  if (t == 0) return 0;
  for (let i = 0; i < n; i++) {
    let v = load<u32>(p + (<usize>i << 2));
    incref(v);
    tupleSet(t, i, v);
  }
  return t;
}

export function tuplePack2(a: Val, b: Val): Val {
  let t = tupleNew(2);
  if (t == 0) return 0;
  incref(a); incref(b);
  tupleSet(t, 0, a); tupleSet(t, 1, b);
  return t;
}

export function tuplePack1(a: Val): Val {
  let t = tupleNew(1);
  if (t == 0) return 0;
  incref(a);
  tupleSet(t, 0, a);
  return t;
}

export function tupleDealloc(t: Val): void {
  gcUntrack(t);   // a collection triggered by an item's __del__ must not see the half-freed tuple
  let n = tupleSize(t);
  for (let i = 0; i < n; i++) {
    let v = tupleItem(t, i);
    if (v != 0) decref(v);
  }
  gcFree(t, TUPLE_HEADER + (<usize>n << 2));
}

export function tupleSizeof(t: Val): usize { return heapAllocSize(TUPLE_HEADER + (<usize>tupleSize(t) << 2) + 8); }

/** t[start:stop] for 0 <= start <= stop <= len. */
export function tupleSlice(t: Val, start: i32, stop: i32): Val {
  let n = stop - start;
  if (n <= 0) return tupleEmpty();
  if (n == tupleSize(t) && <usize>load<u32>(t, 4) == T_TUPLE) { incref(t); return t; }
  return tupleFromArray(tupleItems(t) + (<usize>start << 2), n);
}
