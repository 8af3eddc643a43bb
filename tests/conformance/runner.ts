/**
 * The conformance runner: every tests/programs/<area>/<name>.py is compiled to an archive, the
 * archive is read back, and the program runs in a fresh core, the way users run it. Its stdout must
 * equal NAME.exp (what CPython 3.11 printed, tests/tools/regen.ts); when NAME.err exists the exit
 * status and the last line of stderr must match it. After the run the program's modules are dropped
 * and the heap's bytes in use must return to the start-up baseline (refcounting and the cycle
 * collector freed everything), with a consistent heap.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTree } from '../../src/build.js';
import { writeArchive, readArchive } from '../../src/archive/archive.js';
import { runProgram, archiveFinder } from '../../src/host/run.js';
import { PySyntaxError } from '../../src/errors.js';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const PROGRAMS = join(ROOT, 'tests/programs');

/**
 * All programs, as paths relative to tests/programs, sorted: NAME.py files, and folders NAME/ with a
 * __main__.py (a program of several modules; its expected output is NAME.exp beside the folder).
 */
export function listPrograms(dir = PROGRAMS): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) {
        if (existsSync(join(p, '__main__.py'))) { if (existsSync(p + '.exp')) out.push(p.slice(dir.length + 1)); }
        else walk(p);
      } else if (e.endsWith('.py') && existsSync(p.replace(/\.py$/, '.exp'))) out.push(p.slice(dir.length + 1));
    }
  };
  walk(dir);
  return out;
}

export interface Outcome {
  stdout: string;
  status: number;
  lastErr: string;
  leaked: number;
  heapCheck: number;
}

/** Compile, archive, read back, run. Budget: NAME.py may say `# heap: 1M`. */
export function runConformance(rel: string, dir = PROGRAMS): Outcome {
  const file = join(dir, rel);
  const isDir = !rel.endsWith('.py');
  const src = readFileSync(isDir ? join(file, '__main__.py') : file, 'utf8');
  const heapM = /^# heap: (\d+)([KM])/m.exec(src);
  const budget = heapM ? Number(heapM[1]) * (heapM[2] === 'K' ? 1024 : 1024 * 1024) : 64 * 1024 * 1024;
  let archive: Uint8Array;
  try {
    const { modules, main } = compileTree([file]);
    archive = writeArchive(modules, main);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { stdout: '', status: 2, lastErr: `${e.kind}: ${e.msg}`, leaked: 0, heapCheck: 0 };
    }
    throw e;
  }
  const ar = readArchive(archive, basename(file).replace(/\.py$/, '') + '.zip');
  const r = runProgram(archiveFinder(ar), { budget, leakCheck: true });
  const lastErr = r.stderr.trimEnd().split('\n').pop() ?? '';
  return { stdout: r.stdout, status: r.status, lastErr, leaked: r.leaked ?? 0, heapCheck: r.heapCheck ?? 0 };
}

/** The expectation: stdout, exit status, last stderr line (from NAME.err). */
export function expected(rel: string, dir = PROGRAMS): { stdout: string; status: number; lastErr: string | null } {
  const base = join(dir, rel).replace(/\.py$/, '').replace(/\/$/, '');
  const stdout = readFileSync(base + '.exp', 'utf8');
  if (!existsSync(base + '.err')) return { stdout, status: 0, lastErr: null };
  const [st, last] = readFileSync(base + '.err', 'utf8').split('\n');
  return { stdout, status: Number(st.replace('exit ', '')), lastErr: last };
}
