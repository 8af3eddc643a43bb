/**
 * Whole-program comparison with python3: each program under ../shared/bench (the yardstick) and
 * bench/programs runs N times (default 5) under Dust and under python3, alternating, each in a
 * fresh process. Reported: the median in-process time (the program itself: Dust's core.run vs
 * CPython's runpy), the median whole-process time (including start-up and, for Dust, reading the
 * archive and instantiating the core), their ratios, Dust's peak heap, and whether the checksum
 * line matched CPython's.
 *
 *   npx tsx bench/run.ts [--runs N] [--only NAME] [--json results.json]
 *
 * Programs are compiled to archives once, before timing (as users run precompiled code).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTree } from '../src/build.js';
import { writeArchive } from '../src/archive/archive.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared/bench');
const CACHE = join(ROOT, 'bench/.cache');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const RUNS = Number(opt('--runs') ?? 5);
const ONLY = opt('--only');

function programs(): string[] {
  const out: string[] = [];
  if (existsSync(SHARED)) for (const f of readdirSync(SHARED).sort()) if (f.endsWith('.py')) out.push(join(SHARED, f));
  const own = join(ROOT, 'bench/programs');
  if (existsSync(own)) for (const f of readdirSync(own).sort()) if (f.endsWith('.py')) out.push(join(own, f));
  return out.filter((p) => !ONLY || basename(p, '.py') === ONLY);
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

interface Sample { inproc: number; cpu: number; whole: number; out: string; peak?: number }

function runDust(archive: string): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/dust_inproc.ts'), archive], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const whole = performance.now() - t0;
  const m = /^DUST_BENCH (\{.*\})$/m.exec(r.stderr);
  if (!m) throw new Error(`dust failed on ${archive}:\n${r.stderr}`);
  const info = JSON.parse(m[1]);
  return { inproc: info.ms, cpu: info.cpu, whole, out: r.stdout.trim(), peak: info.peak };
}

function runPython(file: string): Sample {
  const code = `import runpy,sys,time\nsys.argv=[${JSON.stringify(file)}]\nt=time.perf_counter()\nc=time.process_time()\nrunpy.run_path(${JSON.stringify(file)}, run_name='__main__')\nprint('PY_BENCH', (time.perf_counter()-t)*1000, (time.process_time()-c)*1000, file=sys.stderr)`;
  const t0 = performance.now();
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const whole = performance.now() - t0;
  const m = /^PY_BENCH ([\d.]+) ([\d.]+)$/m.exec(r.stderr);
  if (!m) throw new Error(`python3 failed on ${file}:\n${r.stderr}`);
  return { inproc: Number(m[1]), cpu: Number(m[2]), whole, out: r.stdout.trim() };
}

mkdirSync(CACHE, { recursive: true });
const rows: Record<string, unknown>[] = [];
const lines: string[] = [];
lines.push(`| program | Dust in-process ms | python3 in-process ms | ratio | Dust whole ms | python3 whole ms | ratio | in-process CPU ratio | Dust peak heap | checksum |`);
lines.push(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---|`);
const ratios: number[] = [], cpuRatios: number[] = [];
for (const file of programs()) {
  const name = basename(file, '.py');
  const archive = join(CACHE, `${name}.zip`);
  const { modules, main } = compileTree([file]);
  writeFileSync(archive, writeArchive(modules, main));
  const d: Sample[] = [], p: Sample[] = [];
  for (let i = 0; i < RUNS; i++) { d.push(runDust(archive)); p.push(runPython(file)); }
  const di = median(d.map((s) => s.inproc)), pi = median(p.map((s) => s.inproc));
  const dw = median(d.map((s) => s.whole)), pw = median(p.map((s) => s.whole));
  const dc = median(d.map((s) => s.cpu)), pc = median(p.map((s) => s.cpu));
  cpuRatios.push(dc / pc);
  const ok = d.every((s) => s.out === p[0].out);
  ratios.push(di / pi);
  const peak = Math.max(...d.map((s) => s.peak ?? 0));
  lines.push(`| ${name} | ${di.toFixed(0)} | ${pi.toFixed(0)} | ${(di / pi).toFixed(2)}x | ${dw.toFixed(0)} | ${pw.toFixed(0)} | ${(dw / pw).toFixed(2)}x | ${(dc / pc).toFixed(2)}x | ${(peak / 1048576).toFixed(1)} MiB | ${ok ? 'ok' : 'MISMATCH: ' + d[0].out} |`);
  rows.push({ name, dustInproc: di, pyInproc: pi, dustWhole: dw, pyWhole: pw, dustCpu: dc, pyCpu: pc, peak, ok });
  console.error(lines[lines.length - 1]);
}
const gmean = (rs: number[]) => Math.exp(rs.reduce((s, r) => s + Math.log(r), 0) / rs.length);
const geo = gmean(ratios);
console.log(lines.join('\n'));
console.log(`\ngeometric mean of in-process ratios: ${geo.toFixed(2)}x wall, ${gmean(cpuRatios).toFixed(2)}x CPU (${RUNS} runs each, medians; node ${process.version})`);
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify({ runs: RUNS, geomean: geo, geomeanCpu: gmean(cpuRatios), rows }, null, 1));
