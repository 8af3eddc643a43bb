// Iterators implemented by a native "next" function (for native modules: itertools-like helpers).
//
// ╒═ PyNativeIter (24 bytes + GC head) ═══════════════════════════════════════════════╕
// │ +8 next fn (table index of (it) => Val) │ +12 a │ +16 b │ +20 c (values it owns)    │
// ╘═══════════════════════════════════════════════════════════════════════════════════╛

import { Val, xincref, xdecref } from "./object";
import { T_NATIVE_ITER } from "./type";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";

// @ts-ignore: decorator
@inline export const NATIVE_ITER_SIZE: usize = 24;

export type NativeNext = (it: Val) => Val;

export function nativeIterNew(next: NativeNext, a: Val, b: Val, c: Val): Val {
  let it = gcAlloc(T_NATIVE_ITER, NATIVE_ITER_SIZE);
  if (it == 0) return 0;
  store<u32>(it, next.index, 8);
  xincref(a); xincref(b); xincref(c);
  store<u32>(it, a, 12); store<u32>(it, b, 16); store<u32>(it, c, 20);
  gcTrack(it);
  return <Val>it;
}

/** The next value, or 0 (exhausted when no exception is pending). */
export function nativeIterNext(it: Val): Val {
  return call_indirect<Val>(load<u32>(it, 8), it);
}

export function nativeIterClear(it: Val): void {
  for (let off: usize = 12; off <= 20; off += 4) {
    let v = load<u32>(it + off);
    store<u32>(it + off, 0);
    xdecref(v);
  }
}

export function nativeIterDealloc(it: Val): void {
  nativeIterClear(it);
  gcFree(it, NATIVE_ITER_SIZE);
}
