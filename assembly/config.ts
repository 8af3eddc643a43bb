// Every compile-time constant of the core, one block per owner (search for "//@@").
// Each constant sits under a `//@@ NAME: meaning, unit, why this default` line. Runtime
// tunables live in the Tunables struct, not here. Keep each block between its fences.

// {==== heap (assembly/mem/heap.ts)

//@@ HEAP_SMALL_MAX: largest request served from size-class pools, bytes (multiple of 8). Above
//   it a request gets a TLSF block with an 8-byte header. 512 covers every fixed-size Python
//   object and small containers; a pool of 512-byte slots wastes 480 of 4064 bytes (12 %) to
//   tail slack, so raising it past 512 costs more than the 8-byte header it saves.
// @ts-ignore: decorator
@inline export const HEAP_SMALL_MAX: usize = 512;

//@@ HEAP_POOL_SIZE: bytes of one size-class pool, a power of two and its alignment. The pool of
//   any small object is `ptr & ~(HEAP_POOL_SIZE - 1)`, which is why small objects need no
//   header. 4 KiB keeps the unused tail of a class's last pool small in a small budget.
// @ts-ignore: decorator
@inline export const HEAP_POOL_SIZE: usize = 4096;

//@@ HEAP_GROW_STEP: bytes of wasm memory committed per memory.grow, at least (less only when
//   the region end is nearer). memory.grow reallocates or remaps the host buffer and detaches
//   every JS view, so it must be rare: 16 MiB = 256 pages.
// @ts-ignore: decorator
@inline export const HEAP_GROW_STEP: usize = 16 << 20;

//@@ HEAP_SL_BITS: log2 of the TLSF second-level lists per power of two, count. 4 gives 16 lists
//   per doubling, so the O(1) good-fit search never skips a block more than 1/16 above the
//   request, for 68 bytes of control per doubling; 3 halves that and doubles the slack.
// @ts-ignore: decorator
@inline export const HEAP_SL_BITS: u32 = 4;

//@@ HEAP_FIT_SCAN: free blocks of the request's own TLSF list examined, count, before the O(1)
//   good-fit search of the lists above (which skips the own list: not all its blocks fit). A
//   short scan lets a freed block of the same odd size come back instead of splitting a bigger
//   one; 8 bounds the cost. An allocation about to fail scans the whole list.
// @ts-ignore: decorator
@inline export const HEAP_FIT_SCAN: u32 = 8;

//@@ HEAP_KEEP_LAST_POOL: keep a class's only pool when it empties, bool. Without it a loop that
//   allocates and frees one object of an otherwise unused class creates and destroys a pool
//   each time (measured ~33 ns instead of ~11-14 ns per alloc+free). At most one per class is
//   kept; kept pools are released before the heap grows or fails and when it becomes empty,
//   so they never cause a MemoryError.
// @ts-ignore: decorator
@inline export const HEAP_KEEP_LAST_POOL: bool = true;

//@@ HEAP_DEBUG: debug build of the heap, bool, set by `asc --use DUST_DEBUG=1`. heapFree then
//   asserts that the pointer lies in the heap and that the size names the block it frees.
// @ts-ignore: decorator
@inline export const HEAP_DEBUG: bool = isDefined(DUST_DEBUG);

//@@ OP_STATS: count opcode pairs in the interpreter loop (vm/opstats.ts), bool, set by
//   `asc --use DUST_OPSTATS=1`; only for choosing superinstructions.
// @ts-ignore: decorator
@inline export const OP_STATS: bool = isDefined(DUST_OPSTATS);

// }====
