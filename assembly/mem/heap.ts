// mem/heap.ts: the only allocator of the core. It owns one region [start, end) whose size is
// the program's byte budget (--heap); nothing it hands out, and none of its own metadata, lies
// outside it. Small requests (<= HEAP_SMALL_MAX) come from size-class pools with no per-object
// header, which is why heapFree takes the size; larger ones are TLSF blocks with an 8-byte
// header. Pools are themselves blocks, 4 KiB and 4 KiB-aligned, so an emptied pool goes back to
// the block allocator and serves any size. Invariants (heapCheck verifies every one):
//   - blocks tile [firstBlock, top) exactly; no two free blocks touch; no free block touches top;
//   - heapUsed() == sum of heapAllocSize(size) over live allocations, to the byte;
//   - budget == used + metadata + free, where free is every slot, block and byte above top
//     that some allocation could still get (heapTotalFree).
// Failure is never a trap: every function returns 0/false instead. Layouts: layout.ts
// (ORDER HEAP LAYOUT); size rules and numbers: README.md beside this file.

import {
  HEAP_SMALL_MAX, HEAP_POOL_SIZE, HEAP_GROW_STEP, HEAP_SL_BITS, HEAP_FIT_SCAN,
  HEAP_KEEP_LAST_POOL, HEAP_DEBUG,
} from "../config";
import {
  Block, Pool, F_FREE, F_PREV_FREE, F_POOL, SIZE_MASK, BLOCK_HDR, MIN_LISTED, POOL_HDR, POOL_MASK,
  CLASS_COUNT, AL_BITS, SL_COUNT, SB_BITS, SB_SIZE, NO_LIST, ADDR_LIMIT,
  HEAP_OK, HEAP_E_UNINIT, HEAP_E_BOUNDS, HEAP_E_BLOCK_SIZE, HEAP_E_PREV_FLAG, HEAP_E_PREV_LINK,
  HEAP_E_COALESCE, HEAP_E_LIST, HEAP_E_POOL, HEAP_E_POOL_FREE, HEAP_E_CLASS_LIST, HEAP_E_ACCOUNT,
} from "./layout";

// {==== State (wasm globals: outside the region, a few words)

/** All-zero class heads in static data (outside the budget, 4 * CLASS_COUNT bytes), in use
 *  while no heap is initialised, so the small-allocation fast path needs no `inited` test:
 *  it finds no pool and takes the slow path, which refuses. Never written. */
// @ts-ignore: decorator
@lazy const NO_POOLS: usize = memory.data(<i32>(CLASS_COUNT << 2));

let inited = false;
let start: usize = 0;          // first byte of the region (8-aligned)
let end: usize = 0;            // one past the last byte (8-aligned down)
let top: usize = 0;            // one past the last block; [top, end) is the wilderness
let committed: usize = 0;      // bytes of wasm memory known to exist (memory.size << 16)
let firstBlock: usize = 0;     // start + controlSize
let controlSize: usize = 0;    // bytes of the control block
let flCount: u32 = 0;          // first-level lists, enough for a block of the region's size
let flMap: u32 = 0;            // bit fl set iff slMaps[fl] != 0
let slMaps: usize = 0;         // address of u32[flCount]
let heads: usize = 0;          // address of u32[flCount * SL_COUNT]
let classHeads: usize = NO_POOLS; // address of u32[CLASS_COUNT]
let keptOf: usize = 0;         // address of u32[CLASS_COUNT]: the kept empty pool of a class
let used: usize = 0;           // bytes: sum of heapAllocSize over live allocations
let peak: usize = 0;           // bytes: max of used since init/reset
let live: u32 = 0;             // live allocations, count
let meta: usize = 0;           // bytes: control + pool headers and tails + alignment loss
let kept: u32 = 0;             // empty pools kept (HEAP_KEEP_LAST_POOL), count
let budgetBytes: usize = 0;    // the budget heapInit was given, bytes
let origin: usize = 0;         // the base heapInit was given

// }====
// {==== Memory growth

/** Makes [0, addr) addressable, growing wasm memory by HEAP_GROW_STEP bytes at a time. */
function memCommit(addr: usize): bool {
  if (addr <= committed) return true;
  committed = memPagesBytes();                         // the host may have grown it too
  if (addr <= committed) return true;
  let target = end - committed > HEAP_GROW_STEP ? committed + HEAP_GROW_STEP : end;
  if (target < addr) target = addr;
  if (memory.grow(<i32>((target - committed + 0xFFFF) >>> 16)) < 0) {
    // the host's maximum is below a full step: take just what this request needs
    if (memory.grow(<i32>((addr - committed + 0xFFFF) >>> 16)) < 0) return false;
  }
  committed = memPagesBytes();
  return true;
}

/** Current memory size in bytes, saturated: 65536 pages would be 2^32. */
// @ts-ignore: decorator
@inline function memPagesBytes(): usize {
  let pages = <usize>memory.size();
  return pages >= 0x10000 ? <usize>0xFFFFFFFF : pages << 16;
}

// }====
// {==== TLSF lists

/** List index (fl << SL_BITS | sl) of the list that holds free blocks of `size` bytes. */
// @ts-ignore: decorator
@inline function listIndex(size: usize): u32 {
  if (size < SB_SIZE) return <u32>(size >>> AL_BITS);
  let fls = 31 - clz<u32>(<u32>size);
  return ((fls - SB_BITS + 1) << HEAP_SL_BITS) | ((<u32>size >>> (fls - HEAP_SL_BITS)) ^ SL_COUNT);
}

/** Index of the first list whose every block is >= size (TLSF "good fit" round-up). */
// @ts-ignore: decorator
@inline function listIndexUp(size: usize): u32 {
  if (size >= SB_SIZE) size += (<usize>1 << (31 - clz<u32>(<u32>size) - HEAP_SL_BITS)) - 1;
  return listIndex(size);
}

/** First non-empty list with index >= li, or NO_LIST. O(1): two bitmap scans. */
function listSearch(li: u32): u32 {
  let fl = li >>> HEAP_SL_BITS;
  if (fl >= flCount) return NO_LIST;
  let sl = load<u32>(slMaps + (<usize>fl << 2)) & (<u32>-1 << (li & (SL_COUNT - 1)));
  if (!sl) {
    let fm = flMap & (<u32>-2 << fl);                   // levels above fl (fl < 31 here)
    if (!fm) return NO_LIST;
    fl = ctz<u32>(fm);
    sl = load<u32>(slMaps + (<usize>fl << 2));
  }
  return (fl << HEAP_SL_BITS) | ctz<u32>(sl);
}

// @ts-ignore: decorator
@inline function listHead(li: u32): usize {
  return load<u32>(heads + (<usize>li << 2));
}

/** Puts a free block in its list; slivers (8 bytes) stay out of every list. */
function listInsert(b: usize): void {
  let size = <usize>(changetype<Block>(b).info & SIZE_MASK);
  if (size < MIN_LISTED) return;
  let li = listIndex(size);
  let h = listHead(li);
  changetype<Block>(b).nextFree = <u32>h;
  changetype<Block>(b).prevFree = 0;
  if (h) changetype<Block>(h).prevFree = <u32>b;
  store<u32>(heads + (<usize>li << 2), <u32>b);
  let fl = li >>> HEAP_SL_BITS;
  flMap |= 1 << fl;
  let at = slMaps + (<usize>fl << 2);
  store<u32>(at, load<u32>(at) | (1 << (li & (SL_COUNT - 1))));
}

/** Takes a free block out of its list (no-op for slivers). */
function listRemove(b: usize): void {
  let size = <usize>(changetype<Block>(b).info & SIZE_MASK);
  if (size < MIN_LISTED) return;
  let li = listIndex(size);
  let next = <usize>changetype<Block>(b).nextFree;
  let prev = <usize>changetype<Block>(b).prevFree;
  if (next) changetype<Block>(next).prevFree = <u32>prev;
  if (prev) { changetype<Block>(prev).nextFree = <u32>next; return; }
  store<u32>(heads + (<usize>li << 2), <u32>next);
  if (next) return;
  let fl = li >>> HEAP_SL_BITS;
  let at = slMaps + (<usize>fl << 2);
  let sl = load<u32>(at) & ~(1 << (li & (SL_COUNT - 1)));
  store<u32>(at, sl);
  if (!sl) flMap &= ~(1 << fl);
}

// }====
// {==== Blocks

/** Marks [b, b+size) free, sets the PREV_FREE tag of the block above, lists it. The caller
 *  guarantees neither neighbour is free and the block above exists (b + size < top). */
function blockMakeFree(b: usize, size: usize): void {
  changetype<Block>(b).info = <u32>size | F_FREE;
  let n = b + size;
  changetype<Block>(n).info |= F_PREV_FREE;
  changetype<Block>(n).prevPhys = <u32>b;
  listInsert(b);
}

/** Frees block b: merges it with free neighbours, or gives it back to the wilderness. */
function blockRelease(b: usize): void {
  let info = changetype<Block>(b).info;
  let size = <usize>(info & SIZE_MASK);
  let next = b + size;
  if (info & F_PREV_FREE) {                              // merge with the free block below
    let p = <usize>changetype<Block>(b).prevPhys;
    listRemove(p);
    size += <usize>(changetype<Block>(p).info & SIZE_MASK);
    b = p;
  }
  if (next == top) { top = b; return; }                  // the wilderness absorbs it
  let ninfo = changetype<Block>(next).info;
  if (ninfo & F_FREE) {                                  // merge with the free block above
    listRemove(next);
    size += <usize>(ninfo & SIZE_MASK);                  // a free block never touches top
  }
  blockMakeFree(b, size);
}

/** Allocates `need` bytes (multiple of 8, header included) out of free block b, whose
 *  remainder stays free above it. b has been removed from its list. */
function blockSplit(b: usize, need: usize, flags: u32): void {
  let size = <usize>(changetype<Block>(b).info & SIZE_MASK);
  changetype<Block>(b).info = <u32>need | flags;         // the block below b is not free
  if (size > need) {
    blockMakeFree(b + need, size - need);                // the block above was already tagged
  } else {
    changetype<Block>(b + size).info &= ~F_PREV_FREE;
  }
}

/** Carves `need` bytes at top; 0 if the region or the host's memory ends first. */
function blockFromTop(need: usize): usize {
  if (need > end - top || !memCommit(top + need)) return 0;
  let b = top;
  changetype<Block>(b).info = <u32>need;                 // below top nothing is free
  top = b + need;
  return b;
}

/** A free block of >= need bytes, removed from its list, or 0: first up to `scan` blocks of
 *  the request's own list (a freed block of the same size comes back: best fit), then the
 *  O(1) TLSF search of the lists above it, whose every block is large enough (good fit). */
function blockFind(need: usize, scan: u32): usize {
  let own = listIndex(need);
  let b = listHead(own);
  for (let n: u32 = 0; b && n < scan; ++n) {
    if (<usize>(changetype<Block>(b).info & SIZE_MASK) >= need) { listRemove(b); return b; }
    b = <usize>changetype<Block>(b).nextFree;
  }
  let li = listSearch(own + 1);
  if (li == NO_LIST) return 0;
  b = listHead(li);
  listRemove(b);
  return b;
}

/** An allocated block of exactly `need` bytes, or 0. Reuse before growth: free blocks, then
 *  kept empty pools (released), then the wilderness; last, a full scan of the own list. */
function blockAlloc(need: usize): usize {
  let b = blockFind(need, HEAP_FIT_SCAN);
  if (!b && kept) {
    poolReleaseKept();
    b = blockFind(need, HEAP_FIT_SCAN);
  }
  if (!b) {
    b = blockFromTop(need);
    if (b) return b;
    b = blockFind(need, <u32>-1);
    if (!b) return 0;
  }
  blockSplit(b, need, 0);
  return b;
}

/** Where a pool page could start inside free block b, or 0 if no aligned page fits. */
// @ts-ignore: decorator
@inline function pageIn(b: usize): usize {
  let p = (b + POOL_MASK) & ~POOL_MASK;
  return p + HEAP_POOL_SIZE <= b + <usize>(changetype<Block>(b).info & SIZE_MASK) ? p : 0;
}

/** A free block holding an aligned page, or 0: up to `scan` blocks of the lists that may hold
 *  one (4 KiB .. 8 KiB - 8), then any block of the lists above, which always holds one. */
function pageFind(scan: u32): usize {
  let sure = listIndexUp(2 * HEAP_POOL_SIZE - BLOCK_HDR);
  let n: u32 = 0;
  for (let li = listSearch(listIndex(HEAP_POOL_SIZE)); li < sure && n < scan; li = listSearch(li + 1)) {
    for (let b = listHead(li); b && n < scan; ++n) {
      if (pageIn(b)) return b;
      b = <usize>changetype<Block>(b).nextFree;
    }
  }
  let li = listSearch(sure);
  return li == NO_LIST ? 0 : listHead(li);
}

/** A 4 KiB-aligned pool block of HEAP_POOL_SIZE bytes, header info set, or 0. Same order of
 *  preference as blockAlloc. */
function pageAlloc(): usize {
  let b = pageFind(HEAP_FIT_SCAN);
  if (!b && kept) {
    poolReleaseKept();
    b = pageFind(HEAP_FIT_SCAN);
  }
  if (b) return pageTake(b, pageIn(b));
  let p = (top + POOL_MASK) & ~POOL_MASK;               // carve at top, leaving a gap below
  if (p <= end && end - p >= HEAP_POOL_SIZE && memCommit(p + HEAP_POOL_SIZE)) {
    let flags = F_POOL;
    if (p > top) {                                       // the gap becomes a free block
      changetype<Block>(top).info = <u32>(p - top) | F_FREE;
      listInsert(top);
      flags |= F_PREV_FREE;
      changetype<Block>(p).prevPhys = <u32>top;
    }
    changetype<Block>(p).info = <u32>HEAP_POOL_SIZE | flags;
    top = p + HEAP_POOL_SIZE;
    return p;
  }
  b = pageFind(<u32>-1);
  return b ? pageTake(b, pageIn(b)) : 0;
}

/** Turns listed free block b into an allocated pool block at page p and returns p: the part
 *  below p and the part above p + HEAP_POOL_SIZE stay free (listed, or slivers). */
function pageTake(b: usize, p: usize): usize {
  listRemove(b);
  let size = <usize>(changetype<Block>(b).info & SIZE_MASK);
  let flags = F_POOL;
  if (p > b) {                                           // leading gap: a free block below p
    changetype<Block>(b).info = <u32>(p - b) | F_FREE;
    listInsert(b);
    flags |= F_PREV_FREE;
    changetype<Block>(p).prevPhys = <u32>b;
  }
  changetype<Block>(p).info = <u32>(b + size - p);      // p's view of the rest of b
  blockSplit(p, HEAP_POOL_SIZE, flags);
  return p;
}

// }====
// {==== Pools

/** Bytes of a pool of slotSize-byte slots that no slot can use: header + tail slack. */
// @ts-ignore: decorator
@inline function poolWaste(slotSize: usize): usize {
  return POOL_HDR + (HEAP_POOL_SIZE - POOL_HDR) % slotSize;
}

// @ts-ignore: decorator
@inline function poolLink(p: usize, cls: usize): void {
  let at = classHeads + (cls << 2);
  let h = <usize>load<u32>(at);
  changetype<Pool>(p).next = <u32>h;
  changetype<Pool>(p).prev = 0;
  changetype<Pool>(p).listed = 1;
  if (h) changetype<Pool>(h).prev = <u32>p;
  store<u32>(at, <u32>p);
}

function poolUnlink(p: usize): void {
  let next = <usize>changetype<Pool>(p).next;
  let prev = <usize>changetype<Pool>(p).prev;
  if (next) changetype<Pool>(next).prev = <u32>prev;
  if (prev) changetype<Pool>(prev).next = <u32>next;
  else store<u32>(classHeads + (<usize>changetype<Pool>(p).cls << 2), <u32>next);
  changetype<Pool>(p).listed = 0;
}

/** A new pool for class cls, linked as the class head; 0 when no page can be had. */
function poolNew(cls: usize): usize {
  let p = pageAlloc();
  if (!p) return 0;
  let slot = (cls + 1) << 3;
  changetype<Pool>(p).free = 0;
  changetype<Pool>(p).bump = <u32>(p + POOL_HDR);
  changetype<Pool>(p).slotSize = <u16>slot;
  changetype<Pool>(p).cap = <u16>((HEAP_POOL_SIZE - POOL_HDR) / slot);
  changetype<Pool>(p).used = 0;
  changetype<Pool>(p).cls = <u8>cls;
  poolLink(p, cls);
  meta += poolWaste(slot);
  return p;
}

/** Gives an empty pool back to the block allocator. */
function poolDrop(p: usize): void {
  if (changetype<Pool>(p).listed) poolUnlink(p);
  meta -= poolWaste(<usize>changetype<Pool>(p).slotSize);
  changetype<Block>(p).info &= ~F_POOL;
  blockRelease(p);
}

/** Releases every kept empty pool: they are free memory, reused before the top grows. */
function poolReleaseKept(): void {
  for (let c: usize = 0; kept && c < CLASS_COUNT; ++c) {
    let p = <usize>load<u32>(keptOf + (c << 2));
    if (!p) continue;
    store<u32>(keptOf + (c << 2), 0);
    --kept;
    poolDrop(p);
  }
}

/** Slow path of a small allocation: the class has no pool with a free slot. */
function poolRefill(cls: usize): usize {
  if (!inited) return 0;
  let p = poolNew(cls);
  if (!p) return 0;
  return poolTake(p, cls);
}

/** Takes a slot from pool p, which has one. */
// @ts-ignore: decorator
@inline function poolTake(p: usize, cls: usize): usize {
  let slot = <usize>changetype<Pool>(p).free;
  let size = <usize>changetype<Pool>(p).slotSize;
  if (slot) {
    changetype<Pool>(p).free = load<u32>(slot);
  } else {
    slot = <usize>changetype<Pool>(p).bump;             // free list empty, so bump < limit
    changetype<Pool>(p).bump = <u32>(slot + size);
  }
  let u = changetype<Pool>(p).used + 1;
  changetype<Pool>(p).used = u;
  if (u == changetype<Pool>(p).cap) poolUnlink(p);     // full: out of the class list
  else if (HEAP_KEEP_LAST_POOL && u == 1 && changetype<Pool>(p).listed == 2) {
    changetype<Pool>(p).listed = 1;                      // a kept pool is in use again
    store<u32>(keptOf + (cls << 2), 0);
    --kept;
  }
  used += size;
  if (used > peak) peak = used;
  ++live;
  return slot;
}

/** Frees slot `ptr` of class cls. */
// @ts-ignore: decorator
@inline function poolPut(ptr: usize, cls: usize): void {
  let p = ptr & ~POOL_MASK;
  let size = (cls + 1) << 3;
  if (HEAP_DEBUG) {
    assert((changetype<Block>(p).info & (F_POOL | F_FREE)) == F_POOL, "heapFree: not a pool slot");
    assert(<usize>changetype<Pool>(p).slotSize == size, "heapFree: size is not the slot's class");
    assert(ptr >= p + POOL_HDR && ptr < <usize>changetype<Pool>(p).bump
      && (ptr - p - POOL_HDR) % size == 0, "heapFree: pointer is not a slot");
  }
  store<u32>(ptr, changetype<Pool>(p).free);
  changetype<Pool>(p).free = <u32>ptr;
  let u = changetype<Pool>(p).used;
  if (!changetype<Pool>(p).listed) poolLink(p, cls);     // it was full
  changetype<Pool>(p).used = --u;
  used -= size;
  --live;
  if (!u) poolEmptied(p, cls);
}

/** A pool's last slot was freed: keep it if it is the class's only pool (and the heap is
 *  not empty: then everything goes back, so an emptied heap is a fresh one), else drop it. */
function poolEmptied(p: usize, cls: usize): void {
  if (HEAP_KEEP_LAST_POOL && live && !changetype<Pool>(p).next && !changetype<Pool>(p).prev) {
    changetype<Pool>(p).free = 0;                        // restart carving: best locality
    changetype<Pool>(p).bump = <u32>(p + POOL_HDR);
    changetype<Pool>(p).listed = 2;
    store<u32>(keptOf + (cls << 2), <u32>p);
    ++kept;
    return;
  }
  poolDrop(p);
  if (!live) poolReleaseKept();
}

// }====
// {==== API

/** Takes [align8(base), base + budget) as the heap and forgets any earlier one. False if the
 *  control block does not fit, the region passes 4 GiB, or memory for the control block
 *  cannot be had. Call it before any AS-managed allocation (rt.ts forwards to this heap). */
export function heapInit(base: usize, budget: usize): bool {
  inited = false;                                        // until the end: refuse everything
  classHeads = NO_POOLS;
  start = end = top = firstBlock = 0;
  if (base > ADDR_LIMIT || budget > ADDR_LIMIT - base) return false;
  let s = (base + 7) & ~7;
  let e = (base + budget) & ~7;
  if (e <= s) return false;
  let fls: u32 = (listIndex(e - s) >>> HEAP_SL_BITS) + 1;
  let ctl = (((<usize>fls * (1 + SL_COUNT) + 2 * CLASS_COUNT) << 2) + 7) & ~7;  // bytes
  if (ctl + MIN_LISTED > e - s) return false;
  start = s; end = e;
  committed = memPagesBytes();
  if (!memCommit(s + ctl)) return false;
  flCount = fls; controlSize = ctl;
  slMaps = s;
  heads = s + (<usize>fls << 2);
  classHeads = heads + ((<usize>fls * SL_COUNT) << 2);
  keptOf = classHeads + (CLASS_COUNT << 2);
  memory.fill(s, 0, ctl);
  firstBlock = top = s + ctl;
  flMap = 0; used = 0; peak = 0; live = 0; kept = 0;
  budgetBytes = budget; origin = base;
  meta = ctl + (budget - (e - s));                       // alignment loss counts as metadata
  inited = true;
  return true;
}

/** `size` bytes, 8-byte aligned, uninitialised; 0 if the budget cannot hold them. */
export function heapAlloc(size: usize): usize {
  if (size <= HEAP_SMALL_MAX) {
    let cls = (size - <usize>(size != 0)) >>> 3;       // 0 and 1..8 -> 0, 505..512 -> 63
    let p = <usize>load<u32>(classHeads + (cls << 2));
    if (!p) return poolRefill(cls);                      // also refuses before heapInit
    return poolTake(p, cls);
  }
  return largeAlloc(size);
}

function largeAlloc(size: usize): usize {
  if (size > end - firstBlock) return 0;                 // also: huge sizes, before heapInit
  let need = ((size + 7) & ~7) + BLOCK_HDR;
  let b = blockAlloc(need);
  if (!b) return 0;
  used += need;
  if (used > peak) peak = used;
  ++live;
  return b + BLOCK_HDR;
}

/** heapAlloc, then zeroes the `size` bytes asked for. */
export function heapAllocZeroed(size: usize): usize {
  let p = heapAlloc(size);
  if (p) memory.fill(p, 0, size);
  return p;
}

/** Frees `ptr`, which heapAlloc/heapRealloc returned for exactly `size` bytes. 0 is a no-op. */
export function heapFree(ptr: usize, size: usize): void {
  if (!ptr) return;
  if (HEAP_DEBUG) {
    assert(inited && ptr >= firstBlock && ptr < top && !(ptr & 7), "heapFree: pointer outside the heap");
  }
  if (size <= HEAP_SMALL_MAX) {
    poolPut(ptr, (size - <usize>(size != 0)) >>> 3);
    return;
  }
  let b = ptr - BLOCK_HDR;
  let bsize = <usize>(changetype<Block>(b).info & SIZE_MASK);
  if (HEAP_DEBUG) {
    assert((changetype<Block>(b).info & (F_FREE | F_POOL)) == 0, "heapFree: block is not allocated");
    assert(bsize == heapAllocSize(size), "heapFree: size does not match the block");
  }
  used -= bsize;
  --live;
  blockRelease(b);
  if (!live && kept) poolReleaseKept();                  // an emptied heap is a fresh one
}

/** Resizes the allocation at ptr (of oldSize bytes) to newSize bytes, keeping the first
 *  min(oldSize, newSize) bytes; in place when the block can shrink or grow where it is.
 *  0 on failure, with the old allocation intact. ptr == 0 is heapAlloc(newSize). */
export function heapRealloc(ptr: usize, oldSize: usize, newSize: usize): usize {
  if (!ptr) return heapAlloc(newSize);
  let oldNeed = heapAllocSize(oldSize);
  let newNeed = heapAllocSize(newSize);
  if (oldNeed == newNeed) return ptr;                    // same class or same block size
  if (oldSize > HEAP_SMALL_MAX && newSize > HEAP_SMALL_MAX && newSize <= end - firstBlock) {
    if (blockResize(ptr - BLOCK_HDR, oldNeed, newNeed)) {
      used = used - oldNeed + newNeed;
      if (used > peak) peak = used;
      return ptr;
    }
  }
  let q = heapAlloc(newSize);
  if (!q) return 0;
  memory.copy(q, ptr, min(oldSize, newSize));
  heapFree(ptr, oldSize);
  return q;
}

/** Resizes large block b from `size` to `need` bytes where it lies; false if it cannot. */
function blockResize(b: usize, size: usize, need: usize): bool {
  let flags = changetype<Block>(b).info & F_PREV_FREE;
  let next = b + size;
  if (need < size) {                                     // shrink: the tail becomes free
    changetype<Block>(b).info = <u32>need | flags;
    let t = b + need;
    changetype<Block>(t).info = <u32>(size - need);      // an allocated block, then freed
    blockRelease(t);
    return true;
  }
  if (next == top) {                                     // grow into the wilderness
    if (need - size > end - top || !memCommit(b + need)) return false;
    top = b + need;
    changetype<Block>(b).info = <u32>need | flags;
    return true;
  }
  let ninfo = changetype<Block>(next).info;
  let total = size + <usize>(ninfo & SIZE_MASK);
  if (!(ninfo & F_FREE) || total < need) return false;
  listRemove(next);                                      // grow into the free block above
  changetype<Block>(b).info = <u32>total | flags;
  blockSplit(b, need, flags);
  return true;
}

/** Bytes an allocation of `size` really takes: its class (8..HEAP_SMALL_MAX, multiple of 8)
 *  or its block (align8(size) + 8). u32.MAX_VALUE for sizes no block can have. */
export function heapAllocSize(size: usize): usize {
  if (size <= HEAP_SMALL_MAX) return ((size + 7) & ~7) | <usize>(size == 0) << 3;
  if (size > ADDR_LIMIT) return <usize>0xFFFFFFFF;
  return ((size + 7) & ~7) + BLOCK_HDR;
}

/** Bytes: sum of heapAllocSize over live allocations. */
export function heapUsed(): usize { return used; }

/** Bytes: the highest heapUsed since heapInit or heapResetPeak. */
export function heapPeak(): usize { return peak; }

export function heapResetPeak(): void { peak = used; }

/** Bytes of the region the allocator has touched: [start, top), metadata included. */
export function heapFootprint(): usize { return inited ? top - start : 0; }

/** Bytes: budget - used - metadata; every byte some allocation could still get, in pools'
 *  free slots, free blocks (headers included) and above top, fragmented or not. */
export function heapTotalFree(): usize { return inited ? budgetBytes - used - meta : 0; }

/** Live allocations, count. */
export function heapLiveCount(): u32 { return live; }

/** Bytes: the largest `size` for which heapAlloc(size) would succeed now, 0 if none would.
 *  Releases kept empty pools first, exactly as a failing heapAlloc would. */
export function heapLargestFree(): usize {
  if (!inited) return 0;
  poolReleaseKept();
  let big = end - top;                                   // the wilderness
  let li = listSearch(0);
  let hi = NO_LIST;
  while (li != NO_LIST) { hi = li; li = listSearch(li + 1); }
  if (hi != NO_LIST) {                                   // the largest block is in the top list
    for (let b = listHead(hi); b; b = <usize>changetype<Block>(b).nextFree) {
      big = max(big, <usize>(changetype<Block>(b).info & SIZE_MASK));
    }
  }
  if (big > BLOCK_HDR + HEAP_SMALL_MAX) return big - BLOCK_HDR;
  if (pageFits()) return HEAP_SMALL_MAX;                 // a new pool of any class
  for (let c = <isize>CLASS_COUNT - 1; c >= 0; --c) {   // a slot in an existing pool
    if (load<u32>(classHeads + (<usize>c << 2))) return (<usize>c + 1) << 3;
  }
  return 0;
}

/** Would pageAlloc succeed without releasing kept pools? (Same search, no side effects.) */
function pageFits(): bool {
  let p = (top + POOL_MASK) & ~POOL_MASK;
  if (p <= end && end - p >= HEAP_POOL_SIZE) return true;
  for (let li = listSearch(listIndex(HEAP_POOL_SIZE)); li != NO_LIST; li = listSearch(li + 1)) {
    for (let b = listHead(li); b; b = <usize>changetype<Block>(b).nextFree) {
      if (pageIn(b)) return true;
    }
  }
  return false;
}

/** Forgets every allocation: the heap as heapInit left it (rt.ts's __reset). */
export function heapReset(): bool {
  return inited ? heapInit(origin, budgetBytes) : false;
}

/** Walks every block, list and pool; HEAP_OK, or the HEAP_E_* code of the first broken
 *  invariant. O(region): for tests and debug builds. */
export function heapCheck(): i32 {
  if (!inited) return HEAP_E_UNINIT;
  if (!(start < firstBlock && firstBlock <= top && top <= end && top <= committed)) return HEAP_E_BOUNDS;
  // 1. the tiling, bottom to top
  let b = firstBlock, below: usize = 0, belowFree = false;
  let listed: u32 = 0, large: usize = 0, count: u32 = 0, pools: usize = 0, keptSeen: u32 = 0;
  let slots: usize = 0;
  while (b < top) {
    let info = changetype<Block>(b).info;
    let size = <usize>(info & SIZE_MASK);
    if (size < BLOCK_HDR || size > top - b) return HEAP_E_BLOCK_SIZE;
    if (((info & F_PREV_FREE) != 0) != belowFree) return HEAP_E_PREV_FLAG;
    if (belowFree && <usize>changetype<Block>(b).prevPhys != below) return HEAP_E_PREV_LINK;
    if (info & F_FREE) {
      if (belowFree) return HEAP_E_COALESCE;
      if (info & F_POOL) return HEAP_E_POOL;
      if (size >= MIN_LISTED) ++listed;
    } else if (info & F_POOL) {
      let r = poolCheck(b);
      if (r) return r;
      let u = <usize>changetype<Pool>(b).used;
      pools += poolWaste(<usize>changetype<Pool>(b).slotSize);
      slots += u * <usize>changetype<Pool>(b).slotSize;
      count += <u32>u;
      if (changetype<Pool>(b).listed == 2) {
        ++keptSeen;
        if (<usize>load<u32>(keptOf + (<usize>changetype<Pool>(b).cls << 2)) != b) return HEAP_E_ACCOUNT;
      }
    } else {
      large += size;
      ++count;
    }
    belowFree = (info & F_FREE) != 0;
    below = b;
    b += size;
  }
  if (b != top) return HEAP_E_BLOCK_SIZE;
  if (belowFree) return HEAP_E_COALESCE;
  // 2. the lists and their bitmaps
  let inLists: u32 = 0;
  for (let li: u32 = 0; li < flCount * SL_COUNT; ++li) {
    let h = listHead(li);
    let fl = li >>> HEAP_SL_BITS, bit: u32 = 1 << (li & (SL_COUNT - 1));
    let sl = load<u32>(slMaps + (<usize>fl << 2));
    if (((sl & bit) != 0) != (h != 0) || ((flMap >>> fl) & 1) != <u32>(sl != 0)) return HEAP_E_LIST;
    let prev: usize = 0;
    for (let e = h; e; e = <usize>changetype<Block>(e).nextFree) {
      if (++inLists > listed || e < firstBlock || e >= top || (e & 7)) return HEAP_E_LIST;
      let info = changetype<Block>(e).info;
      if (!(info & F_FREE) || listIndex(<usize>(info & SIZE_MASK)) != li) return HEAP_E_LIST;
      if (<usize>changetype<Block>(e).prevFree != prev) return HEAP_E_LIST;
      prev = e;
    }
  }
  if (inLists != listed) return HEAP_E_LIST;
  // 3. the class lists: exactly the pools with a free slot, each in its own class
  for (let c: usize = 0; c < CLASS_COUNT; ++c) {
    let prev: usize = 0;
    for (let p = <usize>load<u32>(classHeads + (c << 2)); p; p = <usize>changetype<Pool>(p).next) {
      if (p < firstBlock || p >= top || (p & POOL_MASK)) return HEAP_E_CLASS_LIST;
      if ((changetype<Block>(p).info & (F_POOL | F_FREE)) != F_POOL) return HEAP_E_CLASS_LIST;
      if (<usize>changetype<Pool>(p).cls != c || !changetype<Pool>(p).listed) return HEAP_E_CLASS_LIST;
      if (<usize>changetype<Pool>(p).prev != prev) return HEAP_E_CLASS_LIST;
      prev = p;
    }
  }
  // 4. the counters
  let keptSlots: u32 = 0;
  for (let c: usize = 0; c < CLASS_COUNT; ++c) if (load<u32>(keptOf + (c << 2))) ++keptSlots;
  if (keptSlots != kept) return HEAP_E_ACCOUNT;
  if (used != large + slots || live != count || peak < used || kept != keptSeen) return HEAP_E_ACCOUNT;
  if (meta != controlSize + pools + (budgetBytes - (end - start))) return HEAP_E_ACCOUNT;
  return HEAP_OK;
}

/** One pool's header and free slots; HEAP_OK or the code. */
function poolCheck(p: usize): i32 {
  let slot = <usize>changetype<Pool>(p).slotSize;
  let cap = <usize>changetype<Pool>(p).cap;
  let u = <usize>changetype<Pool>(p).used;
  let first = p + POOL_HDR, bump = <usize>changetype<Pool>(p).bump;
  if ((p & POOL_MASK) || (changetype<Block>(p).info & SIZE_MASK) != <u32>HEAP_POOL_SIZE) return HEAP_E_POOL;
  if (slot < 8 || slot > HEAP_SMALL_MAX || (slot & 7) || <usize>changetype<Pool>(p).cls != (slot >>> 3) - 1) return HEAP_E_POOL;
  if (cap != (HEAP_POOL_SIZE - POOL_HDR) / slot || u > cap) return HEAP_E_POOL;
  let listed = changetype<Pool>(p).listed;
  if ((listed != 0) != (u < cap) || listed > 2 || (listed == 2 && u != 0)) return HEAP_E_POOL;
  let limit = first + cap * slot;
  if (bump < first || bump > limit || (bump - first) % slot) return HEAP_E_POOL_FREE;
  let n: usize = 0;
  for (let s = <usize>changetype<Pool>(p).free; s; s = <usize>load<u32>(s)) {
    if (++n > cap || s < first || s >= bump || (s - first) % slot) return HEAP_E_POOL_FREE;
  }
  if (u + n + (limit - bump) / slot != cap) return HEAP_E_POOL_FREE;
  return HEAP_OK;
}
