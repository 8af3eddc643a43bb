/**
 * Regenerates the expected output of the conformance programs: for every tests/programs/<area>/<name>.py
 * (or only those under the paths given as arguments) runs CPython 3.11 as `python3 NAME.py` with
 * PYTHONHASHSEED=0, in the program's directory, and writes its stdout to NAME.exp beside it.
 *
 *   npx tsx tests/tools/regen.ts                      # all programs
 *   npx tsx tests/tools/regen.ts tests/programs/sets  # one area (or single .py files)
 *
 * A program that exits non-zero on purpose (an uncaught exception or a syntax error is part of what
 * it tests) says so on its first line with `# expect: exit N`; then NAME.err records the exit status
 * and the last line of CPython's stderr (`exit N` and the exception line). Any other non-zero exit
 * is reported and the program's files are left untouched.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const PROGRAMS = join(ROOT, 'tests/programs');
const PYTHON = process.env.PYTHON ?? 'python3';

/** Programs: NAME.py files, and folders with a __main__.py (run as `python3 NAME`, output in NAME.exp). */
function collect(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    if (existsSync(join(path, '__main__.py')) && path !== PROGRAMS) { out.push(path); return; }
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.py')) {
    out.push(path);
  }
}

const version = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
if (version.status !== 0 || !/^Python 3\.11\./.test(version.stdout.trim())) {
  console.error(`regen: ${PYTHON} must be CPython 3.11 (got: ${(version.stdout || version.stderr).trim()})`);
  process.exit(2);
}

const files: string[] = [];
for (const arg of process.argv.length > 2 ? process.argv.slice(2) : [PROGRAMS]) collect(resolve(arg), files);

let failed = 0;
for (const file of files) {
  const r = spawnSync(PYTHON, [basename(file)], {
    cwd: dirname(file),
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const rel = file.slice(ROOT.length + 1);
  const isDir = !file.endsWith('.py');
  const expect = /^# expect: exit (\d+)/.exec(readFileSync(isDir ? join(file, '__main__.py') : file, 'utf8'));
  const errFile = file.replace(/\.py$/, '') + '.err';
  if (r.status !== 0 && !(expect && Number(expect[1]) === r.status)) {
    failed++;
    console.error(`FAIL ${rel} (exit ${r.status})\n${r.stderr}`);
    continue;
  }
  if (r.status !== 0) {
    const last = r.stderr.trimEnd().split('\n').pop() ?? '';
    writeFileSync(errFile, `exit ${r.status}\n${last}\n`);
  } else if (existsSync(errFile)) {
    rmSync(errFile);
  }
  writeFileSync(file.replace(/\.py$/, '') + '.exp', r.stdout);
  console.log(`ok   ${rel}`);
}
console.log(`${files.length - failed} regenerated, ${failed} failed`);
process.exit(failed ? 1 : 0);
