/**
 * JS-side driver for tests/wasm/num_obj_entry.ts: a real core instance (coreInit with a heap
 * budget), values made from text, one operation per call, results read back as repr/str text or
 * "!Type: message". Every value the harness makes is released, so the heap must return to its
 * level before each case (leak check).
 */
import { buildNum } from './num_build.js';

type Fn = (...a: (number | bigint)[]) => number;

export const OP = {
  add: 0, sub: 1, mul: 2, floordiv: 3, mod: 4, divmod: 5, truediv: 6, pow: 7, pow3: 8, lshift: 9,
  rshift: 10, and: 11, or: 12, xor: 13, neg: 14, pos: 15, abs: 16, invert: 17, cmp: 18, hash: 19,
  float: 20, bitlen: 21, fromStr: 22, toStr: 23, toBytes: 24, fromBytes: 25, fromF64: 26, round: 27,
  eq: 28, sizeof: 29, asI64: 30,
  fadd: 40, fsub: 41, fmul: 42, fdiv: 43, ffloordiv: 44, fmod: 45, fdivmod: 46, fpow: 47, frepr: 48,
  ffromStr: 49, fhex: 50, ffromHex: 51, fround: 52, fratio: 53, fisint: 54, fhash: 55, fcmpInt: 56,
  fhashObj: 57, formatInt: 60, formatFloat: 61, formatStr: 62,
} as const;

/** A value in the harness's notation: ['i', '123'], ['f', '1.5'], ['s', 'text'], ['b', hex]. */
export type V = ['i' | 'f' | 's' | 'b', string] | ['small', number] | ['none'];

export class NumObj {
  ex: Record<string, Fn>;
  mem: WebAssembly.Memory;
  out: string[] = [];
  private enc = new TextEncoder();
  private dec = new TextDecoder();
  private buf = 0;
  private cap = 1 << 20;

  constructor(mod: WebAssembly.Module, budget = 64 << 20) {
    this.mem = new WebAssembly.Memory({ initial: 4, maximum: Math.ceil(budget / 65536) + 64 });
    const imports = {
      env: { memory: this.mem, abort: () => { throw new Error('core abort'); } },
      host: {
        write: (_fd: number, ptr: number, len: number) => { this.out.push(this.dec.decode(new Uint8Array(this.mem.buffer, ptr >>> 0, len >>> 0))); },
        findModule: () => -1, moduleInfo: () => 0, readModule: () => {}, loadFailed: () => {},
        getline: () => -1, now: () => 0,
      },
    };
    this.ex = new WebAssembly.Instance(mod, imports).exports as unknown as Record<string, Fn>;
    const r = this.ex.coreInit(budget);
    if (r !== 0) throw new Error(`coreInit failed: ${r}`);
    this.buf = this.ex.ntAlloc(this.cap) >>> 0;
  }

  used(): number { this.ex.nFreeListsClear(); return this.ex.coreHeapUsed() >>> 0; }

  private put(s: string): number {
    const b = this.enc.encode(s);
    if (b.length > this.cap) throw new Error('text too long');
    new Uint8Array(this.mem.buffer, this.buf, b.length).set(b);
    return b.length;
  }

  make(v: V): number {
    if (v[0] === 'none') return this.ex.ntNone() >>> 0;
    if (v[0] === 'small') return this.ex.ntSmall(v[1]) >>> 0;
    const kind = { i: 0, f: 1, s: 2, b: 3 }[v[0]];
    if (v[0] === 'b') {
      const bytes = Buffer.from(v[1], 'hex');
      new Uint8Array(this.mem.buffer, this.buf, bytes.length).set(bytes);
      return this.ex.ntMake(kind, this.buf, bytes.length) >>> 0;
    }
    const n = this.put(v[1]);
    const r = this.ex.ntMake(kind, this.buf, n) >>> 0;
    if (r === 0) throw new Error(`cannot make ${v}: ${this.text(0, 0)}`);
    return r;
  }

  /** Text of v (0: the pending exception): mode 0 repr, 1 str. */
  text(v: number, mode: number): string {
    const n = this.ex.ntText(v, mode, this.buf, this.cap);
    if (n < 0) throw new Error(`ntText failed: ${n}`);
    return this.dec.decode(new Uint8Array(this.mem.buffer, this.buf, n));
  }

  /** op(a, b, c) -> repr (mode 0) or str (mode 1) of the result, or "!Type: message". */
  run(op: number, args: V[], mode = 0): string {
    const vals = args.map((a) => this.make(a));
    while (vals.length < 3) vals.push(0);
    const r = this.ex.ntOp(op, vals[0], vals[1], vals[2]) >>> 0;
    const t = this.text(r, mode);
    if (r) this.ex.ntDecref(r);
    for (const v of vals) if (v) this.ex.ntDecref(v);
    return t;
  }
}

export async function buildLayer2(): Promise<{ module: WebAssembly.Module; stubbed: string[] }> {
  return buildNum('tests/wasm/num_obj_entry.ts', ['--runtime', './assembly/rt', '--importMemory', '--initialMemory', '4']);
}
