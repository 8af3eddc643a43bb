/**
 * Microbenchmark of assembly/mem/heap.ts: alloc + free of 16-, 64- and 600-byte objects, timed
 * inside wasm (one JS call runs OPS alloc/free pairs), so the numbers are the allocator's, not
 * the JS-to-wasm boundary's. Run: node --expose-gc --import tsx bench/micro/heap.bench.ts
 *
 * Patterns per size: "lifo 1" allocates one object and frees it at once (the hot temporary of
 * an interpreter loop); "batch 100" allocates 100, then frees them in order (pools fill and
 * empty; blocks split and coalesce). A sentinel allocation stays live throughout, as the core's
 * own objects would, so the heap is never empty.
 */
import { bench, group, run, summary } from 'mitata';
import { buildHeapModule, instantiateHeap, PAGE } from '../../tests/wasm/build.js';

const OPS = 10_000;                 // alloc+free pairs per benchmark call
const BUDGET = 64 << 20;            // bytes

const mod = await buildHeapModule(false);
const h = instantiateHeap(mod, Math.ceil((BUDGET + 65536) / PAGE) + 1);
if (!h.init(h.base, BUDGET)) throw new Error('heapInit failed');
const scratch = h.alloc(4 * 1000);  // pointer array for the batches; also the sentinel
const loop = h.raw.benchAllocFree;

const cases: [number, number][] = [];
for (const size of [16, 64, 600]) for (const batch of [1, 100]) cases.push([size, batch]);

for (const [size, batch] of cases) loop(size, batch, OPS / batch, scratch);   // warm up (Liftoff -> TurboFan)

for (const size of [16, 64, 600]) {
  group(`${size}-byte objects (${OPS} alloc+free pairs per call)`, () => {
    summary(() => {
      for (const batch of [1, 100]) {
        bench(`${size} B ${batch === 1 ? 'lifo 1' : `batch ${batch}`}`, () => loop(size, batch, OPS / batch, scratch));
      }
    });
  });
}

const res = await run();
console.log('\nper alloc+free pair (avg, ns):');
for (const b of res.benchmarks) {
  const stats = b.runs[0]?.stats;
  if (stats) console.log(`  ${b.alias.padEnd(20)} ${(stats.avg / OPS).toFixed(2)} ns   (p50 ${(stats.p50 / OPS).toFixed(2)})`);
}
if (h.check() !== 0 || h.liveCount() !== 1) throw new Error(`heap inconsistent after the bench: ${h.check()}`);
console.log(`heap: used ${h.used()} B, footprint ${h.footprint()} B, grows ${h.grows}`);
