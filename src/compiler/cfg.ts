/**
 * assembleUnit(): a Unit's basic blocks -> a CodeObject, through the passes of CPython 3.11's
 * assemble() in the same order, so that the instruction sequence matches `python3 -m dis`:
 * implicit return, small exit blocks inlined, per-block peephole (constant conditions, jump
 * threading, tuple folding, PUSH_NULL into LOAD_GLOBAL), unreachable code removed, exits without a
 * line duplicated, line numbers propagated, stack depth by flow analysis, exception targets
 * labelled from the SETUP_* pseudo-instructions, NOPs removed where no line needs them.
 * Then Dust's own steps: pseudo-ops dropped, LOAD_FAST pairs fused, absolute jump targets, inline
 * cache words, the exception table, and lines/positions for every word.
 *
 * Invariant: the exception table is sorted, non-overlapping and names the innermost handler of each
 * instruction; the stack depth never exceeds `stacksize` on any path (tests/unit/compiler/stack.test.ts).
 */
import type { CodeObject, Const, ExceptionEntry, Position } from '../bytecode/code.js';
import { FAST_CELL, FAST_FREE, FAST_LOCAL } from '../bytecode/code.js';
import { OPCODES, stackEffect } from '../bytecode/opcodes.js';
import {
  BB, type Instr, isBlockPush, isJump, isScopeExit, isUncondJump, JUMP_NO_INTERRUPT, O, POP_BLOCK, RESUME,
  SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, type Unit,
} from './codegen_core.js';

const MAX_COPY_SIZE = 4;

// {==== block helpers
function noFall(b: BB): boolean {
  const l = b.last();
  return !!l && (isUncondJump(l.op) || isScopeExit(l.op));
}
function isExit(b: BB): boolean { const l = b.last(); return !!l && isScopeExit(l.op); }
function isExitWithoutLine(b: BB): boolean { return isExit(b) && b.instrs.every((i) => i.line < 0); }
function copyLoc(from: Instr, to: Instr) { to.line = from.line; to.endLine = from.endLine; to.col = from.col; to.endCol = from.endCol; }
function layout(entry: BB): BB[] { const out: BB[] = []; for (let b: BB | null = entry; b; b = b.next) out.push(b); return out; }
function skipEmpty(b: BB): BB { while (b.instrs.length === 0 && b.next) b = b.next; return b; }
function cloneInstr(i: Instr): Instr { return { ...i }; }

function truthy(c: Const): boolean {
  switch (c.k) {
    case 'none': return false;
    case 'ellipsis': case 'code': return true;
    case 'bool': return c.v;
    case 'int': return c.v !== 0n;
    case 'float': return c.v !== 0;
    case 'str': case 'bytes': return c.v.length > 0;
    case 'tuple': case 'frozenset': return c.items.length > 0;
  }
}
// }====

// {==== CPython's CFG passes
function extendBlock(b: BB) {
  const last = b.last();
  if (!last || last.op !== O.JUMP) return;
  const t = last.target!;
  if (isExitWithoutLine(t) && t.instrs.length <= MAX_COPY_SIZE) {
    last.op = O.NOP;
    last.target = null;
    for (const i of t.instrs) b.instrs.push(cloneInstr(i));
  }
}

/** 3.11's jump_thread: only between instructions of the same line. */
function jumpThread(inst: Instr, target: Instr, op: number): number {
  if (inst.line === target.line && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return 1;
  }
  return 0;
}

function optimizeBlock(u: Unit, b: BB) {
  const ins = b.instrs;
  const NOP_I = { op: O.NOP } as Instr;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const nextop = i + 1 < ins.length ? ins[i + 1].op : -1;
    let target: Instr = NOP_I;
    if (isJump(inst.op) || isBlockPush(inst.op)) {
      inst.target = skipEmpty(inst.target!);
      target = inst.target.instrs[0] ?? NOP_I;
    }
    switch (inst.op) {
      case O.LOAD_CONST: {
        const c = u.consts[inst.arg];
        if (nextop === O.POP_JUMP_IF_FALSE || nextop === O.POP_JUMP_IF_TRUE) {
          inst.op = O.NOP;
          if (truthy(c) === (nextop === O.POP_JUMP_IF_TRUE)) ins[i + 1].op = O.JUMP;
          else { ins[i + 1].op = O.NOP; ins[i + 1].target = null; }
        } else if (nextop === O.JUMP_IF_FALSE_OR_POP || nextop === O.JUMP_IF_TRUE_OR_POP) {
          if (truthy(c) === (nextop === O.JUMP_IF_TRUE_OR_POP)) ins[i + 1].op = O.JUMP;
          else { inst.op = O.NOP; ins[i + 1].op = O.NOP; ins[i + 1].target = null; }
        } else if (nextop === O.IS_OP && c.k === 'none') {
          const jop = i + 2 < ins.length ? ins[i + 2].op : -1;
          if (jop === O.POP_JUMP_IF_FALSE || jop === O.POP_JUMP_IF_TRUE) {
            const invert = ins[i + 1].arg;
            inst.op = O.NOP;
            ins[i + 1].op = O.NOP;
            ins[i + 2].op = (invert ^ (jop === O.POP_JUMP_IF_FALSE ? 1 : 0)) ? O.POP_JUMP_IF_NOT_NONE : O.POP_JUMP_IF_NONE;
          }
        }
        break;
      }
      case O.BUILD_TUPLE: {
        const n = inst.arg;
        if (nextop === O.UNPACK_SEQUENCE && n === ins[i + 1].arg) {
          if (n === 1) { inst.op = O.NOP; ins[i + 1].op = O.NOP; continue; }
          if (n === 2 || n === 3) { inst.op = O.NOP; ins[i + 1].op = O.SWAP; continue; }
        }
        if (i >= n) foldTuple(u, ins, i - n, n);
        break;
      }
      case O.JUMP_IF_FALSE_OR_POP:
        if (target.op === O.POP_JUMP_IF_FALSE) i -= jumpThread(inst, target, O.POP_JUMP_IF_FALSE);
        else if (target.op === O.JUMP || target.op === O.JUMP_IF_FALSE_OR_POP) i -= jumpThread(inst, target, O.JUMP_IF_FALSE_OR_POP);
        else if ((target.op === O.JUMP_IF_TRUE_OR_POP || target.op === O.POP_JUMP_IF_TRUE) && inst.line === target.line) {
          inst.op = O.POP_JUMP_IF_FALSE;
          inst.target = inst.target!.next;
          i--;
        }
        break;
      case O.JUMP_IF_TRUE_OR_POP:
        if (target.op === O.POP_JUMP_IF_TRUE) i -= jumpThread(inst, target, O.POP_JUMP_IF_TRUE);
        else if (target.op === O.JUMP || target.op === O.JUMP_IF_TRUE_OR_POP) i -= jumpThread(inst, target, O.JUMP_IF_TRUE_OR_POP);
        else if ((target.op === O.JUMP_IF_FALSE_OR_POP || target.op === O.POP_JUMP_IF_FALSE) && inst.line === target.line) {
          inst.op = O.POP_JUMP_IF_TRUE;
          inst.target = inst.target!.next;
          i--;
        }
        break;
      case O.POP_JUMP_IF_NOT_NONE: case O.POP_JUMP_IF_NONE: case O.POP_JUMP_IF_FALSE: case O.POP_JUMP_IF_TRUE: case O.JUMP:
        if (target.op === O.JUMP) i -= jumpThread(inst, target, inst.op);
        break;
      case O.SWAP:
        if (inst.arg === 1) { inst.op = O.NOP; break; }
        i = swaptimize(ins, i);
        applyStaticSwaps(ins, i);
        break;
      case O.PUSH_NULL:
        if (nextop === O.LOAD_GLOBAL && (ins[i + 1].arg & 1) === 0) { inst.op = O.NOP; inst.arg = 0; ins[i + 1].arg |= 1; }
        break;
    }
  }
}

/** Replace a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect (3.11's swaptimize). */
function swaptimize(ins: Instr[], ix: number): number {
  let depth = ins[ix].arg, len = 0, more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len].op;
    if (op === O.SWAP) { depth = Math.max(depth, ins[ix + len].arg); more = true; }
    else if (op !== O.NOP) break;
  }
  if (!more) return ix;
  const VISITED = -1;
  const stack = Array.from({ length: depth }, (_, k) => k);
  for (let k = 0; k < len; k++) {
    const x = ins[ix + k];
    if (x.op === O.SWAP) { const top = stack[0]; stack[0] = stack[x.arg - 1]; stack[x.arg - 1] = top; }
  }
  let current = len - 1;
  for (let k = 0; k < depth; k++) {
    if (stack[k] === VISITED || stack[k] === k) continue;
    let j = k;
    for (;;) {
      if (j) { ins[ix + current].op = O.SWAP; ins[ix + current].arg = j + 1; current--; }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) { ins[ix + current].op = O.NOP; current--; }
  return ix + len - 1;
}

const swappable = (op: number) => op === O.STORE_FAST || op === O.POP_TOP;
function nextSwappable(ins: Instr[], i: number, line: number): number {
  while (++i < ins.length) {
    const x = ins[i];
    if (line >= 0 && x.line !== line) return -1;   // would change what line events see
    if (x.op === O.NOP) continue;
    return swappable(x.op) ? i : -1;
  }
  return -1;
}
/** SWAP n; STORE_FAST a; ... -> the stores exchanged instead of the stack items (3.11's apply_static_swaps). */
function applyStaticSwaps(ins: Instr[], i: number) {
  for (; i >= 0; i--) {
    const swap = ins[i];
    if (swap.op !== O.SWAP) {
      if (swap.op === O.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(ins, i, -1);
    if (j < 0) return;
    let k = j;
    const line = ins[j].line;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(ins, k, line);
      if (k < 0) return;
    }
    swap.op = O.NOP;
    const t = ins[j]; ins[j] = ins[k]; ins[k] = t;
  }
}

function foldTuple(u: Unit, ins: Instr[], start: number, n: number) {
  for (let k = 0; k < n; k++) if (ins[start + k].op !== O.LOAD_CONST) return;
  const items = [];
  for (let k = 0; k < n; k++) { items.push(u.consts[ins[start + k].arg]); ins[start + k].op = O.NOP; }
  const t = ins[start + n];
  t.op = O.LOAD_CONST;
  t.arg = u.addConst({ k: 'tuple', items });
}

/** Remove NOPs that no line event needs (3.11's clean_basic_block). */
function cleanBlock(b: BB) {
  const ins = b.instrs;
  const out: Instr[] = [];
  let prevLine = -1;
  for (let s = 0; s < ins.length; s++) {
    const inst = ins[s];
    const line = inst.line;
    if (inst.op === O.NOP) {
      if (line < 0) continue;
      if (prevLine === line) continue;
      if (s < ins.length - 1) {
        const nl = ins[s + 1].line;
        // the next instruction keeps its own location on the same line, or takes this one if it has none
        if (nl === line) continue;
        if (nl < 0) { copyLoc(inst, ins[s + 1]); continue; }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && line === next.instrs[0].line) continue;
      }
    }
    out.push(inst);
    prevLine = line;
  }
  b.instrs = out;
}

function eliminateEmptyBlocks(entry: BB) {
  for (let b: BB | null = entry; b; b = b.next) {
    let next: BB | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: BB | null = entry; b; b = b.next) {
    const l = b.last();
    if (l && isJump(l.op)) l.target = skipEmpty(l.target!);
  }
}

function markReachable(entry: BB, all: BB[]) {
  for (const b of all) b.predecessors = 0;
  entry.predecessors = 1;
  const stack = [entry];
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !noFall(b)) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJump(i.op) || isBlockPush(i.op)) {
        const t = i.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function optimizeCfg(u: Unit, entry: BB) {
  for (const b of layout(entry)) { optimizeBlock(u, b); cleanBlock(b); }
  for (const b of newestFirst(u)) extendBlock(b);
  markReachable(entry, u.blocks);
  for (const b of layout(entry)) if (b.predecessors === 0) b.instrs = [];
  eliminateEmptyBlocks(entry);
  for (const b of layout(entry)) cleanBlock(b);
  let maybeEmpty = false;
  for (const b of layout(entry)) {
    const l = b.last();
    if (l && isUncondJump(l.op) && l.target === b.next) { l.op = O.NOP; l.target = null; maybeEmpty = true; }
  }
  if (maybeEmpty) eliminateEmptyBlocks(entry);
}

function newestFirst(u: Unit): BB[] { return [...u.blocks].sort((a, b) => b.id - a.id); }

function duplicateExitsWithoutLine(u: Unit, entry: BB) {
  markReachable(entry, u.blocks);
  for (const b of newestFirst(u)) {
    const l = b.last();
    if (!l || !isJump(l.op)) continue;
    const t = l.target!;
    if (isExitWithoutLine(t) && t.predecessors > 1) {
      const nt = u.newBlock();
      nt.instrs = t.instrs.map(cloneInstr);
      copyLoc(l, nt.instrs[0]);
      l.target = nt;
      t.predecessors--;
      nt.predecessors = 1;
      nt.next = t.next;
      t.next = nt;
    }
  }
  for (const b of u.blocks) while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  for (const b of u.blocks) {
    if (!noFall(b) && b.next && b.instrs.length > 0 && isExitWithoutLine(b.next)) copyLoc(b.last()!, b.next.instrs[0]);
  }
}

function propagateLines(entry: BB) {
  for (const b of layout(entry)) {
    if (b.instrs.length === 0) continue;
    let prev: Instr = { line: -1, endLine: -1, col: -1, endCol: -1 } as Instr;
    for (const i of b.instrs) {
      if (i.line < 0) copyLoc(prev, i);
      else prev = i;
    }
    if (!noFall(b) && b.next && b.next.predecessors === 1 && b.next.instrs.length && b.next.instrs[0].line < 0) {
      copyLoc(prev, b.next.instrs[0]);
    }
    const l = b.last()!;
    if (isJump(l.op) && l.target!.predecessors === 1 && l.target!.instrs[0].line < 0) copyLoc(prev, l.target!.instrs[0]);
  }
}

function guaranteeLineForExits(entry: BB, firstlineno: number) {
  let line = firstlineno;
  for (const b of layout(entry)) {
    const l = b.last();
    if (!l) continue;
    if (l.line < 0) {
      if (l.op === O.RETURN_VALUE) for (const i of b.instrs) i.line = i.endLine = line;
    } else line = l.line;
  }
}

function effect(i: Instr, jumped: boolean): number {
  switch (i.op) {
    case SETUP_FINALLY: case SETUP_WITH: return jumped ? 1 : 0;
    case SETUP_CLEANUP: return jumped ? 2 : 0;
    case POP_BLOCK: case RESUME: case JUMP_NO_INTERRUPT: return 0;
    default: return stackEffect(i.op, i.arg, jumped);
  }
}

function stackDepth(entry: BB, all: BB[]): number {
  for (const b of all) b.startdepth = -1;
  let max = 0;
  const stack: BB[] = [];
  const push = (b: BB, d: number) => {
    if (b.startdepth < 0) { b.startdepth = d; stack.push(b); }
    else if (b.startdepth !== d) throw new Error(`internal: inconsistent stack depth at a merge point (${b.startdepth} vs ${d})`);
  };
  push(entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: BB | null = b.next as BB | null;
    for (const i of b.instrs) {
      const nd = depth + effect(i, false);
      if (nd > max) max = nd;
      if (isJump(i.op) || isBlockPush(i.op)) {
        const td = depth + effect(i, true);
        if (td > max) max = td;
        push(i.target!, td);
      }
      depth = nd;
      if (depth < 0) throw new Error('internal: negative stack depth');
      if (isUncondJump(i.op) || isScopeExit(i.op)) { next = null; break; }
    }
    if (next) push(next, depth);
  }
  return max;
}

/** Give every instruction its innermost handler (3.11's label_exception_targets). */
function labelExceptionTargets(entry: BB, all: BB[]) {
  for (const b of all) { b.visited = false; b.exceptStack = null; }
  const todo: BB[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    const es = b.exceptStack!;
    b.exceptStack = null;
    let handler: BB | null = es.length ? es[es.length - 1] : null;
    for (const i of b.instrs) {
      if (isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) { t.exceptStack = [...es]; todo.push(t); t.visited = true; }
        if (i.op === SETUP_WITH || i.op === SETUP_CLEANUP) t.preserveLasti = true;
        es.push(t);
        handler = t;
      } else if (i.op === POP_BLOCK) {
        es.pop();
        handler = es.length ? es[es.length - 1] : null;
      } else if (isJump(i.op)) {
        i.except = handler;
        const t = i.target!;
        if (!t.visited) {
          t.exceptStack = noFall(b) ? es : [...es];
          todo.push(t);
          t.visited = true;
        }
      } else {
        i.except = handler;
      }
    }
    if (!noFall(b) && b.next && !b.next.visited) {
      b.next.exceptStack = es;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}
// }====

// {==== the code object
export interface UnitCode { flags: number; argcount: number; posonly: number; kwonly: number }

export function assembleUnit(u: Unit, addNone: boolean, info: UnitCode): CodeObject {
  // implicit `return None` at the end (no line: it gets one from what precedes it)
  const l = u.cur.last();
  if (!l || l.op !== O.RETURN_VALUE) {
    u.loc = { line: -1, endLine: -1, col: -1, endCol: -1 };
    if (addNone) u.cur.instrs.push(mk(O.LOAD_CONST, u.addConst({ k: 'none' })));
    u.cur.instrs.push(mk(O.RETURN_VALUE, 0));
  }
  const entry = u.entry;
  for (const b of u.blocks) {
    const last = b.last();
    if (last && isJump(last.op)) last.target = skipEmpty(last.target!);
  }
  for (const b of newestFirst(u)) extendBlock(b);

  // {==== localsplus: locals, then cells that are not arguments, then frees
  const localsplus = u.varnames.map((name) => ({ name, kind: FAST_LOCAL }));
  const cellSlot: number[] = [];
  for (const c of u.cellvars) {
    const vi = u.varIdx.get(c);
    if (vi !== undefined) { localsplus[vi].kind |= FAST_CELL; cellSlot.push(vi); }
    else { cellSlot.push(localsplus.length); localsplus.push({ name: c, kind: FAST_CELL }); }
  }
  const freeBase = localsplus.length;
  for (const f of u.freevars) localsplus.push({ name: f, kind: FAST_FREE });
  const derefSlot = (arg: number) => (arg < u.cellvars.length ? cellSlot[arg] : freeBase + arg - u.cellvars.length);
  const DEREFS = new Set([O.LOAD_CLOSURE, O.LOAD_DEREF, O.LOAD_CLASSDEREF, O.STORE_DEREF, O.DELETE_DEREF]);
  for (const b of u.blocks) for (const i of b.instrs) if (DEREFS.has(i.op)) i.arg = derefSlot(i.arg);
  // prefix: COPY_FREE_VARS, then MAKE_CELL in slot order
  const prefix: Instr[] = [];
  if (u.freevars.length) prefix.push(mk(O.COPY_FREE_VARS, u.freevars.length));
  for (const s of [...cellSlot].sort((a, b) => a - b)) prefix.push(mk(O.MAKE_CELL, s));
  entry.instrs.unshift(...prefix);
  // }====

  optimizeCfg(u, entry);
  duplicateExitsWithoutLine(u, entry);
  trimConsts(u, entry);
  markReachable(entry, u.blocks);
  propagateLines(entry);
  guaranteeLineForExits(entry, u.firstlineno);
  const stacksize = stackDepth(entry, layout(entry));
  labelExceptionTargets(entry, layout(entry));
  for (const b of layout(entry)) for (const i of b.instrs) if (isBlockPush(i.op) || i.op === POP_BLOCK) { i.op = O.NOP; i.target = null; }
  for (const b of layout(entry)) cleanBlock(b);

  // {==== Dust's encoding
  const blocks = layout(entry);
  for (const b of blocks) {
    b.instrs = b.instrs.filter((i) => i.op !== RESUME);
    for (const i of b.instrs) if (i.op === JUMP_NO_INTERRUPT) i.op = O.JUMP;
    fuse(b);
  }
  let off = 0;
  for (const b of blocks) {
    b.offset = off;
    for (const i of b.instrs) off += 1 + (OPCODES[i.op].cache ?? 0);
  }
  const code = new Uint32Array(off), lines = new Int32Array(off);
  const positions: Position[] = new Array(off);
  const table: ExceptionEntry[] = [];
  let cur: BB | null = null, curStart = 0;
  let w = 0;
  const close = (end: number) => {
    if (cur && end > curStart) {
      table.push({ start: curStart, end, target: cur.offset, depth: cur.startdepth - 1 - (cur.preserveLasti ? 1 : 0), lasti: cur.preserveLasti });
    }
  };
  for (const b of blocks) {
    for (const i of b.instrs) {
      if (i.except !== cur) { close(w); cur = i.except; curStart = w; }
      let arg = i.arg;
      if (i.target) arg = skipEmpty(i.target).offset;
      code[w] = i.op | (arg << 8);
      const n = 1 + (OPCODES[i.op].cache ?? 0);
      const line = i.line > 0 ? i.line : 0;
      const pos: Position = { line, endLine: i.endLine > 0 ? i.endLine : line, col: Math.max(0, i.col), endCol: Math.max(0, i.endCol) };
      for (let k = 0; k < n; k++) { lines[w + k] = line; positions[w + k] = pos; }
      w += n;
    }
  }
  close(w);
  // }====
  return {
    name: u.name, qualname: u.qualname, filename: '', firstlineno: u.firstlineno,
    argcount: info.argcount, posonlyargcount: info.posonly, kwonlyargcount: info.kwonly, flags: info.flags,
    stacksize, localsplus, names: u.names, consts: u.consts, code, exceptionTable: table, lines, positions,
  };

  function mk(op: number, arg: number): Instr {
    return { op, arg, target: null, except: null, line: -1, endLine: -1, col: -1, endCol: -1 };
  }
}

/** Constants after the last one used are dropped (3.11's trim_unused_consts; consts[0] always stays). */
function trimConsts(u: Unit, entry: BB) {
  let max = 0;
  for (const b of layout(entry)) for (const i of b.instrs) if ((i.op === O.LOAD_CONST || i.op === O.KW_NAMES) && i.arg > max) max = i.arg;
  if (max + 1 < u.consts.length) u.consts.length = max + 1;
}

/**
 * Superinstructions, within a block, for pairs with the same line and handler: LOAD_FAST x;
 * LOAD_FAST y -> LOAD_FAST_LOAD_FAST (also STORE_FAST; LOAD_FAST, STORE_FAST; STORE_FAST and
 * LOAD_FAST; LOAD_CONST), LOAD_CONST c; BINARY_OP op -> BINARY_OP_CONST (taken first: it is the
 * commoner pair), and a JUMP whose target starts with FOR_ITER -> JUMP_FOR_ITER.
 */
function fuse(b: BB) {
  const ins = b.instrs;
  const out: Instr[] = [];
  for (let k = 0; k < ins.length; k++) {
    const a = ins[k], n = ins[k + 1], n2 = ins[k + 2];
    const same = (x: Instr | undefined): x is Instr => !!x && a.except === x.except && a.line === x.line;
    if (a.op === O.JUMP && a.target && a.target.instrs[0]?.op === O.FOR_ITER) {
      out.push({ ...a, op: O.JUMP_FOR_ITER });
      continue;
    }
    if (a.op === O.LOAD_CONST && same(n) && n.op === O.BINARY_OP && a.arg < (1 << 19)) {
      out.push({ ...n, op: O.BINARY_OP_CONST, arg: n.arg | (a.arg << 5) });
      k++;
      continue;
    }
    if (a.op === O.LOAD_FAST && same(n) && n.op === O.LOAD_CONST && a.arg < 4096 && n.arg < 4096
        && !(same(n2) && n2.op === O.BINARY_OP)) {
      out.push({ ...a, op: O.LOAD_FAST_LOAD_CONST, arg: a.arg | (n.arg << 12), endLine: n.endLine, endCol: n.endCol });
      k++;
      continue;
    }
    if (same(n) && (n.op === O.LOAD_FAST || (a.op === O.STORE_FAST && n.op === O.STORE_FAST))
        && (a.op === O.LOAD_FAST || a.op === O.STORE_FAST) && a.arg < 4096 && n.arg < 4096) {
      const op = a.op === O.LOAD_FAST ? O.LOAD_FAST_LOAD_FAST : n.op === O.LOAD_FAST ? O.STORE_FAST_LOAD_FAST : O.STORE_FAST_STORE_FAST;
      out.push({ ...a, op, arg: a.arg | (n.arg << 12), endLine: n.endLine, endCol: n.endCol });
      k++;
      continue;
    }
    out.push(a);
  }
  b.instrs = out;
}
// }====
