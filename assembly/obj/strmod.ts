// printf-style formatting, str % args (CPython's PyUnicode_Format) and bytes % args (PEP 461): %s %r %a %c %d %i %u %x %X %o
// %e %E %f %F %g %G %%, the flags - + space # 0, width and precision (also *), mapping keys
// %(name)s, and CPython's messages ("not enough arguments for format string", "not all arguments
// converted during string formatting", "unsupported format character 'z' (0x7a) at index 1"…).
//
// Integers are formatted from intToStr (obj/int.ts), floats by num/dtoa.ts as
// PyOS_double_to_string does; the flags, width and precision are applied here.

import { Val, isSmall, mkSmall, smallValue, incref, decref } from "./object";
import { T_STR, T_TUPLE, typeOf, typeKind, typeName, isHeapType, typeSpecial } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { strLen, strGet, strSubstring, strFromChar, strData, strFromAscii } from "./str";
import { sbNew, sbChar, sbStr, sbStrRange, sbFinish, sbFree } from "./strbuf";
import { tupleSize, tupleItem } from "./tuple";
import { E, excType } from "./exc";
import { raiseMsg, raiseFmt, excPending, excMatches, clearExc } from "../vm/errors";
import { objRepr, objStr } from "../vm/ops";
import { objGetItem, indexValue, indexOk } from "../vm/ops_seq";
import { intToStr, intFromObject } from "./int";
import { strEscapeNonAscii, strReprAscii } from "./strrepr";
import { dtoaPrepare, dtoaEmit, DT_ALT, DT_UPPER } from "../num/dtoa";
import { hexDigit, isBytesLike, bytesLen, bytesData, bytesNew, bytesLikeNew } from "./bytes";
import { strAlloc, strPut } from "./str";
import { strFromAS } from "./str";
import { typeLookup } from "./type";
import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";
import { callWithSelf } from "../vm/call";

// @ts-ignore: decorator
@inline const F_LJUST: u32 = 1;
// @ts-ignore: decorator
@inline const F_SIGN: u32 = 2;
// @ts-ignore: decorator
@inline const F_BLANK: u32 = 4;
// @ts-ignore: decorator
@inline const F_ALT: u32 = 8;
// @ts-ignore: decorator
@inline const F_ZERO: u32 = 16;

let mArgs: Val = 0;
let mArgLen: i32 = 0;
let mArgIdx: i32 = 0;

/** The next positional argument (borrowed), or 0 with "not enough arguments". */
function nextArg(): Val {
  let i = mArgIdx;
  if (i < mArgLen) {
    mArgIdx++;
    if (mArgLen < 0) return mArgs;
    return tupleItem(mArgs, i);
  }
  raiseMsg(E.TypeError, "not enough arguments for format string");
  return 0;
}

/** True if v is a mapping for %(key)s (has __getitem__ and is not a tuple or str). */
function isMapping(v: Val): bool {
  if (isSmall(v)) return false;
  let t = typeOf(v);
  let k = typeKind(t);
  if (k == Kind.TUPLE || k == Kind.STR) return false;
  if (k == Kind.DICT || k == Kind.LIST || k == Kind.BYTES || k == Kind.BYTEARRAY || k == Kind.RANGE) return true;
  return isHeapType(t) && typeSpecial(t, Id.D_getitem) != 0;
}

/** True if v is a number for %d (CPython's PyNumber_Check as far as Dust's kinds go). */
function isNumber(v: Val): bool {
  if (isSmall(v)) return true;
  let t = typeOf(v);
  let k = typeKind(t);
  if (k == Kind.INT || k == Kind.BOOL || k == Kind.FLOAT) return true;
  return isHeapType(t) && (typeSpecial(t, Id.D_index) != 0 || typeSpecial(t, Id.D_int) != 0 || typeSpecial(t, Id.D_float) != 0);
}

const DIGBUF: usize = memory.data(16);

/** The text of an integer for %d %x %X %o: sign, 0x/0o prefix with #, digits zero-padded to prec. */
function formatLong(v: Val, conv: u32, flags: u32, prec: i32): Val {
  let iv: Val;
  let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
  if (k == Kind.INT) { iv = v; incref(iv); }
  else if (k == Kind.BOOL) iv = mkSmall(load<i32>(v, 8));
  else if (conv == 120 || conv == 88 || conv == 111) {
    let x = indexValue(v, true);
    if (!indexOk()) {
      if (!excPending() || excMatches(excType(E.TypeError))) { clearExc(); raiseFmt(E.TypeError, conv == 120 ? "%%x format: an integer is required, not %s" : conv == 88 ? "%%X format: an integer is required, not %s" : "%%o format: an integer is required, not %s", typeName(typeOf(v))); }
      return 0;
    }
    iv = mkSmall(0);
    if (x < -0x40000000 || x > 0x3fffffff) { raiseMsg(E.OverflowError, "int too large to format"); return 0; }
    iv = mkSmall(<i32>x);
  } else {
    iv = intFromObject(v);
    if (iv == 0) {
      if (excMatches(excType(E.TypeError))) {
        clearExc();
        let pn = pctName(conv);
        if (pn != 0) { raiseFmt(E.TypeError, "%s format: a real number is required, not %s", pn, typeName(typeOf(v))); decref(pn); }
      }
      return 0;
    }
  }
  // intToStr: [-][0x|0o]digits
  let base = conv == 120 || conv == 88 ? 16 : conv == 111 ? 8 : 10;
  let text = intToStr(iv, base);
  decref(iv);
  if (text == 0) return 0;
  let neg = strGet(text, 0) == 45;
  let d0 = (neg ? 1 : 0) + (base != 10 ? 2 : 0);
  let tn = strLen(text);
  let sb = sbNew(<u32>(tn + 8));
  if (sb == 0) { decref(text); return 0; }
  if (neg) sbChar(sb, 45);
  if ((flags & F_ALT) && base != 10) { sbChar(sb, 48); sbChar(sb, conv); }
  for (let i = tn - d0; i < prec; i++) sbChar(sb, 48);
  for (let i = d0; i < tn; i++) { let c = strGet(text, i); sbChar(sb, conv == 88 && c >= 97 ? c - 32 : c); }
  decref(text);
  return sbFinish(sb);
}


import { floatNew } from "./float";
import { intToF64 } from "./int";
/** The text of a float for %e %f %g (%E %F %G): PyOS_double_to_string without the sign flags. */
function formatFloatArg(v: Val, conv: u32, flags: u32, prec: i32): Val {
  let x: f64;
  let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
  if (k == Kind.FLOAT) x = load<f64>(v, 8);
  else if (k == Kind.INT) { x = isSmall(v) ? <f64>smallValue(v) : intToF64(v); if (excPending()) return 0; }
  else if (k == Kind.BOOL) x = <f64>load<i32>(v, 8);
  else if (!isSmall(v) && isHeapType(typeOf(v)) && typeSpecial(typeOf(v), Id.D_float) != 0) {
    let r = callWithSelf(typeSpecial(typeOf(v), Id.D_float), v, 0, 0, 0);
    if (r == 0) return 0;
    if (isSmall(r) || typeKind(typeOf(r)) != Kind.FLOAT) { raiseFmt(E.TypeError, "%s.__float__ returned non-float (type %s)", typeName(typeOf(v)), typeName(typeOf(r))); decref(r); return 0; }
    x = load<f64>(r, 8);
    decref(r);
  } else {
    raiseFmt(E.TypeError, "must be real number, not %s", typeName(typeOf(v)));
    return 0;
  }
  if (prec < 0) prec = 6;
  let lower = conv | 32;
  let dflags: u32 = (flags & F_ALT) ? DT_ALT : 0;
  if (conv < 97) dflags |= DT_UPPER;
  let n = dtoaPrepare(x, lower, prec, dflags);
  let buf = heapAlloc(<usize>n);
  if (buf == 0) { raiseMemoryError(<usize>n); return 0; }
  dtoaEmit(buf);
  let s = strFromAscii(buf, n);
  heapFree(buf, <usize>n);
  return s;
}

/** %c: an int code point or a one-character str. */
function formatChar(v: Val): Val {
  if (!isSmall(v) && typeKind(typeOf(v)) == Kind.STR) {
    if (strLen(v) == 1) { incref(v); return v; }
    raiseMsg(E.TypeError, "%c requires int or char");
    return 0;
  }
  let x = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending() || excMatches(excType(E.TypeError))) { clearExc(); raiseMsg(E.TypeError, "%c requires int or char"); }
    return 0;
  }
  if (x < 0 || x > 0x10ffff) { raiseMsg(E.OverflowError, "%c arg not in range(0x110000)"); return 0; }
  return strFromChar(<u32>x);
}

/** Write text with width, flags and sign handling (CPython's unicode_format_arg_output). */
function output(sb: usize, text: Val, conv: u32, flags: u32, width: i32, prec: i32, numeric: bool): bool {
  let len = strLen(text);
  let start = 0;
  if ((conv == 115 || conv == 114 || conv == 97) && prec >= 0 && len > prec) len = prec;
  let sign: u32 = 0;
  if (numeric) {
    let c = len > 0 ? strGet(text, 0) : 0;
    if (c == 45 || c == 43) { sign = c; len--; start = 1; }
    else if (flags & F_SIGN) sign = 43;
    else if (flags & F_BLANK) sign = 32;
  }
  let w = width < len ? len : width;
  if (w > 0x3fffffff) { raiseMemoryError(0xffffffff); return false; }   // never loop over a width the budget cannot hold
  let fill: u32 = numeric && (flags & F_ZERO) ? 48 : 32;
  if (sign != 0) {
    if (fill != 32) sbChar(sb, sign);
    if (w > len) w--;
  }
  let alt = (flags & F_ALT) != 0 && (conv == 120 || conv == 88 || conv == 111);
  if (alt) {
    if (fill != 32) { sbChar(sb, strGet(text, start)); sbChar(sb, strGet(text, start + 1)); }
    w -= 2;
    if (w < 0) w = 0;
    len -= 2;
  }
  if (w > len && !(flags & F_LJUST)) {
    for (let i = len; i < w; i++) sbChar(sb, fill);
    w = len;
  }
  if (fill == 32) {
    if (sign != 0) sbChar(sb, sign);
    if (alt) { sbChar(sb, strGet(text, start)); sbChar(sb, strGet(text, start + 1)); }
  }
  if (alt) start += 2;
  sbStrRange(sb, text, start, start + len);
  for (let i = len; i < w; i++) sbChar(sb, 32);
  return true;
}

/** Read a decimal number at *pos; -1 if none. */
let scanPos = 0;
function scanInt(fmt: Val, n: i32): i32 {
  let v: i64 = -1;
  while (scanPos < n) {
    let c = strGet(fmt, scanPos);
    if (c < 48 || c > 57) break;
    v = (v < 0 ? 0 : v) * 10 + <i64>(c - 48);
    if (v > 0x7fffffff) v = 0x7fffffff;
    scanPos++;
  }
  return <i32>v;
}

/** An int for * width/precision; i64.MIN_VALUE on error. */
function starArg(): i64 {
  let v = nextArg();
  if (v == 0) return i64.MIN_VALUE;
  let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
  if (k != Kind.INT && k != Kind.BOOL) { raiseMsg(E.TypeError, "* wants int"); return i64.MIN_VALUE; }
  let x = indexValue(v, true);
  return x > 0x7fffffff ? 0x7fffffff : x < -0x7fffffff ? -0x7fffffff : x;
}

/** fmt % args for a str fmt: a new str, or 0 with an exception pending. */
export function strMod(fmt: Val, args: Val): Val {
  let sArgs = mArgs, sLen = mArgLen, sIdx = mArgIdx, sMode = bytesMode;
  bytesMode = false;
  let r = strModImpl(fmt, args);
  mArgs = sArgs; mArgLen = sLen; mArgIdx = sIdx; bytesMode = sMode;
  return r;
}

/**
 * fmt % args for a bytes or bytearray fmt (PEP 461): the same engine over the bytes read as
 * Latin-1, with %s/%b taking bytes-like objects (or __bytes__), %r/%a giving ascii(), %c a byte.
 * The result has fmt's base kind. NotImplemented is never returned: fmt is bytes-like.
 */
export function bytesMod(fmt: Val, args: Val): Val {
  let n = bytesLen(fmt);
  let f = strAlloc(n, 255);
  if (f == 0) return 0;
  let p = bytesData(fmt);
  for (let i = 0; i < n; i++) strPut(f, i, load<u8>(p + <usize>i));
  let sArgs = mArgs, sLen = mArgLen, sIdx = mArgIdx, sMode = bytesMode;
  bytesMode = true;
  let r = strModImpl(f, args);
  mArgs = sArgs; mArgLen = sLen; mArgIdx = sIdx; bytesMode = sMode;
  decref(f);
  if (r == 0) return 0;
  // every character is below 256: copy them out as bytes
  let m = strLen(r);
  let b = bytesLikeNew(fmt, 0, m);
  if (b != 0) { let d = bytesData(b); for (let i = 0; i < m; i++) store<u8>(d + <usize>i, <u8>strGet(r, i)); }
  decref(r);
  return b;
}

let bytesMode = false;

/** %s / %b of bytes formatting: a bytes-like object or __bytes__, as a Latin-1 str. */
function bytesArgText(v: Val): Val {
  let src: Val = 0;
  if (isBytesLike(v)) { src = v; incref(src); }
  else if (!isSmall(v) && isHeapType(typeOf(v))) {
    let name = strFromAS("__bytes__");
    if (name == 0) return 0;
    let m = typeLookup(typeOf(v), name);
    decref(name);
    if (m != 0) {
      src = callWithSelf(m, v, 0, 0, 0);
      if (src == 0) return 0;
      if (!isBytesLike(src)) { raiseFmt(E.TypeError, "__bytes__ returned non-bytes (type %s)", typeName(typeOf(src))); decref(src); return 0; }
    }
  }
  if (src == 0) {
    raiseFmt(E.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(typeOf(v)));
    return 0;
  }
  let n = bytesLen(src);
  let t = strAlloc(n, 255);
  if (t != 0) { let p = bytesData(src); for (let i = 0; i < n; i++) strPut(t, i, load<u8>(p + <usize>i)); }
  decref(src);
  return t;
}

/** %c of bytes formatting: an int 0..255 or a bytes-like object of length 1. */
function bytesChar(v: Val): Val {
  if (isBytesLike(v)) {
    if (bytesLen(v) == 1) return strFromChar(load<u8>(bytesData(v)));
  } else {
    let x = indexValue(v, true);
    if (indexOk()) {
      if (x < 0 || x > 255) { raiseMsg(E.OverflowError, "%c arg not in range(256)"); return 0; }
      return strFromChar(<u32>x);
    }
    if (excPending() && !excMatches(excType(E.TypeError))) return 0;
    clearExc();
  }
  raiseMsg(E.TypeError, "%c requires an integer in range(256) or a single byte");
  return 0;
}

function strModImpl(fmt: Val, args: Val): Val {
  let isTuple = !isSmall(args) && typeKind(typeOf(args)) == Kind.TUPLE;
  mArgs = args;
  mArgLen = isTuple ? tupleSize(args) : -1;
  mArgIdx = isTuple ? 0 : -2;
  let dict: Val = isMapping(args) ? args : 0;
  let n = strLen(fmt);
  let sb = sbNew(<u32>n + 16);
  if (sb == 0) return 0;
  let pos = 0;
  while (pos < n) {
    let lit = pos;
    while (pos < n && strGet(fmt, pos) != 37) pos++;
    sbStrRange(sb, fmt, lit, pos);
    if (pos >= n) break;
    pos++;
    let keyed: Val = 0;
    if (pos < n && strGet(fmt, pos) == 40) {
      if (dict == 0) { sbFree(sb); raiseMsg(E.TypeError, "format requires a mapping"); return 0; }
      let depth = 1;
      let ks = ++pos;
      while (pos < n && depth > 0) { let c = strGet(fmt, pos); if (c == 40) depth++; else if (c == 41) depth--; pos++; }
      if (depth > 0) { sbFree(sb); raiseMsg(E.ValueError, "incomplete format key"); return 0; }
      let key = bytesMode ? latin1Bytes(fmt, ks, pos - 1) : strSubstring(fmt, ks, pos - 1);
      if (key == 0) { sbFree(sb); return 0; }
      keyed = objGetItem(dict, key);
      decref(key);
      if (keyed == 0) { sbFree(sb); return 0; }
      mArgs = keyed; mArgLen = -1; mArgIdx = -2;
    }
    let flags: u32 = 0;
    while (pos < n) {
      let c = strGet(fmt, pos);
      if (c == 45) flags |= F_LJUST; else if (c == 43) flags |= F_SIGN; else if (c == 32) flags |= F_BLANK;
      else if (c == 35) flags |= F_ALT; else if (c == 48) flags |= F_ZERO; else break;
      pos++;
    }
    let width: i32 = -1, prec: i32 = -1;
    let ok = true;
    if (pos < n && strGet(fmt, pos) == 42) {
      pos++;
      let w = starArg();
      if (w == i64.MIN_VALUE) ok = false;
      else { if (w < 0) { flags |= F_LJUST; w = -w; } width = <i32>w; }
    } else { scanPos = pos; width = scanInt(fmt, n); pos = scanPos; }
    if (ok && pos < n && strGet(fmt, pos) == 46) {
      pos++;
      if (pos < n && strGet(fmt, pos) == 42) {
        pos++;
        let p = starArg();
        if (p == i64.MIN_VALUE) ok = false; else prec = p < 0 ? 0 : <i32>p;
      } else { scanPos = pos; prec = scanInt(fmt, n); pos = scanPos; if (prec < 0) prec = 0; }
    }
    if (ok && pos < n) { let c = strGet(fmt, pos); if (c == 104 || c == 108 || c == 76) pos++; }
    if (ok && pos >= n) { raiseMsg(E.ValueError, "incomplete format"); ok = false; }
    if (!ok) { if (keyed != 0) decref(keyed); sbFree(sb); return 0; }
    let conv = strGet(fmt, pos++);
    if (conv == 37) { sbChar(sb, 37); if (keyed != 0) decref(keyed); continue; }
    let v = nextArg();
    let text: Val = 0;
    let numeric = false;
    if (v != 0) {
      switch (conv) {
        case 115: text = bytesMode ? bytesArgText(v) : objStr(v); break;
        case 114: text = bytesMode ? asciiAny(v) : objRepr(v); break;
        case 97: text = asciiAny(v); break;
        case 100: case 105: case 117: case 120: case 88: case 111:
          numeric = true;
          if (!isNumber(v)) {
            let pn = pctName(conv);
            if (pn != 0) {
              raiseFmt(E.TypeError, conv == 120 || conv == 88 || conv == 111 ? "%s format: an integer is required, not %s" : "%s format: a real number is required, not %s", pn, typeName(typeOf(v)));
              decref(pn);
            }
          } else text = formatLong(v, conv, flags, prec);
          break;
        case 101: case 69: case 102: case 70: case 103: case 71:
          numeric = true;
          text = formatFloatArg(v, conv, flags, prec);
          break;
        case 99: text = bytesMode ? bytesChar(v) : formatChar(v); break;
        case 98: if (bytesMode) { text = bytesArgText(v); break; }
        // fall through: %b is a str format error
        default: {
          let hx = hexOf(conv);
          if (hx != 0) {
            raiseFmt(E.ValueError, "unsupported format character '%s' (0x%s) at index %d", strFromChar(conv >= 31 && conv <= 126 ? conv : 63), hx, mkSmall(pos - 1));
            decref(hx);
          }
        }
      }
    }
    if (keyed != 0) decref(keyed);
    if (text == 0) { sbFree(sb); return 0; }
    let wrote = output(sb, text, conv, flags, width, numeric ? -1 : prec, numeric);
    decref(text);
    if (!wrote) { sbFree(sb); return 0; }
    if (keyed != 0) { mArgs = args; mArgLen = -1; mArgIdx = -1; }
  }
  if (mArgIdx < mArgLen && dict == 0) {
    sbFree(sb);
    raiseMsg(E.TypeError, bytesMode ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
    return 0;
  }
  return sbFinish(sb);
}

function pctName(conv: u32): Val {
  let b = memory.data(2);
  store<u8>(b, 37); store<u8>(b + 1, <u8>conv);
  return strFromAscii(b, 2);
}

function hexOf(c: u32): Val {
  let n = 0;
  let v = c;
  do { n++; v >>= 4; } while (v != 0);
  for (let i = n - 1; i >= 0; i--) { store<u8>(DIGBUF + <usize>i, <u8>hexDigit(c)); c >>= 4; }
  return strFromAscii(DIGBUF, n);
}

function asciiAny(v: Val): Val { return !isSmall(v) && typeOf(v) == T_STR ? strReprAscii(v) : asciiOf(v); }

/** fmt[a:b] (Latin-1 characters) as bytes: a mapping key of bytes formatting. */
function latin1Bytes(fmt: Val, a: i32, b: i32): Val {
  let r = bytesNew(0, b - a);
  if (r == 0) return 0;
  let d = bytesData(r);
  for (let i = a; i < b; i++) store<u8>(d + <usize>(i - a), <u8>strGet(fmt, i));
  return r;
}

function asciiOf(v: Val): Val {
  let r = objRepr(v);
  if (r == 0) return 0;
  let a = strEscapeNonAscii(r);
  decref(r);
  return a;
}
