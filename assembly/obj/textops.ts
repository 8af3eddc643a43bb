// Search, count, split, strip and partition over code-unit buffers, shared by the methods of str
// (PEP 393 buffers of kind 1, 2 or 4) and of bytes/bytearray (kind 1): CPython's stringlib, once.
//
// A buffer is (p, kind, n). Results are built by the caller's SubFn, which makes self[start:end] as
// the right type (an exact str, bytes, or bytearray), so nothing here allocates per character:
// split allocates only the list and the pieces it returns.
//
// Invariant: every index handed in is already clamped to 0 <= start <= end <= n (adjustIndices).

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { listNew, listAppendSteal, listItems, listSize } from "./list";
import { tupleSize, tupleItem } from "./tuple";
import { typeOf, typeName } from "./type";
import { strFromAS, strLen, strGet } from "./str";
import { noneVal } from "./singletons";
import { E } from "./exc";
import { raiseFmt, excPending } from "../vm/errors";
import { indexValue, indexOk } from "../vm/ops_seq";

/** Make self[start:end] as a new reference (0 with MemoryError pending). */
export type SubFn = (self: Val, start: i32, end: i32) => Val;

/** Code unit i of a buffer of the given kind. */
// @ts-ignore: decorator
@inline export function tGet(p: usize, k: u32, i: i32): u32 {
  if (k == 1) return load<u8>(p + <usize>i);
  if (k == 2) return load<u16>(p + (<usize>i << 1));
  return load<u32>(p + (<usize>i << 2));
}

/** Unicode whitespace (Py_UNICODE_ISSPACE): what str.split() and str.strip() remove. */
export function isSpaceU(c: u32): bool {
  if (c < 128) return c == 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
    || c == 0x202f || c == 0x205f || c == 0x3000;
}

/** ASCII whitespace (bytes): space, \t \n \v \f \r. */
// @ts-ignore: decorator
@inline export function isSpaceB(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }

// @ts-ignore: decorator
@inline function isSpace(c: u32, bytes: bool): bool { return bytes ? isSpaceB(c) : isSpaceU(c); }

/** Line boundaries of str.splitlines (bytes: \n and \r only). */
export function isLineBreak(c: u32, bytes: bool): bool {
  if (c == 10 || c == 13) return true;
  if (bytes) return false;
  return c == 11 || c == 12 || c == 28 || c == 29 || c == 30 || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/** CPython's ADJUST_INDICES: clamp start/end (already i64 from the arguments) to [0, n]. Packs start|end<<32. */
export function adjustIndices(start: i64, end: i64, n: i32): u64 {
  let len = <i64>n;
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  if (start > 0x7fffffff) start = 0x7fffffff;
  return (<u64><u32><i32>start) | (<u64><u32><i32>end << 32);
}
// @ts-ignore: decorator
@inline export function adjStart(a: u64): i32 { return <i32><u32>a; }
// @ts-ignore: decorator
@inline export function adjEnd(a: u64): i32 { return <i32>(a >> 32); }

/** True if h[at:at+nn] equals the needle. */
export function textEqAt(hp: usize, hk: u32, at: i32, np: usize, nk: u32, nn: i32): bool {
  if (hk == nk) return memory.compare(hp + <usize>at * hk, np, <usize>nn * nk) == 0;
  for (let i = 0; i < nn; i++) if (tGet(hp, hk, at + i) != tGet(np, nk, i)) return false;
  return true;
}

/** Index of the first (or, with rev, last) needle in h[start:end], or -1. */
export function textFind(hp: usize, hk: u32, start: i32, end: i32, np: usize, nk: u32, nn: i32, rev: bool): i32 {
  if (end - start < nn) return -1;
  if (nn == 0) return rev ? end : start;
  let last = end - nn;
  let c0 = tGet(np, nk, 0);
  if (!rev) {
    for (let i = start; i <= last; i++) if (tGet(hp, hk, i) == c0 && textEqAt(hp, hk, i, np, nk, nn)) return i;
  } else {
    for (let i = last; i >= start; i--) if (tGet(hp, hk, i) == c0 && textEqAt(hp, hk, i, np, nk, nn)) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of the needle in h[start:end], at most maxcount. */
export function textCount(hp: usize, hk: u32, start: i32, end: i32, np: usize, nk: u32, nn: i32, maxcount: i32): i32 {
  if (end - start < nn) return 0;
  if (nn == 0) return min(end - start + 1, maxcount);
  let count = 0;
  let i = start;
  while (count < maxcount) {
    let pos = textFind(hp, hk, i, end, np, nk, nn, false);
    if (pos < 0) break;
    count++;
    i = pos + nn;
  }
  return count;
}

/** startswith (rev false) / endswith (rev true) of the needle within h[start:end] (CPython's tailmatch). */
export function textTailMatch(hp: usize, hk: u32, start: i32, end: i32, np: usize, nk: u32, nn: i32, rev: bool): bool {
  end -= nn;
  if (end < start) return false;
  if (nn == 0) return true;
  return textEqAt(hp, hk, rev ? end : start, np, nk, nn);
}

function reverseList(l: Val): void {
  let items = listItems(l);
  let n = listSize(l);
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    let a = load<u32>(items + (<usize>i << 2));
    store<u32>(items + (<usize>i << 2), load<u32>(items + (<usize>j << 2)));
    store<u32>(items + (<usize>j << 2), a);
  }
}

/** Append self[a:b] to l; false on MemoryError. */
function addPiece(l: Val, self: Val, a: i32, b: i32, sub: SubFn): bool {
  let piece = sub(self, a, b);
  if (piece == 0) return false;
  return listAppendSteal(l, piece);
}

/** split()/rsplit() with no separator: runs of whitespace separate, leading/trailing ignored. */
export function textSplitWhitespace(self: Val, p: usize, k: u32, n: i32, maxsplit: i32, bytes: bool, rev: bool, sub: SubFn): Val {
  let l = listNew(0);
  if (l == 0) return 0;
  if (maxsplit < 0) maxsplit = 0x7fffffff;
  if (!rev) {
    let i = 0;
    while (maxsplit-- > 0) {
      while (i < n && isSpace(tGet(p, k, i), bytes)) i++;
      if (i == n) break;
      let j = i;
      i++;
      while (i < n && !isSpace(tGet(p, k, i), bytes)) i++;
      if (!addPiece(l, self, j, i, sub)) { decref(l); return 0; }
    }
    if (i < n) {
      while (i < n && isSpace(tGet(p, k, i), bytes)) i++;
      if (i != n && !addPiece(l, self, i, n, sub)) { decref(l); return 0; }
    }
    return l;
  }
  let i = n - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpace(tGet(p, k, i), bytes)) i--;
    if (i < 0) break;
    let j = i;
    i--;
    while (i >= 0 && !isSpace(tGet(p, k, i), bytes)) i--;
    if (!addPiece(l, self, i + 1, j + 1, sub)) { decref(l); return 0; }
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(tGet(p, k, i), bytes)) i--;
    if (i >= 0 && !addPiece(l, self, 0, i + 1, sub)) { decref(l); return 0; }
  }
  reverseList(l);
  return l;
}

/** split(sep)/rsplit(sep) with a non-empty separator. */
export function textSplitSep(self: Val, p: usize, k: u32, n: i32, sp: usize, sk: u32, sn: i32, maxsplit: i32, rev: bool, sub: SubFn): Val {
  let l = listNew(0);
  if (l == 0) return 0;
  if (maxsplit < 0) maxsplit = 0x7fffffff;
  if (!rev) {
    let i = 0;
    while (maxsplit-- > 0) {
      let pos = textFind(p, k, i, n, sp, sk, sn, false);
      if (pos < 0) break;
      if (!addPiece(l, self, i, pos, sub)) { decref(l); return 0; }
      i = pos + sn;
    }
    if (!addPiece(l, self, i, n, sub)) { decref(l); return 0; }
    return l;
  }
  let j = n;
  while (maxsplit-- > 0) {
    let pos = textFind(p, k, 0, j, sp, sk, sn, true);
    if (pos < 0) break;
    if (!addPiece(l, self, pos + sn, j, sub)) { decref(l); return 0; }
    j = pos;
  }
  if (!addPiece(l, self, 0, j, sub)) { decref(l); return 0; }
  reverseList(l);
  return l;
}

/** splitlines(keepends): \r\n is one boundary. */
export function textSplitLines(self: Val, p: usize, k: u32, n: i32, keepends: bool, bytes: bool, sub: SubFn): Val {
  let l = listNew(0);
  if (l == 0) return 0;
  let i = 0, j = 0;
  while (i < n) {
    while (i < n && !isLineBreak(tGet(p, k, i), bytes)) i++;
    let eol = i;
    if (i < n) {
      if (tGet(p, k, i) == 13 && i + 1 < n && tGet(p, k, i + 1) == 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    if (!addPiece(l, self, j, eol, sub)) { decref(l); return 0; }
    j = i;
  }
  return l;
}

/**
 * The bounds left after stripping: which = 1 left, 2 right, 3 both. With a char set (cp != 0),
 * strip those code units; else whitespace. Packed like adjustIndices.
 */
export function textStrip(p: usize, k: u32, n: i32, which: i32, cp: usize, ck: u32, cn: i32, bytes: bool): u64 {
  let i = 0, j = n;
  if (which & 1) {
    while (i < j && (cp != 0 ? inSet(tGet(p, k, i), cp, ck, cn) : isSpace(tGet(p, k, i), bytes))) i++;
  }
  if (which & 2) {
    while (j > i && (cp != 0 ? inSet(tGet(p, k, j - 1), cp, ck, cn) : isSpace(tGet(p, k, j - 1), bytes))) j--;
  }
  return (<u64><u32>i) | (<u64><u32>j << 32);
}

function inSet(c: u32, cp: usize, ck: u32, cn: i32): bool {
  for (let i = 0; i < cn; i++) if (tGet(cp, ck, i) == c) return true;
  return false;
}

// {==== arguments (CPython's argument-clinic and PyArg_ParseTuple messages)

/** A literal name as a str for a message (only built on error paths). */
function nameStr(s: string): Val { return strFromAS(s); }

/** raiseFmt(e, fmt, name, a1) with the literal name as its first %s (the str is released at once). */
export function raiseNamed(e: E, fmt: string, name: string, a1: Val = 0): void {
  let n = nameStr(name);
  if (n == 0) return;
  raiseFmt(e, fmt, n, a1);
  decref(n);
}

function raiseCount(fmt: string, fname: string, a: i32, b: i32): void {
  let n = nameStr(fname);
  if (n == 0) return;
  raiseFmt(E.TypeError, fmt, n, mkSmall(a), mkSmall(b));
  decref(n);
}

/**
 * vm/args.ts's checkArgs with the same messages, releasing the name at once (args.ts keeps the last
 * one until its next error, which the leak check would see).
 */
export function argsCheck(fname: string, nargs: i32, kw: Val, min: i32, max: i32): bool {
  if (kw != 0 && tupleSize(kw) > 0) { raiseNamed(E.TypeError, "%s() takes no keyword arguments", fname); return false; }
  if (nargs < min || nargs > max) { argsCountError(fname, nargs, min, max); return false; }
  return true;
}

/** vm/args.ts's argCountError, releasing the name at once. */
export function argsCountError(fname: string, nargs: i32, min: i32, max: i32): void {
  let n = nameStr(fname);
  if (n == 0) return;
  let g = mkSmall(nargs);
  if (min == max) {
    if (min == 0) raiseFmt(E.TypeError, "%s() takes no arguments (%d given)", n, g);
    else if (min == 1) raiseFmt(E.TypeError, "%s() takes exactly one argument (%d given)", n, g);
    else raiseFmt(E.TypeError, "%s expected %d arguments, got %d", n, mkSmall(min), g);
  } else if (nargs < min) {
    raiseFmt(E.TypeError, min == 1 ? "%s expected at least %d argument, got %d" : "%s expected at least %d arguments, got %d", n, mkSmall(min), g);
  } else {
    raiseFmt(E.TypeError, max == 1 ? "%s expected at most %d argument, got %d" : "%s expected at most %d arguments, got %d", n, mkSmall(max), g);
  }
  decref(n);
}

/**
 * Positional-or-keyword parameters (clinic style). `names` is a comma list of the parameter
 * names; out[i] receives the value of parameter i, or 0 if not given. Messages: "split() takes
 * at most 2 arguments (3 given)", "'x' is an invalid keyword argument for split()", "argument for
 * split() given by name ('sep') and position (1)".
 */
export function parseArgs(fname: string, args: usize, nargs: i32, kw: Val, names: string, out: usize): bool {
  let nparams = 1;
  for (let i = 0; i < names.length; i++) if (names.charCodeAt(i) == 44) nparams++;
  if (names.length == 0) nparams = 0;
  let nkw = kw != 0 ? tupleSize(kw) : 0;
  if (nargs + nkw > nparams) {
    raiseCount(nparams == 1 ? "%s() takes at most %d argument (%d given)" : "%s() takes at most %d arguments (%d given)", fname, nparams, nargs + nkw);
    return false;
  }
  for (let i = 0; i < nparams; i++) store<u32>(out + (<usize>i << 2), i < nargs ? load<u32>(args + (<usize>i << 2)) : 0);
  for (let j = 0; j < nkw; j++) {
    let k = tupleItem(kw, j);
    let idx = paramIndex(names, k);
    if (idx < 0) {
      let n = nameStr(fname);
      if (n != 0) { raiseFmt(E.TypeError, "'%s' is an invalid keyword argument for %s()", k, n); decref(n); }
      return false;
    }
    if (idx < nargs) {
      let n = nameStr(fname);
      if (n != 0) { raiseFmt(E.TypeError, "argument for %s() given by name ('%s') and position (%d)", n, k, mkSmall(idx + 1)); decref(n); }
      return false;
    }
    store<u32>(out + (<usize>idx << 2), load<u32>(args + (<usize>(nargs + j) << 2)));
  }
  return true;
}

function paramIndex(names: string, k: Val): i32 {
  let start = 0, idx = 0;
  let n = names.length;
  for (let i = 0; i <= n; i++) {
    if (i == n || names.charCodeAt(i) == 44) {
      if (eqRange(k, names, start, i)) return idx;
      idx++;
      start = i + 1;
    }
  }
  return -1;
}

function eqRange(k: Val, names: string, a: i32, b: i32): bool {
  if (strLen(k) != b - a) return false;
  for (let i = a; i < b; i++) if (strGet(k, i - a) != <u32>names.charCodeAt(i)) return false;
  return true;
}

/**
 * PyArg_ParseTuple-style counts for positional-only methods: keywords give "str.count() takes no
 * keyword arguments" (qualname), counts "count() takes at least 1 argument (0 given)" (fname).
 */
export function checkTuple(fname: string, qualname: string, nargs: i32, kw: Val, min: i32, max: i32): bool {
  if (kw != 0 && tupleSize(kw) > 0) {
    let n = nameStr(qualname);
    if (n != 0) { raiseFmt(E.TypeError, "%s() takes no keyword arguments", n); decref(n); }
    return false;
  }
  if (nargs < min) {
    raiseCount(min == 1 ? "%s() takes at least %d argument (%d given)" : "%s() takes at least %d arguments (%d given)", fname, min, nargs);
    return false;
  }
  if (nargs > max) {
    raiseCount(max == 1 ? "%s() takes at most %d argument (%d given)" : "%s() takes at most %d arguments (%d given)", fname, max, nargs);
    return false;
  }
  return true;
}

/** A start/end argument of find()-like methods: None or 0 gives dflt; i64.MIN_VALUE on error. */
export function sliceArg(v: Val, dflt: i64): i64 {
  if (v == 0 || v == noneVal()) return dflt;
  let i = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "slice indices must be integers or None or have an __index__ method");
    return i64.MIN_VALUE;
  }
  return i;
}

/** An integer argument (width, count, maxsplit…) through __index__; i64.MIN_VALUE on error. */
export function intArg(v: Val, dflt: i64): i64 {
  if (v == 0) return dflt;
  let i = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v)));
    return i64.MIN_VALUE;
  }
  return i;
}

/** An i64 argument clamped to i32 (lengths here never exceed 2^31). */
// @ts-ignore: decorator
@inline export function clampI32(x: i64): i32 { return x > 0x7fffffff ? 0x7fffffff : x < -0x7fffffff ? -0x7fffffff : <i32>x; }
// }====

