/**
 * Code generation for expressions: one function per node kind, after CPython 3.11's
 * compiler_visit_expr1 and its helpers (boolean jumps, comparison chains, calls with the
 * LOAD_METHOD and CALL_FUNCTION_EX forms, displays with constant folding of long literals,
 * f-strings, subscripts and slices, yield and yield from).
 *
 * Invariant: every function leaves exactly one value on the stack (expression context) or jumps as
 * told (jumpIf), and restores the location it found (visitExpr), as compile.c does.
 */
import type { Const } from '../bytecode/code.js';
import { BinOp, CmpOp, FV_HAVE_SPEC, FV_ASCII, FV_REPR, FV_STR } from '../bytecode/opcodes.js';
import type * as A from './ast.js';
import { type BB, type Compiler, JUMP_NO_INTERRUPT, O, RESUME } from './codegen_core.js';
import { frozensetConst } from './fold.js';
import { DEF_IMPORT } from './scope.js';

type Expr = A.Expr;
const STACK_USE_GUIDELINE = 30;

export const BINOPS: Record<A.Operator, number> = {
  Add: BinOp.ADD, Sub: BinOp.SUBTRACT, Mult: BinOp.MULTIPLY, MatMult: BinOp.MATRIX_MULTIPLY, Div: BinOp.TRUE_DIVIDE,
  Mod: BinOp.REMAINDER, Pow: BinOp.POWER, LShift: BinOp.LSHIFT, RShift: BinOp.RSHIFT, BitOr: BinOp.OR,
  BitXor: BinOp.XOR, BitAnd: BinOp.AND, FloorDiv: BinOp.FLOOR_DIVIDE,
};

/** Visit an expression with its own location, restoring the enclosing one after (compiler_visit_expr). */
export function visitExpr(c: Compiler, e: Expr): void {
  const saved = c.u.loc;
  c.setLoc(e);
  exprBody(c, e);
  c.u.loc = saved;
}

function exprBody(c: Compiler, e: Expr): void {
  switch (e.kind) {
    case 'NamedExpr':
      c.expr(e.value);
      c.emit(O.COPY, 1);
      c.expr(e.target);
      return;
    case 'BoolOp': {
      const jumpi = e.op === 'And' ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
      const end = c.newBlock();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        c.expr(e.values[i]);
        c.jump(jumpi, end);
      }
      c.expr(e.values[n]);
      c.useNextBlock(end);
      return;
    }
    case 'BinOp':
      c.expr(e.left);
      c.expr(e.right);
      c.emit(O.BINARY_OP, BINOPS[e.op]);
      return;
    case 'UnaryOp':
      c.expr(e.operand);
      c.emit(e.op === 'Not' ? O.UNARY_NOT : e.op === 'USub' ? O.UNARY_NEGATIVE : e.op === 'UAdd' ? O.UNARY_POSITIVE : O.UNARY_INVERT);
      return;
    case 'Lambda': c.lambda(e); return;
    case 'IfExp': {
      const end = c.newBlock(), next = c.newBlock();
      c.jumpIf(e.test, next, false);
      c.expr(e.body);
      jumpNoLine(c, end);
      c.useNextBlock(next);
      c.expr(e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Dict': dict(c, e); return;
    case 'Set': starunpack(c, e.elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false); return;
    case 'GeneratorExp': case 'ListComp': case 'SetComp': case 'DictComp': c.comprehension(e); return;
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      if (e.value) c.expr(e.value); else c.loadNone();
      c.emit(O.YIELD_VALUE, 0);
      c.emit(RESUME, 1);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function", e);
      c.expr(e.value);
      c.emit(O.GET_YIELD_FROM_ITER);
      c.loadNone();
      yieldFrom(c);
      return;
    case 'Compare': compare(c, e); return;
    case 'Call': call(c, e); return;
    case 'Constant': c.loadConst(e.value); return;
    case 'JoinedStr': joinedStr(c, e); return;
    case 'FormattedValue': formattedValue(c, e); return;
    case 'Attribute':
      c.expr(e.value);
      attrLoc(c, e);
      c.nameArg(e.ctx === 'Load' ? O.LOAD_ATTR : e.ctx === 'Store' ? O.STORE_ATTR : O.DELETE_ATTR, e.attr);
      return;
    case 'Subscript':
      c.expr(e.value);
      c.expr(e.slice);
      c.emit(e.ctx === 'Load' ? O.BINARY_SUBSCR : e.ctx === 'Store' ? O.STORE_SUBSCR : O.DELETE_SUBSCR);
      return;
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple', e);
      c.error("can't use starred expression here", e);
      return;
    case 'Slice':
      if (e.lower) c.expr(e.lower); else c.loadNone();
      if (e.upper) c.expr(e.upper); else c.loadNone();
      if (e.step) c.expr(e.step);
      c.emit(O.BUILD_SLICE, e.step ? 3 : 2);
      return;
    case 'Name': c.nameOp(e.id, e.ctx); return;
    case 'List': case 'Tuple':
      if (e.ctx === 'Store') { assignmentUnpack(c, e.elts, e); return; }
      if (e.ctx === 'Del') { e.elts.forEach((x) => c.expr(x)); return; }
      if (e.kind === 'List') starunpack(c, e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, false);
      else starunpack(c, e.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
      return;
  }
}

/**
 * An attribute written over several lines is located at its name on its last line, so that a
 * traceback points there (3.11's update_start_location_to_match_attr).
 */
export function attrLoc(c: Compiler, e: A.Attribute) {
  const l = c.u.loc;
  if (l.line === e.end_lineno) return;
  const loc = { ...l, line: e.end_lineno };
  const len = e.attr.length;
  if (len <= e.end_col_offset) loc.col = e.end_col_offset - len;
  else { loc.col = -1; loc.endCol = -1; }
  loc.endLine = Math.max(loc.line, loc.endLine);
  if (loc.line === loc.endLine) loc.endCol = Math.max(loc.col, loc.endCol);
  c.u.loc = loc;
}

export function jumpNoLine(c: Compiler, target: BB) {
  const saved = c.u.loc;
  c.unsetLoc();
  c.jump(O.JUMP, target);
  c.u.loc = saved;
}

/** The delegation loop of `yield from` (3.11's compiler_add_yield_from). */
export function yieldFrom(c: Compiler) {
  const start = c.newBlock(), resume = c.newBlock(), exit = c.newBlock();
  c.useNextBlock(start);
  c.jump(O.SEND, exit);
  c.useNextBlock(resume);
  c.emit(O.YIELD_VALUE, 1);
  c.emit(RESUME, 2);
  c.jump(JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

// {==== tests and comparisons
export function compareOp(c: Compiler, op: A.CmpOperator) {
  switch (op) {
    case 'Eq': c.emit(O.COMPARE_OP, CmpOp.EQ); return;
    case 'NotEq': c.emit(O.COMPARE_OP, CmpOp.NE); return;
    case 'Lt': c.emit(O.COMPARE_OP, CmpOp.LT); return;
    case 'LtE': c.emit(O.COMPARE_OP, CmpOp.LE); return;
    case 'Gt': c.emit(O.COMPARE_OP, CmpOp.GT); return;
    case 'GtE': c.emit(O.COMPARE_OP, CmpOp.GE); return;
    case 'Is': c.emit(O.IS_OP, 0); return;
    case 'IsNot': c.emit(O.IS_OP, 1); return;
    case 'In': c.emit(O.CONTAINS_OP, 0); return;
    case 'NotIn': c.emit(O.CONTAINS_OP, 1); return;
  }
}

function compare(c: Compiler, e: A.Compare) {
  c.expr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) { c.expr(e.comparators[0]); compareOp(c, e.ops[0]); return; }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    c.expr(e.comparators[i]);
    c.emit(O.SWAP, 2);
    c.emit(O.COPY, 2);
    compareOp(c, e.ops[i]);
    c.jump(O.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  c.expr(e.comparators[n]);
  compareOp(c, e.ops[n]);
  const end = c.newBlock();
  jumpNoLine(c, end);
  c.useNextBlock(cleanup);
  c.emit(O.SWAP, 2);
  c.emit(O.POP_TOP);
  c.useNextBlock(end);
}

/** Jump to `next` when `e` is (cond) true, else fall through (compiler_jump_if). */
export function jumpIf(c: Compiler, e: Expr, next: BB, cond: boolean): void {
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'Not') { jumpIf(c, e.operand, next, !cond); return; }
      break;
    case 'BoolOp': {
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
      jumpIf(c, e.values[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock(), next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      jumpNoLine(c, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      // 3.11 gives the jumps of a comparison its location, and leaves that location set afterwards
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        const cleanup = c.newBlock();
        c.expr(e.left);
        for (let i = 0; i < n; i++) {
          c.expr(e.comparators[i]);
          c.emit(O.SWAP, 2);
          c.emit(O.COPY, 2);
          compareOp(c, e.ops[i]);
          c.jump(O.POP_JUMP_IF_FALSE, cleanup);
        }
        c.expr(e.comparators[n]);
        compareOp(c, e.ops[n]);
        c.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        jumpNoLine(c, end);
        c.useNextBlock(cleanup);
        c.emit(O.POP_TOP);
        if (!cond) jumpNoLine(c, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default: break;
  }
  c.expr(e);
  c.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
}
// }====

// {==== calls
function call(c: Compiler, e: A.Call) {
  if (methodCall(c, e)) return;
  const saved = c.u.loc;
  c.setLoc(e.func);
  c.emit(O.PUSH_NULL);
  c.u.loc = saved;
  c.expr(e.func);
  callHelper(c, 0, e.args, e.keywords);
}

function methodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
  // 3.11: a method of something the module imported is called with LOAD_ATTR (is_import_originated)
  if (meth.value.kind === 'Name' && ((c.st.top.symbols.get(meth.value.id) ?? 0) & DEF_IMPORT)) return false;
  const argsl = e.args.length, kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  c.expr(meth.value);
  // LOAD_METHOD (and KW_NAMES) are located at the attribute, CALL at the call, both from the attribute's name on
  c.setLoc(meth);
  attrLoc(c, meth);
  c.nameArg(O.LOAD_METHOD, meth.attr);
  e.args.forEach((a) => c.expr(a));
  if (kwdsl) { e.keywords.forEach((k) => c.expr(k.value)); kwNames(c, e.keywords); }
  c.setLoc(e);
  attrLoc(c, meth);
  c.emit(O.CALL, argsl + kwdsl);
  return true;
}

function kwNames(c: Compiler, kws: A.Keyword[]) {
  c.emit(O.KW_NAMES, c.u.addConst({ k: 'tuple', items: kws.map((k) => ({ k: 'str', v: k.arg! }) as Const) }));
}

/** A keyword given twice is a compile-time error in 3.11 (validate_keywords), not a parse error. */
function validateKeywords(c: Compiler, keywords: A.Keyword[]) {
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i];
    if (k.arg === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === k.arg) { c.setLoc(keywords[j]); c.error(`keyword argument repeated: ${k.arg}`, keywords[j]); }
    }
  }
}

/** Arguments after `n` already pushed ones; the callable and NULL/self are below them. */
export function callHelper(c: Compiler, n: number, args: Expr[], keywords: A.Keyword[]) {
  validateKeywords(c, keywords);
  const nelts = args.length, nkw = keywords.length;
  const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE && !args.some((a) => a.kind === 'Starred')
    && !keywords.some((k) => k.arg === null);
  if (simple) {
    args.forEach((a) => c.expr(a));
    if (nkw) { keywords.forEach((k) => c.expr(k.value)); kwNames(c, keywords); }
    c.emit(O.CALL, n + nelts + nkw);
    return;
  }
  if (n === 0 && nelts === 1 && args[0].kind === 'Starred') c.expr((args[0] as A.Starred).value);
  else starunpack(c, args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
  if (nkw) {
    let haveDict = false, nseen = 0;
    for (let i = 0; i < nkw; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subKwargs(c, keywords, i - nseen, i);
          if (haveDict) c.emit(O.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) { c.emit(O.BUILD_MAP, 0); haveDict = true; }
        c.expr(kw.value);
        c.emit(O.DICT_MERGE, 1);
      } else nseen++;
    }
    if (nseen) {
      subKwargs(c, keywords, nkw - nseen, nkw);
      if (haveDict) c.emit(O.DICT_MERGE, 1);
    }
  }
  c.emit(O.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

function subKwargs(c: Compiler, kws: A.Keyword[], begin: number, end: number) {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) c.expr(kws[i].value);
    c.loadConst({ k: 'tuple', items: kws.slice(begin, end).map((k) => ({ k: 'str', v: k.arg! }) as Const) });
    c.emit(O.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emitNoLine(O.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst({ k: 'str', v: kws[i].arg! });
    c.expr(kws[i].value);
    if (big) c.emitNoLine(O.MAP_ADD, 1);
  }
  if (!big) c.emit(O.BUILD_MAP, n);
}
// }====

// {==== displays
export function starunpack(c: Compiler, elts: Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean) {
  const n = elts.length;
  if (n > 2 && elts.every((x) => x.kind === 'Constant')) {
    const items = elts.map((x) => (x as A.Constant).value);
    if (tuple && !pushed) { c.loadConst({ k: 'tuple', items }); return; }
    c.emit(build, pushed);
    c.loadConst(add === O.SET_ADD ? frozensetConst(items) : { k: 'tuple', items });
    c.emit(extend, 1);
    if (tuple) c.emit(O.LIST_TO_TUPLE);
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x.kind === 'Starred');
  if (!seenStar && !big) {
    elts.forEach((x) => c.expr(x));
    c.emit(tuple ? O.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) { c.emit(build, pushed); built = true; }
  for (let i = 0; i < n; i++) {
    const x = elts[i];
    if (x.kind === 'Starred') {
      if (!built) { c.emit(build, i + pushed); built = true; }
      c.expr(x.value);
      c.emit(extend, 1);
    } else {
      c.expr(x);
      if (built) c.emit(add, 1);
    }
  }
  if (tuple) c.emit(O.LIST_TO_TUPLE);
}

function dict(c: Compiler, e: A.Dict) {
  const n = e.values.length;
  let haveDict = false, elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.emit(O.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) { c.emit(O.BUILD_MAP, 0); haveDict = true; }
      c.expr(e.values[i]);
      c.emit(O.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(O.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else elements++;
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.emit(O.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(O.BUILD_MAP, 0);
}

function subdict(c: Compiler, e: A.Dict, begin: number, end: number) {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end) as Expr[];
  if (n > 1 && !big && keys.every((k) => k.kind === 'Constant')) {
    for (let i = begin; i < end; i++) c.expr(e.values[i]);
    c.loadConst({ k: 'tuple', items: keys.map((k) => (k as A.Constant).value) });
    c.emit(O.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(O.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.expr(e.keys[i]!);
    c.expr(e.values[i]);
    if (big) c.emit(O.MAP_ADD, 1);
  }
  if (!big) c.emit(O.BUILD_MAP, n);
}

/** a, *b, c = ... : UNPACK_SEQUENCE / UNPACK_EX, then store each target. */
export function assignmentUnpack(c: Compiler, elts: Expr[], node: A.Pos) {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i].kind !== 'Starred') continue;
    if (seenStar) c.error('multiple starred expressions in assignment', node);
    if (i >= 256 || n - i - 1 >= (0xffffff >> 8)) c.error('too many expressions in star-unpacking assignment', node);
    c.emit(O.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.emit(O.UNPACK_SEQUENCE, n);
  for (const x of elts) c.expr(x.kind === 'Starred' ? x.value : x);
}
// }====

// {==== f-strings
function joinedStr(c: Compiler, e: A.JoinedStr) {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst({ k: 'str', v: '' });
    c.nameArg(O.LOAD_METHOD, 'join');
    c.emit(O.BUILD_LIST, 0);
    for (const v of e.values) { c.expr(v); c.emit(O.LIST_APPEND, 1); }
    c.emit(O.CALL, 1);
    return;
  }
  e.values.forEach((v) => c.expr(v));
  if (n !== 1) c.emit(O.BUILD_STRING, n);
}

function formattedValue(c: Compiler, e: A.FormattedValue) {
  c.expr(e.value);
  const conv = e.conversion;
  let arg = conv === 115 ? FV_STR : conv === 114 ? FV_REPR : conv === 97 ? FV_ASCII : 0;
  if (e.format_spec) { c.expr(e.format_spec); arg |= FV_HAVE_SPEC; }
  c.emit(O.FORMAT_VALUE, arg);
}
// }====
