// rt.ts: the custom AssemblyScript runtime (`asc --runtime ./assembly/rt`, no ".ts": asc adds
// it). It forwards every AS-managed allocation to mem/heap.ts, so even an accidental string or
// Array is counted against the budget. There is no GC: managed objects are never collected,
// which is why the core keeps managed types out of the VM. Invariant: every block handed to AS
// carries the header fields AS reads at negative offsets (rt/common.ts), and its heap size is
// recoverable from them, because heapFree is sized.
// heapInit must have succeeded before the first managed allocation (a static string literal
// is not one); until then, and when the budget is exhausted, an AS-managed allocation aborts:
// AS code cannot take 0 for an answer. Core code allocates with heapAlloc, which returns 0.
//
// asc compiles a runtime given by path as its "incremental" variant (ASC_RUNTIME == 2): std
// then relies on __new and __renew returning zeroed memory, and reserves a 32 KiB shadow
// stack below __heap_base (--stackSize). These functions are @global and not exported, so
// they do not become wasm exports.

import { heapAlloc, heapFree, heapRealloc, heapReset } from "./mem/heap";

// ╒═ __alloc block (8-byte aligned) ═╕     ╒═ __new object (8-byte aligned) ═════════════╕
// │ +0  unused          u32          │     │ +0  unused                  u32              │
// │ +4  size  (mmInfo)  u32  ptr-4   │     │ +4  heap bytes (mmInfo)     u32   ptr-20     │
// ╞═ +8  ptr: payload               ═╡     │ +8  gcInfo  = 0             u32   ptr-16     │
//                                          │ +12 gcInfo2 = 0             u32   ptr-12     │
//                                          │ +16 rtId                    u32   ptr-8      │
//                                          │ +20 rtSize  (payload bytes) u32   ptr-4      │
//                                          ╞═ +24 ptr: payload (zeroed) ═══════════════════╡
// AS's own layout has 16-byte alignment and a 20-byte header (rt/common.ts); the 4 unused
// bytes keep our payloads 8-byte aligned, which is all wasm needs.

/** Bytes before an __alloc payload. */
// @ts-ignore: decorator
@inline const RAW_PREFIX: usize = 8;
/** Bytes before a __new payload: the fields above, padded to 8. */
// @ts-ignore: decorator
@inline const OBJ_PREFIX: usize = 24;
/** Largest payload either prefix may carry without overflowing u32 arithmetic, bytes. */
// @ts-ignore: decorator
@inline const RT_MAXSIZE: usize = (1 << 30) - OBJ_PREFIX;

// @ts-ignore: decorator
@inline const E_RT_OOM = "AS-managed allocation failed (heap not initialised, or budget exhausted)";

// @ts-ignore: decorator
@global @unsafe
function __alloc(size: usize): usize {
  let base = size <= RT_MAXSIZE ? heapAlloc(size + RAW_PREFIX) : 0;
  if (!base) abort(E_RT_OOM);
  store<u32>(base, <u32>size, 4);
  return base + RAW_PREFIX;
}

// @ts-ignore: decorator
@global @unsafe
function __realloc(ptr: usize, size: usize): usize {
  if (!ptr) return __alloc(size);
  let old = <usize>load<u32>(ptr - 4);
  let base = size <= RT_MAXSIZE ? heapRealloc(ptr - RAW_PREFIX, old + RAW_PREFIX, size + RAW_PREFIX) : 0;
  if (!base) abort(E_RT_OOM);
  store<u32>(base, <u32>size, 4);
  return base + RAW_PREFIX;
}

// @ts-ignore: decorator
@global @unsafe
function __free(ptr: usize): void {
  if (!ptr) return;
  heapFree(ptr - RAW_PREFIX, <usize>load<u32>(ptr - 4) + RAW_PREFIX);
}

/** heap.reset(): forgets every allocation, the core's included. */
// @ts-ignore: decorator
@global @unsafe
function __reset(): void {
  heapReset();
}

// @ts-ignore: decorator
@global @unsafe
function __new(size: usize, id: u32): usize {
  let base = size <= RT_MAXSIZE ? heapAlloc(size + OBJ_PREFIX) : 0;
  if (!base) abort(E_RT_OOM);
  store<u32>(base, <u32>(size + OBJ_PREFIX), 4);       // mmInfo: the heap size, for debugging
  store<u64>(base, 0, 8);                                // gcInfo, gcInfo2
  store<u32>(base, id, 16);
  store<u32>(base, <u32>size, 20);
  memory.fill(base + OBJ_PREFIX, 0, size);               // std expects zeroed objects
  return base + OBJ_PREFIX;
}

// @ts-ignore: decorator
@global @unsafe
function __renew(ptr: usize, size: usize): usize {
  let old = <usize>load<u32>(ptr - 4);
  let base = size <= RT_MAXSIZE ? heapRealloc(ptr - OBJ_PREFIX, old + OBJ_PREFIX, size + OBJ_PREFIX) : 0;
  if (!base) abort(E_RT_OOM);
  store<u32>(base, <u32>(size + OBJ_PREFIX), 4);
  store<u32>(base, <u32>size, 20);
  if (size > old) memory.fill(base + OBJ_PREFIX + old, 0, size - old);
  return base + OBJ_PREFIX;
}

// No GC: links, pins and visits have nothing to record.

// @ts-ignore: decorator
@global @unsafe
function __link(parentPtr: usize, childPtr: usize, expectMultiple: bool): void {}

// @ts-ignore: decorator
@global @unsafe
function __pin(ptr: usize): usize { return ptr; }

// @ts-ignore: decorator
@global @unsafe
function __unpin(ptr: usize): void {}

// @ts-ignore: decorator
@global @unsafe
function __visit(ptr: usize, cookie: u32): void {}

// @ts-ignore: decorator
@global @unsafe
function __collect(): void {}
