/**
 * Builds tests/wasm/heap_entry.ts with the programmatic asc API, with the options the core uses
 * (--runtime ./assembly/rt --importMemory), and wraps an instance for tests and benches:
 * unsigned results, a fresh imported memory, and a count of memory growths.
 */
import asc from 'assemblyscript/asc';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const PAGE = 65536;

/** Compiles the heap test entry; `debug` adds `--use DUST_DEBUG=1` (heapFree's checks). */
export async function buildHeapModule(debug = false): Promise<WebAssembly.Module> {
  const dir = mkdtempSync(join(tmpdir(), 'dust-heap-'));
  const out = join(dir, 'heap.wasm');
  const args = [
    'tests/wasm/heap_entry.ts', '--baseDir', ROOT, '--config', 'tests/wasm/empty_asconfig.json', '--outFile', out,
    '--runtime', './assembly/rt', '--importMemory', '--initialMemory', '1',
    ...(debug ? ['--debug', '--use', 'DUST_DEBUG=1', '-O1'] : ['-O3']),
  ];
  const err: string[] = [];
  const { error } = await asc.main(args, {
    stdout: { write: (s: string) => { err.push(String(s)); return true; } } as never,
    stderr: { write: (s: string) => { err.push(String(s)); return true; } } as never,
  });
  if (error) throw new Error(`asc failed: ${error.message}\n${err.join('')}`);
  try {
    return new WebAssembly.Module(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The heap API with unsigned results (wasm i32 comes back signed). */
export interface Heap {
  memory: WebAssembly.Memory;
  /** memory.buffer.byteLength changes seen by the wrapper so far. */
  grows: number;
  raw: Record<string, (...a: number[]) => number>;
  base: number;
  init(base: number, budget: number): boolean;
  alloc(size: number): number;
  allocZeroed(size: number): number;
  free(ptr: number, size: number): void;
  realloc(ptr: number, oldSize: number, newSize: number): number;
  allocSize(size: number): number;
  used(): number;
  peak(): number;
  resetPeak(): void;
  footprint(): number;
  largestFree(): number;
  totalFree(): number;
  liveCount(): number;
  check(): number;
  bytes(): Uint8Array;
}

export class WasmAbort extends Error {}

/** A fresh instance over a fresh memory of `initialPages`, growable to `maximumPages`. */
export function instantiateHeap(mod: WebAssembly.Module, maximumPages: number, initialPages = 1): Heap {
  const memory = new WebAssembly.Memory({ initial: initialPages, maximum: maximumPages });
  const abort = (msg: number, file: number, line: number, col: number) => {
    throw new WasmAbort(`abort: ${readAsString(memory, msg)} at ${readAsString(memory, file)}:${line}:${col}`);
  };
  const ex = new WebAssembly.Instance(mod, { env: { memory, abort } }).exports as Record<string, (...a: number[]) => number>;
  let len = memory.buffer.byteLength;
  const h: Heap = {
    memory, grows: 0, raw: ex, base: ex.heapBase() >>> 0,
    init: (b, n) => ex.heapInit(b, n) !== 0,
    alloc: (s) => watch(ex.heapAlloc(s) >>> 0),
    allocZeroed: (s) => watch(ex.heapAllocZeroed(s) >>> 0),
    free: (p, s) => { ex.heapFree(p, s); },
    realloc: (p, o, n) => watch(ex.heapRealloc(p, o, n) >>> 0),
    allocSize: (s) => ex.heapAllocSize(s) >>> 0,
    used: () => ex.heapUsed() >>> 0,
    peak: () => ex.heapPeak() >>> 0,
    resetPeak: () => { ex.heapResetPeak(); },
    footprint: () => ex.heapFootprint() >>> 0,
    largestFree: () => ex.heapLargestFree() >>> 0,
    totalFree: () => ex.heapTotalFree() >>> 0,
    liveCount: () => ex.heapLiveCount() >>> 0,
    check: () => ex.heapCheck(),
    bytes: () => new Uint8Array(memory.buffer),
  };
  function watch(r: number): number {
    if (memory.buffer.byteLength !== len) { len = memory.buffer.byteLength; h.grows++; }
    return r;
  }
  return h;
}

/** AS string at ptr (UTF-16, length in the rtSize field at ptr-4). */
function readAsString(memory: WebAssembly.Memory, ptr: number): string {
  if (!ptr) return '';
  const dv = new DataView(memory.buffer);
  const n = dv.getUint32(ptr - 4, true) >>> 1;
  return String.fromCharCode(...new Uint16Array(memory.buffer, ptr, n));
}
