/**
 * The cycle collector (assembly/gc/cycles.ts, traverse.ts) and the gc module, white-box:
 *  - the core is built from the current tree (so the test sees this tree's collector, whatever
 *    build/core.wasm holds) and every program runs with the leak check: after gc.collect() and
 *    coreCleanup's final collections the heap is back at its start-up baseline, and consistent;
 *  - tests/dust/gc programs (Dust-only behaviour) against their hand-reviewed NAME.exp, and their
 *    stderr against NAME.stderr where one exists (addresses, times and start-up object counts
 *    normalised);
 *  - the tests/programs/gc programs again with a collection at almost every safe point (all
 *    thresholds 1): output, heap consistency and leaks must not change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import asc from 'assemblyscript/asc';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunOptions, RunResult } from '../../src/host/run.js';
import type { Archive } from '../../src/archive/archive.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DUST_GC = join(ROOT, 'tests/dust/gc');
const PROGRAMS_GC = join(ROOT, 'tests/programs/gc');

type Runner = (ar: Archive, opts: RunOptions) => RunResult;
let run: Runner;
let compile: (file: string) => Archive;

beforeAll(async () => {
  // build the core from this tree into a temporary file, and point the host at it
  const out = join(mkdtempSync(join(tmpdir(), 'dust-gc-')), 'core.wasm');
  const log: string[] = [];
  const sink = { write: (s: string) => { log.push(String(s)); return true; } } as never;
  const { error } = await asc.main(['--config', join(ROOT, 'asconfig.json'), '--baseDir', ROOT, '--target', 'release', '--outFile', out], {
    stdout: sink, stderr: sink,
  });
  if (error) throw new Error(`asc failed: ${error.message}\n${log.join('')}`);
  process.env.DUST_CORE_WASM = out;
  const { runProgram, archiveFinder } = await import('../../src/host/run.js');
  const { compileTree } = await import('../../src/build.js');
  const { writeArchive, readArchive } = await import('../../src/archive/archive.js');
  run = (ar, opts) => runProgram(archiveFinder(ar), opts);
  compile = (file) => {
    const { modules, main } = compileTree([file]);
    return readArchive(writeArchive(modules, main), basename(file).replace(/\.py$/, '.zip'));
  };
}, 180_000);

/** `# heap: 256K` in a program sets its budget (as in the conformance runner); default 64 MiB. */
function budgetOf(src: string): number {
  const m = /^# heap: (\d+)([KM])/m.exec(src);
  return m ? Number(m[1]) * (m[2] === 'K' ? 1024 : 1024 * 1024) : 64 * 1024 * 1024;
}

/** Run a program source (written to a temporary file) with the leak check. */
function runSource(src: string, tunables = {}): RunResult {
  const dir = mkdtempSync(join(tmpdir(), 'dust-gc-prog-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, src);
  return run(compile(file), { budget: budgetOf(src), leakCheck: true, tunables });
}

/** What differs from run to run or build to build in stderr: addresses, times, start-up counts, paths. */
function normalise(s: string): string {
  return s
    .replace(/0x[0-9a-f]+/g, '0x…')
    .replace(/\d+\.\d{4}s elapsed/g, 'N.NNNNs elapsed')
    .replace(/objects in each generation: \d+ \d+ \d+/g, 'objects in each generation: N N N')
    .replace(/File "[^"]*\//g, 'File "');
}

function pyFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
}

describe('gc: the heap returns to its baseline', () => {
  const cases: [string, string][] = [
    ['list and dict cycles', 'import gc\nfor i in range(1000):\n    l = [i]\n    l.append(l)\n    d = {"l": l}\n    l.append(d)\nprint(gc.collect() >= 0)\n'],
    ['closures (the seed)', 'import gc\ndef make():\n    def f(n):\n        return f if n else None\n    return f\nfor i in range(500):\n    make()\nprint(gc.collect())\n'],
    ['classes and instances', 'import gc\nfor i in range(200):\n    class K:\n        def m(self):\n            return self\n    k = K()\n    k.me = k\n    k.b = k.m\nprint(gc.collect() > 0)\n'],
    ['finalizers and resurrection', 'import gc\nkeep = []\nclass F:\n    def __del__(self):\n        keep.append(self)\nf = F()\nf.me = f\ndel f\ngc.collect()\nkeep.clear()\nprint(gc.collect())\n'],
    ['suspended generators in cycles', 'import gc\ndef g(box):\n    try:\n        yield 1\n    finally:\n        box.clear()\nfor i in range(300):\n    box = []\n    it = g(box)\n    next(it)\n    box.append(it)\nprint(gc.collect() >= 0)\n'],
    ['cycles left at exit', 'class A:\n    pass\na = A()\na.me = a\nl = []\nl.append(l)\ndef f():\n    return f\nprint("bye")\n'],
    ['DEBUG_SAVEALL garbage left at exit', 'import gc\ngc.set_debug(gc.DEBUG_SAVEALL)\nl = []\nl.append(l)\ndel l\nprint(gc.collect(), len(gc.garbage))\n'],
    ['finalizers of cycles left at exit', 'class A:\n    def __del__(self):\n        self.helper()\n    def helper(self):\n        return self.name\na = A()\na.name = "a"\na.me = a\nprint("end")\n'],
    ['frozen objects left at exit', 'import gc\nl = []\nl.append(l)\ngc.freeze()\ndel l\nprint(gc.collect(), gc.get_freeze_count() > 0)\n'],
  ];
  for (const [name, src] of cases) {
    it(name, () => {
      const r = runSource(src);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.heapCheck).toBe(0);
      expect(r.leaked).toBe(0);
    });
  }

  it('counts what CPython counts for a closure cycle', () => {
    const r = runSource('import gc\ngc.collect()\ndef make():\n    def f():\n        return f\n    return f\nmake()\nprint(gc.collect())\n');
    expect(r.stdout).toBe('3\n');
  });

  it('collects automatically at safe points', () => {
    const src = 'import gc\nn = 0\nclass F:\n    def __del__(self):\n        global n\n        n += 1\nfor i in range(5000):\n    f = F()\n    f.me = f\nprint(n > 0)\n';
    expect(runSource(src).stdout).toBe('True\n');
    // with automatic collection disabled nothing is found before the explicit collect()
    expect(runSource('import gc\ngc.disable()\n' + src.slice('import gc\n'.length)).stdout).toBe('False\n');
  });
});

describe('gc: Dust-only programs (tests/dust/gc)', () => {
  for (const f of pyFiles(DUST_GC)) {
    it(f, () => {
      const file = join(DUST_GC, f);
      const src = readFileSync(file, 'utf8');
      const r = run(compile(file), { budget: budgetOf(src), leakCheck: true });
      const base = file.replace(/\.py$/, '');
      expect(r.stdout).toBe(readFileSync(base + '.exp', 'utf8'));
      if (existsSync(base + '.stderr')) expect(normalise(r.stderr)).toBe(readFileSync(base + '.stderr', 'utf8'));
      expect(r.status).toBe(0);
      expect(r.heapCheck).toBe(0);
      expect(r.leaked).toBe(0);
    });
  }
});

describe('gc: collection at every safe point (stress)', () => {
  // programs whose output depends on when collections happen (counts, generations, callbacks)
  const timingDependent = new Set(['collect_generations.py', 'counts_thresholds.py', 'get_objects.py', 'cycle_zoo.py']);
  // callbacks.py appends to a list in every collection's callback: at every safe point, that list
  // grows until the heap is full (CPython with threshold 1 does the same)
  for (const f of pyFiles(PROGRAMS_GC).filter((f) => f !== 'callbacks.py')) {
    it(f, () => {
      const file = join(PROGRAMS_GC, f);
      const ar = compile(file);
      const normal = run(ar, { budget: 64 << 20, leakCheck: true });
      const stressed = run(ar, { budget: 64 << 20, leakCheck: true, tunables: { gcThreshold0: 1, gcThreshold1: 1, gcThreshold2: 1 } });
      if (!timingDependent.has(f)) {
        expect(normalise(stressed.stdout)).toBe(normalise(normal.stdout));
        expect(stressed.status).toBe(normal.status);
      }
      expect(stressed.heapCheck).toBe(0);
      expect(stressed.leaked).toBe(normal.leaked);
    });
  }
});
