/**
 * The code generator's state: one Unit per code object being built (basic blocks of instructions,
 * constants, names, locals), the frame-block stack used to unwind for break/continue/return, and
 * the emit helpers every codegen_*.ts file uses. The concern files (expressions, statements,
 * exceptions, functions) never import each other: they reach each other through the Compiler's
 * `expr`/`stmt`/... slots, filled in by codegen.ts, so the import graph has no cycles.
 *
 * Invariant: like CPython 3.11's compile.c, instructions carry the source location current when they
 * were emitted (line -1 = none); a jump or a scope exit always ends its basic block; blocks are laid
 * out in the order they are first used (b_next); pseudo-instructions (SETUP_*, POP_BLOCK, RESUME,
 * JUMP_NO_INTERRUPT) exist only until cfg.ts assembles the code object.
 */
import type { CodeObject, Const } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import type * as A from './ast.js';
import { errorAtNode, type SourceText } from './diag.js';
import type { Future } from './future.js';
import type { Block, SymbolTable } from './scope.js';

// {==== opcodes: real ones from the table, pseudo ones above 255
export const O = Op as Record<string, number>;
export const SETUP_FINALLY = 256, SETUP_CLEANUP = 257, SETUP_WITH = 258, POP_BLOCK = 259,
  JUMP_NO_INTERRUPT = 260, RESUME = 261;
export const PSEUDO_NAMES: Record<number, string> = {
  256: 'SETUP_FINALLY', 257: 'SETUP_CLEANUP', 258: 'SETUP_WITH', 259: 'POP_BLOCK', 260: 'JUMP_NO_INTERRUPT', 261: 'RESUME',
};
const JUMPS = new Set(['JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE',
  'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'FOR_ITER', 'SEND'].map((n) => O[n]));
JUMPS.add(JUMP_NO_INTERRUPT);
export const isJump = (op: number) => JUMPS.has(op);
export const isBlockPush = (op: number) => op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
export const isScopeExit = (op: number) => op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE;
export const isUncondJump = (op: number) => op === O.JUMP || op === JUMP_NO_INTERRUPT;
// }====

export interface Loc { line: number; endLine: number; col: number; endCol: number }
export const NO_LOC: Loc = { line: -1, endLine: -1, col: -1, endCol: -1 };

export interface Instr extends Loc {
  op: number;
  arg: number;
  target: BB | null;
  except: BB | null;   // innermost handler (set by cfg.ts)
}

let bbIds = 0;
export class BB {
  readonly id = bbIds++;       // creation order: CPython's b_list visits newest first
  instrs: Instr[] = [];
  next: BB | null = null;      // layout order
  // filled in by cfg.ts
  exit = false;
  nofallthrough = false;
  predecessors = 0;
  startdepth = -1;
  visited = false;
  preserveLasti = false;
  exceptStack: BB[] | null = null;
  offset = 0;
  last(): Instr | undefined { return this.instrs[this.instrs.length - 1]; }
}

export const enum FB { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER }
export interface FBlock { type: FB; block: BB | null; exit: BB | null; datum: unknown }

export type UnitKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export class Unit {
  readonly blocks: BB[] = [];
  entry: BB;
  cur: BB;
  readonly consts: Const[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIdx = new Map<string, number>();
  readonly varnames: string[] = [];
  readonly varIdx = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  loc: Loc = NO_LOC;
  argcount = 0; posonlyargcount = 0; kwonlyargcount = 0;
  constructor(readonly kind: UnitKind, readonly ste: Block, readonly name: string, readonly qualname: string,
    readonly firstlineno: number, readonly privateName: string | null) {
    this.entry = this.cur = this.newBlock();
    for (const v of ste.varnames) this.addVar(v);
    this.cellvars = ste.cellvars();
    this.freevars = ste.freevars();
  }
  newBlock(): BB { const b = new BB(); this.blocks.push(b); return b; }
  addVar(name: string): number {
    let i = this.varIdx.get(name);
    if (i === undefined) { i = this.varnames.length; this.varnames.push(name); this.varIdx.set(name, i); }
    return i;
  }
  addName(name: string): number {
    let i = this.nameIdx.get(name);
    if (i === undefined) { i = this.names.length; this.names.push(name); this.nameIdx.set(name, i); }
    return i;
  }
  addConst(c: Const): number {
    const key = constKey(c);
    let i = this.constKeys.get(key);
    if (i === undefined) { i = this.consts.length; this.consts.push(c); this.constKeys.set(key, i); }
    return i;
  }
}

/**
 * CPython's _PyCode_ConstantKey: equal keys only for interchangeable constants (1 != 1.0 != True,
 * 0.0 != -0.0). A code object is its own key, compared as code_richcompare does, so a `finally`
 * body compiled twice holds one copy of each function it defines.
 */
function codeKey(co: CodeObject): string {
  const pos = co.positions ? co.positions.map((p) => `${p.line},${p.endLine},${p.col},${p.endCol}`).join(';') : '';
  return ['c', co.name, co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags, co.firstlineno, Array.from(co.code).join(','),
    co.consts.map(constKey).join('\u0002'), co.names.join(','), co.localsplus.map((l) => l.name + ':' + l.kind).join(','),
    Array.from(co.lines).join(','), pos, co.exceptionTable.map((e) => `${e.start},${e.end},${e.target},${e.depth},${e.lasti}`).join(';'),
  ].join('\u0003');
}
const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
export function constKey(c: Const): string {
  switch (c.k) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return c.v ? 'T' : 'F';
    case 'int': return 'i' + c.v.toString();
    case 'float': f64[0] = c.v; return 'f' + u32[0] + ':' + u32[1];
    case 'str': return 's' + c.v;
    case 'bytes': return 'b' + Array.from(c.v).join(',');
    case 'tuple': return '(' + c.items.map(constKey).join('\u0001') + ')';
    case 'frozenset': return '{' + c.items.map(constKey).join('\u0001') + '}';
    case 'code': return codeKey(c.code);
  }
}

/** Shared state and the emit API. The visitor slots are assigned by codegen.ts. */
export abstract class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  constructor(readonly st: SymbolTable, readonly src: SourceText, readonly filename: string, readonly future: Future) {}

  // visitor slots (codegen.ts)
  expr!: (e: A.Expr) => void;
  stmt!: (s: A.Stmt) => void;
  jumpIf!: (e: A.Expr, target: BB, cond: boolean) => void;
  nameOp!: (name: string, ctx: A.Ctx) => void;
  callExitWithNones!: () => void;
  abstract functionDef(s: A.FunctionDef): void;
  abstract classDef(s: A.ClassDef): void;
  abstract lambda(e: A.Lambda): void;
  abstract comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void;
  abstract tryStmt(s: A.Try): void;
  abstract withStmt(s: A.With, pos: number): void;
  abstract mangle(name: string): string;

  // {==== locations
  setLoc(n: A.Pos) { this.u.loc = { line: n.lineno, endLine: n.end_lineno, col: n.col_offset, endCol: n.end_col_offset }; }
  unsetLoc() { this.u.loc = NO_LOC; }
  error(msg: string, n: A.Pos): never { throw errorAtNode(this.src, msg, n); }
  // }====

  // {==== emitting
  emit(op: number, arg = 0): Instr {
    const l = this.u.loc;
    const i: Instr = { op, arg, target: null, except: null, line: l.line, endLine: l.endLine, col: l.col, endCol: l.endCol };
    // code after a `return` starts a new (dead) block; until then the RETURN_VALUE stays last in the
    // current block, so that assembleUnit adds no implicit `return None` after it (3.11's b_return)
    if (this.u.cur.last()?.op === O.RETURN_VALUE) this.nextBlock();
    this.u.cur.instrs.push(i);
    if (op === O.RAISE_VARARGS || op === O.RERAISE) this.nextBlock();
    return i;
  }
  emitNoLine(op: number, arg = 0): Instr {
    const saved = this.u.loc;
    this.u.loc = NO_LOC;
    const i = this.emit(op, arg);
    this.u.loc = saved;
    return i;
  }
  jump(op: number, target: BB): Instr {
    const i = this.emit(op);
    i.target = target;
    if (!isBlockPush(op)) this.nextBlock();
    return i;
  }
  newBlock(): BB { return this.u.newBlock(); }
  useNextBlock(b: BB) { this.u.cur.next = b; this.u.cur = b; }
  nextBlock() { this.useNextBlock(this.newBlock()); }
  loadConst(c: Const) { this.emit(O.LOAD_CONST, this.u.addConst(c)); }
  loadNone() { this.loadConst({ k: 'none' }); }
  nameArg(op: number, name: string) { this.emit(op, this.u.addName(this.mangle(name))); }
  // }====

  // {==== frame blocks
  pushFBlock(type: FB, block: BB | null, exit: BB | null, datum: unknown = null) {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks', this.locPos());
    this.u.fblocks.push({ type, block, exit, datum });
  }
  popFBlock(_type: FB) { this.u.fblocks.pop(); }
  locPos(): A.Pos { const l = this.u.loc; return { lineno: l.line, col_offset: l.col, end_lineno: l.endLine, end_col_offset: l.endCol }; }

  /** Emit the code that leaves frame block `f` early (break, continue, return). */
  unwindFBlock(f: FBlock, preserveTos: boolean) {
    switch (f.type) {
      case FB.WHILE_LOOP: case FB.EXCEPTION_HANDLER: return;
      case FB.FOR_LOOP:
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        return;
      case FB.TRY_EXCEPT: this.emit(POP_BLOCK); return;
      case FB.FINALLY_TRY:
        this.emit(POP_BLOCK);
        if (preserveTos) this.pushFBlock(FB.POP_VALUE, null, null);
        for (const s of f.datum as A.Stmt[]) this.stmt(s);
        if (preserveTos) this.popFBlock(FB.POP_VALUE);
        // the finally body appears to run after the statement that unwinds
        this.unsetLoc();
        return;
      case FB.FINALLY_END:
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(POP_BLOCK);
        this.emit(O.POP_EXCEPT);
        return;
      case FB.WITH:
        this.setLoc(f.datum as A.Pos);
        this.emit(POP_BLOCK);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.callExitWithNones();
        this.emit(O.POP_TOP);
        this.unsetLoc();
        return;
      case FB.HANDLER_CLEANUP:
        if (f.datum) this.emit(POP_BLOCK);
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(POP_BLOCK);
        this.emit(O.POP_EXCEPT);
        if (f.datum) {
          this.loadNone();
          this.nameOp(f.datum as string, 'Store');
          this.nameOp(f.datum as string, 'Del');
        }
        return;
      case FB.POP_VALUE:
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        return;
    }
  }

  /** Unwind the frame-block stack; with `wantLoop`, stop at (and return) the innermost loop. */
  unwindFBlockStack(preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1];
    if (wantLoop && (top.type === FB.WHILE_LOOP || top.type === FB.FOR_LOOP)) return top;
    fbs.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, wantLoop);
    fbs.push(top);
    return loop;
  }
  // }====
}
