// list: a resizable array of values.
//
// ╒═ PyList (wasm32) ═══════════════════════════════════════════════════════════╕
// │ GC head (8) │ +0 refcnt │ +4 type │ +8 size u32 │ +12 items ptr │ +16 allocated u32 │
// ╘═════════════════════════════════════════════════════════════════════════════╛
// The item buffer is a separate heap block of allocated * 4 bytes (0 when allocated == 0).
// Growth follows CPython's list_resize (new = n + n/8 + 6, rounded down to a multiple of 4), so
// over-allocation is about 12.5% and append is amortised O(1).
//
// Invariant: items[0:size] are valid values; items[size:allocated] are garbage.

import { Val, incref, decref } from "./object";
import { T_LIST } from "./type";
import { gcAlloc, gcFree, gcTrack, gcUntrack, heapAllocRetry, heapReallocRetry } from "../gc/track";
import { heapAlloc, heapFree, heapRealloc, heapAllocSize } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";

// @ts-ignore: decorator
@inline export const LIST_SIZE: usize = 20;

// @ts-ignore: decorator
@inline export function listSize(l: Val): i32 { return <i32>load<u32>(l, 8); }
// @ts-ignore: decorator
@inline export function listItems(l: Val): usize { return <usize>load<u32>(l, 12); }
// @ts-ignore: decorator
@inline export function listAllocated(l: Val): i32 { return <i32>load<u32>(l, 16); }
/** Item i, borrowed (no bounds check). */
// @ts-ignore: decorator
@inline export function listItem(l: Val, i: i32): Val { return load<u32>(<usize>load<u32>(l, 12) + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline export function listSetSize(l: Val, n: i32): void { store<u32>(l, <u32>n, 8); }

/** A new empty list with room for n items (size 0). 0 on MemoryError. */
export function listNewOfType(type: usize, cap: i32): Val {
  let l = gcAlloc(type, LIST_SIZE);
  if (l == 0) return 0;
  store<u32>(l, 0, 8);
  store<u32>(l, 0, 12);
  store<u32>(l, 0, 16);
  if (cap > 0) {
    let items = heapAllocRetry(<usize>cap << 2);
    if (items == 0) { gcFree(l, LIST_SIZE); raiseMemoryError(<usize>cap << 2); return 0; }
    store<u32>(l, <u32>items, 12);
    store<u32>(l, <u32>cap, 16);
  }
  gcTrack(l);
  return <Val>l;
}

export function listNew(cap: i32): Val { return listNewOfType(T_LIST, cap); }

/** A list of the n values at p (new references taken). */
export function listFromArray(p: usize, n: i32): Val {
  let l = listNew(n);
  if (l == 0) return 0;
  let items = listItems(l);
  for (let i = 0; i < n; i++) {
    let v = load<u32>(p + (<usize>i << 2));
    incref(v);
    store<u32>(items + (<usize>i << 2), v);
  }
  listSetSize(l, n);
  return l;
}

/** Make room for n items (CPython's over-allocation). false and MemoryError on failure. */
export function listResize(l: Val, n: i32): bool {
  let alloc = listAllocated(l);
  if (alloc >= n && n >= (alloc >> 1)) { listSetSize(l, n); return true; }
  let newAlloc: i32 = n == 0 ? 0 : ((n + (n >> 3) + 6) & ~3);
  if (n - listSize(l) > newAlloc - n) newAlloc = (n + 3) & ~3;
  if (newAlloc > 0x3fffffff) { raiseMemoryError(0xffffffff); return false; }
  let items = listItems(l);
  let ni: usize;
  if (newAlloc == 0) {
    if (items != 0) heapFree(items, <usize>alloc << 2);
    ni = 0;
  } else if (items == 0) {
    ni = heapAllocRetry(<usize>newAlloc << 2);
  } else {
    ni = heapReallocRetry(items, <usize>alloc << 2, <usize>newAlloc << 2);
  }
  if (newAlloc != 0 && ni == 0) { raiseMemoryError(<usize>newAlloc << 2); return false; }
  store<u32>(l, <u32>ni, 12);
  store<u32>(l, <u32>newAlloc, 16);
  listSetSize(l, n);
  return true;
}

/** Append v (a new reference is taken). false on MemoryError. */
export function listAppend(l: Val, v: Val): bool {
  let n = listSize(l);
  if (n < listAllocated(l)) {
    incref(v);
    store<u32>(listItems(l) + (<usize>n << 2), v);
    listSetSize(l, n + 1);
    return true;
  }
  if (!listResize(l, n + 1)) return false;
  incref(v);
  store<u32>(listItems(l) + (<usize>n << 2), v);
  return true;
}

/** Append v, stealing the reference (on failure v is released). */
export function listAppendSteal(l: Val, v: Val): bool {
  let ok = listAppend(l, v);
  decref(v);
  return ok;
}

/** Drop every item and the buffer. */
export function listClear(l: Val): void {
  let n = listSize(l);
  let items = listItems(l);
  let alloc = listAllocated(l);
  store<u32>(l, 0, 8);
  store<u32>(l, 0, 12);
  store<u32>(l, 0, 16);
  // decref after detaching, so a __del__ that looks at the list sees it empty
  for (let i = 0; i < n; i++) decref(load<u32>(items + (<usize>i << 2)));
  if (items != 0) heapFree(items, <usize>alloc << 2);
}

export function listDealloc(l: Val): void {
  gcUntrack(l);
  listClear(l);
  gcFree(l, LIST_SIZE);
}

export function listSizeof(l: Val): usize {
  let a = listAllocated(l);
  return heapAllocSize(LIST_SIZE + 8) + (a > 0 ? heapAllocSize(<usize>a << 2) : 0);
}

/** l[start:stop] as a new list (0 <= start <= stop <= len). */
export function listSlice(l: Val, start: i32, stop: i32): Val {
  let n = stop - start;
  if (n < 0) n = 0;
  return listFromArray(listItems(l) + (<usize>start << 2), n);
}
