/** (4) Syntax errors: kind, message, line and column equal CPython 3.11's for each case. */
import { describe, expect, it } from 'vitest';
import { PySyntaxError } from '../../../src/errors.js';
import { compileModule } from '../../../src/compiler/index.js';
import { fixture } from './helpers.js';

interface Case { src: string; kind: string; msg: string; line: number; col: number }
const cases = fixture<Case[]>('syntax_errors');

describe('syntax errors match CPython', () => {
  for (const c of cases) {
    it(JSON.stringify(c.src), () => {
      let err: unknown = null;
      try { compileModule(c.src, 'case.py'); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect({ kind: e.kind, msg: e.msg, line: e.line, col: e.col }).toEqual({ kind: c.kind, msg: c.msg, line: c.line, col: c.col });
    });
  }
  it('never lets another exception escape', () => {
    const junk = ['\u0000', '@', 'def', '(((', 'x = "\\', 'lambda', '\uE000x', 'if x:\n\u00e9\n', '))', 'a.', '%', '\\'];
    for (const s of junk) {
      expect(() => compileModule(s, 'junk.py'), JSON.stringify(s)).toThrow(PySyntaxError);
    }
  });
  it('refuses async/await and match with a clear message', () => {
    for (const s of ['async def f(): pass\n', 'def f():\n    await x\n', 'match x:\n    case 1: pass\n']) {
      expect(() => compileModule(s, 'a.py')).toThrow(/not supported by Dust/);
    }
  });
});
