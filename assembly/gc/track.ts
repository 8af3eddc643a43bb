// Allocation of objects, and the GC head of containers.
//
// Every object comes from objAlloc (no GC head) or gcAlloc (with the 8-byte GC head in front that
// links it into the cycle collector's generation-0 list). Both raise MemoryError and return 0 when
// the budget is exhausted; heapAlloc is the only place that decides that, and before giving up they
// run one emergency collection (gc/cycles.ts gcEmergency) and ask again.
//
// ╒═ GC head (wasm32) ═╤══════════════════╕
// │ -8 gcNext u32      │ -4 gcPrev u32    │   object at +0
// ╘════════════════════╧══════════════════╛
// The lists are circular and doubly linked through the heads; a list head is a static 8-byte
// sentinel. An untracked object has gcNext == 0. The low 3 bits of gcPrev are flags (bit 0:
// finalized, PEP 442), kept across tracking and untracking.
//
// Invariant: a tracked object is on exactly one generation list.

import { Val } from "../obj/object";
import { heapAlloc, heapFree, heapRealloc } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";
import { floatFreeListClear } from "../obj/float";
import { allocHook, freeHook, TRACE_ON } from "./hooks";
import { gcEmergency } from "./cycles";

// @ts-ignore: decorator
@inline export const GC_HEAD: usize = 8;

/** The three generation lists' sentinels: [next, prev] each. */
export const GEN_HEADS: usize = memory.data(3 * 8, 8);
/** Allocations of tracked objects since the last collection of generation 0. */
export let gcGen0Count: u32 = 0;
/** Set when gcGen0Count passes gcAutoLimit: the interpreter calls gcSafePoint (gc/cycles.ts) soon. */
export let gcPending: bool = false;
/** Threshold 0 while automatic collection is enabled, else 0xffffffff (set by gc/cycles.ts). */
let gcAutoLimit: u32 = 0;   // 0 until the collector reads its tunables at the first safe point
export function gcSetAutoLimit(n: u32): void { gcAutoLimit = n; }
export function gcSetPending(p: bool): void { gcPending = p; }
export function gcSetGen0Count(n: u32): void { gcGen0Count = n; }

export function gcInit(): void {
  for (let g = 0; g < 3; g++) {
    let h = GEN_HEADS + <usize>g * 8;
    store<u32>(h, <u32>h);
    store<u32>(h, <u32>h, 4);
  }
}

// @ts-ignore: decorator
@inline function gcHead(o: usize): usize { return o - GC_HEAD; }

/** Link o (already allocated with a GC head) into generation 0. */
export function gcTrack(o: usize): void {
  let h = gcHead(o);
  let list = GEN_HEADS;
  let last = <usize>load<u32>(list, 4) & ~7;
  let bits = load<u32>(h, 4) & 7;  // keep the flag bits (bit 0: finalized, see gc/dealloc.ts)
  store<u32>(h, <u32>list);        // next = sentinel
  store<u32>(h, <u32>last | bits, 4);  // prev = old last
  store<u32>(last, <u32>h);        // old last.next = h
  store<u32>(list, <u32>h | (load<u32>(list, 4) & 7), 4);  // sentinel.prev = h
  if (++gcGen0Count > gcAutoLimit) gcPending = true;
}

export function gcUntrack(o: usize): void {
  let h = gcHead(o);
  let next = <usize>load<u32>(h);
  if (next == 0) return;
  let bits = load<u32>(h, 4) & 7;
  let prev = <usize>load<u32>(h, 4) & ~7;
  store<u32>(prev, <u32>next);
  store<u32>(next, (load<u32>(next, 4) & 7) | <u32>prev, 4);
  store<u32>(h, 0);
  store<u32>(h, bits, 4);
  if (gcGen0Count > 0) gcGen0Count--;
}

// @ts-ignore: decorator
@inline export function gcIsTracked(o: usize): bool { return load<u32>(o - GC_HEAD) != 0; }

/** A new object of `size` bytes (header included) with refcnt 1 and the given type. 0 on MemoryError. */
export function objAlloc(type: usize, size: usize): usize {
  let o = heapAlloc(size);
  if (o == 0) { floatFreeListClear(); gcEmergency(); o = heapAlloc(size); }   // Lua's tryagain: a collection first
  if (o == 0) { raiseMemoryError(size); return 0; }
  store<u32>(o, 1);
  store<u32>(o, <u32>type, 4);
  if (TRACE_ON) allocHook(o, size);
  return o;
}

/**
 * heapAlloc for a container's storage (list items, dict and set tables): when the budget refuses,
 * a collection that runs no Python code and one more try, as objAlloc does for objects. 0 (no
 * exception raised) if there is still no room.
 */
export function heapAllocRetry(size: usize): usize {
  let p = heapAlloc(size);
  if (p == 0) { floatFreeListClear(); gcEmergency(); p = heapAlloc(size); }
  return p;
}

/** heapRealloc with the same retry; on failure the old block is left as it was. */
export function heapReallocRetry(ptr: usize, oldSize: usize, newSize: usize): usize {
  let p = heapRealloc(ptr, oldSize, newSize);
  if (p == 0) { floatFreeListClear(); gcEmergency(); p = heapRealloc(ptr, oldSize, newSize); }
  return p;
}

export function objFree(o: usize, size: usize): void {
  if (TRACE_ON) freeHook(o, size);
  heapFree(o, size);
}

/** Like objAlloc, with a GC head in front; the object is NOT yet tracked (call gcTrack once its fields are valid). */
export function gcAlloc(type: usize, size: usize): usize {
  let p = heapAlloc(size + GC_HEAD);
  if (p == 0) { floatFreeListClear(); gcEmergency(); p = heapAlloc(size + GC_HEAD); }
  if (p == 0) { raiseMemoryError(size + GC_HEAD); return 0; }
  store<u32>(p, 0);
  store<u32>(p, 0, 4);
  let o = p + GC_HEAD;
  store<u32>(o, 1);
  store<u32>(o, <u32>type, 4);
  if (TRACE_ON) allocHook(o, size + GC_HEAD);
  return o;
}

/** Free a GC-headed object (untracking it first). */
export function gcFree(o: usize, size: usize): void {
  gcUntrack(o);
  if (TRACE_ON) freeHook(o, size + GC_HEAD);
  heapFree(o - GC_HEAD, size + GC_HEAD);
}
