// float: Python's float, an IEEE double in a 16-byte box, and its operations with CPython's
// results and messages. Text conversions are num/dtoa.ts (repr, formats) and num/strtod.ts
// (float(), fromhex); comparisons with ints of any size are exact (CPython's float_richcompare).
//
// ╒═ PyFloat (wasm32, 16 bytes) ═══════════════════════╕
// │ +0 refcnt │ +4 type (T_FLOAT) │ +8 value f64        │   (float subclasses: the same +8)
// ╘═════════════════════════════════════════════════════╛
//
// Invariant: while the float cache is on, floatNew returns the same static object for an
// integral value in [tunFloatCacheMin(), tunFloatCacheMax()] ∩ [-10, 10] (never for -0.0): 21
// immortal objects in the data segment, made on first use, so a loop printing 1.0 allocates
// nothing. The cache's bytes are static, outside the heap budget.
//
// Difference from CPython: a negative number raised to a non-integral power is a complex number
// in CPython; Dust has no complex type and raises ValueError("math domain error") instead
// (as math.pow does). int.ts and this file import each other, as longobject.c and floatobject.c
// do; neither runs code at module start-up.

import { Val, PyObject, isSmall, smallValue, mkSmall, decref, initStatic } from "./object";
import { T_FLOAT, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { E } from "./exc";
import { raiseMsg, raiseFmt, raiseMemoryError } from "../vm/errors";
import { objAlloc, objFree } from "../gc/track";
import { heapAlloc, heapFree } from "../mem/heap";
import { tunFloatCacheMin, tunFloatCacheMax } from "../vm/tunables";
import { strFromAscii, strData, strLen, strIsAscii, strAlloc } from "./str";
import { tuplePack2 } from "./tuple";
import { noneVal } from "./singletons";
import { bytesData, bytesLen } from "./bytes";
import { dtoaRepr, dtoaPrepare, dtoaEmit, dtoaFixed, dtoaNd, dtoaDecpt, DIGITS } from "../num/dtoa";
import { strtodParse, strtodParseHex, strtodHex, strtodDigits, strtodErr, STRTOD_OVERFLOW } from "../num/strtod";
import { bnCmp, bnFromF64, bnBitLength } from "../num/bigint";
import { intExact, intFromF64, intFromU64, intLshift, intNeg, intTextToAscii, intAsI64 } from "./int";

@unmanaged export class PyFloat extends PyObject {
  /** The value. */
  value: f64;
}

import { TRACE_ON } from "../gc/hooks";

// @ts-ignore: decorator
@inline export const FLOAT_SIZE: usize = 16;

// {==== creation and the cache of integral values

/** The cache: 21 static PyFloats for -10.0 .. 10.0 (type 0 until first use). */
const FCACHE: usize = memory.data(21 * <i32>FLOAT_SIZE, 8);

/** A float with value x (a new reference), or 0 with MemoryError pending. */
export function floatNew(x: f64): Val {
  if (x >= -10.0 && x <= 10.0) {
    let i = <i32>x;
    if (<f64>i == x && i >= tunFloatCacheMin() && i <= tunFloatCacheMax() &&
        (i != 0 || (reinterpret<u64>(x) >> 63) == 0)) {
      let o = FCACHE + <usize>(i + 10) * FLOAT_SIZE;
      if (load<u32>(o, 4) == 0) { initStatic(o, T_FLOAT); store<f64>(o, x, 8); }
      store<u32>(o, load<u32>(o) + 1);                 // immortal, but kept balanced
      return <Val>o;
    }
  }
  let o = freeList;
  if (o != 0) {
    freeList = <usize>load<u32>(o, 8);
    freeCount--;
    store<u32>(o, 1);
    store<u32>(o, <u32>T_FLOAT, 4);
  } else {
    o = objAlloc(T_FLOAT, FLOAT_SIZE);
    if (o == 0) return 0;
  }
  store<f64>(o, x, 8);
  return <Val>o;
}

// Freed floats are kept for reuse, as CPython does (its float free list holds 100): float-heavy
// loops then allocate nothing. They stay counted in the heap's bytes in use (they are allocated);
// floatFreeListClear returns them (at the end of a run, and before the budget says no).
//@@ FLOAT_FREE_MAX: floats kept on the free list (16 bytes each).
// @ts-ignore: decorator
@inline const FLOAT_FREE_MAX: u32 = 100;
let freeList: usize = 0;
let freeCount: u32 = 0;

/**
 * floatNew for the interpreter's hot paths, inlined there: a non-integral (or large) value from the
 * free list without a call; everything else through floatNew.
 */
// @ts-ignore: decorator
@inline export function floatNewFast(x: f64): Val {
  let o = freeList;
  if (o != 0 && (x != Math.trunc(x) || Math.abs(x) > 10.0)) {
    freeList = <usize>load<u32>(o, 8);
    freeCount--;
    store<u32>(o, 1);
    store<u32>(o, <u32>T_FLOAT, 4);
    store<f64>(o, x, 8);
    return <Val>o;
  }
  return floatNew(x);
}

/** floatDealloc for the interpreter's decref, inlined there. */
// @ts-ignore: decorator
@inline export function floatDeallocFast(v: Val): void {
  if (freeCount < FLOAT_FREE_MAX && !TRACE_ON) {
    store<u32>(v, <u32>freeList, 8);
    freeList = v;
    freeCount++;
  } else floatDealloc(v);
}

export function floatDealloc(v: Val): void {
  if (freeCount < FLOAT_FREE_MAX && !TRACE_ON) {
    store<u32>(v, <u32>freeList, 8);   // the link lives in the value slot
    freeList = v;
    freeCount++;
    return;
  }
  objFree(v, FLOAT_SIZE);
}

/** Give the free list's floats back to the heap. */
export function floatFreeListClear(): void {
  while (freeList != 0) {
    let o = freeList;
    freeList = <usize>load<u32>(o, 8);
    objFree(o, FLOAT_SIZE);
  }
  freeCount = 0;
}

/** The value of a float (or float subclass instance). */
// @ts-ignore: decorator
@inline export function floatValue(v: Val): f64 { return load<f64>(v, 8); }
// }====

// {==== text

const BUF: usize = memory.data(32, 8);

/** repr(v) (also str(v)): the shortest text that reads back as the same double. */
export function floatRepr(v: Val): Val {
  let n = dtoaRepr(load<f64>(v, 8), BUF);
  return strFromAscii(BUF, n);
}

/**
 * CPython's PyOS_double_to_string as a str: code 'e' 'f' 'g' 'r' (upper case: DT_UPPER), the
 * precision, DT_* flags. For %-formatting (obj/strformat.ts) and format.ts.
 */
export function floatFormatCode(x: f64, code: u32, precision: i32, flags: u32): Val {
  let n = dtoaPrepare(x, code, precision, flags);
  if (n <= 32) { dtoaEmit(BUF); return strFromAscii(BUF, n); }
  let s = strAlloc(n, 0x7f);
  if (s == 0) return 0;
  dtoaEmit(strData(s));
  return s;
}

/**
 * float(s) for a str, bytes or bytearray: surrounding whitespace, Unicode digits and spaces, '_'
 * between digits, inf/nan; ValueError "could not convert string to float: %R" otherwise.
 */
export function floatFromStr(s: Val): Val {
  let k = typeKind(typeOf(s));
  let x: f64;
  if (k == Kind.BYTES || k == Kind.BYTEARRAY) x = strtodParse(bytesData(s), bytesLen(s));
  else if (strIsAscii(s)) x = strtodParse(strData(s), strLen(s));
  else {
    let n = strLen(s);
    let tmp = heapAlloc(<usize>n);
    if (tmp == 0) { raiseMemoryError(<usize>n); return 0; }
    x = strtodParse(tmp, intTextToAscii(s, tmp));
    heapFree(tmp, <usize>n);
  }
  if (strtodErr != 0) { raiseFmt(E.ValueError, "could not convert string to float: %R", s); return 0; }
  return floatNew(x);
}

/** float.hex(). */
export function floatHex(x: f64): Val {
  let n = strtodHex(x, BUF);
  return strFromAscii(BUF, n);
}

/** float.fromhex(s) for a str s. */
export function floatFromHex(s: Val): Val {
  let x: f64 = 0;
  let ok = strIsAscii(s);
  if (ok) {
    x = strtodParseHex(strData(s), strLen(s));
    if (strtodErr == STRTOD_OVERFLOW) {
      raiseMsg(E.OverflowError, "hexadecimal value too large to represent as a float");
      return 0;
    }
    ok = strtodErr == 0;
  }
  if (!ok) { raiseMsg(E.ValueError, "invalid hexadecimal floating-point string"); return 0; }
  return floatNew(x);
}
// }====

// {==== hashing

// @ts-ignore: decorator
@inline const HASH_MODULUS: u64 = (<u64>1 << 61) - 1;
// @ts-ignore: decorator
@inline const HASH_INF: i64 = 314159;

/** x = m * 2^frexpExp with 0.5 <= |m| < 1 (frexp), for a finite nonzero x. */
let frexpExp: i32 = 0;
function frexp(x: f64): f64 {
  let bits = reinterpret<u64>(x);
  let be = <i32>((bits >> 52) & 0x7FF);
  if (be == 0) {                                   // subnormal: scale into the normal range
    x *= 18446744073709551616.0;                   // 2^64
    bits = reinterpret<u64>(x);
    be = <i32>((bits >> 52) & 0x7FF) - 64;
  }
  frexpExp = be - 1022;
  return reinterpret<f64>((bits & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));
}

/**
 * hash(x): CPython's _Py_HashDouble, so hash(1.0) == hash(1) and every float equal to an int
 * hashes like it. NaN gives 0 here; floatHashObj gives CPython 3.10+'s identity hash for it.
 */
export function floatHash(x: f64): i64 {
  if (!isFinite(x)) return isNaN(x) ? 0 : x > 0 ? HASH_INF : -HASH_INF;
  if (x == 0) return 0;
  let m = frexp(x);
  let e = frexpExp;
  let sign: i64 = 1;
  if (m < 0) { sign = -1; m = -m; }
  // process 28 bits of the mantissa at a time: x = x * 2^28 + next bits, modulo 2^61 - 1
  let h: u64 = 0;
  while (m != 0) {
    h = ((h << 28) & HASH_MODULUS) | (h >> (61 - 28));
    m *= 268435456.0;                                // 2^28
    e -= 28;
    let y = <u64>m;
    m -= <f64>y;
    h += y;
    if (h >= HASH_MODULUS) h -= HASH_MODULUS;
  }
  // multiply by 2^e: a rotation by e mod 61 bits
  let r = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  h = ((h << <u64>r) & HASH_MODULUS) | (h >> <u64>(61 - r));
  let v = <i64>h * sign;
  return v == -1 ? -2 : v;
}

/** hash(v) of a float object: floatHash, with NaN hashed by identity as CPython 3.10+. */
export function floatHashObj(v: Val): i64 {
  let x = load<f64>(v, 8);
  if (!isNaN(x)) return floatHash(x);
  let p = <u64>v;
  let h = <i64>((p >> 4) | (p << 60));           // _Py_HashPointer: rotate by 4 bits
  return h == -1 ? -2 : h;
}
// }====

// {==== comparison with ints of any size

// 33 digits hold any integral double (2^1024)
const CMPBUF: usize = memory.data(34 * 4, 8);

/**
 * Compare the double x with the int iv exactly: -1, 0, 1 (x <, ==, > iv), or 2 when x is NaN.
 * No precision is lost: a big int is never rounded to a double (CPython's float_richcompare).
 */
export function floatCompareInt(x: f64, iv: Val): i32 {
  if (isNaN(x)) return 2;
  if (!isFinite(x)) return x > 0 ? 1 : -1;
  let v = intExact(iv);
  if (isSmall(v)) { let y = <f64>smallValue(v); return x < y ? -1 : x > y ? 1 : 0; }  // exact: 31 bits
  let s = load<i32>(v, 8);
  let isign = s < 0 ? -1 : 1;                      // a boxed int is never 0
  let xsign = x > 0 ? 1 : x < 0 ? -1 : 0;
  if (xsign != isign) return xsign < isign ? -1 : 1;
  let n = s < 0 ? -s : s;
  let d = <usize>v + 12;
  let nbits = bnBitLength(d, n);
  let ax = Math.abs(x);
  frexp(ax);
  let xbits = frexpExp;                            // 2^(xbits-1) <= |x| < 2^xbits
  let c: i32;
  if (<i64>xbits < <i64>nbits) c = -1;
  else if (<i64>xbits > <i64>nbits) c = 1;
  else {
    // same bit length (> 31): compare the integer part exactly, then the fraction
    let ip = Math.floor(ax);
    let ni = bnFromF64(ip, CMPBUF);
    c = bnCmp(CMPBUF, ni, d, n);
    if (c == 0 && ax != ip) c = 1;
  }
  return isign > 0 ? c : -c;
}
// }====

// {==== arithmetic (operands already converted to f64 by the caller)

export function floatAdd(x: f64, y: f64): Val { return floatNew(x + y); }
export function floatSub(x: f64, y: f64): Val { return floatNew(x - y); }
export function floatMul(x: f64, y: f64): Val { return floatNew(x * y); }

export function floatTrueDiv(x: f64, y: f64): Val {
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "float division by zero"); return 0; }
  return floatNew(x / y);
}

/** x % y with the sign of y (CPython's float_rem); y != 0. */
function floatModOf(x: f64, y: f64): f64 {
  let mod = x % y;                                 // fmod: exact
  if (mod != 0) { if ((y < 0) != (mod < 0)) mod += y; }
  else mod = y < 0 ? -0.0 : 0.0;
  return mod;
}

/** floor(x / y) as CPython's _float_div_mod computes it (consistent with floatModOf). */
function floatFloorOf(x: f64, y: f64): f64 {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod != 0 && (y < 0) != (mod < 0)) div -= 1.0;
  if (div != 0) {
    let fl = Math.floor(div);
    if (div - fl > 0.5) fl += 1.0;                // snap to the nearest integer
    return fl;
  }
  return (reinterpret<u64>(x / y) >> 63) != 0 ? -0.0 : 0.0;   // zero with the sign of x / y
}

export function floatFloorDiv(x: f64, y: f64): Val {
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "float floor division by zero"); return 0; }
  return floatNew(floatFloorOf(x, y));
}

export function floatMod(x: f64, y: f64): Val {
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "float modulo"); return 0; }
  return floatNew(floatModOf(x, y));
}

export function floatDivmod(x: f64, y: f64): Val {
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "float divmod()"); return 0; }
  let q = floatNew(floatFloorOf(x, y));
  if (q == 0) return 0;
  let r = floatNew(floatModOf(x, y));
  if (r == 0) { decref(q); return 0; }
  let t = tuplePack2(q, r);
  decref(q); decref(r);
  return t;
}

// @ts-ignore: decorator
@inline function isOddInteger(y: f64): bool {
  // |y| < 2^53 for an odd one; fmod keeps it exact
  return Math.abs(y) < 9007199254740992.0 && Math.abs(y % 2.0) == 1.0;
}

/** x ** y for floats, CPython's float_pow (special cases first, then the C library's pow). */
export function floatPowF(x: f64, y: f64): Val {
  if (y == 0) return floatNew(1.0);                // x**0 is 1, even for nan
  if (isNaN(x)) return floatNew(x);
  if (isNaN(y)) return floatNew(x == 1.0 ? 1.0 : y);
  if (!isFinite(y)) {
    let ax = Math.abs(x);
    if (ax == 1.0) return floatNew(1.0);
    return floatNew((y > 0) == (ax > 1.0) ? Infinity : 0.0);
  }
  if (!isFinite(x)) {
    let odd = isOddInteger(y);
    if (y > 0) return floatNew(odd ? x : Math.abs(x));
    return floatNew(odd ? (x < 0 ? -0.0 : 0.0) : 0.0);
  }
  if (x == 0) {
    if (y < 0) { raiseMsg(E.ZeroDivisionError, "0.0 cannot be raised to a negative power"); return 0; }
    return floatNew(isOddInteger(y) ? x : 0.0);
  }
  let negate = false;
  if (x < 0) {
    if (y != Math.floor(y)) {
      // CPython: a complex result. Dust has no complex numbers.
      raiseMsg(E.ValueError, "math domain error");
      return 0;
    }
    x = -x;
    negate = isOddInteger(y);
  }
  if (x == 1.0) return floatNew(negate ? -1.0 : 1.0);
  let r = Math.pow(x, y);
  if (!isFinite(r)) {                              // ERANGE: overflow (underflow is no error)
    raiseMsg(E.OverflowError, "(34, 'Numerical result out of range')");
    return 0;
  }
  return floatNew(negate ? -r : r);
}
// }====

// {==== methods: is_integer, as_integer_ratio, round

export function floatIsInteger(x: f64): bool { return isFinite(x) && x == Math.floor(x); }

/** float.as_integer_ratio(): the fraction in lowest terms, as a 2-tuple of ints. */
export function floatAsIntegerRatio(x: f64): Val {
  if (isNaN(x)) { raiseMsg(E.ValueError, "cannot convert NaN to integer ratio"); return 0; }
  if (!isFinite(x)) { raiseMsg(E.OverflowError, "cannot convert Infinity to integer ratio"); return 0; }
  let bits = reinterpret<u64>(x);
  let be = <i32>((bits >> 52) & 0x7FF);
  let f = bits & 0xFFFFFFFFFFFFF;
  let e: i32;
  if (be == 0) e = -1074; else { f |= 0x10000000000000; e = be - 1075; }
  if (f == 0) e = 0;
  else { let tz = <i32>ctz<u64>(f); f >>= <u64>tz; e += tz; }   // odd numerator: lowest terms
  let num = intFromU64(f);
  if (num == 0) return 0;
  let den = mkSmall(1);
  if (e > 0) {
    let t = intLshift(num, mkSmall(e));
    decref(num);
    if (t == 0) return 0;
    num = t;
  } else if (e < 0) {
    den = intLshift(den, mkSmall(-e));
    if (den == 0) { decref(num); return 0; }
  }
  if ((bits >> 63) != 0 && f != 0) {
    let t = intNeg(num);
    decref(num);
    if (t == 0) { decref(den); return 0; }
    num = t;
  }
  let r = tuplePack2(num, den);
  decref(num); decref(den);
  return r;
}

/** Round half to even to an integral double (C's round, then the tie fixed to even). */
function roundHalfEven(x: f64): f64 {
  let t = Math.trunc(x);
  let d = x - t;                                   // exact
  if (Math.abs(d) > 0.5) return t + (x < 0 ? -1.0 : 1.0);
  if (Math.abs(d) == 0.5) {
    let odd = Math.abs(t % 2.0) == 1.0;
    return odd ? t + (x < 0 ? -1.0 : 1.0) : t;
  }
  return t;
}

/** Largest useful ndigits: more leaves every double unchanged (CPython's NDIGITS_MAX). */
// @ts-ignore: decorator
@inline const NDIGITS_MAX: i64 = 323;
/** Smallest: fewer rounds every double to zero (NDIGITS_MIN). */
// @ts-ignore: decorator
@inline const NDIGITS_MIN: i64 = -308;

/**
 * round(v) and round(v, nd) for a float v: nd None gives an int (half to even); otherwise the
 * double nearest the correctly rounded decimal (CPython's double_round with the short repr).
 */
export function floatRound(v: Val, nd: Val): Val {
  let x = load<f64>(v, 8);
  if (nd == noneVal()) return intFromF64(roundHalfEven(x));
  let k = isSmall(nd) ? Kind.INT : typeKind(typeOf(nd));
  if (k != Kind.INT && k != Kind.BOOL) {
    raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(nd)));
    return 0;
  }
  let ovf = memory.data(4);
  let n = intAsI64(nd, ovf);
  if (load<u32>(ovf) != 0) n = n < 0 || intNegative(nd) ? i64.MIN_VALUE : i64.MAX_VALUE;   // saturate
  if (!isFinite(x) || n > NDIGITS_MAX || x == 0) return floatNew(x);
  if (n < NDIGITS_MIN) return floatNew(0.0 * x);
  dtoaFixed(Math.abs(x), 3, <i32>n);
  let r = dtoaNd == 0 ? 0.0 : strtodDigits(DIGITS, dtoaNd, dtoaDecpt - dtoaNd);
  if (!isFinite(r)) { raiseMsg(E.OverflowError, "rounded value too large to represent"); return 0; }
  return floatNew(x < 0 ? -r : r);
}

function intNegative(v: Val): bool {
  v = intExact(v);
  return isSmall(v) ? smallValue(v) < 0 : load<i32>(v, 8) < 0;
}
// }====
