/**
 * (3) Stack depth: walk every path of every compiled code object (fall-through, jumps, and the
 * exception handler of each instruction, entered at depth + lasti + 1) and check that the depth
 * never goes below 0 or above stacksize and is the same whenever two paths meet.
 */
import { describe, expect, it } from 'vitest';
import type { CodeObject } from '../../../src/bytecode/code.js';
import { OPCODES, stackEffect } from '../../../src/bytecode/opcodes.js';
import { compileModule } from '../../../src/compiler/index.js';
import { allCode, corpusFiles, readCorpus } from './helpers.js';

export function checkStack(co: CodeObject): string | null {
  const n = co.code.length;
  const depthAt = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const problems: string[] = [];
  const reach = (pc: number, d: number, from: number) => {
    if (pc < 0 || pc >= n) { problems.push(`${from}: jump outside the code (${pc})`); return; }
    if (d < 0) { problems.push(`${from}: depth ${d} < 0`); return; }
    if (d > co.stacksize) { problems.push(`${from}: depth ${d} > stacksize ${co.stacksize}`); return; }
    if (depthAt[pc] === -1) { depthAt[pc] = d; work.push(pc); }
    else if (depthAt[pc] !== d) problems.push(`${pc}: depth ${depthAt[pc]} and ${d} meet (from ${from})`);
  };
  reach(0, 0, 0);
  while (work.length && problems.length === 0) {
    const pc = work.pop()!;
    const d = depthAt[pc];
    const op = co.code[pc] & 0xff, arg = co.code[pc] >>> 8;
    const info = OPCODES[op];
    const pops = Number(new Function('arg', `return (${info.pops})|0`)(arg));
    if (d - pops < 0) { problems.push(`${pc} ${info.name}: pops ${pops} at depth ${d}`); break; }
    for (const e of co.exceptionTable) {
      if (pc >= e.start && pc < e.end) {
        if (e.depth > d) problems.push(`${pc}: handler depth ${e.depth} above the stack (${d})`);
        reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1, pc);
        break;   // the table is sorted and non-overlapping: the first match is the handler
      }
    }
    if (info.arg === 'jump') reach(arg, d + stackEffect(op, arg, true), pc);
    if (!info.terminal) reach(pc + 1 + (info.cache ?? 0), d + stackEffect(op, arg, false), pc);
  }
  return problems.length ? problems.join('; ') : null;
}

function checkTable(co: CodeObject): string | null {
  let prevEnd = 0;
  for (const e of co.exceptionTable) {
    if (e.start < prevEnd) return `overlapping or unsorted entry at ${e.start}`;
    if (e.end <= e.start) return `empty entry at ${e.start}`;
    prevEnd = e.end;
  }
  return null;
}

describe('stack depth is consistent on every path', () => {
  for (const f of corpusFiles) {
    it(f, () => {
      for (const co of allCode(compileModule(readCorpus(f), f))) {
        expect(checkStack(co), `${f}: ${co.qualname}`).toBeNull();
        expect(checkTable(co), `${f}: ${co.qualname}`).toBeNull();
      }
    });
  }
  it('detects a broken code object', () => {
    const co = compileModule('x = 1\n', 't.py');
    const bad = { ...co, stacksize: 0 };
    expect(checkStack(bad)).not.toBeNull();
  });
});
