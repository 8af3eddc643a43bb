/**
 * Layer 1 of the numeric code (assembly/num/: bigint.ts, dtoa.ts, strtod.ts) against CPython
 * 3.11: the fixtures in tests/unit/tools/num_*.json are what python3 printed (regenerate with
 * `python3 tests/unit/tools/num_gen.py`). Magnitude operations are driven with the operands of
 * the Python cases and checked against JS bigint arithmetic on the same operands (exact), and
 * against Python's own results wherever the result does not depend on a sign convention that
 * lives in layer 2 (obj/int.ts): bitwise ops, true division, float(int), bit_length, text in
 * bases 2..36; and repr / format / float() / hex for floats.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Num, buildLayer1 } from '../wasm/num_harness.js';
import { ROOT } from '../wasm/num_build.js';

const fx = (name: string) => JSON.parse(readFileSync(join(ROOT, 'tests/unit/tools', name), 'utf8'));
const INT = fx('num_int.json');
const FLOAT = fx('num_float.json');
const FMT = fx('num_fmt.json');

let n: Num;
beforeAll(async () => { n = new Num(await buildLayer1()); });

const abs = (v: bigint) => (v < 0n ? -v : v);
/** Python's repr of a float result (or "!Error: …") as a JS number; Infinity for overflow. */
function pyFloat(s: string): number {
  if (s.startsWith('!OverflowError')) return Infinity;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}
/** Collects mismatches so one failing case reports with its inputs instead of stopping. */
function collector() {
  const bad: string[] = [];
  let count = 0;
  return {
    check(ok: boolean, what: () => string) { count++; if (!ok && bad.length < 20) bad.push(what()); },
    done() { expect(bad).toEqual([]); return count; },
  };
}

describe('bigint.ts magnitudes', () => {
  it('add, sub, mul, divmod, shifts, compare on the Python operands', () => {
    const c = collector();
    for (const k of INT.ops) {
      const a = abs(BigInt(k.a)), b = abs(BigInt(k.b));
      c.check(n.add(a, b) === a + b, () => `add ${k.a} ${k.b}`);
      if (a >= b) c.check(n.sub(a, b) === a - b, () => `sub ${k.a} ${k.b}`);
      c.check(n.mul(a, b) === abs(BigInt(k.mul)), () => `mul ${k.a} ${k.b}`);
      c.check(n.sqr(a) === a * a, () => `sqr ${k.a}`);
      c.check(n.cmp(a, b) === (a > b ? 1 : a < b ? -1 : 0), () => `cmp ${k.a} ${k.b}`);
      if (b !== 0n) {
        const [q, r] = n.divmod(a, b);
        c.check(q === a / b && r === a % b, () => `divmod ${k.a} ${k.b}`);
      }
      c.check(n.shl(a, k.s) === abs(BigInt(k.lshift)), () => `shl ${k.a} ${k.s}`);
      c.check(n.shr(a, k.s) === a >> BigInt(k.s), () => `shr ${k.a} ${k.s}`);
      c.check(n.ex.bnBitLength(...n.put(a)) === BigInt(k.bitlen) as unknown, () => `bitlen ${k.a}`);
    }
    expect(c.done()).toBeGreaterThan(10000);
  });

  it('and, or, xor in infinite two\'s complement, as Python', () => {
    const c = collector();
    for (const k of INT.ops) {
      const a = BigInt(k.a), b = BigInt(k.b);
      c.check(n.bitop(0, a, b) === BigInt(k.and), () => `${k.a} & ${k.b}`);
      c.check(n.bitop(1, a, b) === BigInt(k.or), () => `${k.a} | ${k.b}`);
      c.check(n.bitop(2, a, b) === BigInt(k.xor), () => `${k.a} ^ ${k.b}`);
    }
    expect(c.done()).toBeGreaterThan(4000);
  });

  it('pow and pow with a modulus', () => {
    const c = collector();
    for (const k of INT.ops) {
      const a = abs(BigInt(k.a));
      if (k.e > 0 && a > 0n) c.check(n.pow(a, k.e) === abs(BigInt(k.pow)), () => `${k.a} ** ${k.e}`);
      const m = abs(BigInt(k.m)), e = abs(BigInt(k.b)) % 97n;
      if (m > 0n) {
        let r = 1n % m, base = a % m, x = e;
        while (x > 0n) { if (x & 1n) r = (r * base) % m; base = (base * base) % m; x >>= 1n; }
        c.check(n.powmod(a, e, m) === r, () => `pow(${k.a}, ${e}, ${m})`);
      }
    }
    c.done();
  });

  it('float(int) and int / int correctly rounded, as Python', () => {
    const c = collector();
    for (const k of INT.ops) {
      const a = abs(BigInt(k.a)), b = abs(BigInt(k.b));
      c.check(Object.is(n.toF64(a), Math.abs(pyFloat(k.float))), () => `float(${k.a})`);
      if (b !== 0n) {
        const got = n.trueDiv(a, b), exp = Math.abs(pyFloat(k.truediv));
        c.check(Object.is(got, exp), () => `${k.a} / ${k.b}: ${got} != ${exp}`);
      }
    }
    // exactness at the edges: ties, subnormal quotients, overflow
    const cases: [bigint, bigint, number][] = [
      [2n ** 53n + 1n, 1n, 2 ** 53], [2n ** 53n + 3n, 1n, 2 ** 53 + 4], [1n, 3n, 1 / 3],
      [1n, 10n ** 400n, 0], [1n, 2n ** 1074n, 5e-324], [1n, 2n ** 1075n, 0], [3n, 2n ** 1076n, 5e-324],
      [10n ** 400n, 10n ** 92n, 1e308], [2n ** 1024n, 1n, Infinity], [2n ** 1024n - 2n ** 970n, 1n, Infinity],
      [2n ** 1024n - 2n ** 970n - 1n, 1n, 1.7976931348623157e308],
    ];
    for (const [a, b, exp] of cases) c.check(Object.is(n.trueDiv(a, b), exp), () => `${a} / ${b}`);
    expect(c.done()).toBeGreaterThan(3000);
  });

  it('from f64', () => {
    const c = collector();
    for (const x of [0, 0.5, 1, 1.5, 2 ** 52 + 1, 2 ** 53, 1e22, 1e300, 1.7976931348623157e308, 12345.0]) {
      c.check(n.fromF64(x) === BigInt(Math.trunc(x)), () => `int(${x})`);
    }
    c.done();
  });

  it('text in bases 2..36 both ways, as Python', () => {
    const c = collector();
    for (const [v, base, s] of INT.bases as [string, number, string][]) {
      const m = abs(BigInt(v));
      const digits = s.replace('-', '');
      c.check(n.toBase(m, base) === digits, () => `${v} in base ${base}`);
      c.check(n.fromBase(digits, base) === m, () => `int('${digits}', ${base})`);
    }
    expect(c.done()).toBe(3000);
  });

  it('Karatsuba agrees with schoolbook far above the cutoff, lopsided included', () => {
    const c = collector();
    let seed = 7n;
    const rnd = (bits: number) => { let v = 0n; for (let i = 0; i < bits; i += 61) { seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); v = (v << 61n) | (seed >> 3n); } return v >> BigInt(Math.ceil(bits / 61) * 61 - bits); };
    for (const [ab, bb] of [[3000, 3000], [20000, 19000], [40000, 3000], [9000, 1600], [100000, 100000]]) {
      const a = rnd(ab), b = rnd(bb);
      c.check(n.mul(a, b) === a * b, () => `mul ${ab}x${bb}`);
      c.check(n.sqr(a) === a * a, () => `sqr ${ab}`);
    }
    c.done();
  });
});

describe('dtoa.ts and strtod.ts', () => {
  it('repr(float) for random doubles, subnormals, powers of ten and their neighbours', () => {
    const c = collector();
    for (const [x, r] of FLOAT.repr as [string, string][]) {
      const got = n.repr(pyFloat(x));
      c.check(got === r, () => `repr(${x}) = ${got}`);
    }
    expect(c.done()).toBeGreaterThan(5000);
  });

  it('format codes e f g E F G % with precisions 0..1100, # and the None type', () => {
    const c = collector();
    const DT_ALT = 1, DT_ADD_DOT_0 = 2, DT_UPPER = 4, DT_SIGN = 8, DT_NO_NEG_0 = 16;
    for (const [xs, spec, exp] of FMT.double as [string, string, string][]) {
      const m = /^(z?)(#?)(\+?)(?:\.(\d+))?([efgEFG%]?)$/.exec(spec);
      if (!m) continue;      // ' ' sign: format.ts (layer 2)
      const x = pyFloat(xs);
      let flags = (m[1] ? DT_NO_NEG_0 : 0) | (m[2] ? DT_ALT : 0) | (m[3] ? DT_SIGN : 0);
      let type = m[5], prec = m[4] === undefined ? -1 : Number(m[4]);
      let v = x, pct = false;
      if (type === '%') { type = 'f'; v = x * 100; pct = true; }
      if (type !== '' && type === type.toUpperCase()) { flags |= DT_UPPER; type = type.toLowerCase(); }
      if (type === '') { flags |= DT_ADD_DOT_0; type = prec < 0 ? 'r' : 'g'; }
      if (prec < 0) prec = type === 'r' ? 0 : 6;
      const got = n.format(v, type, prec, flags) + (pct ? '%' : '');
      c.check(got === exp, () => `format(${xs}, '${spec}') = ${got}, want ${exp}`);
    }
    expect(c.done()).toBeGreaterThan(20000);
  });

  it('float(text): halfway cases, long inputs, underscores, errors', () => {
    const c = collector();
    for (const [s, exp] of FLOAT.parse as [string, string][]) {
      if (/[^\x00-\x7f]/.test(s)) continue;      // Unicode digits/spaces: float.ts maps them
      const got = n.parse(s);
      if (exp.startsWith('!')) c.check(got === null, () => `float(${JSON.stringify(s)}) = ${got}, want error`);
      else c.check(got !== null && Object.is(got, pyFloat(exp)) || (Number.isNaN(got) && exp === 'nan'),
        () => `float(${JSON.stringify(s).slice(0, 80)}) = ${got}, want ${exp}`);
    }
    expect(c.done()).toBeGreaterThan(4000);
  });

  it('float.hex() and float.fromhex()', () => {
    const c = collector();
    for (const [x, h] of FLOAT.hex.to as [string, string][]) c.check(n.hex(pyFloat(x)) === h, () => `hex(${x})`);
    for (const [s, exp] of FLOAT.hex.from as [string, string][]) {
      const got = n.fromHex(s);
      if (exp.startsWith('!ValueError')) c.check(got === 'invalid', () => `fromhex(${s}) = ${got}`);
      else if (exp.startsWith('!OverflowError')) c.check(got === 'overflow', () => `fromhex(${s}) = ${got}`);
      else c.check(Object.is(got, pyFloat(exp)) || (exp === 'nan' && Number.isNaN(got)), () => `fromhex(${s}) = ${got}, want ${exp}`);
    }
    expect(c.done()).toBeGreaterThan(1000);
  });

  it('shortest digits agree with V8 (same shortest-closest rule) on 200,000 random doubles', () => {
    const c = collector();
    const dv = new DataView(new ArrayBuffer(8));
    let s = 12345;
    const r32 = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return s >>> 0; };
    for (let i = 0; i < 200000; i++) {
      dv.setUint32(0, r32()); dv.setUint32(4, r32());
      const x = Math.abs(dv.getFloat64(0));
      if (!Number.isFinite(x) || x === 0) continue;
      const [d, k] = n.shortest(x);
      const [m, e] = x.toExponential().split('e');
      const jd = m.replace('.', '').replace(/0+$/, '');
      c.check(d === jd && k === Number(e) + 1, () => `${x}: ${d}e${k}`);
      const back = n.parse(`0.${d}e${k}`);
      c.check(back === x, () => `parse(0.${d}e${k}) = ${back} != ${x}`);
    }
    c.done();
  });
});
