/**
 * Running a program: a Core over a set of modules (from an archive, or compiled from source on
 * demand by the caller's finder), with output collected or streamed.
 */
import { Core, CoreError, type HostModules } from './core.js';
import type { Tunables } from './tunables.js';
import type { ArchiveModule, Archive } from '../archive/archive.js';

export interface RunOptions {
  budget: number;
  tunables?: Partial<Tunables>;
  /** Where output goes; default: collected into the result. */
  stdout?: (b: Uint8Array) => void;
  stderr?: (b: Uint8Array) => void;
  /** Drop the modules after the run and compare the heap with its start-up baseline. */
  leakCheck?: boolean;
  /** Source text for files without a module (tracebacks). */
  readSource?: (file: string) => string | undefined;
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  heapPeak: number;
  /** After cleanup: bytes in use above the start-up baseline (0 = no leak). Only with leakCheck. */
  leaked?: number;
  heapCheck?: number;
  loadError?: { module: string; reason: string };
}

/** A module finder over an archive: __main__ is the archive's main module. */
export function archiveFinder(ar: Archive): (name: string) => ArchiveModule | undefined {
  return (name) => ar.modules.get(name === '__main__' ? ar.main : name) ?? (name !== '__main__' ? undefined : undefined);
}

export function runProgram(find: (name: string) => ArchiveModule | undefined, opts: RunOptions): RunResult {
  const out: Uint8Array[] = [], err: Uint8Array[] = [];
  const sources = new Map<string, string[]>();
  let loadError: { module: string; reason: string } | undefined;
  const modules: HostModules = {
    find(name) {
      const m = find(name);
      if (!m) return undefined;
      if (m.source !== undefined) sources.set(m.file, m.source.split('\n'));
      return { code: m.code, file: m.file, isPackage: m.isPackage };
    },
    getline(file, line) {
      let lines = sources.get(file);
      if (!lines && opts.readSource) {
        const text = opts.readSource(file);
        if (text !== undefined) { lines = text.split('\n'); sources.set(file, lines); }
      }
      return lines?.[line - 1];
    },
  };
  const core = new Core({
    budget: opts.budget,
    tunables: opts.tunables,
    stdout: opts.stdout ?? ((b) => out.push(b)),
    stderr: opts.stderr ?? ((b) => err.push(b)),
    modules,
    onLoadFailed: (module, reason) => { loadError = { module, reason }; },
  });
  const status = core.run('__main__');
  const result: RunResult = {
    status, stdout: decode(out), stderr: decode(err), heapPeak: core.heapPeak, loadError,
  };
  if (opts.leakCheck) {
    core.cleanup();
    result.leaked = core.heapUsed - core.baseline;
    result.heapCheck = core.heapCheck();
  }
  return result;
}

function decode(chunks: Uint8Array[]): string {
  const n = chunks.reduce((s, c) => s + c.length, 0);
  const all = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  return new TextDecoder().decode(all);
}

export { CoreError };
