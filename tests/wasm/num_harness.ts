/**
 * JS-side driver for tests/wasm/num_entry.ts: places magnitudes (JS bigints as little-endian u32
 * digits) and ASCII text in the instance's memory above scratchBase(), calls the layer-1
 * functions of assembly/num/ and reads the results back. A bump allocator that the test resets
 * between calls owns the scratch region.
 */
import { buildNum } from './num_build.js';

type Fn = (...a: (number | bigint)[]) => number;

export class Num {
  ex: Record<string, Fn>;
  mem: WebAssembly.Memory;
  base: number;
  top: number;

  constructor(mod: WebAssembly.Module) {
    const inst = new WebAssembly.Instance(mod, { env: { abort: () => { throw new Error('abort'); } } });
    this.ex = inst.exports as unknown as Record<string, Fn>;
    this.mem = inst.exports.memory as WebAssembly.Memory;
    this.base = this.ex.scratchBase() >>> 0;
    this.top = this.base;
  }

  reset(): void { this.top = this.base; }

  /** n bytes of scratch, 16-aligned, growing memory as needed. */
  alloc(n: number): number {
    const p = this.top;
    this.top = (this.top + n + 15) & ~15;
    const need = this.top - this.mem.buffer.byteLength;
    if (need > 0) this.mem.grow(Math.ceil(need / 65536) + 1);
    return p;
  }

  u32(): Uint32Array { return new Uint32Array(this.mem.buffer); }
  u8(): Uint8Array { return new Uint8Array(this.mem.buffer); }

  /** |v| as digits in fresh scratch with `extra` spare digits; returns [ptr, length]. */
  put(v: bigint, extra = 0): [number, number] {
    if (v < 0n) v = -v;
    const ds: number[] = [];
    while (v > 0n) { ds.push(Number(v & 0xffffffffn)); v >>= 32n; }
    const p = this.alloc((ds.length + extra + 1) * 4);
    const m = this.u32();
    for (let i = 0; i < ds.length; i++) m[(p >>> 2) + i] = ds[i];
    return [p, ds.length];
  }

  /** The magnitude of n digits at p. */
  get(p: number, n: number): bigint {
    const m = this.u32();
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(m[(p >>> 2) + i]);
    return v;
  }

  /** n digits of scratch. */
  buf(n: number): number { return this.alloc(Math.max(n, 1) * 4 + 16); }

  putAscii(s: string): [number, number] {
    const p = this.alloc(s.length + 1);
    const m = this.u8();
    for (let i = 0; i < s.length; i++) m[p + i] = s.charCodeAt(i);
    return [p, s.length];
  }

  getAscii(p: number, n: number): string {
    return String.fromCharCode(...this.u8().subarray(p, p + n));
  }

  // {==== bigint.ts

  add(a: bigint, b: bigint): bigint {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    const o = this.buf(Math.max(na, nb) + 1);
    return this.get(o, this.ex.bnAdd(pa, na, pb, nb, o));
  }
  sub(a: bigint, b: bigint): bigint {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    const o = this.buf(na);
    return this.get(o, this.ex.bnSub(pa, na, pb, nb, o));
  }
  cmp(a: bigint, b: bigint): number {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    return this.ex.bnCmp(pa, na, pb, nb);
  }
  mul(a: bigint, b: bigint, school = false): bigint {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    const o = this.buf(na + nb);
    const w = this.buf(this.ex.bnMulWork(na, nb));
    const n = school ? this.ex.bnMulSchool(pa, na, pb, nb, o) : this.ex.bnMul(pa, na, pb, nb, o, w);
    return this.get(o, n);
  }
  sqr(a: bigint): bigint {
    this.reset();
    const [pa, na] = this.put(a);
    const o = this.buf(2 * na);
    const w = this.buf(this.ex.bnMulWork(na, na));
    return this.get(o, this.ex.bnMul(pa, na, pa, na, o, w));
  }
  /** [a / b, a % b] for b > 0. */
  divmod(a: bigint, b: bigint): [bigint, bigint] {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    if (na < nb) return [0n, a];
    const q = this.buf(na - nb + 1), r = this.buf(nb), w = this.buf(na + 1 + nb);
    this.ex.bnDivmod(pa, na, pb, nb, q, r, w);
    return [this.get(q, na - nb + 1), this.get(r, nb)];
  }
  shl(a: bigint, s: number): bigint {
    this.reset();
    const [pa, na] = this.put(a);
    const o = this.buf(na + (s >> 5) + 1);
    return this.get(o, this.ex.bnShl(pa, na, BigInt(s), o));
  }
  shr(a: bigint, s: number): bigint {
    this.reset();
    const [pa, na] = this.put(a);
    const o = this.buf(na);
    return this.get(o, this.ex.bnShr(pa, na, BigInt(s), o));
  }
  /** op 0 and, 1 or, 2 xor on signed values. */
  bitop(op: number, a: bigint, b: bigint): bigint {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    const o = this.buf(Math.max(na, nb) + 1);
    const n = this.ex.bnBitop(op, pa, na, a < 0n ? 1 : 0, pb, nb, b < 0n ? 1 : 0, o);
    const neg = op === 0 ? a < 0n && b < 0n : op === 1 ? a < 0n || b < 0n : (a < 0n) !== (b < 0n);
    const m = this.get(o, n);
    return neg ? -m : m;
  }
  pow(a: bigint, e: number): bigint {
    this.reset();
    const [pa, na] = this.put(a);
    const size = Number(this.ex.bnPowSize(pa, na, BigInt(e)));
    const o = this.buf(size), w = this.buf(this.ex.bnPowWork(size));
    return this.get(o, this.ex.bnPow(pa, na, BigInt(e), o, size, w));
  }
  powmod(a: bigint, e: bigint, m: bigint): bigint {
    this.reset();
    const [pa, na] = this.put(a % m), [pe, ne] = this.put(e), [pm, nm] = this.put(m);
    const o = this.buf(nm), w = this.buf(this.ex.bnPowModWork(nm));
    return this.get(o, this.ex.bnPowMod(pa, na, pe, ne, pm, nm, o, w));
  }
  toF64(a: bigint): number {
    this.reset();
    const [pa, na] = this.put(a);
    return this.ex.bnToF64(pa, na);
  }
  fromF64(x: number): bigint {
    this.reset();
    const o = this.buf(34);
    return this.get(o, this.ex.bnFromF64(x, o));
  }
  trueDiv(a: bigint, b: bigint): number {
    this.reset();
    const [pa, na] = this.put(a), [pb, nb] = this.put(b);
    const w = this.buf(this.ex.bnTrueDivWork(na, nb));
    return this.ex.bnTrueDiv(pa, na, pb, nb, w);
  }
  toBase(a: bigint, base: number): string {
    this.reset();
    const [pa, na] = this.put(a);
    const o = this.alloc(this.ex.bnStrSize(na, base) + 8), w = this.buf(na);
    return this.getAscii(o, this.ex.bnToBase(pa, na, base, o, w));
  }
  fromBase(s: string, base: number): bigint {
    this.reset();
    const [ps, n] = this.putAscii(s);
    const o = this.buf(this.ex.bnFromBaseSize(n, base));
    return this.get(o, this.ex.bnFromBase(ps, n, base, o));
  }
  // }====

  // {==== dtoa.ts

  /** [digits, decpt] of the shortest repr of x > 0. */
  shortest(x: number): [string, number] {
    this.ex.dtoaShortest(x);
    return [this.getAscii(this.ex.digitsPtr() >>> 0, this.ex.digitsCount()), this.ex.digitsDecpt()];
  }
  fixed(x: number, mode: number, nd: number): [string, number] {
    this.ex.dtoaFixed(x, mode, nd);
    return [this.getAscii(this.ex.digitsPtr() >>> 0, this.ex.digitsCount()), this.ex.digitsDecpt()];
  }
  repr(x: number): string {
    this.reset();
    const o = this.alloc(32);
    return this.getAscii(o, this.ex.dtoaRepr(x, o));
  }
  /** PyOS_double_to_string(x, code, precision, flags). */
  format(x: number, code: string, precision: number, flags: number): string {
    this.reset();
    const n = this.ex.dtoaPrepare(x, code.charCodeAt(0), precision, flags);
    const o = this.alloc(n + 8);
    const m = this.ex.dtoaEmit(o);
    if (m !== n) throw new Error(`dtoaEmit wrote ${m}, prepared ${n}`);
    return this.getAscii(o, n);
  }
  /** float(text): the value, or null when invalid. */
  parse(text: string): number | null {
    this.reset();
    const [p, n] = this.putAscii(text);
    const v = this.ex.strtodParse(p, n);
    return this.ex.parseErr() ? null : v;
  }
  /** float.fromhex(text): the value, 'invalid' or 'overflow'. */
  fromHex(text: string): number | string {
    this.reset();
    const [p, n] = this.putAscii(text);
    const v = this.ex.strtodParseHex(p, n);
    const e = this.ex.parseErr();
    return e === 1 ? 'invalid' : e === 2 ? 'overflow' : v;
  }
  hex(x: number): string {
    this.reset();
    const o = this.alloc(32);
    return this.getAscii(o, this.ex.strtodHex(x, o));
  }
  // }====
}

export async function buildLayer1(): Promise<WebAssembly.Module> {
  return (await buildNum('tests/wasm/num_entry.ts', ['--runtime', 'stub'])).module;
}
