// The methods of str, part 2: case mapping (full Unicode, with CPython's final-sigma rule),
// the is*() predicates, padding, expandtabs, translate/maketrans and encode. Tables are
// obj/unicode.ts (generated from CPython 3.11); part 1 is obj/strmethods.ts.

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_STR, T_DICT, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { strLen, strGet, strPut, strKind, strData, strAlloc, strIsAscii, strMaxChar, strFromChar } from "./str";
import { sbNew, sbChar, sbStr, sbFinish, sbFree } from "./strbuf";
import { dictNew, dictSetItem, dictNextAt, dictEntryKey, dictEntryValue } from "./dict";
import { noneVal, boolVal } from "./singletons";
import { E, excType } from "./exc";
import { raiseMsg, raiseFmt, excMatches, clearExc } from "../vm/errors";
import { objGetItem } from "../vm/ops_seq";
import { intAsI64 } from "./int";
import { addMethod, addStaticMethod } from "./typeinit";
import { NativeFn } from "./builtin";
import { uniFlags, uniCaseMap, U_ALPHA, U_DECIMAL, U_DIGIT, U_NUMERIC, U_UPPER, U_LOWER, U_TITLE, U_XID_START,
         U_XID_CONT, U_CASED, U_CASE_IGNORABLE } from "./unicode";
import { isSpaceU, parseArgs, intArg, clampI32, argsCheck, argsCountError } from "./textops";
import { isPrintable } from "./strrepr";
import { encodeStr } from "./codecs";
import { codecArgs } from "./bytesmethods";
import { isStr, strSub, checkPos } from "./strmethods";

// {==== case mapping

const MAP: usize = memory.data(16);

/** Capital sigma at i lowers to final sigma ς when preceded by a cased letter and not followed by one. */
function lowerSigma(s: Val, i: i32): u32 {
  let n = strLen(s);
  let j = i - 1;
  let c: u32 = 0;
  while (j >= 0) { c = strGet(s, j); if (!(uniFlags(c) & U_CASE_IGNORABLE)) break; j--; }
  let fin = j >= 0 && (uniFlags(c) & U_CASED) != 0;
  if (fin && i + 1 < n) {
    j = i + 1;
    while (j < n) { c = strGet(s, j); if (!(uniFlags(c) & U_CASE_IGNORABLE)) break; j++; }
    fin = j == n || !(uniFlags(c) & U_CASED);
  }
  return fin ? 0x3c2 : 0x3c3;
}

/** The mapping of s[i] for mode lower (0), upper (1), casefold (3), capitalize (4), title (5), swapcase (6), into MAP. */
function mapAt(s: Val, i: i32, c: u32, mode: i32, prevCased: bool): i32 {
  let k: u32;
  if (mode == 4) k = i == 0 ? 2 : 0;
  else if (mode == 5) k = prevCased ? 0 : 2;
  else if (mode == 6) {
    let f = uniFlags(c);
    if (f & U_UPPER) k = 0;
    else if (f & U_LOWER) k = 1;
    else { store<u32>(MAP, c); return 1; }
  } else k = <u32>mode;
  if (k == 0 && c == 0x3a3) { store<u32>(MAP, lowerSigma(s, i)); return 1; }
  return uniCaseMap(c, k, MAP);
}

function caseImpl(self: Val, nargs: i32, kw: Val, mode: i32, name: string): Val {
  if (!argsCheck(name, nargs, kw, 0, 0)) return 0;
  let n = strLen(self);
  if (strIsAscii(self)) {
    // ASCII stays ASCII and keeps its length: one pass
    let r = strAlloc(n, 127);
    if (r == 0 || n == 0) return r;
    let p = strData(self), d = strData(r);
    let prev = false;
    for (let i = 0; i < n; i++) {
      let c = <u32>load<u8>(p + <usize>i);
      let up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122;
      let toUp: bool;
      if (mode == 0 || mode == 3) toUp = false;
      else if (mode == 1) toUp = true;
      else if (mode == 4) toUp = i == 0;
      else if (mode == 5) toUp = !prev;
      else toUp = lo;
      if (toUp && lo) c -= 32; else if (!toUp && up) c += 32;
      prev = up || lo;
      store<u8>(d + <usize>i, <u8>c);
    }
    return r;
  }
  // general case: size and largest character first, then write
  let len = 0;
  let maxc: u32 = 0;
  let prev = false;
  for (let i = 0; i < n; i++) {
    let c = strGet(self, i);
    let m = mapAt(self, i, c, mode, prev);
    for (let j = 0; j < m; j++) { let x = load<u32>(MAP + (<usize>j << 2)); if (x > maxc) maxc = x; }
    len += m;
    prev = (uniFlags(c) & U_CASED) != 0;
  }
  let r = strAlloc(len, maxc);
  if (r == 0) return 0;
  let o = 0;
  prev = false;
  for (let i = 0; i < n; i++) {
    let c = strGet(self, i);
    let m = mapAt(self, i, c, mode, prev);
    for (let j = 0; j < m; j++) { strPut(r, o, load<u32>(MAP + (<usize>j << 2))); o++; }
    prev = (uniFlags(c) & U_CASED) != 0;
  }
  return r;
}
function m_lower(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 0, "str.lower"); }
function m_upper(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 1, "str.upper"); }
function m_casefold(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 3, "str.casefold"); }
function m_capitalize(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 4, "str.capitalize"); }
function m_title(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 5, "str.title"); }
function m_swapcase(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 6, "str.swapcase"); }
// }====

// {==== predicates

/** Every character has one of the flags in mask (an empty string is false). */
function allFlags(self: Val, nargs: i32, kw: Val, mask: u32, name: string): Val {
  if (!argsCheck(name, nargs, kw, 0, 0)) return 0;
  let n = strLen(self);
  if (n == 0) return boolVal(false);
  for (let i = 0; i < n; i++) if (!(uniFlags(strGet(self, i)) & mask)) return boolVal(false);
  return boolVal(true);
}
function m_isalpha(self: Val, args: usize, nargs: i32, kw: Val): Val { return allFlags(self, nargs, kw, U_ALPHA, "str.isalpha"); }
function m_isdecimal(self: Val, args: usize, nargs: i32, kw: Val): Val { return allFlags(self, nargs, kw, U_DECIMAL, "str.isdecimal"); }
function m_isdigit(self: Val, args: usize, nargs: i32, kw: Val): Val { return allFlags(self, nargs, kw, U_DIGIT, "str.isdigit"); }
function m_isnumeric(self: Val, args: usize, nargs: i32, kw: Val): Val { return allFlags(self, nargs, kw, U_NUMERIC, "str.isnumeric"); }
function m_isalnum(self: Val, args: usize, nargs: i32, kw: Val): Val {
  return allFlags(self, nargs, kw, U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC, "str.isalnum");
}

function m_isspace(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.isspace", nargs, kw, 0, 0)) return 0;
  let n = strLen(self);
  if (n == 0) return boolVal(false);
  for (let i = 0; i < n; i++) if (!isSpaceU(strGet(self, i))) return boolVal(false);
  return boolVal(true);
}

/** isupper (0), islower (1), istitle (2): CPython's cased-character rules. */
function caseTest(self: Val, nargs: i32, kw: Val, mode: i32, name: string): Val {
  if (!argsCheck(name, nargs, kw, 0, 0)) return 0;
  let n = strLen(self);
  let cased = false, prev = false;
  for (let i = 0; i < n; i++) {
    let f = uniFlags(strGet(self, i));
    let up = (f & U_UPPER) != 0, lo = (f & U_LOWER) != 0, ti = (f & U_TITLE) != 0;
    if (mode == 0) { if (lo || ti) return boolVal(false); if (up) cased = true; }
    else if (mode == 1) { if (up || ti) return boolVal(false); if (lo) cased = true; }
    else {
      if (up || ti) { if (prev) return boolVal(false); prev = true; cased = true; }
      else if (lo) { if (!prev) return boolVal(false); prev = true; cased = true; }
      else prev = false;
    }
  }
  return boolVal(cased);
}
function m_isupper(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseTest(self, nargs, kw, 0, "str.isupper"); }
function m_islower(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseTest(self, nargs, kw, 1, "str.islower"); }
function m_istitle(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseTest(self, nargs, kw, 2, "str.istitle"); }

function m_isidentifier(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.isidentifier", nargs, kw, 0, 0)) return 0;
  let n = strLen(self);
  if (n == 0 || !(uniFlags(strGet(self, 0)) & U_XID_START)) return boolVal(false);
  for (let i = 1; i < n; i++) if (!(uniFlags(strGet(self, i)) & U_XID_CONT)) return boolVal(false);
  return boolVal(true);
}

function m_isprintable(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.isprintable", nargs, kw, 0, 0)) return 0;
  let n = strLen(self);
  for (let i = 0; i < n; i++) if (!isPrintable(strGet(self, i))) return boolVal(false);
  return boolVal(true);
}

function m_isascii(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.isascii", nargs, kw, 0, 0)) return 0;
  return boolVal(strIsAscii(self));
}
// }====

// {==== padding and tabs

/** self placed at left in a string of width filled with fill. */
function padded(self: Val, width: i32, left: i32, fill: u32): Val {
  let n = strLen(self);
  let m = strMaxChar(self, 0, n);
  let r = strAlloc(width, fill > m ? fill : m);
  if (r == 0) return 0;
  for (let i = 0; i < left; i++) strPut(r, i, fill);
  for (let i = 0; i < n; i++) strPut(r, left + i, strGet(self, i));
  for (let i = left + n; i < width; i++) strPut(r, i, fill);
  return r;
}

/** center (0), ljust (1), rjust (2). */
function justImpl(self: Val, args: usize, nargs: i32, kw: Val, mode: i32): Val {
  let fname = mode == 0 ? "center" : mode == 1 ? "ljust" : "rjust";
  if (!checkPos(fname, mode == 0 ? "str.center" : mode == 1 ? "str.ljust" : "str.rjust", nargs, kw, 1, 2)) return 0;
  let w = intArg(load<u32>(args), 0);
  if (w == i64.MIN_VALUE) return 0;
  let fill: u32 = 32;
  if (nargs > 1) {
    let f = load<u32>(args, 4);
    if (!isStr(f)) { raiseFmt(E.TypeError, "The fill character must be a unicode character, not %s", typeName(typeOf(f))); return 0; }
    if (strLen(f) != 1) { raiseMsg(E.TypeError, "The fill character must be exactly one character long"); return 0; }
    fill = strGet(f, 0);
  }
  let n = strLen(self);
  if (w <= <i64>n) return strSub(self, 0, n);
  let width = clampI32(w);
  let marg = width - n;
  let left = mode == 0 ? (marg >> 1) + (marg & width & 1) : mode == 1 ? 0 : marg;
  return padded(self, width, left, fill);
}
function m_center(self: Val, args: usize, nargs: i32, kw: Val): Val { return justImpl(self, args, nargs, kw, 0); }
function m_ljust(self: Val, args: usize, nargs: i32, kw: Val): Val { return justImpl(self, args, nargs, kw, 1); }
function m_rjust(self: Val, args: usize, nargs: i32, kw: Val): Val { return justImpl(self, args, nargs, kw, 2); }

function m_zfill(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.zfill", nargs, kw, 1, 1)) return 0;
  let w = intArg(load<u32>(args), 0);
  if (w == i64.MIN_VALUE) return 0;
  let n = strLen(self);
  if (w <= <i64>n) return strSub(self, 0, n);
  let width = clampI32(w);
  let r = padded(self, width, width - n, 48);
  if (r != 0 && n > 0) {
    let c = strGet(r, width - n);
    if (c == 43 || c == 45) { strPut(r, 0, c); strPut(r, width - n, 48); }
  }
  return r;
}

const OUT: usize = memory.data(8);

function m_expandtabs(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("expandtabs", args, nargs, kw, "tabsize", OUT)) return 0;
  let ts = intArg(load<u32>(OUT), 8);
  if (ts == i64.MIN_VALUE) return 0;
  let tab = clampI32(ts);
  let n = strLen(self);
  let size: i64 = 0, col: i64 = 0;
  for (let i = 0; i < n; i++) {
    let c = strGet(self, i);
    if (c == 9) { if (tab > 0) { let inc = <i64>tab - col % <i64>tab; col += inc; size += inc; } }
    else { size++; col++; if (c == 10 || c == 13) col = 0; }
  }
  if (size > 0x3fffffff) { raiseMsg(E.OverflowError, "new string is too long"); return 0; }
  let r = strAlloc(<i32>size, strMaxChar(self, 0, n));
  if (r == 0) return 0;
  let o = 0;
  col = 0;
  for (let i = 0; i < n; i++) {
    let c = strGet(self, i);
    if (c == 9) {
      if (tab > 0) { let inc = <i32>(<i64>tab - col % <i64>tab); col += <i64>inc; for (let j = 0; j < inc; j++) { strPut(r, o, 32); o++; } }
    } else { strPut(r, o, c); o++; col++; if (c == 10 || c == 13) col = 0; }
  }
  return r;
}
// }====

// {==== translate, maketrans, encode

function m_translate(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.translate", nargs, kw, 1, 1)) return 0;
  let table = load<u32>(args);
  let n = strLen(self);
  let sb = sbNew(<u32>n);
  if (sb == 0) return 0;
  for (let i = 0; i < n; i++) {
    let c = strGet(self, i);
    let v = objGetItem(table, mkSmall(<i32>c));
    if (v == 0) {
      if (excMatches(excType(E.LookupError))) { clearExc(); sbChar(sb, c); continue; }
      sbFree(sb);
      return 0;
    }
    if (v == noneVal()) continue;
    let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
    if (k == Kind.INT || k == Kind.BOOL) {
      let ovf = memory.data(4);
      let x = k == Kind.BOOL ? <i64>load<i32>(v, 8) : intAsI64(v, ovf);
      let big = k == Kind.INT && !isSmall(v) && load<u32>(ovf) != 0;
      decref(v);
      if (big || x < 0 || x > 0x10ffff) { sbFree(sb); raiseMsg(E.ValueError, "character mapping must be in range(0x110000)"); return 0; }
      sbChar(sb, <u32>x);
    } else if (k == Kind.STR) {
      sbStr(sb, v);
      decref(v);
    } else {
      decref(v);
      sbFree(sb);
      raiseMsg(E.TypeError, "character mapping must return integer, None or str");
      return 0;
    }
  }
  return sbFinish(sb);
}

function m_maketrans(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkPos("maketrans", "str.maketrans", nargs, kw, 1, 3)) return 0;
  let x = load<u32>(args);
  let d = dictNew();
  if (d == 0) return 0;
  if (nargs == 1) {
    if (isSmall(x) || typeKind(typeOf(x)) != Kind.DICT) {
      decref(d);
      raiseMsg(E.TypeError, "if you give only one argument to maketrans it must be a dict");
      return 0;
    }
    for (let pos = dictNextAt(x, 0); pos >= 0; pos = dictNextAt(x, pos + 1)) {
      let key = dictEntryKey(x, pos), val = dictEntryValue(x, pos);
      let kk = isSmall(key) ? Kind.INT : typeKind(typeOf(key));
      let ok: bool;
      if (kk == Kind.STR) {
        if (strLen(key) != 1) { decref(d); raiseMsg(E.ValueError, "string keys in translate table must be of length 1"); return 0; }
        ok = dictSetItem(d, mkSmall(<i32>strGet(key, 0)), val);
      } else if (kk == Kind.INT || kk == Kind.BOOL) {
        ok = dictSetItem(d, key, val);
      } else { decref(d); raiseMsg(E.TypeError, "keys in translate table must be strings or integers"); return 0; }
      if (!ok) { decref(d); return 0; }
    }
    return d;
  }
  let y = load<u32>(args, 4);
  if (!isStr(x)) { decref(d); raiseMsg(E.TypeError, "first maketrans argument must be a string if there is a second argument"); return 0; }
  if (!isStr(y)) { decref(d); raiseFmt(E.TypeError, "maketrans() argument 2 must be str, not %s", typeName(typeOf(y))); return 0; }
  let z: Val = nargs > 2 ? load<u32>(args, 8) : 0;
  if (z != 0 && !isStr(z)) { decref(d); raiseFmt(E.TypeError, "maketrans() argument 3 must be str, not %s", typeName(typeOf(z))); return 0; }
  if (strLen(x) != strLen(y)) { decref(d); raiseMsg(E.ValueError, "the first two maketrans arguments must have equal length"); return 0; }
  for (let i = 0; i < strLen(x); i++) {
    if (!dictSetItem(d, mkSmall(<i32>strGet(x, i)), mkSmall(<i32>strGet(y, i)))) { decref(d); return 0; }
  }
  if (z != 0) for (let i = 0; i < strLen(z); i++) {
    if (!dictSetItem(d, mkSmall(<i32>strGet(z, i)), noneVal())) { decref(d); return 0; }
  }
  return d;
}

function m_encode(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("encode", args, nargs, kw, "encoding,errors", OUT)) return 0;
  let errors = load<u32>(OUT, 4);
  let e = codecArgs("encode", load<u32>(OUT), errors);
  if (e == -2) return 0;
  return encodeStr(self, e, errors);
}
// }====

function add(name: string, fn: NativeFn): bool { return addMethod(T_STR, name, fn); }

/** Register the part-2 methods of str (called by strMethodsInit). */
export function strMethods2Init(): bool {
  return add("lower", m_lower) && add("upper", m_upper) && add("casefold", m_casefold)
    && add("capitalize", m_capitalize) && add("title", m_title) && add("swapcase", m_swapcase)
    && add("isalpha", m_isalpha) && add("isdecimal", m_isdecimal) && add("isdigit", m_isdigit)
    && add("isnumeric", m_isnumeric) && add("isalnum", m_isalnum) && add("isspace", m_isspace)
    && add("isupper", m_isupper) && add("islower", m_islower) && add("istitle", m_istitle)
    && add("isidentifier", m_isidentifier) && add("isprintable", m_isprintable) && add("isascii", m_isascii)
    && add("center", m_center) && add("ljust", m_ljust) && add("rjust", m_rjust) && add("zfill", m_zfill)
    && add("expandtabs", m_expandtabs) && add("translate", m_translate) && add("encode", m_encode)
    && addStaticMethod(T_STR, "maketrans", m_maketrans);
}
