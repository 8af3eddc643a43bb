// set and frozenset: CPython 3.11's setobject.c table, probe for probe, so that iteration order, pop()
// order and frozenset hashes are CPython's for the same operations (hashes already are: small ints
// hash to themselves, strs use SipHash-1-3 with PYTHONHASHSEED=0).
//
// ╒═ PySet (wasm32, 24 bytes + GC head) ══════════════════════════════════════════════════════╕
// │ +0 refcnt │ +4 type │ +8 fill u32 │ +12 used u32 │ +16 log2size:5 | finger:27 │ +20 table │
// ╘═══════════════════════════════════════════════════════════════════════════════════════════╛
// ╒═ table (a separate heap block of 12 * size bytes; 0 while the set is empty) ═╕
// │ entries[size] of { +0 key u32 │ +4 hash i64 (4-aligned: wasm loads are unaligned-safe) } │
// ╘════════════════════════════════════════════════════════════════════════════════════════╛
// An entry is empty (key 0, hash 0), a dummy left by a deletion (key DUMMY, hash -1) or active.
// `fill` counts active + dummy entries, `used` active ones. A set with table 0 behaves as CPython's
// empty smalltable: size 8, all entries empty. The 8 KiB-free representation of the empty set is
// why the table is not inline (CPython: 8 inline entries of 16 bytes in every set).
// `finger` is CPython's pop() search start; it lives beside log2size so the object stays 24 bytes.
//
// Invariants: size is a power of two >= 8; fill < size (probing needs an empty entry); a
// key's hash is never -1, so hash == -1 identifies dummies; keys are owned references.
// Tunables are CPython's constants, not the dict's Tunables: the order of sets must not depend on them.

import { Val, isSmall, mkSmall, incref, decref, xdecref } from "./object";
import { PyType, T_SET, T_FROZENSET, T_STR, T_DICT, T_LIST, T_TUPLE, T_SET_ITER, typeOf, typeKind, typeName,
         typeFlags, isHeapType, isSubtype, typeSpecial } from "./type";
import { Kind, TF } from "./kinds";
import { Id } from "./ids";
import { strEq, strHash, strFromAS } from "./str";
import { sbNew, sbChar, sbAS, sbStr, sbFinish, sbFree } from "./strbuf";
import { tupleSize, tupleItem } from "./tuple";
import { listSize, listItem } from "./list";
import { dictUsed, dictNextAt, dictEntryKey, dictContains } from "./dict";
import { noneVal, trueVal, falseVal, boolVal, notImplVal } from "./singletons";
import { E, excType } from "./exc";
import { gcAlloc, gcFree, gcTrack, heapAllocRetry } from "../gc/track";
import { heapAlloc, heapFree, heapAllocSize } from "../mem/heap";
import { raiseMsg, raiseFmt, raiseMemoryError, excPending, excMatches, clearExc } from "../vm/errors";
import { objHash, objEq, objRepr, reprEnter, reprLeave, enterNative, leaveNative } from "../vm/ops";
import { objGetIter, iterNext, raiseKeyError } from "../vm/ops_seq";
import { BinOp, CmpOp } from "../vm/opcodes";
import { dictIterNew } from "./iter";
import { NativeFn } from "./builtin";
import { addMethod } from "./typeinit";

// @ts-ignore: decorator
@inline export const SET_SIZE: usize = 24;
//@@ SET_MINSIZE, LINEAR_PROBES, PERTURB_SHIFT: CPython's PySet_MINSIZE, LINEAR_PROBES and PERTURB_SHIFT.
//   Fixed, not tunable: changing any of them changes the iteration order of sets.
// @ts-ignore: decorator
@inline const MIN_LOG2: u32 = 3;
// @ts-ignore: decorator
@inline const LINEAR_PROBES: u64 = 9;
// @ts-ignore: decorator
@inline const PERTURB_SHIFT: u64 = 5;
// @ts-ignore: decorator
@inline const ENTRY: usize = 12;
/** The key of a dummy entry: even (so not a small int) and not 8-aligned (so not an object). */
// @ts-ignore: decorator
@inline const DUMMY: u32 = 2;

// {==== fields

// @ts-ignore: decorator
@inline function sFill(s: Val): u32 { return load<u32>(s, 8); }
// @ts-ignore: decorator
@inline function sUsed(s: Val): u32 { return load<u32>(s, 12); }
// @ts-ignore: decorator
@inline function sLog2(s: Val): u32 { return load<u32>(s, 16) & 31; }
// @ts-ignore: decorator
@inline function sMask(s: Val): u32 { return (<u32>1 << sLog2(s)) - 1; }
// @ts-ignore: decorator
@inline function sFinger(s: Val): u32 { return load<u32>(s, 16) >> 5; }
// @ts-ignore: decorator
@inline function sTable(s: Val): usize { return <usize>load<u32>(s, 20); }
// @ts-ignore: decorator
@inline function setFill(s: Val, n: u32): void { store<u32>(s, n, 8); }
// @ts-ignore: decorator
@inline function setUsedF(s: Val, n: u32): void { store<u32>(s, n, 12); }
// @ts-ignore: decorator
@inline function setLog2(s: Val, l: u32): void { store<u32>(s, (load<u32>(s, 16) & ~31) | l, 16); }
// @ts-ignore: decorator
@inline function setFinger(s: Val, f: u32): void { store<u32>(s, (f << 5) | sLog2(s), 16); }
// @ts-ignore: decorator
@inline function setTable(s: Val, t: usize): void { store<u32>(s, <u32>t, 20); }
// @ts-ignore: decorator
@inline function entryAt(t: usize, i: u64): usize { return t + <usize>i * ENTRY; }
// @ts-ignore: decorator
@inline function eKey(e: usize): u32 { return load<u32>(e); }
// @ts-ignore: decorator
@inline function eHash(e: usize): i64 { return load<i64>(e, 4); }
// @ts-ignore: decorator
@inline function tableBytes(log2: u32): usize { return (<usize>1 << log2) * ENTRY; }

/** True for set, frozenset and their subclasses. */
// @ts-ignore: decorator
@inline export function isAnySet(v: Val): bool {
  if (isSmall(v)) return false;
  let k = typeKind(typeOf(v));
  return k == Kind.SET || k == Kind.FROZENSET;
}

// @ts-ignore: decorator
@inline export function setUsed(s: Val): i32 { return <i32>sUsed(s); }
export function setLen(s: Val): i32 { return <i32>sUsed(s); }
// }====

// {==== creation and destruction

/** A new empty set of the given type (set, frozenset or a subclass): tracked, 0 on MemoryError. */
export function setNew(type: usize): Val {
  let size = <usize>changetype<PyType>(type).basicsize;
  if (size < SET_SIZE) size = SET_SIZE;
  let s = gcAlloc(type, size);
  if (s == 0) return 0;
  memory.fill(s + 8, 0, size - 8);
  store<u32>(s, MIN_LOG2, 16);
  if (isHeapType(type)) incref(<Val>type);
  gcTrack(s);
  return <Val>s;
}

/** Make s empty (the table is freed), dropping its keys after the set is already consistent. */
export function setClear(s: Val): void {
  let t = sTable(s);
  if (t == 0) return;
  let n = <u64>sMask(s) + 1;
  let used = sUsed(s);
  setTable(s, 0);
  setFill(s, 0);
  setUsedF(s, 0);
  setLog2(s, MIN_LOG2);
  // the set is now empty: a __del__ run by a decref below sees it so
  for (let i: u64 = 0; i < n && used > 0; i++) {
    let k = eKey(entryAt(t, i));
    if (k != 0 && k != DUMMY) { used--; decref(k); }
  }
  heapFree(t, <usize>n * ENTRY);
}

/** Dealloc of an exact set or frozenset (subclass instances: gc/dealloc.ts calls setClear). */
export function setDealloc(s: Val): void {
  setClear(s);
  gcFree(s, SET_SIZE);
}

/** Visit every key (the cycle collector's traverse); stops at and returns the first nonzero result. */
export function setTraverse(s: Val, visit: (v: Val, arg: usize) => i32, arg: usize): i32 {
  let t = sTable(s);
  if (t == 0) return 0;
  let n = <u64>sMask(s) + 1;
  for (let i: u64 = 0; i < n; i++) {
    let k = eKey(entryAt(t, i));
    if (k != 0 && k != DUMMY) {
      let r = visit(k, arg);
      if (r != 0) return r;
    }
  }
  return 0;
}

export function setSizeof(s: Val): usize {
  let t = sTable(s);
  let n = heapAllocSize(<usize>changetype<PyType>(typeOf(s)).basicsize + 8);
  return t == 0 ? n : n + heapAllocSize(tableBytes(sLog2(s)));
}
// }====

// {==== iteration (entry positions: the iterator of obj/iter.ts walks them)

/** The first active entry position >= pos, or -1. */
export function setNextAt(s: Val, pos: i32): i32 {
  let t = sTable(s);
  if (t == 0 || pos < 0) return -1;
  let n = <i32>sMask(s) + 1;
  while (pos < n) {
    let k = eKey(entryAt(t, <u64>pos));
    if (k != 0 && k != DUMMY) return pos;
    pos++;
  }
  return -1;
}

/** The key at an active entry position, borrowed. */
export function setEntryKey(s: Val, pos: i32): Val { return eKey(entryAt(sTable(s), <u64>pos)); }

export function setEntryHash(s: Val, pos: i32): i64 { return eHash(entryAt(sTable(s), <u64>pos)); }
// }====

// {==== probing (set_lookkey, set_add_entry, set_insert_clean, set_table_resize)

const EMPTY_ENTRY: usize = memory.data(16, 8);

/** Two keys with equal hashes are equal: 1, 0, or -1 on error. */
// @ts-ignore: decorator
@inline function keysEqual(startkey: Val, key: Val): i32 {
  if (!isSmall(startkey) && !isSmall(key) && typeOf(startkey) == T_STR && typeOf(key) == T_STR) return strEq(startkey, key) ? 1 : 0;
  incref(startkey);
  let r = objEq(startkey, key);
  decref(startkey);
  return r;
}

/** The entry holding key, or an empty entry if absent (then its key is 0); 0 on error. */
function lookkey(s: Val, key: Val, hash: i64): usize {
  while (true) {
    let table = sTable(s);
    if (table == 0) return EMPTY_ENTRY;
    let mask = <u64>sMask(s);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    let restart = false;
    while (!restart) {
      let e = entryAt(table, i);
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      while (true) {
        let ek = eKey(e);
        let eh = eHash(e);
        if (ek == 0 && eh == 0) return e;
        if (eh == hash) {
          if (ek == key) return e;
          let cmp = keysEqual(ek, key);
          if (cmp < 0) return 0;
          if (sTable(s) != table || eKey(e) != ek) { restart = true; break; }
          if (cmp > 0) return e;
          mask = <u64>sMask(s);
        }
        if (probes == 0) break;
        probes--;
        e += ENTRY;
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  return 0;
}

function allocTable(log2: u32): usize {
  let size = tableBytes(log2);
  let t = heapAllocRetry(size);
  if (t == 0) { raiseMemoryError(size); return 0; }
  memory.fill(t, 0, size);
  return t;
}

function insertClean(table: usize, mask: u64, key: Val, hash: i64): void {
  let perturb = <u64>hash;
  let i = <u64>hash & mask;
  while (true) {
    let e = entryAt(table, i);
    if (eKey(e) == 0) { store<u32>(e, key); store<i64>(e, hash, 4); return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j: u64 = 0; j < LINEAR_PROBES; j++) {
        e += ENTRY;
        if (eKey(e) == 0) { store<u32>(e, key); store<i64>(e, hash, 4); return; }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** Rebuild the table with the smallest size > minused (CPython's set_table_resize). */
function tableResize(s: Val, minused: u64): bool {
  let newLog2 = MIN_LOG2;
  while ((<u64>1 << newLog2) <= minused) {
    newLog2++;
    if (newLog2 > 28) { raiseMemoryError(0xffffffff); return false; }
  }
  let old = sTable(s);
  let oldLog2 = sLog2(s);
  if (newLog2 == MIN_LOG2 && oldLog2 == MIN_LOG2 && (old == 0 || sFill(s) == sUsed(s))) return true;
  let t = allocTable(newLog2);
  if (t == 0) return false;
  let newMask = (<u64>1 << newLog2) - 1;
  if (old != 0) {
    let n = <u64>1 << oldLog2;
    let noDummies = sFill(s) == sUsed(s);
    for (let i: u64 = 0; i < n; i++) {
      let e = entryAt(old, i);
      let k = eKey(e);
      if (k != 0 && (noDummies || k != DUMMY)) insertClean(t, newMask, k, eHash(e));
    }
    heapFree(old, tableBytes(oldLog2));
  }
  setFill(s, sUsed(s));
  setTable(s, t);
  setLog2(s, newLog2);
  return true;
}

function ensureTable(s: Val): bool {
  if (sTable(s) != 0) return true;
  let t = allocTable(MIN_LOG2);
  if (t == 0) return false;
  setTable(s, t);
  setLog2(s, MIN_LOG2);
  return true;
}

/** Add key (a new reference is taken if it is inserted) with its hash. false on error. */
export function setAddEntry(s: Val, key: Val, hash: i64): bool {
  incref(key);   // the comparisons below may run code that drops the caller's reference
  while (true) {
    // (again after a restart: a comparison may have cleared the set)
    if (!ensureTable(s)) { decref(key); return false; }
    let table = sTable(s);
    let mask = <u64>sMask(s);
    let perturb = <u64>hash;
    let i = <u64>hash & mask;
    let freeslot: usize = 0;
    let restart = false;
    let found: usize = 0;
    while (!restart && found == 0) {
      let e = entryAt(table, i);
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      while (true) {
        let ek = eKey(e);
        let eh = eHash(e);
        if (ek == 0 && eh == 0) { found = e; break; }
        if (eh == hash) {
          if (ek == key) { decref(key); return true; }
          let cmp = keysEqual(ek, key);
          if (cmp > 0) { decref(key); return true; }
          if (cmp < 0) { decref(key); return false; }
          if (sTable(s) != table || eKey(e) != ek) { restart = true; break; }
          mask = <u64>sMask(s);
        } else if (eh == -1) {
          freeslot = e;
        }
        if (probes == 0) break;
        probes--;
        e += ENTRY;
      }
      if (found != 0 || restart) break;
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
    if (restart) continue;
    if (freeslot != 0) {
      store<u32>(freeslot, key); store<i64>(freeslot, hash, 4);
      setUsedF(s, sUsed(s) + 1);
      return true;
    }
    store<u32>(found, key); store<i64>(found, hash, 4);
    setFill(s, sFill(s) + 1);
    setUsedF(s, sUsed(s) + 1);
    if (<u64>sFill(s) * 5 < mask * 3) return true;
    let used = <u64>sUsed(s);
    return tableResize(s, used > 50000 ? used * 2 : used * 4);
  }
  return false;
}

/** hash(key) with the str fast path; -1 with an exception pending for unhashable keys. */
// @ts-ignore: decorator
@inline function keyHash(key: Val): i64 {
  if (!isSmall(key) && typeOf(key) == T_STR) return strHash(key);
  return objHash(key);
}

/** s.add(key): false on error (unhashable key, failed comparison, MemoryError). */
export function setAdd(s: Val, key: Val): bool {
  let h = keyHash(key);
  if (h == -1 && excPending()) return false;
  return setAddEntry(s, key, h);
}

/** 1 if key is in s, 0 if not, -1 on error (no set -> frozenset retry; see setContains). */
export function setContainsKey(s: Val, key: Val): i32 {
  let h = keyHash(key);
  if (h == -1 && excPending()) return -1;
  let e = lookkey(s, key, h);
  if (e == 0) return -1;
  return eKey(e) != 0 ? 1 : 0;
}

export function setContainsEntry(s: Val, key: Val, h: i64): i32 {
  let e = lookkey(s, key, h);
  if (e == 0) return -1;
  return eKey(e) != 0 ? 1 : 0;
}

/** Remove an entry: 1 removed, 0 absent, -1 error. */
function discardEntry(s: Val, key: Val, h: i64): i32 {
  let e = lookkey(s, key, h);
  if (e == 0) return -1;
  let old = eKey(e);
  if (old == 0) return 0;
  store<u32>(e, DUMMY);
  store<i64>(e, -1, 4);
  setUsedF(s, sUsed(s) - 1);
  decref(old);
  return 1;
}

export function setDiscardKey(s: Val, key: Val): i32 {
  let h = keyHash(key);
  if (h == -1 && excPending()) return -1;
  return discardEntry(s, key, h);
}

/** A set used as a key is looked up as the equal frozenset (CPython's set_contains/remove/discard). */
export function setFrozenRetry(key: Val): Val {
  if (isSmall(key) || typeKind(typeOf(key)) != Kind.SET || !excMatches(excType(E.TypeError))) return 0;
  clearExc();
  return setMakeNew(T_FROZENSET, key);
}

/** s.pop(): the first active entry from the finger on (CPython's set_pop); 0 with KeyError if empty. */
export function setPop(s: Val): Val {
  if (sUsed(s) == 0) { raiseMsg(E.KeyError, "pop from an empty set"); return 0; }
  let t = sTable(s);
  let mask = sMask(s);
  let i = sFinger(s) & mask;
  while (true) {
    let k = eKey(entryAt(t, <u64>i));
    if (k != 0 && k != DUMMY) break;
    i++;
    if (i > mask) i = 0;
  }
  let e = entryAt(t, <u64>i);
  let key = eKey(e);
  store<u32>(e, DUMMY);
  store<i64>(e, -1, 4);
  setUsedF(s, sUsed(s) - 1);
  setFinger(s, i + 1);
  return key;   // the table's reference moves to the caller
}

/** `key in s`: 1, 0, or -1 on error. */
export function setContains(s: Val, key: Val): i32 {
  let rv = setContainsKey(s, key);
  if (rv < 0) {
    let tmp = setFrozenRetry(key);
    if (tmp == 0) return -1;
    rv = setContainsKey(s, tmp);
    decref(tmp);
  }
  return rv;
}
// }====

// {==== bulk operations (set_merge, set_update_internal, intersection, difference, ...)

export function setMerge(s: Val, other: Val): bool {
  if (other == s || sUsed(other) == 0) return true;
  let ou = <u64>sUsed(other);
  if ((<u64>sFill(s) + ou) * 5 >= <u64>sMask(s) * 3) {
    if (!tableResize(s, (<u64>sUsed(s) + ou) * 2)) return false;
  }
  if (!ensureTable(s)) return false;
  let ot = sTable(other);
  let on = <u64>sMask(other) + 1;
  if (sFill(s) == 0 && sMask(s) == sMask(other) && sFill(other) == sUsed(other)) {
    // same size, no dummies, empty target: copy entry for entry (keeps CPython's layout)
    let st = sTable(s);
    for (let i: u64 = 0; i < on; i++) {
      let e = entryAt(ot, i);
      let k = eKey(e);
      if (k != 0) { incref(k); store<u32>(entryAt(st, i), k); store<i64>(entryAt(st, i), eHash(e), 4); }
    }
    setFill(s, sFill(other));
    setUsedF(s, sUsed(other));
    return true;
  }
  if (sFill(s) == 0) {
    let st = sTable(s);
    let mask = <u64>sMask(s);
    setFill(s, sUsed(other));
    setUsedF(s, sUsed(other));
    for (let i: u64 = 0; i < on; i++) {
      let e = entryAt(ot, i);
      let k = eKey(e);
      if (k != 0 && k != DUMMY) { incref(k); insertClean(st, mask, k, eHash(e)); }
    }
    return true;
  }
  for (let i: u64 = 0; i < <u64>sMask(other) + 1; i++) {
    let e = entryAt(sTable(other), i);
    let k = eKey(e);
    if (k != 0 && k != DUMMY) {
      if (!setAddEntry(s, k, eHash(e))) return false;
    }
  }
  return true;
}

/** s.update(iterable) for one iterable. false on error. */
export function setUpdate(s: Val, other: Val): bool {
  if (isAnySet(other)) return setMerge(s, other);
  if (!isSmall(other)) {
    let t = typeOf(other);
    if (t == T_DICT) {
      let n = <u64>dictUsed(other);
      if ((<u64>sFill(s) + n) * 5 >= <u64>sMask(s) * 3) {
        if (!tableResize(s, (<u64>sUsed(s) + n) * 2)) return false;
      }
      for (let pos = dictNextAt(other, 0); pos >= 0; pos = dictNextAt(other, pos + 1)) {
        if (!setAdd(s, dictEntryKey(other, pos))) return false;
      }
      return true;
    }
    if (t == T_LIST || t == T_TUPLE) {
      // index-based like their iterators: a list that changes while hashing is read afresh
      for (let i = 0; i < seqLenOf(other, t); i++) {
        let k = t == T_LIST ? listItem(other, i) : tupleItem(other, i);
        incref(k);
        let ok = setAdd(s, k);
        decref(k);
        if (!ok) return false;
      }
      return true;
    }
  }
  let it = objGetIter(other);
  if (it == 0) return false;
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let ok = setAdd(s, k);
    decref(k);
    if (!ok) { decref(it); return false; }
  }
  decref(it);
  return !excPending();
}

/** make_new_set: a new set of type t filled from iterable (0: none). */
export function setMakeNew(t: usize, iterable: Val): Val {
  let s = setNew(t);
  if (s == 0) return 0;
  if (iterable != 0 && !setUpdate(s, iterable)) { decref(s); return 0; }
  return s;
}

/** make_new_set_basetype: set or frozenset according to the kind of t. */
export function setMakeNewBase(t: usize, iterable: Val): Val {
  if (t != T_SET && t != T_FROZENSET) t = typeKind(t) == Kind.SET ? T_SET : T_FROZENSET;
  return setMakeNew(t, iterable);
}

export function setCopy(s: Val): Val { return setMakeNewBase(typeOf(s), s); }

export function setIntersection(so: Val, other: Val): Val {
  if (so == other) return setCopy(so);
  let result = setMakeNewBase(typeOf(so), 0);
  if (result == 0) return 0;
  if (isAnySet(other)) {
    let a = so, b = other;
    if (sUsed(b) > sUsed(a)) { let t = a; a = b; b = t; }
    // iterate the smaller set b, look its keys up in a
    for (let pos = setNextAt(b, 0); pos >= 0; pos = setNextAt(b, pos + 1)) {
      let k = setEntryKey(b, pos);
      let h = setEntryHash(b, pos);
      incref(k);
      let rv = setContainsEntry(a, k, h);
      let ok = rv >= 0 && (rv == 0 || setAddEntry(result, k, h));
      decref(k);
      if (!ok) { decref(result); return 0; }
    }
    return result;
  }
  let it = objGetIter(other);
  if (it == 0) { decref(result); return 0; }
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let h = keyHash(k);
    let ok = !(h == -1 && excPending());
    let stop = false;
    if (ok) {
      let rv = setContainsEntry(so, k, h);
      if (rv < 0) ok = false;
      else if (rv > 0) {
        ok = setAddEntry(result, k, h);
        stop = ok && sUsed(result) >= sUsed(so);
      }
    }
    decref(k);
    if (!ok) { decref(it); decref(result); return 0; }
    if (stop) break;
  }
  decref(it);
  if (excPending()) { decref(result); return 0; }
  return result;
}

/** Exchange the contents of two sets (the finger stays: CPython keeps it in the object). */
export function setSwapBodies(a: Val, b: Val): void {
  let f = sFill(a), u = sUsed(a), l = sLog2(a), t = sTable(a);
  setFill(a, sFill(b)); setUsedF(a, sUsed(b)); setLog2(a, sLog2(b)); setTable(a, sTable(b));
  setFill(b, f); setUsedF(b, u); setLog2(b, l); setTable(b, t);
}

export function setDifferenceUpdate(s: Val, other: Val): bool {
  if (s == other) { setClear(s); return true; }
  if (isAnySet(other)) {
    let o = other;
    if ((sUsed(other) >> 3) > sUsed(s)) {
      o = setIntersection(s, other);
      if (o == 0) return false;
    } else incref(o);
    for (let pos = setNextAt(o, 0); pos >= 0; pos = setNextAt(o, pos + 1)) {
      let k = setEntryKey(o, pos);
      incref(k);
      let r = discardEntry(s, k, setEntryHash(o, pos));
      decref(k);
      if (r < 0) { decref(o); return false; }
    }
    decref(o);
    return true;
  }
  let it = objGetIter(other);
  if (it == 0) return false;
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let r = setDiscardKey(s, k);
    decref(k);
    if (r < 0) { decref(it); return false; }
  }
  decref(it);
  return !excPending();
}

function copyAndDifference(so: Val, other: Val): Val {
  let r = setCopy(so);
  if (r == 0) return 0;
  if (!setDifferenceUpdate(r, other)) { decref(r); return 0; }
  return r;
}

export function setDifference(so: Val, other: Val): Val {
  let otherSize: u32;
  let isDict = !isSmall(other) && typeOf(other) == T_DICT;
  if (isAnySet(other)) otherSize = sUsed(other);
  else if (isDict) otherSize = <u32>dictUsed(other);
  else return copyAndDifference(so, other);
  if ((sUsed(so) >> 2) > otherSize) return copyAndDifference(so, other);
  let result = setMakeNewBase(typeOf(so), 0);
  if (result == 0) return 0;
  for (let pos = setNextAt(so, 0); pos >= 0; pos = setNextAt(so, pos + 1)) {
    let k = setEntryKey(so, pos);
    let h = setEntryHash(so, pos);
    incref(k);
    let rv = isDict ? dictContains(other, k) : setContainsEntry(other, k, h);
    let ok = rv >= 0 && (rv > 0 || setAddEntry(result, k, h));
    decref(k);
    if (!ok) { decref(result); return 0; }
  }
  return result;
}

export function setSymmetricDifferenceUpdate(s: Val, other: Val): bool {
  if (s == other) { setClear(s); return true; }
  if (!isSmall(other) && typeOf(other) == T_DICT) {
    for (let pos = dictNextAt(other, 0); pos >= 0; pos = dictNextAt(other, pos + 1)) {
      let k = dictEntryKey(other, pos);
      incref(k);
      let h = keyHash(k);
      let ok = !(h == -1 && excPending());
      if (ok) {
        let rv = discardEntry(s, k, h);
        ok = rv >= 0 && (rv == 1 || setAddEntry(s, k, h));
      }
      decref(k);
      if (!ok) return false;
    }
    return true;
  }
  let o: Val;
  if (isAnySet(other)) { o = other; incref(o); }
  else {
    o = setMakeNewBase(typeOf(s), other);
    if (o == 0) return false;
  }
  for (let pos = setNextAt(o, 0); pos >= 0; pos = setNextAt(o, pos + 1)) {
    let k = setEntryKey(o, pos);
    let h = setEntryHash(o, pos);
    incref(k);
    let rv = discardEntry(s, k, h);
    let ok = rv >= 0 && (rv == 1 || setAddEntry(s, k, h));
    decref(k);
    if (!ok) { decref(o); return false; }
  }
  decref(o);
  return true;
}

export function setSymmetricDifference(so: Val, other: Val): Val {
  let o = setMakeNewBase(typeOf(so), other);
  if (o == 0) return 0;
  if (!setSymmetricDifferenceUpdate(o, so)) { decref(o); return 0; }
  return o;
}

/** so <= other: 1, 0, or -1 on error. */
export function setIsSubset(so: Val, other: Val): i32 {
  if (!isAnySet(other)) {
    let tmp = setMakeNew(T_SET, other);
    if (tmp == 0) return -1;
    let r = setIsSubset(so, tmp);
    decref(tmp);
    return r;
  }
  if (sUsed(so) > sUsed(other)) return 0;
  for (let pos = setNextAt(so, 0); pos >= 0; pos = setNextAt(so, pos + 1)) {
    let k = setEntryKey(so, pos);
    incref(k);
    let rv = setContainsEntry(other, k, setEntryHash(so, pos));
    decref(k);
    if (rv <= 0) return rv;
  }
  return 1;
}

export function setIsSuperset(so: Val, other: Val): i32 {
  if (!isAnySet(other)) {
    let tmp = setMakeNew(T_SET, other);
    if (tmp == 0) return -1;
    let r = setIsSuperset(so, tmp);
    decref(tmp);
    return r;
  }
  return setIsSubset(other, so);
}

// }====

// {==== operators, comparison, repr, hash

/** repr(s): {1, 2}, set(), frozenset({1}), Sub({1}); `set(...)` for a set whose repr is in progress. */
export function setRepr(s: Val): Val {
  let name = typeName(typeOf(s));
  let sb: usize;
  if (!reprEnter(s)) {
    sb = sbNew();
    if (sb == 0) return 0;
    sbStr(sb, name); sbAS(sb, "(...)");
    return sbFinish(sb);
  }
  sb = sbNew();
  if (sb == 0) { reprLeave(s); return 0; }
  let exact = typeOf(s) == T_SET;
  if (sUsed(s) == 0) {
    sbStr(sb, name); sbAS(sb, "()");
    reprLeave(s);
    return sbFinish(sb);
  }
  if (!enterNative("maximum recursion depth exceeded while getting the repr of an object")) { sbFree(sb); reprLeave(s); return 0; }
  if (!exact) { sbStr(sb, name); sbChar(sb, 40); }
  sbChar(sb, 123);
  let ok = true;
  let first = true;
  for (let pos = setNextAt(s, 0); pos >= 0; pos = setNextAt(s, pos + 1)) {
    if (!first) sbAS(sb, ", ");
    first = false;
    let k = setEntryKey(s, pos);
    incref(k);
    let r = objRepr(k);
    decref(k);
    if (r == 0) { ok = false; break; }
    sbStr(sb, r);
    decref(r);
  }
  sbChar(sb, 125);
  if (!exact) sbChar(sb, 41);
  leaveNative();
  reprLeave(s);
  if (!ok) { sbFree(sb); return 0; }
  return sbFinish(sb);
}

// @ts-ignore: decorator
@inline function shuffleBits(h: u64): u64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167; }

/** CPython's frozenset_hash (order-independent, over every entry's stored hash). */
export function setHash(s: Val): i64 {
  let hash: u64 = 0;
  let t = sTable(s);
  let n = <u64>sMask(s) + 1;
  if (t != 0) for (let i: u64 = 0; i < n; i++) hash ^= shuffleBits(<u64>eHash(entryAt(t, i)));
  else if (n & 1) hash ^= shuffleBits(0);
  if ((n - <u64>sFill(s)) & 1) hash ^= shuffleBits(0);
  if ((sFill(s) - sUsed(s)) & 1) hash ^= shuffleBits(<u64>-1);
  hash ^= (<u64>sUsed(s) + 1) * 1927868237;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069 + 907133923;
  if (hash == <u64>-1) hash = 590923713;
  return <i64>hash;
}
// }====

function seqLenOf(v: Val, t: usize): i32 { return t == T_LIST ? listSize(v) : tupleSize(v); }

