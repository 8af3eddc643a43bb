// num/dtoa.ts: exact f64 -> decimal digits, and the text layouts of repr(float), '%e' '%f' '%g'
// built on them (CPython's _Py_dg_dtoa modes 0, 2, 3 and format_float_short, reimplemented).
//
// Digits come from exact big-number arithmetic (num/bigint.ts) on a static arena of 4 KiB, so
// nothing here allocates or fails: mode 0 is the shortest string that reads back to the same
// double (Steele & White / Gay's free-format loop, with Gay's tie rules), modes 2 and 3 round the
// exact binary value half-to-even. Shortcuts that give the same digits: integers below 2^53 (their
// digits are the shortest) and, when the scaled numbers fit two digits (most values between
// 1e-3 and 1e17), the same loop in u64 arithmetic. Measured: 0.1-0.4 us for everyday values,
// up to ~4.5 us near 1e±300 (V8, --no-liftoff).
//
// Invariant: the digits in DIGITS have no leading or trailing zeros (none at all for a value that
// rounds to zero in mode 3) and value = 0.DIGITS x 10^decpt. Text is produced in two steps:
// dtoaPrepare computes the layout and returns its length, dtoaEmit writes it, so obj/ code can
// allocate a str of the exact size whatever the precision (format(1.5, '.100000f') is 100002
// characters, but never more than ~770 significant digits: the rest is zero padding).

import {
  dg, dset, bnNorm, bnCmp, bnAdd, bnSub, bnShl, bnMulAddSmall, bnDivmod, bnFromU64, bnBitLength,
  bnZero, bnLow64,
} from "./bigint";
import { bnToBase } from "./bigtext";

// {==== static arena

// Five regions of digits (u32). Sizes, for any double: f < 2^53, |e| <= 1074, so
// R <= f * 10^1074 < 2^3622 (114 digits), S <= 2^1075 * 10^16 (36 digits), and the shortest
// loop's r, s, m+, m- stay under 40 digits.
// @ts-ignore: decorator
@inline const REG: i32 = 128;
const ARENA: usize = memory.data(4 * REG * 4 + 512 * 4, 16);
// @ts-ignore: decorator
@inline export const A0: usize = ARENA;
// @ts-ignore: decorator
@inline export const A1: usize = ARENA + REG * 4;
// @ts-ignore: decorator
@inline export const A2: usize = ARENA + 2 * REG * 4;
// @ts-ignore: decorator
@inline export const A3: usize = ARENA + 3 * REG * 4;
/** 512 digits of division / conversion scratch; A2..A4 is 768 contiguous digits. */
// @ts-ignore: decorator
@inline export const A4: usize = ARENA + 4 * REG * 4;

/** Significant digits (ASCII), at most 1106 of them (bnStrSize of a 114-digit quotient). */
export const DIGITS: usize = memory.data(1200, 8);
/** Number of digits in DIGITS after the last dtoaShortest / dtoaFixed. */
export let dtoaNd: i32 = 0;
/** Decimal point position of the last result: value = 0.DIGITS x 10^dtoaDecpt. */
export let dtoaDecpt: i32 = 0;
// }====

// {==== helpers

const FRAC: u64 = 0xFFFFFFFFFFFFF;
const HIDDEN: u64 = 0x10000000000000;

/** out = 2^k (out has k/32 + 1 digits of room); returns the length. */
function pow2Into(out: usize, k: i32): i32 {
  let n = (k >> 5) + 1;
  bnZero(out, n);
  dset(out, n - 1, <u32>1 << <u32>(k & 31));
  return n;
}

/** a *= 10^k in place (a has room for the product); returns the new length. */
export function mulPow10(a: usize, na: i32, k: i32): i32 {
  while (k >= 9) { na = bnMulAddSmall(a, na, 1000000000, 0, a); k -= 9; }
  if (k > 0) na = bnMulAddSmall(a, na, load<u32>(POW10_U32 + (<usize>k << 2)), 0, a);
  return na;
}

/** 10^0 .. 10^9 as u32. */
const POW10_U32: usize = memory.data<u32>([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
  100000000, 1000000000]);

/** a *= 5^k in place (a has room for the product); returns the new length. */
function mulPow5(a: usize, na: i32, k: i32): i32 {
  while (k >= 13) { na = bnMulAddSmall(a, na, 1220703125, 0, a); k -= 13; }    // 5^13 < 2^32
  if (k > 0) na = bnMulAddSmall(a, na, load<u32>(POW5_U32 + (<usize>k << 2)), 0, a);
  return na;
}

/** 5^0 .. 5^12 as u32. */
const POW5_U32: usize = memory.data<u32>([1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
  9765625, 48828125, 244140625]);

/** out = a * f for a u64 f (out has na + 2 digits, not overlapping a); returns the length. */
function mulU64(a: usize, na: i32, f: u64, out: usize): i32 {
  let lo = <u32>f, hi = <u32>(f >> 32);
  let n = bnMulAddSmall(a, na, lo, 0, out);
  if (hi == 0) return n;
  // out += (a * hi) << 32, a digit at a time
  let carry: u64 = 0;
  let m = <u64>hi;
  for (let i = 0; i < na; i++) {
    let idx = i + 1;
    let cur = idx < n ? <u64>dg(out, idx) : 0;
    carry += <u64>dg(a, i) * m + cur;
    dset(out, idx, <u32>carry);
    carry >>= 32;
  }
  dset(out, na + 1, <u32>carry);
  return bnNorm(out, na + 2);
}

/** Lengths rescale leaves for r and m (the second and third magnitudes). */
let rescN0: i32 = 0;
let rescN1: i32 = 0;

/**
 * After S grew by a factor of 10, shift S, R and MM together again so S's top digit stays in
 * [2^27, 2^28) (quorem's precondition). Returns S's length; rescN0/rescN1 get R's and MM's.
 */
function rescale(S: usize, ns: i32, R: usize, nr: i32, MM: usize, nmm: i32): i32 {
  let top = 32 - <i32>clz<u32>(dg(S, ns - 1));
  let sh = (28 - top + 32) & 31;
  if (sh != 0) {
    ns = bnShl(S, ns, <u64>sh, S);
    nr = bnShl(R, nr, <u64>sh, R);
    nmm = bnShl(MM, nmm, <u64>sh, MM);
  }
  rescN0 = nr; rescN1 = nmm;
  return ns;
}

/**
 * Gay's decision after digit d of the shortest loop, given j = sign(r - m-), j1 = sign(r + m+ - s)
 * and c2 = sign(2r - s): -1 to go on, else the last digit (10 = a 9 rounded up, carried).
 */
function decide(d: u32, j: i32, j1: i32, c2: i32, even: bool, rzero: bool): i32 {
  if (j1 == 0 && even) {
    // the next digit up lies exactly on the (inclusive) upper bound
    if (d == 9) return 10;
    return j > 0 ? <i32>d + 1 : <i32>d;
  }
  if (j < 0 || (j == 0 && even)) {
    // d is within the lower bound; if d+1 is within the upper bound too, take the nearer
    if (!rzero && j1 > 0 && (c2 > 0 || (c2 == 0 && (d & 1) != 0))) return <i32>d + 1;
    return <i32>d;
  }
  if (j1 > 0) return <i32>d + 1;
  return -1;
}

/** Store the last digit (10: a nine rounded up, carrying into the digits before it). */
function emitLast(n: i32, d: u32): i32 {
  if (d < 10) { store<u8>(DIGITS + <usize>n, <u8>(48 + d)); return n + 1; }
  store<u8>(DIGITS + <usize>n, 57);
  return roundUp(n + 1);
}

/** Strip trailing zeros of DIGITS[0..n); returns the new count. */
function stripZeros(n: i32): i32 {
  while (n > 0 && load<u8>(DIGITS + <usize>(n - 1)) == 48) n--;
  return n;
}

/** Digits of an integer 1 <= v < 2^64 into DIGITS; sets the count and decpt. */
function digitsU64(v: u64): void {
  let n = 0;
  let tmp = DIGITS + 1199;                 // written backwards from the end, then moved
  let p = tmp;
  while (v != 0) { store<u8>(p, <u8>(48 + <u32>(v % 10))); p--; v /= 10; n++; }
  memory.copy(DIGITS, p + 1, <usize>n);
  dtoaDecpt = n;
  dtoaNd = stripZeros(n);
}

/**
 * q = a / s for a < 10s (so 0 <= q <= 9), leaving a % s in a. s's top digit must be below 2^28
 * and a must have at most ns digits. Gay's quorem: the estimate from the top digits is the
 * quotient or one less. Returns q; the remainder's length is bnNorm(a, ns).
 */
function quorem(a: usize, na: i32, s: usize, ns: i32): u32 {
  if (na < ns) return 0;
  let q = dg(a, ns - 1) / (dg(s, ns - 1) + 1);
  if (q != 0) {
    let borrow: i64 = 0;
    let carry: u64 = 0;
    for (let i = 0; i < ns; i++) {
      let p = <u64>q * <u64>dg(s, i) + carry;
      carry = p >> 32;
      let t = <i64>dg(a, i) - <i64>(p & 0xFFFFFFFF) - borrow;
      dset(a, i, <u32>t);
      borrow = (t >> 63) & 1;
    }
  }
  if (bnCmp(a, bnNorm(a, ns), s, ns) >= 0) {
    bnSub(a, bnNorm(a, ns), s, ns, a);
    q++;
  }
  return q;
}

/** Add one to the last of n digits, carrying through nines (Gay's roundoff). */
function roundUp(n: i32): i32 {
  while (n > 0 && load<u8>(DIGITS + <usize>(n - 1)) == 57) n--;
  if (n == 0) { store<u8>(DIGITS, 49); dtoaDecpt++; return 1; }
  store<u8>(DIGITS + <usize>(n - 1), load<u8>(DIGITS + <usize>(n - 1)) + 1);
  return n;
}

/** floor(log10(x)) + 1 for x > 0 finite, possibly off by one near powers of ten. */
// @ts-ignore: decorator
@inline function decptEstimate(x: f64): i32 { return <i32>Math.floor(Math.log10(x)) + 1; }
// }====

// {==== mode 0: shortest round-trip digits

/**
 * The shortest digits that read back as x (x > 0, finite), and of those the closest to x; ties
 * broken as Gay's dtoa breaks them, so the digits are CPython's repr digits. Sets dtoaNd and
 * dtoaDecpt; the digits are in DIGITS.
 */
export function dtoaShortest(x: f64): void {
  if (x < 9007199254740992.0 && x == Math.floor(x)) { digitsU64(<u64>x); return; }
  let bits = reinterpret<u64>(x);
  let be = <i32>(bits >> 52);
  let f = bits & FRAC;
  let e: i32;
  if (be == 0) e = -1074;
  else { f |= HIDDEN; e = be - 1075; }
  let even = (f & 1) == 0;
  // a power of two (but not the smallest normal) has a neighbour below at half the distance
  let lowerCloser = (bits & FRAC) == 0 && be > 1;
  // v = r/s and the rounding interval is (v - mm/s, v + mp/s), with mp = mm or 2mm, scaled to
  // integers. With k the decimal exponent (0.1 <= v / 10^k < 1):
  //   r = f * 5^max(-k,0) * 2^rE2,  s = 5^max(k,0) * 2^sE2,  mm = 5^max(-k,0) * 2^mE2
  // where the powers of two shared by all three are cancelled first: a third fewer digits for
  // extreme exponents, and 5^n costs fewer passes than 10^n.
  let k = decptEstimate(x);
  let lc = lowerCloser ? 1 : 0;
  let rE2: i32, sE2: i32, mE2: i32;
  if (e >= 0) { rE2 = e + 1 + lc; sE2 = 1 + lc; mE2 = e; }
  else { rE2 = 1 + lc; sE2 = 1 - e + lc; mE2 = 0; }
  if (k >= 0) sE2 += k; else { rE2 -= k; mE2 -= k; }
  let common = min(rE2, min(sE2, mE2));
  rE2 -= common; sE2 -= common; mE2 -= common;
  let R = A0, S = A1, MP = A2, MM = A3, T = A4;
  let nr: i32, ns: i32, nmm: i32;
  if (k >= 0) {
    nr = bnFromU64(f, R);
    nmm = bnFromU64(1, MM);
    ns = mulPow5(S, bnFromU64(1, S), k);
  } else {
    nmm = mulPow5(MM, bnFromU64(1, MM), -k);
    nr = mulU64(MM, nmm, f, R);
    ns = bnFromU64(1, S);
  }
  // scale everything so S's top digit is in [2^27, 2^28): then 10r fits S's length and
  // quorem's estimate is off by at most one
  let sBits = <i32>bnBitLength(S, ns) + sE2;
  let sh = (28 - (sBits & 31) + 32) & 31;
  nr = bnShl(R, nr, <u64>(rE2 + sh), R);
  ns = bnShl(S, ns, <u64>(sE2 + sh), S);
  nmm = bnShl(MM, nmm, <u64>(mE2 + sh), MM);
  let nmp = nmm;
  if (lowerCloser) nmp = bnShl(MM, nmm, 1, MP); else MP = MM;     // m+ = m- shares the buffer
  // the estimate of k may be one off either way near powers of ten
  while (bnCmp(R, nr, S, ns) >= 0) {             // v/10^k >= 1: one more digit before the point
    ns = bnMulAddSmall(S, ns, 10, 0, S);
    ns = rescale(S, ns, R, nr, MM, nmm);
    nr = rescN0; nmm = rescN1;
    if (lowerCloser) nmp = bnShl(MM, nmm, 1, MP); else nmp = nmm;
    k++;
  }
  while (true) {                                 // v/10^k < 0.1: one fewer
    let t = bnMulAddSmall(R, nr, 10, 0, T);
    if (bnCmp(T, t, S, ns) >= 0) break;
    nr = bnMulAddSmall(R, nr, 10, 0, R);
    nmm = bnMulAddSmall(MM, nmm, 10, 0, MM);
    if (lowerCloser) nmp = bnShl(MM, nmm, 1, MP); else nmp = nmm;
    k--;
  }
  dtoaDecpt = k;
  let n = 0;
  if (ns <= 2 && !lowerCloser) {
    // s < 2^60 (two digits, the top one under 2^28): 10r < 2^64, and m+ = m- < s whenever the
    // loop goes on, so every quantity fits a u64 and the same loop runs without big numbers
    let r = bnLow64(R, nr), sv = bnLow64(S, ns), m = bnLow64(MM, nmm);
    while (true) {
      r *= 10; m *= 10;
      let d = <u32>(r / sv);
      r -= <u64>d * sv;
      let j = r < m ? -1 : r > m ? 1 : 0;
      let t = r + m;
      let j1 = t < sv ? -1 : t > sv ? 1 : 0;
      let r2 = r << 1;
      let c2 = r2 < sv ? -1 : r2 > sv ? 1 : 0;
      let fin = decide(d, j, j1, c2, even, r == 0);
      if (fin < 0) { store<u8>(DIGITS + <usize>(n++), <u8>(48 + d)); continue; }
      n = emitLast(n, <u32>fin);
      break;
    }
    dtoaNd = stripZeros(n);
    return;
  }
  while (true) {
    nr = bnMulAddSmall(R, nr, 10, 0, R);
    nmm = bnMulAddSmall(MM, nmm, 10, 0, MM);
    nmp = lowerCloser ? bnMulAddSmall(MP, nmp, 10, 0, MP) : nmm;
    let d = quorem(R, nr, S, ns);
    nr = bnNorm(R, ns);
    let j = bnCmp(R, nr, MM, nmm);                       // r vs m-
    let nt = bnAdd(R, nr, MP, nmp, T);
    let j1 = bnCmp(T, nt, S, ns);                        // r + m+ vs s
    let c2 = 0;
    if ((j < 0 || (j == 0 && even)) && nr != 0 && j1 > 0) c2 = bnCmp(T, bnShl(R, nr, 1, T), S, ns);  // 2r vs s
    let fin = decide(d, j, j1, c2, even, nr == 0);
    if (fin < 0) { store<u8>(DIGITS + <usize>(n++), <u8>(48 + d)); continue; }
    n = emitLast(n, <u32>fin);
    break;
  }
  dtoaNd = stripZeros(n);
}
// }====

// {==== modes 2 and 3: correctly rounded digits

/**
 * Digits of x (> 0, finite) rounded half-to-even on the exact binary value: mode 2 keeps nd >= 1
 * significant digits, mode 3 keeps nd digits after the decimal point (nd may be negative: tens,
 * hundreds…, as round(x, -2) needs). Sets dtoaNd (possibly 0 in mode 3) and dtoaDecpt.
 */
export function dtoaFixed(x: f64, mode: i32, nd: i32): void {
  let bits = reinterpret<u64>(x);
  let be = <i32>(bits >> 52);
  let f = bits & FRAC;
  let e: i32;
  if (be == 0) e = -1074;
  else { f |= HIDDEN; e = be - 1075; }
  // x * 10^sExact is an integer; past it every digit is a zero
  let sExact = e >= 0 ? 0 : -e;
  if (mode == 2 && nd > 800) nd = 800;     // a double has at most 767 significant digits
  let k = mode == 2 ? decptEstimate(x) : 0;
  while (true) {
    let s = mode == 3 ? nd : nd - k;
    if (s >= sExact) { exactDigits(f, e); return; }
    // num/den = x * 10^s; q = floor of it
    let R = A0, S = A1, Q = A2, W = A4;
    let nr = bnFromU64(f, R), ns: i32;
    if (e >= 0) { nr = bnShl(R, nr, <u64>e, R); ns = bnFromU64(1, S); }
    else ns = pow2Into(S, -e);
    if (s >= 0) nr = mulPow10(R, nr, s);
    else ns = mulPow10(S, ns, -s);
    let nq = 0;
    if (bnCmp(R, nr, S, ns) >= 0) {
      bnDivmod(R, nr, S, ns, Q, A3, W);
      nq = bnNorm(Q, nr - ns + 1);
      bnCopyDigits(R, A3, ns);                 // R := remainder
      nr = bnNorm(R, ns);
    }
    let n = nq == 0 ? 0 : bnToBase(Q, nq, 10, DIGITS, W);
    if (mode == 2) {
      // the estimate of k was off when q has the wrong number of digits
      if (n > nd) { k++; continue; }
      if (n < nd) { k--; continue; }
    }
    dtoaDecpt = n - s;
    // round half to even: compare 2 * remainder with den
    if (nr != 0) {
      let n2 = bnShl(R, nr, 1, R);
      let c = bnCmp(R, n2, S, ns);
      let odd = n > 0 && (load<u8>(DIGITS + <usize>(n - 1)) & 1) != 0;
      if (c > 0 || (c == 0 && odd)) {
        if (n == 0) { store<u8>(DIGITS, 49); n = 1; dtoaDecpt++; }
        else n = roundUp(n);
      }
    }
    dtoaNd = stripZeros(n);
    return;
  }
}

// @ts-ignore: decorator
@inline function bnCopyDigits(dst: usize, src: usize, n: i32): void { memory.copy(dst, src, <usize>n << 2); }

/** All the digits of f * 2^e: no rounding needed. */
function exactDigits(f: u64, e: i32): void {
  let R = A0;
  let nr = bnFromU64(f, R);
  let s = 0;
  if (e >= 0) nr = bnShl(R, nr, <u64>e, R);
  else {
    // f * 2^e = f * 5^-e / 10^-e
    s = -e;
    let k = s;
    while (k >= 13) { nr = bnMulAddSmall(R, nr, 1220703125, 0, R); k -= 13; }  // 5^13
    while (k > 0) { nr = bnMulAddSmall(R, nr, 5, 0, R); k--; }
  }
  let n = bnToBase(R, nr, 10, DIGITS, A4);
  dtoaDecpt = n - s;
  dtoaNd = stripZeros(n);
}
// }====

// {==== text layouts (CPython's PyOS_double_to_string / format_float_short)

/** Py_DTSF_ALT: '#' (keep the decimal point; 'g' keeps trailing zeros). */
// @ts-ignore: decorator
@inline export const DT_ALT: u32 = 1;
/** Py_DTSF_ADD_DOT_0: integral values in fixed notation get ".0" ('r', and 'g' from format's None type). */
// @ts-ignore: decorator
@inline export const DT_ADD_DOT_0: u32 = 2;
/** Upper case: 'E', 'INF', 'NAN'. */
// @ts-ignore: decorator
@inline export const DT_UPPER: u32 = 4;
/** Py_DTSF_SIGN: '+' before non-negative values. */
// @ts-ignore: decorator
@inline export const DT_SIGN: u32 = 8;
/** Py_DTSF_NO_NEG_0 ('z'): no '-' when the digits shown are all zeros. */
// @ts-ignore: decorator
@inline export const DT_NO_NEG_0: u32 = 16;

// the prepared layout: [sign] lz0 '.' lz1 | digits (point after dotAt) | rz0 '.' rz1 [exponent]
let lSign: u32 = 0;            // 0, '-' or '+'
let lSpecial: i32 = 0;         // 0 finite, 1 inf, 2 nan
let lUpper = false;
let lDecpt: i32 = 0;
let lStart: i32 = 0;           // vdigits_start
let lEnd: i32 = 0;             // vdigits_end
let lUseExp = false;
let lExp: i32 = 0;
let lAlt = false;

/**
 * Lay out x in the style of code: 'e', 'f', 'g' (with precision) or 'r' (repr: shortest digits,
 * precision ignored), with DT_* flags. Returns the length of the text, which dtoaEmit writes.
 */
export function dtoaPrepare(x: f64, code: u32, precision: i32, flags: u32): i32 {
  lUpper = (flags & DT_UPPER) != 0;
  lAlt = (flags & DT_ALT) != 0;
  let addDot0 = (flags & DT_ADD_DOT_0) != 0;
  let neg = (reinterpret<u64>(x) >> 63) != 0;
  if (isNaN(x)) {
    lSpecial = 2;
    lSign = (flags & DT_SIGN) ? 43 : 0;       // the sign of a nan is never shown
    return lSign ? 4 : 3;
  }
  if (!isFinite(x)) {
    lSpecial = 1;
    lSign = neg ? 45 : (flags & DT_SIGN) ? 43 : 0;
    return lSign ? 4 : 3;
  }
  lSpecial = 0;
  let ax = Math.abs(x);
  if (code == 103 && precision == 0) precision = 1;          // 'g'
  if (ax == 0) { store<u8>(DIGITS, 48); dtoaNd = 1; dtoaDecpt = 1; }  // Gay's "0"
  else if (code == 114) dtoaShortest(ax);                     // 'r'
  else if (code == 102) dtoaFixed(ax, 3, precision);          // 'f'
  else dtoaFixed(ax, 2, code == 101 ? precision + 1 : precision);   // 'e', 'g'
  let nd = dtoaNd, decpt = dtoaDecpt;
  if (neg && (flags & DT_NO_NEG_0) && (nd == 0 || (nd == 1 && load<u8>(DIGITS) == 48))) neg = false;
  lSign = neg ? 45 : (flags & DT_SIGN) ? 43 : 0;
  let end = nd;
  let useExp = false;
  if (code == 101) { useExp = true; end = precision + 1; }
  else if (code == 102) end = decpt + precision;
  else if (code == 103) {
    if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
    if (lAlt) end = precision;
  } else if (decpt <= -4 || decpt > 16) useExp = true;         // 'r': exponent from 1e16
  lExp = 0;
  if (useExp) { lExp = decpt - 1; decpt = 1; }
  lStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) end = max(end, decpt + 1);
  else end = max(end, decpt);
  lEnd = end;
  lDecpt = decpt;
  lUseExp = useExp;
  return dtoaEmit(0);
}

/** Write the prepared text at out (or only count it when out is 0); returns its length. */
export function dtoaEmit(out: usize): i32 {
  let p = out;
  let n = 0;
  if (lSign) { if (out) store<u8>(p, <u8>lSign); n++; }
  if (lSpecial != 0) {
    if (out) {
      let t = lSpecial == 1 ? "inf" : "nan";
      for (let i = 0; i < 3; i++) store<u8>(p + <usize>(n + i), <u8>(t.charCodeAt(i) - (lUpper ? 32 : 0)));
    }
    return n + 3;
  }
  let nd = dtoaNd, decpt = lDecpt, start = lStart, end = lEnd;
  // zero padding on the left of the digits
  if (decpt <= 0) {
    n = putZeros(out, n, decpt - start);
    if (out) store<u8>(out + <usize>n, 46);
    n++;
    n = putZeros(out, n, -decpt);
  } else n = putZeros(out, n, -start);
  // the digits, with the point among them
  if (0 < decpt && decpt <= nd) {
    if (out) memory.copy(out + <usize>n, DIGITS, <usize>decpt);
    n += decpt;
    if (out) store<u8>(out + <usize>n, 46);
    n++;
    if (out) memory.copy(out + <usize>n, DIGITS + <usize>decpt, <usize>(nd - decpt));
    n += nd - decpt;
  } else {
    if (out) memory.copy(out + <usize>n, DIGITS, <usize>nd);
    n += nd;
  }
  // zero padding on the right
  if (nd < decpt) {
    n = putZeros(out, n, decpt - nd);
    if (out) store<u8>(out + <usize>n, 46);
    n++;
    n = putZeros(out, n, end - decpt);
  } else n = putZeros(out, n, end - nd);
  // a trailing point goes unless '#': it is last exactly when nothing follows it
  let pointLast = decpt <= 0 ? (decpt == 0 && nd == 0 && end == nd)
    : decpt <= nd ? (decpt == nd && end == nd) : end == decpt;
  if (pointLast && !lAlt) n--;
  if (lUseExp) {
    if (out) store<u8>(out + <usize>n, lUpper ? 69 : 101);
    n++;
    let ex = lExp;
    if (out) store<u8>(out + <usize>n, ex < 0 ? 45 : 43);
    n++;
    if (ex < 0) ex = -ex;
    let w = ex >= 100 ? 3 : 2;
    if (out) {
      for (let i = w - 1; i >= 0; i--) { store<u8>(out + <usize>(n + i), <u8>(48 + ex % 10)); ex /= 10; }
    }
    n += w;
  }
  return n;
}

function putZeros(out: usize, n: i32, count: i32): i32 {
  if (count <= 0) return n;
  if (out) memory.fill(out + <usize>n, 48, <usize>count);
  return n + count;
}

/** repr(x) at out (at most 24 bytes); returns the length. The hot path of print(float). */
export function dtoaRepr(x: f64, out: usize): i32 {
  dtoaPrepare(x, 114, 0, DT_ADD_DOT_0);
  return dtoaEmit(out);
}
// }====
