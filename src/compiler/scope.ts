/**
 * analyzeScopes(): the symbol table. Every name of every scope is classified local, global
 * (explicit or implicit), free or cell exactly as CPython 3.11's Python/symtable.c does, in its two
 * passes: first record what each block does with each name (flags), then resolve the names of each
 * block against the names bound in the enclosing functions (analyze_block).
 *
 * Invariant: a block's classification depends only on the block and its enclosing blocks, so the
 * result is the same as CPython's `symtable` module reports (tests/unit/compiler/scope.test.ts).
 * Names are stored mangled (`__x` in class C is `_C__x`), as CPython stores them.
 */
import type * as A from './ast.js';
import { errorAtNode, type SourceText } from './diag.js';
import type { Future } from './future.js';

// {==== flags and scopes (CPython's values, so fixtures from `symtable` compare directly)
export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE = 32,
  DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const enum Scope { LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }
// }====

export type BlockType = 'module' | 'class' | 'function';

export class Block {
  readonly symbols = new Map<string, number>();   // name -> DEF_* flags
  readonly scopes = new Map<string, Scope>();      // filled by the analysis
  readonly varnames: string[] = [];               // parameters, in order
  readonly children: Block[] = [];
  generator = false;
  nested = false;
  free = false;            // the block has free variables
  childFree = false;       // a child block has free variables
  needsClassClosure = false;
  varargs = false;
  varkeywords = false;
  comprehension = false;
  /** set while visiting the iterable of a comprehension / the target of its loop */
  compIterExpr = 0;
  compIterTarget = false;
  /** global/nonlocal statements, for error positions */
  readonly directives = new Map<string, A.Pos>();
  constructor(readonly type: BlockType, readonly name: string, readonly lineno: number, readonly node: object,
    readonly parent: Block | null, readonly privateName: string | null) {}

  scopeOf(name: string): Scope {
    return this.scopes.get(name) ?? (this.type === 'module' ? Scope.GLOBAL_IMPLICIT : Scope.GLOBAL_IMPLICIT);
  }
  /** Cell variables, sorted as CPython's dictbytype does. */
  cellvars(): string[] {
    const out: string[] = [];
    for (const [n, s] of this.scopes) if (s === Scope.CELL) out.push(n);
    out.sort(cmp);
    if (this.needsClassClosure) out.unshift('__class__');
    return out;
  }
  /** Free variables (incl. class-scope names also free in a method), sorted. */
  freevars(): string[] {
    const out: string[] = [];
    for (const [n, f] of this.symbols) if (this.scopes.get(n) === Scope.FREE || (f & DEF_FREE_CLASS)) out.push(n);
    return out.sort(cmp);
  }
}

function cmp(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }

/** CPython's _Py_Mangle: `__x` inside class C becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (!privateName || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const cls = privateName.replace(/^_+/, '');
  if (!cls) return name;
  return '_' + cls + name;
}

export interface SymbolTable {
  top: Block;
  blocks: Map<object, Block>;
}

export function analyzeScopes(mod: A.Module, src: SourceText, future?: Future): SymbolTable {
  const futureAnn = !!future?.annotations;
  const blocks = new Map<object, Block>();
  const top = new Block('module', 'top', 0, mod, null, null);
  blocks.set(mod, top);
  let cur = top;
  let priv: string | null = null;
  const fail = (msg: string, p: A.Pos): never => { throw errorAtNode(src, msg, p); };

  // {==== pass 1: what each block does with each name
  const enter = (type: BlockType, name: string, node: A.Pos & object) => {
    const b = new Block(type, name, node.lineno, node, cur, priv);
    b.nested = cur.nested || cur.type === 'function';
    cur.children.push(b);
    blocks.set(node, b);
    cur = b;
    return b;
  };
  const exit = () => { cur = cur.parent!; };

  const addDefTo = (b: Block, name: string, flag: number, p: A.Pos) => {
    const m = mangle(priv, name);
    let val = b.symbols.get(m) ?? 0;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) fail(`duplicate argument '${name}' in function definition`, p);
    if ((flag & DEF_LOCAL) && b === cur && cur.compIterTarget) {
      flag |= DEF_COMP_ITER;
    }
    val |= flag;
    b.symbols.set(m, val);
    // a global declaration anywhere makes the module's own binding explicit too (st_global)
    if ((flag & DEF_GLOBAL) && b !== top) top.symbols.set(m, (top.symbols.get(m) ?? 0) | flag);
    if (flag & DEF_PARAM) b.varnames.push(m);
  };
  const addDef = (name: string, flag: number, p: A.Pos) => addDefTo(cur, name, flag, p);
  const lookup = (name: string) => cur.symbols.get(mangle(priv, name)) ?? 0;

  const visitParams = (args: A.Arguments) => {
    for (const a of args.posonlyargs) addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) { addDef(args.vararg.arg, DEF_PARAM, args.vararg); cur.varargs = true; }
    if (args.kwarg) { addDef(args.kwarg.arg, DEF_PARAM, args.kwarg); cur.varkeywords = true; }
  };
  /** With future annotations, 3.11's symtable does not look into annotations at all (they become strings). */
  const annotation = (e: A.Expr) => { if (!futureAnn) expr(e); };
  const visitAnnotations = (_node: A.FunctionDef, args: A.Arguments, returns: A.Expr | null) => {
    if (futureAnn) return;
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) expr(a.annotation);
    if (args.vararg?.annotation) expr(args.vararg.annotation);
    if (args.kwarg?.annotation) expr(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) expr(a.annotation);
    if (returns) annotation(returns);
  };
  const visitDefaults = (args: A.Arguments) => {
    args.defaults.forEach(expr);
    for (const d of args.kw_defaults) if (d) expr(d);
  };

  function stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        addDef(s.name, DEF_LOCAL, s);
        visitDefaults(s.args);
        visitAnnotations(s, s.args, s.returns);
        s.decorator_list.forEach(expr);
        enter('function', s.name, s);
        visitParams(s.args);
        s.body.forEach(stmt);
        exit();
        break;
      case 'ClassDef': {
        addDef(s.name, DEF_LOCAL, s);
        s.bases.forEach(expr);
        s.keywords.forEach((k) => expr(k.value));
        s.decorator_list.forEach(expr);
        enter('class', s.name, s);
        const saved = priv;
        priv = s.name;
        s.body.forEach(stmt);
        priv = saved;
        exit();
        break;
      }
      case 'Return': if (s.value) expr(s.value); break;
      case 'Delete': s.targets.forEach(expr); break;
      case 'Assign': s.targets.forEach(expr); expr(s.value); break;
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const f = lookup(s.target.id);
          if ((f & (DEF_GLOBAL | DEF_NONLOCAL)) && cur !== top && s.simple) {
            fail(f & DEF_GLOBAL ? `annotated name '${s.target.id}' can't be global` : `annotated name '${s.target.id}' can't be nonlocal`, s);
          }
          if (s.simple) addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) addDef(s.target.id, DEF_LOCAL, s.target);
        } else expr(s.target);
        annotation(s.annotation);
        if (s.value) expr(s.value);
        break;
      case 'AugAssign': expr(s.target); expr(s.value); break;
      case 'For': expr(s.target); expr(s.iter); s.body.forEach(stmt); s.orelse.forEach(stmt); break;
      case 'While': expr(s.test); s.body.forEach(stmt); s.orelse.forEach(stmt); break;
      case 'If': expr(s.test); s.body.forEach(stmt); s.orelse.forEach(stmt); break;
      case 'Raise': if (s.exc) expr(s.exc); if (s.cause) expr(s.cause); break;
      case 'Try':
        s.body.forEach(stmt);
        s.orelse.forEach(stmt);
        for (const h of s.handlers) {
          if (h.type) expr(h.type);
          if (h.name) addDef(h.name, DEF_LOCAL, h);
          h.body.forEach(stmt);
        }
        s.finalbody.forEach(stmt);
        break;
      case 'Assert': expr(s.test); if (s.msg) expr(s.msg); break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (cur.type !== 'module') fail('import * only allowed at module level', s);
            continue;
          }
          const store = a.asname ?? a.name.split('.')[0];
          addDef(store, DEF_IMPORT, a);
        }
        break;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        if (!isGlobal && cur.type === 'module') fail('nonlocal declaration not allowed at module level', s);
        for (const name of s.names) {
          const f = lookup(name);
          if (f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const what = isGlobal ? 'global' : 'nonlocal';
            const msg = f & DEF_PARAM ? `name '${name}' is parameter and ${what}`
              : f & USE ? `name '${name}' is used prior to ${what} declaration`
              : f & DEF_ANNOT ? `annotated name '${name}' can't be ${what}`
              : `name '${name}' is assigned to before ${what} declaration`;
            fail(msg, s);
          }
          addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          cur.directives.set(mangle(priv, name), s);
        }
        break;
      }
      case 'Expr': expr(s.value); break;
      case 'With':
        for (const it of s.items) { expr(it.context_expr); if (it.optional_vars) expr(it.optional_vars); }
        s.body.forEach(stmt);
        break;
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }

  function comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, name: string, elt: A.Expr, value: A.Expr | null) {
    const outer = e.generators[0];
    cur.compIterExpr++;
    expr(outer.iter);
    cur.compIterExpr--;
    const b = enter('function', name, e);
    b.comprehension = true;
    if (e.kind === 'GeneratorExp') b.generator = true;
    addDef('.0', DEF_PARAM, e);
    b.compIterTarget = true;
    expr(outer.target);
    b.compIterTarget = false;
    outer.ifs.forEach(expr);
    for (const g of e.generators.slice(1)) {
      b.compIterTarget = true;
      expr(g.target);
      b.compIterTarget = false;
      b.compIterExpr++;
      expr(g.iter);
      b.compIterExpr--;
      g.ifs.forEach(expr);
    }
    if (value) expr(value);
    expr(elt);
    exit();
  }

  function namedExprTarget(e: A.NamedExpr) {
    const name = e.target.id;
    for (let b: Block | null = cur; b; b = b.parent) {
      if (b.comprehension) {
        if ((b.symbols.get(mangle(priv, name)) ?? 0) & DEF_COMP_ITER) {
          fail(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        }
        continue;
      }
      if (b.type === 'function') {
        const f = b.symbols.get(mangle(priv, name)) ?? 0;
        addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        cur.directives.set(mangle(priv, name), e);
        addDefTo(b, name, DEF_LOCAL, e);
        return;
      }
      if (b.type === 'module') {
        addDef(name, DEF_GLOBAL, e);
        cur.directives.set(mangle(priv, name), e);
        addDefTo(b, name, DEF_GLOBAL, e);
        return;
      }
      fail('assignment expression within a comprehension cannot be used in a class body', e);
    }
  }

  function expr(e: A.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        if (cur.compIterExpr > 0) fail('assignment expression cannot be used in a comprehension iterable expression', e);
        if (cur.comprehension) namedExprTarget(e);
        expr(e.value);
        expr(e.target);
        break;
      case 'BoolOp': e.values.forEach(expr); break;
      case 'BinOp': expr(e.left); expr(e.right); break;
      case 'UnaryOp': expr(e.operand); break;
      case 'Lambda':
        visitDefaults(e.args);
        enter('function', 'lambda', e);
        visitParams(e.args);
        expr(e.body);
        exit();
        break;
      case 'IfExp': expr(e.test); expr(e.body); expr(e.orelse); break;
      case 'Dict': for (const k of e.keys) if (k) expr(k); e.values.forEach(expr); break;
      case 'Set': e.elts.forEach(expr); break;
      case 'GeneratorExp': comprehension(e, 'genexpr', e.elt, null); break;
      case 'ListComp': comprehension(e, 'listcomp', e.elt, null); break;
      case 'SetComp': comprehension(e, 'setcomp', e.elt, null); break;
      case 'DictComp': comprehension(e, 'dictcomp', e.key, e.value); break;
      case 'Yield': case 'YieldFrom':
        if (e.value) expr(e.value);
        cur.generator = true;
        if (cur.comprehension) {
          const kind = (cur.node as A.Expr).kind;
          const what = kind === 'ListComp' ? 'list comprehension' : kind === 'SetComp' ? 'set comprehension'
            : kind === 'DictComp' ? 'dict comprehension' : 'generator expression';
          fail(`'yield' inside ${what}`, e);
        }
        break;
      case 'Compare': expr(e.left); e.comparators.forEach(expr); break;
      case 'Call': expr(e.func); e.args.forEach(expr); e.keywords.forEach((k) => expr(k.value)); break;
      case 'FormattedValue': expr(e.value); if (e.format_spec) expr(e.format_spec); break;
      case 'JoinedStr': e.values.forEach(expr); break;
      case 'Constant': break;
      case 'Attribute': expr(e.value); break;
      case 'Subscript': expr(e.value); expr(e.slice); break;
      case 'Starred': expr(e.value); break;
      case 'Slice': if (e.lower) expr(e.lower); if (e.upper) expr(e.upper); if (e.step) expr(e.step); break;
      case 'Name':
        addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // zero-argument super() needs the __class__ cell of the enclosing class
        if (e.ctx === 'Load' && cur.type === 'function' && e.id === 'super') addDef('__class__', USE, e);
        break;
      case 'List': case 'Tuple': e.elts.forEach(expr); break;
    }
  }

  mod.body.forEach(stmt);
  // }====

  // {==== pass 2: resolve (CPython's analyze_block)
  const analyzeName = (b: Block, name: string, flags: number, bound: Set<string> | null, local: Set<string>,
    free: Set<string>, global: Set<string>) => {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) fail(`name '${name}' is nonlocal and global`, b.directives.get(name)!);
      b.scopes.set(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound || !bound.has(name)) fail(`no binding for nonlocal '${name}' found`, b.directives.get(name)!);
      b.scopes.set(name, Scope.FREE);
      b.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      b.scopes.set(name, Scope.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      b.scopes.set(name, Scope.FREE);
      b.free = true;
      free.add(name);
      return;
    }
    if (!global.has(name) && b.nested) b.free = true;
    b.scopes.set(name, Scope.GLOBAL_IMPLICIT);
  };

  const analyzeBlock = (b: Block, bound: Set<string> | null, free: Set<string>, global: Set<string>) => {
    const local = new Set<string>();
    const newglobal = new Set<string>(), newfree = new Set<string>(), newbound = new Set<string>();
    if (b.type === 'class') {
      for (const g of global) newglobal.add(g);
      if (bound) for (const x of bound) newbound.add(x);
    }
    for (const [name, flags] of b.symbols) analyzeName(b, name, flags, bound, local, free, global);
    if (b.type !== 'class') {
      if (b.type === 'function') for (const x of local) newbound.add(x);
      if (bound) for (const x of bound) newbound.add(x);
      for (const g of global) newglobal.add(g);
    } else {
      newbound.add('__class__');
    }
    const allfree = new Set<string>();
    for (const c of b.children) {
      const tempFree = new Set<string>(newfree);
      analyzeBlock(c, new Set(newbound), tempFree, new Set(newglobal));
      for (const x of tempFree) allfree.add(x);
      if (c.free || c.childFree) b.childFree = true;
    }
    for (const x of allfree) newfree.add(x);
    if (b.type === 'function') {
      for (const [name, s] of b.scopes) {
        if (s === Scope.LOCAL && newfree.has(name)) { b.scopes.set(name, Scope.CELL); newfree.delete(name); }
      }
    } else if (b.type === 'class' && newfree.has('__class__')) {
      newfree.delete('__class__');
      b.needsClassClosure = true;
    }
    // update_symbols: free names of children that this block does not define become free here
    for (const name of newfree) {
      const v = b.symbols.get(name);
      if (v !== undefined) {
        if (b.type === 'class' && (v & (DEF_BOUND | DEF_GLOBAL))) b.symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      b.symbols.set(name, 0);
      b.scopes.set(name, Scope.FREE);
    }
    for (const x of newfree) free.add(x);
  };
  analyzeBlock(top, null, new Set(), new Set());
  // }====
  return { top, blocks };
}
