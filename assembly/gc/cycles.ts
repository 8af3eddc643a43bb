// The cycle collector: CPython 3.11's generational algorithm (Modules/gcmodule.c) over the GC heads
// of gc/track.ts, with the layouts in gc/traverse.ts. Refcounting stays the primary mechanism; this
// finds what it cannot free, containers that only reference each other, and breaks those cycles.
//
// State machine of a tracked object's GC head (next at -8, prev at -4; heads are 8-aligned, so the
// low 3 bits of both words are free). F = prev bit 0 (finalized, PEP 442), C = prev bit 1
// (collecting), U = next bit 0 (tentatively unreachable).
//   between collections    next = next head              prev = prev head | F
//   update_refs            next = next head              prev = gc_refs << 3 | C | F   (young only)
//   subtract_refs          gc_refs -= references from other objects with C
//   move_unreachable       reachable: prev relinked and C cleared, i.e. back to the first state;
//                          unreachable: moved to UNREACH, next = next head | U, prev = prev head | C | F
//   then                   U cleared: UNREACH is an ordinary list whose members keep C
//   finalize               F set on each object whose finalizer runs (__del__, a suspended
//                          generator's close), once ever
//   resurrection check     update/subtract/move again over UNREACH: the still unreachable go to
//                          FINAL, the resurrected to the old generation (C cleared)
//   delete                 every FINAL object: +1 ref, lingerHook, objClear; then each goes to the old
//                          generation (C cleared) and loses that ref, which frees it
// Only members of the generations being collected carry C, which is how a visit recognises them;
// the prev links are rebuilt as move_unreachable walks the list, as CPython >= 3.8 does. Nothing
// here recurses or allocates: the heads are the only work space (the 2-phase delete also bounds the
// dealloc recursion within the garbage to one level), so an emergency collection works with a full
// heap. The frame stack is not an object: whatever frames and native code hold is external.
//
// When: gcTrack sets gcPending once generation 0 has more than threshold 0 objects; the interpreter
// calls gcSafePoint() at JUMP (every loop's back edge) and RETURN_VALUE when gcPending is set
// (vm/interp.ts), where every live value is in a frame or on its stack. On
// an allocation failure objAlloc/gcAlloc call gcEmergency(): a full collection that runs no Python
// code (objects needing finalization, and what they reach, are kept, and released at the next safe
// point). gc.collect() and coreCleanup's gcAtExit() run collections explicitly.

import { Val, incref, decref } from "../obj/object";
import { PyType, T_TUPLE, T_LIST, T_GENERATOR, TYPES, TYPE_SIZE, MAX_STATIC_TYPES, typeOf, typeName, isHeapType, typeSpecial,
         typeFreeSubclasses } from "../obj/type";
import { TF } from "../obj/kinds";
import { Id } from "../obj/ids";
import { tupleSize, tupleItem, TUPLE_HEADER } from "../obj/tuple";
import { listNew, listAppend, listSize, listItem, listItems } from "../obj/list";
import { dictNew, dictSetItem } from "../obj/dict";
import { strInternAS } from "../obj/str";
import { GS, genState, genClose } from "../obj/gen";
import { GEN_HEADS, gcGen0Count, gcUntrack, gcIsTracked, gcSetAutoLimit, gcSetPending, gcSetGen0Count } from "./track";
import { objTraverse, objClear, gcIsGcObject } from "./traverse";
import { lingerHook } from "./hooks";
import { callWithSelf, call2 } from "../vm/call";
import { fetchExc, raiseObj, excPending, clearExc } from "../vm/errors";
import { printUnraisable, printUnraisableMsg } from "../vm/ops_exc";
import { tunGcThreshold, tunFlags } from "../vm/tunables";
import { outAS, outStr, outI64, outBytes } from "../mod/io";
import { heapUsed } from "../mem/heap";

@external("host", "now") declare function hostNow(): f64;   // seconds, monotonic (mod/time.ts)

// {==== constants and state

// @ts-ignore: decorator
@inline const F: u32 = 1;        // prev: finalized
// @ts-ignore: decorator
@inline const C: u32 = 2;        // prev: member of the generations being collected
// @ts-ignore: decorator
@inline const U: u32 = 1;        // next: tentatively unreachable (during move_unreachable only)
// @ts-ignore: decorator
@inline const REFS_MAX: u32 = (1 << 29) - 1;   // gc_refs has 29 bits; a larger refcount saturates (reachable anyway)

export const enum DEBUG { STATS = 1, COLLECTABLE = 2, UNCOLLECTABLE = 4, SAVEALL = 32, LEAK = 38 }

// Static list heads, [next, prev] each: permanent generation (gc.freeze), the unreachable set, the
// still-unreachable set, the finalizer loop's "seen" list, the objects an emergency collection
// keeps, and the objects it keeps an extra reference to until the next safe point.
const LISTS: usize = memory.data(6 * 8, 8);
const PERM: usize = LISTS;
const UNREACH: usize = LISTS + 8;
const FINAL: usize = LISTS + 16;
const SEEN: usize = LISTS + 24;
const KEEP: usize = LISTS + 32;
const DEFERRED: usize = LISTS + 40;

// ╒═ GC_STATS (static, 3 × 32 bytes; one row per generation, read by the report) ═══════════════╕
// │ +0 collections u32 │ +4 collected u32 │ +8 uncollectable u32 │ +12 emergency collections u32 │
// │ +16 time spent f64 (seconds) │ +24 longest pause f64 (seconds)                                  │
// ╘════════════════════════════════════════════════════════════════════════════════════════════════╛
const GC_STATS: usize = memory.data(3 * 32, 8);
/** Address of the statistics block above. */
export function gcStatsAddr(): usize { return GC_STATS; }

let inited = false;
let collecting = false;          // a collection (or its callbacks) is running: no nested one
let enabled = true;
let debugFlags: i32 = 0;
const THRESH: usize = memory.data(3 * 4, 4);   // thresholds of generations 0, 1, 2
let count1: u32 = 0;             // collections of generation 0 since the last of generation 1
let count2: u32 = 0;             // collections of generation 1 since the last of generation 2
let longLivedPending: u32 = 0;   // objects moved into generation 2 since its last collection
let longLivedTotal: u32 = 0;     // objects that survived the last full collection
let followUp = false;            // an emergency collection kept finalizable garbage: collect it soon
let garbage: Val = 0;            // gc.garbage (owned; created on first use)
let callbacks: Val = 0;          // gc.callbacks (owned; created on first use)

function ensureInit(): void {
  if (inited) return;
  inited = true;
  for (let i: usize = 0; i < 6; i++) listInit(LISTS + i * 8);
  for (let g = 0; g < 3; g++) store<i32>(THRESH + (<usize>g << 2), <i32>tunGcThreshold(g));
  enabled = (tunFlags() & 1) != 0;
  updateAutoLimit();
}

/** gcTrack raises gcPending when generation 0 holds more than this many objects. */
function updateAutoLimit(): void {
  let t0 = load<i32>(THRESH);
  gcSetAutoLimit(enabled && t0 != 0 ? (t0 < 0 ? 0 : <u32>t0) : 0xffffffff);
}
// }====

// {==== lists (heads are GC heads: h = object - 8; list sentinels have no flag bits)

// @ts-ignore: decorator
@inline function hNext(h: usize): usize { return <usize>(load<u32>(h) & ~7); }
// @ts-ignore: decorator
@inline function hPrev(h: usize): usize { return <usize>(load<u32>(h, 4) & ~7); }
/** Set h's prev pointer, keeping its flag bits. */
// @ts-ignore: decorator
@inline function setPrev(h: usize, p: usize): void { store<u32>(h, <u32>p | (load<u32>(h, 4) & 7), 4); }
// @ts-ignore: decorator
@inline function clearCollecting(h: usize): void { store<u32>(h, load<u32>(h, 4) & ~C, 4); }
// @ts-ignore: decorator
@inline function isCollecting(h: usize): bool { return (load<u32>(h, 4) & C) != 0; }
// @ts-ignore: decorator
@inline function refsOf(h: usize): u32 { return load<u32>(h, 4) >> 3; }

function listInit(l: usize): void { store<u32>(l, <u32>l); store<u32>(l, <u32>l, 4); }
// @ts-ignore: decorator
@inline function listEmpty(l: usize): bool { return hNext(l) == l; }

function listAppendH(h: usize, l: usize): void {
  let last = hPrev(l);
  setPrev(h, last);
  store<u32>(last, <u32>h);
  store<u32>(h, <u32>l);
  store<u32>(l, <u32>h, 4);
}

function listMove(h: usize, to: usize): void {
  let p = hPrev(h), n = hNext(h);
  store<u32>(p, <u32>n);
  setPrev(n, p);
  listAppendH(h, to);
}

function listMerge(from: usize, to: usize): void {
  if (listEmpty(from)) return;
  let tail = hPrev(to), first = hNext(from), last = hPrev(from);
  store<u32>(tail, <u32>first);
  setPrev(first, tail);
  store<u32>(last, <u32>to);
  store<u32>(to, <u32>last, 4);
  listInit(from);
}

function listLength(l: usize): u32 {
  let n: u32 = 0;
  for (let h = hNext(l); h != l; h = hNext(h)) n++;
  return n;
}

/** The sentinel of generation g (0..2), 3 = permanent, 4 = kept until the next safe point. */
export function gcListHead(g: i32): usize {
  ensureInit();
  return g < 3 ? GEN_HEADS + (<usize>g << 3) : g == 3 ? PERM : DEFERRED;
}
/** The head after h in its list (for walking a list from gcListHead). */
export function gcHeadNext(h: usize): usize { return hNext(h); }
// }====

// {==== the unreachable set (update_refs, subtract_refs, move_unreachable)

function updateRefs(young: usize): void {
  for (let h = hNext(young); h != young; h = hNext(h)) {
    let rc = load<u32>(h + 8);
    if (rc > REFS_MAX) rc = REFS_MAX;
    store<u32>(h, (rc << 3) | C | (load<u32>(h, 4) & F), 4);
  }
}

// @ts-ignore: decorator
@inline function decrefRef(v: Val): void {
  if (!gcIsGcObject(v)) return;
  let h = <usize>v - 8;
  let p = load<u32>(h, 4);
  if ((p & C) != 0 && (p >> 3) != 0) store<u32>(h, p - 8, 4);
}

function visitDecref(v: Val, arg: usize): i32 { decrefRef(v); return 0; }

function subtractRefs(young: usize): void {
  for (let h = hNext(young); h != young; h = hNext(h)) {
    let o = <Val>(h + 8);
    // exact lists and tuples, the commonest containers, without an indirect call per item
    let t = <usize>load<u32>(o, 4);
    if (t == T_LIST || t == T_TUPLE) {
      let p = t == T_LIST ? listItems(o) : o + TUPLE_HEADER;
      let n = t == T_LIST ? listSize(o) : tupleSize(o);
      for (let i = 0; i < n; i++) { let v = load<u32>(p + (<usize>i << 2)); if (v != 0) decrefRef(v); }
    } else {
      objTraverse(o, visitDecref, 0);
    }
  }
}

/** A reference from a reachable object: its target is reachable too (arg: the young list). */
function visitReachable(v: Val, young: usize): i32 { reachableRef(v, young); return 0; }

// @ts-ignore: decorator
@inline function reachableRef(v: Val, young: usize): void {
  if (!gcIsGcObject(v)) return;
  let h = <usize>v - 8;
  let p = load<u32>(h, 4);
  if (!(p & C)) return;                // other generation, or already scanned
  let nx = load<u32>(h);
  if (nx & U) {
    // it was moved to UNREACH before this reference was seen: unlink it (the U bits make the
    // plain list functions unusable here) and append it to young, to be scanned again
    let prev = <usize>(p & ~7), next = <usize>(nx & ~7);
    store<u32>(prev, nx);
    setPrev(next, prev);
    let last = hPrev(young);
    store<u32>(last, <u32>h);
    store<u32>(h, <u32>young);
    store<u32>(young, <u32>h, 4);
    store<u32>(h, (1 << 3) | C | (p & F), 4);
  } else if ((p >> 3) == 0) {
    store<u32>(h, (1 << 3) | (p & 7), 4);   // not scanned yet: it will be found reachable
  }
}

/**
 * Move what is not reachable from outside young into unreachable. Afterwards young is an ordinary
 * list with C cleared, and unreachable holds the rest with U set in next and C in prev.
 */
function moveUnreachable(young: usize, unreachable: usize): void {
  let prev = young;
  let h = hNext(young);
  while (h != young) {
    let p = load<u32>(h, 4);
    if ((p >> 3) != 0) {
      // reachable from outside: what it references is too. Traversal may append to young (and so
      // change h's next when h is young's last): read the next head only afterwards.
      let o = <Val>(h + 8);
      let t = <usize>load<u32>(o, 4);
      if (t == T_LIST || t == T_TUPLE) {       // as in subtractRefs
        let q = t == T_LIST ? listItems(o) : o + TUPLE_HEADER;
        let n = t == T_LIST ? listSize(o) : tupleSize(o);
        for (let i = 0; i < n; i++) { let v = load<u32>(q + (<usize>i << 2)); if (v != 0) reachableRef(v, young); }
      } else {
        objTraverse(o, visitReachable, young);
      }
      store<u32>(h, <u32>prev | (load<u32>(h, 4) & F), 4);
      prev = h;
    } else {
      store<u32>(prev, load<u32>(h));                 // young is singly linked until the end
      let last = hPrev(unreachable);
      store<u32>(last, <u32>h | U);                   // may mark the sentinel: cleaned below
      store<u32>(h, <u32>last | (p & 7), 4);
      store<u32>(h, <u32>unreachable | U);
      store<u32>(unreachable, <u32>h, 4);
    }
    h = hNext(prev);
  }
  store<u32>(young, <u32>prev, 4);
  store<u32>(unreachable, load<u32>(unreachable) & ~U);
}

function clearUnreachableBits(l: usize): void {
  for (let h = hNext(l); h != l; h = hNext(h)) store<u32>(h, load<u32>(h) & ~7);
}

/** CPython's untrack_tuples: a reachable exact tuple of untracked or atomic values needs no tracking. */
function untrackTuples(young: usize): void {
  let h = hNext(young);
  while (h != young) {
    let next = hNext(h);
    let o = <Val>(h + 8);
    if (<usize>load<u32>(o, 4) == T_TUPLE && tupleMayUntrack(o)) gcUntrack(o);
    h = next;
  }
}

function tupleMayUntrack(t: Val): bool {
  let n = tupleSize(t);
  for (let i = 0; i < n; i++) {
    let v = tupleItem(t, i);
    if (v == 0) return false;                         // still being filled
    if (!gcIsGcObject(v)) continue;
    if (<usize>load<u32>(v, 4) == T_TUPLE && !gcIsTracked(v)) continue;
    return false;
  }
  return true;
}
// }====

// {==== finalizers (PEP 442)

/**
 * An unreachable object whose finalizer has not run: an instance with __del__, or a generator that
 * has not finished (closing a suspended one runs its finally blocks; closing a never-started one
 * only drops its frame, as CPython's gen_close does, which is Python-free: an emergency collection
 * leaves that to objClear).
 */
function needsFinalize(o: Val, emergency: bool): bool {
  if (load<u32>(o - 4) & F) return false;
  let t = typeOf(o);
  if (t == T_GENERATOR) {
    let st = genState(o);
    return st == GS.SUSPENDED || (st == GS.CREATED && !emergency);
  }
  return isHeapType(t) && (changetype<PyType>(t).flags & <u8>TF.HAS_FINALIZER) != 0;
}

/** Run o's finalizer once (as instanceDealloc and genDealloc do); errors are printed, not raised. */
function finalize(o: Val): void {
  store<u32>(o - 4, load<u32>(o - 4) | F);
  incref(o);
  let saved = fetchExc();
  let t = typeOf(o);
  if (t == T_GENERATOR) {
    if (!genClose(o)) printUnraisable(o);
  } else {
    let del = typeSpecial(t, Id.D_del);
    if (del != 0) {
      let r = callWithSelf(del, o, 0, 0, 0);
      if (r == 0) printUnraisableMsg("Exception ignored in: ", del);
      else decref(r);
    }
  }
  if (excPending()) clearExc();
  if (saved != 0) raiseObj(saved);
  decref(o);
}

/** Run the finalizers in UNREACH; true if any ran (Python code may have changed the graph). */
function finalizeGarbage(): bool {
  let ran = false;
  // o's finalizer may free other members of UNREACH (gcFree unlinks them) or o itself: always take
  // the first member and move it to SEEN before running anything
  while (!listEmpty(UNREACH)) {
    let h = hNext(UNREACH);
    listMove(h, SEEN);
    let o = <Val>(h + 8);
    if (needsFinalize(o, false)) { ran = true; finalize(o); }
  }
  listMerge(SEEN, UNREACH);
  return ran;
}

/** Emergency mode: what needs finalization, and what it reaches, is kept (in KEEP) without running it. */
function visitKeep(v: Val, arg: usize): i32 {
  if (!gcIsGcObject(v)) return 0;
  let h = <usize>v - 8;
  if (isCollecting(h)) { listMove(h, KEEP); clearCollecting(h); }
  return 0;
}

function keepFinalizable(old: usize): u32 {
  let h = hNext(UNREACH);
  while (h != UNREACH) {
    let next = hNext(h);
    if (needsFinalize(<Val>(h + 8), true)) { listMove(h, KEEP); clearCollecting(h); }
    h = next;
  }
  for (h = hNext(KEEP); h != KEEP; h = hNext(h)) objTraverse(<Val>(h + 8), visitKeep, 0);
  // the ones whose dealloc would run Python code get an extra reference until the next safe point,
  // so that clearing the rest cannot free them now
  let kept: u32 = 0;
  while (!listEmpty(KEEP)) {
    h = hNext(KEEP);
    let o = <Val>(h + 8);
    if (needsFinalize(o, true)) { incref(o); listMove(h, DEFERRED); gcSetPending(true); followUp = true; }
    else listMove(h, old);
    kept++;
  }
  return kept;
}

/** Drop the references an emergency collection kept (at a safe point: deallocs may run Python code). */
function releaseDeferred(): void {
  let g2 = GEN_HEADS + 16;
  while (!listEmpty(DEFERRED)) {
    let h = hNext(DEFERRED);
    listMove(h, g2);
    decref(<Val>(h + 8));
  }
}
// }====

// {==== a collection

/** Delete FINAL: save it (DEBUG_SAVEALL) or clear it. Every member ends in old or freed. */
function deleteGarbage(old: usize): void {
  if (debugFlags & DEBUG.SAVEALL) {
    let g = gcGarbage();
    while (!listEmpty(FINAL)) {
      let h = hNext(FINAL);
      listMove(h, old);
      clearCollecting(h);
      if (g == 0 || !listAppend(g, <Val>(h + 8))) clearExc();
    }
    return;
  }
  // 1. a reference each, so that clearing one member frees no other (bounded recursion); report
  for (let h = hNext(FINAL); h != FINAL; h = hNext(h)) {
    let o = <Val>(h + 8);
    incref(o);
    lingerHook(o, typeOf(o));
  }
  // 2. break the cycles (deallocs of objects outside FINAL may run Python code here)
  for (let h = hNext(FINAL); h != FINAL; h = hNext(h)) {
    let o = <Val>(h + 8);
    objClear(o);
    if (excPending()) printUnraisableMsg("Exception ignored in tp_clear of: ", <Val>typeOf(o));
  }
  // 3. drop the references: each member is freed now, or when the last member referencing it is
  while (!listEmpty(FINAL)) {
    let h = hNext(FINAL);
    listMove(h, old);
    clearCollecting(h);
    decref(<Val>(h + 8));
  }
}

function debugObject(msg: string, o: Val): void {
  outAS(2, "gc: "); outAS(2, msg); outAS(2, " <");
  outStr(2, typeName(typeOf(o)));
  outAS(2, " "); outHex(o); outAS(2, ">\n");
}

function outHex(v: u32): void {
  let buf = memory.data(10);
  store<u8>(buf, 48); store<u8>(buf, 120, 1);       // "0x"
  let n: usize = 2;
  let started = false;
  for (let s = 28; s >= 0; s -= 4) {
    let d = (v >> <u32>s) & 15;
    if (d != 0 || started || s == 0) { store<u8>(buf + n, <u8>(d < 10 ? 48 + d : 87 + d)); n++; started = true; }
  }
  outBytes(2, buf, n);
}

/** seconds with 4 decimals ("%.4f"), without allocating */
function outSeconds(x: f64): void {
  let q = <i64>Math.round(x * 10000);
  outI64(2, q / 10000);
  outAS(2, ".");
  let frac = <i32>(q % 10000);
  for (let d = 1000; d >= 1; d /= 10) outI64(2, <i64>((frac / d) % 10));
}

/**
 * Collect generations 0..gen (gc_collect_main). Returns the number of unreachable objects found.
 * emergency: no Python code runs (no finalizers; see keepFinalizable).
 */
function collectMain(gen: i32, emergency: bool): i32 {
  let t0 = hostNow();
  let saved = fetchExc();
  if (debugFlags & DEBUG.STATS) {
    outAS(2, "gc: collecting generation "); outI64(2, gen); outAS(2, "...\n");
    outAS(2, "gc: objects in each generation:");
    for (let g = 0; g < 3; g++) { outAS(2, " "); outI64(2, listLength(GEN_HEADS + (<usize>g << 3))); }
    outAS(2, "\ngc: objects in permanent generation: "); outI64(2, listLength(PERM)); outAS(2, "\n");
  }
  // counts: this generation and the younger ones start again; the next older one gains one
  if (gen == 0) count1++; else if (gen == 1) count2++;
  if (gen >= 1) count1 = 0;
  if (gen >= 2) count2 = 0;
  gcSetGen0Count(0);
  let young = GEN_HEADS + (<usize>gen << 3);
  let old = gen < 2 ? young + 8 : young;
  for (let g = 0; g < gen; g++) listMerge(GEN_HEADS + (<usize>g << 3), young);

  updateRefs(young);
  subtractRefs(young);
  moveUnreachable(young, UNREACH);
  untrackTuples(young);
  if (young != old) {
    if (gen == 1) longLivedPending += listLength(young);
    listMerge(young, old);
  } else {
    longLivedPending = 0;
    longLivedTotal = listLength(young);
  }
  clearUnreachableBits(UNREACH);
  if (emergency) keepFinalizable(old);

  if (debugFlags & DEBUG.COLLECTABLE) {
    for (let h = hNext(UNREACH); h != UNREACH; h = hNext(h)) debugObject("collectable", <Val>(h + 8));
  }
  if (!emergency && finalizeGarbage()) {
    // finalizers ran Python code: keep only what is still unreachable, send the rest to old
    updateRefs(UNREACH);
    subtractRefs(UNREACH);
    moveUnreachable(UNREACH, FINAL);
    clearUnreachableBits(FINAL);
    listMerge(UNREACH, old);                         // moveUnreachable cleared their C bits
  } else {
    listMerge(UNREACH, FINAL);
  }
  let m = <i32>listLength(FINAL);
  deleteGarbage(old);

  let dt = hostNow() - t0;
  if (debugFlags & DEBUG.STATS) {
    outAS(2, "gc: done, "); outI64(2, m); outAS(2, " unreachable, 0 uncollectable, ");
    outSeconds(dt); outAS(2, "s elapsed\n");
  }
  let row = GC_STATS + (<usize>gen << 5);
  store<u32>(row, load<u32>(row) + 1);
  store<u32>(row, load<u32>(row, 4) + <u32>m, 4);
  if (emergency) store<u32>(row, load<u32>(row, 12) + 1, 12);
  store<f64>(row, load<f64>(row, 16) + dt, 16);
  if (dt > load<f64>(row, 24)) store<f64>(row, dt, 24);
  if (excPending()) clearExc();                    // every step reports its own errors
  if (saved != 0) raiseObj(saved);
  return m;
}

/** A collection with gc.callbacks around it (gc_collect_with_callback). */
function collectWithCallback(gen: i32): i32 {
  invokeCallbacks("start", gen, 0);
  let n = collectMain(gen, false);
  invokeCallbacks("stop", gen, n);
  return n;
}

function invokeCallbacks(phase: string, gen: i32, collected: i32): void {
  if (callbacks == 0 || listSize(callbacks) == 0) return;
  let info = dictNew();
  let ph = strInternAS(phase);
  if (info == 0 || ph == 0 || !infoSet(info, "generation", gen) || !infoSet(info, "collected", collected)
      || !infoSet(info, "uncollectable", 0)) {
    if (info != 0) decref(info);
    if (ph != 0) decref(ph);
    clearExc();
    return;
  }
  // the list may change while its callbacks run: index it afresh each time, as CPython does
  for (let i = 0; i < listSize(callbacks); i++) {
    let cb = listItem(callbacks, i);
    incref(cb);
    let r = call2(cb, ph, info);
    if (r == 0) printUnraisable(cb); else decref(r);
    decref(cb);
  }
  decref(info);
  decref(ph);
}

import { mkSmall } from "../obj/object";
function infoSet(d: Val, key: string, v: i32): bool {
  let k = strInternAS(key);
  if (k == 0) return false;
  let ok = dictSetItem(d, k, mkSmall(v));
  decref(k);
  return ok;
}

/** The oldest generation whose count passed its threshold, and the younger ones (collect_generations). */
function collectGenerations(): void {
  for (let g = 2; g >= 0; g--) {
    let count = g == 0 ? gcGen0Count : g == 1 ? count1 : count2;
    if (<i64>count > <i64>load<i32>(THRESH + (<usize>g << 2))) {
      // a full collection only when it would examine a quarter more long-lived objects (CPython)
      if (g == 2 && longLivedPending < longLivedTotal / 4) continue;
      collectWithCallback(g);
      return;
    }
  }
}
// }====

// {==== entry points

/** The interpreter's safe point (gcPending was set): deferred releases, then an automatic collection. */
export function gcSafePoint(): void {
  gcSetPending(false);
  ensureInit();
  if (collecting) return;
  if (!listEmpty(DEFERRED)) releaseDeferred();
  if (excPending()) return;
  let t0 = load<i32>(THRESH);
  if (followUp) {
    // memory ran out while garbage with finalizers was around: collect it now, finalizers and
    // all, even with automatic collection disabled (the alternative is MemoryError)
    followUp = false;
    collecting = true;
    collectWithCallback(2);
    collecting = false;
  } else if (enabled && t0 != 0 && <i64>gcGen0Count > <i64>t0) {
    collecting = true;
    collectGenerations();
    collecting = false;
  }
}

/**
 * Called by objAlloc/gcAlloc when the heap refused an allocation: a full collection that runs no
 * Python code. True if it freed anything (the caller retries once).
 */
export function gcEmergency(): bool {
  if (collecting || !(load<u8>(T_TUPLE, 9) & <u8>TF.GC)) return false;   // busy, or types not set up
  ensureInit();
  let before = heapUsed();
  collecting = true;
  collectMain(2, true);
  collecting = false;
  return heapUsed() < before;
}

/** gc.collect(gen): the number of unreachable objects found; 0 if a collection is already running. */
export function gcCollect(gen: i32): i32 {
  ensureInit();
  if (collecting) return 0;
  collecting = true;
  let n = collectWithCallback(gen);
  collecting = false;
  return n;
}

/** A full collection without gc.callbacks (CPython's _PyGC_CollectNoFail, at the program's end). */
export function gcCollectNoFail(): i32 {
  ensureInit();
  if (collecting) return 0;
  collecting = true;
  let n = collectMain(2, false);
  collecting = false;
  return n;
}

/**
 * At exit (coreCleanup): drop gc.garbage and gc.callbacks, unfreeze, and collect until a full
 * collection finds nothing, so that everything the program made is freed. Debug output is off:
 * CPython's shutdown collections print too, but those lines depend on its module teardown.
 */
export function gcAtExit(): void {
  ensureInit();
  if (collecting) return;
  debugFlags = 0;
  let g = garbage, c = callbacks;
  garbage = 0; callbacks = 0;
  if (g != 0) decref(g);
  if (c != 0) decref(c);
  releaseDeferred();
  listMerge(PERM, GEN_HEADS + 16);
  collecting = true;
  for (let i = 0; i < 100; i++) {       // a __del__ may make new garbage; bounded all the same
    releaseDeferred();
    if (collectMain(2, false) == 0 && listEmpty(DEFERRED)) break;
  }
  collecting = false;
  // The classes are gone now; the subclass arrays they left in builtin types (obj/type.ts keeps an
  // emptied array) were not there at start-up either.
  for (let i = 0; i < MAX_STATIC_TYPES; i++) {
    let t = TYPES + <usize>i * TYPE_SIZE;
    let subs = <usize>changetype<PyType>(t).subclasses;
    if (subs != 0 && load<u32>(subs) == 0) typeFreeSubclasses(t);
  }
}
// }====

// {==== what the gc module reads and sets

export function gcIsEnabled(): bool { ensureInit(); return enabled; }
export function gcSetEnabled(on: bool): void { ensureInit(); enabled = on; updateAutoLimit(); }
export function gcDebugFlags(): i32 { return debugFlags; }
export function gcSetDebugFlags(f: i32): void { debugFlags = f; }
export function gcThreshold(g: i32): i32 { ensureInit(); return load<i32>(THRESH + (<usize>g << 2)); }
export function gcSetThreshold(g: i32, v: i32): void {
  ensureInit();
  store<i32>(THRESH + (<usize>g << 2), v);
  updateAutoLimit();
}
export function gcCount(g: i32): u32 { return g == 0 ? gcGen0Count : g == 1 ? count1 : count2; }

/** gc.garbage (borrowed), created on first use; 0 on MemoryError (pending). */
export function gcGarbage(): Val {
  if (garbage == 0) garbage = listNew(0);
  return garbage;
}
/** gc.callbacks (borrowed), created on first use; 0 on MemoryError (pending). */
export function gcCallbacks(): Val {
  if (callbacks == 0) callbacks = listNew(0);
  return callbacks;
}

/** gc.freeze(): every tracked object moves to the permanent generation, ignored by collections. */
export function gcFreeze(): void {
  ensureInit();
  for (let g = 0; g < 3; g++) listMerge(GEN_HEADS + (<usize>g << 3), PERM);
  gcSetGen0Count(0);
}
/** gc.unfreeze(): back into the oldest generation. */
export function gcUnfreeze(): void { ensureInit(); listMerge(PERM, GEN_HEADS + 16); }
export function gcFreezeCount(): u32 { ensureInit(); return listLength(PERM); }
export function gcGenLength(g: i32): u32 { return listLength(gcListHead(g)); }
/** Finalized bit (gc.is_finalized), for an object with a GC head. */
export function gcFinalized(o: Val): bool { return (load<u32>(o - 4) & F) != 0; }
// }====
