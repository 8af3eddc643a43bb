// Formatting: format(v, spec) dispatch (objFormat), str's own format spec, str.format (PEP 3101
// fields: auto/manual numbering, .attr and [index], !r !s !a, nested specs), printf-style str % args
// (strMod) and ascii(). Messages are CPython 3.11's.
//
// The format-spec mini-language of int, float and str itself is obj/format.ts (formatInt,
// formatFloat, formatStr); this file dispatches to it and to __format__.
//
// Output goes through a StrBuf (UTF-32 until the end): the result's size is not known up front.

import { Val, isSmall, mkSmall, smallValue, incref, decref } from "./object";
import { T_STR, T_TUPLE, T_BOOL, typeOf, typeKind, typeName, isHeapType, typeSpecial } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { strLen, strGet, strEmpty, strSubstring, strFromChar } from "./str";
import { sbNew, sbChar, sbStr, sbStrRange, sbAS, sbFinish, sbFree, sbLen } from "./strbuf";
import { tupleSize, tupleItem } from "./tuple";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending, excMatches, clearExc } from "../vm/errors";
import { objRepr, objStr } from "../vm/ops";
import { objGetItem, indexValue, indexOk } from "../vm/ops_seq";
import { objGetAttr } from "../vm/ops_attr";
import { callWithSelf } from "../vm/call";
import { strEscapeNonAscii, strReprAscii } from "./strrepr";
import { argsCheck } from "./textops";

// {==== format(v, spec)

import { formatInt, formatFloat, formatStr } from "./format";

/** format(v, spec): __format__ of a class, else the builtin formatter of v's kind. spec is a str. */
export function objFormat(v: Val, spec: Val): Val {
  let t = typeOf(v);
  if (!isSmall(v) && isHeapType(t)) {
    let m = typeSpecial(t, Id.D_format);
    if (m != 0) {
      let argbuf = memory.data(4);
      store<u32>(argbuf, spec);
      let r = callWithSelf(m, v, argbuf, 1, 0);
      if (r == 0) return 0;
      if (isSmall(r) || typeKind(typeOf(r)) != Kind.STR) {
        raiseFmt(E.TypeError, "__format__ must return a str, not %s", typeName(typeOf(r)));
        decref(r);
        return 0;
      }
      return r;
    }
  }
  let k = isSmall(v) ? Kind.INT : typeKind(t);
  switch (k) {
    case Kind.STR: return formatStr(v, spec);
    case Kind.INT: return strLen(spec) == 0 ? objStr(v) : formatInt(v, spec);
    case Kind.BOOL: return strLen(spec) == 0 ? objStr(v) : formatInt(mkSmall(load<i32>(v, 8)), spec);
    case Kind.FLOAT: return strLen(spec) == 0 ? objStr(v) : formatFloat(v, spec);
  }
  if (strLen(spec) != 0) {
    raiseFmt(E.TypeError, "unsupported format string passed to %s.__format__", typeName(t));
    return 0;
  }
  return objStr(v);
}

/** str.__format__(spec). */
export function strFormatDunder(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.__format__", nargs, kw, 1, 1)) return 0;
  let spec = load<u32>(args);
  if (isSmall(spec) || typeKind(typeOf(spec)) != Kind.STR) {
    raiseFmt(E.TypeError, "__format__() argument must be str, not %s", typeName(typeOf(spec)));
    return 0;
  }
  return formatStr(self, spec);
}

/** ascii(v): repr(v) with its non-ASCII characters escaped. */
export function strAscii(v: Val): Val {
  if (!isSmall(v) && typeOf(v) == T_STR) return strReprAscii(v);
  let r = objRepr(v);
  if (r == 0) return 0;
  let a = strEscapeNonAscii(r);
  decref(r);
  return a;
}
// }====

// {==== str.format

// Field state shared by a format call and its nested specs.
let fmtArgs: usize = 0;
let fmtNargs: i32 = 0;
let fmtKw: Val = 0;
let fmtMap: Val = 0;         // format_map's mapping (0 for format)
let autoState: i32 = 0;      // 0 unknown, 1 automatic numbering, 2 manual
let autoNext: i32 = 0;

/** The value of keyword argument `name` (s[a:b]) of the current call, borrowed; 0 if absent. */
function kwValue(s: Val, a: i32, b: i32): Val {
  if (fmtKw == 0) return 0;
  let n = tupleSize(fmtKw);
  for (let i = 0; i < n; i++) {
    let k = tupleItem(fmtKw, i);
    if (strLen(k) != b - a) continue;
    let j = 0;
    while (j < b - a && strGet(k, j) == strGet(s, a + j)) j++;
    if (j == b - a) return load<u32>(fmtArgs + (<usize>(fmtNargs + i) << 2));
  }
  return 0;
}

/** s[a:b] as a decimal integer, or -1 if it is not all digits (or empty). */
function decimalAt(s: Val, a: i32, b: i32): i64 {
  if (a >= b) return -1;
  let v: i64 = 0;
  for (let i = a; i < b; i++) {
    let c = strGet(s, i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + <i64>(c - 48);
    if (v > 0x7fffffff) v = 0x7fffffff;
  }
  return v;
}

function raiseKeyErrorStr(s: Val, a: i32, b: i32): void {
  let key = strSubstring(s, a, b);
  if (key == 0) return;
  raiseKeyError(key);
  decref(key);
}
import { raiseKeyError } from "../vm/ops_seq";

/** The object named by the field name s[a:b] (first part, then .attr and [key] parts): a new reference. */
function fieldObject(s: Val, a: i32, b: i32): Val {
  let i = a;
  while (i < b) { let c = strGet(s, i); if (c == 46 || c == 91) break; i++; }
  let obj: Val;
  let idx = decimalAt(s, a, i);
  if (a == i) {
    if (autoState == 2) { raiseMsg(E.ValueError, "cannot switch from manual field specification to automatic field numbering"); return 0; }
    autoState = 1;
    idx = autoNext++;
  } else if (idx >= 0) {
    if (autoState == 1) { raiseMsg(E.ValueError, "cannot switch from automatic field numbering to manual field specification"); return 0; }
    autoState = 2;
  }
  if (idx >= 0 && fmtMap != 0) { raiseMsg(E.ValueError, "Format string contains positional fields"); return 0; }
  if (fmtMap != 0) {
    let key = strSubstring(s, a, i);
    if (key == 0) return 0;
    obj = objGetItem(fmtMap, key);
    decref(key);
    if (obj == 0) return 0;
  } else if (idx >= 0) {
    if (idx >= <i64>fmtNargs) { raiseFmt(E.IndexError, "Replacement index %d out of range for positional args tuple", mkSmall(<i32>idx)); return 0; }
    obj = load<u32>(fmtArgs + (<usize>idx << 2));
    incref(obj);
  } else {
    obj = kwValue(s, a, i);
    if (obj == 0) { raiseKeyErrorStr(s, a, i); return 0; }
    incref(obj);
  }
  // .name and [key] parts
  while (i < b) {
    let c = strGet(s, i);
    let next: Val;
    if (c == 46) {
      let j = i + 1;
      while (j < b) { let d = strGet(s, j); if (d == 46 || d == 91) break; j++; }
      if (j == i + 1) { decref(obj); raiseMsg(E.ValueError, "Empty attribute in format string"); return 0; }
      let name = strSubstring(s, i + 1, j);
      if (name == 0) { decref(obj); return 0; }
      next = objGetAttr(obj, name);
      decref(name);
      i = j;
    } else if (c == 91) {
      let j = i + 1;
      while (j < b && strGet(s, j) != 93) j++;
      if (j >= b) { decref(obj); raiseMsg(E.ValueError, "Missing ']' in format string"); return 0; }
      if (j == i + 1) { decref(obj); raiseMsg(E.ValueError, "Empty attribute in format string"); return 0; }
      let k = decimalAt(s, i + 1, j);
      let key = k >= 0 ? mkSmall(<i32>k) : strSubstring(s, i + 1, j);
      if (key == 0) { decref(obj); return 0; }
      next = objGetItem(obj, key);
      decref(key);
      i = j + 1;
      if (i < b) { let d = strGet(s, i); if (d != 46 && d != 91) { decref(obj); xdec(next); raiseMsg(E.ValueError, "Only '.' or '[' may follow ']' in format field specifier"); return 0; } }
    } else {
      decref(obj);
      raiseMsg(E.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      return 0;
    }
    decref(obj);
    if (next == 0) return 0;
    obj = next;
  }
  return obj;
}

function xdec(v: Val): void { if (v != 0) decref(v); }

/** Render s[start:end] (a whole format string or a nested spec) into sb; false on error. */
function renderFormat(sb: usize, s: Val, start: i32, end: i32, depth: i32): bool {
  if (depth <= 0) { raiseMsg(E.ValueError, "Max string recursion exceeded"); return false; }
  let pos = start;
  while (pos < end) {
    // literal text up to a brace
    let litStart = pos;
    let c: u32 = 0;
    while (pos < end) { c = strGet(s, pos); if (c == 123 || c == 125) break; pos++; }
    sbStrRange(sb, s, litStart, pos);
    if (pos >= end) break;
    pos++;
    if (c == 125) {
      if (pos < end && strGet(s, pos) == 125) { sbChar(sb, 125); pos++; continue; }
      raiseMsg(E.ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (pos >= end) { raiseMsg(E.ValueError, "Single '{' encountered in format string"); return false; }
    if (strGet(s, pos) == 123) { sbChar(sb, 123); pos++; continue; }
    // a field: name [!conversion] [:spec] }
    let nameStart = pos;
    c = 0;
    while (pos < end) {
      c = strGet(s, pos++);
      if (c == 123) { raiseMsg(E.ValueError, "unexpected '{' in field name"); return false; }
      if (c == 91) { while (pos < end && strGet(s, pos) != 93) pos++; continue; }
      if (c == 125 || c == 58 || c == 33) break;
    }
    let nameEnd = pos - 1;
    let conv: u32 = 0;
    let specStart = pos, specEnd = pos;
    let nested = false;
    if (c == 33 || c == 58) {
      if (c == 33) {
        if (pos >= end) { raiseMsg(E.ValueError, "end of string while looking for conversion specifier"); return false; }
        conv = strGet(s, pos++);
        if (pos < end) {
          let d = strGet(s, pos++);
          if (d == 125) { specStart = pos; specEnd = pos; c = 125; }
          else if (d != 58) { raiseMsg(E.ValueError, "expected ':' after conversion specifier"); return false; }
        }
      }
      if (c != 125 || conv == 0) {
        specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          let d = strGet(s, pos++);
          if (d == 123) { nested = true; count++; }
          else if (d == 125) { count--; if (count == 0) { specEnd = pos - 1; closed = true; break; } }
        }
        if (!closed) { raiseMsg(E.ValueError, "unmatched '{' in format spec"); return false; }
      }
    } else if (c != 125) {
      raiseMsg(E.ValueError, "expected '}' before end of string");
      return false;
    }
    if (!renderField(sb, s, nameStart, nameEnd, conv, specStart, specEnd, nested, depth)) return false;
  }
  return true;
}

function renderField(sb: usize, s: Val, a: i32, b: i32, conv: u32, sa: i32, se: i32, nested: bool, depth: i32): bool {
  let obj = fieldObject(s, a, b);
  if (obj == 0) return false;
  if (conv != 0) {
    let r: Val;
    if (conv == 114) r = objRepr(obj);
    else if (conv == 115) r = objStr(obj);
    else if (conv == 97) r = strAscii(obj);
    else {
      decref(obj);
      if (conv > 32 && conv < 127) raiseFmt(E.ValueError, "Unknown conversion specifier %s", strFromChar(conv));
      else raiseFmt(E.ValueError, "Unknown conversion specifier \\x%s", strFromChar(conv));
      return false;
    }
    decref(obj);
    if (r == 0) return false;
    obj = r;
  }
  let spec: Val;
  if (nested) {
    let inner = sbNew(<u32>(se - sa + 8));
    if (inner == 0) { decref(obj); return false; }
    if (!renderFormat(inner, s, sa, se, depth - 1)) { sbFree(inner); decref(obj); return false; }
    spec = sbFinish(inner);
  } else spec = strSubstring(s, sa, se);
  if (spec == 0) { decref(obj); return false; }
  let out: Val;
  if (strLen(spec) == 0 && !isSmall(obj) && typeOf(obj) == T_STR) { out = obj; incref(out); }
  else out = objFormat(obj, spec);
  decref(spec);
  decref(obj);
  if (out == 0) return false;
  sbStr(sb, out);
  decref(out);
  return true;
}

/** str.format(*args, **kwargs). */
export function strFormatMethod(self: Val, args: usize, nargs: i32, kw: Val): Val {
  return formatWith(self, args, nargs, kw, 0);
}

/** str.format_map(mapping): fields name keys of the mapping (positional fields are an error). */
export function strFormatMapMethod(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.format_map", nargs, kw, 1, 1)) return 0;
  return formatWith(self, 0, 0, 0, load<u32>(args));
}

function formatWith(self: Val, args: usize, nargs: i32, kw: Val, map: Val): Val {
  // save the state of an enclosing format call (a __format__ may call str.format)
  let sArgs = fmtArgs, sN = fmtNargs, sKw = fmtKw, sMap = fmtMap, sAuto = autoState, sNext = autoNext;
  fmtArgs = args; fmtNargs = nargs; fmtKw = kw; fmtMap = map; autoState = 0; autoNext = 0;
  let sb = sbNew(<u32>strLen(self) + 16);
  let r: Val = 0;
  if (sb != 0) {
    if (renderFormat(sb, self, 0, strLen(self), 2)) r = sbFinish(sb);
    else sbFree(sb);
  }
  fmtArgs = sArgs; fmtNargs = sN; fmtKw = sKw; fmtMap = sMap; autoState = sAuto; autoNext = sNext;
  return r;
}
// }====

export { strMod } from "./strmod";
