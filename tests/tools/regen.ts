/**
 * Regenerates the expected results of the conformance programs from CPython 3.11: for every
 * tests/programs/<area>/<name>.py (or only those under the paths given) it runs `python3 NAME.py`
 * with PYTHONHASHSEED=0 in the program's directory and writes its stdout to NAME.exp. A program that
 * exits non-zero also gets NAME.err: `exit N` and the last line of stderr (what runner.ts compares);
 * a stale NAME.err of a program that now exits 0 is removed. Programs of several modules (a folder
 * NAME/ with __main__.py) run as `python3 NAME` and write NAME.exp beside the folder.
 *
 *   npx tsx tests/tools/regen.ts                      # all programs
 *   npx tsx tests/tools/regen.ts tests/programs/sets  # one area (or single .py files / folders)
 *   npx tsx tests/tools/regen.ts --check              # compare only; exit 1 if any result differs
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const PROGRAMS = join(ROOT, 'tests/programs');
const PYTHON = process.env.PYTHON ?? 'python3';

/** Programs under path: NAME.py files, and NAME/ folders with a __main__.py. */
function collect(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    if (existsSync(join(path, '__main__.py')) && path !== PROGRAMS) { out.push(path); return; }
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.py') && !path.includes('/__main__.py')) {
    // modules of a multi-module program are not programs of their own
    if (!existsSync(join(dirname(path), '__main__.py'))) out.push(path);
  }
}

const version = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
if (version.status !== 0 || !/^Python 3\.11\./.test(version.stdout.trim())) {
  console.error(`regen: ${PYTHON} must be CPython 3.11 (got: ${(version.stdout || version.stderr).trim()})`);
  process.exit(2);
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const paths = args.filter((a) => a !== '--check');
const programs: string[] = [];
for (const p of paths.length ? paths : [PROGRAMS]) collect(resolve(p), programs);

function writeIfChanged(file: string, text: string | null): boolean {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (old === text) return false;
  if (check) return true;
  if (text === null) unlinkSync(file);
  else writeFileSync(file, text);
  return true;
}

let changed = 0;
for (const prog of programs) {
  const isDir = !prog.endsWith('.py');
  const r = spawnSync(PYTHON, [basename(prog)], {
    cwd: dirname(prog),
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 120_000,
  });
  const base = isDir ? prog : prog.replace(/\.py$/, '');
  const rel = prog.slice(ROOT.length + 1);
  if (r.status === null) { console.error(`FAIL ${rel} (${r.error ?? r.signal})`); changed++; continue; }
  const lastErr = (r.stderr ?? '').trimEnd().split('\n').pop() ?? '';
  const diffExp = writeIfChanged(base + '.exp', r.stdout);
  const diffErr = writeIfChanged(base + '.err', r.status === 0 ? null : `exit ${r.status}\n${lastErr}\n`);
  if (diffExp || diffErr) { changed++; console.log(`${check ? 'DIFF' : 'new '} ${rel}`); }
}
console.log(`${programs.length} programs, ${changed} ${check ? 'differ' : 'updated'}`);
process.exit(check && changed ? 1 : 0);
