/** Conformance: each tests/programs program against CPython 3.11's output (see runner.ts). */
import { describe, it, expect } from 'vitest';
import { listPrograms, runConformance, expected } from './runner.js';

const programs = listPrograms();

describe('conformance', () => {
  it('has programs', () => { expect(programs.length).toBeGreaterThan(0); });
  for (const rel of programs) {
    it(rel, () => {
      const want = expected(rel);
      const got = runConformance(rel);
      expect(got.stdout).toBe(want.stdout);
      if (want.lastErr !== null) {
        // a syntax error: CPython exits 1 from the interpreter, Dust 2 from the compiler (docs/differences.md)
        const syntax = /^(SyntaxError|IndentationError|TabError):/.test(want.lastErr);
        expect(got.status).toBe(syntax ? 2 : want.status);
        expect(got.lastErr).toBe(want.lastErr);
      } else {
        expect(got.status).toBe(0);
      }
      expect(got.heapCheck).toBe(0);
      expect(got.leaked).toBe(0);
    });
  }
});
