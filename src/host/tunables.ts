/**
 * The core's runtime tunables (assembly/vm/tunables.ts): the same fields at the same offsets.
 * ORDER TUNABLES: keep in step with assembly/vm/tunables.ts.
 */
export interface Tunables {
  dictMinLog2: number;     // log2 of the smallest dict table (CPython: 3 -> 8 slots)
  dictLoadN: number;       // max load = N/D of the table (CPython: 2/3)
  dictLoadD: number;
  dictGrowN: number;       // new table >= used * N/D (CPython: 3/1)
  dictGrowD: number;
  floatCacheMin: number;   // integral floats in [min, max] are shared objects (max < min: off)
  floatCacheMax: number;
  recursionLimit: number;
  gcThreshold0: number;
  gcThreshold1: number;
  gcThreshold2: number;
  traceDepth: number;      // frames recorded per allocation (0: no tracing)
  flags: number;           // bit 0: gc enabled at start
}

export const DEFAULT_TUNABLES: Tunables = {
  dictMinLog2: 3, dictLoadN: 2, dictLoadD: 3, dictGrowN: 3, dictGrowD: 1,
  floatCacheMin: -10, floatCacheMax: 10, recursionLimit: 1000,
  gcThreshold0: 700, gcThreshold1: 10, gcThreshold2: 10, traceDepth: 0, flags: 1,
};

const ORDER: (keyof Tunables)[] = [
  'dictMinLog2', 'dictLoadN', 'dictLoadD', 'dictGrowN', 'dictGrowD', 'floatCacheMin', 'floatCacheMax',
  'recursionLimit', 'gcThreshold0', 'gcThreshold1', 'gcThreshold2', 'traceDepth', 'flags',
];

export function writeTunables(mem: WebAssembly.Memory, addr: number, t: Partial<Tunables>): void {
  const all = { ...DEFAULT_TUNABLES, ...t };
  const view = new DataView(mem.buffer);
  ORDER.forEach((k, i) => view.setInt32(addr + 4 * i, all[k] | 0, true));
}
