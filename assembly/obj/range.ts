// range and its iterator, and slice objects.
//
// ╒═ PyRange (32 bytes) ═════════════════════════════════════════╕  start, stop, step are ints
// │ +8 start │ +12 stop │ +16 step │ +20 length (i64, when fits)  │  (tagged or boxed); the length
// ╘══════════════════════════════════════════════════════════════╛  is cached when it fits i64.
// ╒═ PyRangeIter (32 bytes) ═══════════════════════════════════╕
// │ +8 next i64 │ +16 step i64 │ +24 remaining u32 │ +28 pad     │  only for ranges of machine ints;
// ╘════════════════════════════════════════════════════════════╛  big ranges use a generic iterator.
// ╒═ PySlice (20 bytes + GC head) ═╕
// │ +8 start │ +12 stop │ +16 step  │  each a value (None when omitted)
// ╘═════════════════════════════════╛

import { Val, isSmall, smallValue, mkSmall, fitsSmall, incref, decref, xdecref } from "./object";
import { T_RANGE, T_RANGE_ITER, T_SLICE, typeOf, typeKind } from "./type";
import { Kind } from "./kinds";
import { objAlloc, objFree, gcAlloc, gcFree, gcTrack } from "../gc/track";
import { noneVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt } from "../vm/errors";
import { intFromI64, intAsI64 } from "./int";
import { indexValue } from "../vm/ops_seq";

// @ts-ignore: decorator
@inline export const RANGE_SIZE: usize = 32;
// @ts-ignore: decorator
@inline export const RANGE_ITER_SIZE: usize = 32;
// @ts-ignore: decorator
@inline export const SLICE_SIZE: usize = 20;

// @ts-ignore: decorator
@inline export function rangeStart(r: Val): Val { return load<u32>(r, 8); }
// @ts-ignore: decorator
@inline export function rangeStop(r: Val): Val { return load<u32>(r, 12); }
// @ts-ignore: decorator
@inline export function rangeStep(r: Val): Val { return load<u32>(r, 16); }
// @ts-ignore: decorator
@inline export function rangeLen(r: Val): i64 { return load<i64>(r, 20); }

/** A new range from three ints (references taken); ValueError for step 0. */
export function rangeNew(start: Val, stop: Val, step: Val): Val {
  let ovf = memory.data(4);
  let a = intAsI64(start, ovf), ao = load<u32>(ovf);
  let b = intAsI64(stop, ovf), bo = load<u32>(ovf);
  let s = intAsI64(step, ovf), so = load<u32>(ovf);
  if (so == 0 && s == 0) { raiseMsg(E.ValueError, "range() arg 3 must not be zero"); return 0; }
  if (ao | bo | so) { raiseMsg(E.OverflowError, "Python int too large to convert to C ssize_t"); return 0; }
  let len: i64 = 0;
  if (s > 0 && a < b) len = (b - a - 1) / s + 1;
  else if (s < 0 && a > b) len = (a - b - 1) / (-s) + 1;
  let r = objAlloc(T_RANGE, RANGE_SIZE);
  if (r == 0) return 0;
  incref(start); incref(stop); incref(step);
  store<u32>(r, start, 8);
  store<u32>(r, stop, 12);
  store<u32>(r, step, 16);
  store<i64>(r, len, 20);
  return <Val>r;
}

export function rangeDealloc(r: Val): void {
  decref(load<u32>(r, 8)); decref(load<u32>(r, 12)); decref(load<u32>(r, 16));
  objFree(r, RANGE_SIZE);
}

/** Item i (0 <= i < len) as an int. */
export function rangeItem(r: Val, i: i64): Val {
  let ovf = memory.data(4);
  let a = intAsI64(rangeStart(r), ovf);
  let s = intAsI64(rangeStep(r), ovf);
  return intFromI64(a + i * s);
}

export function rangeIterNew(r: Val): Val {
  let it = objAlloc(T_RANGE_ITER, RANGE_ITER_SIZE);
  if (it == 0) return 0;
  let ovf = memory.data(4);
  store<i64>(it, intAsI64(rangeStart(r), ovf), 8);
  store<i64>(it, intAsI64(rangeStep(r), ovf), 16);
  let n = rangeLen(r);
  store<u32>(it, n > 0xffffffff ? 0xffffffff : <u32>n, 24);
  return <Val>it;
}

/** Reversed iteration over r. */
export function rangeRevIterNew(r: Val): Val {
  let it = objAlloc(T_RANGE_ITER, RANGE_ITER_SIZE);
  if (it == 0) return 0;
  let ovf = memory.data(4);
  let a = intAsI64(rangeStart(r), ovf), s = intAsI64(rangeStep(r), ovf);
  let n = rangeLen(r);
  store<i64>(it, a + (n - 1) * s, 8);
  store<i64>(it, -s, 16);
  store<u32>(it, n > 0xffffffff ? 0xffffffff : <u32>n, 24);
  return <Val>it;
}

/** The next int, or 0 (no exception) when exhausted. */
export function rangeIterNext(it: Val): Val {
  let rem = load<u32>(it, 24);
  if (rem == 0) return 0;
  store<u32>(it, rem - 1, 24);
  let v = load<i64>(it, 8);
  store<i64>(it, v + load<i64>(it, 16), 8);
  if (fitsSmall(v)) return mkSmall(<i32>v);
  return intFromI64(v);
}

export function rangeIterDealloc(it: Val): void { objFree(it, RANGE_ITER_SIZE); }

// {==== slices

export function sliceNew(start: Val, stop: Val, step: Val): Val {
  let s = gcAlloc(T_SLICE, SLICE_SIZE);
  if (s == 0) return 0;
  incref(start); incref(stop); incref(step);
  store<u32>(s, start, 8);
  store<u32>(s, stop, 12);
  store<u32>(s, step, 16);
  gcTrack(s);
  return <Val>s;
}

export function sliceDealloc(s: Val): void {
  let a = load<u32>(s, 8), b = load<u32>(s, 12), c = load<u32>(s, 16);
  gcFree(s, SLICE_SIZE);
  decref(a); decref(b); decref(c);
}

/** Results of sliceIndices: start, stop, step, length. */
export const SLICE_OUT: usize = memory.data(16, 4);
// @ts-ignore: decorator
@inline export function sliceOutStart(): i32 { return load<i32>(SLICE_OUT); }
// @ts-ignore: decorator
@inline export function sliceOutStop(): i32 { return load<i32>(SLICE_OUT, 4); }
// @ts-ignore: decorator
@inline export function sliceOutStep(): i32 { return load<i32>(SLICE_OUT, 8); }
// @ts-ignore: decorator
@inline export function sliceOutLen(): i32 { return load<i32>(SLICE_OUT, 12); }

function clampIndex(v: Val, dflt: i64, lo: i64, hi: i64, len: i64, ok: usize): i64 {
  if (v == noneVal()) return dflt;
  let i = indexValue(v, true);
  if (!indexOk()) { if (!excPending()) raiseMsg(E.TypeError, "slice indices must be integers or None or have an __index__ method"); return 0; }
  if (i < 0) { i += len; if (i < lo) i = lo; }
  else if (i > hi) i = hi;
  return i;
}

/** CPython's PySlice_Unpack + PySlice_AdjustIndices for a sequence of length len. false on error. */
export function sliceIndices(s: Val, len: i32): bool {
  let stepv = load<u32>(s, 16);
  let step: i64 = 1;
  if (stepv != noneVal()) {
    step = indexValue(stepv, true);
    if (!indexOk()) { if (!excPending()) raiseMsg(E.TypeError, "slice indices must be integers or None or have an __index__ method"); return false; }
    if (step == 0) { raiseMsg(E.ValueError, "slice step cannot be zero"); return false; }
  }
  let L = <i64>len;
  let start: i64, stop: i64;
  if (step > 0) {
    start = clampIndex(load<u32>(s, 8), 0, 0, L, L, okPtr());
    if (!okFlag()) return false;
    stop = clampIndex(load<u32>(s, 12), L, 0, L, L, okPtr());
    if (!okFlag()) return false;
  } else {
    start = clampIndex(load<u32>(s, 8), L - 1, -1, L - 1, L, okPtr());
    if (!okFlag()) return false;
    stop = clampIndex(load<u32>(s, 12), -1, -1, L - 1, L, okPtr());
    if (!okFlag()) return false;
  }
  let n: i64 = 0;
  if (step > 0) { if (start < stop) n = (stop - start - 1) / step + 1; }
  else { if (stop < start) n = (start - stop - 1) / (-step) + 1; }
  if (step > 0x7fffffff) step = 0x7fffffff;
  if (step < -0x7fffffff) step = -0x7fffffff;
  store<i32>(SLICE_OUT, <i32>start);
  store<i32>(SLICE_OUT, <i32>stop, 4);
  store<i32>(SLICE_OUT, <i32>step, 8);
  store<i32>(SLICE_OUT, <i32>n, 12);
  return true;
}

import { indexOk } from "../vm/ops_seq";
import { excPending } from "../vm/errors";
function okFlag(): bool { return indexOk(); }
function okPtr(): usize { return 0; }
// }====
