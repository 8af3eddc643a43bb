// The Python-visible methods of set and frozenset, and their constructors. The table itself and
// the algorithms (CPython's setobject.c) are in obj/set.ts; these wrappers check arguments with
// CPython's messages and call them.

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_SET, T_FROZENSET, T_SET_ITER, typeOf, typeKind, typeName, typeSpecial } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { tupleSize } from "./tuple";
import { noneVal, boolVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { objGetIter, iterNext, raiseKeyError } from "../vm/ops_seq";
import { dictIterNew } from "./iter";
import { NativeFn } from "./builtin";
import { argsCheck, argsCountError } from "./textops";
import { addMethod } from "./typeinit";
import { setNew, setAdd, setClear, setUpdate, setPop, setUsed, setNextAt, setEntryKey, setEntryHash, setContains,
         setContainsKey, setContainsEntry, setDiscardKey, setFrozenRetry, setMakeNew, setCopy, setIntersection,
         setSwapBodies, setDifference, setDifferenceUpdate, setSymmetricDifference, setSymmetricDifferenceUpdate,
         setIsSubset, setIsSuperset, setMerge, setAddEntry, isAnySet, setLen } from "./set";
import { notImplVal } from "./singletons";
import { T_TUPLE } from "./type";
import { BinOp, CmpOp } from "../vm/opcodes";

// {==== operators and comparison

/** a | b, a & b, a - b, a ^ b: a new set, NotImplemented unless both are sets, or 0 on error. */
export function setBinary(a: Val, b: Val, op: u32): Val {
  if (!isAnySet(a) || !isAnySet(b)) return notImplVal();
  switch (op) {
    case BinOp.OR: {
      let r = setCopy(a);
      if (r == 0) return 0;
      if (a != b && !setUpdate(r, b)) { decref(r); return 0; }
      return r;
    }
    case BinOp.AND: return setIntersection(a, b);
    case BinOp.SUBTRACT: return setDifference(a, b);
    case BinOp.XOR: return setSymmetricDifference(a, b);
  }
  return notImplVal();
}

/** a |= b, &=, -=, ^= for a mutable set a (op is the base BinOp): a (new reference), NotImplemented, or 0. */
export function setInplace(a: Val, b: Val, op: u32): Val {
  if (op >= 13) op -= 13;
  if (!isAnySet(b)) return notImplVal();
  let ok: bool;
  switch (op) {
    case BinOp.OR: ok = setUpdate(a, b); break;
    case BinOp.AND: {
      let tmp = setIntersection(a, b);
      if (tmp == 0) return 0;
      setSwapBodies(a, tmp);
      decref(tmp);
      ok = true;
      break;
    }
    case BinOp.SUBTRACT: ok = setDifferenceUpdate(a, b); break;
    case BinOp.XOR: ok = setSymmetricDifferenceUpdate(a, b); break;
    default: return notImplVal();
  }
  if (!ok) return 0;
  incref(a);
  return a;
}

/** Rich comparison of two sets as subset relations: a bool, NotImplemented, or 0 on error. */
export function setCompare(a: Val, b: Val, op: u32): Val {
  if (!isAnySet(a) || !isAnySet(b)) return notImplVal();
  let r: i32;
  switch (op) {
    case CmpOp.EQ: r = setUsed(a) != setUsed(b) ? 0 : setIsSubset(a, b); break;
    case CmpOp.NE: r = setUsed(a) != setUsed(b) ? 0 : setIsSubset(a, b); if (r >= 0) r = 1 - r; break;
    case CmpOp.LE: r = setIsSubset(a, b); break;
    case CmpOp.GE: r = setIsSuperset(a, b); break;
    case CmpOp.LT: r = setUsed(a) >= setUsed(b) ? 0 : setIsSubset(a, b); break;
    default: r = setUsed(a) <= setUsed(b) ? 0 : setIsSuperset(a, b); break;
  }
  if (r < 0) return 0;
  return boolVal(r != 0);
}
// }====

// {==== constant set displays
//
// CPython 3.11 compiles a display of more than two constants, {1, 2, 3}, to BUILD_SET 0 +
// LOAD_CONST frozenset + SET_UPDATE, and `for x in {…}` / `x in {…}` to a frozenset constant. That
// frozenset is built from the constants' tuple, then rebuilt from its own iteration order by the
// compiler's constant merging; a rebuild can reorder keys whose probe sequences collide, so the
// loader builds frozenset constants this way too. (CPython rebuilds once more when string interning
// replaces an item by an equal str interned earlier in the process, e.g. 'date' or 'x': that state
// is not modelled, docs in NOTES-helper4.md.)

/** The frozenset constant CPython makes for the constants in tuple t (a new reference). */
export function setFrozenConst(t: Val): Val {
  let f0 = setMakeNew(T_FROZENSET, t);
  if (f0 == 0) return 0;
  // frozenset(tuple(f0)): insert in f0's iteration order into a fresh table
  let g = setNew(T_FROZENSET);
  if (g == 0) { decref(f0); return 0; }
  for (let pos = setNextAt(f0, 0); pos >= 0; pos = setNextAt(f0, pos + 1)) {
    if (!setAddEntry(g, setEntryKey(f0, pos), setEntryHash(f0, pos))) { decref(g); decref(f0); return 0; }
  }
  decref(f0);
  return g;
}

/** SET_UPDATE of a constant display {c1, c2, c3, …} (more than two constants) into the new set s. */
export function setUpdateConstDisplay(s: Val, t: Val): bool {
  let f = setFrozenConst(t);
  if (f == 0) return false;
  let ok = setMerge(s, f);
  decref(f);
  return ok;
}

// }====


function isDisjoint(so: Val, other: Val): i32 {
  if (so == other) return setUsed(so) == 0 ? 1 : 0;
  if (!isSmall(other) && (typeOf(other) == T_SET || typeOf(other) == T_FROZENSET)) {
    let a = so, b = other;
    if (setUsed(b) > setUsed(a)) { let t = a; a = b; b = t; }
    for (let pos = setNextAt(b, 0); pos >= 0; pos = setNextAt(b, pos + 1)) {
      let k = setEntryKey(b, pos);
      incref(k);
      let rv = setContainsEntry(a, k, setEntryHash(b, pos));
      decref(k);
      if (rv != 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  let it = objGetIter(other);
  if (it == 0) return -1;
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let rv = setContainsKey(so, k);
    decref(k);
    if (rv != 0) { decref(it); return rv < 0 ? -1 : 0; }
  }
  decref(it);
  return excPending() ? -1 : 1;
}


// @ts-ignore: decorator
@inline function arg0(args: usize): Val { return load<u32>(args); }

function retBool(r: i32): Val { return r < 0 ? 0 : boolVal(r != 0); }
function retNone(ok: bool): Val { return ok ? noneVal() : 0; }

function m_add(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.add", nargs, kw, 1, 1)) return 0;
  return retNone(setAdd(self, arg0(args)));
}
function m_clear(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.clear", nargs, kw, 0, 0)) return 0;
  setClear(self);
  return noneVal();
}
function m_contains(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.__contains__" : "frozenset.__contains__", nargs, kw, 1, 1)) return 0;
  return retBool(setContains(self, arg0(args)));
}
function m_copy(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.copy", nargs, kw, 0, 0)) return 0;
  return setCopy(self);
}
function m_fcopy(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("frozenset.copy", nargs, kw, 0, 0)) return 0;
  if (typeOf(self) == T_FROZENSET) { incref(self); return self; }
  return setCopy(self);
}
function discardOrRemove(self: Val, key: Val, remove: bool): Val {
  let rv = setDiscardKey(self, key);
  if (rv < 0) {
    let tmp = setFrozenRetry(key);
    if (tmp == 0) return 0;
    rv = setDiscardKey(self, tmp);
    decref(tmp);
    if (rv < 0) return 0;
  }
  if (rv == 0 && remove) { raiseKeyError(key); return 0; }
  return noneVal();
}
function m_discard(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.discard", nargs, kw, 1, 1)) return 0;
  return discardOrRemove(self, arg0(args), false);
}
function m_remove(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.remove", nargs, kw, 1, 1)) return 0;
  return discardOrRemove(self, arg0(args), true);
}
function m_pop(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.pop", nargs, kw, 0, 0)) return 0;
  return setPop(self);
}

function m_union(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.union" : "frozenset.union", nargs, kw, 0, 0x7fffffff)) return 0;
  let r = setCopy(self);
  if (r == 0) return 0;
  for (let i = 0; i < nargs; i++) {
    let o = load<u32>(args + (<usize>i << 2));
    if (o == self) continue;
    if (!setUpdate(r, o)) { decref(r); return 0; }
  }
  return r;
}
function m_update(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.update", nargs, kw, 0, 0x7fffffff)) return 0;
  for (let i = 0; i < nargs; i++) if (!setUpdate(self, load<u32>(args + (<usize>i << 2)))) return 0;
  return noneVal();
}
function intersectionMulti(self: Val, args: usize, nargs: i32): Val {
  if (nargs == 0) return setCopy(self);
  let r = self;
  incref(r);
  for (let i = 0; i < nargs; i++) {
    let nr = setIntersection(r, load<u32>(args + (<usize>i << 2)));
    decref(r);
    if (nr == 0) return 0;
    r = nr;
  }
  return r;
}
function m_intersection(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.intersection" : "frozenset.intersection", nargs, kw, 0, 0x7fffffff)) return 0;
  return intersectionMulti(self, args, nargs);
}
function m_intersection_update(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.intersection_update", nargs, kw, 0, 0x7fffffff)) return 0;
  let tmp = intersectionMulti(self, args, nargs);
  if (tmp == 0) return 0;
  setSwapBodies(self, tmp);
  decref(tmp);
  return noneVal();
}
function m_difference(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.difference" : "frozenset.difference", nargs, kw, 0, 0x7fffffff)) return 0;
  if (nargs == 0) return setCopy(self);
  let r = setDifference(self, arg0(args));
  if (r == 0) return 0;
  for (let i = 1; i < nargs; i++) {
    if (!setDifferenceUpdate(r, load<u32>(args + (<usize>i << 2)))) { decref(r); return 0; }
  }
  return r;
}
function m_difference_update(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.difference_update", nargs, kw, 0, 0x7fffffff)) return 0;
  for (let i = 0; i < nargs; i++) if (!setDifferenceUpdate(self, load<u32>(args + (<usize>i << 2)))) return 0;
  return noneVal();
}
function m_symmetric_difference(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.symmetric_difference" : "frozenset.symmetric_difference", nargs, kw, 1, 1)) return 0;
  return setSymmetricDifference(self, arg0(args));
}
function m_symmetric_difference_update(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck("set.symmetric_difference_update", nargs, kw, 1, 1)) return 0;
  return retNone(setSymmetricDifferenceUpdate(self, arg0(args)));
}
function m_issubset(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.issubset" : "frozenset.issubset", nargs, kw, 1, 1)) return 0;
  return retBool(setIsSubset(self, arg0(args)));
}
function m_issuperset(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.issuperset" : "frozenset.issuperset", nargs, kw, 1, 1)) return 0;
  return retBool(setIsSuperset(self, arg0(args)));
}
function m_isdisjoint(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.isdisjoint" : "frozenset.isdisjoint", nargs, kw, 1, 1)) return 0;
  return retBool(isDisjoint(self, arg0(args)));
}
function m_len(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.__len__" : "frozenset.__len__", nargs, kw, 0, 0)) return 0;
  return mkSmall(<i32>setUsed(self));
}
function m_iter(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.__iter__" : "frozenset.__iter__", nargs, kw, 0, 0)) return 0;
  return dictIterNew(T_SET_ITER, self, <i32>setUsed(self));
}
/** set.__init__(self, iterable=()): what a subclass's __init__ reaches through super(). */
function m_init(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (kw != 0 && tupleSize(kw) > 0) { raiseMsg(E.TypeError, "set() takes no keyword arguments"); return 0; }
  if (nargs > 1) { raiseFmt(E.TypeError, "%s expected at most 1 argument, got %d", typeName(typeOf(self)), mkSmall(nargs)); return 0; }
  setClear(self);
  if (nargs == 0) return noneVal();
  return retNone(setUpdate(self, arg0(args)));
}

function m_repr(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!argsCheck(typeKind(typeOf(self)) == Kind.SET ? "set.__repr__" : "frozenset.__repr__", nargs, kw, 0, 0)) return 0;
  return setRepr(self);
}
import { setRepr } from "./set";

/** set(iterable) / frozenset(iterable) and subclasses; called by the lead's builtinConstruct. */
export function setTypeNew(type: usize, args: usize, nargs: i32, kwnames: Val): Val {
  let nkw = kwnames != 0 ? tupleSize(kwnames) : 0;
  if (typeKind(type) == Kind.SET) {
    // a subclass with a Python __init__ gets an empty set here; its __init__ fills it (set_new + set_init)
    if (type != T_SET && typeSpecial(type, Id.D_init) != 0) return setNew(type);
    if (nkw > 0) { raiseMsg(E.TypeError, "set() takes no keyword arguments"); return 0; }
    if (nargs > 1) { raiseFmt(E.TypeError, "%s expected at most 1 argument, got %d", typeName(type), mkSmall(nargs)); return 0; }
    return setMakeNew(type, nargs == 1 ? arg0(args) : 0);
  }
  if (nkw > 0 && (type == T_FROZENSET || typeSpecial(type, Id.D_init) == 0)) {
    raiseMsg(E.TypeError, "frozenset() takes no keyword arguments");
    return 0;
  }
  if (nargs > 1) { raiseFmt(E.TypeError, "%s expected at most 1 argument, got %d", typeName(type), mkSmall(nargs)); return 0; }
  let it: Val = nargs == 1 ? arg0(args) : 0;
  if (type == T_FROZENSET && it != 0 && !isSmall(it) && typeOf(it) == T_FROZENSET) { incref(it); return it; }
  return setMakeNew(type, it);
}

function add(t: usize, name: string, fn: NativeFn): bool { return addMethod(t, name, fn); }

/** Register the methods of set and frozenset. false on MemoryError. */
export function setMethodsInit(): bool {
  const S = T_SET, F = T_FROZENSET;
  return add(S, "add", m_add) && add(S, "clear", m_clear) && add(S, "__contains__", m_contains)
    && add(S, "copy", m_copy) && add(S, "discard", m_discard) && add(S, "difference", m_difference)
    && add(S, "difference_update", m_difference_update) && add(S, "intersection", m_intersection)
    && add(S, "intersection_update", m_intersection_update) && add(S, "isdisjoint", m_isdisjoint)
    && add(S, "issubset", m_issubset) && add(S, "issuperset", m_issuperset) && add(S, "pop", m_pop)
    && add(S, "remove", m_remove) && add(S, "symmetric_difference", m_symmetric_difference)
    && add(S, "symmetric_difference_update", m_symmetric_difference_update) && add(S, "union", m_union)
    && add(S, "update", m_update) && add(S, "__len__", m_len) && add(S, "__iter__", m_iter)
    && add(S, "__init__", m_init) && add(S, "__repr__", m_repr) && add(F, "__repr__", m_repr)
    && add(F, "__contains__", m_contains) && add(F, "copy", m_fcopy) && add(F, "difference", m_difference)
    && add(F, "intersection", m_intersection) && add(F, "isdisjoint", m_isdisjoint)
    && add(F, "issubset", m_issubset) && add(F, "issuperset", m_issuperset)
    && add(F, "symmetric_difference", m_symmetric_difference) && add(F, "union", m_union)
    && add(F, "__len__", m_len) && add(F, "__iter__", m_iter);
}
// }====
