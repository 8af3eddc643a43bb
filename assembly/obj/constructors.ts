// Constructors of the builtin types: int(), float(), str(), list(), dict(), range() … and the
// allocation of instances of classes that subclass them.
//
// For a class with a builtin base, the immutable kinds (int, float, str, tuple, frozenset, bytes,
// exceptions) are built from the arguments here (their __new__); the mutable kinds (list, dict,
// set, bytearray) are created empty and filled by their __init__ (builtinInit), which a class may
// override.

import { Val, isSmall, smallValue, mkSmall, incref, decref, xdecref } from "./object";
import { PyType, T_OBJECT, T_INT, T_BOOL, T_FLOAT, T_STR, T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET,
         T_RANGE, T_SLICE, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_REVERSED, T_PROPERTY, T_STATICMETHOD,
         T_CLASSMETHOD, T_SUPER, T_MODULE, T_BYTES, T_BYTEARRAY, T_LIST_REVITER, T_TYPE, typeOf, typeKind,
         isHeapType, typeName, typeSpecial, isSubtype } from "./type";
import { Kind, TF } from "./kinds";
import { Id } from "./ids";
import { idStr } from "./str";
import { tupleNew, tupleSet, tupleSize, tupleItem, tupleFromArray, tupleEmpty, TUPLE_HEADER } from "./tuple";
import { listNewOfType, listSize, listItems, listSetSize, LIST_SIZE } from "./list";
import { dictNewOfType, dictUsed, DICT_SIZE } from "./dict";
import { noneVal, trueVal, falseVal, boolVal } from "./singletons";
import { gcAlloc, gcTrack, objAlloc } from "../gc/track";
import { E, excType, excNew } from "./exc";
import { raiseFmt, raiseMsg, excPending, excMatches, clearExc } from "../vm/errors";
import { arg, checkArgs, kwArg, kwCheck, nkw } from "../vm/args";
import { objTruthy, numAbs } from "../vm/ops_num";
import { objGetIter, iterNext, listExtendIter, indexValue, indexOk, objLen, objGetItem, isIterator } from "../vm/ops_seq";
import { dictUpdateFrom, sequenceToTuple } from "../vm/ops_misc";
import { rangeNew, sliceNew, rangeRevIterNew } from "./range";
import { seqIterNew, iter2New } from "./iter";
import { propertyNew, wrapperNew } from "./descr";
import { superNew } from "./super";
import { moduleNew } from "./module";
import { intFromStr, intFromF64, intFromObject } from "./int";
import { floatNew, floatFromStr } from "./float";
import { strTypeNew } from "./strmethods";
import { setTypeNew } from "./setmethods";
import { bytesTypeNew } from "./bytesmethods2";
import { callWithSelf } from "../vm/call";
import { lookupSpecial } from "../vm/ops_attr";
import { strLen } from "./str";

/** Call a builtin type (or create an instance of a class with a builtin base). */
export function builtinConstruct(t: usize, args: usize, npos: i32, kwnames: Val): Val {
  let k = typeKind(t);
  let heap = isHeapType(t);
  switch (k) {
    case Kind.OBJECT: {
      if (!heap && (npos > 0 || nkw(kwnames) > 0)) { raiseMsg(E.TypeError, "object() takes no arguments"); return 0; }
      let o = objAlloc(t, changetype<PyType>(t).basicsize);
      return o;
    }
    case Kind.BOOL: {
      if (!checkArgs("bool", npos, kwnames, 0, 1)) return 0;
      if (npos == 0) return falseVal();
      let b = objTruthy(arg(args, 0));
      if (b < 0) return 0;
      return boolVal(b != 0);
    }
    case Kind.INT: return intConstruct(t, args, npos, kwnames);
    case Kind.FLOAT: return floatConstruct(t, args, npos, kwnames);
    case Kind.STR: return strTypeNew(t, args, npos, kwnames);
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesTypeNew(t, args, npos, kwnames);
    case Kind.SET: case Kind.FROZENSET: return setTypeNew(t, args, npos, kwnames);
    case Kind.TUPLE: {
      if (!heap && !checkArgs("tuple", npos, kwnames, 0, 1)) return 0;
      let src = npos > 0 ? sequenceToTuple(arg(args, 0)) : tupleEmpty();
      if (src == 0) return 0;
      if (!heap) return src;
      let n = tupleSize(src);
      let size = changetype<PyType>(t).basicsize + (<u32>n << 2);
      let o = gcAlloc(t, size);
      if (o == 0) { decref(src); return 0; }
      memory.fill(o + 8, 0, <usize>size - 8);
      store<u32>(o, <u32>n, 8);
      for (let i = 0; i < n; i++) { let v = tupleItem(src, i); incref(v); store<u32>(o + TUPLE_HEADER + (<usize>i << 2), v); }
      decref(src);
      incref(<Val>t);
      gcTrack(o);
      return <Val>o;
    }
    case Kind.LIST: {
      let l = allocMutable(t, LIST_SIZE);
      if (l == 0) return 0;
      if (!heap && !builtinInit(l, t, args, npos, kwnames)) { decref(l); return 0; }
      return l;
    }
    case Kind.DICT: {
      let d = allocMutable(t, DICT_SIZE);
      if (d == 0) return 0;
      if (!heap && !builtinInit(d, t, args, npos, kwnames)) { decref(d); return 0; }
      return d;
    }
    case Kind.RANGE: return rangeConstruct(args, npos, kwnames);
    case Kind.SLICE: {
      if (!checkArgs("slice", npos, kwnames, 1, 3)) return 0;
      if (npos == 1) return sliceNew(noneVal(), arg(args, 0), noneVal());
      return sliceNew(arg(args, 0), arg(args, 1), npos == 3 ? arg(args, 2) : noneVal());
    }
    case Kind.ENUMERATE: {
      if (!kwCheck("enumerate", kwnames, "iterable,start")) return 0;
      let it0 = npos > 0 ? arg(args, 0) : kwArg(args, npos, kwnames, "iterable");
      if (it0 == 0) { raiseMsg(E.TypeError, "enumerate() missing required argument 'iterable'"); return 0; }
      let start = npos > 1 ? arg(args, 1) : kwArg(args, npos, kwnames, "start");
      if (start == 0) start = mkSmall(0);
      else {
        let sk = isSmall(start) ? Kind.INT : typeKind(typeOf(start));
        if (sk != Kind.INT && sk != Kind.BOOL) { raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(start))); return 0; }
        if (sk == Kind.BOOL) start = mkSmall(load<i32>(start, 8));
      }
      let it = objGetIter(it0);
      if (it == 0) return 0;
      let e = iter2New(T_ENUMERATE, it, start);
      decref(it);
      return e;
    }
    case Kind.ZIP: {
      if (!kwCheck("zip", kwnames, "strict")) return 0;
      let strict = kwArg(args, npos, kwnames, "strict");
      let its = tupleNew(npos);
      if (its == 0) return 0;
      for (let i = 0; i < npos; i++) {
        let it = objGetIter(arg(args, i));
        if (it == 0) {
          if (excMatches(excType(E.TypeError))) { clearExc(); raiseFmt(E.TypeError, "zip argument #%d must support iteration", mkSmall(i + 1)); }
          decref(its);
          return 0;
        }
        tupleSet(its, i, it);
      }
      let st: Val = 0;
      if (strict != 0) { let b = objTruthy(strict); if (b < 0) { decref(its); return 0; } if (b) st = trueVal(); }
      let z = iter2New(T_ZIP, its, st);
      decref(its);
      return z;
    }
    case Kind.MAP: {
      if (!checkArgs("map", npos, kwnames, 0, 0x7fffffff)) return 0;
      if (npos < 2) { raiseMsg(E.TypeError, "map() must have at least two arguments."); return 0; }
      let its = tupleNew(npos - 1);
      if (its == 0) return 0;
      for (let i = 1; i < npos; i++) {
        let it = objGetIter(arg(args, i));
        if (it == 0) { decref(its); return 0; }
        tupleSet(its, i - 1, it);
      }
      let m = iter2New(T_MAP, arg(args, 0), its);
      decref(its);
      return m;
    }
    case Kind.FILTER: {
      if (!checkArgs("filter", npos, kwnames, 2, 2)) return 0;
      let it = objGetIter(arg(args, 1));
      if (it == 0) return 0;
      let fn = arg(args, 0);
      let f = iter2New(T_FILTER, fn == noneVal() ? 0 : fn, it);
      decref(it);
      return f;
    }
    case Kind.REVERSED: {
      if (!checkArgs("reversed", npos, kwnames, 1, 1)) return 0;
      return reversedOf(arg(args, 0));
    }
    case Kind.PROPERTY: {
      if (!kwCheck("property", kwnames, "fget,fset,fdel,doc")) return 0;
      let fget = npos > 0 ? arg(args, 0) : kwArg(args, npos, kwnames, "fget");
      let fset = npos > 1 ? arg(args, 1) : kwArg(args, npos, kwnames, "fset");
      let fdel = npos > 2 ? arg(args, 2) : kwArg(args, npos, kwnames, "fdel");
      let doc = npos > 3 ? arg(args, 3) : kwArg(args, npos, kwnames, "doc");
      return propertyNew(t, fget == noneVal() ? 0 : fget, fset == noneVal() ? 0 : fset, fdel == noneVal() ? 0 : fdel, doc);
    }
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: {
      if (!checkArgs(k == Kind.STATICMETHOD ? "staticmethod" : "classmethod", npos, kwnames, 1, 1)) return 0;
      return wrapperNew(t, arg(args, 0));
    }
    case Kind.SUPER: return superNew(t, args, npos, kwnames);
    case Kind.MODULE: {
      if (!checkArgs("module", npos, kwnames, 1, 2)) return 0;
      return moduleNew(arg(args, 0));
    }
    case Kind.EXCEPTION: {
      let a = tupleFromArray(args, npos);
      if (a == 0) return 0;
      if (!heap && nkw(kwnames) > 0) { raiseFmt(E.TypeError, "%s() takes no keyword arguments", changetype<PyType>(t).name); decref(a); return 0; }
      let x = excNew(t, a);
      decref(a);
      return x;
    }
  }
  raiseFmt(E.TypeError, "cannot create '%s' instances", changetype<PyType>(t).name);
  return 0;
}

/** An empty list/dict of type t (a class with that base gets its extra fields zeroed). */
function allocMutable(t: usize, baseSize: usize): Val {
  let k = typeKind(t);
  let o: Val = k == Kind.LIST ? listNewOfTypeSized(t) : dictNewOfTypeSized(t);
  return o;
}

function listNewOfTypeSized(t: usize): Val {
  if (!isHeapType(t)) return listNewOfType(t, 0);
  let size = changetype<PyType>(t).basicsize;
  let o = gcAlloc(t, size);
  if (o == 0) return 0;
  memory.fill(o + 8, 0, <usize>size - 8);
  incref(<Val>t);
  gcTrack(o);
  return <Val>o;
}

import { dictNew } from "./dict";
function dictNewOfTypeSized(t: usize): Val {
  if (!isHeapType(t)) return dictNewOfType(t);
  let size = changetype<PyType>(t).basicsize;
  let o = gcAlloc(t, size);
  if (o == 0) return 0;
  memory.fill(o + 8, 0, <usize>size - 8);
  store<u32>(o, nextVersionHack(), 12);
  incref(<Val>t);
  gcTrack(o);
  return <Val>o;
}
function nextVersionHack(): u32 {
  // a fresh dict's version: borrow one by creating and dropping an empty dict
  let d = dictNew();
  if (d == 0) return 1;
  let v = load<u32>(d, 12);
  decref(d);
  return v;
}

/** list.__init__ / dict.__init__ (also used when a class does not override __init__). */
export function builtinInit(o: Val, t: usize, args: usize, npos: i32, kwnames: Val): bool {
  let k = typeKind(t);
  if (k == Kind.LIST) {
    if (!checkArgs("list", npos, kwnames, 0, 1)) return false;
    if (npos == 0) return true;
    return listExtendIter(o, arg(args, 0));
  }
  if (k == Kind.DICT) {
    if (npos > 1) { raiseFmt(E.TypeError, "dict expected at most 1 argument, got %d", mkSmall(npos)); return false; }
    if (npos == 1 && !dictUpdateFrom(o, arg(args, 0))) {
      if (excMatches(excType(E.TypeError)) && !isSmall(arg(args, 0)) && lookupSpecial(arg(args, 0), Id.keys) == 0) {
        // CPython's message for dict(1)
        let a0 = arg(args, 0);
        if (isSmall(a0) || !isIterableKind(a0)) { clearExc(); raiseFmt(E.TypeError, "'%s' object is not iterable", typeName(typeOf(a0))); }
      }
      return false;
    }
    let nk = nkw(kwnames);
    for (let i = 0; i < nk; i++) {
      if (!dictSetItemKw(o, tupleItem(kwnames, i), arg(args, npos + i))) return false;
    }
    return true;
  }
  if (k == Kind.SET || k == Kind.BYTEARRAY) return true;   // filled by their own constructors
  return true;
}

import { dictSetItem } from "./dict";
function dictSetItemKw(d: Val, k: Val, v: Val): bool { return dictSetItem(d, k, v); }

function isIterableKind(v: Val): bool {
  switch (typeKind(typeOf(v))) {
    case Kind.LIST: case Kind.TUPLE: case Kind.STR: case Kind.DICT: case Kind.SET: case Kind.FROZENSET:
    case Kind.RANGE: case Kind.GENERATOR: case Kind.BYTES: return true;
  }
  return isHeapType(typeOf(v)) && typeSpecial(typeOf(v), Id.D_iter) != 0;
}

function intConstruct(t: usize, args: usize, npos: i32, kwnames: Val): Val {
  if (!kwCheck("int", kwnames, "base")) return 0;
  let basev = npos > 1 ? arg(args, 1) : kwArg(args, npos, kwnames, "base");
  if (npos > 2) { raiseFmt(E.TypeError, "int() takes at most 2 arguments (%d given)", mkSmall(npos)); return 0; }
  let r: Val;
  if (npos == 0) {
    if (basev != 0) { raiseMsg(E.TypeError, "int() missing string argument"); return 0; }
    r = mkSmall(0);
  } else if (basev != 0) {
    let b = indexValue(basev, false);
    if (!indexOk()) { if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(basev))); return 0; }
    let x = arg(args, 0);
    let xk = isSmall(x) ? Kind.INT : typeKind(typeOf(x));
    if (xk != Kind.STR && xk != Kind.BYTES && xk != Kind.BYTEARRAY) { raiseMsg(E.TypeError, "int() can't convert non-string with explicit base"); return 0; }
    if ((b != 0 && b < 2) || b > 36) { raiseMsg(E.ValueError, "int() base must be >= 2 and <= 36, or 0"); return 0; }
    r = intFromStr(x, <i32>b);
  } else {
    r = intFromObject(arg(args, 0));
  }
  if (r == 0 || t == T_INT) return r;
  // a class with int as its base: Dust boxes the value with the class as its type
  return intOfType(r, t);
}

import { intWithType } from "./int";
function intOfType(v: Val, t: usize): Val {
  let r = intWithType(v, t);
  decref(v);
  return r;
}

function floatConstruct(t: usize, args: usize, npos: i32, kwnames: Val): Val {
  if (!checkArgs("float", npos, kwnames, 0, 1)) return 0;
  let r: Val;
  if (npos == 0) r = floatNew(0.0);
  else {
    let x = arg(args, 0);
    let k = isSmall(x) ? Kind.INT : typeKind(typeOf(x));
    if (k == Kind.FLOAT && !isHeapType(typeOf(x))) { incref(x); r = x; }
    else if (k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY) r = floatFromStr(x);
    else r = floatFromNumber(x);
  }
  if (r == 0 || t == T_FLOAT) return r;
  let o = gcAllocFloatOfType(t, load<f64>(r, 8));
  decref(r);
  return o;
}

import { intToF64 } from "./int";
/** float(x) for a number or an object with __float__/__index__. */
export function floatFromNumber(x: Val): Val {
  let k = isSmall(x) ? Kind.INT : typeKind(typeOf(x));
  let t = typeOf(x);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_float);
    if (m != 0) {
      let r = callWithSelf(m, x, 0, 0, 0);
      if (r == 0) return 0;
      if (isSmall(r) || typeKind(typeOf(r)) != Kind.FLOAT) {
        raiseFmt(E.TypeError, "%s.__float__ returned non-float (type %s)", typeName(t), typeName(typeOf(r)));
        decref(r);
        return 0;
      }
      return r;
    }
    m = typeSpecial(t, Id.D_index);
    if (m != 0) {
      let r = callWithSelf(m, x, 0, 0, 0);
      if (r == 0) return 0;
      let f = floatFromNumber(r);
      decref(r);
      return f;
    }
  }
  if (k == Kind.INT) { let d = intToF64(x); if (excPending()) return 0; return floatNew(d); }
  if (k == Kind.BOOL) return floatNew(<f64>load<i32>(x, 8));
  if (k == Kind.FLOAT) return floatNew(load<f64>(x, 8));
  raiseFmt(E.TypeError, "float() argument must be a string or a real number, not '%s'", typeName(t));
  return 0;
}

function gcAllocFloatOfType(t: usize, d: f64): Val {
  let size = changetype<PyType>(t).basicsize;
  let o = gcAlloc(t, size);
  if (o == 0) return 0;
  memory.fill(o + 8, 0, <usize>size - 8);
  store<f64>(o, d, 8);
  incref(<Val>t);
  gcTrack(o);
  return <Val>o;
}

function rangeConstruct(args: usize, npos: i32, kwnames: Val): Val {
  if (nkw(kwnames) > 0) { raiseMsg(E.TypeError, "range() takes no keyword arguments"); return 0; }
  if (npos < 1 || npos > 3) {
    if (npos == 0) raiseMsg(E.TypeError, "range expected at least 1 argument, got 0");
    else raiseFmt(E.TypeError, "range expected at most 3 arguments, got %d", mkSmall(npos));
    return 0;
  }
  let vals = memory.data(12);
  for (let i = 0; i < npos; i++) {
    let v = arg(args, i);
    let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
    if (k == Kind.BOOL) v = mkSmall(load<i32>(v, 8));
    else if (k != Kind.INT) {
      let m = isHeapType(typeOf(v)) ? typeSpecial(typeOf(v), Id.D_index) : 0;
      if (m == 0) { raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v))); return 0; }
      v = callWithSelf(m, v, 0, 0, 0);
      if (v == 0) return 0;
      decref(v);   // ints from __index__ are kept alive by the range below (small ints need nothing)
    }
    store<u32>(vals + (<usize>i << 2), v);
  }
  if (npos == 1) return rangeNew(mkSmall(0), load<u32>(vals), mkSmall(1));
  return rangeNew(load<u32>(vals), load<u32>(vals, 4), npos == 3 ? load<u32>(vals, 8) : mkSmall(1));
}

/** reversed(seq): __reversed__, lists and ranges natively, else the sequence protocol. */
export function reversedOf(seq: Val): Val {
  let t = typeOf(seq);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_reversed);
    if (m == noneVal()) { raiseFmt(E.TypeError, "'%s' object is not reversible", typeName(t)); return 0; }
    if (m != 0) return callWithSelf(m, seq, 0, 0, 0);
  }
  let k = isSmall(seq) ? Kind.INT : typeKind(t);
  if (k == Kind.LIST) return seqIterNew(T_LIST_REVITER, seq, listSize(seq) - 1);
  if (k == Kind.RANGE) return rangeRevIterNew(seq);
  if (k == Kind.DICT || k == Kind.DICT_KEYS || k == Kind.DICT_VALUES || k == Kind.DICT_ITEMS) return dictReversed(seq);
  let hasGetitem = k == Kind.TUPLE || k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY
    || (isHeapType(t) && typeSpecial(t, Id.D_getitem) != 0);   // PySequence_Check; len() may still fail
  if (!hasGetitem) { raiseFmt(E.TypeError, "'%s' object is not reversible", typeName(t)); return 0; }
  let n = objLen(seq);
  if (n < 0) return 0;
  return seqIterNew(T_REVERSED, seq, n - 1);
}

import { listNew, listAppend } from "./list";
import { dictNextAt, dictEntryKey, dictEntryValue } from "./dict";
import { T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS } from "./type";
/** reversed(dict) and its views: a reversed iterator over a snapshot list. */
function dictReversed(v: Val): Val {
  let t = typeOf(v);
  let d = typeKind(t) == Kind.DICT ? v : load<u32>(v, 8);
  let l = listNew(dictUsed(d));
  if (l == 0) return 0;
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) {
    let item: Val;
    if (t == T_DICT_VALUES) { item = dictEntryValue(d, pos); incref(item); }
    else if (t == T_DICT_ITEMS) {
      item = tupleNew(2);
      if (item == 0) { decref(l); return 0; }
      let k = dictEntryKey(d, pos), val = dictEntryValue(d, pos);
      incref(k); incref(val);
      tupleSet(item, 0, k); tupleSet(item, 1, val);
    } else { item = dictEntryKey(d, pos); incref(item); }
    let ok = listAppend(l, item);
    decref(item);
    if (!ok) { decref(l); return 0; }
  }
  let it = seqIterNew(T_LIST_REVITER, l, listSize(l) - 1);
  decref(l);
  return it;
}
