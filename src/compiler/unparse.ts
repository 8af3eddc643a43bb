/**
 * unparseExpr(): an expression back to source text, as CPython 3.11's Python/ast_unparse.c writes
 * it. Used for annotations under `from __future__ import annotations`, which are stored as strings.
 *
 * Invariant: parentheses appear exactly where ast_unparse.c puts them (by precedence level), so the
 * strings equal CPython's `__annotations__` values.
 */
import { floatRepr, strRepr } from '../bytecode/disasm.js';
import type { Const } from '../bytecode/code.js';
import type * as A from './ast.js';

const enum PR { TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }

const BIN: Record<A.Operator, [string, PR]> = {
  Add: ['+', PR.ARITH], Sub: ['-', PR.ARITH], Mult: ['*', PR.TERM], MatMult: ['@', PR.TERM], Div: ['/', PR.TERM],
  Mod: ['%', PR.TERM], FloorDiv: ['//', PR.TERM], LShift: ['<<', PR.SHIFT], RShift: ['>>', PR.SHIFT],
  BitOr: ['|', PR.BOR], BitXor: ['^', PR.BXOR], BitAnd: ['&', PR.BAND], Pow: ['**', PR.POWER],
};
const CMP: Record<A.CmpOperator, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

function constText(c: Const): string {
  switch (c.k) {
    case 'ellipsis': return '...';
    case 'float': return Number.isFinite(c.v) ? floatRepr(c.v) : (c.v > 0 ? '1e309' : '-1e309');
    case 'str': return strRepr(c.v);
    case 'tuple': return c.items.length === 1 ? `(${constText(c.items[0])},)` : `(${c.items.map(constText).join(', ')})`;
    case 'frozenset': return `frozenset({${c.items.map(constText).join(', ')}})`;
    case 'bytes': {
      let s = "b'";
      for (const b of c.v) s += b === 39 ? "\\'" : b === 92 ? '\\\\' : b >= 32 && b < 127 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
      return s + "'";
    }
    case 'none': return 'None';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    default: return '...';
  }
}

function args(a: A.Arguments): string {
  const out: string[] = [];
  const all = [...a.posonlyargs, ...a.args];
  const firstDefault = all.length - a.defaults.length;
  all.forEach((x, i) => {
    let s = x.arg;
    if (x.annotation) s += ': ' + unparse(x.annotation, PR.TEST);
    if (i >= firstDefault) s += '=' + unparse(a.defaults[i - firstDefault], PR.TEST);
    out.push(s);
    if (i === a.posonlyargs.length - 1) out.push('/');
  });
  if (a.vararg || a.kwonlyargs.length) out.push('*' + (a.vararg ? a.vararg.arg : ''));
  a.kwonlyargs.forEach((x, i) => {
    const d = a.kw_defaults[i];
    out.push(x.arg + (d ? '=' + unparse(d, PR.TEST) : ''));
  });
  if (a.kwarg) out.push('**' + a.kwarg.arg);
  return out.join(', ');
}

function comps(gens: A.Comprehension[]): string {
  return gens.map((g) => ' for ' + unparse(g.target, PR.TUPLE) + ' in ' + unparse(g.iter, PR.TEST + 1)
    + g.ifs.map((i) => ' if ' + unparse(i, PR.TEST + 1)).join('')).join('');
}

function fstringBody(e: A.JoinedStr | A.FormattedValue): string {
  const parts = e.kind === 'JoinedStr' ? e.values : [e];
  let s = '';
  for (const p of parts) {
    if (p.kind === 'Constant') s += (p.value as { v: string }).v.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else {
      const inner = unparse(p.value, PR.TEST + 1);
      s += '{' + (inner.startsWith('{') ? ' ' : '') + inner;
      if (p.conversion > 0) s += '!' + String.fromCharCode(p.conversion);
      if (p.format_spec) s += ':' + fstringBody(p.format_spec);
      s += '}';
    }
  }
  return s;
}

function unparse(e: A.Expr, level: number): string {
  const paren = (pr: number, s: string) => (level > pr ? `(${s})` : s);
  switch (e.kind) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR.AND : PR.OR;
      return paren(pr, e.values.map((v) => unparse(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [sym, pr] = BIN[e.op];
      const r = e.op === 'Pow' ? 1 : 0;
      return paren(pr, `${unparse(e.left, pr + r)} ${sym} ${unparse(e.right, pr + 1 - r)}`);
    }
    case 'UnaryOp': {
      const [sym, pr] = e.op === 'Not' ? ['not ', PR.NOT] : [e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-', PR.FACTOR];
      return paren(pr as number, sym + unparse(e.operand, pr as number));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(PR.TEST, 'lambda' + (a ? ' ' + a : '') + ': ' + unparse(e.body, PR.TEST));
    }
    case 'IfExp':
      return paren(PR.TEST, `${unparse(e.body, PR.TEST + 1)} if ${unparse(e.test, PR.TEST + 1)} else ${unparse(e.orelse, PR.TEST)}`);
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k ? `${unparse(k, PR.TEST)}: ${unparse(e.values[i], PR.TEST)}` : '**' + unparse(e.values[i], PR.EXPR))).join(', ') + '}';
    case 'Set': return e.elts.length ? '{' + e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + '}' : '{*()}';
    case 'ListComp': return '[' + unparse(e.elt, PR.TEST) + comps(e.generators) + ']';
    case 'SetComp': return '{' + unparse(e.elt, PR.TEST) + comps(e.generators) + '}';
    case 'DictComp': return '{' + unparse(e.key, PR.TEST) + ': ' + unparse(e.value, PR.TEST) + comps(e.generators) + '}';
    case 'GeneratorExp': return '(' + unparse(e.elt, PR.TEST) + comps(e.generators) + ')';
    case 'Yield': return paren(PR.TUPLE, 'yield' + (e.value ? ' ' + unparse(e.value, PR.TEST) : ''));
    case 'YieldFrom': return paren(PR.TUPLE, 'yield from ' + unparse(e.value, PR.TEST));
    case 'Compare':
      return paren(PR.CMP, unparse(e.left, PR.CMP + 1) + e.ops.map((o, i) => ` ${CMP[o]} ${unparse(e.comparators[i], PR.CMP + 1)}`).join(''));
    case 'Call': {
      const parts: string[] = [];
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === 'GeneratorExp') {
        return unparse(e.func, PR.ATOM) + unparse(e.args[0], PR.TEST);
      }
      for (const a of e.args) parts.push(unparse(a, PR.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + unparse(k.value, PR.EXPR) : `${k.arg}=${unparse(k.value, PR.TEST)}`);
      return unparse(e.func, PR.ATOM) + '(' + parts.join(', ') + ')';
    }
    case 'Constant': return constText(e.value);
    case 'JoinedStr': case 'FormattedValue': return 'f' + strRepr(fstringBody(e));
    case 'Attribute': {
      const v = unparse(e.value, PR.ATOM);
      const sep = e.value.kind === 'Constant' && e.value.value.k === 'int' ? ' .' : '.';
      return v + sep + e.attr;
    }
    case 'Subscript': {
      const s = e.slice;
      let inner: string;
      if (s.kind === 'Tuple' && s.elts.length) inner = s.elts.map((x) => unparse(x, PR.TEST)).join(', ') + (s.elts.length === 1 ? ',' : '');
      else inner = unparse(s, PR.TUPLE);
      return unparse(e.value, PR.ATOM) + '[' + inner + ']';
    }
    case 'Starred': return '*' + unparse(e.value, PR.EXPR);
    case 'Slice':
      return (e.lower ? unparse(e.lower, PR.TEST) : '') + ':' + (e.upper ? unparse(e.upper, PR.TEST) : '') + (e.step ? ':' + unparse(e.step, PR.TEST) : '');
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + ']';
    case 'Tuple':
      if (!e.elts.length) return '()';
      return paren(PR.TUPLE, e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr': return paren(PR.TUPLE, `${unparse(e.target, PR.ATOM)} := ${unparse(e.value, PR.ATOM)}`);
  }
}

/** The text CPython stores for an annotation under `from __future__ import annotations`. */
export function unparseExpr(e: A.Expr): string { return unparse(e, PR.TEST); }
