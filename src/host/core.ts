/**
 * The host side of the core: instantiate build/core.wasm with a memory sized for the budget,
 * answer its imports (output, module lookup, source lines, the clock), and drive a run.
 *
 * One Core is one Python process: create it, run a module, read its statistics, drop it.
 * A wasm trap (a broken invariant in the core) is caught here and reported as an internal error;
 * the instance is never reused after one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { writeTunables, type Tunables } from './tunables.js';

const WASM_PATH = process.env.DUST_CORE_WASM ?? fileURLToPath(new URL('../../build/core.wasm', import.meta.url));
let compiled: WebAssembly.Module | null = null;

/** The compiled core (once per process). */
export function coreModule(): WebAssembly.Module {
  if (!compiled) {
    // TurboFan from the first call: a long first run() would otherwise stay in Liftoff code
    // (notes/stack.md, the tier-up pitfall).
    setFlagsFromString('--no-liftoff');
    compiled = new WebAssembly.Module(readFileSync(WASM_PATH));
  }
  return compiled;
}

/** What the core asks the host for while it runs. */
export interface HostModules {
  /** The module file of a dotted name, or undefined if there is none. */
  find(name: string): { code: Uint8Array; file: string; isPackage: boolean } | undefined;
  /** A source line (1-based) of a file, for tracebacks; undefined when unknown. */
  getline(file: string, line: number): string | undefined;
}

export interface CoreOptions {
  budget: number;                 // bytes
  tunables?: Partial<Tunables>;
  stdout: (bytes: Uint8Array) => void;
  stderr: (bytes: Uint8Array) => void;
  modules: HostModules;
  /** A module file failed verification: the loader's reason. */
  onLoadFailed?: (module: string, reason: string) => void;
}

interface Exports {
  memory: WebAssembly.Memory;
  coreTunables(): number;
  coreScratch(): number;
  coreInit(budget: number): number;
  coreRun(len: number): number;
  coreCleanup(): void;
  coreBaseline(): number;
  coreHeapUsed(): number;
  coreHeapPeak(): number;
  coreHeapCheck(): number;
  coreHeapLargestFree(): number;
  coreHeapTotalFree(): number;
  coreHeapFootprint(): number;
  coreHeapLiveCount(): number;
}

export class CoreError extends Error {}

const PAGE = 65536;
/** Pages beyond the budget for the core's static data and stack (the allocator never uses them). */
const STATIC_PAGES = 64;

export class Core {
  readonly memory: WebAssembly.Memory;
  private ex: Exports;
  private found: { code: Uint8Array; file: string; isPackage: boolean } | undefined;
  private enc = new TextEncoder();
  private dec = new TextDecoder();
  private t0 = performance.now();

  constructor(private opts: CoreOptions) {
    const maxPages = Math.ceil(opts.budget / PAGE) + STATIC_PAGES;
    if (maxPages > 65536) throw new CoreError(`heap budget ${opts.budget} is too large for wasm32 (4 GiB)`);
    this.memory = new WebAssembly.Memory({ initial: 4, maximum: maxPages });
    const imports = {
      env: {
        memory: this.memory,
        abort: (msg: number, file: number, line: number, col: number) => {
          throw new CoreError(`core abort: ${this.asString(msg)} at ${this.asString(file)}:${line}:${col}`);
        },
      },
      host: {
        write: (fd: number, ptr: number, len: number) => {
          const bytes = new Uint8Array(this.memory.buffer, ptr >>> 0, len >>> 0).slice();
          (fd === 2 ? opts.stderr : opts.stdout)(bytes);
        },
        findModule: (ptr: number, len: number) => {
          const name = this.utf8(ptr, len);
          this.found = opts.modules.find(name);
          return this.found ? this.found.code.length : -1;
        },
        moduleInfo: (dst: number, cap: number) => {
          const f = this.found!;
          const b = this.enc.encode(f.file).subarray(0, cap >>> 0);
          new Uint8Array(this.memory.buffer, dst >>> 0, b.length).set(b);
          return (b.length | (f.isPackage ? 0x80000000 : 0)) | 0;
        },
        readModule: (dst: number) => {
          const f = this.found!;
          new Uint8Array(this.memory.buffer, dst >>> 0, f.code.length).set(f.code);
        },
        loadFailed: (np: number, nl: number, mp: number, ml: number) => {
          opts.onLoadFailed?.(this.utf8(np, nl), this.utf8(mp, ml));
        },
        getline: (fp: number, fl: number, line: number, dst: number, cap: number) => {
          const text = opts.modules.getline(this.utf8(fp, fl), line);
          if (text === undefined) return -1;
          const b = this.enc.encode(text).subarray(0, cap >>> 0);
          new Uint8Array(this.memory.buffer, dst >>> 0, b.length).set(b);
          return b.length;
        },
        now: () => (performance.now() - this.t0) / 1000,
      },
    };
    const inst = new WebAssembly.Instance(coreModule(), imports);
    this.ex = inst.exports as unknown as Exports;
    writeTunables(this.memory, this.ex.coreTunables() >>> 0, opts.tunables ?? {});
    const r = this.ex.coreInit(opts.budget >>> 0);
    if (r !== 0) throw new CoreError(`the heap budget of ${opts.budget} bytes is too small to start the interpreter`);
  }

  private utf8(ptr: number, len: number): string {
    return this.dec.decode(new Uint8Array(this.memory.buffer, ptr >>> 0, len >>> 0));
  }

  /** An AssemblyScript string (UTF-16, length in the header) from env.abort. */
  private asString(ptr: number): string {
    if (!ptr) return '?';
    const len = new Uint32Array(this.memory.buffer, (ptr >>> 0) - 4, 1)[0] >>> 1;
    return String.fromCharCode(...new Uint16Array(this.memory.buffer, ptr >>> 0, len));
  }

  /** Import and run module `name` (normally __main__). Returns the exit status. */
  run(name: string): number {
    const b = this.enc.encode(name);
    new Uint8Array(this.memory.buffer, this.ex.coreScratch() >>> 0, b.length).set(b);
    return this.ex.coreRun(b.length);
  }

  /** Drop the program's modules so the heap can return to its start-up baseline. */
  cleanup(): void { this.ex.coreCleanup(); }

  get baseline(): number { return this.ex.coreBaseline() >>> 0; }
  get heapUsed(): number { return this.ex.coreHeapUsed() >>> 0; }
  get heapPeak(): number { return this.ex.coreHeapPeak() >>> 0; }
  get heapLiveCount(): number { return this.ex.coreHeapLiveCount() >>> 0; }
  get largestFree(): number { return this.ex.coreHeapLargestFree() >>> 0; }
  get totalFree(): number { return this.ex.coreHeapTotalFree() >>> 0; }
  get footprint(): number { return this.ex.coreHeapFootprint() >>> 0; }
  heapCheck(): number { return this.ex.coreHeapCheck(); }
}
