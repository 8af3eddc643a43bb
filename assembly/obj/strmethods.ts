// The methods of str, part 1: searching, splitting, stripping, partition, join, replace, the str()
// constructor, `in`, and the registration of every str method (part 2 is obj/strmethods2.ts:
// case mapping, predicates, padding, tabs, translate, encode; str.format is obj/strformat.ts).
//
// Results are exact strs even for subclasses (as CPython's); the algorithms shared with bytes are
// obj/textops.ts. Nothing allocates per character: a result is sized first, then written once.

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_STR, T_TUPLE, T_LIST, typeOf, typeKind, typeName, PyType, isHeapType } from "./type";
import { Kind, TF } from "./kinds";
import { strLen, strGet, strPut, strKind, strData, strAlloc, strEmpty, strSubstring, strMaxChar, strCopyInto,
         STR_HEADER, strBytes, strFromChar } from "./str";
import { tupleSize, tupleItem, tupleNew, tupleSet } from "./tuple";
import { listSize, listItem } from "./list";
import { noneVal, boolVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending, excMatches, clearExc } from "../vm/errors";
import { objStr } from "../vm/ops";
import { objGetIter, sequenceToList } from "../vm/ops_seq";
import { gcAlloc, gcTrack, objAlloc } from "../gc/track";
import { addMethod, addStaticMethod } from "./typeinit";
import { NativeFn } from "./builtin";
import { adjustIndices, adjStart, adjEnd, textFind, textCount, textTailMatch, textSplitWhitespace, textSplitSep,
         textSplitLines, textStrip, parseArgs, checkTuple, sliceArg, intArg, clampI32, raiseNamed, argsCheck, argsCountError } from "./textops";
import { isBytesLike, bytesData, bytesLen } from "./bytes";
import { codecArgs } from "./bytesmethods";
import { decodeBytes } from "./codecs";
import { strMethods2Init } from "./strmethods2";
import { strFormatMethod, strFormatMapMethod, strFormatDunder } from "./strformat";

// {==== helpers

/** True for str and its subclasses. */
// @ts-ignore: decorator
@inline export function isStr(v: Val): bool { return !isSmall(v) && typeKind(typeOf(v)) == Kind.STR; }

/** self[a:b] as an exact str (a subclass is copied even when whole). */
export function strSub(self: Val, a: i32, b: i32): Val {
  if (a == 0 && b == strLen(self) && typeOf(self) != T_STR) return strCopy(self);
  return strSubstring(self, a, b);
}

/** An exact-str copy of s (s itself, with a new reference, when it is already exact). */
export function strExact(s: Val): Val {
  if (typeOf(s) == T_STR) { incref(s); return s; }
  return strCopy(s);
}

function strCopy(s: Val): Val {
  let n = strLen(s);
  if (n == 0) return strEmpty();
  if (n == 1) return strFromChar(strGet(s, 0));
  let r = strAlloc(n, strMaxChar(s, 0, n));
  if (r == 0) return 0;
  memory.copy(strData(r), strData(s), <usize>n * strKind(s));
  return r;
}


/** No keywords (qualname in the message) and fname's _PyArg_CheckPositional counts. */
export function checkPos(fname: string, qualname: string, nargs: i32, kw: Val, min: i32, max: i32): bool {
  if (kw != 0 && tupleSize(kw) > 0) { raiseNamed(E.TypeError, "%s() takes no keyword arguments", qualname); return false; }
  if (nargs < min || nargs > max) { argsCountError(fname, nargs, min, max); return false; }
  return true;
}

// @ts-ignore: decorator
@inline function arg(args: usize, i: i32): Val { return load<u32>(args + (<usize>i << 2)); }

function mustBeStr(v: Val): bool {
  if (isStr(v)) return true;
  raiseFmt(E.TypeError, "must be str, not %s", typeName(typeOf(v)));
  return false;
}

const OUT: usize = memory.data(16);
// }====

// {==== searching

/** `v in s`: 1, 0, or -1 on error. */
export function strContains(s: Val, v: Val): i32 {
  if (!isStr(v)) { raiseFmt(E.TypeError, "'in <string>' requires string as left operand, not %s", typeName(typeOf(v))); return -1; }
  return textFind(strData(s), strKind(s), 0, strLen(s), strData(v), strKind(v), strLen(v), false) >= 0 ? 1 : 0;
}

/** find (0), rfind (1), index (2), rindex (3), count (4). */
function findImpl(self: Val, args: usize, nargs: i32, kw: Val, fname: string, qual: string, mode: i32): Val {
  if (!checkTuple(fname, qual, nargs, kw, 1, 3)) return 0;
  let sub = arg(args, 0);
  if (!mustBeStr(sub)) return 0;
  let s = sliceArg(nargs > 1 ? arg(args, 1) : 0, 0);
  if (s == i64.MIN_VALUE) return 0;
  let e = sliceArg(nargs > 2 ? arg(args, 2) : 0, i64.MAX_VALUE);
  if (e == i64.MIN_VALUE) return 0;
  let adj = adjustIndices(s, e, strLen(self));
  let a = adjStart(adj), b = adjEnd(adj);
  if (mode == 4) return mkSmall(textCount(strData(self), strKind(self), a, b, strData(sub), strKind(sub), strLen(sub), 0x7fffffff));
  let pos = textFind(strData(self), strKind(self), a, b, strData(sub), strKind(sub), strLen(sub), mode == 1 || mode == 3);
  if (pos < 0 && mode >= 2) { raiseMsg(E.ValueError, "substring not found"); return 0; }
  return mkSmall(pos);
}
function m_find(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "find", "str.find", 0); }
function m_rfind(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "rfind", "str.rfind", 1); }
function m_index(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "index", "str.index", 2); }
function m_rindex(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "rindex", "str.rindex", 3); }
function m_count(self: Val, args: usize, nargs: i32, kw: Val): Val { return findImpl(self, args, nargs, kw, "count", "str.count", 4); }

function tailImpl(self: Val, args: usize, nargs: i32, kw: Val, rev: bool): Val {
  if (!checkTuple(rev ? "endswith" : "startswith", rev ? "str.endswith" : "str.startswith", nargs, kw, 1, 3)) return 0;
  let s = sliceArg(nargs > 1 ? arg(args, 1) : 0, 0);
  if (s == i64.MIN_VALUE) return 0;
  let e = sliceArg(nargs > 2 ? arg(args, 2) : 0, i64.MAX_VALUE);
  if (e == i64.MIN_VALUE) return 0;
  let adj = adjustIndices(s, e, strLen(self));
  let a = adjStart(adj), b = adjEnd(adj);
  let x = arg(args, 0);
  if (!isSmall(x) && typeKind(typeOf(x)) == Kind.TUPLE) {
    for (let i = 0; i < tupleSize(x); i++) {
      let p = tupleItem(x, i);
      if (!isStr(p)) {
        raiseFmt(E.TypeError, rev ? "tuple for endswith must only contain str, not %s" : "tuple for startswith must only contain str, not %s", typeName(typeOf(p)));
        return 0;
      }
      if (textTailMatch(strData(self), strKind(self), a, b, strData(p), strKind(p), strLen(p), rev)) return boolVal(true);
    }
    return boolVal(false);
  }
  if (!isStr(x)) {
    raiseFmt(E.TypeError, rev ? "endswith first arg must be str or a tuple of str, not %s" : "startswith first arg must be str or a tuple of str, not %s", typeName(typeOf(x)));
    return 0;
  }
  return boolVal(textTailMatch(strData(self), strKind(self), a, b, strData(x), strKind(x), strLen(x), rev));
}
function m_startswith(self: Val, args: usize, nargs: i32, kw: Val): Val { return tailImpl(self, args, nargs, kw, false); }
function m_endswith(self: Val, args: usize, nargs: i32, kw: Val): Val { return tailImpl(self, args, nargs, kw, true); }
// }====

// {==== split, strip, partition

function splitImpl(self: Val, args: usize, nargs: i32, kw: Val, rev: bool): Val {
  if (!parseArgs(rev ? "rsplit" : "split", args, nargs, kw, "sep,maxsplit", OUT)) return 0;
  let sep = load<u32>(OUT);
  let ms = intArg(load<u32>(OUT, 4), -1);
  if (ms == i64.MIN_VALUE) return 0;
  let n = strLen(self);
  if (sep == 0 || sep == noneVal()) return textSplitWhitespace(self, strData(self), strKind(self), n, clampI32(ms), false, rev, strSub);
  if (!isStr(sep)) { raiseFmt(E.TypeError, "must be str or None, not %s", typeName(typeOf(sep))); return 0; }
  if (strLen(sep) == 0) { raiseMsg(E.ValueError, "empty separator"); return 0; }
  return textSplitSep(self, strData(self), strKind(self), n, strData(sep), strKind(sep), strLen(sep), clampI32(ms), rev, strSub);
}
function m_split(self: Val, args: usize, nargs: i32, kw: Val): Val { return splitImpl(self, args, nargs, kw, false); }
function m_rsplit(self: Val, args: usize, nargs: i32, kw: Val): Val { return splitImpl(self, args, nargs, kw, true); }

function m_splitlines(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!parseArgs("splitlines", args, nargs, kw, "keepends", OUT)) return 0;
  let k = intArg(load<u32>(OUT), 0);
  if (k == i64.MIN_VALUE) return 0;
  return textSplitLines(self, strData(self), strKind(self), strLen(self), k != 0, false, strSub);
}

/** strip (3), lstrip (1), rstrip (2). */
function stripImpl(self: Val, args: usize, nargs: i32, kw: Val, which: i32): Val {
  let fname = which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip";
  if (!checkPos(fname, which == 3 ? "str.strip" : which == 1 ? "str.lstrip" : "str.rstrip", nargs, kw, 0, 1)) return 0;
  let chars: Val = nargs > 0 ? arg(args, 0) : 0;
  let r: u64;
  if (chars == 0 || chars == noneVal()) r = textStrip(strData(self), strKind(self), strLen(self), which, 0, 1, 0, false);
  else {
    if (!isStr(chars)) { raiseNamed(E.TypeError, "%s arg must be None or str", fname); return 0; }
    r = textStrip(strData(self), strKind(self), strLen(self), which, strData(chars), strKind(chars), strLen(chars), false);
  }
  return strSub(self, adjStart(r), adjEnd(r));
}
function m_strip(self: Val, args: usize, nargs: i32, kw: Val): Val { return stripImpl(self, args, nargs, kw, 3); }
function m_lstrip(self: Val, args: usize, nargs: i32, kw: Val): Val { return stripImpl(self, args, nargs, kw, 1); }
function m_rstrip(self: Val, args: usize, nargs: i32, kw: Val): Val { return stripImpl(self, args, nargs, kw, 2); }

function prefixImpl(self: Val, args: usize, nargs: i32, kw: Val, suffix: bool): Val {
  if (!argsCheck(suffix ? "str.removesuffix" : "str.removeprefix", nargs, kw, 1, 1)) return 0;
  let x = arg(args, 0);
  if (!isStr(x)) {
    raiseFmt(E.TypeError, suffix ? "removesuffix() argument must be str, not %s" : "removeprefix() argument must be str, not %s", typeName(typeOf(x)));
    return 0;
  }
  let n = strLen(self), m = strLen(x);
  if (m > 0 && textTailMatch(strData(self), strKind(self), 0, n, strData(x), strKind(x), m, suffix)) {
    return suffix ? strSub(self, 0, n - m) : strSub(self, m, n);
  }
  return strSub(self, 0, n);
}
function m_removeprefix(self: Val, args: usize, nargs: i32, kw: Val): Val { return prefixImpl(self, args, nargs, kw, false); }
function m_removesuffix(self: Val, args: usize, nargs: i32, kw: Val): Val { return prefixImpl(self, args, nargs, kw, true); }

/** A 3-tuple of new references (stolen); 0 if any is 0. */
function pack3(a: Val, b: Val, c: Val): Val {
  if (a == 0 || b == 0 || c == 0) { if (a != 0) decref(a); if (b != 0) decref(b); if (c != 0) decref(c); return 0; }
  let t = tupleNew(3);
  if (t == 0) { decref(a); decref(b); decref(c); return 0; }
  tupleSet(t, 0, a); tupleSet(t, 1, b); tupleSet(t, 2, c);
  return t;
}

function partitionImpl(self: Val, args: usize, nargs: i32, kw: Val, rev: bool): Val {
  if (!argsCheck(rev ? "str.rpartition" : "str.partition", nargs, kw, 1, 1)) return 0;
  let sep = arg(args, 0);
  if (!mustBeStr(sep)) return 0;
  let sn = strLen(sep);
  if (sn == 0) { raiseMsg(E.ValueError, "empty separator"); return 0; }
  let n = strLen(self);
  let pos = textFind(strData(self), strKind(self), 0, n, strData(sep), strKind(sep), sn, rev);
  if (pos < 0) {
    if (rev) return pack3(strEmpty(), strEmpty(), strExact(self));
    return pack3(strExact(self), strEmpty(), strEmpty());
  }
  return pack3(strSub(self, 0, pos), strExact(sep), strSub(self, pos + sn, n));
}
function m_partition(self: Val, args: usize, nargs: i32, kw: Val): Val { return partitionImpl(self, args, nargs, kw, false); }
function m_rpartition(self: Val, args: usize, nargs: i32, kw: Val): Val { return partitionImpl(self, args, nargs, kw, true); }
// }====

// {==== join, replace

/** sep.join(iterable): "sequence item 0: expected str instance, int found". */
export function strJoin(sep: Val, it: Val): Val {
  let seq: Val;
  let t = isSmall(it) ? 0 : typeOf(it);
  if (t == T_LIST || t == T_TUPLE) { seq = it; incref(seq); }
  else {
    let probe = objGetIter(it);
    if (probe == 0) {
      if (excMatches(excTypeOf(E.TypeError))) { clearExc(); raiseMsg(E.TypeError, "can only join an iterable"); }
      return 0;
    }
    decref(probe);
    seq = sequenceToList(it);
    if (seq == 0) return 0;
  }
  let isT = typeOf(seq) == T_TUPLE;
  let cnt = isT ? tupleSize(seq) : listSize(seq);
  if (cnt == 1) {
    let only = isT ? tupleItem(seq, 0) : listItem(seq, 0);
    if (!isSmall(only) && typeOf(only) == T_STR) { incref(only); decref(seq); return only; }
  }
  let sn = strLen(sep);
  let total: i64 = 0;
  let maxc = cnt > 1 ? strMaxChar(sep, 0, sn) : 0;
  for (let i = 0; i < cnt; i++) {
    let x = isT ? tupleItem(seq, i) : listItem(seq, i);
    if (!isStr(x)) {
      raiseFmt(E.TypeError, "sequence item %d: expected str instance, %s found", mkSmall(i), typeName(typeOf(x)));
      decref(seq);
      return 0;
    }
    total += <i64>strLen(x) + (i > 0 ? <i64>sn : 0);
    let m = strMaxChar(x, 0, strLen(x));
    if (m > maxc) maxc = m;
  }
  if (total > 0x3fffffff) { decref(seq); raiseMsg(E.OverflowError, "join() result is too long for a Python string"); return 0; }
  let r = strAlloc(<i32>total, maxc);
  if (r == 0) { decref(seq); return 0; }
  let o = 0;
  for (let i = 0; i < cnt; i++) {
    let x = isT ? tupleItem(seq, i) : listItem(seq, i);
    if (i > 0 && sn > 0) { strCopyInto(r, o, sep); o += sn; }
    if (strLen(x) > 0) { strCopyInto(r, o, x); o += strLen(x); }
  }
  decref(seq);
  return r;
}

import { excType } from "./exc";
function excTypeOf(e: E): usize { return excType(e); }

function m_join(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.join", nargs, kw, 1, 1)) return 0;
  return strJoin(self, arg(args, 0));
}

/** s.replace(old, new, count): sized exactly (largest kept character) and written once. */
export function strReplace(self: Val, old: Val, nw: Val, maxc: i32): Val {
  let n = strLen(self), on = strLen(old), nn = strLen(nw);
  let hp = strData(self), hk = strKind(self), op = strData(old), ok = strKind(old);
  let k = on == 0 ? min(n + 1, maxc) : textCount(hp, hk, 0, n, op, ok, on, maxc);
  if (k == 0) return strSub(self, 0, n);
  let total = <i64>n + <i64>k * (<i64>nn - <i64>on);
  if (total > 0x3fffffff) { raiseMsg(E.OverflowError, "replace string is too long"); return 0; }
  // the largest character that survives: the replacement's, and that of the untouched runs
  let m = nn > 0 ? strMaxChar(nw, 0, nn) : 0;
  let i = 0;
  for (let j = 0; j < k; j++) {
    let pos = on == 0 ? i : textFind(hp, hk, i, n, op, ok, on, false);
    let runEnd = on == 0 ? min(pos + 1, n) : pos;
    if (runEnd > i) { let x = strMaxChar(self, i, runEnd); if (x > m) m = x; }
    i = on == 0 ? pos + 1 : pos + on;
  }
  if (i < n) { let x = strMaxChar(self, i, n); if (x > m) m = x; }
  let r = strAlloc(<i32>total, m);
  if (r == 0) return 0;
  let o = 0;
  i = 0;
  for (let j = 0; j < k; j++) {
    let pos = on == 0 ? i : textFind(hp, hk, i, n, op, ok, on, false);
    for (let q = i; q < pos; q++) strPut(r, o++, strGet(self, q));
    for (let q = 0; q < nn; q++) strPut(r, o++, strGet(nw, q));
    if (on == 0) { if (pos < n) strPut(r, o++, strGet(self, pos)); i = pos + 1; }
    else i = pos + on;
  }
  for (let q = i; q < n; q++) strPut(r, o++, strGet(self, q));
  return r;
}

function m_replace(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkPos("replace", "str.replace", nargs, kw, 2, 3)) return 0;
  let old = arg(args, 0), nw = arg(args, 1);
  if (!isStr(old)) { raiseFmt(E.TypeError, "replace() argument 1 must be str, not %s", typeName(typeOf(old))); return 0; }
  if (!isStr(nw)) { raiseFmt(E.TypeError, "replace() argument 2 must be str, not %s", typeName(typeOf(nw))); return 0; }
  let c = intArg(nargs > 2 ? arg(args, 2) : 0, -1);
  if (c == i64.MIN_VALUE) return 0;
  return strReplace(self, old, nw, c < 0 ? 0x7fffffff : clampI32(c));
}
// }====

// {==== str()

/** A new instance of str subclass t holding a copy of exact str s (its class fields follow the data). */
function strOfType(t: usize, s: Val): Val {
  let n = strLen(s), k = strKind(s);
  let data = (strBytes(n, k) + 3) & ~3;
  let extra = <usize>changetype<PyType>(t).basicsize - <usize>changetype<PyType>(T_STR).basicsize;
  let o = (changetype<PyType>(t).flags & TF.GC) ? gcAlloc(t, data + extra) : objAlloc(t, data + extra);
  if (o == 0) return 0;
  memory.copy(o + 8, <usize>s + 8, strBytes(n, k) - 8);
  store<u32>(o, load<u32>(s, 12) & 15, 12);   // kind and ASCII flag; not interned, not hashed, not static
  memory.fill(o + data, 0, extra);
  incref(<Val>t);
  if (changetype<PyType>(t).flags & TF.GC) gcTrack(o);
  return <Val>o;
}

/**
 * Bytes a str subclass instance holds beyond its type's basicsize: its data, padded to 4, less what
 * str's own basicsize already counts. The class's fields start at T_STR.basicsize + this.
 */
export function strExtraSize(s: Val): usize {
  return ((strBytes(strLen(s), strKind(s)) + 3) & ~3) - <usize>changetype<PyType>(T_STR).basicsize;
}

/** str(object='') / str(bytes, encoding, errors) and subclasses; called by builtinConstruct. */
export function strTypeNew(type: usize, args: usize, nargs: i32, kwnames: Val): Val {
  if (!parseArgs("str", args, nargs, kwnames, "object,encoding,errors", OUT)) return 0;
  let obj = load<u32>(OUT), enc = load<u32>(OUT, 4), errors = load<u32>(OUT, 8);
  let r: Val;
  if (enc == 0 && errors == 0) {
    r = obj == 0 ? strEmpty() : objStr(obj);
  } else {
    let e = codecArgs("str", enc, errors);
    if (e == -2) return 0;
    if (obj == 0) r = strEmpty();
    else if (isStr(obj)) { raiseMsg(E.TypeError, "decoding str is not supported"); return 0; }
    else if (!isBytesLike(obj)) {
      raiseFmt(E.TypeError, "decoding to str: need a bytes-like object, %s found", typeName(typeOf(obj)));
      return 0;
    } else r = decodeBytes(bytesData(obj), bytesLen(obj), e, errors);
  }
  if (r == 0) return 0;
  if (type == T_STR) {
    if (typeOf(r) == T_STR) return r;
    let e = strExact(r);   // str(subclass instance) is an exact str
    decref(r);
    return e;
  }
  let x = strExact(r);
  decref(r);
  if (x == 0) return 0;
  let o = strOfType(type, x);
  decref(x);
  return o;
}
// }====

function m_contains(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.__contains__", nargs, kw, 1, 1)) return 0;
  let r = strContains(self, arg(args, 0));
  return r < 0 ? 0 : boolVal(r != 0);
}
function m_repr(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.__repr__", nargs, kw, 0, 0)) return 0;
  return strRepr(self);
}
function m_len(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("str.__len__", nargs, kw, 0, 0)) return 0;
  return mkSmall(strLen(self));
}
import { strRepr } from "./strrepr";

function add(name: string, fn: NativeFn): bool { return addMethod(T_STR, name, fn); }

/** Register every method of str. false on MemoryError. */
export function strMethodsInit(): bool {
  return add("find", m_find) && add("rfind", m_rfind) && add("index", m_index) && add("rindex", m_rindex)
    && add("count", m_count) && add("startswith", m_startswith) && add("endswith", m_endswith)
    && add("split", m_split) && add("rsplit", m_rsplit) && add("splitlines", m_splitlines)
    && add("strip", m_strip) && add("lstrip", m_lstrip) && add("rstrip", m_rstrip)
    && add("removeprefix", m_removeprefix) && add("removesuffix", m_removesuffix)
    && add("partition", m_partition) && add("rpartition", m_rpartition) && add("join", m_join)
    && add("replace", m_replace) && add("format", strFormatMethod) && add("format_map", strFormatMapMethod)
    && add("__format__", strFormatDunder)
    && add("__contains__", m_contains) && add("__repr__", m_repr) && add("__len__", m_len)
    && strMethods2Init();
}
