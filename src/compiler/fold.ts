/**
 * foldConstants(): CPython 3.11's AST optimizer (Python/ast_opt.c), run before the symbol table:
 * unary and binary operators on constants (with the same size limits, so `2**200` stays an
 * operation), tuples of constants, `not (a is b)` -> `a is not b`, constant subscripts, lists and
 * sets iterated over or tested with `in` become tuples/frozensets, '%s' % (x,) becomes an f-string,
 * and `__debug__` is True.
 *
 * Invariant: a fold happens only when the result is exactly what the runtime would compute; an
 * operation that would raise (1/0, 'a' - 1) or whose value JS cannot reproduce exactly is left alone.
 */
import type { Const } from '../bytecode/code.js';
import type * as A from './ast.js';
import type { Future } from './future.js';

type Expr = A.Expr;

const MAX_INT_SIZE = 128n, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096, MAX_TOTAL_ITEMS = 1024;
const NOFOLD = Symbol('nofold');
type R = Const | typeof NOFOLD;

// {==== Python arithmetic on constants
const isInt = (c: Const): c is { k: 'int'; v: bigint } | { k: 'bool'; v: boolean } => c.k === 'int' || c.k === 'bool';
const intv = (c: Const): bigint => (c.k === 'bool' ? (c.v ? 1n : 0n) : (c as { v: bigint }).v);
const isNum = (c: Const) => isInt(c) || c.k === 'float';
function toFloat(c: Const): number | null {
  if (c.k === 'float') return c.v;
  const v = intv(c);
  const f = Number(v);
  if (!Number.isFinite(f)) return null;   // OverflowError
  // exact only below 2^53; beyond that CPython rounds correctly and so does Number(bigint)
  return f;
}
const bits = (v: bigint) => { let n = 0n; let x = v < 0n ? -v : v; while (x > 0n) { n++; x >>= 1n; } return n; };
const F = (v: number): R => ({ k: 'float', v });
const I = (v: bigint): R => ({ k: 'int', v });
function floorDiv(a: bigint, b: bigint): bigint { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; }
function pyMod(a: bigint, b: bigint): bigint { const r = a % b; return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r; }
function fMod(a: number, b: number): number {
  let m = a % b;
  if (m !== 0) { if ((b < 0) !== (m < 0)) m += b; } else m = b < 0 ? -0 : 0;
  return m;
}
function fFloorDiv(a: number, b: number): number {
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  if (div === 0) return a / b < 0 ? -0 : 0;
  const fl = Math.floor(div);
  return div - fl > 0.5 ? fl + 1 : fl;
}
function seqLen(c: Const): number { return c.k === 'str' ? c.v.length : c.k === 'bytes' ? c.v.length : c.k === 'tuple' ? c.items.length : -1; }
function countItems(c: Const): number { return c.k === 'tuple' || c.k === 'frozenset' ? c.items.reduce((s, x) => s + 1 + countItems(x), 0) : 0; }
function repeat(c: Const, n: number): R {
  if (n < 0) n = 0;
  if (c.k === 'str') return { k: 'str', v: c.v.repeat(n) };
  if (c.k === 'bytes') { const b = new Uint8Array(c.v.length * n); for (let i = 0; i < n; i++) b.set(c.v, i * c.v.length); return { k: 'bytes', v: b }; }
  if (c.k === 'tuple') { const items: Const[] = []; for (let i = 0; i < n; i++) items.push(...c.items); return { k: 'tuple', items }; }
  return NOFOLD;
}

function binop(op: A.Operator, l: Const, r: Const): R {
  if (isInt(l) && isInt(r)) {
    const a = intv(l), b = intv(r);
    const bothBool = l.k === 'bool' && r.k === 'bool';
    switch (op) {
      case 'Add': return I(a + b);
      case 'Sub': return I(a - b);
      case 'Mult': if (a && b && bits(a) + bits(b) > MAX_INT_SIZE) return NOFOLD; return I(a * b);
      case 'FloorDiv': return b === 0n ? NOFOLD : I(floorDiv(a, b));
      case 'Mod': return b === 0n ? NOFOLD : I(pyMod(a, b));
      case 'Div': {
        if (b === 0n) return NOFOLD;
        const lim = 2n ** 53n;
        if (a > lim || a < -lim || b > lim || b < -lim) return NOFOLD;   // JS would round twice
        return F(Number(a) / Number(b));
      }
      case 'Pow':
        if (b < 0n) {
          if (a === 0n) return NOFOLD;
          const fa = toFloat(l);
          if (fa === null || b < -1074n) return NOFOLD;
          // 1 / a**-b is correctly rounded when a**-b is exact in a double, as libm's pow is
          const d = a ** -b;
          const lim = 2n ** 53n;
          return d < lim && d > -lim ? F(1 / Number(d)) : NOFOLD;
        }
        if (a !== 0n && b > 0n && bits(a) > MAX_INT_SIZE / b) return NOFOLD;
        return I(a ** b);
      case 'LShift':
        if (b < 0n) return NOFOLD;
        if (a !== 0n && (b > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - b)) return NOFOLD;
        return I(a << b);
      case 'RShift': return b < 0n ? NOFOLD : I(a >> b);
      case 'BitOr': return bothBool ? { k: 'bool', v: Boolean(a | b) } : I(a | b);
      case 'BitXor': return bothBool ? { k: 'bool', v: Boolean(a ^ b) } : I(a ^ b);
      case 'BitAnd': return bothBool ? { k: 'bool', v: Boolean(a & b) } : I(a & b);
      default: return NOFOLD;
    }
  }
  if (isNum(l) && isNum(r)) {
    const a = toFloat(l), b = toFloat(r);
    if (a === null || b === null) return NOFOLD;
    switch (op) {
      case 'Add': return F(a + b);
      case 'Sub': return F(a - b);
      case 'Mult': return F(a * b);
      case 'Div': return b === 0 ? NOFOLD : F(a / b);
      case 'FloorDiv': return b === 0 ? NOFOLD : F(fFloorDiv(a, b));
      case 'Mod': return b === 0 ? NOFOLD : F(fMod(a, b));
      case 'Pow': return floatPow(a, b);
      default: return NOFOLD;
    }
  }
  if (op === 'Add' && l.k === r.k) {
    if (l.k === 'str') return { k: 'str', v: l.v + (r as { v: string }).v };
    if (l.k === 'bytes') { const rb = (r as { v: Uint8Array }).v; const b = new Uint8Array(l.v.length + rb.length); b.set(l.v); b.set(rb, l.v.length); return { k: 'bytes', v: b }; }
    if (l.k === 'tuple') return { k: 'tuple', items: [...l.items, ...(r as { items: Const[] }).items] };
  }
  if (op === 'Mult') {
    const [n, s] = isInt(l) ? [l, r] : [r, l];
    if (!isInt(n) || isInt(s)) return NOFOLD;
    const size = seqLen(s);
    if (size < 0) return NOFOLD;
    const k = Number(intv(n));
    if (size) {
      if (s.k === 'tuple') {
        if (k < 0 || k > MAX_COLLECTION_SIZE / size) return NOFOLD;
        if (k && countItems(s) > MAX_TOTAL_ITEMS / k) return NOFOLD;
      } else if (k < 0 || k > MAX_STR_SIZE / size) return NOFOLD;
    }
    return repeat(s, k);
  }
  return NOFOLD;
}

/**
 * float ** x, only where the result is exact (then libm's pow and JS agree): a power of two (or
 * 0, 1) to an integral exponent, or integral operands with a result below 2^53.
 */
function floatPow(a: number, b: number): R {
  if (!Number.isInteger(b)) return NOFOLD;
  if (a === 0 && b < 0) return NOFOLD;                        // ZeroDivisionError
  const m = Math.abs(a);
  const pow2 = m > 0 && 2 ** Math.round(Math.log2(m)) === m;
  let r: number;
  if (m === 0 || m === 1 || pow2) r = a ** b;
  else if (Number.isInteger(a) && b >= 0) {
    const big = BigInt(a) ** BigInt(b);
    if (big >= 2n ** 53n || big <= -(2n ** 53n)) return NOFOLD;
    r = Number(big);
  } else return NOFOLD;
  return Number.isFinite(r) ? F(r) : NOFOLD;                 // OverflowError
}

function unop(op: A.UnaryOperator, c: Const): R {
  if (op === 'Not') {
    switch (c.k) {
      case 'none': return { k: 'bool', v: true };
      case 'bool': return { k: 'bool', v: !c.v };
      case 'int': return { k: 'bool', v: c.v === 0n };
      case 'float': return { k: 'bool', v: c.v === 0 };
      case 'str': case 'bytes': return { k: 'bool', v: c.v.length === 0 };
      case 'tuple': case 'frozenset': return { k: 'bool', v: c.items.length === 0 };
      case 'ellipsis': return { k: 'bool', v: false };
      default: return NOFOLD;
    }
  }
  if (isInt(c)) {
    const v = intv(c);
    return op === 'USub' ? I(-v) : op === 'UAdd' ? I(v) : I(-v - 1n);
  }
  if (c.k === 'float' && op !== 'Invert') return F(op === 'USub' ? -c.v : c.v);
  return NOFOLD;
}
// }====

/** Python's == between constants (1 == 1.0 == True; tuples element-wise). */
function constEq(a: Const, b: Const): boolean {
  if (isNum(a) && isNum(b)) {
    if (a.k === 'float' || b.k === 'float') return toFloat(a) === toFloat(b);
    return intv(a) === intv(b);
  }
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'none': case 'ellipsis': return true;
    case 'str': return a.v === (b as { v: string }).v;
    case 'bytes': { const bv = (b as { v: Uint8Array }).v; return a.v.length === bv.length && a.v.every((x, i) => x === bv[i]); }
    case 'tuple': { const bi = (b as { items: Const[] }).items; return a.items.length === bi.length && a.items.every((x, i) => constEq(x, bi[i])); }
    case 'frozenset': { const bi = (b as { items: Const[] }).items; return a.items.length === bi.length && a.items.every((x) => bi.some((y) => constEq(x, y))); }
    default: return false;
  }
}
/** A frozenset constant keeps the first of equal items, as building the set does. */
export function frozensetConst(items: Const[]): Const {
  const out: Const[] = [];
  for (const x of items) if (!out.some((y) => constEq(x, y))) out.push(x);
  return { k: 'frozenset', items: out };
}

// {==== the tree walk
const isConst = (e: Expr): e is A.Constant => e.kind === 'Constant';
function replace(node: Expr, value: Const): Expr {
  return { kind: 'Constant', value, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

/** '%s-%r' % (a, b) -> f'{a!s}-{b!r}' (3.11's optimize_format). */
function optimizeFormat(node: A.BinOp, fmt: string, elts: Expr[]): Expr {
  const values: (A.Constant | A.FormattedValue)[] = [];
  const pos = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
  // the pieces of text get no location in 3.11 (their LOAD_CONSTs have no line)
  const none = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
  let i = 0, cnt = 0;
  for (;;) {
    const start = i;
    while (i < fmt.length) {
      if (fmt[i] !== '%') i++;
      else if (fmt[i + 1] === '%') i += 2;
      else break;
    }
    if (i > start) values.push({ kind: 'Constant', value: { k: 'str', v: fmt.slice(start, i).replace(/%%/g, '%') }, ...none });
    if (i >= fmt.length) break;
    if (cnt >= elts.length) return node;
    i++;
    // flags, width and precision of up to 2 digits each, then s/r/a
    let ljust = false, width = -1, prec = -1;
    while (i < fmt.length && '-+ #0'.includes(fmt[i])) { if (fmt[i] === '-') ljust = true; i++; }
    if (i >= fmt.length) return node;
    if (fmt[i] >= '0' && fmt[i] <= '9') {
      width = 0; let d = 0;
      while (fmt[i] >= '0' && fmt[i] <= '9') { width = width * 10 + Number(fmt[i]); i++; if (i >= fmt.length || ++d >= 3) return node; }
    }
    if (fmt[i] === '.') {
      i++; if (i >= fmt.length) return node;
      prec = 0; let d = 0;
      while (fmt[i] >= '0' && fmt[i] <= '9') { prec = prec * 10 + Number(fmt[i]); i++; if (i >= fmt.length || ++d >= 3) return node; }
    }
    const spec = fmt[i++];
    if (spec !== 's' && spec !== 'r' && spec !== 'a') return node;
    let buf = '';
    if (!ljust && width > 0) buf += '>';
    if (width >= 0) buf += String(width);
    if (prec >= 0) buf += '.' + prec;
    const arg = elts[cnt++];
    const fs: A.JoinedStr | null = buf ? { kind: 'JoinedStr', values: [{ kind: 'Constant', value: { k: 'str', v: buf }, ...none }], ...none } : null;
    values.push({ kind: 'FormattedValue', value: arg, conversion: spec.charCodeAt(0), format_spec: fs,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset });
  }
  if (cnt < elts.length) return node;
  return { kind: 'JoinedStr', values, ...pos };
}

function constList(elts: Expr[]): Const[] | null {
  if (!elts.every(isConst)) return null;
  return elts.map((e) => (e as A.Constant).value);
}

/** `for x in [1, 2]` / `x in {1, 2}`: the container cannot be observed, so a constant is built. */
function foldIter(e: Expr): Expr {
  if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) {
    const items = constList(e.elts);
    if (items) return replace(e, { k: 'tuple', items });
    return { kind: 'Tuple', elts: e.elts, ctx: 'Load', lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
  if (e.kind === 'Set') {
    const items = constList(e.elts);
    if (items) return replace(e, frozensetConst(items));
  }
  return e;
}

function expr(e: Expr): Expr {
  switch (e.kind) {
    case 'BoolOp': e.values = e.values.map(expr); return e;
    case 'BinOp': {
      e.left = expr(e.left); e.right = expr(e.right);
      const l = e.left, r = e.right;
      if (!isConst(l)) return e;
      if (e.op === 'Mod' && r.kind === 'Tuple' && l.value.k === 'str' && !r.elts.some((x) => x.kind === 'Starred')) {
        return optimizeFormat(e, l.value.v, r.elts);
      }
      if (!isConst(r)) return e;
      if (e.op === 'Mod' && (l.value.k === 'str' || l.value.k === 'bytes')) return e;
      const v = binop(e.op, l.value, r.value);
      return v === NOFOLD ? e : replace(e, v);
    }
    case 'UnaryOp': {
      e.operand = expr(e.operand);
      const o = e.operand;
      if (!isConst(o)) {
        if (e.op === 'Not' && o.kind === 'Compare' && o.ops.length === 1) {
          const inv: Partial<Record<A.CmpOperator, A.CmpOperator>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
          const n = inv[o.ops[0]];
          if (n) return { ...o, ops: [n] };   // the comparison keeps its own position (COPY_NODE)
        }
        return e;
      }
      const v = unop(e.op, o.value);
      return v === NOFOLD ? e : replace(e, v);
    }
    case 'NamedExpr': e.value = expr(e.value); return e;
    case 'Lambda': args(e.args); e.body = expr(e.body); return e;
    case 'IfExp': e.test = expr(e.test); e.body = expr(e.body); e.orelse = expr(e.orelse); return e;
    case 'Dict': e.keys = e.keys.map((k) => (k ? expr(k) : null)); e.values = e.values.map(expr); return e;
    case 'Set': e.elts = e.elts.map(expr); return e;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': e.elt = expr(e.elt); comps(e.generators); return e;
    case 'DictComp': e.key = expr(e.key); e.value = expr(e.value); comps(e.generators); return e;
    case 'Yield': if (e.value) e.value = expr(e.value); return e;
    case 'YieldFrom': e.value = expr(e.value); return e;
    case 'Compare': {
      e.left = expr(e.left); e.comparators = e.comparators.map(expr);
      const last = e.ops.length - 1;
      if (e.ops[last] === 'In' || e.ops[last] === 'NotIn') e.comparators[last] = foldIter(e.comparators[last]);
      return e;
    }
    case 'Call':
      e.func = expr(e.func); e.args = e.args.map(expr);
      for (const k of e.keywords) k.value = expr(k.value);
      return e;
    case 'FormattedValue': e.value = expr(e.value); if (e.format_spec) e.format_spec = expr(e.format_spec) as A.JoinedStr; return e;
    case 'JoinedStr': e.values = e.values.map((v) => expr(v) as A.Constant | A.FormattedValue); return e;
    case 'Attribute': e.value = expr(e.value); return e;
    case 'Subscript': {
      e.value = expr(e.value); e.slice = expr(e.slice);
      if (e.ctx === 'Load' && isConst(e.value) && isConst(e.slice)) {
        const v = subscript(e.value.value, e.slice.value);
        if (v !== NOFOLD) return replace(e, v);
      }
      return e;
    }
    case 'Starred': e.value = expr(e.value); return e;
    case 'Slice':
      if (e.lower) e.lower = expr(e.lower);
      if (e.upper) e.upper = expr(e.upper);
      if (e.step) e.step = expr(e.step);
      return e;
    case 'List': e.elts = e.elts.map(expr); return e;
    case 'Tuple': {
      e.elts = e.elts.map(expr);
      if (e.ctx !== 'Load') return e;
      const items = constList(e.elts);
      return items ? replace(e, { k: 'tuple', items }) : e;
    }
    case 'Name':
      if (e.ctx === 'Load' && e.id === '__debug__') return replace(e, { k: 'bool', v: true });
      return e;
    case 'Constant': return e;
  }
}

function subscript(v: Const, i: Const): R {
  if (!isInt(i)) return NOFOLD;
  let k = Number(intv(i));
  const n = seqLen(v);
  if (n < 0) return NOFOLD;
  if (k < 0) k += n;
  if (k < 0 || k >= n) return NOFOLD;
  if (v.k === 'str') {
    // index by code point, as Python does
    const cps = Array.from(v.v);
    if (cps.length !== v.v.length) return NOFOLD;
    return { k: 'str', v: v.v[k] };
  }
  if (v.k === 'tuple') return v.items[k];
  if (v.k === 'bytes') return { k: 'int', v: BigInt(v.v[k]) };
  return NOFOLD;
}

function comps(gens: A.Comprehension[]) {
  for (const g of gens) {
    g.target = expr(g.target);
    g.iter = foldIter(expr(g.iter));
    g.ifs = g.ifs.map(expr);
  }
}
/** Under `from __future__ import annotations` annotations are kept as written (they become strings). */
let foldAnnotations = true;
const ann = (e: Expr) => (foldAnnotations ? expr(e) : e);

function args(a: A.Arguments) {
  for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (x.annotation) x.annotation = ann(x.annotation);
  if (a.vararg?.annotation) a.vararg.annotation = ann(a.vararg.annotation);
  if (a.kwarg?.annotation) a.kwarg.annotation = ann(a.kwarg.annotation);
  a.defaults = a.defaults.map(expr);
  a.kw_defaults = a.kw_defaults.map((d) => (d ? expr(d) : null));
}

function stmt(s: A.Stmt): void {
  switch (s.kind) {
    case 'FunctionDef': args(s.args); s.body.forEach(stmt); s.decorator_list = s.decorator_list.map(expr); if (s.returns) s.returns = ann(s.returns); break;
    case 'ClassDef': s.bases = s.bases.map(expr); for (const k of s.keywords) k.value = expr(k.value); s.body.forEach(stmt); s.decorator_list = s.decorator_list.map(expr); break;
    case 'Return': if (s.value) s.value = expr(s.value); break;
    case 'Delete': s.targets = s.targets.map(expr); break;
    case 'Assign': s.targets = s.targets.map(expr); s.value = expr(s.value); break;
    case 'AugAssign': s.target = expr(s.target) as A.AugAssign['target']; s.value = expr(s.value); break;
    case 'AnnAssign': s.target = expr(s.target) as A.AnnAssign['target']; s.annotation = ann(s.annotation); if (s.value) s.value = expr(s.value); break;
    case 'For': s.target = expr(s.target); s.iter = foldIter(expr(s.iter)); s.body.forEach(stmt); s.orelse.forEach(stmt); break;
    case 'While': case 'If': s.test = expr(s.test); s.body.forEach(stmt); s.orelse.forEach(stmt); break;
    case 'With': for (const it of s.items) { it.context_expr = expr(it.context_expr); if (it.optional_vars) it.optional_vars = expr(it.optional_vars); } s.body.forEach(stmt); break;
    case 'Raise': if (s.exc) s.exc = expr(s.exc); if (s.cause) s.cause = expr(s.cause); break;
    case 'Try':
      s.body.forEach(stmt);
      for (const h of s.handlers) { if (h.type) h.type = expr(h.type); h.body.forEach(stmt); }
      s.orelse.forEach(stmt); s.finalbody.forEach(stmt);
      break;
    case 'Assert': s.test = expr(s.test); if (s.msg) s.msg = expr(s.msg); break;
    case 'Expr': s.value = expr(s.value); break;
    default: break;
  }
}
// }====

export function foldConstants(mod: A.Module, future?: Future): A.Module {
  foldAnnotations = !future?.annotations;
  mod.body.forEach(stmt);
  return mod;
}
