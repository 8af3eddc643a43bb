/**
 * Layer 2 of the numeric code (assembly/obj/int.ts, float.ts, format.ts) on a real core instance
 * (tests/wasm/num_obj_entry.ts re-exports assembly/index.ts), against CPython 3.11: the fixtures
 * in tests/unit/tools/num_*.json (python3 tests/unit/tools/num_gen.py). Every case makes its
 * operands from text, applies one operation, and compares the repr/str of the result, or the
 * exception as "!Type: message", with what python3 printed. After each group the heap must be
 * back at its level before the group: no operation leaks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NumObj, buildLayer2, OP, type V } from '../wasm/num_obj_harness.js';
import { ROOT } from '../wasm/num_build.js';

const fx = (name: string) => JSON.parse(readFileSync(join(ROOT, 'tests/unit/tools', name), 'utf8'));
const INT = fx('num_int.json');
const FLOAT = fx('num_float.json');
const FMT = fx('num_fmt.json');
const OPS = fx('num_ops.json');

let n: NumObj;
beforeAll(async () => { n = new NumObj((await buildLayer2()).module); });

const I = (s: string | number | bigint): V => ['i', String(s)];
const F = (s: string): V => ['f', s];
const S = (s: string): V => ['s', s];
const small = (k: number): V => ['small', k];

/** Mismatches with their inputs (the first 20), a case count, and the heap leak check. */
function collector() {
  const bad: string[] = [];
  let count = 0;
  const before = n.used();
  return {
    eq(got: string, want: string, what: () => string) {
      count++;
      if (got !== want && bad.length < 20) bad.push(`${what()}: got ${got.slice(0, 200)}, want ${want.slice(0, 200)}`);
    },
    done() {
      expect(bad).toEqual([]);
      expect(n.used() - before).toBe(0);
      return count;
    },
  };
}

/** Python's floor modulo for bigints. */
const pymod = (a: bigint, m: bigint) => ((a % m) + m) % m;

describe('int.ts against CPython', () => {
  it('arithmetic, division signs, shifts, bitwise ops, pow, float(), hash, bit_length, compare', () => {
    n.ex.ntSetLimit(0);
    const c = collector();
    for (const k of INT.ops) {
      const a = I(k.a), b = I(k.b);
      const w = (op: string) => () => `${op}(${k.a.slice(0, 40)}, ${k.b.slice(0, 40)})`;
      c.eq(n.run(OP.add, [a, b]), k.add, w('add'));
      c.eq(n.run(OP.sub, [a, b]), k.sub, w('sub'));
      c.eq(n.run(OP.mul, [a, b]), k.mul, w('mul'));
      c.eq(n.run(OP.floordiv, [a, b]), k.floordiv, w('floordiv'));
      c.eq(n.run(OP.mod, [a, b]), k.mod, w('mod'));
      c.eq(n.run(OP.truediv, [a, b]), k.truediv, w('truediv'));
      c.eq(n.run(OP.and, [a, b]), k.and, w('and'));
      c.eq(n.run(OP.or, [a, b]), k.or, w('or'));
      c.eq(n.run(OP.xor, [a, b]), k.xor, w('xor'));
      c.eq(n.run(OP.invert, [a]), k.inv, w('invert'));
      c.eq(n.run(OP.lshift, [a, small(k.s)]), k.lshift, w(`lshift ${k.s}`));
      c.eq(n.run(OP.rshift, [a, small(k.s)]), k.rshift, w(`rshift ${k.s}`));
      c.eq(n.run(OP.pow, [a, small(k.e)]), k.pow, w(`pow ${k.e}`));
      const bb = BigInt(k.b);
      const e = bb === 0n ? 0n : pymod(bb, 97n);
      c.eq(n.run(OP.pow3, [a, I(e), I(k.m)]), k.powmod, w(`pow3 ${e} ${k.m}`));
      if (k.powneg !== 'skip') c.eq(n.run(OP.pow, [a, small(-k.e)]), k.powneg, w(`pow -${k.e}`));
      c.eq(n.run(OP.float, [a]), k.float, w('float'));
      c.eq(n.run(OP.hash, [a]), k.hash, w('hash'));
      c.eq(n.run(OP.bitlen, [a]), String(k.bitlen), w('bit_length'));
      c.eq(n.run(OP.cmp, [a, b]), String(k.cmp), w('cmp'));
      c.eq(n.run(OP.divmod, [a, b]), k.floordiv.startsWith('!') ? k.floordiv : `(${k.floordiv}, ${k.mod})`, w('divmod'));
      c.eq(n.run(OP.neg, [a]), String(-BigInt(k.a)), w('neg'));
      c.eq(n.run(OP.abs, [a]), String(BigInt(k.a) < 0n ? -BigInt(k.a) : BigInt(k.a)), w('abs'));
    }
    expect(c.done()).toBeGreaterThan(30000);
    n.ex.ntSetLimit(4300);
  });

  it('pow with a modulus: inverses, negative moduli, errors', () => {
    const c = collector();
    const cases: [string, string, string, string][] = [
      ['3', '-1', '7', '5'], ['-3', '-1', '7', '2'], ['3', '-1', '-7', '-2'], ['0', '-1', '1', '0'],
      ['5', '2', '-7', '-3'], ['-5', '3', '7', '1'], ['2', '-2', '1', '0'],
      ['4', '-1', '6', '!ValueError: base is not invertible for the given modulus'],
      ['2', '3', '0', '!ValueError: pow() 3rd argument cannot be 0'],
      ['0', '-1', '7', '!ValueError: base is not invertible for the given modulus'],
      ['12345678901234567890123', '-1', '1000000000000000000000000000057', '455000017836711823945818266592'],
    ];
    for (const [a, b, m, want] of cases) c.eq(n.run(OP.pow3, [I(a), I(b), I(m)]), want, () => `pow(${a}, ${b}, ${m})`);
    c.eq(n.run(OP.pow, [I(0), small(-1)]), '!ZeroDivisionError: 0.0 cannot be raised to a negative power', () => '0 ** -1');
    c.eq(n.run(OP.pow, [I(2n ** 2000n), small(-1)]), '!OverflowError: int too large to convert to float', () => '2**2000 ** -1');
    c.eq(n.run(OP.lshift, [I(1), I(-1)]), '!ValueError: negative shift count', () => '1 << -1');
    c.eq(n.run(OP.rshift, [I(1), I(-1)]), '!ValueError: negative shift count', () => '1 >> -1');
    c.eq(n.run(OP.lshift, [I(1), I(2n ** 70n)]), '!OverflowError: too many digits in integer', () => '1 << 2**70');
    c.eq(n.run(OP.lshift, [I(0), I(2n ** 70n)]), '0', () => '0 << 2**70');
    c.eq(n.run(OP.rshift, [I(-5), I(2n ** 70n)]), '-1', () => '-5 >> 2**70');
    c.eq(n.run(OP.rshift, [I(-(2n ** 100n)), small(1)]), String(-(2n ** 99n)), () => '-2**100 >> 1');
    c.eq(n.run(OP.lshift, [I(1), I(2n ** 62n)]).split(':')[0], '!MemoryError', () => '1 << 2**62');
    c.done();
  });

  it('int(text, base) with prefixes, underscores, whitespace, Unicode digits and the 4300-digit limit', () => {
    const c = collector();
    for (const [t, base, want] of INT.str.parse as [string, number, string][]) {
      if (want.includes('base must be')) continue;   // checked by int() before int.ts is called
      c.eq(n.run(OP.fromStr, [S(t), small(base)]), want, () => `int(${JSON.stringify(t).slice(0, 60)}, ${base})`);
    }
    for (const [v, base, s] of INT.bases as [string, number, string][]) {
      c.eq(n.run(OP.fromStr, [S(s), small(base)]), v, () => `int('${s}', ${base})`);
      const neg = s.startsWith('-');
      const pre = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
      const want = (neg ? '-' : '') + pre + s.replace('-', '');
      c.eq(n.run(OP.toStr, [I(v), small(base)], 1), want, () => `${v} in base ${base}`);
    }
    for (const [v, r, b, o, h] of INT.str.reprs as string[][]) {
      c.eq(n.run(OP.toStr, [I(v), small(10)], 1), r, () => `str(${v})`);
      c.eq(n.run(OP.toStr, [I(v), small(2)], 1), b, () => `bin(${v})`);
      c.eq(n.run(OP.toStr, [I(v), small(8)], 1), o, () => `oct(${v})`);
      c.eq(n.run(OP.toStr, [I(v), small(16)], 1), h, () => `hex(${v})`);
    }
    for (const [v, want] of INT.str.bigstr as string[][]) c.eq(n.run(OP.toStr, [I(v), small(10)], 1), want, () => `str(${v.length} digits)`);
    c.eq(n.run(OP.fromStr, [['b', Buffer.from(' -42 ').toString('hex')], small(10)]), '-42', () => "int(b' -42 ')");
    expect(c.done()).toBeGreaterThan(4000);
  });

  it('to_bytes and from_bytes, both orders, signed and unsigned', () => {
    const c = collector();
    for (const [v, len, order, signed, want] of INT.bytes.to as [string, number, string, boolean, string][]) {
      const fl = (order === 'little' ? 1 : 0) | (signed ? 2 : 0);
      const got = n.run(OP.toBytes, [I(v), small(len), small(fl)], 1);
      c.eq(got, want, () => `(${v}).to_bytes(${len}, '${order}', signed=${signed})`);
    }
    for (const [hex, order, signed, want] of INT.bytes.from as [string, string, boolean, string][]) {
      const fl = (order === 'little' ? 1 : 0) | (signed ? 2 : 0);
      c.eq(n.run(OP.fromBytes, [['b', hex], small(fl)]), want, () => `int.from_bytes(${hex}, '${order}', ${signed})`);
    }
    expect(c.done()).toBeGreaterThan(5000);
  });

  it('hash(int), int(float), round(int, n), small ints stay tagged', () => {
    const c = collector();
    for (const [v, h] of FLOAT.hash.int as string[][]) c.eq(n.run(OP.hash, [I(v)]), h, () => `hash(${v})`);
    for (const [x, want] of [['1e300', String(BigInt(1e300))], ['-2.5', '-2'], ['1073741823.9', '1073741823'],
      ['-1073741824.5', '-1073741824'], ['inf', '!OverflowError: cannot convert float infinity to integer'],
      ['nan', '!ValueError: cannot convert float NaN to integer']]) {
      c.eq(n.run(OP.fromF64, [F(x)]), want, () => `int(${x})`);
    }
    for (const [v, nd, want] of [['12345', -2, '12300'], ['12350', -2, '12400'], ['12250', -2, '12200'],
      ['-12350', -2, '-12400'], ['5', -1, '0'], ['15', -1, '20'], ['25', -1, '20'], ['7', 3, '7']] as [string, number, string][]) {
      c.eq(n.run(OP.round, [I(v), small(nd)]), want, () => `round(${v}, ${nd})`);
    }
    // a result in the small range is tagged (sizeof 0), one outside is boxed
    c.eq(n.run(OP.sizeof, [['i', String(2n ** 40n - 1n)]]), '24', () => 'sizeof 2**40 (12 + 2 digits, an 8-byte class)');
    for (const op of [OP.sub, OP.floordiv, OP.mod, OP.and, OP.rshift]) {
      c.eq(n.run(OP.sizeof, [['i', '0']]), '0', () => 'sizeof 0');
      const r = n.run(op, [I(2n ** 40n), I(2n ** 40n - 5n)]);
      c.eq(String(BigInt(r) < 2n ** 30n), 'true', () => `op ${op}`);
    }
    c.done();
  });
});

describe('float.ts against CPython', () => {
  it('repr and float(text), Unicode digits and spaces included', () => {
    const c = collector();
    for (const [x, r] of FLOAT.repr as string[][]) c.eq(n.run(OP.frepr, [F(x)], 1), r, () => `repr(${x})`);
    for (const [s, want] of FLOAT.parse as string[][]) c.eq(n.run(OP.ffromStr, [S(s)]), want, () => `float(${JSON.stringify(s).slice(0, 60)})`);
    c.eq(n.run(OP.ffromStr, [['b', Buffer.from(' 1.5 ').toString('hex')]]), '1.5', () => "float(b' 1.5 ')");
    expect(c.done()).toBeGreaterThan(9000);
  });

  it('hex, fromhex, hash, round, as_integer_ratio, is_integer', () => {
    const c = collector();
    for (const [x, h] of FLOAT.hex.to as string[][]) c.eq(n.run(OP.fhex, [F(x)], 1), h, () => `(${x}).hex()`);
    for (const [s, want] of FLOAT.hex.from as string[][]) c.eq(n.run(OP.ffromHex, [S(s)]), want, () => `fromhex(${s.slice(0, 60)})`);
    for (const [x, h] of FLOAT.hash.float as string[][]) c.eq(n.run(OP.fhash, [F(x)]), h, () => `hash(${x})`);
    for (const [x, nd, want] of FLOAT.round as [string, number | null, string][]) {
      c.eq(n.run(OP.fround, [F(x), nd === null ? ['none'] : I(nd)]), want, () => `round(${x}, ${nd})`);
    }
    for (const [x, want] of [['0.75', '(3, 4)'], ['-0.75', '(-3, 4)'], ['0.0', '(0, 1)'], ['-0.0', '(0, 1)'], ['1e300', `(${BigInt(1e300)}, 1)`],
      ['5e-324', `(1, ${2n ** 1074n})`], ['inf', '!OverflowError: cannot convert Infinity to integer ratio'],
      ['nan', '!ValueError: cannot convert NaN to integer ratio'], ['2.5', '(5, 2)'], ['1024.0', '(1024, 1)']]) {
      n.ex.ntSetLimit(0);
      c.eq(n.run(OP.fratio, [F(x)]), want, () => `(${x}).as_integer_ratio()`);
      n.ex.ntSetLimit(4300);
    }
    for (const [x, want] of [['1.0', 'True'], ['1.5', 'False'], ['inf', 'False'], ['nan', 'False'], ['-0.0', 'True'], ['1e300', 'True']]) {
      c.eq(n.run(OP.fisint, [F(x)]), want, () => `(${x}).is_integer()`);
    }
    expect(c.done()).toBeGreaterThan(8000);
  });

  it('arithmetic: floor division, modulo signs, divmod, pow special cases and errors', () => {
    const c = collector();
    for (const [a, b, add, sub, mul, div, fdiv, mod, dm, pw] of OPS.float as string[][]) {
      const w = (op: string) => () => `${a} ${op} ${b}`;
      c.eq(n.run(OP.fadd, [F(a), F(b)]), add, w('+'));
      c.eq(n.run(OP.fsub, [F(a), F(b)]), sub, w('-'));
      c.eq(n.run(OP.fmul, [F(a), F(b)]), mul, w('*'));
      c.eq(n.run(OP.fdiv, [F(a), F(b)]), div, w('/'));
      c.eq(n.run(OP.ffloordiv, [F(a), F(b)]), fdiv, w('//'));
      c.eq(n.run(OP.fmod, [F(a), F(b)]), mod, w('%'));
      c.eq(n.run(OP.fdivmod, [F(a), F(b)]), dm.startsWith('!') ? dm : dm, w('divmod'));
      c.eq(n.run(OP.fpow, [F(a), F(b)]), pw === 'complex' ? '!ValueError: math domain error' : pw, w('**'));
    }
    expect(c.done()).toBeGreaterThan(20000);
  });

  it('comparison with ints of any size is exact', () => {
    const c = collector();
    for (const [i, x, cmp, eq] of OPS.mixed as [string, string, number | string, boolean][]) {
      const want = cmp === 'nan' ? '2' : String(-(cmp as number));
      c.eq(n.run(OP.fcmpInt, [F(x), I(i)]), want, () => `${x} <=> ${i.slice(0, 50)}`);
      void eq;
    }
    expect(c.done()).toBe(4000);
  });
});

describe('format.ts against CPython', () => {
  const strVal = (r: string) => r.slice(1, -1);   // the fixture's str values are reprs without escapes
  it('format(float, spec) for every code, precision and flag', () => {
    const c = collector();
    for (const [x, spec, want] of FMT.double as string[][]) c.eq(n.run(OP.formatFloat, [F(x), S(spec)], 1), want, () => `format(${x}, '${spec}')`);
    expect(c.done()).toBeGreaterThan(25000);
  });

  it('the mini-language for int, float and str: fill, align, sign, z, #, 0, width, grouping, precision, type', () => {
    const c = collector();
    for (const [kind, v, spec, want] of FMT.spec as string[][]) {
      const op = kind === 'int' ? OP.formatInt : kind === 'float' ? OP.formatFloat : OP.formatStr;
      const val: V = kind === 'int' ? I(v) : kind === 'float' ? F(v) : S(strVal(v));
      c.eq(n.run(op, [val, S(spec)], 1), want, () => `format(${v}, ${JSON.stringify(spec)})`);
    }
    expect(c.done()).toBeGreaterThan(7000);
  });
});
