/**
 * Code generation for try/except/else/finally and with, after CPython 3.11's compiler_try_except,
 * compiler_try_finally and compiler_with: zero-cost exceptions, where SETUP_FINALLY/SETUP_CLEANUP/
 * SETUP_WITH ... POP_BLOCK pseudo-instructions delimit the protected ranges that cfg.ts turns into
 * the exception table. The `finally` body is compiled twice (normal and exceptional exit), and once
 * more for each return/break/continue that leaves it (Compiler.unwindFBlock).
 *
 * Invariant: a handler is entered with the stack at the depth of its SETUP plus the exception (and
 * the raising instruction's index, lasti, for SETUP_CLEANUP/SETUP_WITH handlers).
 */
import type * as A from './ast.js';
import { type Compiler, FB, O, POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './codegen_core.js';

/** [exc_info, lasti, exc] -> restore the previous exception and re-raise with lasti. */
function popExceptAndReraise(c: Compiler) {
  c.emit(O.COPY, 3);
  c.emit(O.POP_EXCEPT);
  c.emit(O.RERAISE, 1);
}

export function tryStmt(c: Compiler, s: A.Try) {
  if (s.finalbody.length) tryFinally(c, s);
  else tryExcept(c, s);
}

function tryFinally(c: Compiler, s: A.Try) {
  const body = c.newBlock(), end = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  c.jump(SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FB.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length) tryExcept(c, s);
  else s.body.forEach((x) => c.stmt(x));
  c.emitNoLine(POP_BLOCK);
  c.popFBlock(FB.FINALLY_TRY);
  s.finalbody.forEach((x) => c.stmt(x));
  const saved = c.u.loc;
  c.unsetLoc();
  c.jump(O.JUMP, exit);
  c.u.loc = saved;
  // the exceptional path
  c.useNextBlock(end);
  c.unsetLoc();
  c.jump(SETUP_CLEANUP, cleanup);
  c.emit(O.PUSH_EXC_INFO);
  c.pushFBlock(FB.FINALLY_END, end, null);
  s.finalbody.forEach((x) => c.stmt(x));
  c.popFBlock(FB.FINALLY_END);
  c.emit(O.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

function tryExcept(c: Compiler, s: A.Try) {
  const body = c.newBlock(), end = c.newBlock(), cleanup = c.newBlock();
  let except = c.newBlock();
  c.jump(SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FB.TRY_EXCEPT, body, null);
  s.body.forEach((x) => c.stmt(x));
  c.popFBlock(FB.TRY_EXCEPT);
  c.emitNoLine(POP_BLOCK);
  s.orelse.forEach((x) => c.stmt(x));
  const saved = c.u.loc;
  c.unsetLoc();
  c.jump(O.JUMP, end);
  c.u.loc = saved;
  c.useNextBlock(except);
  c.unsetLoc();
  c.jump(SETUP_CLEANUP, cleanup);
  c.emit(O.PUSH_EXC_INFO);
  c.pushFBlock(FB.EXCEPTION_HANDLER, null, null);
  const n = s.handlers.length;
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i];
    c.setLoc(h);
    if (!h.type && i < n - 1) c.error("default 'except:' must be last", h);
    except = c.newBlock();
    if (h.type) {
      c.expr(h.type);
      c.emit(O.CHECK_EXC_MATCH);
      c.jump(O.POP_JUMP_IF_FALSE, except);
    }
    if (h.name) {
      const cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
      c.nameOp(h.name, 'Store');
      // try: body  finally: name = None; del name
      c.jump(SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FB.HANDLER_CLEANUP, cleanupBody, null, h.name);
      h.body.forEach((x) => c.stmt(x));
      c.popFBlock(FB.HANDLER_CLEANUP);
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(POP_BLOCK);
      c.emit(O.POP_EXCEPT);
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      c.jump(O.JUMP, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadNone();
      c.nameOp(h.name, 'Store');
      c.nameOp(h.name, 'Del');
      c.emit(O.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.emit(O.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FB.HANDLER_CLEANUP, cleanupBody, null, null);
      h.body.forEach((x) => c.stmt(x));
      c.popFBlock(FB.HANDLER_CLEANUP);
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(O.POP_EXCEPT);
      c.jump(O.JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFBlock(FB.EXCEPTION_HANDLER);
  c.emit(O.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

/** __exit__(None, None, None): the bound __exit__ is below; the first None takes the "self" slot of CALL. */
export function callExitWithNones(c: Compiler) {
  c.loadNone();
  c.loadNone();
  c.loadNone();
  c.emit(O.CALL, 2);
}

export function withStmt(c: Compiler, s: A.With, pos: number) {
  const item = s.items[pos];
  const body = c.newBlock(), final = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  c.expr(item.context_expr);
  c.emit(O.BEFORE_WITH);
  c.jump(SETUP_WITH, final);
  c.useNextBlock(body);
  c.pushFBlock(FB.WITH, body, final, s);
  if (item.optional_vars) c.expr(item.optional_vars);
  else c.emit(O.POP_TOP);
  if (pos + 1 === s.items.length) s.body.forEach((x) => c.stmt(x));
  else withStmt(c, s, pos + 1);
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.popFBlock(FB.WITH);
  // normal exit: __exit__(None, None, None)
  c.setLoc(s);
  callExitWithNones(c);
  c.emit(O.POP_TOP);
  c.jump(O.JUMP, exit);
  // exceptional exit
  c.useNextBlock(final);
  c.jump(SETUP_CLEANUP, cleanup);
  c.emit(O.PUSH_EXC_INFO);
  c.emit(O.WITH_EXCEPT_START);
  c.unsetLoc();
  const done = c.newBlock();
  c.jump(O.POP_JUMP_IF_TRUE, done);
  c.emit(O.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(done);
  c.emit(O.POP_TOP);
  c.emit(POP_BLOCK);
  c.emit(O.POP_EXCEPT);
  c.emit(O.POP_TOP);
  c.emit(O.POP_TOP);
  c.useNextBlock(exit);
}
