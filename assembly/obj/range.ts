// range and its iterator, and slice objects.
//
// ╒═ PyRange (32 bytes) ═══════════════════════════════════════════════════════════════╕
// │ +8 start │ +12 stop │ +16 step │ +20 length i64 (-1: beyond i64) │ +28 length (int)  │
// ╘════════════════════════════════════════════════════════════════════════════════════╛
// start, stop, step and the length are ints of any size; the i64 copy of the length (valid
// when every item fits i64) drives the fast paths.
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
import { intFromI64, intAsI64, intIsZero, intSign, intCompare, intSub, intAdd, intMul, intNeg, intFloorDiv, intMod } from "./int";
import { nativeIterNew } from "./nativeiter";
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

/** A new range from three ints (new references taken); ValueError for step 0. Any int size. */
export function rangeNew(start: Val, stop: Val, step: Val): Val {
  if (intIsZero(step)) { raiseMsg(E.ValueError, "range() arg 3 must not be zero"); return 0; }
  let lenObj = rangeLength(start, stop, step);
  if (lenObj == 0) return 0;
  let ovf = memory.data(4);
  let n = intAsI64(lenObj, ovf);
  let r = objAlloc(T_RANGE, RANGE_SIZE);
  if (r == 0) { decref(lenObj); return 0; }
  incref(start); incref(stop); incref(step);
  store<u32>(r, start, 8);
  store<u32>(r, stop, 12);
  store<u32>(r, step, 16);
  // the length as i64 when it fits (and start/step fit too: the fast iterator uses i64), else -1
  let a = intAsI64(start, ovf), ao = load<u32>(ovf);
  let st = intAsI64(step, ovf), so = load<u32>(ovf);
  intAsI64(lenObj, ovf);
  let fits = load<u32>(ovf) == 0 && ao == 0 && so == 0 && rangeEndFits(a, st, n);
  store<i64>(r, fits ? n : -1, 20);
  store<u32>(r, lenObj, 28);
  return <Val>r;
}

/** True if every item of the range fits i64 (start + (n-1)*step without overflow). */
function rangeEndFits(a: i64, st: i64, n: i64): bool {
  if (n == 0) return true;
  let lim: i64 = 0x3fffffffffffffff;
  return a < lim && a > -lim && st < lim && st > -lim && n < lim / (st < 0 ? -st : st + 1);
}

/** CPython's compute_range_length with ints: max(0, (stop - start + step - sign) // step). */
function rangeLength(start: Val, stop: Val, step: Val): Val {
  let pos = intSign(step) > 0;
  let lo = pos ? start : stop, hi = pos ? stop : start;
  if (intCompare(lo, hi) >= 0) return mkSmall(0);
  // (hi - lo - 1) // |step| + 1
  let diff = intSub(hi, lo);
  if (diff == 0) return 0;
  let d1 = intSub(diff, mkSmall(1));
  decref(diff);
  if (d1 == 0) return 0;
  let ast = pos ? step : intNeg(step);
  if (ast == 0) { decref(d1); return 0; }
  if (!pos) { } else incref(ast);
  let q = intFloorDiv(d1, ast);
  decref(d1); decref(ast);
  if (q == 0) return 0;
  let n = intAdd(q, mkSmall(1));
  decref(q);
  return n;
}

export function rangeDealloc(r: Val): void {
  decref(load<u32>(r, 8)); decref(load<u32>(r, 12)); decref(load<u32>(r, 16)); decref(load<u32>(r, 28));
  objFree(r, RANGE_SIZE);
}

/** The length as an int (borrowed). */
// @ts-ignore: decorator
@inline export function rangeLenObj(r: Val): Val { return load<u32>(r, 28); }

/** Item i (0 <= i < len) as an int. */
export function rangeItem(r: Val, i: i64): Val {
  if (rangeLen(r) >= 0) {
    let ovf = memory.data(4);
    let a = intAsI64(rangeStart(r), ovf);
    let s = intAsI64(rangeStep(r), ovf);
    return intFromI64(a + i * s);
  }
  let iv = intFromI64(i);
  if (iv == 0) return 0;
  let r2 = rangeItemObj(r, iv);
  decref(iv);
  return r2;
}

/** start + i * step for an int index i. */
export function rangeItemObj(r: Val, i: Val): Val {
  let m = intMul(i, rangeStep(r));
  if (m == 0) return 0;
  let v = intAdd(rangeStart(r), m);
  decref(m);
  return v;
}

export function rangeIterNew(r: Val): Val {
  if (rangeLen(r) < 0) return bigRangeIter(r, false);
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
  if (rangeLen(r) < 0) return bigRangeIter(r, true);
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

// Ranges beyond i64: a native iterator over (next value, step, remaining count), all ints.
function bigRangeIter(r: Val, reversed: bool): Val {
  let n = rangeLenObj(r);
  let first: Val, step: Val;
  if (!reversed) { first = rangeStart(r); incref(first); step = rangeStep(r); incref(step); }
  else {
    let nm1 = intSub(n, mkSmall(1));
    if (nm1 == 0) return 0;
    first = intIsZero(n) ? mkSmall(0) : rangeItemObj(r, nm1);
    decref(nm1);
    if (first == 0) return 0;
    step = intNeg(rangeStep(r));
    if (step == 0) { decref(first); return 0; }
  }
  let it = nativeIterNew(bigRangeNext, first, step, n);
  decref(first); decref(step);
  return it;
}

function bigRangeNext(it: Val): Val {
  let rem = load<u32>(it, 20);
  if (intIsZero(rem)) return 0;
  let v = load<u32>(it, 12);
  let nv = intAdd(v, load<u32>(it, 16));
  if (nv == 0) return 0;
  let nrem = intSub(rem, mkSmall(1));
  if (nrem == 0) { decref(nv); return 0; }
  store<u32>(it, nv, 12);        // the value's reference moves to the caller
  store<u32>(it, nrem, 20);
  decref(rem);
  return v;
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

/** `x in r` for an int x: 1, 0 (-1 on error). */
export function rangeContainsInt(r: Val, x: Val): i32 {
  let start = rangeStart(r), step = rangeStep(r);
  if (intIsZero(rangeLenObj(r))) return 0;
  let pos = intSign(step) > 0;
  // start <= x < stop (or start >= x > stop)
  let c1 = intCompare(x, start), c2 = intCompare(x, rangeStop(r));
  if (pos ? (c1 < 0 || c2 >= 0) : (c1 > 0 || c2 <= 0)) return 0;
  let d = intSub(x, start);
  if (d == 0) return -1;
  let m = intMod(d, step);
  decref(d);
  if (m == 0) return -1;
  let z = intIsZero(m);
  decref(m);
  return z ? 1 : 0;
}

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
  return sliceAdjust(load<u32>(s, 8), load<u32>(s, 12), load<u32>(s, 16), len);
}

/** sliceIndices for the three values of a slice (the interpreter's fused slicing has no slice object). */
export function sliceAdjust(startv: Val, stopv: Val, stepv: Val, len: i32): bool {
  let step: i64 = 1;
  if (stepv != noneVal()) {
    step = indexValue(stepv, true);
    if (!indexOk()) { if (!excPending()) raiseMsg(E.TypeError, "slice indices must be integers or None or have an __index__ method"); return false; }
    if (step == 0) { raiseMsg(E.ValueError, "slice step cannot be zero"); return false; }
  }
  let L = <i64>len;
  let start: i64, stop: i64;
  if (step > 0) {
    start = clampIndex(startv, 0, 0, L, L, okPtr());
    if (excPending()) return false;   // (a None bound leaves indexValue's flag as it was)
    stop = clampIndex(stopv, L, 0, L, L, okPtr());
    if (excPending()) return false;   // (a None bound leaves indexValue's flag as it was)
  } else {
    start = clampIndex(startv, L - 1, -1, L - 1, L, okPtr());
    if (excPending()) return false;   // (a None bound leaves indexValue's flag as it was)
    stop = clampIndex(stopv, -1, -1, L - 1, L, okPtr());
    if (excPending()) return false;   // (a None bound leaves indexValue's flag as it was)
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
function okPtr(): usize { return 0; }
// }====
