/**
 * The `dust` command: run, compile, dis. Errors the user can cause are printed as one clear
 * message (or Python's SyntaxError format) with exit status 2; a JS stack only with DUST_DEBUG=1.
 */
import { readFileSync, writeFileSync, writeSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DustError, PySyntaxError, UsageError, ArchiveError } from '../errors.js';
import { PRESETS } from '../presets.js';
import type { Tunables } from '../host/tunables.js';

const VERSION = '0.1.0';

const HELP = `dust ${VERSION} - run precompiled Python inside a fixed memory budget

Usage:
  dust run FILE.py|ARCHIVE.zip [options] [-- ARGS...]
                                    compile (for .py) and run; the exit status is the program's
  dust compile DIR|FILE... -o OUT.zip [--main NAME] [--no-source]
                                    precompile a folder or files into an archive
  dust dis FILE.py|ARCHIVE.zip [MODULE]
                                    print the bytecode of a module
  dust --help | --version

Options for run:
  --heap SIZE          the heap budget (default 256M); suffixes K, M, G (powers of 1024)
  --preset NAME        tunables preset: ${Object.keys(PRESETS).join(', ')}
  --dict-minsize N     smallest dict table, in slots (a power of two)
  --dict-load N/D      grow a dict when it is this full (CPython: 2/3)
  --dict-growth N/D    new dict table size = used * N/D (CPython: 3)
  --float-cache LO:HI  share float objects for integral values LO..HI (empty: off)
  --recursion-limit N  Python call depth limit (default 1000)

Exit status: the program's (0, 1 for an uncaught exception, SystemExit's code);
2 for a syntax error, a bad archive, or bad usage.`;

function out(fd: number, s: string | Uint8Array): void {
  const b = typeof s === 'string' ? new TextEncoder().encode(s) : s;
  let o = 0;
  while (o < b.length) {
    try { o += writeSync(fd, b, o, b.length - o); }
    catch (e: any) { if (e.code === 'EAGAIN') continue; throw e; }
  }
}

/** "256M" -> bytes. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(s.trim());
  if (!m) throw new UsageError(`dust: --heap: bad size '${s}' (use e.g. 512K, 8M, 1G)`);
  const mul = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const v = Math.floor(parseFloat(m[1]) * mul);
  if (v < 64 * 1024) throw new UsageError(`dust: --heap: ${s} is too small (at least 64K)`);
  if (v > 3.5 * 1024 ** 3) throw new UsageError(`dust: --heap: ${s} is too large for a 32-bit heap (at most 3.5G)`);
  return v;
}

function fraction(opt: string, s: string): [number, number] {
  const m = /^(\d+)(?:\/(\d+))?$/.exec(s);
  if (!m || +m[1] <= 0 || (m[2] !== undefined && +m[2] <= 0)) throw new UsageError(`dust: ${opt}: expected N or N/D, got '${s}'`);
  return [+m[1], m[2] ? +m[2] : 1];
}

function tunablesFrom(v: Record<string, any>): Partial<Tunables> {
  const t: Partial<Tunables> = {};
  if (v.preset !== undefined) {
    const p = PRESETS[v.preset];
    if (!p) throw new UsageError(`dust: --preset: unknown preset '${v.preset}' (${Object.keys(PRESETS).join(', ')})`);
    Object.assign(t, p.tunables);
  }
  if (v['dict-minsize'] !== undefined) {
    const n = Number(v['dict-minsize']);
    if (!Number.isInteger(n) || n < 1 || (n & (n - 1)) !== 0 || n > 1 << 20) throw new UsageError(`dust: --dict-minsize: expected a power of two, got '${v['dict-minsize']}'`);
    t.dictMinLog2 = Math.log2(n);
  }
  if (v['dict-load'] !== undefined) {
    const [n, d] = fraction('--dict-load', v['dict-load']);
    if (n >= d) throw new UsageError('dust: --dict-load: must be below 1');
    t.dictLoadN = n; t.dictLoadD = d;
  }
  if (v['dict-growth'] !== undefined) {
    const [n, d] = fraction('--dict-growth', v['dict-growth']);
    if (n <= d) throw new UsageError('dust: --dict-growth: must be above 1');
    t.dictGrowN = n; t.dictGrowD = d;
  }
  if (v['float-cache'] !== undefined) {
    const s = String(v['float-cache']);
    if (s === '') { t.floatCacheMin = 1; t.floatCacheMax = 0; }
    else {
      const m = /^(-?\d+):(-?\d+)$/.exec(s);
      if (!m || +m[1] < -10 || +m[2] > 10) throw new UsageError(`dust: --float-cache: expected LO:HI within -10:10, got '${s}'`);
      t.floatCacheMin = +m[1]; t.floatCacheMax = +m[2];
    }
  }
  if (v['recursion-limit'] !== undefined) {
    const n = Number(v['recursion-limit']);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`dust: --recursion-limit: expected a positive integer`);
    t.recursionLimit = n;
  }
  return t;
}

async function cmdRun(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      heap: { type: 'string' }, preset: { type: 'string' }, 'dict-minsize': { type: 'string' },
      'dict-load': { type: 'string' }, 'dict-growth': { type: 'string' }, 'float-cache': { type: 'string' },
      'recursion-limit': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { out(1, HELP + '\n'); return 0; }
  if (positionals.length < 1) throw new UsageError('dust run: which program? (dust run FILE.py|ARCHIVE.zip)');
  const target = positionals[0];
  const budget = parseSize(values.heap ?? '256M');
  const tunables = tunablesFrom(values);
  if (!existsSync(target)) throw new UsageError(`dust: ${target}: no such file`);
  const { runProgram, archiveFinder } = await import('../host/run.js');
  let find;
  let archivePath: string | null = null;
  if (target.endsWith('.py')) {
    const { sourceFinder } = await import('../build.js');
    find = sourceFinder(target);
    find('__main__');   // a syntax error in the main file is reported before anything runs
  } else {
    const { readArchive } = await import('../archive/archive.js');
    archivePath = target;
    find = archiveFinder(readArchive(readFileSync(target), target));
  }
  const r = runProgram(find, {
    budget, tunables,
    stdout: (b) => out(1, b),
    stderr: (b) => out(2, b),
    readSource: (file) => { try { return readFileSync(file, 'utf8'); } catch { return undefined; } },
  });
  if (r.loadError) {
    out(2, `dust: ${archivePath ?? target}: ${r.loadError.module}: ${r.loadError.reason}\n`);
    return 2;
  }
  return r.status;
}

async function cmdCompile(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { output: { type: 'string', short: 'o' }, main: { type: 'string' }, 'no-source': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { out(1, HELP + '\n'); return 0; }
  if (positionals.length === 0) throw new UsageError('dust compile: nothing to compile (dust compile DIR|FILE... -o OUT.zip)');
  if (!values.output) throw new UsageError('dust compile: where to? (-o OUT.zip)');
  const { compileTree } = await import('../build.js');
  const { writeArchive } = await import('../archive/archive.js');
  const { modules, main } = compileTree(positionals, values.main);
  writeFileSync(values.output, writeArchive(modules, main, !values['no-source']));
  out(1, `dust: wrote ${values.output}: ${modules.length} module${modules.length === 1 ? '' : 's'}, main ${main}\n`);
  return 0;
}

async function cmdDis(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length < 1) throw new UsageError('dust dis: which file? (dust dis FILE.py|ARCHIVE.zip [MODULE])');
  const target = positionals[0];
  const { disassemble } = await import('../bytecode/disasm.js');
  const { deserializeModule } = await import('../bytecode/code.js');
  let code: Uint8Array;
  if (target.endsWith('.py')) {
    const { compileFile } = await import('../build.js');
    code = compileFile(target, '__main__', false).code;
  } else {
    const { readArchive } = await import('../archive/archive.js');
    const ar = readArchive(readFileSync(target), target);
    const name = positionals[1] ?? ar.main;
    const m = ar.modules.get(name);
    if (!m) throw new UsageError(`dust dis: ${target}: no module '${name}' (modules: ${[...ar.modules.keys()].join(', ')})`);
    code = m.code;
  }
  out(1, disassemble(deserializeModule(code)));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case undefined: case '-h': case '--help': case 'help': out(1, HELP + '\n'); return 0;
      case '--version': case '-V': out(1, `dust ${VERSION}\n`); return 0;
      case 'run': return await cmdRun(rest);
      case 'compile': return await cmdCompile(rest);
      case 'dis': return await cmdDis(rest);
      default:
        if (cmd.endsWith('.py') || cmd.endsWith('.zip')) return await cmdRun(argv);
        throw new UsageError(`dust: unknown command '${cmd}' (try dust --help)`);
    }
  } catch (e: any) {
    if (e instanceof PySyntaxError) { out(2, e.format()); return 2; }
    if (e instanceof DustError) { out(2, e.message + '\n'); return e.exitCode; }
    if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      out(2, `dust: ${e.message} (try dust --help)\n`);
      return 2;
    }
    if (process.env.DUST_DEBUG) out(2, String(e?.stack ?? e) + '\n');
    else out(2, `dust: internal error: ${e?.message ?? e}\n(please report it; run with DUST_DEBUG=1 for details)\n`);
    return 70;
  }
}
