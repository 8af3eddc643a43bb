// Generic object operations, part 4: subscripts, len, iteration, membership, and the sequence
// operators (+, * and comparison of lists, tuples, strs, bytes).

import { Val, isSmall, smallValue, mkSmall, fitsSmall, incref, decref, xdecref } from "../obj/object";
import { PyType, T_LIST, T_TUPLE, T_STR, T_DICT, T_LIST_ITER, T_TUPLE_ITER, T_STR_ITER, T_SEQ_ITER, T_BYTES_ITER,
         T_DICT_KEYITER, T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_RANGE_ITER, T_SLICE, T_TYPE, T_GENERATOR,
         typeOf, typeKind, isHeapType, typeSpecial, typeName, typeLookup } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strLen, strGet, strFromChar, strSubstring, strAlloc, strPut, strKind, strData, strConcat, strMaxChar } from "../obj/str";
import { TUPLE_HEADER, tupleNew, tupleSet, tupleSize, tupleItem, tupleItems, tupleSlice, tupleFromArray, tupleEmpty } from "../obj/tuple";
import { listNew, listSize, listItem, listItems, listAppend, listResize, listSetSize, listSlice, listFromArray, listNewOfType } from "../obj/list";
import { dictGetItem, dictSetItem, dictDelItem, dictContains, dictUsed } from "../obj/dict";
import { noneVal, trueVal, falseVal, boolVal, notImplVal } from "../obj/singletons";
import { E, excType } from "../obj/exc";
import { raiseFmt, raiseMsg, raiseObj, excPending, excMatches, clearExc, raiseMemoryError } from "./errors";
import { callWithSelf, call1 } from "./call";
import { intAsI64, intFromI64 } from "../obj/int";
import { objEq, objRepr } from "./ops";
import { compareBool, nativeCompare } from "./ops_num";
import { BinOp, CmpOp } from "./opcodes";
import { sliceNew, sliceIndices, sliceOutStart, sliceOutStop, sliceOutStep, sliceOutLen, rangeLen, rangeItem,
         rangeIterNew, rangeIterNext, rangeNew, rangeStart, rangeStep } from "../obj/range";
import { seqIterNew, dictIterNew, builtinIterNext } from "../obj/iter";
import { setContains, setUsed } from "../obj/set";
import { genNext } from "../obj/gen";
import { bytesLen, bytesData, bytesBinary, bytesContains } from "../obj/bytes";
import { strContains } from "../obj/strmethods";
import { dictViewLen, dictViewIter, dictViewContains } from "./ops_misc";
import { excNewMsg } from "../obj/exc";

// {==== index conversion

let indexOkFlag: bool = true;
/** After indexValue: false if v was not an integer (an exception may be pending if __index__ raised). */
export function indexOk(): bool { return indexOkFlag; }

/**
 * v as a machine index: an int, a bool, or an object with __index__. With clamp, huge ints become
 * ±2^62 (slice semantics); without, they raise IndexError. Sets indexOk().
 */
export function indexValue(v: Val, clamp: bool, via: usize = 0): i64 {
  indexOkFlag = true;
  if (isSmall(v)) return <i64>smallValue(v);
  let t = typeOf(v);
  let k = typeKind(t);
  if (k == Kind.BOOL) return <i64>load<i32>(v, 8);
  if (k == Kind.INT) {
    let ovf = memory.data(4);
    let x = intAsI64(v, ovf);
    if (load<u32>(ovf) != 0 || x > 0x3fffffffffffffff || x < -0x3fffffffffffffff) {
      if (clamp) return x < 0 || (load<u32>(ovf) != 0 && intNegative(v)) ? -0x3fffffffffffffff : 0x3fffffffffffffff;
      raiseFmt(E.IndexError, "cannot fit '%s' into an index-sized integer", typeName(via != 0 ? via : t));   // via: the class whose __index__ gave v
      indexOkFlag = false;
      return 0;
    }
    return x;
  }
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_index);
    if (m != 0) {
      let r = callWithSelf(m, v, 0, 0, 0);
      if (r == 0) { indexOkFlag = false; return 0; }
      let rk = isSmall(r) ? Kind.INT : typeKind(typeOf(r));
      if (rk != Kind.INT && rk != Kind.BOOL) {
        raiseFmt(E.TypeError, "__index__ returned non-int (type %s)", typeName(typeOf(r)));
        decref(r);
        indexOkFlag = false;
        return 0;
      }
      let x = indexValue(r, clamp, t);
      decref(r);
      return x;
    }
  }
  indexOkFlag = false;
  return 0;
}

import { intSign } from "../obj/int";
function intNegative(v: Val): bool { return intSign(v) < 0; }

/** Normalise a possibly negative index against n; -1 if out of range. */
// @ts-ignore: decorator
@inline function normIndex(i: i64, n: i32): i32 {
  if (i < 0) i += <i64>n;
  if (i < 0 || i >= <i64>n) return -1;
  return <i32>i;
}
// }====

// {==== subscripts

function seqIndexError(what: string): Val { raiseMsg(E.IndexError, what); return 0; }

function indexTypeError(o: Val, k: Val, what: string): Val {
  if (!excPending()) raiseFmt(E.TypeError, what == "list" ? "list indices must be integers or slices, not %s"
    : what == "tuple" ? "tuple indices must be integers or slices, not %s"
    : what == "str" ? "string indices must be integers, not '%s'" : "byte indices must be integers or slices, not %s", typeName(typeOf(k)));
  return 0;
}

/** o[k]: a new reference or 0. */
export function objGetItem(o: Val, k: Val): Val {
  if (isSmall(o)) { raiseFmt(E.TypeError, "'int' object is not subscriptable"); return 0; }
  let t = typeOf(o);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_getitem);
    if (m != 0) return callWithSelf(m, o, tmpArg(k), 1, 0);
  }
  return nativeGetItem(o, k);
}

/** o[k] by o's builtin kind only (list.__getitem__ and friends): no class override is consulted. */
export function nativeGetItem(o: Val, k: Val): Val {
  let t = typeOf(o);
  let kind = typeKind(t);
  if (kind == Kind.RANGE && rangeLen(o) < 0) return bigRangeGetItem(o, k);
  switch (kind) {
    case Kind.LIST: case Kind.TUPLE: case Kind.STR: case Kind.BYTES: case Kind.BYTEARRAY: case Kind.RANGE: {
      let isSlice = !isSmall(k) && typeOf(k) == T_SLICE;
      let n = kind == Kind.LIST ? listSize(o) : kind == Kind.TUPLE ? tupleSize(o) : kind == Kind.STR ? strLen(o)
        : kind == Kind.RANGE ? <i32>rangeLen(o) : bytesLen(o);
      if (isSlice) {
        if (!sliceIndices(k, n)) return 0;
        return sliceOf(o, kind);
      }
      let i = indexValue(k, false);
      if (!indexOkFlag) {
        if (excPending()) return 0;
        return indexTypeError(o, k, kind == Kind.LIST ? "list" : kind == Kind.TUPLE ? "tuple" : kind == Kind.STR ? "str" : kind == Kind.RANGE ? "range" : "bytes");
      }
      let j = normIndex(i, n);
      if (j < 0) return seqIndexError(kind == Kind.LIST ? "list index out of range" : kind == Kind.TUPLE ? "tuple index out of range"
        : kind == Kind.STR ? "string index out of range" : kind == Kind.RANGE ? "range object index out of range" : "index out of range");
      if (kind == Kind.LIST) { let v = listItem(o, j); incref(v); return v; }
      if (kind == Kind.TUPLE) { let v = tupleItem(o, j); incref(v); return v; }
      if (kind == Kind.STR) return strFromChar(strGet(o, j));
      if (kind == Kind.RANGE) return rangeItem(o, <i64>j);
      return mkSmall(<i32>load<u8>(bytesData(o) + <usize>j));
    }
    case Kind.DICT: {
      let v = dictGetItem(o, k);
      if (v != 0) { incref(v); return v; }
      if (excPending()) return 0;
      if (isHeapType(t)) {
        let miss = typeSpecial(t, Id.D_missing);
        if (miss != 0) return callWithSelf(miss, o, tmpArg(k), 1, 0);
      }
      raiseKeyError(k);
      return 0;
    }
    case Kind.TYPE: {
      // list[int] and friends: generic aliases are not modelled; the class itself stands in
      let cg = typeLookup(<usize>o, idStr(Id.D_class_getitem));
      if (cg != 0) return call1ClassGetitem(cg, o, k);
      if (!isHeapType(<usize>o)) { incref(o); return o; }
      raiseFmt(E.TypeError, "type '%s' is not subscriptable", changetype<PyType>(o).name);
      return 0;
    }
  }
  raiseFmt(E.TypeError, "'%s' object is not subscriptable", typeName(t));
  return 0;
}

import { descrGet } from "./ops_attr";
function call1ClassGetitem(cg: Val, cls: Val, k: Val): Val {
  let f = descrGet(cg, 0, <usize>cls);
  if (f == 0) return 0;
  let r = call1(f, k);
  decref(f);
  return r;
}

/** Raise KeyError(k). */
export function raiseKeyError(k: Val): void {
  let args = tupleFromArray(tmpArg(k), 1);
  if (args == 0) return;
  let x = excNewArgs(excType(E.KeyError), args);
  decref(args);
  if (x != 0) raiseObj(x);
}
import { excNew } from "../obj/exc";
function excNewArgs(t: usize, args: Val): Val { return excNew(t, args); }

const TMP_ARGS: usize = memory.data(64, 4);
let tmpArgTop: i32 = 0;
/** A one-element argument array for a call from native code (a small ring: callers never hold it across calls that use it). */
export function tmpArg(v: Val): usize {
  let p = TMP_ARGS + (<usize>(tmpArgTop & 15) << 2);
  tmpArgTop++;
  store<u32>(p, v);
  return p;
}

/** The slice of o given by SLICE_OUT (after sliceIndices or sliceAdjust). */
export function sliceOf(o: Val, kind: Kind): Val {
  let start = sliceOutStart(), step = sliceOutStep(), n = sliceOutLen();
  if (kind == Kind.RANGE) {
    let ovf = memory.data(4);
    let a = intAsI64(rangeStart(o), ovf), s = intAsI64(rangeStep(o), ovf);
    let b = intFromI64(a + <i64>start * s);
    let e = intFromI64(a + <i64>sliceOutStop() * s);
    let st = intFromI64(s * <i64>step);
    if (b == 0 || e == 0 || st == 0) { xdecref(b); xdecref(e); xdecref(st); return 0; }
    let r = rangeNew(b, e, st);
    decref(b); decref(e); decref(st);
    return r;
  }
  if (kind == Kind.STR) {
    if (step == 1) return strSubstring(o, start, start + n);
    let m: u32 = 0;
    for (let i = 0; i < n; i++) { let c = strGet(o, start + i * step); if (c > m) m = c; }
    let r = strAlloc(n, m);
    if (r == 0) return 0;
    for (let i = 0; i < n; i++) strPut(r, i, strGet(o, start + i * step));
    return r;
  }
  if (kind == Kind.BYTES || kind == Kind.BYTEARRAY) return bytesSliceOf(o, start, step, n);
  if (step == 1) {
    if (kind == Kind.LIST) return listSlice(o, start, start + n);
    return tupleSlice(o, start, start + n);
  }
  if (kind == Kind.LIST) {
    let l = listNew(n);
    if (l == 0) return 0;
    for (let i = 0; i < n; i++) { let v = listItem(o, start + i * step); incref(v); store<u32>(listItems(l) + (<usize>i << 2), v); }
    listSetSize(l, n);
    return l;
  }
  let tp = tupleNew(n);
  if (tp == 0) return 0;
  for (let i = 0; i < n; i++) { let v = tupleItem(o, start + i * step); incref(v); tupleSet(tp, i, v); }
  return tp;
}

import { bytesSlice } from "../obj/bytes";
function bytesSliceOf(o: Val, start: i32, step: i32, n: i32): Val { return bytesSlice(o, start, step, n); }

/** o[k] = v: false on error. */
export function objSetItem(o: Val, k: Val, v: Val): bool {
  if (isSmall(o)) { raiseMsg(E.TypeError, "'int' object does not support item assignment"); return false; }
  let t = typeOf(o);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_setitem);
    if (m != 0) {
      let p = TMP_ARGS + 32;
      let args = heapArgs2(k, v);
      if (args == 0) return false;
      let r = callWithSelf(m, o, args, 2, 0);
      heapFreeArgs(args, 8);
      if (r == 0) return false;
      decref(r);
      return true;
    }
  }
  return nativeSetItem(o, k, v);
}

/** o[k] = v by o's builtin kind only. */
export function nativeSetItem(o: Val, k: Val, v: Val): bool {
  let t = typeOf(o);
  let kind = typeKind(t);
  if (kind == Kind.DICT) return dictSetItem(o, k, v);
  if (kind == Kind.LIST) {
    if (!isSmall(k) && typeOf(k) == T_SLICE) return listAssignSlice(o, k, v);
    let i = indexValue(k, false);
    if (!indexOkFlag) { if (!excPending()) indexTypeError(o, k, "list"); return false; }
    let j = normIndex(i, listSize(o));
    if (j < 0) { raiseMsg(E.IndexError, "list assignment index out of range"); return false; }
    let slot = listItems(o) + (<usize>j << 2);
    let old = load<u32>(slot);
    incref(v);
    store<u32>(slot, v);
    decref(old);
    return true;
  }
  if (kind == Kind.BYTEARRAY) return bytearraySetItem(o, k, v);
  raiseFmt(E.TypeError, "'%s' object does not support item assignment", typeName(t));
  return false;
}

import { bytearraySetItem, bytearrayDelItem } from "../obj/bytes";
import { heapAlloc, heapFree } from "../mem/heap";
function heapArgs2(a: Val, b: Val): usize {
  let p = heapAlloc(8);
  if (p == 0) { raiseMemoryError(8); return 0; }
  store<u32>(p, a); store<u32>(p, b, 4);
  return p;
}
function heapFreeArgs(p: usize, n: usize): void { heapFree(p, n); }

/** del o[k]: false on error. */
export function objDelItem(o: Val, k: Val): bool {
  if (isSmall(o)) { raiseMsg(E.TypeError, "'int' object does not support item deletion"); return false; }
  let t = typeOf(o);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_delitem);
    if (m != 0) {
      let r = callWithSelf(m, o, tmpArg(k), 1, 0);
      if (r == 0) return false;
      decref(r);
      return true;
    }
  }
  return nativeDelItem(o, k);
}

/** del o[k] by o's builtin kind only. */
export function nativeDelItem(o: Val, k: Val): bool {
  let t = typeOf(o);
  let kind = typeKind(t);
  if (kind == Kind.DICT) {
    let r = dictDelItem(o, k);
    if (r < 0) return false;
    if (r == 0) { raiseKeyError(k); return false; }
    return true;
  }
  if (kind == Kind.LIST) {
    if (!isSmall(k) && typeOf(k) == T_SLICE) return listAssignSlice(o, k, 0);
    let i = indexValue(k, false);
    if (!indexOkFlag) { if (!excPending()) indexTypeError(o, k, "list"); return false; }
    let n = listSize(o);
    let j = normIndex(i, n);
    if (j < 0) { raiseMsg(E.IndexError, "list assignment index out of range"); return false; }
    let items = listItems(o);
    let old = load<u32>(items + (<usize>j << 2));
    memory.copy(items + (<usize>j << 2), items + (<usize>(j + 1) << 2), <usize>(n - j - 1) << 2);
    listResize(o, n - 1);
    decref(old);
    return true;
  }
  if (kind == Kind.BYTEARRAY) return bytearrayDelItem(o, k);
  raiseFmt(E.TypeError, "'%s' object doesn't support item deletion", typeName(t));
  return false;
}

/** l[slice] = v (v == 0: del l[slice]). */
export function listAssignSlice(l: Val, s: Val, v: Val): bool {
  if (!sliceIndices(s, listSize(l))) return false;
  return listAssignSliceOut(l, v);
}

/** l[SLICE_OUT] = v (v == 0: del), after sliceIndices or sliceAdjust. */
export function listAssignSliceOut(l: Val, v: Val): bool {
  let n = listSize(l);
  let start = sliceOutStart(), step = sliceOutStep(), cnt = sliceOutLen();
  // the new items, as a private list (v may be l itself)
  let src: Val = 0;
  let m = 0;
  if (v != 0) {
    src = sequenceToList(v);
    if (src == 0) {
      if (excMatches(excType(E.TypeError))) { clearExc(); raiseMsg(E.TypeError, "must assign iterable to extended slice"); }
      return false;
    }
    m = listSize(src);
  }
  if (step == 1) {
    let stop = start + cnt;
    let delta = m - cnt;
    let old = listNewRange(l, start, stop);   // keep the replaced items alive until the end
    if (old == 0) { xdecref(src); return false; }
    if (delta > 0) {
      if (!listResize(l, n + delta)) { decref(old); xdecref(src); return false; }
      let items = listItems(l);
      memory.copy(items + (<usize>(stop + delta) << 2), items + (<usize>stop << 2), <usize>(n - stop) << 2);
    } else if (delta < 0) {
      let items = listItems(l);
      memory.copy(items + (<usize>(stop + delta) << 2), items + (<usize>stop << 2), <usize>(n - stop) << 2);
      listResize(l, n + delta);
    }
    let items = listItems(l);
    for (let i = 0; i < m; i++) { let x = listItem(src, i); incref(x); store<u32>(items + (<usize>(start + i) << 2), x); }
    decref(old);
    xdecref(src);
    return true;
  }
  if (v == 0) {
    // extended slice deletion: compact in one pass
    let items = listItems(l);
    let dead = listNew(cnt);
    if (dead == 0) return false;
    let w = 0;
    let k = 0;
    for (let i = 0; i < n; i++) {
      let x = load<u32>(items + (<usize>i << 2));
      let inSlice = k < cnt && i == start + k * step;
      if (step < 0) inSlice = false;
      if (inSlice) { store<u32>(listItems(dead) + (<usize>k << 2), x); k++; }
      else { store<u32>(items + (<usize>w << 2), x); w++; }
    }
    if (step < 0) {
      // negative step: mark by computing the set of indices
      w = 0; k = 0;
      let lo = start + (cnt - 1) * step;
      let pos = step < 0 ? -step : step;
      for (let i = 0; i < n; i++) {
        let x = load<u32>(items + (<usize>i << 2));
        let inSlice = i >= lo && i <= start && (i - lo) % pos == 0 && k < cnt;
        if (inSlice) { store<u32>(listItems(dead) + (<usize>k << 2), x); k++; }
        else { store<u32>(items + (<usize>w << 2), x); w++; }
      }
    }
    listSetSize(dead, k);
    listResize(l, w);
    decref(dead);
    return true;
  }
  if (m != cnt) {
    raiseFmt(E.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", mkSmall(m), mkSmall(cnt));
    decref(src);
    return false;
  }
  let items = listItems(l);
  for (let i = 0; i < cnt; i++) {
    let slot = items + (<usize>(start + i * step) << 2);
    let old = load<u32>(slot);
    let x = listItem(src, i);
    incref(x);
    store<u32>(slot, x);
    decref(old);
  }
  decref(src);
  return true;
}

function listNewRange(l: Val, a: i32, b: i32): Val {
  let r = listNew(b - a);
  if (r == 0) return 0;
  memory.copy(listItems(r), listItems(l) + (<usize>a << 2), <usize>(b - a) << 2);
  listSetSize(r, b - a);   // references move: l no longer owns them once overwritten
  return r;
}
// }====

// {==== len, iteration, membership

/** len(o) of a builtin sized kind, or -1 (TypeError raised) if it has none. */
export function seqLen(o: Val): i32 {
  switch (typeKind(typeOf(o))) {
    case Kind.LIST: return listSize(o);
    case Kind.TUPLE: return tupleSize(o);
    case Kind.STR: return strLen(o);
    case Kind.DICT: return dictUsed(o);
    case Kind.SET: case Kind.FROZENSET: return setUsed(o);
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesLen(o);
    case Kind.RANGE: {
      let ovf = memory.data(4);
      let n = intAsI64(rangeLenObj(o), ovf);
      if (load<u32>(ovf) != 0 || n > 0x7fffffff) { raiseMsg(E.OverflowError, "Python int too large to convert to C ssize_t"); return -1; }
      return <i32>n;
    }
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: return dictViewLen(o);
  }
  raiseFmt(E.TypeError, "object of type '%s' has no len()", typeName(typeOf(o)));
  return -1;
}

/** len(o): -1 on error. */
export function objLen(o: Val): i32 {
  if (isSmall(o)) { raiseMsg(E.TypeError, "object of type 'int' has no len()"); return -1; }
  let t = typeOf(o);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_len);
    if (m != 0) {
      let r = callWithSelf(m, o, 0, 0, 0);
      if (r == 0) return -1;
      // slot_sq_length: PyNumber_AsSsize_t(result, OverflowError), then the sign check
      let i = indexValue(r, true);
      let ok = indexOkFlag;
      if (!ok && !excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(r)));
      decref(r);
      if (!ok) return -1;
      if (i >= 0x3fffffffffffffff || i <= -0x3fffffffffffffff) { raiseMsg(E.OverflowError, "cannot fit 'int' into an index-sized integer"); return -1; }
      if (i < 0) { raiseMsg(E.ValueError, "__len__() should return >= 0"); return -1; }
      if (i > 0x7fffffff) { raiseMsg(E.OverflowError, "cannot fit 'int' into an index-sized integer"); return -1; }
      return <i32>i;
    }
  }
  return seqLen(o);
}

/** iter(o): a new reference or 0. */
export function objGetIter(o: Val): Val {
  if (isSmall(o)) { raiseMsg(E.TypeError, "'int' object is not iterable"); return 0; }
  let t = typeOf(o);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_iter);
    if (m == noneVal()) { raiseFmt(E.TypeError, "'%s' object is not iterable", typeName(t)); return 0; }
    if (m != 0) {
      let it = callWithSelf(m, o, 0, 0, 0);
      if (it == 0) return 0;
      if (!isIterator(it)) {
        raiseFmt(E.TypeError, "iter() returned non-iterator of type '%s'", typeName(typeOf(it)));
        decref(it);
        return 0;
      }
      return it;
    }
    if (typeKind(t) == Kind.OBJECT || typeKind(t) == Kind.EXCEPTION) {
      if (typeSpecial(t, Id.D_getitem) != 0) return seqIterNew(T_SEQ_ITER, o, 0);
      if (typeSpecial(t, Id.D_next) != 0) { raiseFmt(E.TypeError, "'%s' object is not iterable", typeName(t)); return 0; }
    }
  }
  return nativeGetIter(o);
}

/** iter(o) by o's builtin kind only. */
export function nativeGetIter(o: Val): Val {
  let t = typeOf(o);
  switch (typeKind(t)) {
    case Kind.LIST: return seqIterNew(T_LIST_ITER, o, 0);
    case Kind.TUPLE: return seqIterNew(T_TUPLE_ITER, o, 0);
    case Kind.STR: return seqIterNew(T_STR_ITER, o, 0);
    case Kind.BYTES: case Kind.BYTEARRAY: return seqIterNew(T_BYTES_ITER, o, 0);
    case Kind.DICT: return dictIterNew(T_DICT_KEYITER, o, dictUsed(o));
    case Kind.SET: case Kind.FROZENSET: return dictIterNew(T_SET_ITER, o, setUsed(o));
    case Kind.RANGE: return rangeIterNew(o);
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: return dictViewIter(o);
    case Kind.SEQ_ITER: case Kind.DICT_ITER: case Kind.ENUMERATE: case Kind.ZIP: case Kind.MAP:
    case Kind.FILTER: case Kind.REVERSED: case Kind.CALL_ITER: case Kind.NATIVE_ITER: case Kind.GENERATOR:
      incref(o);
      return o;
  }
  raiseFmt(E.TypeError, "'%s' object is not iterable", typeName(t));
  return 0;
}

/** True if v has __next__ (native or Python). */
export function isIterator(v: Val): bool {
  if (isSmall(v)) return false;
  let t = typeOf(v);
  if (isHeapType(t) && typeSpecial(t, Id.D_next) != 0) return true;
  switch (typeKind(t)) {
    case Kind.SEQ_ITER: case Kind.DICT_ITER: case Kind.ENUMERATE: case Kind.ZIP: case Kind.MAP: case Kind.FILTER:
    case Kind.REVERSED: case Kind.CALL_ITER: case Kind.NATIVE_ITER: case Kind.GENERATOR:
      return true;
  }
  if (t == T_RANGE_ITER) return true;
  return false;
}

import { nativeIterNext } from "../obj/nativeiter";

/** next(it): a new reference, or 0: exhausted when no exception is pending (StopIteration is absorbed). */
export function iterNext(it: Val): Val {
  let t = typeOf(it);
  if (t == T_RANGE_ITER) return rangeIterNext(it);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_next);
    if (m != 0) {
      let v = callWithSelf(m, it, 0, 0, 0);
      if (v == 0 && excMatches(excType(E.StopIteration))) clearExc();
      return v;
    }
  }
  switch (typeKind(t)) {
    case Kind.GENERATOR: return genNext(it);
    case Kind.NATIVE_ITER: return nativeIterNext(it);
    case Kind.SEQ_ITER: case Kind.DICT_ITER: case Kind.ENUMERATE: case Kind.ZIP: case Kind.MAP:
    case Kind.FILTER: case Kind.REVERSED: case Kind.CALL_ITER:
      return builtinIterNext(it);
  }
  raiseFmt(E.TypeError, "'%s' object is not an iterator", typeName(t));
  return 0;
}

/** `v in c`: 1, 0, or -1 on error. */
export function objContains(c: Val, v: Val): i32 {
  if (isSmall(c)) { raiseMsg(E.TypeError, "argument of type 'int' is not iterable"); return -1; }
  let t = typeOf(c);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_contains);
    if (m != 0) {
      let r = callWithSelf(m, c, tmpArg(v), 1, 0);
      if (r == 0) return -1;
      let b = compareTruth(r);
      decref(r);
      return b;
    }
  }
  return nativeContains(c, v);
}

/** `v in c` by c's builtin kind (falling back to iteration). */
export function nativeContains(c: Val, v: Val): i32 {
  let t = typeOf(c);
  switch (typeKind(t)) {
    case Kind.DICT: return dictContains(c, v);
    case Kind.SET: case Kind.FROZENSET: return setContains(c, v);
    case Kind.STR: return strContains(c, v);
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesContains(c, v);
    case Kind.LIST: {
      for (let i = 0; i < listSize(c); i++) {
        let x = listItem(c, i);
        incref(x);
        let r = objEq(x, v);
        decref(x);
        if (r != 0) return r;
      }
      return 0;
    }
    case Kind.TUPLE: {
      let n = tupleSize(c);
      for (let i = 0; i < n; i++) {
        let r = objEq(tupleItem(c, i), v);
        if (r != 0) return r;
      }
      return 0;
    }
    case Kind.RANGE: {
      let kk = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
      if (kk == Kind.INT || kk == Kind.BOOL) return rangeContainsInt(c, kk == Kind.BOOL ? mkSmall(load<i32>(v, 8)) : v);
      break;
    }
    case Kind.DICT_KEYS: case Kind.DICT_ITEMS: case Kind.DICT_VALUES: return dictViewContains(c, v);
  }
  // fall back to iteration
  let it = objGetIter(c);
  if (it == 0) {
    if (excMatches(excType(E.TypeError))) { clearExc(); raiseFmt(E.TypeError, "argument of type '%s' is not iterable", typeName(t)); }
    return -1;
  }
  while (true) {
    let x = iterNext(it);
    if (x == 0) { decref(it); return excPending() ? -1 : 0; }
    let r = objEq(x, v);
    decref(x);
    if (r != 0) { decref(it); return r; }
  }
  return 0;
}

import { objTruthy } from "./ops_num";
function compareTruth(r: Val): i32 { return objTruthy(r); }
// }====

// {==== building

/** BUILD_SLICE: a slice from the n (2 or 3) values at sp - 4n. */
export function buildSlice(sp: usize, n: u32): Val {
  let base = sp - (<usize>n << 2);
  let step = n == 3 ? load<u32>(base + 8) : noneVal();
  let s = sliceNew(load<u32>(base), load<u32>(base + 4), step);
  if (s == 0) return 0;
  for (let p = base; p < sp; p += 4) decref(load<u32>(p));
  return s;
}

/** list(v) as a new list (always a fresh list). */
export function sequenceToList(v: Val): Val {
  if (!isSmall(v)) {
    let t = typeOf(v);
    if (t == T_LIST) return listFromArray(listItems(v), listSize(v));
    if (t == T_TUPLE) return listFromArray(tupleItems(v), tupleSize(v));
  }
  let l = listNew(0);
  if (l == 0) return 0;
  if (!listExtendIter(l, v)) { decref(l); return 0; }
  return l;
}

/** l.extend(iterable) by iteration. */
export function listExtendIter(l: Val, v: Val): bool {
  if (!isSmall(v)) {
    let t = typeOf(v);
    if (t == T_LIST || t == T_TUPLE) {
      let n = t == T_LIST ? listSize(v) : tupleSize(v);
      let src = t == T_LIST ? listItems(v) : tupleItems(v);
      let m = listSize(l);
      if (!listResize(l, m + n)) return false;
      if (t == T_LIST) src = listItems(v);   // v may be l itself: re-read after the resize
      for (let i = 0; i < n; i++) { let x = load<u32>(src + (<usize>i << 2)); incref(x); store<u32>(listItems(l) + (<usize>(m + i) << 2), x); }
      return true;
    }
  }
  let it = objGetIter(v);
  if (it == 0) return false;
  while (true) {
    let x = iterNext(it);
    if (x == 0) break;
    let ok = listAppend(l, x);
    decref(x);
    if (!ok) { decref(it); return false; }
  }
  decref(it);
  return !excPending();
}

/** list += iterable: extends in place and returns the list. */
export function listInplaceAdd(l: Val, v: Val): Val {
  if (!listExtendIter(l, v)) return 0;
  incref(l);
  return l;
}

export function listInplaceMul(l: Val, v: Val): Val {
  let n = indexValue(v, true);
  if (!indexOkFlag) return excPending() ? 0 : notImplVal();
  let m = listSize(l);
  if (n <= 0 || m == 0) {
    // clear
    let tmp = listSlice(l, 0, m);
    if (tmp == 0) return 0;
    listResize(l, 0);
    decref(tmp);
    incref(l);
    return l;
  }
  if (<i64>m * n > 0x3fffffff) { raiseMemoryError(0xffffffff); return 0; }
  let total = m * <i32>n;
  if (!listResize(l, total)) return 0;
  let items = listItems(l);
  for (let i = m; i < total; i++) { let x = load<u32>(items + (<usize>(i % m) << 2)); incref(x); store<u32>(items + (<usize>i << 2), x); }
  incref(l);
  return l;
}
// }====

// {==== + and * on sequences, and their comparison

/** seq + seq and seq * n for lists, tuples, strs, bytes: a result, NotImplemented, or 0. */
export function seqBinary(a: Val, b: Val, op: u32): Val {
  let ka = isSmall(a) ? Kind.INT : typeKind(typeOf(a));
  let kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b));
  if (op == BinOp.ADD && ka == kb) {
    if (ka == Kind.STR) return strConcat(a, b);
    if (ka == Kind.LIST) {
      let na = listSize(a), nb = listSize(b);
      let l = listNew(na + nb);
      if (l == 0) return 0;
      let items = listItems(l);
      for (let i = 0; i < na; i++) { let x = listItem(a, i); incref(x); store<u32>(items + (<usize>i << 2), x); }
      for (let i = 0; i < nb; i++) { let x = listItem(b, i); incref(x); store<u32>(items + (<usize>(na + i) << 2), x); }
      listSetSize(l, na + nb);
      return l;
    }
    if (ka == Kind.TUPLE) {
      let na = tupleSize(a), nb = tupleSize(b);
      if (nb == 0 && typeOf(a) == T_TUPLE) { incref(a); return a; }
      if (na == 0 && typeOf(b) == T_TUPLE) { incref(b); return b; }
      let t = tupleNew(na + nb);
      if (t == 0) return 0;
      for (let i = 0; i < na; i++) { let x = tupleItem(a, i); incref(x); tupleSet(t, i, x); }
      for (let i = 0; i < nb; i++) { let x = tupleItem(b, i); incref(x); tupleSet(t, na + i, x); }
      return t;
    }
  }
  if (ka == Kind.BYTES || ka == Kind.BYTEARRAY || kb == Kind.BYTES || kb == Kind.BYTEARRAY) return bytesBinary(a, b, op);
  if (op == BinOp.MULTIPLY) {
    let seq: Val, nv: Val;
    let ks: Kind;
    if (ka == Kind.LIST || ka == Kind.TUPLE || ka == Kind.STR) { seq = a; nv = b; ks = ka; }
    else if (kb == Kind.LIST || kb == Kind.TUPLE || kb == Kind.STR) { seq = b; nv = a; ks = kb; }
    else return notImplVal();
    let kn = isSmall(nv) ? Kind.INT : typeKind(typeOf(nv));
    if (kn != Kind.INT && kn != Kind.BOOL && !(isHeapType(typeOf(nv)) && typeSpecial(typeOf(nv), Id.D_index) != 0)) {
      return notImplVal();   // binaryOp's error: "can't multiply sequence by non-int of type …"
    }
    let n = indexValue(nv, true);
    if (!indexOkFlag) return 0;
    return seqRepeat(seq, ks, n);
  }
  return notImplVal();
}

function seqRepeat(seq: Val, k: Kind, n: i64): Val {
  if (n < 0) n = 0;
  let m = k == Kind.LIST ? listSize(seq) : k == Kind.TUPLE ? tupleSize(seq) : strLen(seq);
  if (<i64>m * n > 0x3fffffff) { raiseMemoryError(0xffffffff); return 0; }
  let total = m * <i32>n;
  if (k == Kind.STR) {
    if (n == 1 && typeOf(seq) == T_STR) { incref(seq); return seq; }
    let r = strAlloc(total, strMaxChar(seq, 0, m));
    if (r == 0) return 0;
    if (total == 0) return r;
    let kind = <usize>strKind(r);
    let bytes = <usize>m * kind;
    for (let i: i64 = 0; i < n; i++) memory.copy(strData(r) + <usize>i * bytes, strData(seq), bytes);
    return r;
  }
  if (k == Kind.TUPLE) {
    if (n == 1 && typeOf(seq) == T_TUPLE) { incref(seq); return seq; }
    let t = tupleNew(total);
    if (t == 0) return 0;
    for (let i = 0; i < total; i++) { let x = tupleItem(seq, i % m); incref(x); tupleSet(t, i, x); }
    return t;
  }
  let l = listNew(total);
  if (l == 0) return 0;
  let items = listItems(l);
  for (let i = 0; i < total; i++) { let x = listItem(seq, i % m); incref(x); store<u32>(items + (<usize>i << 2), x); }
  listSetSize(l, total);
  return l;
}

/** Lexicographic comparison of two sequences of the same kind (list, tuple, bytes, range…). */
export function seqCompare(a: Val, b: Val, op: u32): Val {
  let k = typeKind(typeOf(a));
  if (k == Kind.BYTES || k == Kind.BYTEARRAY) return bytesCompare(a, b, op);
  if (k == Kind.RANGE) {
    if (op != CmpOp.EQ && op != CmpOp.NE) return notImplVal();
    let eq = rangeEq(a, b);
    return boolVal((op == CmpOp.EQ) == eq);
  }
  if (k == Kind.DICT_KEYS || k == Kind.DICT_ITEMS) return dictViewCompare(a, b, op);
  let na = k == Kind.LIST ? listSize(a) : tupleSize(a);
  let nb = k == Kind.LIST ? listSize(b) : tupleSize(b);
  if ((op == CmpOp.EQ || op == CmpOp.NE) && na != nb) return boolVal(op == CmpOp.NE);
  let i = 0;
  while (true) {
    na = k == Kind.LIST ? listSize(a) : tupleSize(a);
    nb = k == Kind.LIST ? listSize(b) : tupleSize(b);
    if (i >= na || i >= nb) break;
    let x = k == Kind.LIST ? listItem(a, i) : tupleItem(a, i);
    let y = k == Kind.LIST ? listItem(b, i) : tupleItem(b, i);
    incref(x); incref(y);
    let eq = objEq(x, y);
    if (eq < 0) { decref(x); decref(y); return 0; }
    if (!eq) {
      if (op == CmpOp.EQ) { decref(x); decref(y); return falseVal(); }
      if (op == CmpOp.NE) { decref(x); decref(y); return trueVal(); }
      let r = compareBool(x, y, op);
      decref(x); decref(y);
      if (r < 0) return 0;
      return boolVal(r != 0);
    }
    decref(x); decref(y);
    i++;
  }
  let c = na < nb ? -1 : na > nb ? 1 : 0;
  switch (op) {
    case CmpOp.LT: return boolVal(c < 0);
    case CmpOp.LE: return boolVal(c <= 0);
    case CmpOp.EQ: return boolVal(c == 0);
    case CmpOp.NE: return boolVal(c != 0);
    case CmpOp.GT: return boolVal(c > 0);
  }
  return boolVal(c >= 0);
}

import { bytesCompare } from "../obj/bytes";
import { dictViewCompare } from "./ops_misc";
function rangeEq(a: Val, b: Val): bool {
  let la = rangeLenObj(a);
  if (intCompare(la, rangeLenObj(b)) != 0) return false;
  if (intIsZero(la)) return true;
  if (intCompare(rangeStart(a), rangeStart(b)) != 0) return false;
  if (intCompare(la, mkSmall(1)) == 0) return true;
  return intCompare(rangeStep(a), rangeStep(b)) == 0;
}

/** r[k] for a range whose items do not all fit i64 (int arithmetic throughout). */
function bigRangeGetItem(r: Val, k: Val): Val {
  let kk = isSmall(k) ? Kind.INT : typeKind(typeOf(k));
  if (kk != Kind.INT && kk != Kind.BOOL) {
    if (!isSmall(k) && typeOf(k) == T_SLICE) { raiseMsg(E.OverflowError, "Python int too large to convert to C ssize_t"); return 0; }
    raiseFmt(E.TypeError, "range indices must be integers or slices, not %s", typeName(typeOf(k)));
    return 0;
  }
  let i = kk == Kind.BOOL ? mkSmall(load<i32>(k, 8)) : k;
  let n = rangeLenObj(r);
  let idx: Val;
  if (intSign(i) < 0) { idx = intAdd(i, n); if (idx == 0) return 0; }
  else { idx = i; incref(idx); }
  if (intSign(idx) < 0 || intCompare(idx, n) >= 0) { decref(idx); raiseMsg(E.IndexError, "range object index out of range"); return 0; }
  let v = rangeItemObj(r, idx);
  decref(idx);
  return v;
}
import { rangeLenObj, rangeItemObj, rangeContainsInt } from "../obj/range";
import { intCompare, intIsZero, intAdd } from "../obj/int";
// }====
