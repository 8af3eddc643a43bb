// The slow paths of the remaining opcodes: unpacking, builders, f-strings, exceptions, with,
// names, imports; and dict views.

import { Val, isSmall, smallValue, mkSmall, incref, decref, xdecref, xincref } from "../obj/object";
import { PyType, T_TUPLE, T_LIST, T_DICT, T_STR, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_DICT_KEYITER,
         T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET, T_FROZENSET, typeOf, typeKind, isHeapType, typeSpecial,
         typeName, isSubtype, typeLookup } from "../obj/type";
import { Kind, TF } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strLen, strAlloc, strKind, strData, strCopyInto, strMaxChar, strEmpty } from "../obj/str";
import { TUPLE_HEADER, tupleNew, tupleSet, tupleSize, tupleItem, tupleFromArray, tupleEmpty } from "../obj/tuple";
import { listNew, listSize, listItem, listItems, listSetSize, listFromArray } from "../obj/list";
import { dictNew, dictGetStr, dictSetItem, dictGetItem, dictContains, dictMerge, dictUsed, dictNextAt,
         dictEntryKey, dictEntryValue, dictIndexStr, dictVersion, dictCopy } from "../obj/dict";
import { noneVal, trueVal, falseVal, boolVal, notImplVal } from "../obj/singletons";
import { E, excType, excSetCause, excSetContext, excNew, excTraceback, excArgs, excContext } from "../obj/exc";
import { raiseFmt, raiseMsg, raiseObj, excPending, excMatches, clearExc, fetchExc, curExc, raiseMemoryError } from "./errors";
import { excHandled } from "./state";
import { callObject, call0, call1, call3, callWithSelf } from "./call";
import { objGetIter, iterNext, objGetItem, objSetItem, sequenceToList, listExtendIter, objLen, tmpArg, raiseKeyError } from "./ops_seq";
import { objGetAttr, objGetAttrOpt, lookupSpecial, descrGet } from "./ops_attr";
import { objRepr, objStr, objEq } from "./ops";
import { objTruthy } from "./ops_num";
import { setNew, setAdd as setAddImpl, setUpdate as setUpdateImpl, setContains } from "../obj/set";
import { objFormat, strAscii } from "../obj/strformat";
import { codeLocalNames, codeKinds, codeNlocalsplus } from "../obj/code";
import { cellGet } from "../obj/cell";
import { BinOp, CmpOp } from "./opcodes";
import { moduleDict } from "../obj/module";
import { importModuleLevel, importFromModule } from "./import";
import { dictIterNew } from "../obj/iter";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";

// {==== unpacking

function unpackError(seq: Val, n: i32, got: i32, atLeast: bool): bool {
  if (got < n) {
    if (atLeast) raiseFmt(E.ValueError, "not enough values to unpack (expected at least %d, got %d)", mkSmall(n), mkSmall(got));
    else raiseFmt(E.ValueError, "not enough values to unpack (expected %d, got %d)", mkSmall(n), mkSmall(got));
  } else raiseFmt(E.ValueError, "too many values to unpack (expected %d)", mkSmall(n));
  return false;
}

/** UNPACK_SEQUENCE slow path: write n items at dst (last item first, so item 0 ends on top). */
export function unpackSequence(dst: usize, seq: Val, n: i32): bool {
  let t = typeOf(seq);
  if (!isSmall(seq) && (typeKind(t) == Kind.TUPLE || typeKind(t) == Kind.LIST) && !isHeapType(t)) {
    let m = typeKind(t) == Kind.TUPLE ? tupleSize(seq) : listSize(seq);
    return unpackError(seq, n, m, false);
  }
  let it = objGetIter(seq);
  if (it == 0) {
    if (excMatches(excType(E.TypeError))) { clearExc(); raiseFmt(E.TypeError, "cannot unpack non-iterable %s object", typeName(t)); }
    return false;
  }
  let tmp = listNew(n);
  if (tmp == 0) { decref(it); return false; }
  for (let i = 0; i < n; i++) {
    let v = iterNext(it);
    if (v == 0) {
      decref(it); listSetSize(tmp, i); decref(tmp);
      if (excPending()) return false;
      return unpackError(seq, n, i, false);
    }
    store<u32>(listItems(tmp) + (<usize>i << 2), v);
    listSetSize(tmp, i + 1);
  }
  let extra = iterNext(it);
  decref(it);
  if (extra != 0) { decref(extra); decref(tmp); return unpackError(seq, n, n + 1, false); }
  if (excPending()) { decref(tmp); return false; }
  for (let i = 0; i < n; i++) {
    let v = listItem(tmp, n - 1 - i);
    incref(v);
    store<u32>(dst + (<usize>i << 2), v);
  }
  decref(tmp);
  return true;
}

/** UNPACK_EX: before items, a list of the middle, after items; pushed so that the first ends on top. */
export function unpackEx(dst: usize, seq: Val, before: i32, after: i32): bool {
  let l = sequenceToList(seq);
  if (l == 0) {
    if (excMatches(excType(E.TypeError))) { clearExc(); raiseFmt(E.TypeError, "cannot unpack non-iterable %s object", typeName(typeOf(seq))); }
    return false;
  }
  let n = listSize(l);
  if (n < before + after) {
    decref(l);
    return unpackError(seq, before + after, n, true);
  }
  let total = before + after + 1;
  let mid = listFromArray(listItems(l) + (<usize>before << 2), n - before - after);
  if (mid == 0) { decref(l); return false; }
  // stack order: top is item 0
  let k = 0;
  for (let i = after - 1; i >= 0; i--) { let v = listItem(l, n - after + i); incref(v); store<u32>(dst + (<usize>(k++) << 2), v); }
  store<u32>(dst + (<usize>(k++) << 2), mid);
  for (let i = before - 1; i >= 0; i--) { let v = listItem(l, i); incref(v); store<u32>(dst + (<usize>(k++) << 2), v); }
  decref(l);
  return true;
}
// }====

// {==== builders

export function buildString(sp: usize, n: i32): Val {
  let base = sp - (<usize>n << 2);
  let total = 0;
  let maxc: u32 = 0;
  for (let i = 0; i < n; i++) {
    let s = load<u32>(base + (<usize>i << 2));
    total += strLen(s);
    let m = strMaxChar(s, 0, strLen(s));
    if (m > maxc) maxc = m;
  }
  let r = strAlloc(total, maxc);
  if (r == 0) return 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    let s = load<u32>(base + (<usize>i << 2));
    if (total > 0) strCopyInto(r, at, s);
    at += strLen(s);
    decref(s);
  }
  return r;
}

/** FORMAT_VALUE: conversion (arg & 3) then format(value, spec). */
export function formatValue(sp: usize, flags: u32): Val {
  let hasSpec = (flags & 4) != 0;
  let spec: Val = hasSpec ? load<u32>(sp - 4) : 0;
  let vp = hasSpec ? sp - 8 : sp - 4;
  let v = load<u32>(vp);
  let conv = flags & 3;
  let c: Val;
  if (conv == 1) c = objStr(v);
  else if (conv == 2) c = objRepr(v);
  else if (conv == 3) c = strAscii(v);
  else { c = v; incref(c); }
  if (c == 0) return 0;
  let r: Val;
  if (!hasSpec && !isSmall(c) && typeOf(c) == T_STR) r = c;
  else {
    r = objFormat(c, hasSpec ? spec : strEmpty());
    decref(c);
    if (r == 0) return 0;
  }
  decref(v);
  if (hasSpec) decref(spec);
  return r;
}

export function buildSet(sp: usize, n: i32): Val {
  let s = setNew(T_SET);
  if (s == 0) return 0;
  let base = sp - (<usize>n << 2);
  for (let i = 0; i < n; i++) {
    if (!setAddImpl(s, load<u32>(base + (<usize>i << 2)))) { decref(s); return 0; }
  }
  for (let i = 0; i < n; i++) decref(load<u32>(base + (<usize>i << 2)));
  return s;
}

export function buildMap(sp: usize, n: i32): Val {
  let d = dictNew();
  if (d == 0) return 0;
  let base = sp - (<usize>n << 3);
  for (let i = 0; i < n; i++) {
    if (!dictSetItem(d, load<u32>(base + (<usize>i << 3)), load<u32>(base + (<usize>i << 3) + 4))) { decref(d); return 0; }
  }
  for (let i = 0; i < 2 * n; i++) decref(load<u32>(base + (<usize>i << 2)));
  return d;
}

export function buildConstKeyMap(sp: usize, n: i32): Val {
  let keys = load<u32>(sp - 4);
  let base = sp - 4 - (<usize>n << 2);
  let d = dictNew();
  if (d == 0) return 0;
  for (let i = 0; i < n; i++) {
    if (!dictSetItem(d, tupleItem(keys, i), load<u32>(base + (<usize>i << 2)))) { decref(d); return 0; }
  }
  for (let i = 0; i < n; i++) decref(load<u32>(base + (<usize>i << 2)));
  decref(keys);
  return d;
}

export function setAdd(s: Val, v: Val): bool { return setAddImpl(s, v); }
export function setUpdate(s: Val, v: Val): bool { return setUpdateImpl(s, v); }

export function listExtend(l: Val, v: Val): bool {
  if (!listExtendIter(l, v)) {
    if (excMatches(excType(E.TypeError)) && !isIterableType(v)) {
      clearExc();
      raiseFmt(E.TypeError, "Value after * must be an iterable, not %s", typeName(typeOf(v)));
    }
    return false;
  }
  return true;
}

function isIterableType(v: Val): bool {
  if (isSmall(v)) return false;
  let t = typeOf(v);
  if (isHeapType(t) && (typeSpecial(t, Id.D_iter) != 0 || typeSpecial(t, Id.D_getitem) != 0)) return true;
  switch (typeKind(t)) {
    case Kind.LIST: case Kind.TUPLE: case Kind.STR: case Kind.DICT: case Kind.SET: case Kind.FROZENSET:
    case Kind.BYTES: case Kind.BYTEARRAY: case Kind.RANGE: case Kind.GENERATOR: case Kind.SEQ_ITER:
    case Kind.DICT_ITER: case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
      return true;
  }
  return false;
}

/** d.update(v) for a mapping or an iterable of pairs. */
export function dictUpdateFrom(d: Val, v: Val): bool {
  if (!isSmall(v) && typeKind(typeOf(v)) == Kind.DICT && !isHeapType(typeOf(v))) return dictMerge(d, v, true);
  let keysAttr = objGetAttrOpt(v, idStr(Id.keys));
  if (keysAttr != 0) {
    let keys = call0(keysAttr);
    decref(keysAttr);
    if (keys == 0) return false;
    let it = objGetIter(keys);
    decref(keys);
    if (it == 0) return false;
    while (true) {
      let k = iterNext(it);
      if (k == 0) break;
      let val = objGetItem(v, k);
      if (val == 0) { decref(k); decref(it); return false; }
      let ok = dictSetItem(d, k, val);
      decref(k); decref(val);
      if (!ok) { decref(it); return false; }
    }
    decref(it);
    return !excPending();
  }
  if (excPending()) return false;
  let it = objGetIter(v);
  if (it == 0) return false;
  let i = 0;
  while (true) {
    let item = iterNext(it);
    if (item == 0) break;
    let pair = sequenceToTupleQuiet(item);
    decref(item);
    if (pair == 0 || tupleSize(pair) != 2) {
      if (pair != 0) {
        raiseFmt(E.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", mkSmall(i), mkSmall(tupleSize(pair)));
        decref(pair);
      } else if (excMatches(excType(E.TypeError))) {
        clearExc();
        raiseFmt(E.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", mkSmall(i));
      }
      decref(it);
      return false;
    }
    let ok = dictSetItem(d, tupleItem(pair, 0), tupleItem(pair, 1));
    decref(pair);
    if (!ok) { decref(it); return false; }
    i++;
  }
  decref(it);
  return !excPending();
}

export function dictUpdate(d: Val, v: Val): bool {
  if (!isSmall(v) && typeKind(typeOf(v)) != Kind.DICT && lookupSpecial(v, Id.keys) == 0) {
    raiseFmt(E.TypeError, "'%s' object is not a mapping", typeName(typeOf(v)));
    return false;
  }
  return dictUpdateFrom(d, v);
}

/** DICT_MERGE (f(**a, **b)): a repeated keyword is an error. */
export function dictMergeOp(d: Val, v: Val, func: Val): bool {
  if (isSmall(v) || (typeKind(typeOf(v)) != Kind.DICT && lookupSpecial(v, Id.keys) == 0)) {
    let fs = funcStr(func);
    if (fs == 0) return false;
    raiseFmt(E.TypeError, "%s argument after ** must be a mapping, not %s", fs, typeName(typeOf(v)));
    decref(fs);
    return false;
  }
  let src = v;
  if (typeKind(typeOf(v)) != Kind.DICT) {
    src = dictNew();
    if (src == 0 || !dictUpdateFrom(src, v)) { xdecref(src); return false; }
  } else incref(src);
  for (let pos = dictNextAt(src, 0); pos >= 0; pos = dictNextAt(src, pos + 1)) {
    let k = dictEntryKey(src, pos);
    let c = dictContains(d, k);
    if (c < 0) { decref(src); return false; }
    if (c > 0) {
      let fs = funcStr(func);
      if (fs != 0) { raiseFmt(E.TypeError, "%s got multiple values for keyword argument '%S'", fs, k); decref(fs); }
      decref(src);
      return false;
    }
    if (!dictSetItem(d, k, dictEntryValue(src, pos))) { decref(src); return false; }
  }
  decref(src);
  return true;
}

/** CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins), for call errors. */
export function funcStr(f: Val): Val {
  let qn = objGetAttrOpt(f, idStr(Id.D_qualname));
  if (qn == 0) { if (excPending()) clearExc(); return objStr(f); }
  let mod = objGetAttrOpt(f, idStr(Id.D_module));
  if (mod == 0 && excPending()) clearExc();
  let sb = sbNew();
  if (sb == 0) { decref(qn); xdecref(mod); return 0; }
  if (mod != 0 && !isSmall(mod) && typeOf(mod) == T_STR && !strEqAS(mod, "builtins")) { sbStr(sb, mod); sbChar(sb, 46); }
  let qs = objStr(qn);
  if (qs != 0) { sbStr(sb, qs); decref(qs); } else clearExc();
  sbAS(sb, "()");
  decref(qn); xdecref(mod);
  return sbFinish(sb);
}
import { sbNew, sbStr, sbChar, sbAS, sbFinish } from "../obj/strbuf";
import { strEqAS } from "../obj/str";

export function listToTuple(l: Val): Val { return tupleFromArray(listItems(l), listSize(l)); }

/** tuple(v): a new tuple (v itself for an exact tuple). */
export function sequenceToTuple(v: Val): Val {
  if (!isSmall(v) && typeOf(v) == T_TUPLE) { incref(v); return v; }
  if (!isSmall(v) && typeOf(v) == T_LIST) return tupleFromArray(listItems(v), listSize(v));
  let l = sequenceToList(v);
  if (l == 0) return 0;
  let t = tupleFromArray(listItems(l), listSize(l));
  decref(l);
  return t;
}

function sequenceToTupleQuiet(v: Val): Val { return sequenceToTuple(v); }

export function getLen(v: Val): Val {
  let n = objLen(v);
  if (n < 0) return 0;
  return mkSmall(n);
}
// }====

// {==== exceptions

function isExcClass(v: Val): bool {
  return !isSmall(v) && typeKind(typeOf(v)) == Kind.TYPE && typeKind(<usize>v) == Kind.EXCEPTION;
}

/** CHECK_EXC_MATCH: 1/0, or -1 with TypeError if t is not an exception class or tuple of them. */
export function checkExcMatch(exc: Val, t: Val): i32 {
  if (!isSmall(t) && typeOf(t) == T_TUPLE) {
    let n = tupleSize(t);
    for (let i = 0; i < n; i++) {
      if (!isExcClass(tupleItem(t, i))) {
        raiseMsg(E.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
    }
    for (let i = 0; i < n; i++) if (isSubtype(typeOf(exc), <usize>tupleItem(t, i))) return 1;
    return 0;
  }
  if (!isExcClass(t)) {
    raiseMsg(E.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isSubtype(typeOf(exc), <usize>t) ? 1 : 0;
}

/** An exception instance from `raise X`: instances as they are, classes called with no arguments. */
function makeException(v: Val): Val {
  if (isExcClass(v)) {
    let x = callObject(v, 0, 0, 0);
    if (x == 0) return 0;
    if (isSmall(x) || typeKind(typeOf(x)) != Kind.EXCEPTION) {
      raiseFmt(E.TypeError, "calling %R should have returned an instance of BaseException, not %s", v, typeName(typeOf(x)));
      decref(x);
      return 0;
    }
    return x;
  }
  if (!isSmall(v) && typeKind(typeOf(v)) == Kind.EXCEPTION) { incref(v); return v; }
  raiseMsg(E.TypeError, "exceptions must derive from BaseException");
  return 0;
}

/**
 * RAISE_VARARGS: raise exc (from cause); both stolen, either may be 0. Returns true for a bare
 * re-raise (no new traceback entry for this frame), false otherwise; the exception is pending.
 */
export function doRaise(exc: Val, cause: Val): bool {
  if (exc == 0) {
    let h = excHandled;
    if (h == 0 || h == noneVal()) { raiseMsg(E.RuntimeError, "No active exception to reraise"); return false; }
    incref(h);
    raiseObj(h);
    return true;
  }
  let x = makeException(exc);
  decref(exc);
  if (x == 0) { xdecref(cause); return false; }
  if (cause != 0) {
    if (cause == noneVal()) { excSetCause(x, 0); }
    else {
      let c = makeException(cause);
      if (c == 0) {
        decref(cause); decref(x);
        if (excMatches(excType(E.TypeError))) { clearExc(); raiseMsg(E.TypeError, "exception causes must derive from BaseException"); }
        return false;
      }
      excSetCause(x, c);
      decref(c);
    }
    decref(cause);
  }
  raiseObj(x);
  setImplicitContext(x);
  return false;
}

/** Implicit chaining: the exception being handled becomes __context__ (avoiding cycles). */
export function setImplicitContext(x: Val): void {
  let h = excHandled;
  if (h == 0 || h == noneVal() || h == x) return;
  // break a cycle if x is already in h's context chain
  let o = h;
  while (true) {
    let ctx = excContext(o);
    if (ctx == 0) break;
    if (ctx == x) { excSetContext(o, 0); break; }
    o = ctx;
  }
  excSetContext(x, h);
}

/** BEFORE_WITH: mgr on top -> [bound __exit__, result of __enter__()]. */
export function beforeWith(sp: usize): bool {
  let mgr = load<u32>(sp - 4);
  let t = typeOf(mgr);
  let enter = lookupSpecial(mgr, Id.D_enter);
  let exit = lookupSpecial(mgr, Id.D_exit);
  if (enter == 0 || exit == 0) {
    if (enter == 0) raiseFmt(E.TypeError, "'%s' object does not support the context manager protocol", typeName(t));
    else raiseFmt(E.TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(t));
    return false;
  }
  let boundExit = descrGet(exit, mgr, t);
  if (boundExit == 0) return false;
  let res = callWithSelf(enter, mgr, 0, 0, 0);
  if (res == 0) { decref(boundExit); return false; }
  store<u32>(sp - 4, boundExit);
  store<u32>(sp, res);
  decref(mgr);
  return true;
}

/** WITH_EXCEPT_START: [exit, lasti, prev_exc, exc] -> exit(type(exc), exc, tb). */
export function withExceptStart(sp: usize): Val {
  let exc = load<u32>(sp - 4);
  let exit = load<u32>(sp - 16);
  let tb = excTraceback(exc);
  return call3(exit, <Val>typeOf(exc), exc, tb != 0 ? tb : noneVal());
}
// }====

// {==== names

export function raiseUnbound(code: Val, i: u32): void {
  raiseFmt(E.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", tupleItem(codeLocalNames(code), <i32>i));
}

export function raiseUnboundDeref(code: Val, i: u32): void {
  let name = tupleItem(codeLocalNames(code), <i32>i);
  let kind = load<u8>(codeKinds(code) + <usize>i);
  if (kind & 0x80) raiseFmt(E.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
  else raiseFmt(E.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
}

/** LOAD_GLOBAL miss: look up and fill the inline cache at ip. A borrowed value or 0 (NameError). */
export function loadGlobalMiss(f: usize, name: Val, ip: usize): Val {
  let globals = load<u32>(f, 8), builtins = load<u32>(f, 12);
  let ix = dictIndexStr(globals, name);
  if (ix >= 0) {
    store<u32>(ip, dictVersion(globals));
    store<u32>(ip, 0, 4);
    store<u32>(ip, <u32>ix + 1, 8);
    return load<u32>(dictEntryValueAddr(globals, ix));
  }
  ix = builtins != 0 ? dictIndexStr(builtins, name) : -1;
  if (ix >= 0) {
    store<u32>(ip, dictVersion(globals));
    store<u32>(ip, dictVersion(builtins), 4);
    store<u32>(ip, (<u32>ix + 1) | 0x80000000, 8);
    return load<u32>(dictEntryValueAddr(builtins, ix));
  }
  raiseNameError(f, name);
  return 0;
}

/**
 * NameError("name 'x' is not defined") with .name, and what the traceback printer needs to suggest
 * a near name: the frame's globals and bound local names (frames do not outlive the call).
 */
export function raiseNameError(f: usize, name: Val): void {
  raiseFmt(E.NameError, "name '%s' is not defined", name);
  let x = curExc;
  if (x == 0 || typeOf(x) != excType(E.NameError)) return;
  excSetExtra(x, name);
  let code = load<u32>(f);
  let names = localNamesBound(f, code);
  if (names == 0) { clearMemoryErrorKeep(x); return; }
  let aux = tupleNew(2);
  if (aux == 0) { decref(names); clearMemoryErrorKeep(x); return; }
  let g = load<u32>(f, 8);
  incref(g);
  tupleSet(aux, 0, g);
  tupleSet(aux, 1, names);
  excSetAux(x, aux);
  decref(aux);
}

/** A failed allocation while decorating x: drop the MemoryError, keep raising x. */
function clearMemoryErrorKeep(x: Val): void {
  if (curExc != x) { incref(x); clearExc(); raiseObj(x); }
}

/** The names of the bound locals of a function frame (f_locals' keys); () for module frames. */
function localNamesBound(f: usize, code: Val): Val {
  if (load<u32>(f, 16) != 0) return tupleEmpty();
  let n = codeNlocalsplus(code);
  let c = 0;
  for (let i = 0; i < n; i++) if (load<u32>(f + 40 + (<usize>i << 2)) != 0) c++;
  let t = tupleNew(c);
  if (t == 0) return 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    if (load<u32>(f + 40 + (<usize>i << 2)) == 0) continue;
    let nm = tupleItem(codeLocalNames(code), i);
    incref(nm);
    tupleSet(t, j++, nm);
  }
  return t;
}
import { excSetExtra, excSetAux } from "../obj/exc";

import { dictValueSlot } from "../obj/dict";
function dictEntryValueAddr(d: Val, ix: i32): usize { return dictValueSlot(d, ix); }

/** LOAD_NAME: locals, globals, builtins. A new reference or 0. */
export function loadName(f: usize, name: Val): Val {
  let locals = load<u32>(f, 16);
  if (locals != 0) {
    if (typeOf(locals) == T_DICT) {
      let v = dictGetStr(locals, name);
      if (v != 0) { incref(v); return v; }
    } else {
      let v = objGetItem(locals, name);
      if (v != 0) return v;
      if (!excMatches(excType(E.KeyError))) return 0;
      clearExc();
    }
  }
  let v = dictGetStr(load<u32>(f, 8), name);
  if (v == 0) v = dictGetStr(load<u32>(f, 12), name);
  if (v == 0) { raiseNameError(f, name); return 0; }
  incref(v);
  return v;
}

/** LOAD_CLASSDEREF: the class body's locals first, then the cell. */
export function loadClassDeref(f: usize, code: Val, i: u32): Val {
  let name = tupleItem(codeLocalNames(code), <i32>i);
  let locals = load<u32>(f, 16);
  if (locals != 0) {
    let v = dictGetStr(locals, name);
    if (v != 0) { incref(v); return v; }
  }
  let v = cellGet(load<u32>(f + 40 + (<usize>i << 2)));
  if (v == 0) { raiseUnboundDeref(code, i); return 0; }
  incref(v);
  return v;
}

export function loadBuildClass(f: usize): Val {
  let v = dictGetStr(load<u32>(f, 12), idStr(Id.D_build_class));
  if (v == 0) { raiseMsg(E.NameError, "__build_class__ not found"); return 0; }
  incref(v);
  return v;
}

export function setupAnnotations(f: usize): bool {
  let locals = load<u32>(f, 16);
  if (locals == 0) { raiseMsg(E.SystemError, "no locals found when setting up annotations"); return false; }
  if (dictGetStr(locals, idStr(Id.D_annotations)) != 0) return true;
  let d = dictNew();
  if (d == 0) return false;
  let ok = dictSetItem(locals, idStr(Id.D_annotations), d);
  decref(d);
  return ok;
}
// }====

// {==== imports

export function importName(f: usize, name: Val, fromlist: Val, level: Val): Val {
  return importModuleLevel(name, load<u32>(f, 8), fromlist, isSmall(level) ? smallValue(level) : 0);
}

export function importFrom(m: Val, name: Val): Val { return importFromModule(m, name); }

/** from m import *: __all__ if defined, else every name not starting with an underscore. */
export function importStar(f: usize, m: Val): bool {
  let locals = load<u32>(f, 16);
  if (locals == 0) { raiseMsg(E.SystemError, "no locals found during 'import *'"); return false; }
  let all = objGetAttrOpt(m, idStr(Id.D_all));
  if (all != 0) {
    let it = objGetIter(all);
    decref(all);
    if (it == 0) return false;
    while (true) {
      let n = iterNext(it);
      if (n == 0) break;
      let v = objGetAttr(m, n);
      if (v == 0) { decref(n); decref(it); return false; }
      let ok = objSetItem(locals, n, v);
      decref(n); decref(v);
      if (!ok) { decref(it); return false; }
    }
    decref(it);
    return !excPending();
  }
  if (excPending()) return false;
  let d = typeKind(typeOf(m)) == Kind.MODULE ? moduleDict(m) : 0;
  if (d == 0) { raiseMsg(E.ImportError, "from-import-* object has no __dict__ and no __all__"); return false; }
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) {
    let k = dictEntryKey(d, pos);
    if (!isSmall(k) && typeOf(k) == T_STR && strLen(k) > 0 && load<u8>(strData(k)) == 95) continue;
    if (!objSetItem(locals, k, dictEntryValue(d, pos))) return false;
  }
  return true;
}
// }====

// {==== dicts: | and views

export function dictBinary(a: Val, b: Val, op: u32): Val {
  if (op != BinOp.OR) return notImplVal();
  let r = dictCopy(a);
  if (r == 0) return 0;
  if (!dictMerge(r, b, true)) { decref(r); return 0; }
  return r;
}

export function dictInplaceOr(a: Val, b: Val): Val {
  if (!dictUpdateFrom(a, b)) return 0;
  incref(a);
  return a;
}

export function dictCompareEq(a: Val, b: Val, op: u32): Val {
  let eq = dictsEqual(a, b);
  if (eq < 0) return 0;
  return boolVal((eq == 1) == (op == CmpOp.EQ));
}

function dictsEqual(a: Val, b: Val): i32 {
  if (dictUsed(a) != dictUsed(b)) return 0;
  for (let pos = dictNextAt(a, 0); pos >= 0; pos = dictNextAt(a, pos + 1)) {
    let k = dictEntryKey(a, pos), va = dictEntryValue(a, pos);
    incref(k); incref(va);
    let vb = dictGetItem(b, k);
    if (vb == 0) { decref(k); decref(va); return excPending() ? -1 : 0; }
    incref(vb);
    let r = objEq(va, vb);
    decref(k); decref(va); decref(vb);
    if (r <= 0) return r;
  }
  return 1;
}

// A view is { header, dict } (12 bytes + GC head).
export function dictViewNew(type: usize, d: Val): Val {
  let v = gcAlloc(type, 12);
  if (v == 0) return 0;
  incref(d);
  store<u32>(v, d, 8);
  gcTrack(v);
  return <Val>v;
}

export function dictViewDealloc(v: Val): void {
  let d = load<u32>(v, 8);
  gcFree(v, 12);
  xdecref(d);
}

export function dictViewLen(v: Val): i32 { return dictUsed(load<u32>(v, 8)); }

export function dictViewIter(v: Val): Val {
  let d = load<u32>(v, 8);
  let t = typeOf(v);
  return dictIterNew(t == T_DICT_KEYS ? T_DICT_KEYITER : t == T_DICT_VALUES ? T_DICT_VALUEITER : T_DICT_ITEMITER, d, dictUsed(d));
}

export function dictViewContains(v: Val, x: Val): i32 {
  let d = load<u32>(v, 8);
  let t = typeOf(v);
  if (t == T_DICT_KEYS) return dictContains(d, x);
  if (t == T_DICT_ITEMS) {
    if (isSmall(x) || typeOf(x) != T_TUPLE || tupleSize(x) != 2) return 0;
    let val = dictGetItem(d, tupleItem(x, 0));
    if (val == 0) return excPending() ? -1 : 0;
    incref(val);
    let r = objEq(val, tupleItem(x, 1));
    decref(val);
    return r;
  }
  // values: linear search
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) {
    let r = objEq(dictEntryValue(d, pos), x);
    if (r != 0) return r;
  }
  return 0;
}

/** True for the views that behave like sets (keys and items). */
export function isSetView(v: Val): bool {
  if (isSmall(v)) return false;
  let t = typeOf(v);
  return t == T_DICT_KEYS || t == T_DICT_ITEMS;
}

/**
 * view <op> other and other <op> view, as CPython's dictviews_*: the left operand becomes a new set
 * that is updated with the right one (|: update, -: difference_update, ^:
 * symmetric_difference_update); & is _PyDictView_Intersect. The result is a set.
 */
export function viewBinary(a: Val, b: Val, op: u32): Val {
  if (op == BinOp.AND) return viewIntersect(a, b);
  if (op != BinOp.OR && op != BinOp.SUBTRACT && op != BinOp.XOR) return notImplVal();
  let r = setMakeNew(T_SET, a);
  if (r == 0) return 0;
  let ok = op == BinOp.OR ? setUpdate(r, b) : op == BinOp.SUBTRACT ? setDifferenceUpdate(r, b) : setSymmetricDifferenceUpdate(r, b);
  if (!ok) { decref(r); return 0; }
  return r;
}

function viewIntersect(a: Val, b: Val): Val {
  let self = a, other = b;
  if (!isSetView(self)) { self = b; other = a; }
  let lenSelf = dictViewLen(self);
  if (!isSmall(other) && typeOf(other) == T_SET) {
    if (lenSelf <= setLen(other)) return setIntersection(other, self);
  }
  if (isSetView(other) && dictViewLen(other) > lenSelf) { let t = self; self = other; other = t; }
  let result = setNew(T_SET);
  if (result == 0) return 0;
  let it = objGetIter(other);
  if (it == 0) { decref(result); return 0; }
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let c = dictViewContains(self, k);
    let ok = c >= 0 && (c == 0 || setAddImpl(result, k));
    decref(k);
    if (!ok) { decref(it); decref(result); return 0; }
  }
  decref(it);
  if (excPending()) { decref(result); return 0; }
  return result;
}

import { setLen, setIntersection, setDifferenceUpdate, setSymmetricDifferenceUpdate } from "../obj/set";

/** A view compared with a set or another view: as sets. */
function viewAsSetCompare(a: Val, b: Val, op: u32): Val {
  let sa = setMakeNew(T_SET, a);
  if (sa == 0) return 0;
  let sb = setMakeNew(T_SET, b);
  if (sb == 0) { decref(sa); return 0; }
  let r = setCompare(sa, sb, op);
  decref(sa); decref(sb);
  return r;
}

import { setMakeNew } from "../obj/set";
import { setBinary, setCompare } from "../obj/setmethods";

/** keys() and items() views compare like sets. */
export function dictViewCompare(a: Val, b: Val, op: u32): Val {
  let kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b));
  let ka = isSmall(a) ? Kind.INT : typeKind(typeOf(a));
  let aSetLike = isSetView(a) || ka == Kind.SET || ka == Kind.FROZENSET;
  let bSetLike = isSetView(b) || kb == Kind.SET || kb == Kind.FROZENSET;
  if (!aSetLike || !bSetLike) return notImplVal();
  if (op != CmpOp.EQ && op != CmpOp.NE || typeOf(a) != typeOf(b)) return viewAsSetCompare(a, b, op);
  let na = dictViewLen(a), nb = dictViewLen(b);
  if (na != nb) return boolVal(op == CmpOp.NE);
  let it = dictViewIter(a);
  if (it == 0) return 0;
  while (true) {
    let x = iterNext(it);
    if (x == 0) break;
    let c = dictViewContains(b, x);
    decref(x);
    if (c < 0) { decref(it); return 0; }
    if (c == 0) { decref(it); return boolVal(op == CmpOp.NE); }
  }
  decref(it);
  if (excPending()) return 0;
  return boolVal(op == CmpOp.EQ);
}
// }====
