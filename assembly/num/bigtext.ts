// num/bigtext.ts: magnitudes <-> text and bytes, the layer under int(), str(int), bin/oct/hex,
// int.to_bytes and int.from_bytes (obj/int.ts), on raw buffers like num/bigint.ts.
//
// Text is ASCII: obj/int.ts maps Unicode digits and spaces first, with the tables here (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII). Power-of-two bases are bit slices; other bases go
// through chunks of the largest power of the base under 2^32 (quadratic, as CPython: the
// 4300-digit limit of 3.11 keeps it in check).
//
// Invariant: as in bigint.ts, nothing allocates, raises or traps; syntax errors come back as
// status codes for obj/int.ts to turn into ValueError with CPython's messages.

import {
  dg, dset, bnNorm, bnZero, bnCopy, bnDivSmall, bnMulAddSmall, bnBitLength, bnCmp, bnShl, bnMul,
  bnMulWork, bnDivmod, bnDivWork, bnLowBitsSet,
} from "./bigint";

// {==== conversion to and from text in bases 2..36

/** "0123456789abcdefghijklmnopqrstuvwxyz" */
const CHARS: usize = memory.data<u8>([48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
  97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115,
  116, 117, 118, 119, 120, 121, 122]);

/** Value of an ASCII digit in bases up to 36, or 99. */
// @ts-ignore: decorator
@inline export function digitValue(c: u32): u32 {
  if (c - 48 < 10) return c - 48;
  c |= 32;
  if (c - 97 < 26) return c - 87;
  return 99;
}

/** Characters per digit chunk and base^chunk (the largest power of the base under 2^32). */
function chunkOf(base: u32): u32 {
  let k: u32 = 0;
  let p: u64 = 1;
  while (p * <u64>base <= 0xFFFFFFFF) { p *= <u64>base; k++; }
  return k;
}

/** log2(base) for a power-of-two base, else 0. */
// @ts-ignore: decorator
@inline function log2Base(base: u32): u32 { return (base & (base - 1)) == 0 ? 31 - clz<u32>(base) : 0; }

/** An upper bound on the characters of a in the base (without sign or prefix). */
export function bnStrSize(na: i32, base: u32): i32 {
  if (na == 0) return 1;
  // bits / log2(base), with log2(base) rounded down to the nearest 1/16 via a float: generous
  return <i32>(Math.ceil(<f64>na * 32.0 / (Math.log2(<f64>base) - 1.0 / 64)) + 2);
}

/** Scratch digits bnToBase needs. */
// @ts-ignore: decorator
@inline export function bnToBaseWork(na: i32): i32 { return na; }

/**
 * The digits of a in the base (2..36, lowercase letters) as ASCII at out, most significant
 * first; "0" for zero. out has bnStrSize(na, base) bytes; work has bnToBaseWork(na) digits.
 * Returns the number of characters.
 */
export function bnToBase(a: usize, na: i32, base: u32, out: usize, work: usize): i32 {
  if (na == 0) { store<u8>(out, 48); return 1; }
  let lb = log2Base(base);
  if (lb != 0) {
    let bits = bnBitLength(a, na);
    let nch = <i32>((bits + <u64>lb - 1) / <u64>lb);
    let mask: u32 = base - 1;
    for (let i = 0; i < nch; i++) {             // character i from the bottom
      let pos = <u64>i * <u64>lb;
      let di = <i32>(pos >> 5), sh = <u32>(pos & 31);
      let v = dg(a, di) >> sh;
      if (sh + lb > 32 && di + 1 < na) v |= dg(a, di + 1) << (32 - sh);
      store<u8>(out + <usize>(nch - 1 - i), load<u8>(CHARS + <usize>(v & mask)));
    }
    return nch;
  }
  // repeated division by base^k, each giving k characters from the bottom; written backwards
  // from the end of the bound, then moved down
  let k = chunkOf(base);
  let big = <u32>1;
  for (let i: u32 = 0; i < k; i++) big *= base;
  let size = bnStrSize(na, base);
  let p = out + <usize>size;
  bnCopy(work, a, na);
  let n = na;
  while (n > 0) {
    let rem = bnDivSmall(work, n, big, work);
    n = bnNorm(work, n);
    if (n == 0) {
      do { p--; store<u8>(p, load<u8>(CHARS + <usize>(rem % base))); rem /= base; } while (rem != 0);
    } else {
      for (let i: u32 = 0; i < k; i++) { p--; store<u8>(p, load<u8>(CHARS + <usize>(rem % base))); rem /= base; }
    }
  }
  let len = <i32>(out + <usize>size - p);
  memory.copy(out, p, <usize>len);
  return len;
}


/** Bytes bnFormat writes at most: sign, "0x" and the digits. */
export function bnFormatSize(na: i32, base: u32): i32 { return bnStrSize(na, base) + 3; }

/**
 * ±a as Python writes it: '-' when neg, then "0b" / "0o" / "0x" when prefix (bases 2, 8, 16),
 * then the digits; at out (bnFormatSize bytes), work as bnToBase's. Returns the length.
 */
export function bnFormat(a: usize, na: i32, neg: bool, base: u32, prefix: bool, out: usize, work: usize): i32 {
  let head = (neg ? 1 : 0) + (prefix ? 2 : 0);
  let nd = bnToBase(a, na, base, out + <usize>head, work);
  if (neg) store<u8>(out, 45);
  if (prefix) {
    store<u8>(out + <usize>(head - 2), 48);
    store<u8>(out + <usize>(head - 1), <u8>(base == 2 ? 98 : base == 8 ? 111 : 120));
  }
  return head + nd;
}

/** Digits bnFromBase needs for n characters in the base. */
export function bnFromBaseSize(n: i32, base: u32): i32 {
  return <i32>(Math.ceil(<f64>n * Math.log2(<f64>base) / 32.0)) + 2;
}

/**
 * The magnitude written by the n ASCII digits at s (already validated: every one < base; no
 * sign, prefix or underscores). out has bnFromBaseSize(n, base) digits.
 */
export function bnFromBase(s: usize, n: i32, base: u32, out: usize): i32 {
  let lb = log2Base(base);
  if (lb != 0) {
    let size = bnFromBaseSize(n, base);
    bnZero(out, size);
    for (let i = 0; i < n; i++) {               // character i from the bottom
      let v = digitValue(load<u8>(s + <usize>(n - 1 - i)));
      let pos = <u64>i * <u64>lb;
      let di = <i32>(pos >> 5), sh = <u32>(pos & 31);
      dset(out, di, dg(out, di) | (v << sh));
      if (sh + lb > 32) dset(out, di + 1, dg(out, di + 1) | (v >> (32 - sh)));
    }
    return bnNorm(out, size);
  }
  let k = <i32>chunkOf(base);
  let len = 0;
  let i = 0;
  // the first chunk takes the remainder, so every later one is a full k characters
  let first = n % k;
  if (first == 0) first = k;
  while (i < n) {
    let cnt = i == 0 ? first : k;
    let v: u32 = 0, mul: u32 = 1;
    for (let j = 0; j < cnt; j++) {
      v = v * base + digitValue(load<u8>(s + <usize>(i + j)));
      mul *= base;
    }
    len = bnMulAddSmall(out, len, mul, v, out);
    i += cnt;
  }
  return len;
}
// }====

// {==== Unicode digits and spaces (Unicode 14.0, as CPython 3.11)

/** The value of Unicode decimal digit c (category Nd, ASCII included), or -1: Py_UNICODE_TODECIMAL. */
export function uniDecimalValue(c: u32): i32 {
  if (c - 48 < 10) return <i32>(c - 48);
  if (c < 128) return -1;
  // every Nd code point is the start of its run of ten plus its value
  let lo = 0, hi = NDEC - 1;
  while (lo < hi) {
    let mid = (lo + hi + 1) >> 1;
    if (load<u32>(DEC_STARTS + (<usize>mid << 2)) <= c) lo = mid; else hi = mid - 1;
  }
  let s = load<u32>(DEC_STARTS + (<usize>lo << 2));
  return c >= s && c < s + 10 ? <i32>(c - s) : -1;
}
// @ts-ignore: decorator
@inline const NDEC: i32 = 66;
const DEC_STARTS: usize = memory.data<u32>([0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66,
  0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900,
  0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
  0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50,
  0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
  0x1e2f0, 0x1e950, 0x1fbf0]);

/**
 * The text of a number for int() and float(): CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
 * on the n code points of kind k (1, 2, 4 bytes each, PEP 393) at p. Writes ASCII at out: Unicode
 * whitespace becomes ' ', Unicode decimal digits their ASCII digit; it stops at the first other
 * character of 127 or above, writing '?'. Returns the length written.
 */
export function textToAscii(p: usize, k: u32, n: i32, out: usize): i32 {
  for (let i = 0; i < n; i++) {
    let c = k == 1 ? <u32>load<u8>(p + <usize>i) : k == 2 ? <u32>load<u16>(p + (<usize>i << 1)) : load<u32>(p + (<usize>i << 2));
    if (c < 127) { store<u8>(out + <usize>i, <u8>c); continue; }
    if (uniIsSpaceHigh(c)) { store<u8>(out + <usize>i, 32); continue; }
    let d = uniDecimalValue(c);
    if (d < 0) { store<u8>(out + <usize>i, 63); return i + 1; }
    store<u8>(out + <usize>i, <u8>(48 + d));
  }
  return n;
}

/** Python's str.isspace() for a code point of 128 and above (Py_UNICODE_ISSPACE). */
export function uniIsSpaceHigh(c: u32): bool {
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
    c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}
// }====

// {==== int literals (CPython's PyLong_FromString, without the conversion)

/** litScan's results: the sign, the base it settled on, and "only zeros allowed" (base 0, "0…"). */
export let litNeg = false;
export let litBase: i32 = 10;
export let litZeroOnly = false;
/** Digits found (underscores excluded) and the span [litStart, litEnd) holding them. */
export let litCount: i32 = 0;
export let litStart: i32 = 0;
export let litEnd: i32 = 0;

// @ts-ignore: decorator
@inline export const LIT_OK: i32 = 0;
/** A misplaced underscore inside the digits: invalid whatever follows. */
// @ts-ignore: decorator
@inline export const LIT_BAD: i32 = 1;
/** No digits, or something other than whitespace after them. */
// @ts-ignore: decorator
@inline export const LIT_TRAILING: i32 = 2;

// @ts-ignore: decorator
@inline function isSpace(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }

/**
 * Scan an int literal in the n ASCII bytes at p for base 0 or 2..36: whitespace, a sign, a prefix
 * matching the base (base 0 infers it; then a leading 0 allows only zeros), digits with single
 * underscores between them (one may follow the prefix), whitespace. Returns LIT_OK, LIT_BAD or
 * LIT_TRAILING; the digit count comes first because CPython checks the 4300-digit limit after
 * the underscores but before what follows the digits.
 */
export function litScan(p: usize, n: i32, base: i32): i32 {
  let i = 0;
  while (i < n && isSpace(load<u8>(p + <usize>i))) i++;
  litNeg = false;
  if (i < n && (load<u8>(p + <usize>i) == 43 || load<u8>(p + <usize>i) == 45)) { litNeg = load<u8>(p + <usize>i) == 45; i++; }
  litZeroOnly = false;
  if (i < n && load<u8>(p + <usize>i) == 48) {
    let c1 = i + 1 < n ? <u32>load<u8>(p + <usize>(i + 1)) | 32 : 0;
    let pb = c1 == 120 ? 16 : c1 == 111 ? 8 : c1 == 98 ? 2 : 0;       // x o b
    if (base == 0) { if (pb != 0) base = pb; else { base = 10; litZeroOnly = true; } }
    if (pb != 0 && pb == base) {
      i += 2;
      if (i < n && load<u8>(p + <usize>i) == 95) i++;                 // "0x_1f"
    }
  } else if (base == 0) base = 10;
  litBase = base;
  // the digit run: a digit, then digits, each '_' followed by a digit
  litStart = i;
  litCount = 0;
  while (i < n) {
    let c = <u32>load<u8>(p + <usize>i);
    if (c == 95) {
      if (i == litStart || i + 1 >= n || digitValue(<u32>load<u8>(p + <usize>(i + 1))) >= <u32>base) return LIT_BAD;
      i++;
      continue;
    }
    if (digitValue(c) >= <u32>base) break;
    litCount++;
    i++;
  }
  litEnd = i;
  while (i < n && isSpace(load<u8>(p + <usize>i))) i++;
  return litCount == 0 || i != n ? LIT_TRAILING : LIT_OK;
}

/** Copy the digits of the last litScan of p to out (litCount bytes), dropping the underscores. */
export function litDigits(p: usize, out: usize): void {
  let j = 0;
  for (let q = litStart; q < litEnd; q++) {
    let c = load<u8>(p + <usize>q);
    if (c != 95) store<u8>(out + <usize>(j++), c);
  }
}
// }====

// {==== two's complement bytes (int.to_bytes, int.from_bytes)

/**
 * The `length` bytes of ±a in two's complement at out, little- or big-endian. The caller has
 * checked that the value fits.
 */
export function bnToBytes(a: usize, na: i32, neg: bool, out: usize, length: i32, little: bool): void {
  let carry: u32 = 1;
  for (let i = 0; i < length; i++) {
    let di = i >> 2;
    let byte: u32 = di < na ? (dg(a, di) >> (<u32>(i & 3) << 3)) & 0xff : 0;
    if (neg) { byte = (~byte & 0xff) + carry; carry = byte >> 8; byte &= 0xff; }
    store<u8>(out + <usize>(little ? i : length - 1 - i), <u8>byte);
  }
}

/** True if ±a (neg: negative) fits `length` bytes: unsigned, or two's complement when signed. */
export function bnBytesFit(a: usize, na: i32, neg: bool, length: i32, signed: bool): bool {
  let bits = bnBitLength(a, na);
  let avail = <u64>length * 8;
  if (!signed) return bits <= avail;
  if (!neg) return bits < avail || na == 0;
  // -|a| >= -2^(8L-1): a power of two needs one bit less; CPython also lets -1 fit b''
  let pow2 = !bnLowBitsSet(a, na, bits - 1);
  return (pow2 ? bits - 1 : bits) < avail || (length == 0 && bits == 1);
}

/** Digits bnFromBytes needs for n bytes. */
// @ts-ignore: decorator
@inline export function bnFromBytesSize(n: i32): i32 { return ((n + 3) >> 2) + 1; }

/**
 * The magnitude of the n bytes at p read as an integer (two's complement when `signed`): written
 * at out (bnFromBytesSize(n) digits); bytesNeg says whether it was negative. Returns the length.
 */
export let bytesNeg = false;
export function bnFromBytes(p: usize, n: i32, little: bool, signed: bool, out: usize): i32 {
  let nd = bnFromBytesSize(n);
  bnZero(out, nd);
  for (let i = 0; i < n; i++) {
    // digits are little-endian u32s, so byte i of the number is byte i of the digit array
    store<u8>(out + <usize>i, load<u8>(p + <usize>(little ? i : n - 1 - i)));
  }
  bytesNeg = signed && n > 0 && (load<u8>(p + <usize>(little ? n - 1 : 0)) & 0x80) != 0;
  if (bytesNeg) {
    // the magnitude of a negative: invert the n bytes and add one
    let carry: u32 = 1;
    for (let i = 0; i < n; i++) {
      let b = (~<u32>load<u8>(out + <usize>i) & 0xff) + carry;
      carry = b >> 8;
      store<u8>(out + <usize>i, <u8>b);
    }
    if (carry) store<u8>(out + <usize>n, 1);
  }
  return bnNorm(out, nd);
}
// }====

// {==== decimal rounding (round(int, -k))

/** Digits of 10^k (k >= 1), an upper bound: k * log2(10) / 32 < k * 3402 / 32768. */
// @ts-ignore: decorator
@inline function pow10Size(k: i32): i32 { return <i32>((<i64>k * 3402) >> 15) + 2; }

/** Digits bnRoundPow10 writes for a of na digits. */
export function bnRoundPow10Size(na: i32, k: i32): i32 { return max(na, pow10Size(k)) + 2; }

/** Scratch bnRoundPow10 needs. */
export function bnRoundPow10Work(na: i32, k: i32): i32 {
  let np = pow10Size(k);
  return np + (na + 2) + (np + 2) + bnDivWork(max(na, np), np) + bnMulWork(na + 2, np);
}

/**
 * out = a rounded half to even to a multiple of 10^k, k >= 1 (CPython's long_round: the
 * remainder against half of 10^k, ties to an even quotient). out has bnRoundPow10Size(na, k)
 * digits, work bnRoundPow10Work(na, k). Returns the length.
 */
export function bnRoundPow10(a: usize, na: i32, k: i32, out: usize, work: usize): i32 {
  let np0 = pow10Size(k);
  let p = work, q = p + (<usize>np0 << 2), r = q + (<usize>(na + 2) << 2);
  let dw = r + (<usize>(np0 + 2) << 2);
  let np = 1;
  dset(p, 0, 1);
  for (let j = k; j > 0; j -= 9) np = bnMulAddSmall(p, np, j >= 9 ? 1000000000 : load<u32>(POW10 + (<usize>j << 2)), 0, p);
  let nq = 0, nr = na;
  if (bnCmp(a, na, p, np) < 0) bnCopy(r, a, na);
  else {
    bnDivmod(a, na, p, np, q, r, dw);
    nq = bnNorm(q, na - np + 1);
    nr = bnNorm(r, np);
  }
  let n2 = bnShl(r, nr, 1, r);                    // 2r against 10^k
  let c = bnCmp(r, n2, p, np);
  if (c > 0 || (c == 0 && nq > 0 && (dg(q, 0) & 1) != 0)) nq = bnMulAddSmall(q, nq, 1, 1, q);
  if (nq == 0) return 0;
  return bnMul(q, nq, p, np, out, dw);
}

/** 10^0 .. 10^8. */
const POW10: usize = memory.data<u32>([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000]);
// }====
