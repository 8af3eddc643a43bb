// Calling a class: instance creation (__new__ + __init__), the builtin constructors, and class
// creation (type(name, bases, ns), __build_class__, C3 MRO, __slots__, __init_subclass__,
// __set_name__, the __class__ cell).

import { Val, isSmall, incref, decref, xdecref, xincref, mkSmall, IMMORTAL } from "./object";
import { PyType, T_TYPE, T_OBJECT, T_STATICMETHOD, T_CLASSMETHOD, T_FUNCTION, T_STR, T_TUPLE, T_DICT, T_CELL,
         TYPE_SIZE, typeOf, typeKind, isHeapType, typeLookup, typeSpecial, typeName, isSubtype, typeVersion,
         typeAddSubclass } from "./type";
import { Kind, TF } from "./kinds";
import { Id } from "./ids";
import { idStr, strIntern, strEqAS, strLen, strGet, strFromAS, strEq } from "./str";
import { TUPLE_HEADER, tupleNew, tupleSet, tupleSize, tupleItem, tupleFromArray, tupleEmpty, tuplePack1 } from "./tuple";
import { listNew, listAppend, listSize, listItem } from "./list";
import { dictNew, dictGetStr, dictSetItem, dictDelItem, dictCopy, dictEnd, dictNextAt, dictEntryKey,
         dictEntryValue, dictUsed } from "./dict";
import { noneVal } from "./singletons";
import { gcAlloc, gcTrack } from "../gc/track";
import { E, excType } from "./exc";
import { raiseFmt, raiseMsg, excPending } from "../vm/errors";
import { callObject, callWithSelf, call1 } from "../vm/call";
import { wrapperNew, memberNew } from "./descr";
import { cellSet } from "./cell";
import { builtinConstruct } from "./constructors";
import { descrGet } from "../vm/ops_attr";
import { frameLocals } from "../vm/frame";
import { curFrame } from "../vm/state";
import { objGetIter, iterNext } from "../vm/ops_seq";

/** type(x) with one argument; otherwise create an instance of cls. */
export function typeCall(cls: Val, args: usize, npos: i32, kwnames: Val): Val {
  let t = <usize>cls;
  if (t == T_TYPE && npos == 1 && (kwnames == 0 || tupleSize(kwnames) == 0)) {
    let r = <Val>typeOf(load<u32>(args));
    incref(r);
    return r;
  }
  if (!isHeapType(t)) {
    if (t == T_TYPE) return typeNewHeap(t, args, npos, kwnames);
    return builtinConstruct(t, args, npos, kwnames);
  }
  // __new__
  let obj: Val;
  let newAttr = typeSpecial(t, Id.D_new);
  if (newAttr != 0) {
    let fn = descrGet(newAttr, 0, t);
    if (fn == 0) return 0;
    obj = callWithSelf(fn, cls, args, npos, kwnames);
    decref(fn);
    if (obj == 0) return 0;
    if (!isSubtype(typeOf(obj), t)) return obj;   // __init__ only for instances of cls
  } else {
    obj = nativeNew(t, args, npos, kwnames);
    if (obj == 0) return 0;
  }
  // __init__
  let ot = typeOf(obj);
  let init = isHeapType(ot) ? typeSpecial(ot, Id.D_init) : 0;
  if (init != 0) {
    let r = callWithSelf(init, obj, args, npos, kwnames);
    if (r == 0) { decref(obj); return 0; }
    if (r != noneVal()) {
      raiseFmt(E.TypeError, "__init__() should return None, not '%s'", typeName(typeOf(r)));
      decref(r); decref(obj);
      return 0;
    }
    decref(r);
  } else if (!nativeInit(obj, t, args, npos, kwnames, newAttr != 0)) {
    decref(obj);
    return 0;
  }
  return obj;
}

/** A new instance of heap class t with no Python __new__: the builtin base's constructor, or a blank object. */
function nativeNew(t: usize, args: usize, npos: i32, kwnames: Val): Val {
  let k = typeKind(t);
  if (k == Kind.OBJECT) return instanceAlloc(t);
  if (k == Kind.TYPE) return typeNewHeap(t, args, npos, kwnames);
  return builtinConstruct(t, args, npos, kwnames);
}

/** A zeroed instance of heap class t (tracked, owning a reference to t). */
export function instanceAlloc(t: usize): Val {
  let size = changetype<PyType>(t).basicsize;
  let o = gcAlloc(t, size);
  if (o == 0) return 0;
  memory.fill(o + 8, 0, <usize>size - 8);
  incref(<Val>t);
  gcTrack(o);
  return <Val>o;
}

/** object.__init__ checks, and the init step of builtin bases constructed by nativeNew. */
function nativeInit(obj: Val, t: usize, args: usize, npos: i32, kwnames: Val, hadNew: bool): bool {
  let nargs = npos + (kwnames != 0 ? tupleSize(kwnames) : 0);
  let k = typeKind(t);
  if (k == Kind.OBJECT && nargs > 0 && !hadNew) {
    raiseFmt(E.TypeError, "%s() takes no arguments", changetype<PyType>(t).name);
    return false;
  }
  if (k == Kind.LIST || k == Kind.DICT) return builtinInit(obj, t, args, npos, kwnames);
  return true;
}
import { builtinInit } from "./constructors";

// {==== class creation

/** C3 linearisation of cls with the given bases: a tuple, or 0 (TypeError) if inconsistent. */
function computeMro(cls: usize, bases: Val): Val {
  let nb = tupleSize(bases);
  // lists to merge: each base's MRO, then the bases themselves
  let seqs = listNew(nb + 1);
  if (seqs == 0) return 0;
  for (let i = 0; i < nb; i++) {
    let b = <usize>tupleItem(bases, i);
    let m = changetype<PyType>(b).mro;
    let l = listFromTuple(m);
    if (l == 0 || !listAppend(seqs, l)) { xdecref(l); decref(seqs); return 0; }
    decref(l);
  }
  let bl = listFromTuple(bases);
  if (bl == 0 || !listAppend(seqs, bl)) { xdecref(bl); decref(seqs); return 0; }
  decref(bl);
  let out = listNew(8);
  if (out == 0) { decref(seqs); return 0; }
  listAppend(out, <Val>cls);
  let heads = listNew(nb + 1);   // index of the next element of each sequence
  if (heads == 0) { decref(seqs); decref(out); return 0; }
  for (let i = 0; i <= nb; i++) listAppend(heads, mkSmall(0));
  while (true) {
    let candidate: Val = 0;
    let anyLeft = false;
    for (let i = 0; i <= nb; i++) {
      let s = listItem(seqs, i);
      let h = <i32>listItem(heads, i) >> 1;
      if (h >= listSize(s)) continue;
      anyLeft = true;
      let c = listItem(s, h);
      // c must not appear in the tail of any sequence
      let inTail = false;
      for (let j = 0; j <= nb && !inTail; j++) {
        let s2 = listItem(seqs, j);
        let h2 = <i32>listItem(heads, j) >> 1;
        for (let q = h2 + 1; q < listSize(s2); q++) if (listItem(s2, q) == c) { inTail = true; break; }
      }
      if (!inTail) { candidate = c; break; }
    }
    if (!anyLeft) break;
    if (candidate == 0) {
      mroError(seqs, heads, nb);
      decref(seqs); decref(out); decref(heads);
      return 0;
    }
    listAppend(out, candidate);
    for (let i = 0; i <= nb; i++) {
      let s = listItem(seqs, i);
      let h = <i32>listItem(heads, i) >> 1;
      if (h < listSize(s) && listItem(s, h) == candidate) store<u32>(listItemsAddr(heads) + (<usize>i << 2), mkSmall(h + 1));
    }
  }
  let mro = tupleFromArray(listItemsAddr(out), listSize(out));
  decref(seqs); decref(out); decref(heads);
  return mro;
}

import { listItems, listFromArray } from "./list";
function listItemsAddr(l: Val): usize { return listItems(l); }
function listFromTuple(t: Val): Val { return listFromArray(<usize>t + TUPLE_HEADER, tupleSize(t)); }

/** CPython's set_mro_error: the heads of the sequences left, each named once. */
function mroError(seqs: Val, heads: Val, nb: i32): void {
  let sb = sbNew();
  if (sb == 0) return;
  sbAS(sb, "Cannot create a consistent method resolution\norder (MRO) for bases ");
  let seen = listNew(4);
  if (seen == 0) { sbFree(sb); return; }
  let first = true;
  for (let i = 0; i <= nb; i++) {
    let s = listItem(seqs, i);
    let h = <i32>listItem(heads, i) >> 1;
    if (h >= listSize(s)) continue;
    let c = listItem(s, h);
    let dup = false;
    for (let j = 0; j < listSize(seen); j++) if (listItem(seen, j) == c) dup = true;
    if (dup) continue;
    listAppend(seen, c);
    if (!first) sbAS(sb, ", ");
    sbStr(sb, changetype<PyType>(c).name);
    first = false;
  }
  decref(seen);
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
}
import { sbNew, sbAS, sbStr, sbFinish, sbFree } from "./strbuf";
import { raiseWithStr } from "../vm/errors";

/** The base whose instance layout the new class extends (CPython's best_base). */
function bestBase(bases: Val): usize {
  let n = tupleSize(bases);
  let best: usize = 0;
  for (let i = 0; i < n; i++) {
    let b = <usize>tupleItem(bases, i);
    if (best == 0) { best = b; continue; }
    let kb = typeKind(b), kbest = typeKind(best);
    if (isSubtype(b, best)) best = b;
    else if (isSubtype(best, b)) continue;
    else if (kb != Kind.OBJECT && kbest != Kind.OBJECT && solid(b) != solid(best)) {
      raiseMsg(E.TypeError, "multiple bases have instance lay-out conflict");
      return 0;
    } else if (changetype<PyType>(b).basicsize > changetype<PyType>(best).basicsize) best = b;
  }
  return best;
}

/** The most derived base that adds to the instance layout. */
function solid(t: usize): usize {
  let b = <usize>changetype<PyType>(t).base;
  if (b == 0) return t;
  let s = solid(b);
  return changetype<PyType>(t).basicsize != changetype<PyType>(b).basicsize ? t : s;
}

/** type(name, bases, ns) and metaclass instantiation: args are (name, bases, ns). */
export function typeNewHeap(meta: usize, args: usize, npos: i32, kwnames: Val): Val {
  if (npos != 3) { raiseMsg(E.TypeError, "type() takes 1 or 3 arguments"); return 0; }
  let name = load<u32>(args), bases = load<u32>(args, 4), ns = load<u32>(args, 8);
  if (isSmall(name) || typeOf(name) != T_STR) { raiseFmt(E.TypeError, "type.__new__() argument 1 must be str, not %T", name); return 0; }
  if (isSmall(bases) || typeOf(bases) != T_TUPLE) { raiseFmt(E.TypeError, "type.__new__() argument 2 must be tuple, not %T", bases); return 0; }
  if (isSmall(ns) || typeKind(typeOf(ns)) != Kind.DICT) { raiseFmt(E.TypeError, "type.__new__() argument 3 must be dict, not %T", ns); return 0; }
  let ownBases: Val;
  if (tupleSize(bases) == 0) ownBases = tuplePack1(<Val>T_OBJECT);
  else { ownBases = bases; incref(bases); }
  if (ownBases == 0) return 0;
  // the most derived metaclass of the bases must be meta or a base of it (_PyType_CalculateMetaclass)
  let winner = meta;
  for (let i = 0; i < tupleSize(ownBases); i++) {
    let bt = typeOf(tupleItem(ownBases, i));
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    raiseMsg(E.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    decref(ownBases);
    return 0;
  }
  meta = winner;
  for (let i = 0; i < tupleSize(ownBases); i++) {
    let b = tupleItem(ownBases, i);
    if (isSmall(b) || typeKind(typeOf(b)) != Kind.TYPE) { raiseFmt(E.TypeError, "bases must be types"); decref(ownBases); return 0; }
    for (let j = 0; j < i; j++) {
      if (tupleItem(ownBases, j) == b) {
        raiseFmt(E.TypeError, "duplicate base class %s", changetype<PyType>(b).name);
        decref(ownBases);
        return 0;
      }
    }
    if (!(changetype<PyType>(b).flags & TF.BASETYPE)) {
      raiseFmt(E.TypeError, "type '%s' is not an acceptable base type", changetype<PyType>(b).name);
      decref(ownBases);
      return 0;
    }
  }
  let base = bestBase(ownBases);
  if (base == 0) { decref(ownBases); return 0; }
  let t = gcAlloc(meta, TYPE_SIZE);
  if (t == 0) { decref(ownBases); return 0; }
  memory.fill(t + 8, 0, TYPE_SIZE - 8);
  let ty = changetype<PyType>(t);
  ty.kind = <u8>typeKind(base);
  ty.flags = <u8>(TF.HEAP | TF.BASETYPE | TF.GC | (changetype<PyType>(base).flags & (TF.EXC | TF.IS_TYPE)));
  let iname = strIntern(incrcopy(name));
  ty.name = iname;
  incref(iname);
  ty.qualname = iname;
  incref(<Val>base);
  ty.base = <u32>base;
  ty.bases = ownBases;
  ty.basicsize = changetype<PyType>(base).basicsize;
  ty.dictoffset = changetype<PyType>(base).dictoffset;
  ty.weaklistoffset = changetype<PyType>(base).weaklistoffset;
  if (meta != T_TYPE) incref(<Val>meta);
  let d = dictCopy(ns);
  if (d == 0) { gcTrack(t); decref(<Val>t); return 0; }
  ty.dict = d;
  gcTrack(t);
  let mro = computeMro(t, ownBases);
  if (mro == 0) { decref(<Val>t); return 0; }
  ty.mro = mro;
  if (!finishHeapType(t, d)) { decref(<Val>t); return 0; }
  for (let i = 0; i < tupleSize(ownBases); i++) typeAddSubclass(<usize>tupleItem(ownBases, i), t);
  typeVersion(t);
  // __set_name__ and __init_subclass__
  if (!setNames(t, d) || !initSubclass(t, kwnames, args + 12)) { decref(<Val>t); return 0; }
  return <Val>t;
}

function incrcopy(v: Val): Val { incref(v); return v; }

/** Layout (slots, __dict__), implicit wrappers and attributes of a new heap type. */
function finishHeapType(t: usize, d: Val): bool {
  let ty = changetype<PyType>(t);
  // __qualname__ given by the class body
  let qn = dictGetStr(d, idStr(Id.D_qualname));
  if (qn != 0) {
    if (isSmall(qn) || typeOf(qn) != T_STR) { raiseFmt(E.TypeError, "type __qualname__ must be a str, not %T", qn); return false; }
    incref(qn);
    let old = ty.qualname;
    ty.qualname = qn;
    decref(old);
    if (dictDelItem(d, idStr(Id.D_qualname)) < 0) return false;
  }
  // __module__ from the caller's globals if the body did not set it
  if (dictGetStr(d, idStr(Id.D_module)) == 0 && curFrame != 0) {
    let g = load<u32>(curFrame, 8);
    let mn = g != 0 ? dictGetStr(g, idStr(Id.D_name)) : 0;
    if (mn != 0 && !dictSetItem(d, idStr(Id.D_module), mn)) return false;
  }
  if (dictGetStr(d, idStr(Id.D_doc)) == 0 && !dictSetItem(d, idStr(Id.D_doc), noneVal())) return false;
  // __slots__
  let slots = dictGetStr(d, idStr(Id.D_slots));
  if (slots != 0) {
    if (!addSlots(t, d, slots)) return false;
  } else if (ty.dictoffset == 0 && typeKind(t) != Kind.EXCEPTION && typeKind(t) != Kind.TYPE) {
    ty.dictoffset = ty.basicsize;
    ty.basicsize += 4;
    if (ty.weaklistoffset == 0) { ty.weaklistoffset = ty.basicsize; ty.basicsize += 4; }
  }
  // __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods
  if (!wrapIfFunction(d, Id.D_new, T_STATICMETHOD)) return false;
  if (!wrapIfFunction(d, Id.D_init_subclass, T_CLASSMETHOD)) return false;
  if (!wrapIfFunction(d, Id.D_class_getitem, T_CLASSMETHOD)) return false;
  // defining __eq__ without __hash__ makes instances unhashable
  if (dictGetStr(d, idStr(Id.D_eq)) != 0 && dictGetStr(d, idStr(Id.D_hash)) == 0) {
    if (!dictSetItem(d, idStr(Id.D_hash), noneVal())) return false;
  }
  if (dictGetStr(d, idStr(Id.D_del)) != 0) ty.flags |= <u8>TF.HAS_FINALIZER;
  else if (changetype<PyType>(ty.base).flags & TF.HAS_FINALIZER) ty.flags |= <u8>TF.HAS_FINALIZER;
  // the class body's __class__ cell
  let cell = dictGetStr(d, idStr(Id.D_classcell));
  if (cell != 0) {
    if (isSmall(cell) || typeOf(cell) != T_CELL) { raiseFmt(E.TypeError, "__classcell__ must be a nonlocal cell, not %T", cell); return false; }
    cellSet(cell, <Val>t);
    if (dictDelItem(d, idStr(Id.D_classcell)) < 0) return false;
  }
  return true;
}

function wrapIfFunction(d: Val, id: Id, wrapperType: usize): bool {
  let f = dictGetStr(d, idStr(id));
  if (f == 0 || isSmall(f) || typeOf(f) != T_FUNCTION) return true;
  let w = wrapperNew(wrapperType, f);
  if (w == 0) return false;
  let ok = dictSetItem(d, idStr(id), w);
  decref(w);
  return ok;
}

/** __slots__: a member descriptor per name, appended to the layout; no __dict__ unless listed. */
function addSlots(t: usize, d: Val, slots: Val): bool {
  let ty = changetype<PyType>(t);
  let names: Val;
  if (!isSmall(slots) && typeOf(slots) == T_STR) names = tuplePack1(slots);
  else {
    let it = objGetIter(slots);
    if (it == 0) return false;
    let l = listNew(4);
    if (l == 0) { decref(it); return false; }
    while (true) {
      let x = iterNext(it);
      if (x == 0) break;
      listAppend(l, x);
      decref(x);
    }
    decref(it);
    if (excPending()) { decref(l); return false; }
    names = tupleFromArray(listItems(l), listSize(l));
    decref(l);
  }
  if (names == 0) return false;
  let n = tupleSize(names);
  let wantDict = false, wantWeak = false;
  for (let i = 0; i < n; i++) {
    let s = tupleItem(names, i);
    if (isSmall(s) || typeOf(s) != T_STR) { raiseFmt(E.TypeError, "__slots__ items must be strings, not '%T'", s); decref(names); return false; }
    if (strEqAS(s, "__dict__")) { wantDict = true; continue; }
    if (strEqAS(s, "__weakref__")) { wantWeak = true; continue; }
    let iname = strIntern(incrcopy(s));
    if (dictGetStr(d, iname) != 0) {
      raiseFmt(E.ValueError, "'%s' in __slots__ conflicts with class variable", iname);
      decref(iname); decref(names);
      return false;
    }
    let m = memberNew(iname, ty.basicsize, t);
    if (m == 0 || !dictSetItem(d, iname, m)) { xdecref(m); decref(iname); decref(names); return false; }
    decref(m);
    decref(iname);
    ty.basicsize += 4;
    ty.nslots++;
  }
  decref(names);
  if (wantDict && ty.dictoffset == 0) { ty.dictoffset = ty.basicsize; ty.basicsize += 4; }
  if (wantWeak && ty.weaklistoffset == 0) { ty.weaklistoffset = ty.basicsize; ty.basicsize += 4; }
  return true;
}

/** Call __set_name__(cls, name) on every attribute that has it. */
function setNames(t: usize, d: Val): bool {
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) {
    let k = dictEntryKey(d, pos), v = dictEntryValue(d, pos);
    if (isSmall(v)) continue;
    let vt = typeOf(v);
    let sn = isHeapType(vt) ? typeLookup(vt, idStr(Id.D_set_name)) : 0;
    if (sn == 0) {
      // a builtin property's __set_name__: the name its error messages use
      if (typeKind(vt) == Kind.PROPERTY) propertySetName(v, k);
      continue;
    }
    incref(v); incref(k);
    let buf = heapArgs(<Val>t, k);
    if (buf == 0) { decref(v); decref(k); return false; }
    let r = callWithSelf(sn, v, buf, 2, 0);
    freeArgs(buf);
    decref(v); decref(k);
    if (r == 0) return false;
    decref(r);
  }
  return true;
}

import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";
import { propertySetName } from "./descr";
function heapArgs(a: Val, b: Val): usize {
  let p = heapAlloc(8);
  if (p == 0) { raiseMemoryError(8); return 0; }
  store<u32>(p, a); store<u32>(p, b, 4);
  return p;
}
function freeArgs(p: usize): void { heapFree(p, 8); }

/** super(cls).__init_subclass__(**kwargs) after creating cls. */
function initSubclass(t: usize, kwnames: Val, kwvalues: usize): bool {
  let mro = changetype<PyType>(t).mro;
  let nk = kwnames != 0 ? tupleSize(kwnames) : 0;
  for (let i = 1; i < tupleSize(mro); i++) {
    let b = <usize>tupleItem(mro, i);
    let dd = changetype<PyType>(b).dict;
    let f = dd != 0 ? dictGetStr(dd, idStr(Id.D_init_subclass)) : 0;
    if (f == 0) continue;
    if (!isHeapType(b)) break;   // object.__init_subclass__: takes no keyword arguments
    let bound = descrGet(f, 0, t);
    if (bound == 0) return false;
    let r = callObject(bound, kwvalues, 0, kwnames);
    decref(bound);
    if (r == 0) return false;
    decref(r);
    return true;
  }
  if (nk > 0) {
    raiseFmt(E.TypeError, "%s.__init_subclass__() takes no keyword arguments", changetype<PyType>(t).name);
    return false;
  }
  return true;
}

/** __build_class__(func, name, *bases, metaclass=…, **kwds). */
export function buildClass(args: usize, npos: i32, kwnames: Val): Val {
  if (npos < 2) { raiseMsg(E.TypeError, "__build_class__: not enough arguments"); return 0; }
  let func = load<u32>(args), name = load<u32>(args, 4);
  let bases = tupleFromArray(args + 8, npos - 2);
  if (bases == 0) return 0;
  // metaclass: explicit, or the most derived metaclass of the bases
  let meta: usize = 0;
  let nk = kwnames != 0 ? tupleSize(kwnames) : 0;
  let restNames: Val = 0;
  let restCount = 0;
  let restBuf: usize = 0;
  for (let i = 0; i < nk; i++) {
    if (strEqAS(tupleItem(kwnames, i), "metaclass")) meta = <usize>load<u32>(args + (<usize>(npos + i) << 2));
    else restCount++;
  }
  if (restCount > 0) {
    restBuf = heapAlloc(<usize>restCount << 2);
    restNames = tupleNew(restCount);
    if (restBuf == 0 || restNames == 0) {
      if (restBuf != 0) heapFree(restBuf, <usize>restCount << 2);
      xdecref(restNames); decref(bases);
      if (!excPending()) raiseMemoryError(<usize>restCount << 2);
      return 0;
    }
    let j = 0;
    for (let i = 0; i < nk; i++) {
      let kn = tupleItem(kwnames, i);
      if (strEqAS(kn, "metaclass")) continue;
      incref(kn);
      tupleSet(restNames, j, kn);
      store<u32>(restBuf + (<usize>j << 2), load<u32>(args + (<usize>(npos + i) << 2)));
      j++;
    }
  }
  if (meta == 0) meta = tupleSize(bases) > 0 ? typeOf(tupleItem(bases, 0)) : T_TYPE;
  if (typeKind(meta) == Kind.TYPE || isSubtype(meta, T_TYPE)) {
    for (let i = 0; i < tupleSize(bases); i++) {
      let bt = typeOf(tupleItem(bases, i));
      if (isSubtype(bt, meta)) meta = bt;
      else if (!isSubtype(meta, bt)) {
        raiseMsg(E.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        decref(bases); cleanupRest(restBuf, restCount, restNames);
        return 0;
      }
    }
  }
  // namespace: __prepare__ or a new dict
  let ns: Val;
  let prep = isHeapType(meta) ? typeLookup(meta, idStr(Id.D_prepare)) : 0;
  if (prep != 0) {
    let pf = descrGet(prep, 0, meta);
    if (pf == 0) { decref(bases); cleanupRest(restBuf, restCount, restNames); return 0; }
    let pa = heapArgs(name, bases);
    ns = pa != 0 ? callObject(pf, pa, 2, 0) : 0;
    if (pa != 0) freeArgs(pa);
    decref(pf);
  } else ns = dictNew();
  if (ns == 0) { decref(bases); cleanupRest(restBuf, restCount, restNames); return 0; }
  // run the class body with ns as its locals
  let cell = runClassBody(func, ns);
  if (cell == 0) { decref(ns); decref(bases); cleanupRest(restBuf, restCount, restNames); return 0; }
  // cls = meta(name, bases, ns, **kwds)
  let cargs = heapAlloc(<usize>(3 + restCount) << 2);
  if (cargs == 0) { decref(cell); decref(ns); decref(bases); cleanupRest(restBuf, restCount, restNames); raiseMemoryError(12); return 0; }
  store<u32>(cargs, name); store<u32>(cargs, bases, 4); store<u32>(cargs, ns, 8);
  for (let i = 0; i < restCount; i++) store<u32>(cargs + 12 + (<usize>i << 2), load<u32>(restBuf + (<usize>i << 2)));
  let cls = callObject(<Val>meta, cargs, 3, restCount > 0 ? restNames : 0);
  heapFree(cargs, <usize>(3 + restCount) << 2);
  if (cls != 0 && !isSmall(cell) && typeOf(cell) == T_CELL && load<u32>(cell, 8) != cls) {
    // a metaclass that did not pass __classcell__ on to type.__new__
    cellSet(cell, cls);
  }
  decref(cell);
  decref(ns);
  decref(bases);
  cleanupRest(restBuf, restCount, restNames);
  return cls;
}

function cleanupRest(buf: usize, n: i32, names: Val): void {
  if (buf != 0) heapFree(buf, <usize>n << 2);
  xdecref(names);
}

import { framePush, frameClear, framePop, FF } from "../vm/frame";
import { run } from "../vm/interp";
import { funcCode } from "./func";
import { setCallDepth, callDepth } from "../vm/state";

/** Execute a class body function with ns as its locals; returns its result (the __class__ cell or None). */
function runClassBody(func: Val, ns: Val): Val {
  let code = funcCode(func);
  let f = framePush(code);
  if (f == 0) return 0;
  store<u32>(f, load<u32>(func, 12), 8);
  store<u32>(f, load<u32>(func, 16), 12);
  incref(ns);
  store<u32>(f, ns, 16);
  incref(func);
  store<u32>(f, func, 4);
  store<u32>(f, FF.ENTRY, 32);
  store<u32>(f, <u32>curFrame, 20);
  setCallDepth(callDepth + 1);
  let r = run(f);
  setCallDepth(callDepth - 1);
  frameClear(f);
  framePop(f);
  return r;
}
// }====
