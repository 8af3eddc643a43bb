// Iterators of the builtin containers, and enumerate, zip, map, filter, reversed, iter(f, sentinel).
//
// ╒═ PySeqIter (16 bytes + GC head) ═══════════════╕  list/tuple/str/bytes iterators, their
// │ +8 seq (0 when exhausted) │ +12 index i32       │  reverse iterators (index counts down), and
// ╘═════════════════════════════════════════════════╛  the generic __getitem__ iterator.
// ╒═ PyDictIter (20 bytes + GC head) ════════════════════════════════╕  dict key/value/item and
// │ +8 dict or set (0 when exhausted) │ +12 position │ +16 size seen   │  set iterators; a change of
// ╘═══════════════════════════════════════════════════════════════════╛  size while iterating raises.
// ╒═ PyIterN (8 + 4n bytes + GC head) ═╕  enumerate (+8 it, +12 count), zip (+8 tuple of its,
// │ +8 … fields per kind               │  +12 strict), map (+8 func, +12 tuple of its), filter
// ╘════════════════════════════════════╛  (+8 func, +12 it), iter(f, sentinel) (+8 f, +12 sentinel).

import { Val, isSmall, mkSmall, smallValue, incref, decref, xdecref, xincref } from "./object";
import { T_LIST_ITER, T_TUPLE_ITER, T_STR_ITER, T_SEQ_ITER, T_BYTES_ITER, T_LIST_REVITER, T_DICT_KEYITER,
         T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_CALL_ITER,
         T_LIST, T_TUPLE, T_STR, T_REVERSED, typeOf } from "./type";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";
import { listSize, listItem } from "./list";
import { tupleSize, tupleItem, tupleNew, tupleSet, tupleEmpty } from "./tuple";
import { strLen, strGet, strFromChar } from "./str";
import { dictUsed, dictNextAt, dictEntryKey, dictEntryValue, dictEnd } from "./dict";
import { setUsed, setNextAt, setEntryKey } from "./set";
import { E, excType } from "./exc";
import { raiseMsg, excMatches, clearExc, excPending } from "../vm/errors";
import { intFromI64, intAdd } from "./int";
import { iterNext } from "../vm/ops_seq";
import { call1, callObject } from "../vm/call";
import { objTruthy } from "../vm/ops_num";
import { objEq } from "../vm/ops";
import { objGetItem } from "../vm/ops_seq";
import { bytesLen, bytesData } from "./bytes";

// @ts-ignore: decorator
@inline export const SEQITER_SIZE: usize = 16;
// @ts-ignore: decorator
@inline export const DICTITER_SIZE: usize = 20;
// @ts-ignore: decorator
@inline export const ITER2_SIZE: usize = 16;

/** An iterator of type t over seq starting at index (new reference to seq taken). */
export function seqIterNew(t: usize, seq: Val, index: i32): Val {
  let it = gcAlloc(t, SEQITER_SIZE);
  if (it == 0) return 0;
  incref(seq);
  store<u32>(it, seq, 8);
  store<i32>(it, index, 12);
  gcTrack(it);
  return <Val>it;
}

export function dictIterNew(t: usize, d: Val, size: i32): Val {
  let it = gcAlloc(t, DICTITER_SIZE);
  if (it == 0) return 0;
  incref(d);
  store<u32>(it, d, 8);
  store<i32>(it, 0, 12);
  store<i32>(it, size, 16);
  gcTrack(it);
  return <Val>it;
}

/** A two-field iterator object (enumerate, zip, map, filter, callable_iterator); references taken. */
export function iter2New(t: usize, a: Val, b: Val): Val {
  let it = gcAlloc(t, ITER2_SIZE);
  if (it == 0) return 0;
  xincref(a); xincref(b);
  store<u32>(it, a, 8);
  store<u32>(it, b, 12);
  gcTrack(it);
  return <Val>it;
}

/** Release the fields of any iterator of this file (dealloc and the cycle collector). */
export function iterClear(it: Val): void {
  let a = load<u32>(it, 8), b = load<u32>(it, 12);
  store<u32>(it, 0, 8);
  let t = typeOf(it);
  if (t != T_LIST_ITER && t != T_TUPLE_ITER && t != T_STR_ITER && t != T_SEQ_ITER && t != T_BYTES_ITER
      && t != T_LIST_REVITER && t != T_REVERSED && t != T_DICT_KEYITER && t != T_DICT_VALUEITER && t != T_DICT_ITEMITER && t != T_SET_ITER) {
    store<u32>(it, 0, 12);
    xdecref(b);
  }
  xdecref(a);
}

export function iterDealloc(it: Val): void {
  let t = typeOf(it);
  iterClear(it);
  let size = (t == T_DICT_KEYITER || t == T_DICT_VALUEITER || t == T_DICT_ITEMITER || t == T_SET_ITER) ? DICTITER_SIZE : SEQITER_SIZE;
  gcFree(it, size);
}

function exhaust(it: Val): Val {
  let s = load<u32>(it, 8);
  store<u32>(it, 0, 8);
  xdecref(s);
  return 0;
}

/** next() of an enumerate, dict-items or zip iterator straight into the n stack slots at out, in
 *  UNPACK_SEQUENCE's order (item n-1 deepest): `for i, x in enumerate(...)` never builds the
 *  tuple that next() would make and the unpacking would drop at once. 1: stored; 0: exhausted
 *  (or an exception is pending); -1: not one of these shapes, so use next() and unpack. */
export function iterNextUnpack(it: Val, n: i32, out: usize): i32 {
  let t = typeOf(it);
  let seq = load<u32>(it, 8);
  if (t == T_ENUMERATE && n == 2) {
    if (seq == 0) return 0;
    let v = iterNext(seq);
    if (v == 0) return 0;
    let count = load<u32>(it, 12);
    let next = isSmall(count) && smallValue(count) < (1 << 30) - 1 ? mkSmall(smallValue(count) + 1) : intAdd(count, mkSmall(1));
    if (next == 0) { decref(v); return 0; }
    store<u32>(it, next, 12);
    store<u32>(out, v);
    store<u32>(out, count, 4);   // the iterator's reference moves to the stack
    return 1;
  }
  if (t == T_DICT_ITEMITER && n == 2) {
    if (seq == 0) return 0;
    if (dictUsed(seq) != load<i32>(it, 16)) {
      store<i32>(it, -1, 16);
      raiseMsg(E.RuntimeError, "dictionary changed size during iteration");
      return 0;
    }
    let pos = dictNextAt(seq, load<i32>(it, 12));
    if (pos < 0) { exhaust(it); return 0; }
    store<i32>(it, pos + 1, 12);
    let k = dictEntryKey(seq, pos), v = dictEntryValue(seq, pos);
    incref(k); incref(v);
    store<u32>(out, v);
    store<u32>(out, k, 4);
    return 1;
  }
  if (t == T_ZIP && seq != 0 && tupleSize(seq) == n && n > 0) {
    for (let i = 0; i < n; i++) {
      let v = iterNext(tupleItem(seq, i));
      if (v == 0) {
        for (let j = 0; j < i; j++) decref(load<u32>(out + (<usize>(n - 1 - j) << 2)));
        if (!excPending() && load<u32>(it, 12) != 0) zipStrictError(it, i);
        return 0;
      }
      store<u32>(out + (<usize>(n - 1 - i) << 2), v);
    }
    return 1;
  }
  return -1;
}

/** next() for the iterators of this file: a new reference, or 0 (exhausted if no exception is pending). */
export function builtinIterNext(it: Val): Val {
  let t = typeOf(it);
  let seq = load<u32>(it, 8);
  if (t == T_LIST_ITER || t == T_TUPLE_ITER || t == T_STR_ITER || t == T_BYTES_ITER) {
    if (seq == 0) return 0;
    let i = load<i32>(it, 12);
    let n = t == T_LIST_ITER ? listSize(seq) : t == T_TUPLE_ITER ? tupleSize(seq) : t == T_STR_ITER ? strLen(seq) : bytesLen(seq);
    if (i >= n) return exhaust(it);
    store<i32>(it, i + 1, 12);
    if (t == T_STR_ITER) return strFromChar(strGet(seq, i));
    if (t == T_BYTES_ITER) return mkSmall(<i32>load<u8>(bytesData(seq) + <usize>i));
    let v = t == T_LIST_ITER ? listItem(seq, i) : tupleItem(seq, i);
    incref(v);
    return v;
  }
  if (t == T_LIST_REVITER) {
    if (seq == 0) return 0;
    let i = load<i32>(it, 12);
    if (i < 0 || i >= listSize(seq)) return exhaust(it);
    store<i32>(it, i - 1, 12);
    let v = listItem(seq, i);
    incref(v);
    return v;
  }
  if (t == T_REVERSED) {
    if (seq == 0) return 0;
    let i = load<i32>(it, 12);
    if (i < 0) return exhaust(it);
    store<i32>(it, i - 1, 12);
    let v = objGetItem(seq, mkSmall(i));
    if (v == 0) {
      if (excMatches(excType(E.IndexError)) || excMatches(excType(E.StopIteration))) { clearExc(); return exhaust(it); }
      return 0;
    }
    return v;
  }
  if (t == T_SEQ_ITER) {
    if (seq == 0) return 0;
    let i = load<i32>(it, 12);
    let v = objGetItem(seq, mkSmall(i));
    if (v == 0) {
      if (excMatches(excType(E.IndexError)) || excMatches(excType(E.StopIteration))) { clearExc(); return exhaust(it); }
      return 0;
    }
    store<i32>(it, i + 1, 12);
    return v;
  }
  if (t == T_DICT_KEYITER || t == T_DICT_VALUEITER || t == T_DICT_ITEMITER) {
    if (seq == 0) return 0;
    if (dictUsed(seq) != load<i32>(it, 16)) {
      store<i32>(it, -1, 16);
      raiseMsg(E.RuntimeError, "dictionary changed size during iteration");
      return 0;
    }
    let pos = dictNextAt(seq, load<i32>(it, 12));
    if (pos < 0) return exhaust(it);
    store<i32>(it, pos + 1, 12);
    if (t == T_DICT_KEYITER) { let k = dictEntryKey(seq, pos); incref(k); return k; }
    if (t == T_DICT_VALUEITER) { let v = dictEntryValue(seq, pos); incref(v); return v; }
    let tup = tupleNew(2);
    if (tup == 0) return 0;
    let k = dictEntryKey(seq, pos), v = dictEntryValue(seq, pos);
    incref(k); incref(v);
    tupleSet(tup, 0, k); tupleSet(tup, 1, v);
    return tup;
  }
  if (t == T_SET_ITER) {
    if (seq == 0) return 0;
    if (setUsed(seq) != load<i32>(it, 16)) {
      store<i32>(it, -1, 16);
      raiseMsg(E.RuntimeError, "Set changed size during iteration");
      return 0;
    }
    let pos = setNextAt(seq, load<i32>(it, 12));
    if (pos < 0) return exhaust(it);
    store<i32>(it, pos + 1, 12);
    let k = setEntryKey(seq, pos);
    incref(k);
    return k;
  }
  if (t == T_ENUMERATE) {
    if (seq == 0) return 0;
    let v = iterNext(seq);
    if (v == 0) return 0;
    let count = load<u32>(it, 12);
    let tup = tupleNew(2);
    if (tup == 0) { decref(v); return 0; }
    let next = isSmall(count) && smallValue(count) < (1 << 30) - 1 ? mkSmall(smallValue(count) + 1) : intAdd(count, mkSmall(1));
    if (next == 0) { decref(v); decref(tup); return 0; }
    store<u32>(it, next, 12);
    tupleSet(tup, 0, count);   // the iterator's reference moves into the tuple
    tupleSet(tup, 1, v);
    return tup;
  }
  if (t == T_ZIP) {
    if (seq == 0) return 0;
    let n = tupleSize(seq);
    if (n == 0) return 0;
    let tup = tupleNew(n);
    if (tup == 0) return 0;
    for (let i = 0; i < n; i++) {
      let v = iterNext(tupleItem(seq, i));
      if (v == 0) {
        decref(tup);
        if (!excPending() && load<u32>(it, 12) != 0) return zipStrictError(it, i);
        return 0;
      }
      tupleSet(tup, i, v);
    }
    return tup;
  }
  if (t == T_MAP) {
    let fn = seq, its = load<u32>(it, 12);
    if (fn == 0) return 0;
    let n = tupleSize(its);
    let args = tupleNew(n);
    if (args == 0) return 0;
    for (let i = 0; i < n; i++) {
      let v = iterNext(tupleItem(its, i));
      if (v == 0) { decref(args); return 0; }
      tupleSet(args, i, v);
    }
    let r = callObject(fn, <usize>args + 12, n, 0);
    decref(args);
    return r;
  }
  if (t == T_FILTER) {
    let fn = seq, src = load<u32>(it, 12);
    if (src == 0) return 0;
    while (true) {
      let v = iterNext(src);
      if (v == 0) return 0;
      let keep: i32;
      if (fn == 0 || fn == <Val>noneVal()) keep = objTruthy(v);
      else {
        let r = call1(fn, v);
        if (r == 0) { decref(v); return 0; }
        keep = objTruthy(r);
        decref(r);
      }
      if (keep < 0) { decref(v); return 0; }
      if (keep) return v;
      decref(v);
    }
  }
  if (t == T_CALL_ITER) {
    let fn = seq;
    if (fn == 0) return 0;
    let v = callObject(fn, 0, 0, 0);
    if (v == 0) {
      if (excMatches(excType(E.StopIteration))) { clearExc(); exhaust(it); }
      return 0;
    }
    let eq = objEq(v, load<u32>(it, 12));
    if (eq < 0) { decref(v); return 0; }
    if (eq) { decref(v); exhaust(it); return 0; }
    return v;
  }
  return 0;
}

import { noneVal } from "./singletons";
import { raiseFmt } from "../vm/errors";

function zipStrictError(it: Val, i: i32): Val {
  if (i > 0) {
    raiseFmt(E.ValueError, i == 1 ? "zip() argument 2 is shorter than argument 1" : "zip() argument %d is shorter than arguments 1-%d", mkSmall(i + 1), mkSmall(i));
    return 0;
  }
  // the first iterator ended: all others must end too
  let its = load<u32>(it, 8);
  let n = tupleSize(its);
  for (let j = 1; j < n; j++) {
    let v = iterNext(tupleItem(its, j));
    if (v != 0) {
      decref(v);
      raiseFmt(E.ValueError, j == 1 ? "zip() argument 2 is longer than argument 1" : "zip() argument %d is longer than arguments 1-%d", mkSmall(j + 1), mkSmall(j));
      return 0;
    }
    if (excPending()) return 0;
  }
  return 0;
}
