// mem/layout.ts: the drawn layouts of the heap (blocks, pools, the control block) and the
// constants derived from them; heap.ts owns the code. A layout changes here and in heap.ts
// together (grep "ORDER HEAP LAYOUT"). Sizes are pinned by tests/unit/heap.test.ts.

import { HEAP_SMALL_MAX, HEAP_POOL_SIZE, HEAP_SL_BITS } from "../config";

// {==== Layouts

// ╒═ Block (every TLSF block; 8-byte aligned; size includes the header) ═══════════════╕
// │ +0  info      u32  size (multiple of 8, bytes) | POOL 4 | PREV_FREE 2 | FREE 1   │
// │ +4  prevPhys  u32  address of the block just below; valid only if PREV_FREE      │
// ╞═ allocated large block: +8 payload (heapAlloc's pointer) ══════════════════════════╡
// ╞═ free block, size >= 16: listed in the TLSF list of its size ═════════════════════╡
// │ +8  nextFree  u32  next block in the same list, 0 at the end                      │
// │ +12 prevFree  u32  previous block in the list, 0 at the head                      │
// ╞═ free block, size == 8 (a "sliver"): header only, in no list; it exists so any   ╡
// │   remainder of a split can stay free, and it merges when a neighbour is freed.    │
// └──────────────────────────────────────────────────────────────────────────────────┘
@unmanaged export class Block {
  /** Size in bytes (header included, multiple of 8) with the FREE/PREV_FREE/POOL bits. */
  info: u32;
  /** Address of the physical predecessor; only meaningful while PREV_FREE is set. */
  prevPhys: u32;
  /** Free list link (free blocks of 16+ bytes only). */
  nextFree: u32;
  /** Free list link (free blocks of 16+ bytes only). */
  prevFree: u32;
}

// ╒═ Pool (a 4 KiB block at a 4 KiB boundary; its first 8 bytes are the block header) ╕
// │ +0  info      u32  HEAP_POOL_SIZE | POOL (| PREV_FREE)                            │
// │ +4  prevPhys  u32  as in Block                                                    │
// │ +8  next      u32  next pool of the class with a free slot (0: none)              │
// │ +12 prev      u32  previous such pool (0: this is the class head)                 │
// │ +16 free      u32  first freed slot; each free slot's first u32 links the next    │
// │ +20 bump      u32  first never-used slot; slots are carved lazily up to the limit │
// │ +24 slotSize  u16  bytes per slot, 8..HEAP_SMALL_MAX                              │
// │ +26 cap       u16  slots in the pool, (HEAP_POOL_SIZE - 32) / slotSize            │
// │ +28 used      u16  live slots                                                     │
// │ +30 listed    u8   0 full; 1 in the class list (has a free slot); 2 also kept empty│
// │ +31 cls       u8   class index, slotSize / 8 - 1                                  │
// ╞═ +32 slot 0 │ slot 1 │ … │ slot cap-1 │ tail slack (HEAP_POOL_SIZE-32) % slotSize ═╡
@unmanaged export class Pool {
  /** Block header: HEAP_POOL_SIZE | POOL, PREV_FREE when the block below is free. */
  info: u32;
  /** Block header: the block below, if free. */
  prevPhys: u32;
  /** Next pool of the class that has a free slot. */
  next: u32;
  /** Previous pool of the class that has a free slot. */
  prev: u32;
  /** Head of the free-slot list (0: empty). */
  free: u32;
  /** Next never-used slot; slots at and above it are free but unlinked. */
  bump: u32;
  /** Slot size in bytes. */
  slotSize: u16;
  /** Slot count. */
  cap: u16;
  /** Live slot count. */
  used: u16;
  /** 0: full, in no list; 1: in the class list; 2: in it and kept while empty. */
  listed: u8;
  /** Size class index, 0..CLASS_COUNT-1. */
  cls: u8;
}

// ╒═ Control (at start; zeroed by heapInit; counted as metadata) ═══════════════════════╕
// │ +0                 slMaps     u32[flCount]            second-level bitmaps       │
// │ +4·flCount         heads      u32[flCount·SL_COUNT]   TLSF list heads            │
// │ +4·flCount·(1+SL)  classHeads u32[CLASS_COUNT]        pools with a free slot     │
// │ … + 4·CLASS_COUNT  keptOf     u32[CLASS_COUNT]        the class's kept empty pool│
// ╞═ firstBlock = start + controlSize (8-aligned) … blocks … top … wilderness … end ═══╡
// flCount is just enough for a block of the region's size: 1 MiB -> 14 levels, 1,464 bytes
// of control; 256 MiB -> 22 levels, 2,008 bytes.

// }====
// {==== Constants

// @ts-ignore: decorator
@inline export const F_FREE: u32 = 1;
// @ts-ignore: decorator
@inline export const F_PREV_FREE: u32 = 2;
// @ts-ignore: decorator
@inline export const F_POOL: u32 = 4;
// @ts-ignore: decorator
@inline export const SIZE_MASK: u32 = ~7;
/** Block header, bytes: also the payload offset of a large block. */
// @ts-ignore: decorator
@inline export const BLOCK_HDR: usize = 8;
/** Smallest free block that fits in a list (header + two links), bytes. */
// @ts-ignore: decorator
@inline export const MIN_LISTED: usize = 16;
/** Pool header, bytes; slot 0 starts here. */
// @ts-ignore: decorator
@inline export const POOL_HDR: usize = 32;
// @ts-ignore: decorator
@inline export const POOL_MASK: usize = HEAP_POOL_SIZE - 1;
/** Number of small size classes (8, 16, … HEAP_SMALL_MAX bytes). */
// @ts-ignore: decorator
@inline export const CLASS_COUNT: usize = HEAP_SMALL_MAX >> 3;
/** TLSF: log2 of the 8-byte granule, and lists per power of two. */
// @ts-ignore: decorator
@inline export const AL_BITS: u32 = 3;
// @ts-ignore: decorator
@inline export const SL_COUNT: u32 = 1 << HEAP_SL_BITS;
/** Sizes below SB_SIZE (bytes) get exact lists, one per 8 bytes, all in first level 0. */
// @ts-ignore: decorator
@inline export const SB_BITS: u32 = HEAP_SL_BITS + AL_BITS;
// @ts-ignore: decorator
@inline export const SB_SIZE: usize = 1 << SB_BITS;
/** "No list" from listSearch. */
// @ts-ignore: decorator
@inline export const NO_LIST: u32 = 0xFFFFFFFF;
/** Highest address the region may end at, so that addr + 4095 never overflows u32. */
// @ts-ignore: decorator
@inline export const ADDR_LIMIT: usize = 0xFFFF0000;

// heapCheck codes: which invariant broke.
// @ts-ignore: decorator
@inline export const HEAP_OK: i32 = 0;
// @ts-ignore: decorator
@inline export const HEAP_E_UNINIT: i32 = 1;        // heapInit never succeeded
// @ts-ignore: decorator
@inline export const HEAP_E_BOUNDS: i32 = 2;        // top/end/committed out of order
// @ts-ignore: decorator
@inline export const HEAP_E_BLOCK_SIZE: i32 = 3;    // a block's size leaves the tiling
// @ts-ignore: decorator
@inline export const HEAP_E_PREV_FLAG: i32 = 4;     // PREV_FREE disagrees with the block below
// @ts-ignore: decorator
@inline export const HEAP_E_PREV_LINK: i32 = 5;     // prevPhys does not name the block below
// @ts-ignore: decorator
@inline export const HEAP_E_COALESCE: i32 = 6;      // two free blocks touch, or one touches top
// @ts-ignore: decorator
@inline export const HEAP_E_LIST: i32 = 7;          // a TLSF list or bitmap is inconsistent
// @ts-ignore: decorator
@inline export const HEAP_E_POOL: i32 = 8;          // a pool header is invalid
// @ts-ignore: decorator
@inline export const HEAP_E_POOL_FREE: i32 = 9;     // a pool's free slots do not add up
// @ts-ignore: decorator
@inline export const HEAP_E_CLASS_LIST: i32 = 10;   // a class list is inconsistent
// @ts-ignore: decorator
@inline export const HEAP_E_ACCOUNT: i32 = 11;      // used/live/metadata/kept counters disagree

// }====

// Compile-time checks of the heap tunables (assembly/config.ts): the layouts above rely on them.
// @ts-ignore: ERROR is an AS compile-time builtin
if (HEAP_POOL_SIZE & POOL_MASK || HEAP_POOL_SIZE < 1024 || HEAP_POOL_SIZE > 32768) {
  ERROR("HEAP_POOL_SIZE: a power of two, 1 KiB..32 KiB (u16 slot counts)");
}
// @ts-ignore: ERROR is an AS compile-time builtin
if (HEAP_SMALL_MAX & 7 || HEAP_SMALL_MAX < 8 || HEAP_SMALL_MAX > 2048
  || HEAP_SMALL_MAX * 2 > HEAP_POOL_SIZE - POOL_HDR) {
  ERROR("HEAP_SMALL_MAX: a multiple of 8, 8..2048 (u8 class index), two slots per pool");
}
// @ts-ignore: ERROR is an AS compile-time builtin
if (HEAP_SL_BITS < 2 || HEAP_SL_BITS > 5) ERROR("HEAP_SL_BITS: 2..5");
