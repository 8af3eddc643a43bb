/**
 * Shared by the compiler tests: the corpus, the fixtures CPython produced (tools/gen_fixtures.py),
 * and the same JSON shapes built from Dust's AST and code objects, so that comparisons are direct.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeObject, Const } from '../../../src/bytecode/code.js';
import { OPCODES } from '../../../src/bytecode/opcodes.js';

export const HERE = fileURLToPath(new URL('.', import.meta.url));
export const CORPUS = HERE + 'corpus/';
export const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort();
export const readCorpus = (f: string) => readFileSync(CORPUS + f, 'utf8');
export function fixture<T>(name: string): T { return JSON.parse(readFileSync(`${HERE}fixtures/${name}.json`, 'utf8')) as T; }

/** Constant values in the fixtures' JSON shape (value_json in gen_fixtures.py). */
export function valueJson(c: Const): unknown {
  switch (c.k) {
    case 'none': return null;
    case 'bool': return c.v;
    case 'str': return c.v;
    case 'int': return { int: c.v.toString() };
    case 'float': return { float: floatHex(c.v) };
    case 'bytes': return { bytes: Array.from(c.v) };
    case 'ellipsis': return { ellipsis: true };
    case 'tuple': return { tuple: c.items.map(valueJson) };
    case 'frozenset': return { frozenset: c.items.map(valueJson).sort((a, b) => (pyRepr(a) < pyRepr(b) ? -1 : 1)) };
    case 'code': return { code: c.code.qualname };
  }
}

/** repr() of a value_json value as Python prints the dict (for the frozenset sort order of gen_fixtures.py). */
function pyRepr(v: unknown): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return JSON.stringify(v).replace(/^"|"$/g, "'");
  const [k, x] = Object.entries(v as object)[0];
  return `{'${k}': ${typeof x === 'string' ? `'${x}'` : JSON.stringify(x)}}`;
}

/** Python's float.hex(), so floats compare bit for bit. */
export function floatHex(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return sign + '0x0.0p+0';
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(v));
  const bits = dv.getBigUint64(0);
  let exp = Number((bits >> 52n) & 0x7ffn);
  const mant = bits & ((1n << 52n) - 1n);
  let lead = '1';
  if (exp === 0) { lead = '0'; exp = -1022; } else exp -= 1023;
  const hex = mant.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${hex}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** Dust's AST in the fixtures' shape (ast_json in gen_fixtures.py). */
export function astJson(n: unknown, positions = true): unknown {
  if (n === null || n === undefined) return null;
  if (Array.isArray(n)) return n.map((x) => astJson(x, positions));
  if (typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  if ('k' in o && !('kind' in o)) return valueJson(o as unknown as Const);
  const d: Record<string, unknown> = {};
  let kind = o.kind as string | undefined;
  if (!kind) {
    // helper nodes without a kind: name them as CPython does
    if ('posonlyargs' in o) kind = 'arguments';
    else if ('context_expr' in o) kind = 'withitem';
    else if ('is_async' in o) kind = 'comprehension';
    else if ('asname' in o) kind = 'alias';
    else if ('arg' in o && 'value' in o) kind = 'keyword';
    else if ('arg' in o) kind = 'arg';
  }
  if (kind) d._ = kind;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'kind') continue;
    if (!positions && ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'].includes(k)) continue;
    if (k === 'ctx' || k === 'op') d[k] = { _: v };
    else if (k === 'ops') d[k] = (v as string[]).map((x) => ({ _: x }));
    else d[k] = astJson(v, positions);
  }
  return d;
}

/** Sort object keys so that JSON texts compare structurally. */
export function canon(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canon);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) {
      const v = (x as Record<string, unknown>)[k];
      // fields CPython always has but Dust omits when empty/absent are normalised away
      if (v === undefined) continue;
      out[k] = canon(v);
    }
    return out;
  }
  return x;
}

/** Every code object of a tree, parent first, then nested ones in co_consts order. */
export function allCode(co: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(co);
  for (const c of co.consts) if (c.k === 'code') allCode(c.code, out);
  return out;
}

/**
 * The instruction list with fused LOAD_FAST pairs expanded (the normalisation of the fixtures),
 * and for each word offset the index of its instruction in that list.
 */
export function normalizedOps(co: CodeObject): { ops: string[]; lines: number[]; args: number[]; positions: (number[] | null)[]; indexAt: Map<number, number> } {
  const ops: string[] = [], lines: number[] = [], args: number[] = [];
  // a fused pair has one position for two of CPython's instructions: not compared (null)
  const positions: (number[] | null)[] = [];
  const indexAt = new Map<number, number>();
  for (let w = 0; w < co.code.length;) {
    const op = co.code[w] & 0xff;
    const info = OPCODES[op];
    indexAt.set(w, ops.length);
    const arg = co.code[w] >>> 8;
    const pair: Record<string, [string, string]> = {
      LOAD_FAST_LOAD_FAST: ['LOAD_FAST', 'LOAD_FAST'], STORE_FAST_LOAD_FAST: ['STORE_FAST', 'LOAD_FAST'],
      STORE_FAST_STORE_FAST: ['STORE_FAST', 'STORE_FAST'], LOAD_FAST_LOAD_CONST: ['LOAD_FAST', 'LOAD_CONST'],
      BINARY_OP_CONST: ['LOAD_CONST', 'BINARY_OP'],
    };
    if (pair[info.name]) {
      ops.push(...pair[info.name]);
      lines.push(co.lines[w]);
      if (info.name === 'BINARY_OP_CONST') args.push(arg >> 5, arg & 31);
      else args.push(arg & 0xfff, arg >> 12);
      positions.push(null, null);
    } else if (info.name === 'JUMP_FOR_ITER') {
      const p = co.positions?.[w];
      positions.push(p ? [p.line, p.endLine, p.col, p.endCol] : null);
      ops.push('JUMP');
      args.push(-1);
    } else {
      const p = co.positions?.[w];
      positions.push(p ? [p.line, p.endLine, p.col, p.endCol] : null);
      ops.push(info.name);
      args.push(info.arg === 'none' || info.arg === 'jump' || info.name === 'YIELD_VALUE' ? -1 : arg);
    }
    lines.push(co.lines[w]);
    w += 1 + (info.cache ?? 0);
  }
  indexAt.set(co.code.length, ops.length);
  return { ops, lines, args, positions, indexAt };
}

/** The exception table in normalised instruction indexes, adjacent equal entries merged. */
export function normalizedExc(co: CodeObject): (number | boolean)[][] {
  const { indexAt } = normalizedOps(co);
  const out: (number | boolean)[][] = [];
  for (const e of co.exceptionTable) {
    const s = indexAt.get(e.start)!, end = indexAt.get(e.end)!, t = indexAt.get(e.target)!;
    const last = out[out.length - 1];
    if (last && last[1] === s && last[2] === t && last[3] === e.depth && last[4] === e.lasti) last[1] = end;
    else out.push([s, end, t, e.depth, e.lasti]);
  }
  return out;
}
