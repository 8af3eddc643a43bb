/**
 * White-box tests of assembly/mem/heap.ts (and the rt.ts shim) through a test-only wasm entry,
 * tests/wasm/heap_entry.ts, built with the core's runtime and memory options. Every phase ends
 * with heapCheck() == 0; accounting is compared to a JS model of the live set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHeapModule, instantiateHeap, PAGE, WasmAbort, type Heap } from '../wasm/build.js';

const MiB = 1 << 20;
const KiB = 1024;
let release: WebAssembly.Module;
let debug: WebAssembly.Module;

beforeAll(async () => {
  release = await buildHeapModule(false);
  debug = await buildHeapModule(true);
});

/** mulberry32: a seeded PRNG, so every random sequence is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A heap with a `budget`-byte region at __heap_base, in a memory that can hold it (+1 page). */
function fresh(budget: number, mod = release): Heap {
  const probe = instantiateHeap(mod, 1);
  const pages = Math.ceil((probe.base + budget) / PAGE) + 1;
  const h = instantiateHeap(mod, pages);
  expect(h.init(h.base, budget)).toBe(true);
  expect(h.check()).toBe(0);
  return h;
}

/** The live set as the test sees it: ptr -> size, plus the bytes the heap should report. */
class Model {
  live = new Map<number, number>();
  bytes = 0;
  peak = 0;
  constructor(readonly h: Heap) {}
  alloc(size: number): number {
    const p = this.h.alloc(size);
    if (p) this.add(p, size);
    return p;
  }
  add(p: number, size: number): void {
    if (p % 8 !== 0 || this.live.has(p)) throw new Error(`bad pointer ${p} for ${size} bytes`);
    this.live.set(p, size);
    this.bytes += this.h.allocSize(size);
    this.peak = Math.max(this.peak, this.bytes);
  }
  free(p: number): void {
    const size = this.live.get(p)!;
    this.h.free(p, size);
    this.live.delete(p);
    this.bytes -= this.h.allocSize(size);
  }
  freeAll(): void { for (const p of [...this.live.keys()]) this.free(p); }
  /** Fills every live allocation with a pattern keyed by its address. */
  stamp(): void { for (const [p, s] of this.live) this.h.raw.fillPattern(p, s, p); }
  /** True if no allocation overwrote another since stamp(). */
  intact(): boolean {
    for (const [p, s] of this.live) if (!this.h.raw.checkPattern(p, s, p)) return false;
    return true;
  }
  agrees(): void {
    expect(this.h.used()).toBe(this.bytes);
    expect(this.h.liveCount()).toBe(this.live.size);
  }
}

describe('layout and size rules', () => {
  it('pins the header sizes and tunables', () => {
    const h = instantiateHeap(release, 2);
    expect(h.raw.blockHeaderBytes()).toBe(16);   // info, prevPhys | nextFree, prevFree (free only)
    expect(h.raw.poolHeaderBytes()).toBe(32);
    expect(h.raw.smallMax()).toBe(512);
    expect(h.raw.poolSize()).toBe(4096);
    expect(h.raw.growStep()).toBe(16 * MiB);
  });

  it('heapAllocSize: 8-byte classes up to 512, then align8 + 8-byte header', () => {
    const h = instantiateHeap(release, 2);
    const cases: [number, number][] = [
      [0, 8], [1, 8], [8, 8], [9, 16], [24, 24], [25, 32], [511, 512], [512, 512],
      [513, 528], [520, 528], [600, 608], [601, 616], [4096, 4104], [MiB, MiB + 8],
      [0xffff0000, 0xffff0008], [0xffffffff, 0xffffffff],
    ];
    for (const [size, bytes] of cases) expect(h.allocSize(size), `size ${size}`).toBe(bytes);
  });
});

describe('heapCheck finds what it must', () => {
  const corrupt = (mutate: (h: Heap, dv: DataView, small: number, large: number, large2: number) => void) => {
    const h = fresh(MiB);
    const small = h.alloc(16), large = h.alloc(1000), large2 = h.alloc(3000);
    h.alloc(2000);                                    // keeps large2 off the wilderness
    expect(h.check()).toBe(0);
    mutate(h, new DataView(h.memory.buffer), small, large, large2);
    return h.check();
  };
  it('a block size that leaves the tiling', () => {
    expect(corrupt((h, dv, s, l) => dv.setUint32(l - 8, 1 << 30, true))).toBe(3);     // HEAP_E_BLOCK_SIZE
  });
  it('a PREV_FREE tag that lies', () => {
    expect(corrupt((h, dv, s, l) => dv.setUint32(l - 8, dv.getUint32(l - 8, true) | 2, true))).toBe(4);
  });
  it('a free block whose list link is broken', () => {
    expect(corrupt((h, dv, s, l, l2) => { h.free(l2, 3000); dv.setUint32(l2 - 8 + 12, 12345, true); })).toBe(7);
  });
  it('a pool whose live count disagrees with its free slots', () => {
    expect(corrupt((h, dv, s) => { const pool = s & ~4095; dv.setUint16(pool + 28, 5, true); })).toBe(9);
  });
  it('a double free of a small slot', () => {
    expect(corrupt((h, dv, s) => { h.free(s, 16); h.raw.heapFree(s, 16); })).not.toBe(0);
  });
});

describe('init and inputs that must not trap', () => {
  it('refuses before init and with budgets too small or regions past 4 GiB', () => {
    const h = instantiateHeap(release, 2);
    expect(h.alloc(16)).toBe(0);
    expect(h.alloc(1000)).toBe(0);
    expect(h.check()).toBe(1);                        // HEAP_E_UNINIT
    expect(h.largestFree()).toBe(0);
    h.free(0, 16);
    for (const budget of [0, 1, 7, 64, 256]) expect(h.init(h.base, budget), `budget ${budget}`).toBe(false);
    expect(h.init(0xfffff000, 0x2000)).toBe(false);
    expect(h.init(h.base, 0xffffffff)).toBe(false);
    expect(h.alloc(16)).toBe(0);
  });

  it('a failed re-init leaves a heap that refuses everything (no stale state)', () => {
    const h = fresh(MiB);
    expect(h.alloc(16)).not.toBe(0);
    expect(h.alloc(1000)).not.toBe(0);
    expect(h.init(h.base, 100)).toBe(false);
    expect(h.alloc(16)).toBe(0);
    expect(h.alloc(1000)).toBe(0);
    expect(h.footprint()).toBe(0);
    expect(h.check()).toBe(1);
    expect(h.init(h.base, MiB)).toBe(true);           // a new heap: nothing live
    expect(h.liveCount()).toBe(0);
    expect(h.alloc(16)).not.toBe(0);
    expect(h.check()).toBe(0);
  });

  it('heapReset (AS heap.reset) forgets everything', () => {
    const h = fresh(MiB);
    for (let i = 0; i < 100; i++) h.alloc(i * 37);
    expect(h.raw.heapReset()).toBe(1);
    expect(h.used()).toBe(0);
    expect(h.liveCount()).toBe(0);
    expect(h.footprint()).toBeLessThan(4096);
    expect(h.check()).toBe(0);
    expect(h.alloc(100)).not.toBe(0);
  });

  it('a budget smaller than one pool: small allocations fail, large ones may succeed', () => {
    const h = fresh(3000);
    expect(h.alloc(16)).toBe(0);
    expect(h.alloc(0)).toBe(0);
    const room = h.totalFree();                        // 3000 - the control block
    const ptrs: number[] = [];
    for (let p; (p = h.alloc(600)); ) ptrs.push(p);
    expect(ptrs.length).toBe(Math.floor(room / 608));
    expect(h.used()).toBeLessThanOrEqual(3000);
    h.free(ptrs[0], 600);
    expect(h.check()).toBe(0);
    expect(h.largestFree()).toBeGreaterThanOrEqual(600);
  });

  it('size 0, huge sizes and bad reallocs return 0 or a valid block, never trap', () => {
    const h = fresh(MiB);
    const a = h.alloc(0), b = h.alloc(0);
    expect(a).not.toBe(0);
    expect(b).not.toBe(a);
    for (const s of [0xffffffff, 0xfffffff8, 0xfffffff0, 0x80000000, 0x7fffffff, MiB, MiB + 1]) {
      expect(h.alloc(s), `size ${s}`).toBe(0);
      expect(h.allocZeroed(s), `zeroed ${s}`).toBe(0);
    }
    const c = h.alloc(1000);
    h.raw.fillPattern(c, 1000, 3);
    for (const s of [0xffffffff, 0x80000000, 2 * MiB]) expect(h.realloc(c, 1000, s)).toBe(0);
    expect(h.raw.checkPattern(c, 1000, 3)).toBe(1);
    expect(h.realloc(0, 0, 24)).not.toBe(0);          // realloc(0, …) allocates
    h.free(0, 0xffffffff);
    h.free(a, 0); h.free(b, 0); h.free(c, 1000);
    expect(h.check()).toBe(0);
  });
});

describe('alloc/free patterns', () => {
  const sizes = (r: () => number, n: number, maxSmall: number, largeEvery: number) =>
    Array.from({ length: n }, (_, i) => (i % largeEvery === 0 ? 513 + Math.floor(r() * 6000) : Math.floor(r() * maxSmall)));

  for (const order of ['LIFO', 'FIFO', 'random'] as const) {
    it(`${order}: mixed small and large, no overlap, all returned`, () => {
      const h = fresh(4 * MiB);
      const m = new Model(h);
      const r = rng(42);
      const ptrs = sizes(r, 3000, 513, 10).map((s) => { const p = m.alloc(s); expect(p).not.toBe(0); return p; });
      m.agrees();
      m.stamp();
      expect(m.intact()).toBe(true);
      expect(h.check()).toBe(0);
      const seq = order === 'LIFO' ? ptrs.reverse() : order === 'FIFO' ? ptrs : ptrs.sort(() => r() - 0.5);
      seq.forEach((p, i) => {
        m.free(p);
        if (i % 500 === 0) { expect(h.check()).toBe(0); expect(m.intact()).toBe(true); }
      });
      m.agrees();
      expect(h.used()).toBe(0);
      expect(h.check()).toBe(0);
    });
  }

  it('exact accounting after every step of a random sequence; peak and resetPeak', () => {
    const h = fresh(2 * MiB);
    const m = new Model(h);
    const r = rng(7);
    for (let step = 0; step < 4000; step++) {
      if (m.live.size && r() < 0.45) {
        const keys = [...m.live.keys()];
        m.free(keys[Math.floor(r() * keys.length)]);
      } else {
        const s = r() < 0.85 ? Math.floor(r() * 520) : 513 + Math.floor(r() * 3000);
        expect(m.alloc(s)).not.toBe(0);
      }
      expect(h.used()).toBe(m.bytes);
      expect(h.peak()).toBe(m.peak);
      if (step % 400 === 0) expect(h.check()).toBe(0);
    }
    m.agrees();
    expect(h.check()).toBe(0);
    h.resetPeak();
    expect(h.peak()).toBe(h.used());
    m.freeAll();
    expect(h.peak()).toBe(m.peak > 0 ? h.peak() : 0);
    expect(h.used()).toBe(0);
    expect(h.check()).toBe(0);
  });

  it('heapAllocZeroed zeroes reused memory', () => {
    const h = fresh(MiB);
    for (const s of [16, 200, 512, 700, 5000]) {
      const p = h.alloc(s);
      h.raw.fillPattern(p, s, 99);
      h.free(p, s);
      const q = h.allocZeroed(s);
      expect(q).toBe(p);                               // same class/block comes back first
      expect(h.bytes().subarray(q, q + s).every((b) => b === 0)).toBe(true);
      h.free(q, s);
    }
    expect(h.check()).toBe(0);
  });
});

describe('reuse', () => {
  it('free then allocate the same sizes: the footprint does not grow', () => {
    const h = fresh(4 * MiB);
    const m = new Model(h);
    const r = rng(1);
    const sizes = Array.from({ length: 2000 }, () => (r() < 0.8 ? Math.floor(r() * 512) : 513 + Math.floor(r() * 5000)));
    for (const s of sizes) m.alloc(s);
    const fp = h.footprint();
    for (let round = 0; round < 5; round++) {
      m.freeAll();
      expect(h.check()).toBe(0);
      for (const s of sizes) expect(m.alloc(s)).not.toBe(0);
      expect(h.footprint()).toBeLessThanOrEqual(fp);
      expect(h.check()).toBe(0);
    }
  });

  it('an emptied pool serves a large allocation', () => {
    const h = fresh(MiB);
    const m = new Model(h);
    const a = m.alloc(5000);                           // a large block below the pools
    for (let i = 0; i < 40 * 254; i++) m.alloc(16);    // 40 pools of 16-byte slots (254 per pool)
    const tail = m.alloc(5000);                        // pins top above the pools
    const fp = h.footprint();
    for (const [p, s] of [...m.live]) if (s === 16) m.free(p);
    expect(h.check()).toBe(0);
    const big = m.alloc(30 * 4096);                    // fits only where the pools were
    expect(big).toBeGreaterThan(a);
    expect(big).toBeLessThan(tail);
    expect(h.footprint()).toBe(fp);
    expect(h.check()).toBe(0);
  });

  it('kept empty pools are reused before the heap grows and never cost a MemoryError', () => {
    const h = fresh(300 * KiB);
    const sentinel = h.alloc(1000);                              // the heap is never empty
    const small: number[] = [];
    for (let c = 8; c <= 512; c += 8) small.push(h.alloc(c));  // one pool per class: 64 x 4 KiB
    expect(small.every((p) => p !== 0)).toBe(true);
    expect(h.alloc(200 * KiB)).toBe(0);
    const fp = h.footprint();
    small.forEach((p, i) => h.free(p, (i + 1) * 8));           // every pool empty, every one kept
    expect(h.footprint()).toBe(fp);
    expect(h.check()).toBe(0);
    small.forEach((_, i) => expect(h.alloc((i + 1) * 8)).toBe(small[i]));   // kept: same slot
    small.forEach((p, i) => h.free(p, (i + 1) * 8));
    const big = h.alloc(200 * KiB);                              // releases the kept pools first
    expect(big).not.toBe(0);
    expect(h.footprint()).toBeLessThanOrEqual(fp);
    expect(h.check()).toBe(0);
    h.free(big, 200 * KiB);
    h.free(sentinel, 1000);
    expect(h.footprint()).toBeLessThan(4096);                   // empty heap: only the control block
  });

  it('random churn (free half, allocate the same sizes, 100 rounds): the footprint stays within 5 %', () => {
    const h = fresh(4 * MiB);
    const m = new Model(h);
    const r = rng(3);
    for (let i = 0; i < 2000; i++) m.alloc(r() < 0.8 ? Math.floor(r() * 512) : 513 + Math.floor(r() * 5000));
    const fp0 = h.footprint();
    let worst = fp0;
    for (let round = 0; round < 100; round++) {
      const gone = [...m.live].filter(() => r() < 0.5);
      for (const [p] of gone) m.free(p);
      for (const [, s] of gone) expect(m.alloc(s)).not.toBe(0);
      worst = Math.max(worst, h.footprint());
    }
    console.log(`[heap] churn: footprint ${fp0} B at first, at most ${worst} B over 100 rounds (+${((worst / fp0 - 1) * 100).toFixed(1)} %)`);
    expect(worst).toBeLessThan(fp0 * 1.05);
    m.agrees();
    expect(h.check()).toBe(0);
  });
});

describe('the budget edge (1 MiB)', () => {
  const BUDGET = MiB;
  function fill(h: Heap, m: Model, next: () => number): { count: number; failSize: number } {
    for (let count = 0; ; count++) {
      const s = next();
      if (!m.alloc(s)) return { count, failSize: s };
      if (count > 1e6) throw new Error('no failure');
    }
  }

  for (const [name, size] of [['16-byte', 16], ['64-byte', 64], ['600-byte', 600], ['64 KiB', 65536]] as const) {
    it(`${name} objects until 0: the last success and the first failure bracket the budget`, () => {
      const h = fresh(BUDGET);
      const m = new Model(h);
      const { count } = fill(h, m, () => size);
      const bytes = h.allocSize(size);
      console.log(`[heap] 1 MiB budget: ${count} x ${size} B fit (${count * bytes} B used, ${h.totalFree()} B free, footprint ${h.footprint()} B)`);
      expect(h.used()).toBe(count * bytes);
      expect(h.used()).toBeLessThanOrEqual(BUDGET);
      expect(h.footprint()).toBeLessThanOrEqual(BUDGET);
      // what is left cannot hold one more object; for pools, not one more pool either (plus the
      // alignment gap below the first pool, which only a large block can use)
      expect(h.totalFree()).toBeLessThan(size <= 512 ? 2 * 4096 + bytes : bytes);
      const L = h.largestFree();
      if (size > 512) expect(L).toBeLessThan(size);
      if (L) { const p = h.alloc(L); expect(p).not.toBe(0); h.free(p, L); }
      expect(h.check()).toBe(0);
      m.freeAll();
      expect(h.check()).toBe(0);
      expect(fill(h, m, () => size).count).toBe(count);   // the same again after freeing all
      expect(h.check()).toBe(0);
    });
  }

  it('random mixed sizes until 0; heapLargestFree is exact; repeatable after freeing all', () => {
    const h = fresh(BUDGET);
    const m = new Model(h);
    const run = () => { const r = rng(2024); return fill(h, m, () => (r() < 0.7 ? Math.floor(r() * 513) : 513 + Math.floor(r() * 20000))); };
    const first = run();
    expect(h.used()).toBeLessThanOrEqual(BUDGET);
    expect(h.used() + h.totalFree()).toBeLessThanOrEqual(BUDGET);
    const L = h.largestFree();
    expect(L).toBeLessThan(first.failSize);
    if (L > 0) {
      const p = h.alloc(L);
      expect(p).not.toBe(0);
      h.free(p, L);
      if (L > 512) expect(h.alloc(L + 8)).toBe(0);
    }
    expect(h.check()).toBe(0);
    m.freeAll();
    expect(h.check()).toBe(0);
    expect(run().count).toBe(first.count);
    expect(h.check()).toBe(0);
  });
});

describe('fuzz: alloc, free, realloc, zeroed under a tight budget', () => {
  for (const seed of [11, 12, 13]) {
    it(`seed ${seed}: contents survive, accounting exact, heapCheck == 0`, () => {
      const h = fresh(512 * KiB);
      const m = new Model(h);
      const r = rng(seed);
      const size = () => { const k = r(); return k < 0.6 ? Math.floor(r() * 520) : k < 0.95 ? 513 + Math.floor(r() * 8000) : Math.floor(r() * 70000); };
      let failures = 0;
      for (let step = 0; step < 3000; step++) {
        const k = r();
        const keys = [...m.live.keys()];
        if (keys.length && k < 0.35) {
          const p = keys[Math.floor(r() * keys.length)];
          expect(h.raw.checkPattern(p, m.live.get(p)!, p)).toBe(1);
          m.free(p);
        } else if (keys.length && k < 0.6) {
          const p = keys[Math.floor(r() * keys.length)];
          const o = m.live.get(p)!, n = size();
          const q = h.realloc(p, o, n);
          if (q) {
            expect(h.raw.checkPattern(q, Math.min(o, n), p)).toBe(1);
            m.live.delete(p); m.bytes -= h.allocSize(o);
            m.add(q, n);
            h.raw.fillPattern(q, n, q);
          } else {
            failures++;
            expect(h.raw.checkPattern(p, o, p)).toBe(1);  // intact
          }
        } else {
          const n = size();
          const p = k < 0.7 ? h.allocZeroed(n) : h.alloc(n);
          if (p) {
            if (k < 0.7) expect(h.bytes().subarray(p, p + n).every((b) => b === 0)).toBe(true);
            m.add(p, n);
            h.raw.fillPattern(p, n, p);
          } else failures++;
        }
        expect(h.used()).toBe(m.bytes);
        expect(h.peak()).toBeGreaterThanOrEqual(h.used());
        if (step % 50 === 0) expect(h.check()).toBe(0);
      }
      expect(failures).toBeGreaterThan(0);               // the budget was hit
      expect(m.intact()).toBe(true);
      m.agrees();
      m.freeAll();
      expect(h.check()).toBe(0);
      expect(h.footprint()).toBeLessThan(4096);
    });
  }
});

describe('realloc', () => {
  it('grows and shrinks across classes and blocks, keeping contents', () => {
    const h = fresh(2 * MiB);
    const steps = [1, 8, 24, 100, 512, 513, 700, 4000, 20000, 3000, 600, 512, 40, 8, 0, 64];
    let p = h.alloc(steps[0]);
    h.raw.fillPattern(p, steps[0], 5);
    let usedBefore = h.allocSize(steps[0]);
    for (let i = 1; i < steps.length; i++) {
      const [o, n] = [steps[i - 1], steps[i]];
      const q = h.realloc(p, o, n);
      expect(q).not.toBe(0);
      expect(h.raw.checkPattern(q, Math.min(o, n), 5), `${o} -> ${n}`).toBe(1);
      h.raw.fillPattern(q, n, 5);
      expect(h.used()).toBe(usedBefore - h.allocSize(o) + h.allocSize(n));
      usedBefore = h.used();
      expect(h.liveCount()).toBe(1);
      expect(h.check()).toBe(0);
      p = q;
    }
    h.free(p, steps[steps.length - 1]);
    expect(h.used()).toBe(0);
  });

  it('grows in place into the wilderness and into a free neighbour; shrinks in place', () => {
    const h = fresh(MiB);
    const a = h.alloc(1000);
    h.raw.fillPattern(a, 1000, 1);
    expect(h.realloc(a, 1000, 50000)).toBe(a);         // a is the top block
    const b = h.alloc(2000);
    expect(h.realloc(a, 50000, 10000)).toBe(a);        // shrink: the tail becomes free
    expect(h.realloc(a, 10000, 40000)).toBe(a);        // and is taken back
    expect(h.raw.checkPattern(a, 1000, 1)).toBe(1);
    const c = h.realloc(a, 40000, 60000);              // b is in the way: moves
    expect(c).not.toBe(a);
    expect(h.raw.checkPattern(c, 1000, 1)).toBe(1);
    expect(h.check()).toBe(0);
    h.free(b, 2000); h.free(c, 60000);
    expect(h.used()).toBe(0);
    expect(h.check()).toBe(0);
  });

  it('fails with the old block intact when the budget cannot hold the new size', () => {
    const h = fresh(MiB);
    const a = h.alloc(400 * KiB);
    const b = h.alloc(400 * KiB);
    h.raw.fillPattern(a, 400 * KiB, 9);
    const used = h.used();
    expect(h.realloc(a, 400 * KiB, 700 * KiB)).toBe(0);
    expect(h.raw.checkPattern(a, 400 * KiB, 9)).toBe(1);
    expect(h.used()).toBe(used);
    expect(h.check()).toBe(0);
    h.free(a, 400 * KiB); h.free(b, 400 * KiB);
  });
});

describe('memory growth', () => {
  it('grows wasm memory in 16 MiB steps, not page by page', () => {
    const budget = 100 * MiB;
    const probe = instantiateHeap(release, 1);
    const h = instantiateHeap(release, Math.ceil((probe.base + budget) / PAGE) + 1);
    expect(h.init(h.base, budget)).toBe(true);
    const sizes = [16, 64, 600, 5000];
    let bytes = 0, n = 0;
    while (bytes < 60 * MiB) { const s = sizes[n++ % 4]; expect(h.alloc(s)).not.toBe(0); bytes += h.allocSize(s); }
    console.log(`[heap] ${n} allocations, footprint ${h.footprint()} B: ${h.grows} memory.grow calls, memory ${h.memory.buffer.byteLength} B`);
    expect(h.grows).toBeLessThanOrEqual(Math.ceil(h.footprint() / (16 * MiB)) + 1);
    expect(h.memory.buffer.byteLength).toBeLessThanOrEqual(h.base + h.footprint() + 16 * MiB + PAGE);
    expect(h.check()).toBe(0);
  });

  it('commits no more than the region, and copes with a host maximum below one step', () => {
    const probe = instantiateHeap(release, 1);
    const budget = 3 * MiB;
    const pages = Math.ceil((probe.base + budget) / PAGE);
    const h = instantiateHeap(release, pages);
    expect(h.init(h.base, budget)).toBe(true);
    let n = 0;
    while (h.alloc(1000)) n++;
    expect(n).toBeGreaterThan(3000);
    expect(h.grows).toBe(1);                            // straight to the region end, once
    expect(h.memory.buffer.byteLength).toBe(pages * PAGE);
    expect(h.check()).toBe(0);
  });

  it('returns 0 (no trap) when the host memory maximum is below the budget', () => {
    const probe = instantiateHeap(release, 1);
    const h = instantiateHeap(release, Math.ceil(probe.base / PAGE) + 4);
    expect(h.init(h.base, 64 * MiB)).toBe(true);
    let n = 0;
    while (h.alloc(4000)) n++;
    expect(n).toBeGreaterThan(40);
    expect(n).toBeLessThan(80);
    expect(h.check()).toBe(0);
  });
});

describe('fragmentation numbers', () => {
  it('largest free vs total free after freeing every other large block', () => {
    const h = fresh(MiB);
    const ptrs: number[] = [];
    for (let p; (p = h.alloc(2000)); ) ptrs.push(p);
    const before = { total: h.totalFree(), largest: h.largestFree() };
    const last = ptrs.length - 1;                       // stays, so no hole touches the wilderness
    ptrs.forEach((p, i) => { if (i % 2 === 0 && i !== last) h.free(p, 2000); });
    const after = { total: h.totalFree(), largest: h.largestFree(), fp: h.footprint(), blocks: ptrs.length };
    console.log(`[heap] 1 MiB of 2000-byte blocks: ${after.blocks} blocks; free every other -> total free ${after.total} B, largest free ${after.largest} B`);
    expect(before.largest).toBeLessThan(2000);
    expect(after.largest).toBe(2000);                    // one 2008-byte hole, header included
    expect(after.total).toBeGreaterThan(((ptrs.length - 1) / 2) * 2000);
    expect(h.check()).toBe(0);
    ptrs.forEach((p, i) => { if (i % 2 === 1 || i === last) h.free(p, 2000); });
    expect(h.largestFree()).toBe(h.totalFree() - 8);    // all coalesced into the wilderness
    expect(h.footprint()).toBeLessThan(4096);           // only the control block is left
    expect(h.check()).toBe(0);
  });

  it('reports overhead per object and the footprint of a 1 MiB workload', () => {
    const h = fresh(8 * MiB);
    const m = new Model(h);
    const r = rng(99);
    let asked = 0;
    while (asked < MiB) {
      const s = r() < 0.9 ? 8 + Math.floor(r() * 120) : 513 + Math.floor(r() * 2000);
      m.alloc(s);
      asked += s;
    }
    const fp = h.footprint();
    console.log(`[heap] 1 MiB asked in ${m.live.size} objects: used ${h.used()} B (${((h.used() / asked - 1) * 100).toFixed(1)} % rounding), footprint ${fp} B (${((fp / asked - 1) * 100).toFixed(1)} % over asked)`);
    expect(fp).toBeLessThan(asked * 1.15);
    for (const s of [16, 64, 600]) {
      const hh = fresh(8 * MiB);
      let n = 0;
      while (n * s < MiB) { hh.alloc(s); n++; }
      console.log(`[heap] ${n} x ${s} B: footprint ${hh.footprint()} B = ${(hh.footprint() / n - s).toFixed(2)} B/object overhead`);
      // pools: header + tail slack shared by a pool's slots; blocks: the 8-byte header; + control
      const perObject = s <= 512 ? (32 + (4064 % s)) / Math.floor(4064 / s) : 8;
      expect(hh.footprint() / n - s).toBeLessThan(perObject + 1);
    }
  });
});

describe('rt.ts: AS-managed allocations come from the same heap', () => {
  it('Array, string and heap.alloc/realloc/free go through heapAlloc and pass heapCheck', () => {
    const h = fresh(MiB);
    expect(h.raw.managedArraySum(1000)).toBe(499500);
    expect(h.used()).toBeGreaterThan(4000);             // the array's buffer is in the budget
    expect(h.liveCount()).toBeGreaterThan(0);
    expect(h.raw.managedStringLength(300)).toBe(600);
    expect(h.raw.rawRoundTrip(10, 3000)).toBe(1);
    expect(h.raw.rawRoundTrip(3000, 10)).toBe(1);
    expect(h.check()).toBe(0);
  });

  it('a managed allocation over budget aborts with a message instead of corrupting memory', () => {
    const h = fresh(64 * KiB);
    expect(() => h.raw.managedArraySum(100000)).toThrow(WasmAbort);
  });
});

describe('debug build (DUST_DEBUG)', () => {
  it('heapFree checks the size of large blocks and the pointer range', () => {
    const h = fresh(MiB, debug);
    const a = h.alloc(1000);
    expect(() => h.free(a, 2000)).toThrow(/size does not match/);
    const k = fresh(MiB, debug);
    expect(() => k.free(k.base + 8 * MiB, 16)).toThrow(/outside the heap/);
    const s = fresh(MiB, debug);
    const p = s.alloc(24);
    expect(() => s.free(p, 48)).toThrow(/class/);
    const d = fresh(MiB, debug);
    const q = d.alloc(2000);
    d.free(q, 2000);
    expect(() => d.free(q, 2000)).toThrow(/outside the heap|not allocated/);
  });

  it('the debug build passes the same random sequence', () => {
    const h = fresh(MiB, debug);
    const m = new Model(h);
    const r = rng(5);
    for (let i = 0; i < 3000; i++) {
      if (m.live.size && r() < 0.5) m.free([...m.live.keys()][Math.floor(r() * m.live.size)]);
      else m.alloc(r() < 0.8 ? Math.floor(r() * 512) : 600 + Math.floor(r() * 4000));
    }
    m.agrees();
    expect(h.check()).toBe(0);
  });
});
