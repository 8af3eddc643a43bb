/**
 * generateCode(): AST + symbol table -> the module's CodeObject tree. This file wires the concern
 * files together (codegen_expr/_stmt/_except) and owns what creates code objects: the module,
 * functions, lambdas, classes and comprehensions (each a nested function, as in 3.11), closures
 * (LOAD_CLOSURE + MAKE_FUNCTION), and name resolution (FAST / DEREF / GLOBAL / NAME ops).
 *
 * Invariant: a code object's localsplus is its arguments and locals in order of first use, then the
 * cells that are not arguments, then the free variables (cfg.ts lays it out); co_consts[0] of a
 * function is its docstring or None.
 */
import type { CodeObject, Const } from '../bytecode/code.js';
import { CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import type * as A from './ast.js';
import { assembleUnit } from './cfg.js';
import { Compiler, O, RESUME, Unit, type UnitKind } from './codegen_core.js';
import { callExitWithNones, tryStmt, withStmt } from './codegen_except.js';
import { callHelper, jumpIf, visitExpr } from './codegen_expr.js';
import { visitStmt } from './codegen_stmt.js';
import type { SourceText } from './diag.js';
import type { Future } from './future.js';
import { unparseExpr } from './unparse.js';
import { mangle, Scope, type SymbolTable } from './scope.js';

function docstring(body: A.Stmt[]): string | null {
  const s = body[0];
  if (s && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.k === 'str') return s.value.value.v;
  return null;
}

/** Module and class bodies have __annotations__ if any statement (outside nested defs) is annotated. */
function findAnn(stmts: A.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If': if (findAnn(s.body) || findAnn(s.orelse)) return true; break;
      case 'With': if (findAnn(s.body)) return true; break;
      case 'Try':
        if (s.handlers.some((h) => findAnn(h.body)) || findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse)) return true;
        break;
      default: break;
    }
  }
  return false;
}

class CodeGen extends Compiler {
  constructor(st: SymbolTable, src: SourceText, filename: string, future: Future) {
    super(st, src, filename, future);
    this.expr = (e) => visitExpr(this, e);
    this.stmt = (s) => visitStmt(this, s);
    this.jumpIf = (e, t, cond) => jumpIf(this, e, t, cond);
    this.nameOp = (n, ctx) => this.nameOpImpl(n, ctx);
    this.callExitWithNones = () => callExitWithNones(this);
  }

  mangle(name: string): string { return mangle(this.u.privateName, name); }
  tryStmt(s: A.Try) { tryStmt(this, s); }
  withStmt(s: A.With, pos: number) { withStmt(this, s, pos); }

  // {==== units
  enterScope(kind: UnitKind, name: string, node: object, firstlineno: number, privateName: string | null) {
    const ste = this.st.blocks.get(node)!;
    let qualname = name;
    if (this.u && this.u.kind !== 'module') {
      const parent = this.u;
      let forceGlobal = false;
      if (kind === 'function' || kind === 'class') {
        if (parent.ste.scopeOf(mangle(parent.privateName, name)) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const base = parent.kind === 'function' || parent.kind === 'lambda' ? parent.qualname + '.<locals>' : parent.qualname;
        qualname = base + '.' + name;
      }
    }
    if (this.u) this.stack.push(this.u);
    const u = new Unit(kind, ste, name, qualname, firstlineno, privateName);
    this.u = u;
    // CPython's RESUME location: line 0 (to 1) for a module, which an empty module's return inherits
    u.loc = kind === 'module' ? { line: 0, endLine: 1, col: 0, endCol: 0 } : { line: firstlineno, endLine: firstlineno, col: 0, endCol: 0 };
    this.emit(RESUME, 0);
    if (kind === 'module') this.unsetLoc();
    return u;
  }

  exitScope(addNone: boolean): CodeObject {
    const u = this.u;
    const ste = u.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator) flags |= CO_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    const co = assembleUnit(u, addNone, { flags, argcount: u.argcount + u.posonlyargcount, posonly: u.posonlyargcount, kwonly: u.kwonlyargcount });
    co.filename = this.filename;
    this.u = this.stack.pop()!;
    return co;
  }

  /** Push the function made from `co`, with its closure cells if it has free variables. */
  makeClosure(co: CodeObject, flags: number) {
    const frees = co.localsplus.filter((l) => l.kind & 0x80).map((l) => l.name);
    if (frees.length) {
      for (const name of frees) {
        // a class's __class__ is its own cell; otherwise the name is a cell or free here
        const isCell = (this.u.kind === 'class' && name === '__class__') || this.u.ste.scopeOf(name) === Scope.CELL;
        const arg = isCell ? this.u.cellvars.indexOf(name) : this.u.cellvars.length + this.u.freevars.indexOf(name);
        if (arg < 0 || (!isCell && this.u.freevars.indexOf(name) < 0)) throw new Error(`internal: no closure cell for ${name}`);
        this.emit(O.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.emit(O.BUILD_TUPLE, frees.length);
    }
    this.loadConst({ k: 'code', code: co });
    this.emit(O.MAKE_FUNCTION, flags);
  }
  // }====

  // {==== names
  nameOpImpl(name: string, ctx: A.Ctx) {
    const mangled = this.mangle(name);
    const u = this.u;
    const sc = u.ste.scopes.get(mangled);
    const isFunc = u.ste.type === 'function';
    let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
    if (sc === Scope.FREE || sc === Scope.CELL) kind = 'deref';
    else if (sc === Scope.LOCAL) kind = isFunc ? 'fast' : 'name';
    else if (sc === Scope.GLOBAL_IMPLICIT) kind = isFunc ? 'global' : 'name';
    else if (sc === Scope.GLOBAL_EXPLICIT) kind = 'global';
    switch (kind) {
      case 'deref': {
        const arg = sc === Scope.CELL ? u.cellvars.indexOf(mangled) : u.cellvars.length + u.freevars.indexOf(mangled);
        this.emit(ctx === 'Load' ? (u.ste.type === 'class' ? O.LOAD_CLASSDEREF : O.LOAD_DEREF) : ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF, arg);
        return;
      }
      case 'fast':
        this.emit(ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST, u.addVar(mangled));
        return;
      case 'global':
        if (ctx === 'Load') this.emit(O.LOAD_GLOBAL, u.addName(mangled) << 1);
        else this.emit(ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL, u.addName(mangled));
        return;
      default:
        this.emit(ctx === 'Load' ? O.LOAD_NAME : ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME, u.addName(mangled));
    }
  }
  // }====

  // {==== functions, lambdas, classes, comprehensions
  defaults(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      args.defaults.forEach((d) => this.expr(d));
      this.emit(O.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    const keys: Const[] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) { keys.push({ k: 'str', v: this.mangle(a.arg) }); this.expr(d); }
    });
    if (keys.length) {
      this.loadConst({ k: 'tuple', items: keys });
      this.emit(O.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 2;
    }
    return flags;
  }

  annotations(args: A.Arguments, returns: A.Expr | null): boolean {
    let n = 0;
    const one = (name: string, ann: A.Expr | null) => {
      if (!ann) return;
      this.loadConst({ k: 'str', v: this.mangle(name) });
      if (this.future.annotations) this.loadConst({ k: 'str', v: unparseExpr(ann) });
      else if (ann.kind === 'Starred') { this.expr(ann.value); this.emit(O.UNPACK_SEQUENCE, 1); } else this.expr(ann);
      n += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one('return', returns);
    if (n) this.emit(O.BUILD_TUPLE, n);
    return n > 0;
  }

  applyDecorators(decos: A.Expr[]) {
    const saved = this.u.loc;
    for (let i = decos.length - 1; i >= 0; i--) { this.setLoc(decos[i]); this.emit(O.CALL, 0); }
    this.u.loc = saved;
  }

  functionDef(s: A.FunctionDef) {
    s.decorator_list.forEach((d) => this.expr(d));
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    let flags = this.defaults(s.args);
    if (this.annotations(s.args, s.returns)) flags |= 4;
    const u = this.enterScope('function', s.name, s, firstlineno, this.u.privateName);
    const doc = docstring(s.body);
    u.addConst(doc !== null ? { k: 'str', v: doc } : { k: 'none' });
    u.argcount = s.args.args.length; u.posonlyargcount = s.args.posonlyargs.length; u.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]);
    const co = this.exitScope(true);
    this.makeClosure(co, flags);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  lambda(e: A.Lambda) {
    const flags = this.defaults(e.args);
    const u = this.enterScope('lambda', '<lambda>', e, e.lineno, this.u.privateName);
    u.addConst({ k: 'none' });
    u.argcount = e.args.args.length; u.posonlyargcount = e.args.posonlyargs.length; u.kwonlyargcount = e.args.kwonlyargs.length;
    this.expr(e.body);
    let co: CodeObject;
    if (u.ste.generator) co = this.exitScope(false);
    else { this.emit(O.RETURN_VALUE); co = this.exitScope(true); }
    this.makeClosure(co, flags);
  }

  classDef(s: A.ClassDef) {
    s.decorator_list.forEach((d) => this.expr(d));
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const u = this.enterScope('class', s.name, s, firstlineno, s.name);
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst({ k: 'str', v: u.qualname });
    this.nameOp('__qualname__', 'Store');
    this.body(s.body);
    this.unsetLoc();
    if (u.ste.needsClassClosure) {
      this.emit(O.LOAD_CLOSURE, u.cellvars.indexOf('__class__'));
      this.emit(O.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else this.loadNone();
    this.emit(O.RETURN_VALUE);
    const co = this.exitScope(true);
    this.emit(O.PUSH_NULL);
    this.emit(O.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.loadConst({ k: 'str', v: s.name });
    callHelper(this, 2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  /** Module and class bodies: SETUP_ANNOTATIONS, the docstring into __doc__, the statements. */
  body(stmts: A.Stmt[]) {
    if (this.u.kind === 'module' && stmts.length) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.emit(O.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let i = 0;
    const doc = docstring(stmts);
    if (doc !== null) {
      i = 1;
      this.setLoc(stmts[0]);
      this.expr((stmts[0] as A.ExprStmt).value);
      this.unsetLoc();
      this.nameOp('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp) {
    const name = e.kind === 'ListComp' ? '<listcomp>' : e.kind === 'SetComp' ? '<setcomp>' : e.kind === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    const outermost = e.generators[0];
    this.enterScope('comprehension', name, e, e.lineno, this.u.privateName);
    this.setLoc(e);
    if (e.kind !== 'GeneratorExp') this.emit(e.kind === 'ListComp' ? O.BUILD_LIST : e.kind === 'SetComp' ? O.BUILD_SET : O.BUILD_MAP, 0);
    this.compGenerator(e, 0, 0);
    if (e.kind !== 'GeneratorExp') this.emit(O.RETURN_VALUE);
    const co = this.exitScope(true);
    this.makeClosure(co, 0);
    this.expr(outermost.iter);
    this.emit(O.GET_ITER);
    this.emit(O.CALL, 0);
  }

  compGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, index: number, depth: number) {
    let start: ReturnType<Compiler['newBlock']> | null = this.newBlock();
    const ifCleanup = this.newBlock(), anchor = this.newBlock();
    const gen = e.generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.emit(O.LOAD_FAST, 0);
    } else {
      // `for y in [f(x)]`: the temporary-variable idiom needs no iterator
      const it = gen.iter;
      const elts = it.kind === 'List' || it.kind === 'Tuple' ? it.elts : null;
      if (elts && elts.length === 1 && elts[0].kind !== 'Starred') { this.expr(elts[0]); start = null; }
      if (start) { this.expr(gen.iter); this.emit(O.GET_ITER); }
    }
    if (start) {
      depth++;
      this.useNextBlock(start);
      this.jump(O.FOR_ITER, anchor);
    }
    // no new block for the `for y in [f(x)]` idiom: BUILD_TUPLE/UNPACK_SEQUENCE pairs stay together
    this.expr(gen.target);
    for (const cond of gen.ifs) { this.jumpIf(cond, ifCleanup, false); this.nextBlock(); }
    if (index + 1 < e.generators.length) this.compGenerator(e, index + 1, depth);
    else {
      switch (e.kind) {
        case 'GeneratorExp':
          this.expr(e.elt);
          this.emit(O.YIELD_VALUE, 0);
          this.emit(RESUME, 1);
          this.emit(O.POP_TOP);
          break;
        case 'ListComp': this.expr(e.elt); this.emit(O.LIST_APPEND, depth + 1); break;
        case 'SetComp': this.expr(e.elt); this.emit(O.SET_ADD, depth + 1); break;
        case 'DictComp': this.expr(e.key); this.expr(e.value); this.emit(O.MAP_ADD, depth + 1); break;
      }
    }
    this.useNextBlock(ifCleanup);
    if (start) {
      this.jump(O.JUMP, start);
      this.useNextBlock(anchor);
    }
  }
  // }====

  module(mod: A.Module): CodeObject {
    this.enterScope('module', '<module>', mod, 1, null);
    this.body(mod.body);
    return this.exitScope(true);
  }
}

export function generateCode(mod: A.Module, st: SymbolTable, src: SourceText, filename: string,
  future: Future = { annotations: false, lineno: -1 }): CodeObject {
  return new CodeGen(st, src, filename, future).module(mod);
}
