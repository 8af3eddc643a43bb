// dict: CPython 3.6+'s compact, insertion-ordered hash table, with tunable size, load and growth.
//
// ╒═ PyDict (wasm32) ═══════════════════════════════════════════════════╕
// │ GC head (8) │ +0 refcnt │ +4 type │ +8 used u32 │ +12 version u32 │ +16 keys ptr │
// ╘═════════════════════════════════════════════════════════════════════╛
// ╒═ keys block (a separate heap block; 0 while the dict has never held a key) ══════════════╕
// │ +0 log2size u8 │ +1 log2ib u8 │ +2 pad u16 │ +4 usable u32 │ +8 nentries u32             │
// │ +12 indices[size] of 1, 2 or 4 bytes (-1 empty, -2 deleted, else an entry number)        │
// │ then entries[usable] of { hash i32, key u32, value u32 } (12 bytes each)                 │
// ╘══════════════════════════════════════════════════════════════════════════════════════════╛
// Sizes: a dict of n <= usable keys costs 20 (+8 GC head) + 12 + size*ib + 12*usable bytes.
// The table's size is a power of two; usable = size * loadN / loadD (CPython: 2/3); a full table
// grows to the power of two >= used * growthN / growthD (CPython: used*3). The tunables come from
// the Tunables block (vm/tunables.ts): the seed's PS3 settings are minsize 1... loads 4/5, growth 3/2.
//
// Invariants: entries[0:nentries] hold the keys in insertion order, a deleted entry has key 0;
// `used` counts live entries; `version` changes whenever the set of keys or their positions
// changes (never when only a value is replaced), so caches keyed on (version, entry number) stay
// valid across value updates.

import { Val, incref, decref, xdecref, isSmall } from "./object";
import { T_DICT, T_STR, typeOf } from "./type";
import { strHash, strEq } from "./str";
import { gcAlloc, gcFree, gcTrack, gcUntrack, heapAllocRetry } from "../gc/track";
import { heapAlloc, heapFree, heapAllocSize } from "../mem/heap";
import { raiseMemoryError, excPending } from "../vm/errors";
import { objHash, objEq } from "../vm/ops";
import { tunDictMinLog2, tunDictLoadN, tunDictLoadD, tunDictGrowN, tunDictGrowD } from "../vm/tunables";

// @ts-ignore: decorator
@inline export const DICT_SIZE: usize = 20;
// @ts-ignore: decorator
@inline const KEYS_HEADER: usize = 12;
// @ts-ignore: decorator
@inline const ENTRY: usize = 12;
// @ts-ignore: decorator
@inline const IX_EMPTY: i32 = -1;
// @ts-ignore: decorator
@inline const IX_DUMMY: i32 = -2;
// @ts-ignore: decorator
@inline const PERTURB_SHIFT: u32 = 5;

let nextDictVersion: u32 = 1;

// @ts-ignore: decorator
@inline export function dictUsed(d: Val): i32 { return <i32>load<u32>(d, 8); }
// @ts-ignore: decorator
@inline export function dictVersion(d: Val): u32 { return load<u32>(d, 12); }
// @ts-ignore: decorator
@inline function dictKeys(d: Val): usize { return <usize>load<u32>(d, 16); }
// @ts-ignore: decorator
@inline function bumpVersion(d: Val): void { store<u32>(d, nextDictVersion++, 12); }

// @ts-ignore: decorator
@inline function kSize(k: usize): u32 { return 1 << load<u8>(k); }
// @ts-ignore: decorator
@inline function kUsable(k: usize): u32 { return load<u32>(k, 4); }
// @ts-ignore: decorator
@inline function kNentries(k: usize): u32 { return load<u32>(k, 8); }
// @ts-ignore: decorator
@inline function kEntries(k: usize): usize { return k + KEYS_HEADER + ((<usize>kSize(k)) << load<u8>(k, 1)); }
// @ts-ignore: decorator
@inline function kBytes(log2size: u32, usable: u32): usize {
  return KEYS_HEADER + ((<usize>1 << log2size) << log2ib(log2size)) + <usize>usable * ENTRY;
}
// @ts-ignore: decorator
@inline function log2ib(log2size: u32): u32 { return log2size <= 7 ? 0 : log2size <= 15 ? 1 : 2; }

// @ts-ignore: decorator
@inline function getIndex(k: usize, i: u32): i32 {
  let ib = load<u8>(k, 1);
  let p = k + KEYS_HEADER;
  if (ib == 0) return <i32>load<i8>(p + <usize>i);
  if (ib == 1) return <i32>load<i16>(p + (<usize>i << 1));
  return load<i32>(p + (<usize>i << 2));
}
// @ts-ignore: decorator
@inline function setIndex(k: usize, i: u32, ix: i32): void {
  let ib = load<u8>(k, 1);
  let p = k + KEYS_HEADER;
  if (ib == 0) store<i8>(p + <usize>i, <i8>ix);
  else if (ib == 1) store<i16>(p + (<usize>i << 1), <i16>ix);
  else store<i32>(p + (<usize>i << 2), ix);
}

/** Usable entries of a table of 2^log2size slots, per the load tunable. */
function usableFor(log2size: u32): u32 {
  let size = <u64>1 << log2size;
  let u = <u32>(size * <u64>tunDictLoadN() / <u64>tunDictLoadD());
  if (u >= <u32>size) u = <u32>size - 1;    // keep one empty slot so probing terminates
  if (u == 0) u = 1;
  return u;
}

function keysNew(log2size: u32): usize {
  let usable = usableFor(log2size);
  let size = kBytes(log2size, usable);
  let k = heapAllocRetry(size);
  if (k == 0) { raiseMemoryError(size); return 0; }
  store<u8>(k, <u8>log2size);
  store<u8>(k, <u8>log2ib(log2size), 1);
  store<u16>(k, 0, 2);
  store<u32>(k, usable, 4);
  store<u32>(k, 0, 8);
  memory.fill(k + KEYS_HEADER, 0xff, (<usize>1 << log2size) << log2ib(log2size));
  return k;
}

/** Bytes of a keys block (its usable count is fixed by its size; the field counts what is left). */
function keysBytes(k: usize): usize { let l = <u32>load<u8>(k); return kBytes(l, usableFor(l)); }

function keysFree(k: usize): void { heapFree(k, keysBytes(k)); }

/** A new empty dict of the given type. 0 on MemoryError. */
export function dictNewOfType(type: usize): Val {
  let d = gcAlloc(type, DICT_SIZE);
  if (d == 0) return 0;
  store<u32>(d, 0, 8);
  store<u32>(d, nextDictVersion++, 12);
  store<u32>(d, 0, 16);
  gcTrack(d);
  return <Val>d;
}

export function dictNew(): Val { return dictNewOfType(T_DICT); }

// {==== lookup

/**
 * The entry number holding key (with hash h), or -1 when absent. -2 when a comparison raised
 * (the exception is pending). A key comparison that runs Python code may mutate the dict; then
 * the lookup restarts, as CPython's does.
 */
function lookup(d: Val, key: Val, h: i64): i32 {
  while (true) {
    let k = dictKeys(d);
    if (k == 0) return -1;
    let mask = kSize(k) - 1;
    let hh = <u32>h;
    let i = hh & mask;
    let perturb = hh;
    let entries = kEntries(k);
    while (true) {
      let ix = getIndex(k, i);
      if (ix == IX_EMPTY) return -1;
      if (ix >= 0) {
        let e = entries + <usize>ix * ENTRY;
        let ek = load<u32>(e, 4);
        if (ek == key) return ix;
        if (load<i32>(e) == <i32>hh && ek != 0) {
          incref(ek);
          let r = objEq(ek, key);
          decref(ek);
          if (r < 0) return -2;
          if (dictKeys(d) != k || load<u32>(e, 4) != ek) break; // mutated: restart
          if (r > 0) return ix;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

/** Lookup for a str key: no Python code can run. -1 when absent. */
function lookupStr(d: Val, key: Val): i32 {
  let k = dictKeys(d);
  if (k == 0) return -1;
  let hh = <u32>strHash(key);
  let mask = kSize(k) - 1;
  let i = hh & mask;
  let perturb = hh;
  let entries = kEntries(k);
  while (true) {
    let ix = getIndex(k, i);
    if (ix == IX_EMPTY) return -1;
    if (ix >= 0) {
      let e = entries + <usize>ix * ENTRY;
      let ek = load<u32>(e, 4);
      if (ek == key) return ix;
      if (load<i32>(e) == <i32>hh && ek != 0 && !isSmall(ek) && typeOf(ek) == T_STR && strEq(ek, key)) return ix;
      if (load<i32>(e) == <i32>hh && ek != 0 && !isSmall(ek) && typeOf(ek) != T_STR) {
        // a non-str key with the same hash (e.g. a str subclass): fall back to full comparison
        let r = lookup(d, key, strHash(key));
        return r < -1 ? -1 : r;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** d[key] borrowed, or 0 when absent or when hashing/comparing raised (check excPending()). */
export function dictGetItem(d: Val, key: Val): Val {
  if (!isSmall(key) && typeOf(key) == T_STR) return dictGetStr(d, key);
  let h = objHash(key);
  if (h == -1 && excPending()) return 0;
  let ix = lookup(d, key, h);
  if (ix < 0) return 0;
  return load<u32>(kEntries(dictKeys(d)) + <usize>ix * ENTRY, 8);
}

/** d[key] for a str key, borrowed, or 0. Never raises. */
export function dictGetStr(d: Val, key: Val): Val {
  let ix = lookupStr(d, key);
  if (ix < 0) return 0;
  return load<u32>(kEntries(dictKeys(d)) + <usize>ix * ENTRY, 8);
}

/** The entry number of a str key, or -1 (for inline caches). */
export function dictIndexStr(d: Val, key: Val): i32 { return lookupStr(d, key); }

/** Entry number ix's key/value, borrowed (ix must be < nentries; the key may be 0 if deleted). */
export function dictEntryKey(d: Val, ix: i32): Val { return load<u32>(kEntries(dictKeys(d)) + <usize>ix * ENTRY, 4); }
export function dictEntryValue(d: Val, ix: i32): Val { return load<u32>(kEntries(dictKeys(d)) + <usize>ix * ENTRY, 8); }
/** Address of entry ix's value slot (for caches that hold a dict version). */
// @ts-ignore: decorator
@inline export function dictValueSlot(d: Val, ix: i32): usize { return kEntries(dictKeys(d)) + <usize>ix * ENTRY + 8; }

/**
 * Inline-cache access: the value of entry ix if it holds exactly the key object `key` (an interned
 * name), else 0. No hashing: one bounds check and one comparison.
 */
// @ts-ignore: decorator
@inline export function dictCachedValue(d: Val, ix: u32, key: Val): Val {
  let k = dictKeys(d);
  if (k == 0 || ix >= kNentries(k)) return 0;
  let e = kEntries(k) + <usize>ix * ENTRY;
  return load<u32>(e, 4) == key ? load<u32>(e, 8) : 0;
}

/** The address of entry ix's value slot if it holds exactly `key`, else 0 (STORE_ATTR's cache). */
// @ts-ignore: decorator
@inline export function dictCachedSlot(d: Val, ix: u32, key: Val): usize {
  let k = dictKeys(d);
  if (k == 0 || ix >= kNentries(k)) return 0;
  let e = kEntries(k) + <usize>ix * ENTRY;
  return load<u32>(e, 4) == key ? e + 8 : 0;
}

/** 1 if key in d, 0 if not, -1 on error. */
export function dictContains(d: Val, key: Val): i32 {
  if (!isSmall(key) && typeOf(key) == T_STR) return lookupStr(d, key) >= 0 ? 1 : 0;
  let h = objHash(key);
  if (h == -1 && excPending()) return -1;
  let ix = lookup(d, key, h);
  if (ix == -2) return -1;
  return ix >= 0 ? 1 : 0;
}
// }====

// {==== insertion and deletion

/** Grow (or compact) the table so that it has room for at least one more entry. */
function resize(d: Val, minUsed: u32): bool {
  let old = dictKeys(d);
  // CPython: the new table has the smallest power-of-two size >= used * growth (GROWTH_RATE),
  // and at least minsize; it must also have room for minUsed entries.
  let log2 = max<u32>(tunDictMinLog2(), 1);   // at least 2 slots: probing needs an empty one
  let want = <u64>dictUsed(d) * <u64>tunDictGrowN() / <u64>tunDictGrowD();
  while ((<u64>1 << log2) < want && log2 < 30) log2++;
  while (usableFor(log2) < minUsed && log2 < 30) log2++;
  let k = keysNew(log2);
  if (k == 0) return false;
  // re-insert the live entries in order, compacting out deleted ones
  let mask = kSize(k) - 1;
  let dst = kEntries(k);
  let n: u32 = 0;
  if (old != 0) {
    let src = kEntries(old);
    let ne = kNentries(old);
    for (let j: u32 = 0; j < ne; j++) {
      let e = src + <usize>j * ENTRY;
      let key = load<u32>(e, 4);
      if (key == 0) continue;
      let hh = <u32>load<i32>(e);
      let o = dst + <usize>n * ENTRY;
      store<i32>(o, load<i32>(e));
      store<u32>(o, key, 4);
      store<u32>(o, load<u32>(e, 8), 8);
      let i = hh & mask;
      let perturb = hh;
      while (getIndex(k, i) != IX_EMPTY) { perturb >>= PERTURB_SHIFT; i = (i * 5 + perturb + 1) & mask; }
      setIndex(k, i, <i32>n);
      n++;
    }
    keysFree(old);
  }
  store<u32>(k, n, 8);
  store<u32>(k, kUsable(k) - n, 4);
  store<u32>(d, <u32>k, 16);
  bumpVersion(d);
  return true;
}

/** Insert a key known to be absent (hash h). Takes new references. */
function insertNew(d: Val, key: Val, h: i64, value: Val): bool {
  let k = dictKeys(d);
  if (k == 0 || kUsable(k) == 0) {
    if (!resize(d, <u32>dictUsed(d) + 1)) return false;
    k = dictKeys(d);
  }
  let hh = <u32>h;
  let mask = kSize(k) - 1;
  let i = hh & mask;
  let perturb = hh;
  while (getIndex(k, i) >= 0) { perturb >>= PERTURB_SHIFT; i = (i * 5 + perturb + 1) & mask; }
  let ne = kNentries(k);
  let e = kEntries(k) + <usize>ne * ENTRY;
  incref(key); incref(value);
  store<i32>(e, <i32>hh);
  store<u32>(e, key, 4);
  store<u32>(e, value, 8);
  setIndex(k, i, <i32>ne);
  dictLastIndex = <i32>ne;
  store<u32>(k, ne + 1, 8);
  store<u32>(k, kUsable(k) - 1, 4);
  store<u32>(d, <u32>dictUsed(d) + 1, 8);
  bumpVersion(d);
  return true;
}

/** d[key] = value (new references taken). false on error (hash or comparison raised, or MemoryError). */
export function dictSetItem(d: Val, key: Val, value: Val): bool {
  let h: i64;
  let ix: i32;
  if (!isSmall(key) && typeOf(key) == T_STR) {
    h = strHash(key);
    ix = lookupStr(d, key);
  } else {
    h = objHash(key);
    if (h == -1 && excPending()) return false;
    ix = lookup(d, key, h);
    if (ix == -2) return false;
  }
  if (ix >= 0) {
    let slot = kEntries(dictKeys(d)) + <usize>ix * ENTRY + 8;
    let old = load<u32>(slot);
    incref(value);
    store<u32>(slot, value);
    dictLastIndex = ix;
    decref(old);
    return true;
  }
  return insertNew(d, key, h, value);
}

/** The entry number the last successful dictSetItem wrote (STORE_ATTR fills its cache with it). */
export let dictLastIndex: i32 = -1;

/** d[key] = value where both references are stolen. */
export function dictSetItemSteal(d: Val, key: Val, value: Val): bool {
  let ok = dictSetItem(d, key, value);
  decref(key); decref(value);
  return ok;
}

function deleteEntry(d: Val, ix: i32, h: i64): void {
  let k = dictKeys(d);
  let hh = <u32>h;
  let mask = kSize(k) - 1;
  let i = hh & mask;
  let perturb = hh;
  while (getIndex(k, i) != ix) { perturb >>= PERTURB_SHIFT; i = (i * 5 + perturb + 1) & mask; }
  setIndex(k, i, IX_DUMMY);
  let e = kEntries(k) + <usize>ix * ENTRY;
  let key = load<u32>(e, 4), value = load<u32>(e, 8);
  store<u32>(e, 0, 4);
  store<u32>(e, 0, 8);
  store<u32>(d, <u32>dictUsed(d) - 1, 8);
  bumpVersion(d);
  decref(key);
  decref(value);
}

/** del d[key]: 1 deleted, 0 absent, -1 error. */
export function dictDelItem(d: Val, key: Val): i32 {
  let h: i64;
  let ix: i32;
  if (!isSmall(key) && typeOf(key) == T_STR) { h = strHash(key); ix = lookupStr(d, key); }
  else {
    h = objHash(key);
    if (h == -1 && excPending()) return -1;
    ix = lookup(d, key, h);
    if (ix == -2) return -1;
  }
  if (ix < 0) return 0;
  deleteEntry(d, ix, h);
  return 1;
}

/** Remove key and return its value (a new reference), 0 if absent (no error) or on error (pending). */
export function dictPop(d: Val, key: Val): Val {
  let h: i64;
  let ix: i32;
  if (!isSmall(key) && typeOf(key) == T_STR) { h = strHash(key); ix = lookupStr(d, key); }
  else {
    h = objHash(key);
    if (h == -1 && excPending()) return 0;
    ix = lookup(d, key, h);
    if (ix == -2) return 0;
  }
  if (ix < 0) return 0;
  let v = load<u32>(kEntries(dictKeys(d)) + <usize>ix * ENTRY, 8);
  incref(v);
  deleteEntry(d, ix, h);
  return v;
}

/** Remove and return the last entry as (key, value) stolen into *pk/*pv; false if empty. */
export function dictPopLast(d: Val, pk: usize, pv: usize): bool {
  let k = dictKeys(d);
  if (k == 0 || dictUsed(d) == 0) return false;
  let ne = <i32>kNentries(k);
  let ix = ne - 1;
  while (ix >= 0 && dictEntryKey(d, ix) == 0) ix--;
  let e = kEntries(k) + <usize>ix * ENTRY;
  let key = load<u32>(e, 4), value = load<u32>(e, 8);
  let h = <i64>load<i32>(e);
  incref(key); incref(value);
  deleteEntry(d, ix, h);
  // entries after ix are all deleted: trim them so insertion order stays compact
  store<u32>(k, <u32>ix, 8);
  store<u32>(k, kUsable(k) + <u32>(ne - ix), 4);
  store<u32>(pk, key);
  store<u32>(pv, value);
  return true;
}

export function dictClear(d: Val): void {
  let k = dictKeys(d);
  if (k == 0) return;
  store<u32>(d, 0, 16);
  store<u32>(d, 0, 8);
  bumpVersion(d);
  let ne = kNentries(k);
  let entries = kEntries(k);
  for (let j: u32 = 0; j < ne; j++) {
    let e = entries + <usize>j * ENTRY;
    let key = load<u32>(e, 4);
    if (key != 0) { decref(key); decref(load<u32>(e, 8)); }
  }
  keysFree(k);
}

/**
 * Re-create the table at the smallest size that holds the current entries. Dicts never shrink on
 * their own; the runtime compacts sys.modules after a run so the heap returns to its baseline.
 */
export function dictCompact(d: Val): bool {
  let k = dictKeys(d);
  if (k == 0) return true;
  let used = <u32>dictUsed(d);
  if (used == 0) { dictClear(d); return true; }
  store<u32>(d, 0, 8);            // resize() sizes by `used` * growth: ask only for room for `used`
  let ok = resize(d, used);
  store<u32>(d, used, 8);
  return ok;
}

export function dictDealloc(d: Val): void {
  gcUntrack(d);
  dictClear(d);
  gcFree(d, DICT_SIZE);
}

export function dictSizeof(d: Val): usize {
  let k = dictKeys(d);
  let s = heapAllocSize(DICT_SIZE + 8);
  if (k != 0) s += heapAllocSize(keysBytes(k));
  return s;
}
// }====

// {==== iteration

/** Upper bound of entry positions (for iteration with dictNextAt). */
export function dictEnd(d: Val): i32 { let k = dictKeys(d); return k == 0 ? 0 : <i32>kNentries(k); }

/** The first live entry position >= pos, or -1. */
export function dictNextAt(d: Val, pos: i32): i32 {
  let k = dictKeys(d);
  if (k == 0) return -1;
  let ne = <i32>kNentries(k);
  let entries = kEntries(k);
  while (pos < ne) {
    if (load<u32>(entries + <usize>pos * ENTRY, 4) != 0) return pos;
    pos++;
  }
  return -1;
}

/** Copy: a new dict with the same items (shares nothing). */
export function dictCopy(d: Val): Val {
  let r = dictNew();
  if (r == 0) return 0;
  if (!dictMerge(r, d, true)) { decref(r); return 0; }
  return r;
}

/** dst.update(src) for a dict src; with override false keep dst's existing keys. */
export function dictMerge(dst: Val, src: Val, overrideKeys: bool): bool {
  let end = dictEnd(src);
  for (let pos = dictNextAt(src, 0); pos >= 0 && pos < end; pos = dictNextAt(src, pos + 1)) {
    let k = dictEntryKey(src, pos), v = dictEntryValue(src, pos);
    incref(k); incref(v);
    let ok = true;
    if (overrideKeys) ok = dictSetItem(dst, k, v);
    else {
      let c = dictContains(dst, k);
      if (c < 0) ok = false;
      else if (c == 0) ok = dictSetItem(dst, k, v);
    }
    decref(k); decref(v);
    if (!ok) return false;
    end = dictEnd(src);
  }
  return true;
}
// }====

export function dictSetStr(d: Val, key: Val, value: Val): bool { return dictSetItem(d, key, value); }
