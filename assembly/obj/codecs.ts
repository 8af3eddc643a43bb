// The codecs Dust has: UTF-8, ASCII and Latin-1, with the error handlers strict, replace, ignore,
// backslashreplace, xmlcharrefreplace (encoding), surrogateescape and surrogatepass (UTF-8).
// Used by str.encode, bytes.decode, str(b, enc) and bytes(s, enc). Results and messages are
// CPython's (UTF-8 error ranges as its decoder reports them: "unexpected end of data" spans the
// valid prefix, a bad continuation byte ends the range before it).
//
// Each direction runs twice over the input: once to size the result (and raise for strict
// errors), once to fill it, so the only allocation is the result itself.
//
// Invariant: the exception messages are built from the handler and input alone, never from the
// partly built output.

import { Val, incref, decref } from "./object";
import { strAlloc, strPut, strLen, strGet, strData, strKind, strIsAscii, strFromAS, strEqAS } from "./str";
import { sbNew, sbAS, sbChar, sbStr, sbI64, sbFinish } from "./strbuf";
import { E, excType } from "./exc";
import { raiseWithStr, raiseFmt } from "../vm/errors";
import { bytesAlloc, bytesData, hexDigit } from "./bytes";

export const enum Enc { UTF8 = 0, ASCII = 1, LATIN1 = 2, UNKNOWN = -1 }
export const enum EH { STRICT, REPLACE, IGNORE, BACKSLASH, XMLCHAR, SURR_ESCAPE, SURR_PASS, UNKNOWN }

// {==== names

/** The encoding named by str name (CPython's normalisation and common aliases), or Enc.UNKNOWN. */
export function encodingOf(name: Val): i32 {
  // normalise into a small stack buffer: lower case, runs of ' ', '-', '_' become '_'
  let buf = memory.data(40);
  let n = strLen(name);
  let m = 0;
  let sep = false;
  for (let i = 0; i < n; i++) {
    let c = strGet(name, i);
    if (c == 32 || c == 45 || c == 95) { sep = true; continue; }
    if (c >= 128 || m >= 38) return Enc.UNKNOWN;
    if (sep && m > 0) { store<u8>(buf + <usize>m, 95); m++; }
    sep = false;
    if (c >= 65 && c <= 90) c += 32;
    store<u8>(buf + <usize>m, <u8>c);
    m++;
  }
  if (isName(buf, m, "utf_8") || isName(buf, m, "utf8") || isName(buf, m, "u8") || isName(buf, m, "utf")
      || isName(buf, m, "cp65001")) return Enc.UTF8;
  if (isName(buf, m, "ascii") || isName(buf, m, "us_ascii") || isName(buf, m, "646") || isName(buf, m, "us")
      || isName(buf, m, "cp367") || isName(buf, m, "csascii") || isName(buf, m, "ibm367") || isName(buf, m, "iso646_us")
      || isName(buf, m, "iso_ir_6") || isName(buf, m, "ansi_x3.4_1968") || isName(buf, m, "ansi_x3.4_1986")) return Enc.ASCII;
  if (isName(buf, m, "latin_1") || isName(buf, m, "latin1") || isName(buf, m, "latin") || isName(buf, m, "l1")
      || isName(buf, m, "iso8859_1") || isName(buf, m, "iso_8859_1") || isName(buf, m, "8859") || isName(buf, m, "cp819")
      || isName(buf, m, "iso_ir_100") || isName(buf, m, "csisolatin1") || isName(buf, m, "ibm819")
      || isName(buf, m, "iso_8859_1_1987")) return Enc.LATIN1;
  return Enc.UNKNOWN;
}

function isName(buf: usize, m: i32, t: string): bool {
  if (m != t.length) return false;
  for (let i = 0; i < m; i++) if (<u32>load<u8>(buf + <usize>i) != <u32>t.charCodeAt(i)) return false;
  return true;
}

/** The error handler named by errors (0: strict). Unknown names are reported when first needed. */
export function errorHandlerOf(errors: Val): i32 {
  if (errors == 0 || strEqAS(errors, "strict")) return EH.STRICT;
  if (strEqAS(errors, "replace")) return EH.REPLACE;
  if (strEqAS(errors, "ignore")) return EH.IGNORE;
  if (strEqAS(errors, "backslashreplace")) return EH.BACKSLASH;
  if (strEqAS(errors, "xmlcharrefreplace")) return EH.XMLCHAR;
  if (strEqAS(errors, "surrogateescape")) return EH.SURR_ESCAPE;
  if (strEqAS(errors, "surrogatepass")) return EH.SURR_PASS;
  return EH.UNKNOWN;
}

/** LookupError("unknown encoding: name"). */
export function raiseUnknownEncoding(name: Val): void { raiseFmt(E.LookupError, "unknown encoding: %s", name); }

function encName(enc: i32): string { return enc == Enc.UTF8 ? "utf-8" : enc == Enc.ASCII ? "ascii" : "latin-1"; }

let errorsName: Val = 0;   // the handler's name, for "unknown error handler name" (borrowed for one call)

function unknownHandler(): void { raiseFmt(E.LookupError, "unknown error handler name '%s'", errorsName); }
// }====

// {==== decoding

let dCount: i32 = 0;
let dMax: u32 = 0;
let dOut: Val = 0;

// @ts-ignore: decorator
@inline function emit(c: u32): void {
  if (dOut != 0) strPut(dOut, dCount, c);
  else if (c > dMax) dMax = c;
  dCount++;
}

function decodeError(enc: i32, p: usize, start: i32, end: i32, reason: string): void {
  let sb = sbNew();
  if (sb == 0) return;
  sbChar(sb, 39); sbAS(sb, encName(enc)); sbAS(sb, "' codec can't decode ");
  if (end - start == 1) {
    let b = <u32>load<u8>(p + <usize>start);
    sbAS(sb, "byte 0x"); sbChar(sb, hexDigit(b >> 4)); sbChar(sb, hexDigit(b));
    sbAS(sb, " in position "); sbI64(sb, start);
  } else {
    sbAS(sb, "bytes in position "); sbI64(sb, start); sbChar(sb, 45); sbI64(sb, end - 1);
  }
  sbAS(sb, ": "); sbAS(sb, reason);
  raiseWithStr(excType(E.UnicodeDecodeError), sbFinish(sb));
}

/** Apply handler eh to the undecodable bytes [start, end); false if it raised. */
function decodeHandle(enc: i32, eh: i32, p: usize, start: i32, end: i32, reason: string): bool {
  switch (eh) {
    case EH.REPLACE: emit(0xfffd); return true;
    case EH.IGNORE: return true;
    case EH.BACKSLASH:
      for (let i = start; i < end; i++) {
        let b = <u32>load<u8>(p + <usize>i);
        emit(92); emit(120); emit(hexDigit(b >> 4)); emit(hexDigit(b));
      }
      return true;
    case EH.SURR_ESCAPE: {
      for (let i = start; i < end; i++) if (load<u8>(p + <usize>i) < 128) { decodeError(enc, p, start, end, reason); return false; }
      for (let i = start; i < end; i++) emit(0xdc00 + <u32>load<u8>(p + <usize>i));
      return true;
    }
    case EH.UNKNOWN: unknownHandler(); return false;
  }
  decodeError(enc, p, start, end, reason);
  return false;
}

// @ts-ignore: decorator
@inline function isCont(b: u32): bool { return (b & 0xc0) == 0x80; }

function decodePass(p: usize, n: i32, enc: i32, eh: i32): bool {
  let pos = 0;
  while (pos < n) {
    let c = <u32>load<u8>(p + <usize>pos);
    if (c < 0x80) { emit(c); pos++; continue; }
    if (enc == Enc.LATIN1) { emit(c); pos++; continue; }
    if (enc == Enc.ASCII) {
      if (!decodeHandle(enc, eh, p, pos, pos + 1, "ordinal not in range(128)")) return false;
      pos++;
      continue;
    }
    if (c < 0xc2 || c > 0xf4) {
      if (!decodeHandle(enc, eh, p, pos, pos + 1, "invalid start byte")) return false;
      pos++;
      continue;
    }
    let need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    let lo: u32 = 0x80, hi: u32 = 0xbf;
    if (c == 0xe0) lo = 0xa0; else if (c == 0xed) hi = 0x9f; else if (c == 0xf0) lo = 0x90; else if (c == 0xf4) hi = 0x8f;
    // the longest valid prefix decides the error range, as in CPython's decoder
    let bad = 0;
    let good = 1;
    let reason = "";
    if (pos + 1 >= n) { bad = n - pos; reason = "unexpected end of data"; }
    else {
      let b1 = <u32>load<u8>(p + <usize>(pos + 1));
      if (b1 < lo || b1 > hi) { bad = 1; reason = "invalid continuation byte"; }
      else {
        good = 2;
        for (let j = 2; j < need; j++) {
          if (pos + j >= n) { bad = n - pos; reason = "unexpected end of data"; break; }
          if (!isCont(<u32>load<u8>(p + <usize>(pos + j)))) { bad = j; reason = "invalid continuation byte"; break; }
          good++;
        }
      }
    }
    if (bad > 0) {
      if (!decodeHandle(enc, eh, p, pos, pos + bad, reason)) return false;
      pos += bad;
      continue;
    }
    let cp: u32;
    let b1 = <u32>load<u8>(p + <usize>(pos + 1)) & 63;
    if (need == 2) cp = ((c & 31) << 6) | b1;
    else if (need == 3) cp = ((c & 15) << 12) | (b1 << 6) | (<u32>load<u8>(p + <usize>(pos + 2)) & 63);
    else cp = ((c & 7) << 18) | (b1 << 12) | ((<u32>load<u8>(p + <usize>(pos + 2)) & 63) << 6) | (<u32>load<u8>(p + <usize>(pos + 3)) & 63);
    emit(cp);
    pos += need;
  }
  return true;
}

/** Decode the n bytes at p: a new str, or 0 with UnicodeDecodeError/LookupError/MemoryError pending. */
export function decodeBytes(p: usize, n: i32, enc: i32, errors: Val): Val {
  let eh = errorHandlerOf(errors);
  errorsName = errors;
  dCount = 0; dMax = 0; dOut = 0;
  if (!decodePass(p, n, enc, eh)) return 0;
  let count = dCount;
  let r = strAlloc(count, dMax);
  if (r == 0 || count == 0) return r;
  dOut = r; dCount = 0;
  decodePass(p, n, enc, eh);
  dOut = 0;
  return r;
}
// }====

// {==== encoding

let eCount: i32 = 0;
let eOut: usize = 0;

// @ts-ignore: decorator
@inline function put(b: u32): void {
  if (eOut != 0) store<u8>(eOut + <usize>eCount, <u8>b);
  eCount++;
}

function putAscii(t: string): void { for (let i = 0; i < t.length; i++) put(<u32>t.charCodeAt(i)); }

function putDecimal(v: u32): void {
  let d: u32 = 1;
  while (d * 10 <= v) d *= 10;
  while (d > 0) { put(48 + (v / d) % 10); d /= 10; }
}

function putUtf8(c: u32): void {
  if (c < 0x80) put(c);
  else if (c < 0x800) { put(0xc0 | (c >> 6)); put(0x80 | (c & 63)); }
  else if (c < 0x10000) { put(0xe0 | (c >> 12)); put(0x80 | ((c >> 6) & 63)); put(0x80 | (c & 63)); }
  else { put(0xf0 | (c >> 18)); put(0x80 | ((c >> 12) & 63)); put(0x80 | ((c >> 6) & 63)); put(0x80 | (c & 63)); }
}

/** Append CPython's escape of code point c (\xNN, \uNNNN or \UNNNNNNNN) via emitFn. */
export function sbEscape(sb: usize, c: u32): void {
  sbChar(sb, 92);
  let digits = 2;
  if (c < 0x100) sbChar(sb, 120);
  else if (c < 0x10000) { sbChar(sb, 117); digits = 4; }
  else { sbChar(sb, 85); digits = 8; }
  for (let i = digits - 1; i >= 0; i--) sbChar(sb, hexDigit(c >> (<u32>i * 4)));
}

function encodeError(enc: i32, s: Val, start: i32, end: i32, reason: string): void {
  let sb = sbNew();
  if (sb == 0) return;
  sbChar(sb, 39); sbAS(sb, encName(enc)); sbAS(sb, "' codec can't encode ");
  if (end - start == 1) {
    sbAS(sb, "character '"); sbEscape(sb, strGet(s, start)); sbAS(sb, "' in position "); sbI64(sb, start);
  } else {
    sbAS(sb, "characters in position "); sbI64(sb, start); sbChar(sb, 45); sbI64(sb, end - 1);
  }
  sbAS(sb, ": "); sbAS(sb, reason);
  raiseWithStr(excType(E.UnicodeEncodeError), sbFinish(sb));
}

function encodeHandle(enc: i32, eh: i32, s: Val, start: i32, end: i32, reason: string): bool {
  switch (eh) {
    case EH.REPLACE: for (let i = start; i < end; i++) put(63); return true;
    case EH.IGNORE: return true;
    case EH.BACKSLASH:
      for (let i = start; i < end; i++) {
        let c = strGet(s, i);
        let digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        put(92); put(c < 0x100 ? 120 : c < 0x10000 ? 117 : 85);
        for (let d = digits - 1; d >= 0; d--) put(hexDigit(c >> (<u32>d * 4)));
      }
      return true;
    case EH.XMLCHAR:
      for (let i = start; i < end; i++) { put(38); put(35); putDecimal(strGet(s, i)); put(59); }
      return true;
    case EH.SURR_ESCAPE: {
      for (let i = start; i < end; i++) {
        let c = strGet(s, i);
        if (c < 0xdc80 || c > 0xdcff) { encodeError(enc, s, i, i + 1, reason); return false; }
      }
      for (let i = start; i < end; i++) put(strGet(s, i) - 0xdc00);
      return true;
    }
    case EH.SURR_PASS: {
      if (enc == Enc.UTF8) {
        for (let i = start; i < end; i++) putUtf8(strGet(s, i));
        return true;
      }
      break;
    }
    case EH.UNKNOWN: unknownHandler(); return false;
  }
  encodeError(enc, s, start, end, reason);
  return false;
}

function encodePass(s: Val, enc: i32, eh: i32): bool {
  let n = strLen(s);
  let limit: u32 = enc == Enc.ASCII ? 0x80 : enc == Enc.LATIN1 ? 0x100 : 0x110000;
  let i = 0;
  while (i < n) {
    let c = strGet(s, i);
    let bad = enc == Enc.UTF8 ? (c >= 0xd800 && c <= 0xdfff) : c >= limit;
    if (!bad) {
      if (enc == Enc.UTF8) putUtf8(c); else put(c);
      i++;
      continue;
    }
    // the run of characters this codec cannot encode goes to the handler at once
    let j = i + 1;
    while (j < n) {
      let d = strGet(s, j);
      if (enc == Enc.UTF8 ? !(d >= 0xd800 && d <= 0xdfff) : d < limit) break;
      j++;
    }
    let reason = enc == Enc.UTF8 ? "surrogates not allowed" : enc == Enc.ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    if (!encodeHandle(enc, eh, s, i, j, reason)) return false;
    i = j;
  }
  return true;
}

/** Encode str s: a new bytes, or 0 with UnicodeEncodeError/LookupError/MemoryError pending. */
export function encodeStr(s: Val, enc: i32, errors: Val): Val {
  let n = strLen(s);
  if (strIsAscii(s)) {
    let b = bytesAlloc(n);
    if (b != 0 && n > 0) memory.copy(bytesData(b), strData(s), <usize>n);
    return b;
  }
  let eh = errorHandlerOf(errors);
  errorsName = errors;
  eCount = 0; eOut = 0;
  if (!encodePass(s, enc, eh)) return 0;
  let b = bytesAlloc(eCount);
  if (b == 0 || eCount == 0) return b;
  eOut = bytesData(b); eCount = 0;
  encodePass(s, enc, eh);
  eOut = 0;
  return b;
}
// }====
