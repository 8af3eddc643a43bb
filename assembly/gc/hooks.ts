// Allocation hooks for instrumentation (allocation sites, per-type accounting). Off unless the host
// asks for tracing; then every object allocation and free is reported here. The memory the hooks
// use for their records is kept outside the program's budget (mem/trace.ts).

/** True while allocation tracing is on (dust run --trace N, tracemalloc.start()). */
export let TRACE_ON: bool = false;

export function setTraceOn(on: bool): void { TRACE_ON = on; }

export function allocHook(o: usize, size: usize): void {}

export function freeHook(o: usize, size: usize): void {}
