/**
 * Builds the numeric test entries (tests/wasm/num_entry.ts, tests/wasm/num_obj_entry.ts) with the
 * programmatic asc API and an empty config (tests/wasm/empty_asconfig.json), so the core's
 * asconfig.json entries are not pulled in. While the core is being written, a file an entry needs
 * that does not exist yet under assembly/ can be served from tests/wasm/num_stubs/<same path>
 * through asc's readFile hook (none is needed now); a real file always wins over its stub.
 */
import asc from 'assemblyscript/asc';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const STUBS = join(ROOT, 'tests/wasm/num_stubs');

export interface BuildResult { module: WebAssembly.Module; stubbed: string[] }

/** Compiles `entry` (relative to the repo root); extra asc flags in `flags`. */
export async function buildNum(entry: string, flags: string[] = [], forceStubs: string[] = []): Promise<BuildResult> {
  const out: Uint8Array[] = [];
  const log: string[] = [];
  const stubbed: string[] = [];
  // our own (empty) config: asc would otherwise pick up the core's asconfig.json and its entries
  const args = [entry, '--baseDir', ROOT, '--config', 'tests/wasm/empty_asconfig.json', '--outFile', 'num.wasm', '-O3', ...flags];
  const { error } = await asc.main(args, {
    stdout: { write: (s: string) => { log.push(String(s)); return true; } } as never,
    stderr: { write: (s: string) => { log.push(String(s)); return true; } } as never,
    readFile: (name: string, baseDir: string) => {
      const abs = resolve(baseDir, name);
      const rel = relative(join(ROOT, 'assembly'), abs);
      const stub = join(STUBS, rel);
      const useStub = !rel.startsWith('..') && existsSync(stub) &&
        (!existsSync(abs) || forceStubs.includes(rel));
      if (useStub) { stubbed.push(rel); return readFileSync(stub, 'utf8'); }
      return existsSync(abs) ? readFileSync(abs, 'utf8') : null;
    },
    writeFile: (_name: string, contents: Uint8Array | string) => {
      if (typeof contents !== 'string') out.push(contents);
    },
  });
  if (error || out.length === 0) throw new Error(`asc failed: ${error?.message}\n${log.join('')}`);
  return { module: new WebAssembly.Module(out[0]), stubbed };
}

/** AS string at ptr (UTF-16, length in the rtSize field at ptr-4), for abort messages. */
export function readAsString(memory: WebAssembly.Memory, ptr: number): string {
  if (!ptr) return '';
  const dv = new DataView(memory.buffer);
  const n = dv.getUint32(ptr - 4, true) >>> 1;
  return String.fromCharCode(...new Uint16Array(memory.buffer, ptr, n));
}
