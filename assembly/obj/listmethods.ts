// The methods of list and tuple.

import { Val, isSmall, smallValue, mkSmall, incref, decref, xdecref } from "./object";
import { T_LIST, T_TUPLE, typeOf, typeName } from "./type";
import { listSize, listItem, listItems, listAppend, listResize, listSetSize, listClear, listSlice, listFromArray, listNew } from "./list";
import { tupleSize, tupleItem } from "./tuple";
import { noneVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { arg, checkArgs, kwArg, kwCheck, nkw } from "../vm/args";
import { addMethod } from "./typeinit";
import { objEq, objRepr } from "../vm/ops";
import { compareBool, objTruthy } from "../vm/ops_num";
import { indexValue, indexOk, listExtendIter, objGetIter, iterNext } from "../vm/ops_seq";
import { call1 } from "../vm/call";
import { builtinInit } from "./constructors";
import { CmpOp } from "../vm/opcodes";
import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";

function listAppendM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("list.append", nargs, kw, 1, 1)) return 0;
  if (!listAppend(self, arg(args, 0))) return 0;
  return noneVal();
}

function listExtendM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("list.extend", nargs, kw, 1, 1)) return 0;
  if (!listExtendIter(self, arg(args, 0))) return 0;
  return noneVal();
}

/** An index argument for list/tuple methods (clamped like CPython's slice indexes). */
function idxArg(v: Val, dflt: i64): i64 {
  if (v == 0) return dflt;
  let i = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v)));
    return i64.MIN_VALUE;
  }
  return i;
}

function listPopM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("pop", nargs, kw, 0, 1)) return 0;
  let n = listSize(self);
  let i = idxArg(nargs > 0 ? arg(args, 0) : 0, -1);
  if (i == i64.MIN_VALUE) return 0;
  if (n == 0) { raiseMsg(E.IndexError, "pop from empty list"); return 0; }
  if (i < 0) i += n;
  if (i < 0 || i >= n) { raiseMsg(E.IndexError, "pop index out of range"); return 0; }
  let items = listItems(self);
  let v = load<u32>(items + (<usize>i << 2));
  memory.copy(items + (<usize>i << 2), items + (<usize>(i + 1) << 2), <usize>(n - <i32>i - 1) << 2);
  listResize(self, n - 1);
  return v;
}

function listInsertM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("insert", nargs, kw, 2, 2)) return 0;
  let i = idxArg(arg(args, 0), 0);
  if (i == i64.MIN_VALUE) return 0;
  let n = listSize(self);
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (!listResize(self, n + 1)) return 0;
  let items = listItems(self);
  memory.copy(items + (<usize>(i + 1) << 2), items + (<usize>i << 2), <usize>(n - <i32>i) << 2);
  let v = arg(args, 1);
  incref(v);
  store<u32>(items + (<usize>i << 2), v);
  return noneVal();
}

function findIn(self: Val, v: Val, isTuple: bool, start: i64, stop: i64): i32 {
  let n = isTuple ? tupleSize(self) : listSize(self);
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (let i = <i32>start; i < <i32>min(stop, <i64>(isTuple ? tupleSize(self) : listSize(self))); i++) {
    let x = isTuple ? tupleItem(self, i) : listItem(self, i);
    incref(x);
    let r = objEq(x, v);
    decref(x);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

function listRemoveM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("list.remove", nargs, kw, 1, 1)) return 0;
  let i = findIn(self, arg(args, 0), false, 0, 0x7fffffff);
  if (i == -2) return 0;
  if (i < 0) { raiseMsg(E.ValueError, "list.remove(x): x not in list"); return 0; }
  let n = listSize(self);
  let items = listItems(self);
  let v = load<u32>(items + (<usize>i << 2));
  memory.copy(items + (<usize>i << 2), items + (<usize>(i + 1) << 2), <usize>(n - i - 1) << 2);
  listResize(self, n - 1);
  decref(v);
  return noneVal();
}

function seqIndexM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let isTuple = typeOf(self) == T_TUPLE || !(load<u32>(self, 4) == <u32>T_LIST) && tupleLike(self);
  if (!checkArgs("index", nargs, kw, 1, 3)) return 0;
  let start = idxArg(nargs > 1 ? arg(args, 1) : 0, 0);
  if (start == i64.MIN_VALUE) return 0;
  let stop = idxArg(nargs > 2 ? arg(args, 2) : 0, 0x7fffffff);
  if (stop == i64.MIN_VALUE) return 0;
  let i = findIn(self, arg(args, 0), isTuple, start, stop);
  if (i == -2) return 0;
  if (i < 0) {
    if (isTuple) raiseMsg(E.ValueError, "tuple.index(x): x not in tuple");
    else raiseFmt(E.ValueError, "%R is not in list", arg(args, 0));
    return 0;
  }
  return mkSmall(i);
}

import { typeKind } from "./type";
import { Kind } from "./kinds";
function tupleLike(v: Val): bool { return typeKind(typeOf(v)) == Kind.TUPLE; }

function seqCountM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("count", nargs, kw, 1, 1)) return 0;
  let isTuple = tupleLike(self);
  let c = 0;
  let v = arg(args, 0);
  for (let i = 0; ; i++) {
    let cur = isTuple ? tupleSize(self) : listSize(self);
    if (i >= cur) break;
    let x = isTuple ? tupleItem(self, i) : listItem(self, i);
    incref(x);
    let r = objEq(x, v);
    decref(x);
    if (r < 0) return 0;
    if (r) c++;
  }
  return mkSmall(c);
}

function listReverseM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("reverse", nargs, kw, 0, 0)) return 0;
  let n = listSize(self);
  let items = listItems(self);
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    let a = load<u32>(items + (<usize>i << 2));
    store<u32>(items + (<usize>i << 2), load<u32>(items + (<usize>j << 2)));
    store<u32>(items + (<usize>j << 2), a);
  }
  return noneVal();
}

function listCopyM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("copy", nargs, kw, 0, 0)) return 0;
  return listSlice(self, 0, listSize(self));
}

function listClearM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("clear", nargs, kw, 0, 0)) return 0;
  listClear(self);
  return noneVal();
}

function listInitM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  listClear(self);
  if (!builtinInit(self, T_LIST, args, nargs, kw)) return 0;
  return noneVal();
}

// {==== sort: a stable merge sort (CPython's list.sort is stable too; ties keep their order)

/** 1 if a < b, 0 if not, -1 on error. */
// @ts-ignore: decorator
@inline function lessThan(a: Val, b: Val): i32 {
  if (isSmall(a & b)) return <i32>a < <i32>b ? 1 : 0;
  return compareBool(a, b, CmpOp.LT);
}

/** Merge sort of n values at keys (with vals moved alongside when vals != 0), using tmp of n words each. */
function mergeSort(keys: usize, vals: usize, tmpK: usize, tmpV: usize, n: i32, reverse: bool): bool {
  // insertion sort runs of 16, then bottom-up merges
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    let hi = min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      let k = load<u32>(keys + (<usize>i << 2));
      let v = vals != 0 ? load<u32>(vals + (<usize>i << 2)) : 0;
      let j = i - 1;
      while (j >= lo) {
        let kj = load<u32>(keys + (<usize>j << 2));
        // stable: move only while k < kj (or kj < k when reversed, keeping equal elements in order)
        let c = reverse ? lessThan(kj, k) : lessThan(k, kj);
        if (c < 0) return false;
        if (!c) break;
        store<u32>(keys + (<usize>(j + 1) << 2), kj);
        if (vals != 0) store<u32>(vals + (<usize>(j + 1) << 2), load<u32>(vals + (<usize>j << 2)));
        j--;
      }
      store<u32>(keys + (<usize>(j + 1) << 2), k);
      if (vals != 0) store<u32>(vals + (<usize>(j + 1) << 2), v);
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n - width; lo += 2 * width) {
      let mid = lo + width, hi = min(lo + 2 * width, n);
      // already in order?
      let c0 = reverse ? lessThan(load<u32>(keys + (<usize>(mid - 1) << 2)), load<u32>(keys + (<usize>mid << 2)))
                       : lessThan(load<u32>(keys + (<usize>mid << 2)), load<u32>(keys + (<usize>(mid - 1) << 2)));
      if (c0 < 0) return false;
      if (!c0) continue;
      memory.copy(tmpK + (<usize>lo << 2), keys + (<usize>lo << 2), <usize>(hi - lo) << 2);
      if (vals != 0) memory.copy(tmpV + (<usize>lo << 2), vals + (<usize>lo << 2), <usize>(hi - lo) << 2);
      let i = lo, j = mid, o = lo;
      while (i < mid && j < hi) {
        let a = load<u32>(tmpK + (<usize>i << 2)), b = load<u32>(tmpK + (<usize>j << 2));
        let c = reverse ? lessThan(a, b) : lessThan(b, a);   // take from the right only if strictly before
        if (c < 0) {
          // put the rest back so every reference is still in keys exactly once
          while (i < mid) { store<u32>(keys + (<usize>o << 2), load<u32>(tmpK + (<usize>i << 2))); if (vals != 0) store<u32>(vals + (<usize>o << 2), load<u32>(tmpV + (<usize>i << 2))); i++; o++; }
          while (j < hi) { store<u32>(keys + (<usize>o << 2), load<u32>(tmpK + (<usize>j << 2))); if (vals != 0) store<u32>(vals + (<usize>o << 2), load<u32>(tmpV + (<usize>j << 2))); j++; o++; }
          return false;
        }
        if (c) { store<u32>(keys + (<usize>o << 2), b); if (vals != 0) store<u32>(vals + (<usize>o << 2), load<u32>(tmpV + (<usize>j << 2))); j++; }
        else { store<u32>(keys + (<usize>o << 2), a); if (vals != 0) store<u32>(vals + (<usize>o << 2), load<u32>(tmpV + (<usize>i << 2))); i++; }
        o++;
      }
      while (i < mid) { store<u32>(keys + (<usize>o << 2), load<u32>(tmpK + (<usize>i << 2))); if (vals != 0) store<u32>(vals + (<usize>o << 2), load<u32>(tmpV + (<usize>i << 2))); i++; o++; }
      while (j < hi) { store<u32>(keys + (<usize>o << 2), load<u32>(tmpK + (<usize>j << 2))); if (vals != 0) store<u32>(vals + (<usize>o << 2), load<u32>(tmpV + (<usize>j << 2))); j++; o++; }
    }
  }
  return true;
}

/** Sort list l in place by key (0: the items) and reverse. */
export function listSort(l: Val, key: Val, reverse: bool): bool {
  let n = listSize(l);
  if (n < 2) return true;
  // detach the items while sorting (CPython: a list modified during sort raises ValueError)
  let items = listItems(l);
  let alloc = load<u32>(l, 16);
  store<u32>(l, 0, 8); store<u32>(l, 0, 12); store<u32>(l, 0, 16);
  let bytes = <usize>n << 2;
  let keys: usize = 0;
  let ok = true;
  if (key != 0) {
    keys = heapAlloc(bytes);
    if (keys == 0) { raiseMemoryError(bytes); ok = false; }
    else {
      for (let i = 0; i < n; i++) {
        let k = call1(key, load<u32>(items + (<usize>i << 2)));
        if (k == 0) { for (let j = 0; j < i; j++) decref(load<u32>(keys + (<usize>j << 2))); heapFree(keys, bytes); keys = 0; ok = false; break; }
        store<u32>(keys + (<usize>i << 2), k);
      }
    }
  }
  if (ok) {
    let tmpK = heapAlloc(bytes);
    let tmpV = key != 0 ? heapAlloc(bytes) : 0;
    if (tmpK == 0 || (key != 0 && tmpV == 0)) { if (tmpK) heapFree(tmpK, bytes); if (tmpV) heapFree(tmpV, bytes); raiseMemoryError(bytes); ok = false; }
    else {
      ok = key != 0 ? mergeSort(keys, items, tmpK, tmpV, n, reverse) : mergeSort(items, 0, tmpK, 0, n, reverse);
      heapFree(tmpK, bytes);
      if (tmpV) heapFree(tmpV, bytes);
    }
    if (keys != 0) { for (let i = 0; i < n; i++) decref(load<u32>(keys + (<usize>i << 2))); heapFree(keys, bytes); }
  }
  let modified = listItems(l) != 0 || listSize(l) != 0;
  if (modified) { let tmp = listSlice(l, 0, 0); xdecref(tmp); listClear(l); }
  store<u32>(l, <u32>n, 8); store<u32>(l, <u32>items, 12); store<u32>(l, alloc, 16);
  if (ok && modified) { raiseMsg(E.ValueError, "list modified during sort"); return false; }
  return ok;
}

function listSortM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (nargs > 0) { raiseMsg(E.TypeError, "sort() takes no positional arguments"); return 0; }
  if (!kwCheck("sort", kw, "key,reverse")) return 0;
  let key = kwArg(args, nargs, kw, "key");
  let rev = kwArg(args, nargs, kw, "reverse");
  let r = rev != 0 ? objTruthy(rev) : 0;
  if (r < 0) return 0;
  if (!listSort(self, key == noneVal() ? 0 : key, r != 0)) return 0;
  return noneVal();
}
// }====

export function listMethodsInit(): bool {
  return addMethod(T_LIST, "append", listAppendM)
    && addMethod(T_LIST, "extend", listExtendM)
    && addMethod(T_LIST, "pop", listPopM)
    && addMethod(T_LIST, "insert", listInsertM)
    && addMethod(T_LIST, "remove", listRemoveM)
    && addMethod(T_LIST, "index", seqIndexM)
    && addMethod(T_LIST, "count", seqCountM)
    && addMethod(T_LIST, "reverse", listReverseM)
    && addMethod(T_LIST, "sort", listSortM)
    && addMethod(T_LIST, "copy", listCopyM)
    && addMethod(T_LIST, "clear", listClearM)
    && addMethod(T_LIST, "__init__", listInitM)
    && addMethod(T_TUPLE, "index", seqIndexM)
    && addMethod(T_TUPLE, "count", seqCountM);
}
