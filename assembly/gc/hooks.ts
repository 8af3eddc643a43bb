// Allocation hooks for instrumentation (allocation sites, per-type accounting). Off unless the host
// asks for tracing; then every object allocation and free is reported here. The memory the hooks
// use for their records is kept outside the program's budget (mem/trace.ts).

/** True while allocation tracing is on (dust run --trace N, tracemalloc.start()). */
export let TRACE_ON: bool = false;

export function setTraceOn(on: bool): void { TRACE_ON = on; }

export function allocHook(o: usize, size: usize): void {}

export function freeHook(o: usize, size: usize): void {}

/**
 * Called by the cycle collector (gc/cycles.ts) for every object it is about to free, before it
 * clears the object (so its fields, type and size are still intact): `o` is the object, `type` its
 * type. Objects kept by DEBUG_SAVEALL are not reported; an object that survives its own clear (a
 * finalizer elsewhere resurrected it) was reported all the same. The lingering report (issue 5)
 * records type, size and allocation site here; until it exists this is a no-op.
 */
export function lingerHook(o: usize, type: usize): void {}
