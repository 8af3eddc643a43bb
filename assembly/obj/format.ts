// format.ts: the format-spec mini-language of int, float and str (format(v, spec), f-strings,
// str.format), CPython 3.11's formatter_unicode.c reimplemented:
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// A number is laid out as  <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
// where exactly one of the paddings is used (by the alignment), and with '0' fill and '='
// alignment the zero padding itself is grouped ('020,' gives 0,000,001,234,567). The text of
// the number comes from obj/int.ts (intToStr) and num/dtoa.ts; this file only arranges it.
//
// Invariant: a spec is parsed completely (with CPython's checks and messages) before any text is
// built; results are new strs of the exact length, of the smallest kind that holds the fill.

import { Val, isSmall, incref, decref } from "./object";
import { T_STR, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { E } from "./exc";
import { raiseMsg, raiseFmt, raiseMemoryError, excPending } from "../vm/errors";
import { heapAlloc, heapFree } from "../mem/heap";
import { strAlloc, strLen, strGet, strPut, strData, strSubstring, strFromAscii, strEmpty, strMaxChar } from "./str";
import { objStr } from "../vm/ops";
import { intExact, intToStr, intToF64, intAsI64, intSign } from "./int";
import { uniDecimalValue } from "../num/bigtext";
import { dtoaPrepare, dtoaEmit, DT_ALT, DT_ADD_DOT_0, DT_UPPER, DT_NO_NEG_0 } from "../num/dtoa";

// {==== the parsed spec (one at a time: formatting calls no Python code)

let sFill: u32 = 32;
let sAlign: u32 = 62;
let sSign: u32 = 0;           // 0, '+', '-', ' '
let sNoNeg0 = false;          // 'z'
let sAlt = false;             // '#'
let sWidth: i64 = -1;
let sGroup: u32 = 0;          // 0, ',' or '_'
let sPrec: i64 = -1;
let sType: u32 = 0;

// @ts-ignore: decorator
@inline function isAlign(c: u32): bool { return c == 60 || c == 62 || c == 61 || c == 94; }   // < > = ^

/** The digits at *pos (Unicode decimal digits count): their value, or -1 (none), -2 (error raised). */
let parsePos: i32 = 0;
function parseInt(spec: Val, end: i32): i64 {
  let acc: i64 = 0;
  let any = false;
  while (parsePos < end) {
    let d = uniDecimalValue(strGet(spec, parsePos));
    if (d < 0) break;
    if (acc > (i64.MAX_VALUE - <i64>d) / 10) {     // CPython's PY_SSIZE_T_MAX check
      raiseMsg(E.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + <i64>d;
    any = true;
    parsePos++;
  }
  return any ? acc : -1;
}

/** Parse spec for value v; false with ValueError pending. */
function parseSpec(spec: Val, v: Val, defaultType: u32, defaultAlign: u32): bool {
  let n = strLen(spec);
  let pos = 0;
  sFill = 32; sAlign = defaultAlign; sSign = 0; sNoNeg0 = false; sAlt = false;
  sWidth = -1; sGroup = 0; sPrec = -1; sType = defaultType;
  let alignGiven = false, fillGiven = false;
  if (n - pos >= 2 && isAlign(strGet(spec, pos + 1))) {
    sAlign = strGet(spec, pos + 1); sFill = strGet(spec, pos);
    fillGiven = true; alignGiven = true; pos += 2;
  } else if (n - pos >= 1 && isAlign(strGet(spec, pos))) {
    sAlign = strGet(spec, pos); alignGiven = true; pos++;
  }
  if (pos < n) { let c = strGet(spec, pos); if (c == 43 || c == 45 || c == 32) { sSign = c; pos++; } }
  if (pos < n && strGet(spec, pos) == 122) { sNoNeg0 = true; pos++; }        // z
  if (pos < n && strGet(spec, pos) == 35) { sAlt = true; pos++; }            // #
  if (!fillGiven && pos < n && strGet(spec, pos) == 48) {                    // 0
    sFill = 48;
    if (!alignGiven && defaultAlign == 62) sAlign = 61;
    pos++;
  }
  parsePos = pos;
  let w = parseInt(spec, n);
  if (w == -2) return false;
  sWidth = w;
  pos = parsePos;
  if (pos < n && strGet(spec, pos) == 44) { sGroup = 44; pos++; }            // ,
  if (pos < n && strGet(spec, pos) == 95) {                                  // _
    if (sGroup != 0) { raiseMsg(E.ValueError, "Cannot specify both ',' and '_'."); return false; }
    sGroup = 95; pos++;
  }
  if (pos < n && strGet(spec, pos) == 44 && sGroup == 95) {
    raiseMsg(E.ValueError, "Cannot specify both ',' and '_'."); return false;
  }
  if (pos < n && strGet(spec, pos) == 46) {                                  // .
    pos++;
    parsePos = pos;
    let p = parseInt(spec, n);
    if (p == -2) return false;
    if (p == -1) { raiseMsg(E.ValueError, "Format specifier missing precision"); return false; }
    sPrec = p;
    pos = parsePos;
  }
  if (n - pos > 1) {
    raiseFmt(E.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName(typeOf(v)));
    return false;
  }
  if (n - pos == 1) sType = strGet(spec, pos);
  if (sGroup != 0) {
    let t = sType;
    let ok = t == 100 || t == 101 || t == 102 || t == 103 || t == 69 || t == 71 || t == 37 || t == 70 || t == 0;
    if (!ok && (t == 98 || t == 111 || t == 120 || t == 88) && sGroup == 95) ok = true;   // b o x X with '_'
    if (!ok) { raiseSepType(sGroup, t); return false; }
  }
  return true;
}

/** CPython's invalid_thousands_separator_type. */
function raiseSepType(sep: u32, t: u32): void {
  let buf = FBUF;
  let n = putAS(buf, 0, "Cannot specify '");
  store<u8>(buf + <usize>(n++), <u8>sep);
  n = putAS(buf, n, "' with '");
  n = putTypeChar(buf, n, t);
  n = putAS(buf, n, "'.");
  raiseWithAscii(E.ValueError, buf, n);
}

/** CPython's unknown_presentation_type. */
function raiseUnknownType(t: u32, v: Val): void {
  let buf = FBUF;
  let n = putAS(buf, 0, "Unknown format code '");
  n = putTypeChar(buf, n, t);
  n = putAS(buf, n, "' for object of type '");
  let msg = strFromAscii(buf, n);
  if (msg == 0) return;
  raiseFmt(E.ValueError, "%s%s'", msg, typeName(typeOf(v)));
  decref(msg);
}

const FBUF: usize = memory.data(96, 8);

function putAS(buf: usize, n: i32, t: string): i32 {
  for (let i = 0; i < t.length; i++) store<u8>(buf + <usize>(n + i), <u8>t.charCodeAt(i));
  return n + t.length;
}

/** '%c' for a printable ASCII type, else '\x%x'. */
function putTypeChar(buf: usize, n: i32, t: u32): i32 {
  if (t > 32 && t < 128) { store<u8>(buf + <usize>n, <u8>t); return n + 1; }
  n = putAS(buf, n, "\\x");
  let digits = 1;
  for (let x = t >> 4; x != 0; x >>= 4) digits++;
  for (let i = digits - 1; i >= 0; i--) {
    let d = (t >> (<u32>i << 2)) & 15;
    store<u8>(buf + <usize>(n++), <u8>(d < 10 ? 48 + d : 87 + d));
  }
  return n;
}

function raiseWithAscii(e: E, p: usize, n: i32): void {
  let msg = strFromAscii(p, n);
  if (msg == 0) return;
  raiseFmt(e, "%s", msg);
  decref(msg);
}
// }====

// {==== number layout (calc_number_widths, fill_number, InsertThousandsGrouping)

/**
 * Write (out != 0) or count the grouped digits [dp, dp+nd) ending at index `end` of str out:
 * groups of g (0: no grouping) separated by sep, left-padded with zeros (grouped too) up to
 * minWidth. Returns the number of characters.
 */
function groupDigits(out: Val, end: i32, dp: usize, nd: i32, minWidth: i64, g: i32, sep: u32): i32 {
  let remaining = nd;
  let count = 0;
  let useSep = false;
  let pos = end;
  let di = nd;
  let broken = false;
  if (g > 0) {
    while (true) {
      let l = <i64>g;
      l = min(l, max(max(<i64>remaining, minWidth), 1));
      let nz = <i32>max<i64>(0, l - <i64>remaining);
      let nc = <i32>max<i64>(0, min(<i64>remaining, l));
      count += (useSep ? 1 : 0) + nz + nc;
      if (out != 0) { pos = fillGroup(out, pos, dp, di, nc, nz, useSep ? sep : 0); di -= nc; }
      useSep = true;
      remaining -= nc;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
      minWidth -= 1;
    }
  }
  if (!broken) {
    let l = max(max(<i64>remaining, minWidth), 1);
    let nz = <i32>max<i64>(0, l - <i64>remaining);
    let nc = <i32>max<i64>(0, min(<i64>remaining, l));
    count += (useSep ? 1 : 0) + nz + nc;
    if (out != 0) fillGroup(out, pos, dp, di, nc, nz, useSep ? sep : 0);
  }
  return count;
}

/** One group written backwards from pos: the separator, nc digits (ending at digit di), nz zeros. */
function fillGroup(out: Val, pos: i32, dp: usize, di: i32, nc: i32, nz: i32, sep: u32): i32 {
  if (sep != 0) { pos--; strPut(out, pos, sep); }
  for (let i = 0; i < nc; i++) { pos--; strPut(out, pos, <u32>load<u8>(dp + <usize>(di - 1 - i))); }
  for (let i = 0; i < nz; i++) { pos--; strPut(out, pos, 48); }
  return pos;
}

/**
 * Lay out a number: `neg` its sign, prefix [pp, pp+np), integer digits [dp, dp+nd), then the
 * decimal point if `dec`, then the remainder [rp, rp+nr) (fraction, exponent, '%'; for 'c' the
 * character, as a code point in `rchar` with nr = 1). `upper` upper-cases prefix and digits ('X').
 * g and sep: the grouping. Returns the new str.
 */
function layoutNumber(neg: bool, pp: usize, np: i32, dp: usize, nd: i32, dec: bool, rp: usize, nr: i32,
                      rchar: u32, upper: bool, g: i32, sep: u32): Val {
  let signChar: u32 = 0;
  if (sSign == 43) signChar = neg ? 45 : 43;
  else if (sSign == 32) signChar = neg ? 45 : 32;
  else if (neg) signChar = 45;
  let nSign = signChar != 0 ? 1 : 0;
  let nDec = dec ? 1 : 0;
  let nonDigit = <i64>(nSign + np + nDec + nr);
  let minWidth: i64 = sFill == 48 && sAlign == 61 ? sWidth - nonDigit : 0;
  let nGrouped = nd == 0 ? 0 : groupDigits(0, 0, dp, nd, minWidth, g, sep);
  let pad = sWidth - (nonDigit + <i64>nGrouped);
  let lpad: i64 = 0, spad: i64 = 0, rpad: i64 = 0;
  if (pad > 0) {
    if (sAlign == 60) rpad = pad;
    else if (sAlign == 94) { lpad = pad / 2; rpad = pad - lpad; }
    else if (sAlign == 61) spad = pad;
    else lpad = pad;
  }
  let total = lpad + <i64>nSign + <i64>np + spad + <i64>nGrouped + <i64>nDec + <i64>nr + rpad;
  if (total > 0x7ffffff0) { raiseMemoryError(0xffffffff); return 0; }
  let maxc: u32 = 127;
  if (pad > 0 && sFill > maxc) maxc = sFill;
  if (rchar > maxc) maxc = rchar;
  if (total == 0) return strEmpty();
  let s = strAlloc(<i32>total, maxc);
  if (s == 0) return 0;
  let at = 0;
  for (let i: i64 = 0; i < lpad; i++) strPut(s, at++, sFill);
  if (nSign) strPut(s, at++, signChar);
  for (let i = 0; i < np; i++) strPut(s, at++, toUpperIf(load<u8>(pp + <usize>i), upper));
  for (let i: i64 = 0; i < spad; i++) strPut(s, at++, sFill);
  if (nd != 0) {
    groupDigits(s, at + nGrouped, dp, nd, minWidth, g, sep);
    if (upper) for (let i = 0; i < nGrouped; i++) strPut(s, at + i, toUpperIf(<u8>strGet(s, at + i), true));
    at += nGrouped;
  }
  if (dec) strPut(s, at++, 46);
  if (rchar != 0) strPut(s, at++, rchar);
  else for (let i = 0; i < nr; i++) strPut(s, at++, <u32>load<u8>(rp + <usize>i));
  for (let i: i64 = 0; i < rpad; i++) strPut(s, at++, sFill);
  return s;
}

// @ts-ignore: decorator
@inline function toUpperIf(c: u8, upper: bool): u32 { return upper && c >= 97 && c <= 122 ? <u32>c - 32 : <u32>c; }

/** The grouping of the parsed spec for a type: [group size, separator]. */
let gSize: i32 = 0;
let gSep: u32 = 0;
function grouping(): void {
  gSize = 0; gSep = 0;
  if (sType == 110) return;                        // 'n': the C locale groups nothing
  if (sGroup == 44) { gSize = 3; gSep = 44; }
  else if (sGroup == 95) {
    gSep = 95;
    gSize = sType == 98 || sType == 111 || sType == 120 || sType == 88 ? 4 : 3;
  }
}
// }====

// {==== int

/** format(v, spec) for an int (or bool): a new str, or 0 with an exception pending. */
export function formatInt(v: Val, spec: Val): Val {
  if (strLen(spec) == 0) return objStr(v);
  if (!parseSpec(spec, v, 100, 62)) return 0;
  let t = sType;
  if (t == 98 || t == 99 || t == 100 || t == 111 || t == 120 || t == 88 || t == 110) return formatLong(v);
  if (t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 37) {
    let x = intToF64(v);
    if (x == -1.0 && excPending()) return 0;
    return formatDouble(x);
  }
  raiseUnknownType(t, v);
  return 0;
}

function formatLong(v: Val): Val {
  if (sPrec != -1) { raiseMsg(E.ValueError, "Precision not allowed in integer format specifier"); return 0; }
  if (sNoNeg0) { raiseMsg(E.ValueError, "Negative zero coercion (z) not allowed in integer format specifier"); return 0; }
  let e = intExact(v);
  if (sType == 99) {                                // 'c'
    if (sSign != 0) { raiseMsg(E.ValueError, "Sign not allowed with integer format specifier 'c'"); return 0; }
    if (sAlt) { raiseMsg(E.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"); return 0; }
    let ovf = memory.data(4);
    let x = intAsI64(e, ovf);
    if (load<u32>(ovf) != 0) { raiseMsg(E.OverflowError, "Python int too large to convert to C long"); return 0; }
    if (x < 0 || x > 0x10ffff) { raiseMsg(E.OverflowError, "%c arg not in range(0x110000)"); return 0; }
    grouping();
    return layoutNumber(false, 0, 0, 0, 0, false, 0, 1, <u32>x, false, gSize, gSep);
  }
  let base = sType == 98 ? 2 : sType == 111 ? 8 : sType == 120 || sType == 88 ? 16 : 10;
  let text = intToStr(e, base);                    // "-0x1f": sign, prefix, digits
  if (text == 0) return 0;
  let p = strData(text);
  let n = strLen(text);
  let neg = intSign(e) < 0;
  let skip = neg ? 1 : 0;
  let np = base == 10 ? 0 : 2;
  grouping();
  let r = layoutNumber(neg, p + <usize>skip, sAlt ? np : 0, p + <usize>(skip + np), n - skip - np, false, 0, 0, 0,
    sType == 88, gSize, gSep);
  decref(text);
  return r;
}
// }====

// {==== float

/** format(v, spec) for a float: a new str, or 0 with an exception pending. */
export function formatFloat(v: Val, spec: Val): Val {
  if (strLen(spec) == 0) return objStr(v);
  if (!parseSpec(spec, v, 0, 62)) return 0;
  let t = sType;
  if (t == 0 || t == 101 || t == 69 || t == 102 || t == 70 || t == 103 || t == 71 || t == 110 || t == 37) {
    return formatDouble(load<f64>(v, 8));
  }
  raiseUnknownType(t, v);
  return 0;
}

/** The parsed spec applied to the double x (format_float_internal). */
function formatDouble(x: f64): Val {
  if (sPrec > 0x7fffffff) { raiseMsg(E.ValueError, "precision too big"); return 0; }
  let prec = <i32>sPrec;
  let flags: u32 = 0;
  if (sAlt) flags |= DT_ALT;
  if (sNoNeg0) flags |= DT_NO_NEG_0;
  let code = sType;
  let defPrec = 6;
  if (code == 0) { flags |= DT_ADD_DOT_0; code = 114; defPrec = 0; }       // 'r'
  if (code == 110) code = 103;                                              // 'n' is 'g'
  let pct = false;
  if (code == 37) { code = 102; x *= 100; pct = true; }
  if (prec < 0) prec = defPrec;
  else if (code == 114) code = 103;
  if (code == 69 || code == 70 || code == 71) { flags |= DT_UPPER; code += 32; }
  let n = dtoaPrepare(x, code, prec, flags);
  let size = <usize>n + 1;
  let buf = heapAlloc(size);
  if (buf == 0) { raiseMemoryError(size); return 0; }
  dtoaEmit(buf);
  if (pct) { store<u8>(buf + <usize>n, 37); n++; }
  // sign, integer digits, then '.' and the rest
  let neg = load<u8>(buf) == 45;
  let i = neg ? 1 : 0;
  let ds = i;
  while (i < n && load<u8>(buf + <usize>i) - 48 < 10) i++;
  let nd = i - ds;
  let dec = i < n && load<u8>(buf + <usize>i) == 46;
  if (dec) i++;
  grouping();
  let r = layoutNumber(neg, 0, 0, buf + <usize>ds, nd, dec, buf + <usize>i, n - i, 0, false, gSize, gSep);
  heapFree(buf, size);
  return r;
}
// }====

// {==== str

/** format(v, spec) for a str: a new str, or 0 with an exception pending. */
export function formatStr(v: Val, spec: Val): Val {
  if (strLen(spec) == 0) {
    if (typeOf(v) == T_STR) { incref(v); return v; }
    return objStr(v);
  }
  if (!parseSpec(spec, v, 115, 60)) return 0;
  if (sType != 115) { raiseUnknownType(sType, v); return 0; }
  if (sSign == 32) { raiseMsg(E.ValueError, "Space not allowed in string format specifier"); return 0; }
  if (sSign != 0) { raiseMsg(E.ValueError, "Sign not allowed in string format specifier"); return 0; }
  if (sNoNeg0) { raiseMsg(E.ValueError, "Negative zero coercion (z) not allowed in string format specifier"); return 0; }
  if (sAlt) { raiseMsg(E.ValueError, "Alternate form (#) not allowed in string format specifier"); return 0; }
  if (sAlign == 61) { raiseMsg(E.ValueError, "'=' alignment not allowed in string format specifier"); return 0; }
  let len = <i64>strLen(v);
  if ((sWidth == -1 || sWidth <= len) && (sPrec == -1 || sPrec >= len)) {
    if (typeOf(v) == T_STR) { incref(v); return v; }
    return strSubstring(v, 0, <i32>len);
  }
  if (sPrec >= 0 && len >= sPrec) len = sPrec;
  let total = sWidth > len ? sWidth : len;
  if (total > 0x7ffffff0) { raiseMemoryError(0xffffffff); return 0; }
  let pad = total - len;
  let lpad: i64 = sAlign == 62 ? pad : sAlign == 94 ? pad / 2 : 0;
  let maxc = strMaxChar(v, 0, <i32>len);
  if (pad > 0 && sFill > maxc) maxc = sFill;
  if (total == 0) return strEmpty();
  let s = strAlloc(<i32>total, maxc);
  if (s == 0) return 0;
  let at = 0;
  for (let i: i64 = 0; i < lpad; i++) strPut(s, at++, sFill);
  for (let i = 0; i < <i32>len; i++) strPut(s, at++, strGet(v, i));
  while (<i64>at < total) strPut(s, at++, sFill);
  return s;
}
// }====
