/**
 * (2) Code generation: for every code object of the corpus, the op-name sequence equals CPython
 * 3.11's `dis` after the normalisation of tools/gen_fixtures.py, and so does the exception table
 * (in instruction indexes) and the code object's header.
 */
import { describe, expect, it } from 'vitest';
import type { CodeObject } from '../../../src/bytecode/code.js';
import { FAST_CELL, FAST_FREE, FAST_LOCAL } from '../../../src/bytecode/code.js';
import { compileModule } from '../../../src/compiler/index.js';
import { allCode, corpusFiles, fixture, normalizedExc, normalizedOps, readCorpus, valueJson } from './helpers.js';

interface Entry {
  name: string; qualname: string; firstlineno: number; argcount: number; posonlyargcount: number; kwonlyargcount: number;
  flags: number; varnames: string[]; cellvars: string[]; freevars: string[]; names: string[]; ops: string[]; lines: number[]; consts: unknown[]; args: number[]; positions: number[][];
  exc: (number | boolean)[][];
}
const expected = fixture<Record<string, Entry[]>>('dis');

function header(co: CodeObject) {
  const varnames = co.localsplus.filter((l) => l.kind & FAST_LOCAL).map((l) => l.name);
  const cellvars = co.localsplus.filter((l) => l.kind & FAST_CELL).map((l) => l.name);
  const freevars = co.localsplus.filter((l) => l.kind & FAST_FREE).map((l) => l.name);
  return { name: co.name, qualname: co.qualname, firstlineno: co.firstlineno, argcount: co.argcount,
    posonlyargcount: co.posonlyargcount, kwonlyargcount: co.kwonlyargcount, flags: co.flags & 0xff, varnames, cellvars, freevars };
}

describe('code generation equals CPython 3.11 dis (normalised)', () => {
  for (const f of corpusFiles) {
    describe(f, () => {
      const codes = allCode(compileModule(readCorpus(f), f));
      const exp = expected[f];
      it('has the same code objects', () => {
        expect(codes.map((c) => c.qualname)).toEqual(exp.map((e) => e.qualname));
      });
      exp.forEach((e, i) => {
        it(`${e.qualname} (line ${e.firstlineno})`, () => {
          const co = codes[i];
          expect(co, 'missing code object').toBeDefined();
          const { name, qualname, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, varnames, cellvars, freevars } = e;
          expect(header(co)).toEqual({ name, qualname, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, varnames, cellvars, freevars });
          const mine = normalizedOps(co);
          expect(mine.ops).toEqual(e.ops);
          expect(mine.lines, 'line of each instruction').toEqual(e.lines);
          expect(mine.args, 'argument of each instruction').toEqual(e.args);
          expect(mine.positions, 'source position of each instruction').toEqual(e.positions.map((p, k) => (mine.positions[k] ? p : null)));
          expect(normalizedExc(co)).toEqual(e.exc);
          expect(co.names).toEqual(e.names);
          expect(co.consts.map(valueJson)).toEqual(e.consts);
        });
      });
    });
  }
});
