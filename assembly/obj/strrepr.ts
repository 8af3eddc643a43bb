// repr() and ascii() of strs, as CPython's unicode_repr: single quotes unless the text has ' and
// no ", then double; \\ and the chosen quote escaped; \t \n \r; other control characters and DEL
// as \xNN; non-ASCII kept when printable (obj/unicode.ts), else \xNN, \uNNNN or \UNNNNNNNN.
// ascii() is that repr with every non-ASCII character escaped too.
//
// Both size the result first and write it second: no builder, one allocation.

import { Val } from "./object";
import { strLen, strGet, strAlloc, strPut } from "./str";
import { uniFlags, U_PRINTABLE } from "./unicode";
import { hexDigit } from "./bytes";

/** True if c is printable (str.isprintable of one character). */
export function isPrintable(c: u32): bool {
  if (c < 128) return c >= 32 && c < 127;
  return (uniFlags(c) & U_PRINTABLE) != 0;
}

/** Escaped length of c (1 if kept), given the quote and whether non-ASCII must be escaped. */
// @ts-ignore: decorator
@inline function escLen(c: u32, quote: u32, ascii: bool): i32 {
  if (c == quote || c == 92 || c == 9 || c == 10 || c == 13) return 2;
  if (c < 32 || c == 127) return 4;
  if (c < 127) return 1;
  if (!ascii && isPrintable(c)) return 1;
  return c < 0x100 ? 4 : c < 0x10000 ? 6 : 10;
}

function putHex(r: Val, at: i32, c: u32, digits: i32): void {
  for (let i = 0; i < digits; i++) strPut(r, at + i, hexDigit(c >> (<u32>(digits - 1 - i) * 4)));
}

/** The quoted, escaped form of s[0:len]; ascii escapes every non-ASCII character. */
function reprImpl(s: Val, ascii: bool): Val {
  let n = strLen(s);
  let sq = false, dq = false;
  for (let i = 0; i < n; i++) {
    let c = strGet(s, i);
    if (c == 39) sq = true; else if (c == 34) dq = true;
  }
  let quote: u32 = sq && !dq ? 34 : 39;
  let size = 2;
  let maxc: u32 = 127;
  for (let i = 0; i < n; i++) {
    let c = strGet(s, i);
    let l = escLen(c, quote, ascii);
    size += l;
    if (l == 1 && c > maxc) maxc = c;
  }
  let r = strAlloc(size, maxc);
  if (r == 0) return 0;
  let o = 0;
  strPut(r, o++, quote);
  for (let i = 0; i < n; i++) {
    let c = strGet(s, i);
    let l = escLen(c, quote, ascii);
    if (l == 1) { strPut(r, o++, c); continue; }
    strPut(r, o++, 92);
    if (l == 2) {
      strPut(r, o++, c == 9 ? 116 : c == 10 ? 110 : c == 13 ? 114 : c);
    } else if (l == 4) {
      strPut(r, o++, 120); putHex(r, o, c, 2); o += 2;
    } else if (l == 6) {
      strPut(r, o++, 117); putHex(r, o, c, 4); o += 4;
    } else {
      strPut(r, o++, 85); putHex(r, o, c, 8); o += 8;
    }
  }
  strPut(r, o, quote);
  return r;
}

/** repr(s) for a str (or str subclass without __repr__). */
export function strRepr(s: Val): Val { return reprImpl(s, false); }

/** ascii(s) for a str: the repr with non-ASCII characters escaped. */
export function strReprAscii(s: Val): Val { return reprImpl(s, true); }

/** Escape the non-ASCII characters of an already computed repr r (ascii() of any object). */
export function strEscapeNonAscii(r: Val): Val {
  let n = strLen(r);
  let size = 0;
  for (let i = 0; i < n; i++) {
    let c = strGet(r, i);
    size += c < 128 ? 1 : c < 0x100 ? 4 : c < 0x10000 ? 6 : 10;
  }
  let out = strAlloc(size, 127);
  if (out == 0) return 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = strGet(r, i);
    if (c < 128) { strPut(out, o++, c); continue; }
    strPut(out, o++, 92);
    if (c < 0x100) { strPut(out, o++, 120); putHex(out, o, c, 2); o += 2; }
    else if (c < 0x10000) { strPut(out, o++, 117); putHex(out, o, c, 4); o += 4; }
    else { strPut(out, o++, 85); putHex(out, o, c, 8); o += 8; }
  }
  return out;
}
