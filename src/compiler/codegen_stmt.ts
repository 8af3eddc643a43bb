/**
 * Code generation for statements other than functions, classes, try and with: assignments of every
 * kind, loops, if, return/break/continue (which unwind the frame-block stack), raise, assert,
 * imports, and expression statements. After CPython 3.11's compiler_visit_stmt and helpers.
 *
 * Invariant: a statement leaves the stack as it found it, and sets its own location first.
 */
import type * as A from './ast.js';
import { type Compiler, FB, O } from './codegen_core.js';
import { attrLoc, BINOPS } from './codegen_expr.js';
import { BinOp } from '../bytecode/opcodes.js';
import { unparseExpr } from './unparse.js';

const INPLACE = BinOp.INPLACE_ADD - BinOp.ADD;

export function visitStmt(c: Compiler, s: A.Stmt): void {
  c.setLoc(s);
  switch (s.kind) {
    case 'FunctionDef': c.functionDef(s); return;
    case 'ClassDef': c.classDef(s); return;
    case 'Return': ret(c, s); return;
    case 'Delete': s.targets.forEach((t) => c.expr(t)); return;
    case 'Assign': {
      c.expr(s.value);
      const n = s.targets.length;
      s.targets.forEach((t, i) => { if (i < n - 1) c.emit(O.COPY, 1); c.expr(t); });
      return;
    }
    case 'AugAssign': augAssign(c, s); return;
    case 'AnnAssign': annAssign(c, s); return;
    case 'For': forStmt(c, s); return;
    case 'While': whileStmt(c, s); return;
    case 'If': ifStmt(c, s); return;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        c.expr(s.exc); n++;
        if (s.cause) { c.expr(s.cause); n++; }
      }
      c.emit(O.RAISE_VARARGS, n);
      return;
    }
    case 'Try': c.tryStmt(s); return;
    case 'Assert': assert(c, s); return;
    case 'Import': importStmt(c, s); return;
    case 'ImportFrom': importFrom(c, s); return;
    case 'Global': case 'Nonlocal': return;
    case 'Expr':
      if (s.value.kind === 'Constant') { c.emit(O.NOP); return; }
      c.expr(s.value);
      // artificial: the POP_TOP (and what follows until the next statement) has no line
      c.unsetLoc();
      c.emit(O.POP_TOP);
      return;
    case 'Pass': c.emit(O.NOP); return;
    case 'Break': {
      c.emit(O.NOP);
      const loop = c.unwindFBlockStack(false, true);
      if (!loop) c.error("'break' outside loop", s);
      c.unwindFBlock(loop, false);
      c.jump(O.JUMP, loop.exit!);
      return;
    }
    case 'Continue': {
      c.emit(O.NOP);
      const loop = c.unwindFBlockStack(false, true);
      if (!loop) c.error("'continue' not properly in loop", s);
      c.jump(O.JUMP, loop.block!);
      return;
    }
    case 'With': c.withStmt(s, 0); return;
  }
}

function ret(c: Compiler, s: A.Return) {
  const v = s.value;
  const preserveTos = v !== null && v.kind !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function", s);
  if (preserveTos) c.expr(v!);
  else if (v) { c.setLoc(v); c.emit(O.NOP); }
  if (!v || v.lineno !== s.lineno) { c.setLoc(s); c.emit(O.NOP); }
  c.unwindFBlockStack(preserveTos, false);
  if (!v) c.loadNone();
  else if (!preserveTos) c.loadConst((v as A.Constant).value);
  c.emit(O.RETURN_VALUE);
}

function augAssign(c: Compiler, s: A.AugAssign) {
  const e = s.target;
  const saved = c.u.loc;
  c.setLoc(e);
  switch (e.kind) {
    case 'Attribute':
      c.expr(e.value);
      c.emit(O.COPY, 1);
      attrLoc(c, e);
      c.nameArg(O.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      c.expr(e.value);
      c.expr(e.slice);
      c.emit(O.COPY, 2);
      c.emit(O.COPY, 2);
      c.emit(O.BINARY_SUBSCR);
      break;
    case 'Name': c.nameOp(e.id, 'Load'); break;
  }
  c.u.loc = saved;
  c.expr(s.value);
  c.emit(O.BINARY_OP, BINOPS[s.op] + INPLACE);
  c.setLoc(e);
  switch (e.kind) {
    case 'Attribute':
      attrLoc(c, e);
      c.emit(O.SWAP, 2);
      c.nameArg(O.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.emit(O.SWAP, 3);
      c.emit(O.SWAP, 2);
      c.emit(O.STORE_SUBSCR);
      break;
    case 'Name': c.nameOp(e.id, 'Store'); break;
  }
}

function checkAnnExpr(c: Compiler, e: A.Expr) { c.expr(e); c.emit(O.POP_TOP); }

function annAssign(c: Compiler, s: A.AnnAssign) {
  const t = s.target;
  if (s.value) { c.expr(s.value); c.expr(t); }
  const moduleOrClass = c.u.kind === 'module' || c.u.kind === 'class';
  switch (t.kind) {
    case 'Name':
      if (s.simple && moduleOrClass) {
        if (c.future.annotations) c.loadConst({ k: 'str', v: unparseExpr(s.annotation) });
        else c.expr(s.annotation);
        c.nameArg(O.LOAD_NAME, '__annotations__');
        c.loadConst({ k: 'str', v: c.mangle(t.id) });
        c.emit(O.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, t.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, t.value);
        const sl = t.slice;
        const one = (x: A.Expr) => {
          if (x.kind === 'Slice') { for (const p of [x.lower, x.upper, x.step]) if (p) checkAnnExpr(c, p); }
          else checkAnnExpr(c, x);
        };
        if (sl.kind === 'Tuple') sl.elts.forEach(one); else one(sl);
      }
      break;
  }
  if (!s.simple && moduleOrClass && !c.future.annotations) checkAnnExpr(c, s.annotation);
}

function forStmt(c: Compiler, s: A.For) {
  const start = c.newBlock(), body = c.newBlock(), cleanup = c.newBlock(), end = c.newBlock();
  c.pushFBlock(FB.FOR_LOOP, start, end);
  c.expr(s.iter);
  c.emit(O.GET_ITER);
  c.useNextBlock(start);
  c.jump(O.FOR_ITER, cleanup);
  c.useNextBlock(body);
  c.expr(s.target);
  s.body.forEach((x) => c.stmt(x));
  c.unsetLoc();
  c.jump(O.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFBlock(FB.FOR_LOOP);
  s.orelse.forEach((x) => c.stmt(x));
  c.useNextBlock(end);
}

function whileStmt(c: Compiler, s: A.While) {
  const loop = c.newBlock(), body = c.newBlock(), anchor = c.newBlock(), end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock(FB.WHILE_LOOP, loop, end);
  c.jumpIf(s.test, anchor, false);
  c.useNextBlock(body);
  s.body.forEach((x) => c.stmt(x));
  c.setLoc(s);
  c.jumpIf(s.test, body, true);
  c.popFBlock(FB.WHILE_LOOP);
  c.useNextBlock(anchor);
  s.orelse.forEach((x) => c.stmt(x));
  c.useNextBlock(end);
}

function ifStmt(c: Compiler, s: A.If) {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  c.jumpIf(s.test, next, false);
  s.body.forEach((x) => c.stmt(x));
  if (s.orelse.length) {
    const saved = c.u.loc;
    c.unsetLoc();
    c.jump(O.JUMP, end);
    c.u.loc = saved;
    c.useNextBlock(next);
    s.orelse.forEach((x) => c.stmt(x));
  }
  c.useNextBlock(end);
}

function assert(c: Compiler, s: A.Assert) {
  const end = c.newBlock();
  c.jumpIf(s.test, end, true);
  c.emit(O.LOAD_ASSERTION_ERROR);
  if (s.msg) { c.expr(s.msg); c.emit(O.CALL, 0); }
  c.emit(O.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

function importStmt(c: Compiler, s: A.Import) {
  for (const a of s.names) {
    c.loadConst({ k: 'int', v: 0n });
    c.loadNone();
    c.nameArg(O.IMPORT_NAME, a.name);
    const parts = a.name.split('.');
    if (a.asname) {
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.nameArg(O.IMPORT_FROM, parts[i]);
          if (i === parts.length - 1) break;
          c.emit(O.SWAP, 2);
          c.emit(O.POP_TOP);
        }
        c.nameOp(a.asname, 'Store');
        c.emit(O.POP_TOP);
      } else c.nameOp(a.asname, 'Store');
    } else c.nameOp(parts[0], 'Store');
  }
}

function importFrom(c: Compiler, s: A.ImportFrom) {
  if (s.module === '__future__' && s.level === 0 && s.lineno > c.future.lineno) {
    c.error('from __future__ imports must occur at the beginning of the file', s);
  }
  c.loadConst({ k: 'int', v: BigInt(s.level) });
  c.loadConst({ k: 'tuple', items: s.names.map((a) => ({ k: 'str', v: a.name }) as const) });
  c.nameArg(O.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const a = s.names[i];
    if (i === 0 && a.name === '*') { c.emit(O.IMPORT_STAR); return; }
    c.nameArg(O.IMPORT_FROM, a.name);
    c.nameOp(a.asname ?? a.name, 'Store');
  }
  c.emit(O.POP_TOP);
}
