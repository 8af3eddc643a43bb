// int: Python's arbitrary-precision integers. The interpreter adds, compares… tagged small ints
// inline (obj/object.ts); everything else comes here: boxed operands, results that leave the
// 31-bit range, and every operation the hot loop does not inline. Magnitude arithmetic is
// num/bigint.ts; this file owns signs, Python's floor semantics, errors and allocation.
//
// ╒═ PyLong (wasm32, 12 + 4n bytes) ═══════════════════════════════════════════════╕
// │ +0 refcnt │ +4 type (T_INT) │ +8 size i32 │ +12 digit[|size|] u32, little-endian │
// ╘═════════════════════════════════════════════════════════════════════════════════╛
// size is CPython's ob_size: its sign is the number's, |size| the count of base-2^32 digits.
//
// Invariants: every int in SMALL_MIN..SMALL_MAX is tagged, never boxed; a PyLong's top digit is
// nonzero; its block is heapAllocSize(12 + 4|size|), so a result that normalizes shorter is moved
// to a smaller block unless both sizes share a size class. Every operand may also be a bool
// (value at +8) or an instance of an int subclass, whose +8 holds its exact int value (a
// reference, see intWithType); intExact unwraps both. Results are always exact ints.

import { Val, PyObject, isSmall, smallValue, mkSmall, fitsSmall, incref, decref, SMALL_MIN, SMALL_MAX } from "./object";
import { PyType, T_INT, T_BOOL, T_FLOAT, typeOf, typeKind, typeName, isHeapType, typeSpecial } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { E } from "./exc";
import { raiseMsg, raiseFmt, raiseMemoryError, excPending } from "../vm/errors";
import { objAlloc, objFree, gcAlloc, gcTrack } from "../gc/track";
import { heapAlloc, heapFree, heapAllocSize } from "../mem/heap";
import { tuplePack2 } from "./tuple";
import { strData, strLen, strKind, strIsAscii, strFromAscii, strFromChar, strSubstring } from "./str";
import { noneVal } from "./singletons";
import { bytesData, bytesLen } from "./bytes";
import { callWithSelf } from "../vm/call";
import { objRepr } from "../vm/ops";
import { floatNew, floatPowF } from "./float";
import {
  dg, bnNorm, bnCmp, bnAdd, bnSub, bnMulAddSmall, bnMul, bnMulWork, bnDivmod, bnDivWork, bnShl, bnShr,
  bnBitop, bnBitopNeg, bnPowSize, bnPowWork, bnPow, bnPowMod, bnPowModWork, bnToF64, bnFromF64,
  bnTrueDiv, bnTrueDivWork, bnBitLength, bnLowBitsSet, bnFromU64, bnLow64, bnInvMod, bnInvModWork,
  bnMod61, BN_AND, BN_OR, BN_XOR,
} from "../num/bigint";
import {
  bnToBase, bnToBaseWork, bnStrSize, bnFromBase, bnFromBaseSize, uniDecimalValue, textToAscii,
  litScan, litDigits, litNeg, litBase, litZeroOnly, litCount, LIT_BAD, LIT_TRAILING, bnToBytes,
  bnFromBytes, bnFromBytesSize, bytesNeg, bnRoundPow10, bnRoundPow10Size, bnRoundPow10Work,
  bnBytesFit, bnFormat, bnFormatSize,
} from "../num/bigtext";

@unmanaged export class PyLong extends PyObject {
  /** Signed digit count: the sign of the number, |size| digits follow at +12. */
  size: i32;
}

// @ts-ignore: decorator
@inline export const LONG_HEADER: usize = 12;
/** Largest PyLong, in digits: 64 MiB, so a bit length still fits a tagged int. */
// @ts-ignore: decorator
@inline const MAX_DIGITS: i32 = 1 << 24;
/** Python 3.11's default sys.get_int_max_str_digits(). */
// @ts-ignore: decorator
@inline const DEFAULT_MAX_STR_DIGITS: i32 = 4300;

// {==== layout and allocation

// @ts-ignore: decorator
@inline function longBytes(n: i32): usize { return LONG_HEADER + (<usize>n << 2); }
// @ts-ignore: decorator
@inline function digitsOf(o: usize): usize { return o + LONG_HEADER; }

/** A PyLong with room for n digits (size not set). 0 with MemoryError pending. */
function longAlloc(n: i32): usize {
  if (n > MAX_DIGITS) { raiseMemoryError(0xffffffff); return 0; }
  return objAlloc(T_INT, longBytes(n));
}

/**
 * Finish a PyLong allocated for `cap` digits whose first `n` digits hold the magnitude: tag it if
 * it fits 31 bits, else normalize and fit the block to the length. Returns the int, or 0.
 */
function longFinish(o: usize, cap: i32, n: i32, neg: bool): Val {
  let d = digitsOf(o);
  n = bnNorm(d, n);
  if (n <= 1) {
    let m = n == 0 ? <u32>0 : load<u32>(d);
    if (m <= <u32>SMALL_MAX || (neg && m == <u32>SMALL_MAX + 1)) {
      objFree(o, longBytes(cap));
      return mkSmall(neg ? -<i32>m : <i32>m);
    }
  }
  if (heapAllocSize(longBytes(n)) != heapAllocSize(longBytes(cap))) {
    let r = objAlloc(T_INT, longBytes(n));
    if (r == 0) { objFree(o, longBytes(cap)); return 0; }
    memory.copy(digitsOf(r), d, <usize>n << 2);
    objFree(o, longBytes(cap));
    o = r;
  }
  store<i32>(o, neg ? -n : n, 8);
  return <Val>o;
}

/** A new int from the magnitude of n digits at p (not necessarily aligned). */
function longFromMag(p: usize, n: i32, neg: bool): Val {
  n = bnNorm(p, n);
  let o = longAlloc(n);
  if (o == 0) return 0;
  memory.copy(digitsOf(o), p, <usize>n << 2);
  return longFinish(o, n, n, neg);
}

/** n digits of scratch (not an object; n >= 1). 0 with MemoryError pending. */
function scratchAlloc(n: i32): usize {
  let size = n > MAX_DIGITS * 4 ? <usize>0xffffffff : <usize>n << 2;
  let p: usize = size == 0xffffffff ? 0 : heapAlloc(size);
  if (p == 0) raiseMemoryError(size);
  return p;
}
function scratchFree(p: usize, n: i32): void { heapFree(p, <usize>n << 2); }

export function intDealloc(v: Val): void { objFree(v, longBytes(abs(load<i32>(v, 8)))); }

/** Bytes v takes on the heap (0 for a tagged int, which takes none). */
export function intSizeof(v: Val): usize {
  if (isSmall(v)) return 0;
  if (<usize>load<u32>(v, 4) != T_INT) return heapAllocSize(<usize>changetype<PyType>(<usize>load<u32>(v, 4)).basicsize);
  return heapAllocSize(longBytes(abs(load<i32>(v, 8))));
}
// }====

// {==== operands

/** v as an exact int (tagged or PyLong), borrowed: bools and int-subclass instances unwrapped. */
export function intExact(v: Val): Val {
  if (isSmall(v)) return v;
  let t = <usize>load<u32>(v, 4);
  if (t == T_INT) return v;
  if (t == T_BOOL) return mkSmall(load<i32>(v, 8));
  return load<u32>(v, 8);                  // an int subclass instance: its value
}

// One digit of scratch per operand position for tagged ints (|SMALL_MIN| = 2^30 fits a digit).
const OPA: usize = memory.data(8, 8);
const OPB: usize = memory.data(8, 8);

/** The digits of an exact int; a tagged one is written to `tmp`. */
// @ts-ignore: decorator
@inline function digs(v: Val, tmp: usize): usize {
  if (isSmall(v)) { let s = smallValue(v); store<u32>(tmp, <u32>(s < 0 ? -s : s)); return tmp; }
  return digitsOf(v);
}
/** The signed digit count of an exact int. */
// @ts-ignore: decorator
@inline function sizeOf(v: Val): i32 {
  if (isSmall(v)) { let s = smallValue(v); return s > 0 ? 1 : s < 0 ? -1 : 0; }
  return load<i32>(v, 8);
}

export function intIsZero(v: Val): bool { v = intExact(v); return isSmall(v) ? smallValue(v) == 0 : false; }

export function intSign(v: Val): i32 { let s = sizeOf(intExact(v)); return s > 0 ? 1 : s < 0 ? -1 : 0; }
// }====

// {==== conversions from and to machine numbers

export function intFromI64(v: i64): Val {
  if (fitsSmall(v)) return mkSmall(<i32>v);
  return longFromU64(v < 0 ? <u64>(-v) : <u64>v, v < 0);   // -i64.MIN wraps to 2^63: still right
}

export function intFromU64(v: u64): Val { return v <= <u64>SMALL_MAX ? mkSmall(<i32>v) : longFromU64(v, false); }

function longFromU64(m: u64, neg: bool): Val {
  let n = (m >> 32) == 0 ? 1 : 2;            // the right block size at once: no move in longFinish
  let o = longAlloc(n);
  if (o == 0) return 0;
  // callers have tagged every value in the small range, so m is nonzero and n is exact
  store<u32>(digitsOf(o), <u32>m);
  if (n == 2) store<u32>(digitsOf(o), <u32>(m >> 32), 4);
  store<i32>(o, neg ? -n : n, 8);
  return <Val>o;
}

/** An int from n little-endian u32 digits at p (code-object constants). */
export function intFromDigits(p: usize, n: i32, neg: bool): Val { return longFromMag(p, n, neg); }

/** v as an i64; sets *ovf (a u32, when ovf != 0) to 1 and returns the low bits when it does not fit. */
export function intAsI64(v: Val, ovf: usize): i64 {
  v = intExact(v);
  if (ovf != 0) store<u32>(ovf, 0);
  if (isSmall(v)) return <i64>smallValue(v);
  let s = load<i32>(v, 8);
  let n = abs(s);
  let m = bnLow64(digitsOf(v), n);
  let fits = n <= 2 && (s > 0 ? m <= <u64>i64.MAX_VALUE : m <= <u64>1 << 63);
  if (!fits && ovf != 0) store<u32>(ovf, 1);
  return s < 0 ? -<i64>m : <i64>m;
}

/** float(v), correctly rounded; OverflowError (and -1.0) when too large. */
export function intToF64(v: Val): f64 {
  v = intExact(v);
  if (isSmall(v)) return <f64>smallValue(v);
  let s = load<i32>(v, 8);
  let x = bnToF64(digitsOf(v), abs(s));
  if (!isFinite(x)) { raiseMsg(E.OverflowError, "int too large to convert to float"); return -1.0; }
  return s < 0 ? -x : x;
}

/** int(x) for a float: truncation toward zero. */
export function intFromF64(x: f64): Val {
  if (isNaN(x)) { raiseMsg(E.ValueError, "cannot convert float NaN to integer"); return 0; }
  if (!isFinite(x)) { raiseMsg(E.OverflowError, "cannot convert float infinity to integer"); return 0; }
  if (x > -1073741825.0 && x < 1073741824.0) return mkSmall(<i32>x);   // truncates toward 0
  let o = longAlloc(33);
  if (o == 0) return 0;
  let n = bnFromF64(x, digitsOf(o));
  return longFinish(o, 33, n, x < 0);
}
// }====

// {==== comparison and hashing

export function intCompare(a: Val, b: Val): i32 {
  a = intExact(a); b = intExact(b);
  if (isSmall(a) && isSmall(b)) { let x = smallValue(a), y = smallValue(b); return x < y ? -1 : x > y ? 1 : 0; }
  let sa = sizeOf(a), sb = sizeOf(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  let c = bnCmp(digs(a, OPA), abs(sa), digs(b, OPB), abs(sb));
  return sa < 0 ? -c : c;
}

export function intEq(a: Val, b: Val): bool { return intCompare(a, b) == 0; }

/** hash(v): CPython's, the value modulo 2^61 - 1 with the sign, -1 mapped to -2. */
export function intHash(v: Val): i64 {
  v = intExact(v);
  if (isSmall(v)) { let x = smallValue(v); return x == -1 ? -2 : <i64>x; }
  let s = load<i32>(v, 8);
  let x = bnMod61(digitsOf(v), abs(s));
  let h = s < 0 ? -<i64>x : <i64>x;
  return h == -1 ? -2 : h;
}
// }====

// {==== addition, subtraction, multiplication

/** ±|a| + ±|b| for exact ints, the signs given. */
function addMags(a: Val, negA: bool, b: Val, negB: bool): Val {
  let pa = digs(a, OPA), na = abs(sizeOf(a));
  let pb = digs(b, OPB), nb = abs(sizeOf(b));
  if (na == 0) negA = negB;
  if (nb == 0) negB = negA;
  if (negA == negB) {
    let cap = max(na, nb) + 1;
    let o = longAlloc(cap);
    if (o == 0) return 0;
    return longFinish(o, cap, bnAdd(pa, na, pb, nb, digitsOf(o)), negA);
  }
  let c = bnCmp(pa, na, pb, nb);
  if (c == 0) return mkSmall(0);
  if (c < 0) {
    let t = pa; pa = pb; pb = t;
    let tn = na; na = nb; nb = tn;
    negA = negB;
  }
  let o = longAlloc(na);
  if (o == 0) return 0;
  return longFinish(o, na, bnSub(pa, na, pb, nb, digitsOf(o)), negA);
}

// Ints of up to two digits below 2^62 in magnitude ("medium" ints, e.g. running sums and
// products of small ones) take a machine-arithmetic path: their sums and differences cannot
// overflow an i64, and products of values below 2^31 cannot either.
let medOk = true;
/** An exact int's value if its magnitude is below 2^62 (medOk stays true), else medOk = false. */
// @ts-ignore: decorator
@inline function medium(v: Val): i64 {
  if (isSmall(v)) return <i64>smallValue(v);
  let s = load<i32>(v, 8);
  let m: u64;
  if (s == 1 || s == -1) m = <u64>load<u32>(v, 12);
  else if (s == 2 || s == -2) m = <u64>load<u32>(v, 12) | (<u64>load<u32>(v, 16) << 32);
  else { medOk = false; return 0; }
  if (m >= <u64>1 << 62) { medOk = false; return 0; }
  return s < 0 ? -<i64>m : <i64>m;
}

export function intAdd(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  medOk = true;
  let x = medium(a), y = medium(b);
  if (medOk) return intFromI64(x + y);
  return addMags(a, sizeOf(a) < 0, b, sizeOf(b) < 0);
}

export function intSub(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  medOk = true;
  let x = medium(a), y = medium(b);
  if (medOk) return intFromI64(x - y);
  return addMags(a, sizeOf(a) < 0, b, sizeOf(b) > 0);
}

export function intMul(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  medOk = true;
  let x = medium(a), y = medium(b);
  if (medOk && x > -0x80000000 && x < 0x80000000 && y > -0x80000000 && y < 0x80000000) return intFromI64(x * y);
  let sa = sizeOf(a), sb = sizeOf(b);
  let na = abs(sa), nb = abs(sb);
  if (na == 0 || nb == 0) return mkSmall(0);
  // the Karatsuba scratch rides behind the digits; longFinish trims it off
  let cap = na + nb + bnMulWork(na, nb);
  let o = longAlloc(cap);
  if (o == 0) return 0;
  let d = digitsOf(o);
  let n = bnMul(digs(a, OPA), na, digs(b, OPB), nb, d, d + (<usize>(na + nb) << 2));
  return longFinish(o, cap, n, (sa < 0) != (sb < 0));
}

export function intNeg(a: Val): Val {
  a = intExact(a);
  if (isSmall(a)) return intFromI64(-<i64>smallValue(a));
  let s = load<i32>(a, 8);
  return longFromMag(digitsOf(a), abs(s), s > 0);
}

/** +a: the exact int value (an int subclass or a bool gives a plain int). */
export function intPos(a: Val): Val {
  a = intExact(a);
  incref(a);
  return a;
}

export function intAbs(a: Val): Val {
  a = intExact(a);
  if (sizeOf(a) >= 0) { incref(a); return a; }
  return intNeg(a);
}
// }====

// {==== division

/** Results of divmodCore (new references, or 0 when not requested). */
let dmQ: Val = 0;
let dmR: Val = 0;

/** Python's floor division and modulo of exact ints, b != 0. false with an exception pending. */
function divmodCore(a: Val, b: Val, wantQ: bool, wantR: bool): bool {
  dmQ = 0; dmR = 0;
  if (isSmall(a) && isSmall(b)) {
    let x = <i64>smallValue(a), y = <i64>smallValue(b);
    let q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) { q--; r += y; }
    if (wantQ) { dmQ = intFromI64(q); if (dmQ == 0) return false; }
    if (wantR) dmR = mkSmall(<i32>r);
    return true;
  }
  let sa = sizeOf(a), sb = sizeOf(b);
  let na = abs(sa), nb = abs(sb);
  let pa = digs(a, OPA), pb = digs(b, OPB);
  let negA = sa < 0, negB = sb < 0;
  if (na < nb || bnCmp(pa, na, pb, nb) < 0) {
    // |a| < |b|: the truncated quotient is 0 and the remainder a
    if (na == 0 || negA == negB) {
      if (wantQ) dmQ = mkSmall(0);
      if (wantR) { incref(a); dmR = a; }
    } else {
      if (wantQ) dmQ = mkSmall(-1);
      if (wantR) { dmR = addMags(a, negA, b, negB); if (dmR == 0) return false; }
    }
    return true;
  }
  // q has a spare digit for the floor adjustment, then bnDivmod's scratch (trimmed by longFinish)
  let qcap = na - nb + 2 + bnDivWork(na, nb);
  let q = longAlloc(qcap);
  if (q == 0) return false;
  let r = longAlloc(nb);
  if (r == 0) { objFree(q, longBytes(qcap)); return false; }
  let qd = digitsOf(q), rd = digitsOf(r);
  bnDivmod(pa, na, pb, nb, qd, rd, qd + (<usize>(na - nb + 2) << 2));
  let nq = bnNorm(qd, na - nb + 1), nr = bnNorm(rd, nb);
  let negQ = negA != negB;
  if (nr != 0 && negQ) {
    // floor: q = -(|q| + 1), r = b - r_trunc (the sign of b)
    nq = bnMulAddSmall(qd, nq, 1, 1, qd);
    nr = bnSub(pb, nb, rd, nr, rd);
  }
  if (wantQ) { dmQ = longFinish(q, qcap, nq, negQ); if (dmQ == 0) { objFree(r, longBytes(nb)); return false; } }
  else objFree(q, longBytes(qcap));
  if (wantR) {
    dmR = longFinish(r, nb, nr, negB);
    if (dmR == 0) { if (dmQ != 0) { decref(dmQ); dmQ = 0; } return false; }
  } else objFree(r, longBytes(nb));
  return true;
}

export function intFloorDiv(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  if (sizeOf(b) == 0) { raiseMsg(E.ZeroDivisionError, "integer division or modulo by zero"); return 0; }
  return divmodCore(a, b, true, false) ? dmQ : 0;
}

export function intMod(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  if (sizeOf(b) == 0) { raiseMsg(E.ZeroDivisionError, "integer modulo by zero"); return 0; }
  return divmodCore(a, b, false, true) ? dmR : 0;
}

/** divmod(a, b) as a 2-tuple. */
export function intDivmod(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  if (sizeOf(b) == 0) { raiseMsg(E.ZeroDivisionError, "integer division or modulo by zero"); return 0; }
  if (!divmodCore(a, b, true, true)) return 0;
  let q = dmQ, r = dmR;
  let t = tuplePack2(q, r);
  decref(q); decref(r);
  return t;
}

/** a / b, correctly rounded (CPython's long_true_divide). */
export function intTrueDiv(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  let sb = sizeOf(b);
  if (sb == 0) { raiseMsg(E.ZeroDivisionError, "division by zero"); return 0; }
  if (isSmall(a) && isSmall(b)) return floatNew(<f64>smallValue(a) / <f64>smallValue(b));
  let sa = sizeOf(a);
  let na = abs(sa), nb = abs(sb);
  let wn = bnTrueDivWork(na, nb);
  let w = scratchAlloc(wn);
  if (w == 0) return 0;
  let x = bnTrueDiv(digs(a, OPA), na, digs(b, OPB), nb, w);
  scratchFree(w, wn);
  if (!isFinite(x)) { raiseMsg(E.OverflowError, "integer division result too large for a float"); return 0; }
  return floatNew((sa < 0) != (sb < 0) ? -x : x);
}
// }====

// {==== powers

/** a ** b, or pow(a, b, m) when m != 0. A negative b without m gives a float (float ** float). */
export function intPow(a: Val, b: Val, m: Val): Val {
  a = intExact(a); b = intExact(b);
  if (m != 0 && m != noneVal()) return powMod(a, b, intExact(m));
  let sb = sizeOf(b);
  if (sb < 0) {
    let x = intToF64(a);
    if (excPending()) return 0;
    let y = intToF64(b);
    if (excPending()) return 0;
    return floatPowF(x, y);
  }
  if (sb == 0) return mkSmall(1);
  let sa = sizeOf(a);
  if (sa == 0) return mkSmall(0);
  let na = abs(sa);
  let pa = digs(a, OPA);
  let eOdd = (load<u32>(digs(b, OPB)) & 1) != 0;
  let neg = sa < 0 && eOdd;
  if (na == 1 && load<u32>(pa) == 1) return mkSmall(neg ? -1 : 1);
  // |a| >= 2, so the result has at least b bits: a b of more than one digit cannot fit memory
  if (abs(sb) > 1) { raiseMemoryError(0xffffffff); return 0; }
  let e = <u64>load<u32>(digs(b, OPB));
  if (isSmall(a)) {
    // small ** small that fits 63 bits: plain square-and-multiply
    let base = <i64>(sa < 0 ? -smallValue(a) : smallValue(a));
    let bits = <u64>(64 - clz<i64>(base)) * e;
    if (bits <= 62) {
      let r: i64 = 1, p = base, k = e;
      while (k != 0) { if (k & 1) r *= p; k >>= 1; if (k != 0) p *= p; }
      return intFromI64(neg ? -r : r);
    }
  }
  let size64 = bnPowSize(pa, na, e);
  if (size64 > <u64>MAX_DIGITS) { raiseMemoryError(0xffffffff); return 0; }
  let size = <i32>size64;
  let cap = size + bnPowWork(size);
  let o = longAlloc(cap);
  if (o == 0) return 0;
  let n = bnPow(pa, na, e, digitsOf(o), size, digitsOf(o) + (<usize>size << 2));
  return longFinish(o, cap, n, neg);
}

/** pow(a, b, m) for exact ints; a negative b uses the inverse of a modulo m. */
function powMod(a: Val, b: Val, m: Val): Val {
  let sm = sizeOf(m);
  if (sm == 0) { raiseMsg(E.ValueError, "pow() 3rd argument cannot be 0"); return 0; }
  let negOut = sm < 0;
  let mm = intAbs(m);                               // owned
  if (mm == 0) return 0;
  if (isSmall(mm) && smallValue(mm) == 1) { decref(mm); return mkSmall(0); }
  let base = intMod(a, mm);                         // 0 <= base < |m|
  if (base == 0) { decref(mm); return 0; }
  let e = b;
  let eOwned = false;
  if (sizeOf(b) < 0) {
    let inv = invMod(base, mm);
    decref(base);
    if (inv == 0) { decref(mm); return 0; }
    base = inv;
    e = intNeg(b);
    if (e == 0) { decref(base); decref(mm); return 0; }
    eOwned = true;
  }
  let nm = abs(sizeOf(mm));
  let cap = nm + bnPowModWork(nm);
  let r = longAlloc(cap);
  let res: Val = 0;
  if (r != 0) {
    // OPA/OPB hold tagged base and modulus digits; the exponent's go to a third slot
    let n = bnPowMod(digs(base, OPA), abs(sizeOf(base)), digs(e, OPE), abs(sizeOf(e)),
      digs(mm, OPB), nm, digitsOf(r), digitsOf(r) + (<usize>nm << 2));
    res = longFinish(r, cap, n, false);
    if (res != 0 && negOut && sizeOf(res) != 0) { let t = intSub(res, mm); decref(res); res = t; }
  }
  decref(base);
  if (eOwned) decref(e);
  decref(mm);
  return res;
}
const OPE: usize = memory.data(8, 8);

/** The inverse of a modulo n (exact ints, 0 <= a < n, n >= 2); ValueError when there is none. */
function invMod(a: Val, n: Val): Val {
  let nn = abs(sizeOf(n)), cap = nn + bnInvModWork(nn);
  let o = longAlloc(cap);
  if (o == 0) return 0;
  let len = bnInvMod(digs(a, OPA), abs(sizeOf(a)), digs(n, OPB), nn, digitsOf(o), digitsOf(o) + (<usize>nn << 2));
  if (len >= 0) return longFinish(o, cap, len, false);
  objFree(o, longBytes(cap));
  raiseMsg(E.ValueError, "base is not invertible for the given modulus");
  return 0;
}
// }====

// {==== shifts and bitwise operations

/** The shift count of b (exact, >= 0) or -1 when it does not fit an i64. */
function shiftCount(b: Val): i64 {
  if (isSmall(b)) return <i64>smallValue(b);
  let ovf = memory.data(4);
  let s = intAsI64(b, ovf);
  return load<u32>(ovf) != 0 ? -1 : s;
}

export function intLshift(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  if (sizeOf(b) < 0) { raiseMsg(E.ValueError, "negative shift count"); return 0; }
  let sa = sizeOf(a);
  if (sa == 0) return mkSmall(0);
  let s = shiftCount(b);
  if (s < 0) { raiseMsg(E.OverflowError, "too many digits in integer"); return 0; }
  if (isSmall(a) && s < 32) return intFromI64(<i64>smallValue(a) << s);
  let na = abs(sa);
  if ((s >> 5) + <i64>na + 1 > <i64>MAX_DIGITS) { raiseMemoryError(0xffffffff); return 0; }
  let cap = na + <i32>(s >> 5) + 1;
  let o = longAlloc(cap);
  if (o == 0) return 0;
  return longFinish(o, cap, bnShl(digs(a, OPA), na, <u64>s, digitsOf(o)), sa < 0);
}

export function intRshift(a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  if (sizeOf(b) < 0) { raiseMsg(E.ValueError, "negative shift count"); return 0; }
  let sa = sizeOf(a);
  let s = shiftCount(b);
  if (s < 0) s = i64.MAX_VALUE;                    // beyond any int: 0 or -1
  if (isSmall(a)) return mkSmall(s >= 31 ? (smallValue(a) < 0 ? -1 : 0) : smallValue(a) >> <i32>s);
  let na = abs(sa);
  let pa = digitsOf(a);
  let us = <u64>s;
  let o = longAlloc(na + 1);
  if (o == 0) return 0;
  let n = bnShr(pa, na, us, digitsOf(o));
  if (sa < 0 && bnLowBitsSet(pa, na, us)) n = bnMulAddSmall(digitsOf(o), n, 1, 1, digitsOf(o)); // floor
  return longFinish(o, na + 1, n, sa < 0);
}

function bitop(op: i32, a: Val, b: Val): Val {
  a = intExact(a); b = intExact(b);
  if (isSmall(a) && isSmall(b)) {
    // 31-bit two's complement is Python's infinite one, truncated: the result stays in range
    let x = smallValue(a), y = smallValue(b);
    return mkSmall(op == BN_AND ? x & y : op == BN_OR ? x | y : x ^ y);
  }
  let sa = sizeOf(a), sb = sizeOf(b);
  let na = abs(sa), nb = abs(sb);
  let cap = max(na, nb) + 1;
  let o = longAlloc(cap);
  if (o == 0) return 0;
  let n = bnBitop(op, digs(a, OPA), na, sa < 0, digs(b, OPB), nb, sb < 0, digitsOf(o));
  return longFinish(o, cap, n, bnBitopNeg(op, sa < 0, sb < 0));
}

export function intAnd(a: Val, b: Val): Val { return bitop(BN_AND, a, b); }
export function intOr(a: Val, b: Val): Val { return bitop(BN_OR, a, b); }
export function intXor(a: Val, b: Val): Val { return bitop(BN_XOR, a, b); }

/** ~a = -(a + 1). */
export function intInvert(a: Val): Val {
  a = intExact(a);
  if (isSmall(a)) return mkSmall(~smallValue(a));
  let s = load<i32>(a, 8);
  let n = abs(s);
  let o = longAlloc(n + 1);
  if (o == 0) return 0;
  let d = digitsOf(o);
  let r = s > 0 ? bnAdd(digitsOf(a), n, ONE, 1, d) : bnSub(digitsOf(a), n, ONE, 1, d);
  return longFinish(o, n + 1, r, s > 0);
}

const ONE: usize = memory.data<u32>([1]);

/** int.bit_count(): the ones in |v|. */
export function intBitCount(v: Val): i32 {
  v = intExact(v);
  let n = abs(sizeOf(v)), d = digs(v, OPA), c = 0;
  for (let i = 0; i < n; i++) c += <i32>popcnt<u32>(dg(d, i));
  return c;
}

/** int.bit_length(). */
export function intBitLength(v: Val): i32 {
  v = intExact(v);
  if (isSmall(v)) { let x = smallValue(v); return 32 - <i32>clz<u32>(<u32>(x < 0 ? -x : x)); }
  return <i32>bnBitLength(digitsOf(v), abs(load<i32>(v, 8)));
}
// }====

// {==== text

let maxStrDigits: i32 = DEFAULT_MAX_STR_DIGITS;
/** sys.set_int_max_str_digits(n) (0 = no limit). */
export function intSetMaxStrDigits(n: i32): void { maxStrDigits = n; }
export function intMaxStrDigits(): i32 { return maxStrDigits; }

function raiseStrLimit(): void {
  raiseFmt(E.ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", mkSmall(maxStrDigits));
}

const SMALLBUF: usize = memory.data(48, 8);

/** repr(v) / str(v). */
export function intRepr(v: Val): Val { return intToStr(v, 10); }

/**
 * v in base 2, 8, 10 or 16 as bin(), oct(), str() and hex() write it: sign, then '0b' / '0o' /
 * '0x' (not for 10), then lowercase digits. Bases 3..36 other than those give bare digits.
 */
export function intToStr(v: Val, base: i32): Val {
  v = intExact(v);
  let prefix = base == 2 || base == 8 || base == 16 ? 1 : 0;            // 0b 0o 0x
  if (isSmall(v) && base == 10) {
    // the hot path of print(): digits written backwards into a static buffer
    let x = smallValue(v);
    if (x >= 0 && x < 10) return strFromChar(48 + <u32>x);
    let u = <u32>(x < 0 ? -x : x);
    let p = SMALLBUF + 40;
    do { p--; store<u8>(p, <u8>(48 + u % 10)); u /= 10; } while (u != 0);
    if (x < 0) { p--; store<u8>(p, 45); }
    return strFromAscii(p, <i32>(SMALLBUF + 40 - p));
  }
  let s = sizeOf(v);
  let n = abs(s);
  let pd = digs(v, OPA);
  if (base == 10 && maxStrDigits > 0 && <f64>bnBitLength(pd, n) > (<f64>maxStrDigits + 1) * 3.3219280948873623 + 32) {
    raiseStrLimit();                                // surely too many digits: refuse before the quadratic work
    return 0;
  }
  let cap = bnFormatSize(n, <u32>base);
  let buf = heapAlloc(<usize>cap);
  if (buf == 0) { raiseMemoryError(<usize>cap); return 0; }
  let wn = bnToBaseWork(n);
  let w = scratchAlloc(wn);
  if (w == 0) { heapFree(buf, <usize>cap); return 0; }
  let len = bnFormat(pd, n, s < 0, <u32>base, prefix != 0, buf, w);
  scratchFree(w, wn);
  let r: Val = 0;
  if (base == 10 && maxStrDigits > 0 && len - (s < 0 ? 1 : 0) > maxStrDigits) raiseStrLimit();
  else r = strFromAscii(buf, len);
  heapFree(buf, <usize>cap);
  return r;
}

/** float()'s and int()'s ASCII view of the str s at out (strLen(s) bytes; bigtext.ts textToAscii). */
export function intTextToAscii(s: Val, out: usize): i32 { return textToAscii(strData(s), strKind(s), strLen(s), out); }

/** int(s, base) for a str, bytes or bytearray s (base 0 or 2..36, checked by the caller). */
export function intFromStr(s: Val, base: i32): Val {
  let k = typeKind(typeOf(s));
  if (k == Kind.BYTES || k == Kind.BYTEARRAY) return intFromAscii(bytesData(s), bytesLen(s), base, s);
  if (strIsAscii(s)) return intFromAscii(strData(s), strLen(s), base, s);
  let n = strLen(s);
  let tmp = heapAlloc(<usize>n);
  if (tmp == 0) { raiseMemoryError(<usize>n); return 0; }
  let m = intTextToAscii(s, tmp);
  let r = intFromAscii(tmp, m, base, s);
  heapFree(tmp, <usize>n);
  return r;
}

function raiseInvalidLiteral(base: i32, orig: Val): void {
  let r = objRepr(orig);
  if (r == 0) return;
  if (strLen(r) > 200) {                           // CPython's %.200R
    let t = strSubstring(r, 0, 200);
    decref(r);
    if (t == 0) return;
    r = t;
  }
  raiseFmt(E.ValueError, "invalid literal for int() with base %d: %s", mkSmall(base), r);
  decref(r);
}

/**
 * int() of the n ASCII bytes at p (CPython's PyLong_FromString; the syntax is num/bigtext.ts's
 * litScan). `orig` is the object named by the error message.
 */
export function intFromAscii(p: usize, n: i32, base: i32, orig: Val): Val {
  let st = litScan(p, n, base);
  if (st == LIT_BAD) { raiseInvalidLiteral(base, orig); return 0; }
  let count = litCount, b = litBase;
  if (count > 0 && (b & (b - 1)) != 0 && maxStrDigits > 0 && count > maxStrDigits) {
    raiseFmt(E.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
      mkSmall(maxStrDigits), mkSmall(count));
    return 0;
  }
  if (st == LIT_TRAILING) { raiseInvalidLiteral(base, orig); return 0; }
  let neg = litNeg, zeroOnly = litZeroOnly;
  let tmp = heapAlloc(<usize>count);
  if (tmp == 0) { raiseMemoryError(<usize>count); return 0; }
  litDigits(p, tmp);
  let cap = bnFromBaseSize(count, <u32>b);
  let o = longAlloc(cap);
  let r: Val = 0;
  if (o != 0) {
    let nd = bnFromBase(tmp, count, <u32>b, digitsOf(o));
    if (zeroOnly && nd != 0) { objFree(o, longBytes(cap)); raiseInvalidLiteral(base, orig); }
    else r = longFinish(o, cap, nd, neg);
  }
  heapFree(tmp, <usize>count);
  return r;
}
// }====

// {==== bytes

/**
 * int.to_bytes: the `length` bytes of v at out, two's complement when `signed`. OverflowError
 * (false) when v is negative and not signed, or does not fit.
 */
export function intToBytesInto(v: Val, out: usize, length: i32, little: bool, signed: bool): bool {
  v = intExact(v);
  let s = sizeOf(v);
  let n = abs(s);
  let pd = digs(v, OPA);
  if (s < 0 && !signed) { raiseMsg(E.OverflowError, "can't convert negative int to unsigned"); return false; }
  let fits = bnBytesFit(pd, n, s < 0, length, signed);
  if (!fits) { raiseMsg(E.OverflowError, "int too big to convert"); return false; }
  bnToBytes(pd, n, s < 0, out, length, little);
  return true;
}

/** int.from_bytes(b, byteorder, signed=…) for the n bytes at p. */
export function intFromBytes(p: usize, n: i32, little: bool, signed: bool): Val {
  let cap = bnFromBytesSize(n);
  let o = longAlloc(cap);
  if (o == 0) return 0;
  let nd = bnFromBytes(p, n, little, signed, digitsOf(o));
  return longFinish(o, cap, nd, bytesNeg);
}
// }====

// {==== int(), int subclasses, round()

/** int(x) for one argument: __int__, __index__, __trunc__, floats, text; TypeError otherwise. */
export function intFromObject(x: Val): Val {
  if (isSmall(x)) return x;
  let t = typeOf(x);
  if (t == T_INT) { incref(x); return x; }
  let k = typeKind(t);
  if (isHeapType(t)) {
    // which special answers: 0 __int__, 1 __index__, 2 __trunc__ (still honoured by 3.11)
    let which = 0;
    let m = typeSpecial(t, Id.D_int);
    if (m == 0) { m = typeSpecial(t, Id.D_index); which = 1; }
    if (m == 0 && k != Kind.INT && k != Kind.FLOAT) { m = typeSpecial(t, Id.D_trunc); which = 2; }
    if (m != 0) {
      let r = callWithSelf(m, x, 0, 0, 0);
      if (r == 0) return 0;
      let rk = isSmall(r) ? Kind.INT : typeKind(typeOf(r));
      if (rk == Kind.INT || rk == Kind.BOOL) {
        let e = intExact(r);
        incref(e);
        decref(r);
        return e;
      }
      raiseFmt(E.TypeError, which == 0 ? "__int__ returned non-int (type %s)" :
        which == 1 ? "__index__ returned non-int (type %s)" : "__trunc__ returned non-Integral (type %s)",
        typeName(typeOf(r)));
      decref(r);
      return 0;
    }
  }
  if (k == Kind.INT || k == Kind.BOOL) { let e = intExact(x); incref(e); return e; }
  if (k == Kind.FLOAT) return intFromF64(load<f64>(x, 8));
  if (k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY) return intFromStr(x, 10);
  raiseFmt(E.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(t));
  return 0;
}

/**
 * An instance of the int subclass t (a heap class of kind INT) with value v: the class's layout
 * (basicsize, __dict__ and slots) with a reference to the exact int v at +8. Its dealloc must
 * release that reference (gc/dealloc.ts instanceDealloc, case Kind.INT).
 */
export function intWithType(v: Val, t: usize): Val {
  let e = intExact(v);
  let size = <usize>changetype<PyType>(t).basicsize;
  let o = gcAlloc(t, size);
  if (o == 0) return 0;
  memory.fill(o + 8, 0, size - 8);
  incref(e);
  store<u32>(o, e, 8);
  incref(<Val>t);
  gcTrack(o);
  return <Val>o;
}

/** round(v) and round(v, nd) for an int: nd >= 0 (or None) gives v; nd < 0 rounds half to even. */
export function intRound(v: Val, nd: Val): Val {
  v = intExact(v);
  if (nd == noneVal()) { incref(v); return v; }
  let k = isSmall(nd) ? Kind.INT : typeKind(typeOf(nd));
  if (k != Kind.INT && k != Kind.BOOL) {
    raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(nd)));
    return 0;
  }
  nd = intExact(nd);
  let s = sizeOf(v), n = abs(s);
  if (sizeOf(nd) >= 0 || s == 0) { incref(v); return v; }
  // 10^p > 2|v| rounds to 0: p beyond the digits of v (or beyond an i64) needs no arithmetic
  let ovf = memory.data(4);
  let p = -intAsI64(nd, ovf);
  if (load<u32>(ovf) != 0 || <f64>p > <f64>bnBitLength(digs(v, OPA), n) * 0.30103 + 2) return mkSmall(0);
  let kk = <i32>p;
  let size = bnRoundPow10Size(n, kk), cap = size + bnRoundPow10Work(n, kk);
  let o = longAlloc(cap);
  if (o == 0) return 0;
  let len = bnRoundPow10(digs(v, OPA), n, kk, digitsOf(o), digitsOf(o) + (<usize>size << 2));
  return longFinish(o, cap, len, s < 0);
}
// }====
