/**
 * parse(): source text -> AST (ast.ts), through layout.ts and the ohm grammar python.ohm.
 *
 * Invariant: every AST node gets CPython's positions, mapped from layout-text offsets back to the
 * source (toSourceOffset) and measured in UTF-8 bytes. Semantic actions stay cheap (one object per
 * node, positions computed once); checks that CPython's parser makes with its invalid_* rules
 * (assignment targets, parameter order, call arguments) are made here, and failed matches are turned
 * into CPython's messages by parse_errors.ts. No ohm or JS exception escapes as anything but
 * PySyntaxError.
 */
import type * as ohm from 'ohm-js';
import type { Const } from '../bytecode/code.js';
import { PySyntaxError } from '../errors.js';
import type * as A from './ast.js';
import { exprName } from './ast.js';
import { errorAtNode, SourceText } from './diag.js';
import { grammar } from './grammar.gen.js';
import { DEDENT, JOIN, layout, type Layout, toSourceOffset } from './layout.js';
import { LiteralError, numberValue, splitFString, splitString, strConst, type FPart } from './literals.js';
import { syntaxErrorForFailure } from './parse_errors.js';

type N = ohm.Node;
type Expr = A.Expr;

// {==== position context (one parse at a time; f-string fields nest a sub-parse)
interface Ctx { layout: Layout; base: number; src: SourceText }
let cx: Ctx;

function offPos(s: number, e: number): A.Pos {
  const src = cx.src;
  const so = toSourceOffset(cx.layout, s) + cx.base, eo = toSourceOffset(cx.layout, e) + cx.base;
  const l1 = src.lineOf(so), l2 = eo === so ? l1 : src.lineOf(eo);
  return { lineno: l1, col_offset: src.colOf(so, l1), end_lineno: l2, end_col_offset: src.colOf(eo, l2) };
}
function P(n: N): A.Pos { return offPos(n.source.startIdx, n.source.endIdx); }
function span(a: A.Pos, b: A.Pos): A.Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}
function startEnd(n: N, last: A.Pos): A.Pos { return span(P(n), last); }
function err(msg: string, p: A.Pos): PySyntaxError { return errorAtNode(cx.src, msg, p); }
// }====

// {==== helpers
const list = (n: N): N[] => n.asIteration().children;
const opt = (n: N): N | null => (n.children.length ? n.children[0] : null);
const optAst = <T>(n: N): T | null => (n.children.length ? n.children[0].ast() as T : null);
function stmts(nodes: N[]): A.Stmt[] {
  const out: A.Stmt[] = [];
  for (const c of nodes) { const r = c.ast(); if (Array.isArray(r)) out.push(...r); else out.push(r); }
  return out;
}
/**
 * Where a block ends: its last statement's end, or the `;` after it (CPython ends a compound
 * statement at the last token its block consumed).
 */
function lastEnd(body: A.Stmt[]): A.Pos {
  const last = body[body.length - 1];
  const line = cx.src.lineText(last.end_lineno);
  // columns are UTF-8 bytes: find the character index of end_col_offset
  let i = 0, b = 0;
  while (i < line.length && b < last.end_col_offset) { const c = line.codePointAt(i)!; b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; i += c > 0xffff ? 2 : 1; }
  let j = i;
  while (line[j] === ' ' || line[j] === '\t' || line[j] === '\x0C') j++;
  if (line[j] !== ';') return last;
  return { ...last, end_col_offset: last.end_col_offset + (j - i) + 1 };
}
function nameOf(n: N): string {
  const s = n.sourceString;
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  if (!/^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s)) throw err('invalid character in identifier', P(n));
  return s.normalize('NFKC');
}
function nameExpr(n: N, ctx: A.Ctx = 'Load'): A.Name { return { kind: 'Name', id: nameOf(n), ctx, ...P(n) }; }
function constant(value: Const, p: A.Pos): A.Constant { return { kind: 'Constant', value, ...p }; }

/** CPython's binary operator precedence (higher binds tighter); all left-associative. */
const BIN: Record<string, [A.Operator, number]> = {
  '|': ['BitOr', 1], '^': ['BitXor', 2], '&': ['BitAnd', 3], '<<': ['LShift', 4], '>>': ['RShift', 4],
  '+': ['Add', 5], '-': ['Sub', 5], '*': ['Mult', 6], '/': ['Div', 6], '//': ['FloorDiv', 6], '%': ['Mod', 6],
  '@': ['MatMult', 6],
};
const AUG: Record<string, A.Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};
const CMP: Record<string, A.CmpOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', 'not in': 'NotIn',
  is: 'Is', 'is not': 'IsNot',
};
// }====

// {==== targets (CPython: _PyPegen_get_invalid_target and the invalid_* rules)
type TargetUse = 'assign' | 'del' | 'for' | 'with' | 'comp';
function setContext(e: Expr, ctx: A.Ctx, use: TargetUse): void {
  switch (e.kind) {
    case 'Name':
      if (e.id === '__debug__') throw err(use === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
      e.ctx = ctx; return;
    case 'Attribute': case 'Subscript': e.ctx = ctx; return;
    case 'Starred':
      if (use === 'del') throw err('cannot delete starred', e);
      e.ctx = ctx; setContext(e.value, ctx, use); return;
    case 'Tuple': case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx, use);
      return;
    default:
      throw err(`cannot ${use === 'del' ? 'delete' : 'assign to'} ${exprName(e)}`, e);
  }
}
function checkStarredAssign(e: Expr) {
  if (e.kind === 'Starred') throw err('starred assignment target must be in a list or tuple', e);
  if (e.kind === 'Tuple' || e.kind === 'List') {
    if (e.elts.filter((x) => x.kind === 'Starred').length > 1) throw err('multiple starred expressions in assignment', e);
  }
}
/** Generator expressions written as the sole argument of a call, without parentheses of their own. */
const bareGenexps = new WeakSet<object>();
/** Expressions written in parentheses (a Name in `(x): int`, a Tuple in `(a, b) = c`). */
const parenthesized = new WeakSet<object>();
/** Kinds CPython's invalid_named_expression can see as the `bitwise_or` before '=' (then it suggests '=='). */
const HERE_KINDS = new Set(['BinOp', 'UnaryOp', 'Call', 'Constant', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp', 'JoinedStr']);
function assignTargets(targets: Expr[], value: Expr): void {
  if (targets.length === 1 && value.kind !== 'Yield' && value.kind !== 'YieldFrom') {
    const t = targets[0];
    const cand = t.kind === 'Tuple' && !parenthesized.has(t) ? t.elts[t.elts.length - 1] : t;
    if (HERE_KINDS.has(cand.kind) && !(cand.kind === 'UnaryOp' && cand.op === 'Not')
        && !(cand.kind === 'Constant' && (cand.value.k === 'none' || cand.value.k === 'bool'))) {
      const first = t.kind === 'Tuple' && !parenthesized.has(t) ? t.elts.find((x) => !['Name', 'Attribute', 'Subscript', 'Starred', 'Tuple', 'List'].includes(x.kind)) : cand;
      if (first === cand) throw err(`cannot assign to ${exprName(cand)} here. Maybe you meant '==' instead of '='?`, cand);
    }
  }
  for (const t of targets) {
    if (t.kind === 'Yield' || t.kind === 'YieldFrom') throw err('assignment to yield expression not possible', t);
    setContext(t, 'Store', 'assign');
    checkStarredAssign(t);
  }
}
// }====

// {==== parameters
function buildArgs(params: { kind: string; arg?: A.Arg; def?: Expr | null; p: A.Pos }[]): A.Arguments {
  const a: A.Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
  let star = false, slash = false, bareStar: A.Pos | null = null;
  for (let i = 0; i < params.length; i++) {
    const q = params[i];
    if (a.kwarg) throw err('arguments cannot follow var-keyword argument', q.p);
    switch (q.kind) {
      case 'slash':
        if (slash) throw err('/ may appear only once', q.p);
        if (star) throw err('/ must be ahead of *', q.p);
        if (a.args.length === 0) throw err('at least one argument must precede /', q.p);
        slash = true;
        a.posonlyargs = a.args; a.args = [];
        break;
      case 'bare':
        if (star) throw err('* argument may appear only once', q.p);
        star = true; bareStar = q.p;
        break;
      case 'varargs':
        if (star) throw err('* argument may appear only once', q.p);
        star = true; a.vararg = q.arg!;
        break;
      case 'kwargs':
        if (bareStar && a.kwonlyargs.length === 0) throw err('named arguments must follow bare *', bareStar);
        a.kwarg = q.arg!;
        break;
      default:
        if (star) { a.kwonlyargs.push(q.arg!); a.kw_defaults.push(q.def ?? null); }
        else {
          if (q.def) a.defaults.push(q.def);
          else if (a.defaults.length) throw err('non-default argument follows default argument', q.arg!);
          a.args.push(q.arg!);
        }
    }
  }
  if (bareStar && a.kwonlyargs.length === 0) throw err('named arguments must follow bare *', bareStar);
  return a;
}
// }====

// {==== calls
function buildCall(func: Expr, argNodes: N[], p: A.Pos): A.Call {
  // CPython reports the order errors at the token after the arguments: the closing parenthesis
  const closing: A.Pos = { lineno: p.end_lineno, col_offset: p.end_col_offset - 1, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset };
  const args: Expr[] = [], keywords: A.Keyword[] = [];
  let sawKw = false, sawDstar = false;
  const items = argNodes.map((n) => n.ast() as { k: string; e: Expr; kw?: A.Keyword });
  for (const it of items) {
    switch (it.k) {
      case 'pos': case 'genexp':
        if (it.k === 'genexp' && items.length > 1) throw err('Generator expression must be parenthesized', (it.e as A.GeneratorExp).elt);
        if (sawDstar) throw err('positional argument follows keyword argument unpacking', closing);
        if (sawKw) throw err('positional argument follows keyword argument', closing);
        args.push(it.e); break;
      case 'star':
        if (sawDstar) throw err('iterable argument unpacking follows keyword argument unpacking', it.e);
        args.push(it.e); break;
      case 'kw': sawKw = true; keywords.push(it.kw!); break;
      case 'dstar': sawDstar = true; keywords.push(it.kw!); break;
    }
  }
  return { kind: 'Call', func, args, keywords, ...p };
}
// }====

// {==== strings
function stringAtom(nodes: N[], p: A.Pos): Expr {
  const toks = nodes.map((n) => {
    try { return { n, t: splitString(n.sourceString) }; } catch (e) { throw literalErr(e, n); }
  });
  const nbytes = toks.filter((x) => x.t.bytes).length;
  if (nbytes && nbytes !== toks.length) throw err('cannot mix bytes and nonbytes literals', P(toks[0].n));
  if (!toks.some((x) => x.t.fstr)) {
    const vals = toks.map(({ n, t }) => { try { return strConst(t); } catch (e) { throw literalErr(e, n); } });
    if (vals.length === 1) return constant(vals[0], p);
    if (nbytes) {
      const total = vals.reduce((s, v) => s + (v as { v: Uint8Array }).v.length, 0);
      const b = new Uint8Array(total);
      let o = 0;
      for (const v of vals) { b.set((v as { v: Uint8Array }).v, o); o += (v as { v: Uint8Array }).v.length; }
      return constant({ k: 'bytes', v: b }, p);
    }
    return constant({ k: 'str', v: vals.map((v) => (v as { v: string }).v).join('') }, p);
  }
  const values: (A.Constant | A.FormattedValue)[] = [];
  let lit = '';
  const flush = () => { if (lit) { values.push(constant({ k: 'str', v: lit }, p)); lit = ''; } };
  for (const { n, t } of toks) {
    if (!t.fstr) { try { lit += (strConst(t) as { v: string }).v; } catch (e) { throw literalErr(e, n); } continue; }
    let parts: FPart[];
    try { parts = splitFString(t.body, t.raw); } catch (e) { throw literalErr(e, n); }
    const bodyBase = toSourceOffset(cx.layout, n.source.startIdx) + cx.base + t.bodyOff;
    for (const part of parts) {
      if ('lit' in part) { lit += part.lit; continue; }
      if (part.debugText !== null) lit += part.debugText;
      flush();
      values.push(fieldValue(part, bodyBase, p, P(n)));
    }
  }
  flush();
  return { kind: 'JoinedStr', values, ...p };
}

function fieldValue(part: Extract<FPart, { expr: string }>, bodyBase: number, p: A.Pos, tokPos: A.Pos): A.FormattedValue {
  const value = subExpression(part.expr, bodyBase + part.exprOff, p);
  let spec: A.JoinedStr | null = null;
  if (part.spec) {
    const vals: (A.Constant | A.FormattedValue)[] = [];
    for (const sp of part.spec) {
      // 3.11: a spec that is only text has its token's span; text beside fields in a spec spans
      // from its token's start to the end of the whole literal
      const onlyText = part.spec.every((x) => 'lit' in x);
      if ('lit' in sp) vals.push(constant({ k: 'str', v: sp.lit }, onlyText ? tokPos : span(tokPos, p)));
      else vals.push(fieldValue(sp, bodyBase, p, tokPos));
    }
    spec = { kind: 'JoinedStr', values: vals, ...tokPos };
  }
  return { kind: 'FormattedValue', value, conversion: part.conv, format_spec: spec, ...p };
}

/** Parse the expression of an f-string field (3.11: as if parenthesized, so newlines are allowed). */
function subExpression(text: string, srcOff: number, p: A.Pos): Expr {
  const t = text.replace(/\n/g, JOIN);
  const m = grammar.match(t, 'FStringExpr');
  if (m.failed()) throw err('f-string: invalid syntax', p);
  const saved = cx;
  cx = { layout: { ...saved.layout, text: t, inserts: [] }, base: srcOff, src: saved.src };
  try {
    const e = semantics(m).ast() as Expr;
    // 3.11 parses the field as "(text)": a bare tuple spans the braces
    if (e.kind === 'Tuple' && !parenthesized.has(e)) {
      const a = srcOff - 1, b = srcOff + text.length + 1, src = saved.src;
      const l1 = src.lineOf(a), l2 = src.lineOf(b);
      Object.assign(e, { lineno: l1, col_offset: src.colOf(a, l1), end_lineno: l2, end_col_offset: src.colOf(b, l2) });
    }
    return e;
  } finally { cx = saved; }
}

function literalErr(e: unknown, n: N): unknown {
  if (!(e instanceof LiteralError)) return e;
  const so = toSourceOffset(cx.layout, n.source.startIdx) + cx.base;
  const eo = toSourceOffset(cx.layout, n.source.endIdx) + cx.base;
  // 3.11 reports f-string errors at the token after the string
  if (e.message.startsWith('f-string')) return cx.src.errorAt(e.message, eo);
  return cx.src.errorAt(e.message, e.message.startsWith('(') ? eo : so);
}
// }====

// {==== the semantic actions
const semantics = grammar.createSemantics();
type Comp = A.Comprehension;
const comps = (fors: N): Comp[] => fors.children.map((c) => c.ast() as Comp);

semantics.addOperation<unknown>('ast', {
  Module(body, _end) { return { kind: 'Module', body: stmts(body.children) }; },
  SimpleStmts(l, _semi, _nl) { return list(l).map((c) => c.ast()); },
  ExprStmt_ann(target, _c, ann, value) {
    const t = target.ast() as Expr;
    if (t.kind === 'Tuple') throw err('only single target (not tuple) can be annotated', t);
    if (t.kind === 'List') throw err('only single target (not list) can be annotated', t);
    if (t.kind !== 'Name' && t.kind !== 'Attribute' && t.kind !== 'Subscript') throw err('illegal target for annotation', t);
    setContext(t, 'Store', 'assign');
    const v = optAst<Expr>(value);
    return { kind: 'AnnAssign', target: t, annotation: ann.ast(), value: v, simple: t.kind === 'Name' && !parenthesized.has(t) ? 1 : 0, ...P(this) };
  },
  AnnValue(_eq, v) { return v.ast(); },
  ExprStmt_aug(target, op, value) {
    const t = target.ast() as Expr;
    if (t.kind !== 'Name' && t.kind !== 'Attribute' && t.kind !== 'Subscript') {
      throw err(`'${exprName(t)}' is an illegal expression for augmented assignment`, t);
    }
    setContext(t, 'Store', 'assign');
    return { kind: 'AugAssign', target: t, op: AUG[op.sourceString], value: value.ast(), ...P(this) };
  },
  ExprStmt_assign(first, _eqs, rest) {
    const e = first.ast() as Expr;
    if (rest.children.length === 0) return { kind: 'Expr', value: e, ...P(this) };
    const all = [e, ...rest.children.map((c) => c.ast() as Expr)];
    const value = all.pop()!;
    assignTargets(all, value);
    return { kind: 'Assign', targets: all, value, ...P(this) };
  },
  PassStmt(_k) { return { kind: 'Pass', ...P(this) }; },
  BreakStmt(_k) { return { kind: 'Break', ...P(this) }; },
  ContinueStmt(_k) { return { kind: 'Continue', ...P(this) }; },
  ReturnStmt(_k, v) { return { kind: 'Return', value: optAst(v), ...P(this) }; },
  RaiseStmt_from(_k, exc, _f, cause) { return { kind: 'Raise', exc: exc.ast(), cause: cause.ast(), ...P(this) }; },
  RaiseStmt_plain(_k, exc) { return { kind: 'Raise', exc: optAst(exc), cause: null, ...P(this) }; },
  GlobalStmt(_k, names) { return { kind: 'Global', names: list(names).map(nameOf), ...P(this) }; },
  NonlocalStmt(_k, names) { return { kind: 'Nonlocal', names: list(names).map(nameOf), ...P(this) }; },
  DelStmt(_k, targets, _c) {
    const ts = list(targets).map((c) => c.ast() as Expr);
    for (const t of ts) setContext(t, 'Del', 'del');
    return { kind: 'Delete', targets: ts, ...P(this) };
  },
  AssertStmt(_k, test, _c, msg) { return { kind: 'Assert', test: test.ast(), msg: optAst(msg), ...P(this) }; },
  ImportStmt(_k, names) { return { kind: 'Import', names: list(names).map((c) => c.ast()), ...P(this) }; },
  DottedAsName(dn, _as, asname) { return { name: dn.ast(), asname: opt(asname) ? nameOf(opt(asname)!) : null, ...P(this) }; },
  DottedName(names) { return list(names).map(nameOf).join('.'); },
  FromImport_mod(_k, dots, dn, _i, targets) {
    const level = dots.children.reduce((s, d) => s + d.sourceString.length, 0);
    return { kind: 'ImportFrom', module: dn.ast(), names: targets.ast(), level, ...P(this) };
  },
  FromImport_rel(_k, dots, _i, targets) {
    const level = dots.children.reduce((s, d) => s + d.sourceString.length, 0);
    return { kind: 'ImportFrom', module: null, names: targets.ast(), level, ...P(this) };
  },
  ImportTargets_star(s) { return [{ name: '*', asname: null, ...P(s) }]; },
  ImportTargets_paren(_l, names, _c, _r) { return list(names).map((c) => c.ast()); },
  ImportTargets_plain(names) { return list(names).map((c) => c.ast()); },
  ImportAsName(n, _as, asname) { return { name: nameOf(n), asname: opt(asname) ? nameOf(opt(asname)!) : null, ...P(this) }; },

  Suite_block(_nl, _i, body, _d) { return stmts(body.children); },
  Suite_inline(s) { return s.ast(); },
  IfStmt(_k, test, _c, suite, elifs, els) {
    let orelse: A.Stmt[] = optAst<A.Stmt[]>(els) ?? [];
    const ifs = elifs.children;
    for (let i = ifs.length - 1; i >= 0; i--) {
      const e = ifs[i].ast() as A.If;
      e.orelse = orelse;
      if (orelse.length) Object.assign(e, { end_lineno: lastEnd(orelse).end_lineno, end_col_offset: lastEnd(orelse).end_col_offset });
      orelse = [e];
    }
    const body = suite.ast() as A.Stmt[];
    return { kind: 'If', test: test.ast(), body, orelse, ...startEnd(this, lastEnd(orelse.length ? orelse : body)) };
  },
  ElifClause(_k, test, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'If', test: test.ast(), body, orelse: [], ...startEnd(this, lastEnd(body)) };
  },
  ElseClause(_k, _c, suite) { return suite.ast(); },
  WhileStmt(_k, test, _c, suite, els) {
    const body = suite.ast() as A.Stmt[], orelse = optAst<A.Stmt[]>(els) ?? [];
    return { kind: 'While', test: test.ast(), body, orelse, ...startEnd(this, lastEnd(orelse.length ? orelse : body)) };
  },
  ForStmt(_k, targets, _in, iter, _c, suite, els) {
    const target = targets.ast() as Expr;
    setContext(target, 'Store', 'for');
    checkStarredAssign(target);
    const body = suite.ast() as A.Stmt[], orelse = optAst<A.Stmt[]>(els) ?? [];
    return { kind: 'For', target, iter: iter.ast(), body, orelse, ...startEnd(this, lastEnd(orelse.length ? orelse : body)) };
  },
  TryStmt_except(_k, _c, suite, handlers, els, fin) {
    const body = suite.ast() as A.Stmt[];
    const hs = handlers.children.map((h) => h.ast() as A.ExceptHandler);
    for (let i = 0; i < hs.length - 1; i++) if (!hs[i].type) throw err('default \'except:\' must be last', hs[i]);
    const orelse = optAst<A.Stmt[]>(els) ?? [], finalbody = optAst<A.Stmt[]>(fin) ?? [];
    const last = finalbody.length ? lastEnd(finalbody) : orelse.length ? lastEnd(orelse) : hs[hs.length - 1];
    return { kind: 'Try', body, handlers: hs, orelse, finalbody, ...startEnd(this, last) };
  },
  TryStmt_finally(_k, _c, suite, fin) {
    const body = suite.ast() as A.Stmt[], finalbody = fin.ast() as A.Stmt[];
    return { kind: 'Try', body, handlers: [], orelse: [], finalbody, ...startEnd(this, lastEnd(finalbody)) };
  },
  ExceptClause_as(_k, type, _as, name, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'ExceptHandler', type: type.ast(), name: nameOf(name), body, ...startEnd(this, lastEnd(body)) };
  },
  ExceptClause_type(_k, type, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'ExceptHandler', type: type.ast(), name: null, body, ...startEnd(this, lastEnd(body)) };
  },
  ExceptClause_bare(_k, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'ExceptHandler', type: null, name: null, body, ...startEnd(this, lastEnd(body)) };
  },
  FinallyClause(_k, _c, suite) { return suite.ast(); },
  WithStmt_parens(_k, _l, items, _c, _r, _col, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'With', items: list(items).map((c) => c.ast()), body, ...startEnd(this, lastEnd(body)) };
  },
  WithStmt_plain(_k, items, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'With', items: list(items).map((c) => c.ast()), body, ...startEnd(this, lastEnd(body)) };
  },
  WithItem_as(e, _as, target) {
    const t = target.ast() as Expr;
    setContext(t, 'Store', 'with');
    return { context_expr: e.ast(), optional_vars: t };
  },
  WithItem_plain(e) { return { context_expr: e.ast(), optional_vars: null }; },
  FuncDef(_k, name, _l, params, _r, _arrow, ret, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    return { kind: 'FunctionDef', name: nameOf(name), args: params.ast(), body, decorator_list: [], returns: optAst(ret),
      ...startEnd(this, lastEnd(body)) };
  },
  ClassDef(_k, name, _l, args, _r, _c, suite) {
    const body = suite.ast() as A.Stmt[];
    const call = opt(args) ? buildCall(null as unknown as Expr, (opt(args)!.ast() as N[]), P(this)) : null;
    return { kind: 'ClassDef', name: nameOf(name), bases: call?.args ?? [], keywords: call?.keywords ?? [], body,
      decorator_list: [], ...startEnd(this, lastEnd(body)) };
  },
  Decorated(decos, def) {
    const d = def.ast() as A.FunctionDef | A.ClassDef;
    d.decorator_list = decos.children.map((c) => c.ast() as Expr);
    return d;
  },
  Decorator(_at, e, _nl) { return e.ast(); },
  Params_some(l, _c) { return buildArgs(list(l).map((c) => c.ast())); },
  Params_none() { return buildArgs([]); },
  Param_kwargs(_s, n, ann) { return { kind: 'kwargs', arg: { arg: nameOf(n), annotation: optAst(ann), ...startEnd(n, P(this)) }, p: P(this) }; },
  Param_varargs(_s, n, ann) { return { kind: 'varargs', arg: { arg: nameOf(n), annotation: optAst(ann), ...startEnd(n, P(this)) }, p: P(this) }; },
  Param_bare(_s) { return { kind: 'bare', p: P(this) }; },
  Param_slash(_s) { return { kind: 'slash', p: P(this) }; },
  Param_plain(n, ann, _eq, def) {
    const a = optAst<Expr>(ann);
    return { kind: 'plain', arg: { arg: nameOf(n), annotation: a, ...(a ? span(P(n), a) : P(n)) }, def: optAst(def), p: P(this) };
  },
  Annotation(_c, t) { return t.ast(); },
  StarAnnotation(_c, t) { return t.ast(); },
  LambdaParams_some(l, _c) { return buildArgs(list(l).map((c) => c.ast())); },
  LambdaParams_none() { return buildArgs([]); },
  LambdaParam_kwargs(_s, n) { return { kind: 'kwargs', arg: { arg: nameOf(n), annotation: null, ...P(n) }, p: P(this) }; },
  LambdaParam_varargs(_s, n) { return { kind: 'varargs', arg: { arg: nameOf(n), annotation: null, ...P(n) }, p: P(this) }; },
  LambdaParam_bare(_s) { return { kind: 'bare', p: P(this) }; },
  LambdaParam_slash(_s) { return { kind: 'slash', p: P(this) }; },
  LambdaParam_plain(n, _eq, def) { return { kind: 'plain', arg: { arg: nameOf(n), annotation: null, ...P(n) }, def: optAst(def), p: P(this) }; },

  StarExprs(l, comma) {
    const items = list(l);
    if (items.length === 1 && comma.children.length === 0) return items[0].ast();
    return { kind: 'Tuple', elts: items.map((c) => c.ast()), ctx: 'Load', ...P(this) };
  },
  TargetList(l, comma) {
    const items = list(l);
    if (items.length === 1 && comma.children.length === 0) return items[0].ast();
    return { kind: 'Tuple', elts: items.map((c) => c.ast()), ctx: 'Load', ...P(this) };
  },
  StarExpr_star(_s, e) { return { kind: 'Starred', value: e.ast(), ctx: 'Load', ...P(this) }; },
  StarNamedExpr_star(_s, e) { return { kind: 'Starred', value: e.ast(), ctx: 'Load', ...P(this) }; },
  StarTarget_star(_s, e) { return { kind: 'Starred', value: e.ast(), ctx: 'Load', ...P(this) }; },
  NamedExprTest_walrus(n, _op, v) { return { kind: 'NamedExpr', target: nameExpr(n, 'Store'), value: v.ast(), ...P(this) }; },
  Test_cond(body, _if, test, _else, orelse) { return { kind: 'IfExp', test: test.ast(), body: body.ast(), orelse: orelse.ast(), ...P(this) }; },
  Lambdef(_k, params, _c, body) { return { kind: 'Lambda', args: params.ast(), body: body.ast(), ...P(this) }; },
  Disjunction(first, _ops, rest) {
    if (rest.children.length === 0) return first.ast();
    return { kind: 'BoolOp', op: 'Or', values: [first.ast(), ...rest.children.map((c) => c.ast())], ...P(this) };
  },
  Conjunction(first, _ops, rest) {
    if (rest.children.length === 0) return first.ast();
    return { kind: 'BoolOp', op: 'And', values: [first.ast(), ...rest.children.map((c) => c.ast())], ...P(this) };
  },
  Inversion_not(_k, e) { return { kind: 'UnaryOp', op: 'Not', operand: e.ast(), ...P(this) }; },
  Comparison(first, ops, rest) {
    if (rest.children.length === 0) return first.ast();
    return { kind: 'Compare', left: first.ast(), ops: ops.children.map((o) => CMP[o.sourceString.replace(/[\s\uE002]+/g, ' ')]),
      comparators: rest.children.map((c) => c.ast()), ...P(this) };
  },
  BitOr(first, ops, rest) {
    if (rest.children.length === 0) return first.ast();
    // precedence climbing over the flat operand/operator list; spans come from the ohm
    // intervals so that parentheses around an operand are inside the BinOp, as in CPython
    const nodes = [first, ...rest.children];
    const operands: { e: Expr; s: number; t: number }[] = nodes.map((c) => ({ e: c.ast() as Expr, s: c.source.startIdx, t: c.source.endIdx }));
    const opers = ops.children.map((o) => BIN[o.sourceString]);
    let k = 0;
    const climb = (left: { e: Expr; s: number; t: number }, minPrec: number): { e: Expr; s: number; t: number } => {
      while (k < opers.length && opers[k][1] >= minPrec) {
        const [op, prec] = opers[k];
        k++;
        let right = operands[k];
        while (k < opers.length && opers[k][1] > prec) right = climb(right, prec + 1);
        left = { e: { kind: 'BinOp', left: left.e, op, right: right.e, ...offPos(left.s, right.t) }, s: left.s, t: right.t };
      }
      return left;
    };
    return climb(operands[0], 0).e;
  },
  UExpr_neg(_o, e) { return { kind: 'UnaryOp', op: 'USub', operand: e.ast(), ...P(this) }; },
  UExpr_pos(_o, e) { return { kind: 'UnaryOp', op: 'UAdd', operand: e.ast(), ...P(this) }; },
  UExpr_inv(_o, e) { return { kind: 'UnaryOp', op: 'Invert', operand: e.ast(), ...P(this) }; },
  Power_pow(l, _o, r) { return { kind: 'BinOp', left: l.ast(), op: 'Pow', right: r.ast(), ...P(this) }; },
  Primary(atom, trailers) {
    let e = atom.ast() as Expr;
    const start = atom.source.startIdx;
    for (const t of trailers.children) {
      const p = offPos(start, t.source.endIdx);
      const alt = t.children[0];
      switch (alt.ctorName) {
        case 'Trailer_call': {
          const call = buildCall(e, alt.children[1].ast() as N[], p);
          // 3.11 gives a sole unparenthesized generator argument the span of the call's parentheses
          const g = call.args[0];
          if (call.args.length === 1 && bareGenexps.has(g)) Object.assign(g, offPos(alt.children[0].source.startIdx, alt.children[2].source.endIdx));
          e = call;
          break;
        }
        case 'Trailer_subscript': e = { kind: 'Subscript', value: e, slice: alt.children[1].ast() as Expr, ctx: 'Load', ...p }; break;
        default: e = { kind: 'Attribute', value: e, attr: nameOf(alt.children[1]), ctx: 'Load', ...p };
      }
    }
    return e;
  },
  ArgList_some(l, _c) { return list(l); },
  ArgList_none() { return []; },
  Argument_kw(n, _eq, v) { const value = v.ast() as Expr; return { k: 'kw', e: value, kw: { arg: nameOf(n), value, ...P(this) } }; },
  Argument_dstar(_s, v) { const value = v.ast() as Expr; return { k: 'dstar', e: value, kw: { arg: null, value, ...P(this) } }; },
  Argument_star(_s, v) { return { k: 'star', e: { kind: 'Starred', value: v.ast(), ctx: 'Load', ...P(this) } }; },
  Argument_genexp(e, fors) {
    const g = { kind: 'GeneratorExp', elt: e.ast(), generators: comps(fors), ...P(this) } as A.GeneratorExp;
    bareGenexps.add(g);
    return { k: 'genexp', e: g };
  },
  Argument_pos(e) { return { k: 'pos', e: e.ast() }; },
  Slices(l, comma) {
    const items = list(l);
    if (items.length === 1 && comma.children.length === 0) {
      const e = items[0].ast() as Expr;
      // a[*b] (PEP 646): the slice is a one-element tuple
      if (e.kind !== 'Starred') return e;
      return { kind: 'Tuple', elts: [e], ctx: 'Load', ...P(this) };
    }
    return { kind: 'Tuple', elts: items.map((c) => c.ast()), ctx: 'Load', ...P(this) };
  },
  SliceItem_slice(lower, _c, upper, step) {
    const st = opt(step);
    return { kind: 'Slice', lower: optAst(lower), upper: optAst(upper), step: st ? optAst(st.children[1]) : null, ...P(this) };
  },
  Atom_unit(_l, _r) { return { kind: 'Tuple', elts: [], ctx: 'Load', ...P(this) }; },
  Atom_yield(_l, y, _r) { return y.ast(); },
  Atom_genexp(_l, e, fors, _r) { return { kind: 'GeneratorExp', elt: e.ast(), generators: comps(fors), ...P(this) }; },
  Atom_tuple(_l, first, _c, rest, _c2, _r) {
    const t = { kind: 'Tuple', elts: [first.ast(), ...list(rest).map((c) => c.ast())], ctx: 'Load', ...P(this) };
    parenthesized.add(t);
    return t;
  },
  Atom_paren(_l, e, _r) { const x = e.ast() as Expr; parenthesized.add(x); return x; },
  Atom_listcomp(_l, e, fors, _r) { return { kind: 'ListComp', elt: e.ast(), generators: comps(fors), ...P(this) }; },
  Atom_list(_l, items, _c, _r) { return { kind: 'List', elts: list(items).map((c) => c.ast()), ctx: 'Load', ...P(this) }; },
  Atom_emptydict(_l, _r) { return { kind: 'Dict', keys: [], values: [], ...P(this) }; },
  Atom_dictcomp(_l, k, _c, v, fors, _r) { return { kind: 'DictComp', key: k.ast(), value: v.ast(), generators: comps(fors), ...P(this) }; },
  Atom_dict(_l, items, _c, _r) {
    const kv = list(items).map((c) => c.ast() as [Expr | null, Expr]);
    return { kind: 'Dict', keys: kv.map((x) => x[0]), values: kv.map((x) => x[1]), ...P(this) };
  },
  Atom_setcomp(_l, e, fors, _r) { return { kind: 'SetComp', elt: e.ast(), generators: comps(fors), ...P(this) }; },
  Atom_set(_l, items, _c, _r) { return { kind: 'Set', elts: list(items).map((c) => c.ast()), ...P(this) }; },
  Atom_strings(s) { return stringAtom(s.children, P(this)); },
  Atom_number(n) {
    try { return constant(numberValue(n.sourceString), P(this)); } catch (e) { throw literalErr(e, n); }
  },
  Atom_ellipsis(_e) { return constant({ k: 'ellipsis' }, P(this)); },
  Atom_none(_k) { return constant({ k: 'none' }, P(this)); },
  Atom_true(_k) { return constant({ k: 'bool', v: true }, P(this)); },
  Atom_false(_k) { return constant({ k: 'bool', v: false }, P(this)); },
  Atom_name(n) { return nameExpr(n); },
  DictItem_dstar(_s, e) { return [null, e.ast()]; },
  DictItem_pair(k, _c, v) { return [k.ast(), v.ast()]; },
  CompFor(_k, targets, _in, iter, ifs) {
    const target = targets.ast() as Expr;
    setContext(target, 'Store', 'comp');
    return { target, iter: iter.ast(), ifs: ifs.children.map((c) => c.ast()), is_async: 0 };
  },
  CompIf(_k, e) { return e.ast(); },
  YieldExpr_from(_k, _f, e) { return { kind: 'YieldFrom', value: e.ast(), ...P(this) }; },
  YieldExpr_plain(_k, e) { return { kind: 'Yield', value: optAst(e), ...P(this) }; },
  FStringExpr(e, _end) { return e.ast(); },
});
// }====

/**
 * CPython's second pass meets the errors of complete statements before the failing line first (an
 * invalid assignment target, say): parse those statements alone and build their AST.
 */
function earlierStatementError(lay: Layout, p: number): PySyntaxError | null {
  const text = lay.text;
  // cut before the failing line; failing that, before the top-level statement that contains it
  let q = p - 1;
  while (q >= 0 && text[q] !== '\n') q--;
  const cuts = [q];
  let t = q - 1;
  while (t >= 0 && !(text[t] === '\n' && !/[ \t\uE000\uE001\uE002]/.test(text[t + 1] ?? ''))) t--;
  if (t >= 0 && t !== q) cuts.push(t);
  for (const cut of cuts) {
    if (cut < 0) continue;
    const prefix = text.slice(0, cut + 1);
    let open = 0;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      if (c === 0xe000) open++; else if (c === 0xe001) open--;
    }
    const pm = grammar.match(prefix + DEDENT.repeat(Math.max(0, open)), 'Module');
    if (pm.failed()) continue;
    const saved = cx;
    cx = { layout: lay, base: 0, src: lay.src };
    try { semantics(pm).ast(); } catch (e) { if (e instanceof PySyntaxError) return e; } finally { cx = saved; }
    return null;
  }
  return null;
}

/** Parse a module. Throws PySyntaxError (or IndentationError/TabError) as CPython 3.11 would. */
export function parseModule(source: string, filename: string): A.Module {
  const lay = layout(source, filename);
  const m = grammar.match(lay.text, 'Module');
  if (m.failed()) {
    const p = (m as unknown as { getRightmostFailurePosition(): number }).getRightmostFailurePosition();
    const c = lay.text.charCodeAt(p);
    // an unexpected INDENT/DEDENT is reported before any tokenizer error CPython finds later
    const unexpected = (c === 0xe000 || c === 0xe001) && toSourceOffset(lay, p) <= lay.errorAt;
    if (lay.error && lay.errorHard && !unexpected) throw lay.error;
    const e = (unexpected ? null : earlierStatementError(lay, p)) ?? syntaxErrorForFailure(lay, m);
    // a bracket left open at the end wins over parser errors from its line on (CPython tokenizes to the end)
    if (lay.unclosed && !unexpected && e !== lay.error) {
      const generic = e.msg === 'invalid syntax';
      // forced tokens fail in CPython's first pass, before its tokenizer has read further
      const forced = e.msg === "expected '('" || e.msg === "expected ':'";
      const atEof = /^[\s\uE000-\uE002]*$/.test(lay.text.slice(p));
      if (generic ? atEof || e.line > lay.unclosedLine : forced ? e.line > lay.unclosedLine : e.line >= lay.unclosedLine) throw lay.unclosed;
    }
    throw e;
  }
  if (lay.error) throw lay.error;
  const saved = cx;
  cx = { layout: lay, base: 0, src: lay.src };
  try {
    return semantics(m).ast() as A.Module;
  } finally { cx = saved; }
}

