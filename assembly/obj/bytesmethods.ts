// The Python methods of bytes and bytearray (one table of natives serves both: results take the
// base kind of self, bytes or bytearray, as CPython's do), and the bytes()/bytearray() constructors.
// Searching, splitting and stripping are obj/textops.ts; codecs are obj/codecs.ts.

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_BYTES, T_BYTEARRAY, T_STR, T_TUPLE, typeOf, typeKind, typeName, isHeapType, typeSpecial } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { strAlloc, strPut, strLen, strGet, strEqAS } from "./str";
import { tupleSize, tupleItem } from "./tuple";
import { listNew, listSize, listItem, listAppend, listItems } from "./list";
import { noneVal, boolVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { objGetIter, iterNext, sequenceToList, indexValue, indexOk } from "../vm/ops_seq";
import { callObject, callWithSelf } from "../vm/call";
import { addMethod, addClassMethod, addStaticMethod } from "./typeinit";
import { NativeFn } from "./builtin";
import { isBytesLike, isByteArray, bytesLen, bytesData, bytesAlloc, bytesAllocOfType, bytesNew, bytearrayNew,
         bytearrayNewOfType, bytesLikeNew, bytearrayResize, bytesFromIterable, byteValue, hexDigit, bytesEmpty } from "./bytes";
import { SubFn, tGet, isSpaceB, adjustIndices, adjStart, adjEnd, textFind, textCount, textTailMatch,
         textSplitWhitespace, textSplitSep, textSplitLines, textStrip, parseArgs, checkTuple, sliceArg, intArg,
         clampI32, raiseNamed, argsCheck, argsCountError } from "./textops";
import { encodingOf, raiseUnknownEncoding, decodeBytes, encodeStr, Enc } from "./codecs";

// {==== helpers

/** self[a:b] as the base kind of self (exact bytes shares itself when whole). */
function bsub(self: Val, a: i32, b: i32): Val {
  if (a == 0 && b == bytesLen(self) && typeOf(self) == T_BYTES) { incref(self); return self; }
  return bytesLikeNew(self, bytesData(self) + <usize>a, b - a);
}

/** CPython's "a bytes-like object is required, not 'X'". */
function needBytes(v: Val): Val { raiseFmt(E.TypeError, "a bytes-like object is required, not '%s'", typeName(typeOf(v))); return 0; }

const ONE: usize = memory.data(4);
/** The needle of find()/count()/index(): a bytes-like or an int 0..255 (written to ONE). Length, or -1. */
function needle(v: Val, fname: string): i32 {
  if (isBytesLike(v)) return -2;   // caller reads the object
  let x = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "argument should be integer or bytes-like object, not '%s'", typeName(typeOf(v)));
    return -1;
  }
  if (x < 0 || x > 255) { raiseMsg(E.ValueError, "byte must be in range(0, 256)"); return -1; }
  store<u8>(ONE, <u8>x);
  return 1;
}

// }====

// {==== find family

/** find/rfind/index/rindex (mode 0..3) and count (mode 4). */
function findImpl(self: Val, args: usize, nargs: i32, kw: Val, fname: string, mode: i32): Val {
  if (!checkTuple(fname, isByteArray(self) ? "bytearray.find" : "bytes.find", nargs, kw, 1, 3)) return 0;
  let sub = load<u32>(args);
  let np: usize, nn: i32;
  let r = needle(sub, fname);
  if (r == -1) return 0;
  if (r == -2) { np = bytesData(sub); nn = bytesLen(sub); } else { np = ONE; nn = 1; }
  let s = sliceArg(nargs > 1 ? load<u32>(args, 4) : 0, 0);
  if (s == i64.MIN_VALUE) return 0;
  let e = sliceArg(nargs > 2 ? load<u32>(args, 8) : 0, i64.MAX_VALUE);
  if (e == i64.MIN_VALUE) return 0;
  let n = bytesLen(self);
  let adj = adjustIndices(s, e, n);
  let p = bytesData(self);
  if (mode == 4) return mkSmall(textCount(p, 1, adjStart(adj), adjEnd(adj), np, 1, nn, 0x7fffffff));
  let pos = textFind(p, 1, adjStart(adj), adjEnd(adj), np, 1, nn, mode == 1 || mode == 3);
  if (pos < 0 && mode >= 2) { raiseMsg(E.ValueError, "subsection not found"); return 0; }
  return mkSmall(pos);
}
function m_find(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "find", 0); }
function m_rfind(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "rfind", 1); }
function m_index(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "index", 2); }
function m_rindex(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "rindex", 3); }
function m_count(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "count", 4); }

function tailImpl(self: Val, args: usize, nargs: i32, kw: Val, fname: string, rev: bool): Val {
  if (!checkTuple(fname, rev ? "bytes.endswith" : "bytes.startswith", nargs, kw, 1, 3)) return 0;
  let s = sliceArg(nargs > 1 ? load<u32>(args, 4) : 0, 0);
  if (s == i64.MIN_VALUE) return 0;
  let e = sliceArg(nargs > 2 ? load<u32>(args, 8) : 0, i64.MAX_VALUE);
  if (e == i64.MIN_VALUE) return 0;
  let adj = adjustIndices(s, e, bytesLen(self));
  let x = load<u32>(args);
  let p = bytesData(self);
  if (!isSmall(x) && typeKind(typeOf(x)) == Kind.TUPLE) {
    for (let i = 0; i < tupleSize(x); i++) {
      let it = tupleItem(x, i);
      if (!isBytesLike(it)) return needBytes(it);
      if (textTailMatch(p, 1, adjStart(adj), adjEnd(adj), bytesData(it), 1, bytesLen(it), rev)) return boolVal(true);
    }
    return boolVal(false);
  }
  if (!isBytesLike(x)) {
    raiseFmt(E.TypeError, rev ? "endswith first arg must be bytes or a tuple of bytes, not %s" : "startswith first arg must be bytes or a tuple of bytes, not %s", typeName(typeOf(x)));
    return 0;
  }
  return boolVal(textTailMatch(p, 1, adjStart(adj), adjEnd(adj), bytesData(x), 1, bytesLen(x), rev));
}
function m_startswith(self: Val, args: usize, nargs: i32, kw: Val): Val { return tailImpl(self, args, nargs, kw, "startswith", false); }
function m_endswith(self: Val, args: usize, nargs: i32, kw: Val): Val { return tailImpl(self, args, nargs, kw, "endswith", true); }
// }====

// {==== split, strip, partition, replace, join

const OUT: usize = memory.data(16);

function splitImpl(self: Val, args: usize, nargs: i32, kw: Val, rev: bool): Val {
  if (!parseArgs(rev ? "rsplit" : "split", args, nargs, kw, "sep,maxsplit", OUT)) return 0;
  let sep = load<u32>(OUT), ms = load<u32>(OUT, 4);
  let maxsplit = intArg(ms, -1);
  if (maxsplit == i64.MIN_VALUE) return 0;
  let n = bytesLen(self);
  if (sep == 0 || sep == noneVal()) return textSplitWhitespace(self, bytesData(self), 1, n, clampI32(maxsplit), true, rev, bsub);
  if (!isBytesLike(sep)) return needBytes(sep);
  if (bytesLen(sep) == 0) { raiseMsg(E.ValueError, "empty separator"); return 0; }
  return textSplitSep(self, bytesData(self), 1, n, bytesData(sep), 1, bytesLen(sep), clampI32(maxsplit), rev, bsub);
}
function m_split(self: Val, args: usize, nargs: i32, kw: Val): Val { return splitImpl(self, args, nargs, kw, false); }
function m_rsplit(self: Val, args: usize, nargs: i32, kw: Val): Val { return splitImpl(self, args, nargs, kw, true); }

function m_splitlines(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("splitlines", args, nargs, kw, "keepends", OUT)) return 0;
  let k = intArg(load<u32>(OUT), 0);
  if (k == i64.MIN_VALUE) return 0;
  return textSplitLines(self, bytesData(self), 1, bytesLen(self), k != 0, true, bsub);
}

function stripImpl(self: Val, args: usize, nargs: i32, kw: Val, which: i32, fname: string): Val {
  if (kw != 0 && tupleSize(kw) > 0) { raiseNamed(E.TypeError, "%s() takes no keyword arguments", (isByteArray(self) ? (which == 3 ? "bytearray.strip" : which == 1 ? "bytearray.lstrip" : "bytearray.rstrip") : (which == 3 ? "bytes.strip" : which == 1 ? "bytes.lstrip" : "bytes.rstrip"))); return 0; }
  if (nargs > 1) { argsCountError(fname, nargs, 0, 1); return 0; }
  let chars: Val = nargs == 1 ? load<u32>(args) : 0;
  let r: u64;
  if (chars == 0 || chars == noneVal()) r = textStrip(bytesData(self), 1, bytesLen(self), which, 0, 1, 0, true);
  else {
    if (!isBytesLike(chars)) return needBytes(chars);
    let cp = bytesData(chars);
    r = textStrip(bytesData(self), 1, bytesLen(self), which, cp == 0 ? ONE : cp, 1, bytesLen(chars), true);
  }
  return bsub(self, adjStart(r), adjEnd(r));
}
function m_strip(self: Val, args: usize, nargs: i32, kw: Val): Val { return stripImpl(self, args, nargs, kw, 3, "strip"); }
function m_lstrip(self: Val, args: usize, nargs: i32, kw: Val): Val { return stripImpl(self, args, nargs, kw, 1, "lstrip"); }
function m_rstrip(self: Val, args: usize, nargs: i32, kw: Val): Val { return stripImpl(self, args, nargs, kw, 2, "rstrip"); }


function partitionImpl(self: Val, args: usize, nargs: i32, kw: Val, rev: bool): Val {
  if (!argsCheck(isByteArray(self) ? (rev ? "bytearray.rpartition" : "bytearray.partition") : (rev ? "bytes.rpartition" : "bytes.partition"), nargs, kw, 1, 1)) return 0;
  let sep = load<u32>(args);
  if (!isBytesLike(sep)) return needBytes(sep);
  let sn = bytesLen(sep);
  if (sn == 0) { raiseMsg(E.ValueError, "empty separator"); return 0; }
  let n = bytesLen(self);
  let pos = textFind(bytesData(self), 1, 0, n, bytesData(sep), 1, sn, rev);
  let a: Val, b: Val, c: Val;
  if (pos < 0) {
    let empty = bsub(self, 0, 0);
    let whole = bsub(self, 0, n);
    let empty2 = bsub(self, 0, 0);
    if (rev) { a = empty; b = empty2; c = whole; } else { a = whole; b = empty; c = empty2; }
  } else {
    a = bsub(self, 0, pos);
    b = isByteArray(self) ? bytearrayNew(bytesData(sep), sn) : bsub(sep, 0, sn);
    c = bsub(self, pos + sn, n);
  }
  return pack3(a, b, c);
}
function m_partition(self: Val, args: usize, nargs: i32, kw: Val): Val { return partitionImpl(self, args, nargs, kw, false); }
function m_rpartition(self: Val, args: usize, nargs: i32, kw: Val): Val { return partitionImpl(self, args, nargs, kw, true); }

import { tupleNew, tupleSet } from "./tuple";
import { xdecref } from "./object";
/** A 3-tuple of new references (stolen); 0 if any is 0. */
export function pack3(a: Val, b: Val, c: Val): Val {
  if (a == 0 || b == 0 || c == 0) { xdecref(a); xdecref(b); xdecref(c); return 0; }
  let t = tupleNew(3);
  if (t == 0) { decref(a); decref(b); decref(c); return 0; }
  tupleSet(t, 0, a); tupleSet(t, 1, b); tupleSet(t, 2, c);
  return t;
}

function m_replace(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (kw != 0 && tupleSize(kw) > 0) { raiseNamed(E.TypeError, "%s() takes no keyword arguments", (isByteArray(self) ? "bytearray.replace" : "bytes.replace")); return 0; }
  if (nargs < 2 || nargs > 3) { argsCountError("replace", nargs, 2, 3); return 0; }
  let old = load<u32>(args), nw = load<u32>(args, 4);
  if (!isBytesLike(old)) return needBytes(old);
  if (!isBytesLike(nw)) return needBytes(nw);
  let cnt = intArg(nargs > 2 ? load<u32>(args, 8) : 0, -1);
  if (cnt == i64.MIN_VALUE) return 0;
  let maxc = cnt < 0 ? 0x7fffffff : clampI32(cnt);
  let n = bytesLen(self), on = bytesLen(old), nn = bytesLen(nw);
  let p = bytesData(self), op = bytesData(old), q = bytesData(nw);
  let k = on == 0 ? min(n + 1, maxc) : textCount(p, 1, 0, n, op, 1, on, maxc);
  if (k == 0) return bsub(self, 0, n);
  let total = <i64>n + <i64>k * (<i64>nn - <i64>on);
  if (total > 0x7ffffff0) { raiseMsg(E.OverflowError, "replace bytes is too long"); return 0; }
  let r = bytesLikeNew(self, 0, <i32>total);
  if (r == 0) return 0;
  let d = bytesData(r);
  let i = 0, o = 0;
  for (let j = 0; j < k; j++) {
    let pos = on == 0 ? i : textFind(p, 1, i, n, op, 1, on, false);
    memory.copy(d + <usize>o, p + <usize>i, <usize>(pos - i)); o += pos - i;
    memory.copy(d + <usize>o, q, <usize>nn); o += nn;
    if (on == 0) { if (pos < n) { store<u8>(d + <usize>o, load<u8>(p + <usize>pos)); o++; } i = pos + 1; }
    else i = pos + on;
  }
  if (i < n) memory.copy(d + <usize>o, p + <usize>i, <usize>(n - i));
  return r;
}

function m_join(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(isByteArray(self) ? "bytearray.join" : "bytes.join", nargs, kw, 1, 1)) return 0;
  let it = load<u32>(args);
  let t = isSmall(it) ? 0 : typeOf(it);
  let seq: Val;
  if (t != 0 && (typeKind(t) == Kind.LIST || t == T_TUPLE)) { seq = it; incref(seq); }
  else {
    let probe = objGetIter(it);
    if (probe == 0) { if (!excPending() || isNotIterable()) { clearTE(); raiseMsg(E.TypeError, "can only join an iterable"); } return 0; }
    decref(probe);
    seq = sequenceToList(it);
    if (seq == 0) return 0;
  }
  let isT = typeKind(typeOf(seq)) == Kind.TUPLE;
  let cnt = isT ? tupleSize(seq) : listSize(seq);
  let sn = bytesLen(self);
  let total: i64 = 0;
  for (let i = 0; i < cnt; i++) {
    let x = isT ? tupleItem(seq, i) : listItem(seq, i);
    if (!isBytesLike(x)) {
      raiseFmt(E.TypeError, "sequence item %d: expected a bytes-like object, %s found", mkSmall(i), typeName(typeOf(x)));
      decref(seq);
      return 0;
    }
    total += <i64>bytesLen(x) + (i > 0 ? <i64>sn : 0);
  }
  if (total > 0x7ffffff0) { decref(seq); raiseMsg(E.OverflowError, "join() result is too long"); return 0; }
  let r = bytesLikeNew(self, 0, <i32>total);
  if (r == 0) { decref(seq); return 0; }
  let d = bytesData(r);
  let o: usize = 0;
  for (let i = 0; i < cnt; i++) {
    let x = isT ? tupleItem(seq, i) : listItem(seq, i);
    if (i > 0) { memory.copy(d + o, bytesData(self), <usize>sn); o += <usize>sn; }
    memory.copy(d + o, bytesData(x), <usize>bytesLen(x)); o += <usize>bytesLen(x);
  }
  decref(seq);
  return r;
}

import { excMatches, clearExc } from "../vm/errors";
import { excType } from "./exc";
function isNotIterable(): bool { return excMatches(excType(E.TypeError)); }
function clearTE(): void { if (excPending()) clearExc(); }
// }====

// {==== case, predicates (ASCII only, as CPython's bytes)

// @ts-ignore: decorator
@inline function isLowerA(c: u32): bool { return c >= 97 && c <= 122; }
// @ts-ignore: decorator
@inline function isUpperA(c: u32): bool { return c >= 65 && c <= 90; }
// @ts-ignore: decorator
@inline function isDigitA(c: u32): bool { return c >= 48 && c <= 57; }

/** upper (0), lower (1), swapcase (2), capitalize (3), title (4). */
function caseImpl(self: Val, nargs: i32, kw: Val, mode: i32, name: string): Val {
  if (!argsCheck(name, nargs, kw, 0, 0)) return 0;
  let n = bytesLen(self);
  let r = bytesLikeNew(self, bytesData(self), n);
  if (r == 0) return 0;
  let p = bytesData(r);
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u8>(p + <usize>i);
    let up = isUpperA(c), lo = isLowerA(c);
    let toUp: bool;
    if (mode == 0) toUp = true;
    else if (mode == 1) toUp = false;
    else if (mode == 2) toUp = lo;
    else if (mode == 3) toUp = i == 0;
    else toUp = !prevCased;
    if (toUp && lo) c -= 32;
    else if (!toUp && up) c += 32;
    prevCased = up || lo;
    store<u8>(p + <usize>i, <u8>c);
  }
  return r;
}
function m_upper(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 0, isByteArray(self) ? "bytearray.upper" : "bytes.upper"); }
function m_lower(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 1, isByteArray(self) ? "bytearray.lower" : "bytes.lower"); }
function m_swapcase(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 2, isByteArray(self) ? "bytearray.swapcase" : "bytes.swapcase"); }
function m_capitalize(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 3, isByteArray(self) ? "bytearray.capitalize" : "bytes.capitalize"); }
function m_title(self: Val, args: usize, nargs: i32, kw: Val): Val { return caseImpl(self, nargs, kw, 4, isByteArray(self) ? "bytearray.title" : "bytes.title"); }

/** isalpha (0), isdigit (1), isalnum (2), isspace (3), isascii (4), isupper (5), islower (6), istitle (7). */
function predImpl(self: Val, nargs: i32, kw: Val, mode: i32, name: string): Val {
  if (!argsCheck(name, nargs, kw, 0, 0)) return 0;
  let n = bytesLen(self);
  let p = bytesData(self);
  if (mode == 4) { for (let i = 0; i < n; i++) if (load<u8>(p + <usize>i) >= 128) return boolVal(false); return boolVal(true); }
  if (n == 0) return boolVal(false);
  if (mode >= 5) {
    let cased = false, prevCased = false;
    for (let i = 0; i < n; i++) {
      let c = <u32>load<u8>(p + <usize>i);
      let up = isUpperA(c), lo = isLowerA(c);
      if (mode == 5) { if (lo) return boolVal(false); if (up) cased = true; }
      else if (mode == 6) { if (up) return boolVal(false); if (lo) cased = true; }
      else {
        if (up) { if (prevCased) return boolVal(false); prevCased = true; cased = true; }
        else if (lo) { if (!prevCased) return boolVal(false); prevCased = true; cased = true; }
        else prevCased = false;
      }
    }
    return boolVal(cased);
  }
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u8>(p + <usize>i);
    let ok = mode == 0 ? (isUpperA(c) || isLowerA(c)) : mode == 1 ? isDigitA(c)
      : mode == 2 ? (isUpperA(c) || isLowerA(c) || isDigitA(c)) : isSpaceB(c);
    if (!ok) return boolVal(false);
  }
  return boolVal(true);
}
function m_isalpha(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 0, isByteArray(self) ? "bytearray.isalpha" : "bytes.isalpha"); }
function m_isdigit(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 1, isByteArray(self) ? "bytearray.isdigit" : "bytes.isdigit"); }
function m_isalnum(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 2, isByteArray(self) ? "bytearray.isalnum" : "bytes.isalnum"); }
function m_isspace(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 3, isByteArray(self) ? "bytearray.isspace" : "bytes.isspace"); }
function m_isascii(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 4, isByteArray(self) ? "bytearray.isascii" : "bytes.isascii"); }
function m_isupper(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 5, isByteArray(self) ? "bytearray.isupper" : "bytes.isupper"); }
function m_islower(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 6, isByteArray(self) ? "bytearray.islower" : "bytes.islower"); }
function m_istitle(self: Val, args: usize, nargs: i32, kw: Val): Val { return predImpl(self, nargs, kw, 7, isByteArray(self) ? "bytearray.istitle" : "bytes.istitle"); }
// }====

// {==== padding, tabs, prefixes, translate

/** center (0), ljust (1), rjust (2). */
function justImpl(self: Val, args: usize, nargs: i32, kw: Val, mode: i32, name: string): Val {
  if (kw != 0 && tupleSize(kw) > 0) { raiseNamed(E.TypeError, "%s() takes no keyword arguments", (isByteArray(self) ? "bytearray.center" : "bytes.center")); return 0; }
  if (nargs < 1 || nargs > 2) { argsCountError(name, nargs, 1, 2); return 0; }
  let w = intArg(load<u32>(args), 0);
  if (w == i64.MIN_VALUE) return 0;
  let fill: u32 = 32;
  if (nargs == 2) {
    let f = load<u32>(args, 4);
    if (!isBytesLike(f) || bytesLen(f) != 1) {
      raiseFmt(E.TypeError, mode == 0 ? "center() argument 2 must be a byte string of length 1, not %s"
        : mode == 1 ? "ljust() argument 2 must be a byte string of length 1, not %s" : "rjust() argument 2 must be a byte string of length 1, not %s", typeName(typeOf(f)));
      return 0;
    }
    fill = load<u8>(bytesData(f));
  }
  let n = bytesLen(self);
  if (w <= <i64>n) return bsub(self, 0, n);
  let width = clampI32(w);
  let marg = width - n;
  let left = mode == 0 ? (marg >> 1) + (marg & width & 1) : mode == 1 ? 0 : marg;
  let r = bytesLikeNew(self, 0, width);
  if (r == 0) return 0;
  let d = bytesData(r);
  memory.fill(d, <u8>fill, <usize>width);
  memory.copy(d + <usize>left, bytesData(self), <usize>n);
  return r;
}
function m_center(self: Val, args: usize, nargs: i32, kw: Val): Val { return justImpl(self, args, nargs, kw, 0, "center"); }
function m_ljust(self: Val, args: usize, nargs: i32, kw: Val): Val { return justImpl(self, args, nargs, kw, 1, "ljust"); }
function m_rjust(self: Val, args: usize, nargs: i32, kw: Val): Val { return justImpl(self, args, nargs, kw, 2, "rjust"); }

function m_zfill(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(isByteArray(self) ? "bytearray.zfill" : "bytes.zfill", nargs, kw, 1, 1)) return 0;
  let w = intArg(load<u32>(args), 0);
  if (w == i64.MIN_VALUE) return 0;
  let n = bytesLen(self);
  if (w <= <i64>n) return bsub(self, 0, n);
  let width = clampI32(w);
  let r = bytesLikeNew(self, 0, width);
  if (r == 0) return 0;
  let d = bytesData(r);
  let fill = width - n;
  memory.fill(d, 48, <usize>fill);
  memory.copy(d + <usize>fill, bytesData(self), <usize>n);
  if (n > 0) {
    let c = load<u8>(d + <usize>fill);
    if (c == 43 || c == 45) { store<u8>(d, c); store<u8>(d + <usize>fill, 48); }
  }
  return r;
}

function m_expandtabs(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("expandtabs", args, nargs, kw, "tabsize", OUT)) return 0;
  let ts = intArg(load<u32>(OUT), 8);
  if (ts == i64.MIN_VALUE) return 0;
  let tab = clampI32(ts);
  let n = bytesLen(self);
  let p = bytesData(self);
  // first pass: the size
  let size: i64 = 0, col: i64 = 0;
  for (let i = 0; i < n; i++) {
    let c = load<u8>(p + <usize>i);
    if (c == 9) { if (tab > 0) { let inc = <i64>tab - col % <i64>tab; col += inc; size += inc; } }
    else { size++; col++; if (c == 10 || c == 13) col = 0; }
  }
  if (size > 0x7ffffff0) { raiseMsg(E.OverflowError, "result too long"); return 0; }
  let r = bytesLikeNew(self, 0, <i32>size);
  if (r == 0) return 0;
  let d = bytesData(r);
  p = bytesData(self);
  let o: usize = 0;
  col = 0;
  for (let i = 0; i < n; i++) {
    let c = load<u8>(p + <usize>i);
    if (c == 9) {
      if (tab > 0) { let inc = <i64>tab - col % <i64>tab; col += inc; memory.fill(d + o, 32, <usize>inc); o += <usize>inc; }
    } else { store<u8>(d + o, c); o++; col++; if (c == 10 || c == 13) col = 0; }
  }
  return r;
}

function prefixImpl(self: Val, args: usize, nargs: i32, kw: Val, suffix: bool): Val {
  if (!argsCheck(isByteArray(self) ? (suffix ? "bytearray.removesuffix" : "bytearray.removeprefix") : (suffix ? "bytes.removesuffix" : "bytes.removeprefix"), nargs, kw, 1, 1)) return 0;
  let x = load<u32>(args);
  if (!isBytesLike(x)) return needBytes(x);
  let n = bytesLen(self), m = bytesLen(x);
  if (textTailMatch(bytesData(self), 1, 0, n, bytesData(x), 1, m, suffix)) return suffix ? bsub(self, 0, n - m) : bsub(self, m, n);
  return bsub(self, 0, n);
}
function m_removeprefix(self: Val, args: usize, nargs: i32, kw: Val): Val { return prefixImpl(self, args, nargs, kw, false); }
function m_removesuffix(self: Val, args: usize, nargs: i32, kw: Val): Val { return prefixImpl(self, args, nargs, kw, true); }

function m_translate(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("translate", args, nargs, kw, "table,delete", OUT)) return 0;
  let table = load<u32>(OUT), del = load<u32>(OUT, 4);
  if (table == 0) { raiseMsg(E.TypeError, "translate() takes at least 1 positional argument (0 given)"); return 0; }
  if (table != noneVal()) {
    if (!isBytesLike(table)) return needBytes(table);
    if (bytesLen(table) != 256) { raiseMsg(E.ValueError, "translation table must be 256 characters long"); return 0; }
  }
  if (del != 0 && !isBytesLike(del)) return needBytes(del);
  let n = bytesLen(self);
  let p = bytesData(self);
  let dp: usize = del != 0 ? bytesData(del) : 0;
  let dn = del != 0 ? bytesLen(del) : 0;
  let keep = 0;
  for (let i = 0; i < n; i++) if (!inBytes(load<u8>(p + <usize>i), dp, dn)) keep++;
  if (keep == n && table == noneVal()) return bsub(self, 0, n);
  let r = bytesLikeNew(self, 0, keep);
  if (r == 0) return 0;
  let d = bytesData(r);
  p = bytesData(self);
  let tp: usize = table != noneVal() ? bytesData(table) : 0;
  let o: usize = 0;
  for (let i = 0; i < n; i++) {
    let c = load<u8>(p + <usize>i);
    if (inBytes(c, dp, dn)) continue;
    store<u8>(d + o, tp != 0 ? load<u8>(tp + <usize>c) : c);
    o++;
  }
  return r;
}

function inBytes(c: u8, p: usize, n: i32): bool {
  for (let i = 0; i < n; i++) if (load<u8>(p + <usize>i) == c) return true;
  return false;
}

function m_maketrans(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("maketrans", nargs, kw, 2, 2)) return 0;
  let a = load<u32>(args), b = load<u32>(args, 4);
  if (!isBytesLike(a)) return needBytes(a);
  if (!isBytesLike(b)) return needBytes(b);
  if (bytesLen(a) != bytesLen(b)) { raiseMsg(E.ValueError, "maketrans arguments must have same length"); return 0; }
  let r = bytesAlloc(256);
  if (r == 0) return 0;
  let d = bytesData(r);
  for (let i = 0; i < 256; i++) store<u8>(d + <usize>i, <u8>i);
  for (let i = 0; i < bytesLen(a); i++) store<u8>(d + <usize>load<u8>(bytesData(a) + <usize>i), load<u8>(bytesData(b) + <usize>i));
  return r;
}
// }====

// {==== hex, fromhex, decode

function m_hex(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("hex", args, nargs, kw, "sep,bytes_per_sep", OUT)) return 0;
  let sepv = load<u32>(OUT);
  let per = intArg(load<u32>(OUT, 4), 1);
  if (per == i64.MIN_VALUE) return 0;
  let sep: u32 = 0;
  if (sepv != 0) {
    let kind = isSmall(sepv) ? Kind.INT : typeKind(typeOf(sepv));
    let len: i32;
    if (kind == Kind.STR) { len = strLen(sepv); if (len == 1) sep = strGet(sepv, 0); }
    else if (isBytesLike(sepv)) { len = bytesLen(sepv); if (len == 1) sep = load<u8>(bytesData(sepv)); }
    else { raiseFmt(E.TypeError, "object of type '%s' has no len()", typeName(typeOf(sepv))); return 0; }
    if (len != 1) { raiseMsg(E.ValueError, "sep must be length 1."); return 0; }
    if (sep > 127) { raiseMsg(E.ValueError, "sep must be ASCII."); return 0; }
  }
  let n = bytesLen(self);
  let group = per < 0 ? -per : per;
  if (sep == 0 || n == 0) group = 0;
  if (group > <i64>n) group = <i64>n;
  let nsep = group > 0 ? (n - 1) / <i32>group : 0;
  let r = strAlloc(2 * n + nsep, 127);
  if (r == 0) return 0;
  let p = bytesData(self);
  let o = 0;
  for (let i = 0; i < n; i++) {
    // a separator before byte i when it starts a group (counted from the right for per > 0)
    if (group > 0 && i > 0) {
      let boundary = per > 0 ? ((n - i) % <i32>group == 0) : (i % <i32>group == 0);
      if (boundary) { strPut(r, o, sep); o++; }
    }
    let c = <u32>load<u8>(p + <usize>i);
    strPut(r, o, hexDigit(c >> 4)); strPut(r, o + 1, hexDigit(c)); o += 2;
  }
  return r;
}

// @ts-ignore: decorator
@inline function hexVal(c: u32): i32 {
  if (c >= 48 && c <= 57) return <i32>c - 48;
  if (c >= 97 && c <= 102) return <i32>c - 87;
  if (c >= 65 && c <= 70) return <i32>c - 55;
  return 16;
}

function m_fromhex(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let cls = <usize>self;
  if (!argsCheck(typeKind(cls) == Kind.BYTEARRAY ? "bytearray.fromhex" : "bytes.fromhex", nargs, kw, 1, 1)) return 0;
  let s = load<u32>(args);
  if (isSmall(s) || typeKind(typeOf(s)) != Kind.STR) { raiseFmt(E.TypeError, "fromhex() argument must be str, not %s", typeName(typeOf(s))); return 0; }
  let n = strLen(s);
  let r = bytearrayNewOfType(T_BYTEARRAY, n >> 1);
  if (r == 0) return 0;
  let o = 0, i = 0, bad = -1;
  for (let j = 0; j < n; j++) if (strGet(s, j) > 127) { bad = j; break; }
  while (bad < 0 && i < n) {
    if (isSpaceB(strGet(s, i))) { while (i < n && isSpaceB(strGet(s, i))) i++; if (i >= n) break; }
    let top = hexVal(strGet(s, i));
    if (top >= 16) { bad = i; break; }
    i++;
    let bot = i < n ? hexVal(strGet(s, i)) : 16;
    if (bot >= 16) { bad = i; break; }
    i++;
    store<u8>(bytesData(r) + <usize>o, <u8>((top << 4) | bot));
    o++;
  }
  if (bad >= 0) {
    decref(r);
    raiseFmt(E.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", mkSmall(bad));
    return 0;
  }
  bytearrayResize(r, o);
  if (cls == T_BYTEARRAY) return r;
  let b = bytesNew(bytesData(r), o);
  decref(r);
  if (b == 0 || cls == T_BYTES) return b;
  let sub = callObject(<Val>cls, ONE_ARG(b), 1, 0);   // a subclass: cls(bytes)
  decref(b);
  return sub;
}

const ARGBUF: usize = memory.data(4);
function ONE_ARG(v: Val): usize { store<u32>(ARGBUF, v); return ARGBUF; }

/** encoding/errors arguments of decode()/encode()/str()/bytes(): the Enc, or -2 with an error raised. */
export function codecArgs(fname: string, enc: Val, errors: Val): i32 {
  if (enc != 0 && (isSmall(enc) || typeKind(typeOf(enc)) != Kind.STR)) {
    raiseNamed(E.TypeError, "%s() argument 'encoding' must be str, not %s", (fname), typeName(typeOf(enc)));
    return -2;
  }
  if (errors != 0 && (isSmall(errors) || typeKind(typeOf(errors)) != Kind.STR)) {
    raiseNamed(E.TypeError, "%s() argument 'errors' must be str, not %s", (fname), typeName(typeOf(errors)));
    return -2;
  }
  if (enc == 0) return Enc.UTF8;
  let e = encodingOf(enc);
  if (e < 0) { raiseUnknownEncoding(enc); return -2; }
  return e;
}

function m_decode(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("decode", args, nargs, kw, "encoding,errors", OUT)) return 0;
  let errors = load<u32>(OUT, 4);
  let e = codecArgs("decode", load<u32>(OUT), errors);
  if (e == -2) return 0;
  return decodeBytes(bytesData(self), bytesLen(self), e, errors);
}
// }====

function m_len(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(isByteArray(self) ? "bytearray.__len__" : "bytes.__len__", nargs, kw, 0, 0)) return 0;
  return mkSmall(bytesLen(self));
}
function m_repr(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(isByteArray(self) ? "bytearray.__repr__" : "bytes.__repr__", nargs, kw, 0, 0)) return 0;
  return bytesRepr(self);
}
function m_getitem(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(isByteArray(self) ? "bytearray.__getitem__" : "bytes.__getitem__", nargs, kw, 1, 1)) return 0;
  return bytesGetItem(self, load<u32>(args));
}
function m_contains(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(isByteArray(self) ? "bytearray.__contains__" : "bytes.__contains__", nargs, kw, 1, 1)) return 0;
  let r = bytesContains(self, load<u32>(args));
  return r < 0 ? 0 : boolVal(r != 0);
}
import { bytesRepr, bytesGetItem, bytesContains } from "./bytes";

function add(t: usize, name: string, fn: NativeFn): bool { return addMethod(t, name, fn); }

/** Register the methods common to bytes and bytearray on type t. */
export function bytesMethodsTable(t: usize): bool {
  return add(t, "find", m_find) && add(t, "rfind", m_rfind) && add(t, "index", m_index) && add(t, "rindex", m_rindex)
    && add(t, "count", m_count) && add(t, "startswith", m_startswith) && add(t, "endswith", m_endswith)
    && add(t, "split", m_split) && add(t, "rsplit", m_rsplit) && add(t, "splitlines", m_splitlines)
    && add(t, "strip", m_strip) && add(t, "lstrip", m_lstrip) && add(t, "rstrip", m_rstrip)
    && add(t, "partition", m_partition) && add(t, "rpartition", m_rpartition) && add(t, "replace", m_replace)
    && add(t, "join", m_join) && add(t, "upper", m_upper) && add(t, "lower", m_lower) && add(t, "swapcase", m_swapcase)
    && add(t, "capitalize", m_capitalize) && add(t, "title", m_title) && add(t, "isalpha", m_isalpha)
    && add(t, "isdigit", m_isdigit) && add(t, "isalnum", m_isalnum) && add(t, "isspace", m_isspace)
    && add(t, "isascii", m_isascii) && add(t, "isupper", m_isupper) && add(t, "islower", m_islower)
    && add(t, "istitle", m_istitle) && add(t, "center", m_center) && add(t, "ljust", m_ljust) && add(t, "rjust", m_rjust)
    && add(t, "zfill", m_zfill) && add(t, "expandtabs", m_expandtabs) && add(t, "removeprefix", m_removeprefix)
    && add(t, "removesuffix", m_removesuffix) && add(t, "translate", m_translate) && add(t, "hex", m_hex)
    && add(t, "decode", m_decode) && add(t, "__len__", m_len) && add(t, "__repr__", m_repr)
    && add(t, "__getitem__", m_getitem) && add(t, "__contains__", m_contains) && addClassMethod(t, "fromhex", m_fromhex) && addStaticMethod(t, "maketrans", m_maketrans);
}
