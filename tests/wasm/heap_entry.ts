// @ts-nocheck: AssemblyScript, compiled by asc; the shell's tsc project only sees it via tests/**.
// tests/wasm/heap_entry.ts: test-only wasm entry for tests/unit/heap.test.ts (compiled there with
// asc, --runtime ./assembly/rt --importMemory, like the core). Exports the heap API and helpers
// that need wasm-side access. Not part of the core build.

export {
  heapInit, heapAlloc, heapAllocZeroed, heapFree, heapRealloc, heapAllocSize, heapUsed,
  heapPeak, heapResetPeak, heapFootprint, heapLargestFree, heapTotalFree, heapLiveCount,
  heapCheck, heapReset,
} from "../../assembly/mem/heap";
import { Block, Pool } from "../../assembly/mem/layout";
import { HEAP_SMALL_MAX, HEAP_POOL_SIZE, HEAP_GROW_STEP } from "../../assembly/config";

/** __heap_base: where the core's region starts (before rounding). */
export function heapBase(): usize { return __heap_base; }

/** Layout sizes pinned by the test: [offsetof<Block>, offsetof<Pool>]. */
export function blockHeaderBytes(): usize { return offsetof<Block>(); }
export function poolHeaderBytes(): usize { return offsetof<Pool>(); }
export function smallMax(): usize { return HEAP_SMALL_MAX; }
export function poolSize(): usize { return HEAP_POOL_SIZE; }
export function growStep(): usize { return HEAP_GROW_STEP; }

/** Fills [p, p+n) with bytes derived from seed, so a copy can be checked. */
export function fillPattern(p: usize, n: usize, seed: u32): void {
  for (let i: usize = 0; i < n; ++i) store<u8>(p + i, <u8>(seed + <u32>i * 31));
}

/** 1 if [p, p+n) still holds fillPattern(p', n, seed)'s bytes, else 0. */
export function checkPattern(p: usize, n: usize, seed: u32): i32 {
  for (let i: usize = 0; i < n; ++i) if (load<u8>(p + i) != <u8>(seed + <u32>i * 31)) return 0;
  return 1;
}

/** A managed allocation through rt.ts: an Array that grows by push (__new, __renew). */
export function managedArraySum(n: i32): i32 {
  let a = new Array<i32>();
  for (let i = 0; i < n; ++i) a.push(i);
  let s = 0;
  for (let i = 0; i < a.length; ++i) s += a[i];
  return s;
}

/** A managed string built at run time (__new, __renew via concatenation); returns its length. */
export function managedStringLength(n: i32): i32 {
  let s = "";
  for (let i = 0; i < n; ++i) s += "ab";
  return s.length;
}

/** Raw __alloc/__realloc/__free round trip through rt.ts; 1 if the contents survived. */
export function rawRoundTrip(n: usize, m: usize): i32 {
  let p = heap.alloc(n);
  fillPattern(p, n, 7);
  let q = heap.realloc(p, m);
  let ok = checkPattern(q, min(n, m), 7);
  heap.free(q);
  return ok;
}

/** Timing loop for the benchmark: `rounds` times, allocate `batch` objects of `size`, free them. */
export function benchAllocFree(size: usize, batch: u32, rounds: u32, scratch: usize): void {
  for (let r: u32 = 0; r < rounds; ++r) {
    for (let i: u32 = 0; i < batch; ++i) store<u32>(scratch + (<usize>i << 2), <u32>heapAllocImpl(size));
    for (let i: u32 = 0; i < batch; ++i) heapFreeImpl(<usize>load<u32>(scratch + (<usize>i << 2)), size);
  }
}
import { heapAlloc as heapAllocImpl, heapFree as heapFreeImpl } from "../../assembly/mem/heap";
