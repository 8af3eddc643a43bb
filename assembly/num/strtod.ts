// num/strtod.ts: decimal and hexadecimal text -> f64, correctly rounded, and float.hex().
//
// Input is ASCII: obj/float.ts first maps Unicode decimal digits to '0'..'9' and Unicode
// whitespace to ' ' (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII), so everything else
// non-ASCII is already invalid. The grammar is float()'s: surrounding whitespace, a sign, then
// inf / infinity / nan in any case, or digits with an optional '.' and exponent, where an
// underscore may stand only between two digits.
//
// Invariant: every result is the double nearest the exact decimal (or binary) value, ties to
// even. The decimal slow path keeps 800 significant digits plus a sticky digit for the rest;
// that decides every case because a midpoint between two doubles has at most 768 significant
// digits. Errors are reported in strtodErr, never raised: obj/ code raises ValueError.

import { bnToF64, bnTrueDiv, pow2, bnFromU64 } from "./bigint";
import { bnFromBase } from "./bigtext";
import { A0, A1, A2, mulPow10 } from "./dtoa";

/** 0 ok, STRTOD_INVALID, or STRTOD_OVERFLOW (fromhex only; decimal overflow gives inf). */
export let strtodErr: i32 = 0;
// @ts-ignore: decorator
@inline export const STRTOD_INVALID: i32 = 1;
// @ts-ignore: decorator
@inline export const STRTOD_OVERFLOW: i32 = 2;

// @ts-ignore: decorator
@inline const MAX_DIGITS: i32 = 800;
/** Significant digits kept by the decimal parser, plus the sticky digit. */
const PDIG: usize = memory.data(MAX_DIGITS + 8, 8);

/** 10^0 .. 10^22: the powers of ten a double holds exactly (Clinger's fast path). */
const EXACT_POW10: usize = memory.data<f64>([1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]);

// @ts-ignore: decorator
@inline function isSpace(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }
// @ts-ignore: decorator
@inline function isDigit(c: u32): bool { return c - 48 < 10; }
// @ts-ignore: decorator
@inline function at(s: usize, i: i32): u32 { return <u32>load<u8>(s + <usize>i); }

/** s[i..i+len(w)) equals the lowercase word w in any case. */
function matchWord(s: usize, i: i32, end: i32, w: string): bool {
  let n = w.length;
  if (end - i != n) return false;
  for (let j = 0; j < n; j++) if ((at(s, i + j) | 32) != <u32>w.charCodeAt(j)) return false;
  return true;
}

/** An '_' at i is allowed only between two digits. */
// @ts-ignore: decorator
@inline function underscoreOk(s: usize, i: i32, start: i32, end: i32): bool {
  return i > start && i + 1 < end && isDigit(at(s, i - 1)) && isDigit(at(s, i + 1));
}

/** Trim ASCII whitespace: returns start, sets trimEnd. */
let trimEnd: i32 = 0;
function trim(s: usize, n: i32): i32 {
  let i = 0;
  while (i < n && isSpace(at(s, i))) i++;
  while (n > i && isSpace(at(s, n - 1))) n--;
  trimEnd = n;
  return i;
}

/**
 * float(text) for the n ASCII bytes at s. On a syntax error sets strtodErr = STRTOD_INVALID and
 * returns NaN; values too large for a double are ±inf, too small ±0.0 (as CPython).
 */
export function strtodParse(s: usize, n: i32): f64 {
  strtodErr = 0;
  let i = trim(s, n), end = trimEnd;
  let start = i;
  if (i == end) { strtodErr = STRTOD_INVALID; return NaN; }
  let neg = false;
  let c = at(s, i);
  if (c == 43 || c == 45) { neg = c == 45; i++; start = i; }
  if (i < end && ((at(s, i) | 32) == 105 || (at(s, i) | 32) == 110)) {   // i, n
    if (matchWord(s, i, end, "inf") || matchWord(s, i, end, "infinity")) return neg ? -Infinity : Infinity;
    if (matchWord(s, i, end, "nan")) return neg ? -NaN : NaN;
    strtodErr = STRTOD_INVALID;
    return NaN;
  }
  // mantissa: value = D * 10^e10 with D the kept digits
  let nd = 0;
  let e10: i32 = 0;
  let sawDigit = false, dropped = false;
  let inFrac = false;
  for (; i < end; i++) {
    c = at(s, i);
    if (isDigit(c)) {
      sawDigit = true;
      if (nd == 0 && c == 48) { if (inFrac) e10--; continue; }     // leading zero
      if (nd < MAX_DIGITS) { store<u8>(PDIG + <usize>nd, <u8>c); nd++; if (inFrac) e10--; }
      else { if (c != 48) dropped = true; if (!inFrac) e10++; }
    } else if (c == 95) {
      if (!underscoreOk(s, i, start, end)) { strtodErr = STRTOD_INVALID; return NaN; }
    } else if (c == 46 && !inFrac) inFrac = true;
    else break;
  }
  if (!sawDigit) { strtodErr = STRTOD_INVALID; return NaN; }
  if (i < end) {
    c = at(s, i);
    if ((c | 32) != 101) { strtodErr = STRTOD_INVALID; return NaN; }   // 'e'
    i++;
    let eneg = false;
    if (i < end && (at(s, i) == 43 || at(s, i) == 45)) { eneg = at(s, i) == 45; i++; }
    let ex: i32 = 0, expDigits = 0;
    let estart = i;
    for (; i < end; i++) {
      c = at(s, i);
      if (isDigit(c)) { if (ex < 100000000) ex = ex * 10 + <i32>(c - 48); expDigits++; }
      else if (c == 95 && underscoreOk(s, i, estart, end)) continue;
      else break;
    }
    if (expDigits == 0 || i != end) { strtodErr = STRTOD_INVALID; return NaN; }
    e10 += eneg ? -ex : ex;            // |ex| <= 1e8 and |e10| stays far from overflow
  }
  let v = decimalToF64(nd, e10, dropped);
  return neg ? -v : v;
}

/** The double nearest the decimal DIGITS x 10^e10, for nd <= 800 ASCII digits at p (round()). */
export function strtodDigits(p: usize, nd: i32, e10: i32): f64 {
  if (nd > MAX_DIGITS) nd = MAX_DIGITS;
  memory.copy(PDIG, p, <usize>nd);
  return decimalToF64(nd, e10, false);
}

/** The double nearest PDIG[0..nd) x 10^e10 (plus a sticky digit when `dropped`). */
function decimalToF64(nd: i32, e10: i32, dropped: bool): f64 {
  if (nd == 0) return 0;
  if (dropped) { store<u8>(PDIG + <usize>nd, 49); nd++; e10--; }
  if (nd + e10 > 310) return Infinity;           // >= 10^310
  if (nd + e10 < -324) return 0;                  // < 10^-325, under half the least subnormal
  if (nd <= 15) {
    // Clinger: D and 10^|e10| are exact doubles, so one IEEE operation rounds correctly
    let d: u64 = 0;
    for (let j = 0; j < nd; j++) d = d * 10 + <u64>(load<u8>(PDIG + <usize>j) - 48);
    let x = <f64>d;
    if (e10 == 0) return x;
    if (e10 < 0 && e10 >= -22) return x / load<f64>(EXACT_POW10 + (<usize>(-e10) << 3));
    if (e10 > 0 && e10 <= 22) return x * load<f64>(EXACT_POW10 + (<usize>e10 << 3));
    if (e10 > 22 && e10 <= 22 + 15 - nd) {
      // D * 10^(e10-22) is still an exact integer below 10^15
      x *= load<f64>(EXACT_POW10 + (<usize>(e10 - 22) << 3));
      return x * 1e22;
    }
  }
  // exact: D * 10^e10 as an integer, or D / 10^-e10 as a correctly rounded quotient
  let D = A0;
  let nD = bnFromBase(PDIG, nd, 10, D);
  if (e10 >= 0) {
    nD = mulPow10(D, nD, e10);
    return bnToF64(D, nD);
  }
  let S = A1;
  let nS = mulPow10(S, bnFromU64(1, S), -e10);
  return bnTrueDiv(D, nD, S, nS, A2);
}
// }====

// {==== hexadecimal: float.hex() and float.fromhex()

/**
 * The double nearest top * 2^(e2 - 63), where top has its bit 63 set and `sticky` says that
 * nonzero bits follow it; ties to even, subnormals included. Sets strtodErr = STRTOD_OVERFLOW
 * (and returns Infinity) when the result is too large.
 */
function roundBinary(top: u64, sticky: bool, e2: i32): f64 {
  // e2 is the exponent of the leading bit: the value is in [2^e2, 2^(e2+1))
  if (e2 > 1023) { strtodErr = STRTOD_OVERFLOW; return Infinity; }
  let keep: i32 = e2 >= -1022 ? 53 : 53 - (-1022 - e2);   // significant bits the result holds
  if (keep <= 0) {
    // below the least subnormal 2^-1074: rounds to it only when above half of it
    if (keep == 0 && (top << 1 != 0 || sticky)) return pow2(-1022) * pow2(-52);
    return 0;
  }
  let drop = <u64>(64 - keep);
  let mant = top >> drop;
  let rest = top << (64 - drop);                  // the dropped bits, left-aligned (drop >= 11)
  let half: u64 = <u64>1 << 63;
  if (rest > half || (rest == half && (sticky || (mant & 1) != 0))) {
    mant++;
    // a subnormal carrying into bit 52 is already the bit pattern of the least normal
    if (keep == 53 && (mant >> 53) != 0) {        // carried out: 1.000… x 2^(e2+1)
      mant >>= 1;
      e2++;
      if (e2 > 1023) { strtodErr = STRTOD_OVERFLOW; return Infinity; }
    }
  }
  // assemble: mant has `keep` bits; its leading bit is worth 2^e2
  if (e2 >= -1022) {
    return reinterpret<f64>(((<u64>(e2 + 1023)) << 52) | (mant & 0xFFFFFFFFFFFFF));
  }
  return reinterpret<f64>(mant);                  // subnormal: the bits are the mantissa field
}

// @ts-ignore: decorator
@inline function hexValue(c: u32): u32 {
  if (c - 48 < 10) return c - 48;
  c |= 32;
  if (c - 97 < 6) return c - 87;
  return 99;
}

/**
 * float.fromhex(text): [ws] [sign] (inf | infinity | nan | [0x] hex [. hex] [p [sign] dec]) [ws].
 * strtodErr: STRTOD_INVALID for a syntax error, STRTOD_OVERFLOW when too large.
 */
export function strtodParseHex(s: usize, n: i32): f64 {
  strtodErr = 0;
  let i = trim(s, n), end = trimEnd;
  let neg = false;
  if (i < end && (at(s, i) == 43 || at(s, i) == 45)) { neg = at(s, i) == 45; i++; }
  if (i < end && ((at(s, i) | 32) == 105 || (at(s, i) | 32) == 110)) {
    if (matchWord(s, i, end, "inf") || matchWord(s, i, end, "infinity")) return neg ? -Infinity : Infinity;
    if (matchWord(s, i, end, "nan")) return neg ? -NaN : NaN;
    strtodErr = STRTOD_INVALID;
    return NaN;
  }
  if (i + 1 < end && at(s, i) == 48 && (at(s, i + 1) | 32) == 120) i += 2;   // 0x
  // digits: first pass finds the extent, the point and the first nonzero digit
  let intStart = i;
  while (i < end && hexValue(at(s, i)) < 16) i++;
  let intEnd = i;
  let fracStart = i, fracEnd = i;
  if (i < end && at(s, i) == 46) {
    i++;
    fracStart = i;
    while (i < end && hexValue(at(s, i)) < 16) i++;
    fracEnd = i;
  }
  if (intEnd == intStart && fracEnd == fracStart) { strtodErr = STRTOD_INVALID; return NaN; }
  let ex: i64 = 0;
  if (i < end && (at(s, i) | 32) == 112) {        // 'p'
    i++;
    let eneg = false;
    if (i < end && (at(s, i) == 43 || at(s, i) == 45)) { eneg = at(s, i) == 45; i++; }
    let ds = i;
    while (i < end && isDigit(at(s, i))) {
      if (ex < 1000000000) ex = ex * 10 + <i64>(at(s, i) - 48);
      i++;
    }
    if (i == ds) { strtodErr = STRTOD_INVALID; return NaN; }
    if (eneg) ex = -ex;
  }
  if (i != end) { strtodErr = STRTOD_INVALID; return NaN; }
  // the value is 0x<int><frac> * 2^(ex - 4 * fracDigits); gather the top 64 bits
  let top: u64 = 0;
  let bitsIn = 0;           // bits gathered into top
  let sticky = false;
  let lead: i64 = -1;       // index (in the digit sequence) of the first nonzero digit
  let total = (intEnd - intStart) + (fracEnd - fracStart);
  for (let k = 0; k < total; k++) {
    let p = k < intEnd - intStart ? intStart + k : fracStart + (k - (intEnd - intStart));
    let v = <u64>hexValue(at(s, p));
    if (lead < 0) {
      if (v == 0) continue;
      lead = k;
    }
    // 16 digits give 61..64 significant bits, more than the 53 + 2 rounding needs
    if (bitsIn < 64) { top = (top << 4) | v; bitsIn += 4; }
    else if (v != 0) sticky = true;
  }
  if (lead < 0) return neg ? -0.0 : 0.0;
  // left-align so bit 63 is the leading one
  let lz = <i32>clz<u64>(top << <u64>(64 - bitsIn));
  let digitsAfterLead = <i64>total - lead;        // digits from the leading one to the end
  top = (top << <u64>(64 - bitsIn)) << <u64>lz;
  // exponent of bit 63: the leading digit is worth 16^(digitsAfterLead - 1 - fracDigits)
  let fracDigits = <i64>(fracEnd - fracStart);
  let e2 = ex + 4 * (digitsAfterLead - 1 - fracDigits) + 3 - <i64>lz;
  if (e2 > 2000) { strtodErr = STRTOD_OVERFLOW; return neg ? -Infinity : Infinity; }
  if (e2 < -2000) return neg ? -0.0 : 0.0;
  let v = roundBinary(top, sticky, <i32>e2);
  return neg ? -v : v;
}

/** float.hex(x) at out (at most 24 bytes); returns the length. */
export function strtodHex(x: f64, out: usize): i32 {
  let bits = reinterpret<u64>(x);
  let n = 0;
  if (isNaN(x) || !isFinite(x)) {
    if (!isFinite(x) && !isNaN(x) && x < 0) { store<u8>(out, 45); n++; }
    let t = isNaN(x) ? "nan" : "inf";
    for (let j = 0; j < 3; j++) store<u8>(out + <usize>(n + j), <u8>t.charCodeAt(j));
    return n + 3;
  }
  if (bits >> 63) { store<u8>(out, 45); n++; }
  let be = <i32>((bits >> 52) & 0x7FF);
  let frac = bits & 0xFFFFFFFFFFFFF;
  store<u8>(out + <usize>n, 48); store<u8>(out + <usize>(n + 1), 120);       // "0x"
  n += 2;
  if (be == 0 && frac == 0) {
    // "0x0.0p+0"
    store<u8>(out + <usize>n, 48); store<u8>(out + <usize>(n + 1), 46); store<u8>(out + <usize>(n + 2), 48);
    store<u8>(out + <usize>(n + 3), 112); store<u8>(out + <usize>(n + 4), 43); store<u8>(out + <usize>(n + 5), 48);
    return n + 6;
  }
  store<u8>(out + <usize>n, be == 0 ? 48 : 49);
  store<u8>(out + <usize>(n + 1), 46);
  n += 2;
  for (let j = 12; j >= 0; j--) {
    let d = <u32>((frac >> <u64>(4 * j)) & 15);
    store<u8>(out + <usize>n, <u8>(d < 10 ? 48 + d : 87 + d));
    n++;
  }
  let e = be == 0 ? -1022 : be - 1023;
  store<u8>(out + <usize>n, 112); n++;
  store<u8>(out + <usize>n, e < 0 ? 45 : 43); n++;
  if (e < 0) e = -e;
  let digits = e >= 1000 ? 4 : e >= 100 ? 3 : e >= 10 ? 2 : 1;
  for (let j = digits - 1; j >= 0; j--) { store<u8>(out + <usize>(n + j), <u8>(48 + e % 10)); e /= 10; }
  return n + digits;
}
// }====
