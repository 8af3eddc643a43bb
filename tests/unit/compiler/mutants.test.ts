/**
 * Robustness on broken input: corpus snippets with random edits (tools/gen_fixtures.py, seeded).
 * Every one is accepted or rejected exactly as CPython does, only PySyntaxError ever escapes, and
 * the message, line and column of the error agree with CPython's for nearly all of them (the
 * remaining few are the rarer messages of CPython's second parser pass, see docs/bytecode.md).
 */
import { describe, expect, it } from 'vitest';
import { PySyntaxError } from '../../../src/errors.js';
import { compileModule } from '../../../src/compiler/index.js';
import { fixture } from './helpers.js';

const mutants = fixture<{ src: string; error: [string, string, number, number] | null }[]>('mutants');

describe('mutated sources', () => {
  const results = mutants.map((m) => {
    try { compileModule(m.src, 'm.py'); return { m, got: null as null | [string, string, number, number], escaped: null as unknown }; } catch (e) {
      if (!(e instanceof PySyntaxError)) return { m, got: null, escaped: e };
      return { m, got: [e.kind, e.msg, e.line, e.col] as [string, string, number, number], escaped: null };
    }
  });
  it('only PySyntaxError escapes', () => {
    expect(results.filter((r) => r.escaped).map((r) => r.m.src)).toEqual([]);
  });
  it('accepts and rejects the same sources as CPython', () => {
    expect(results.filter((r) => (r.got === null) !== (r.m.error === null)).map((r) => r.m.src)).toEqual([]);
  });
  it('reports the same message, line and column for at least 90% of the errors', () => {
    const errs = results.filter((r) => r.m.error && r.got);
    const same = errs.filter((r) => JSON.stringify(r.got) === JSON.stringify(r.m.error));
    expect(same.length / errs.length).toBeGreaterThanOrEqual(0.9);
  });
});
