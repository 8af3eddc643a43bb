/** (1) Scopes: every symbol of every scope is classified as CPython's `symtable` does. */
import { describe, expect, it } from 'vitest';
import { buildSymbolTable } from '../../../src/compiler/index.js';
import type { Block } from '../../../src/compiler/scope.js';
import { corpusFiles, fixture, readCorpus } from './helpers.js';

interface Scope { type: string; name: string; lineno: number; symbols: Record<string, [number, number]>; children: Scope[] }
const expected = fixture<Record<string, Scope>>('symtable');

function dump(b: Block): Scope {
  const symbols: Record<string, [number, number]> = {};
  for (const [name, flags] of b.symbols) symbols[name] = [b.scopes.get(name) ?? 0, flags];
  return { type: b.type, name: b.name, lineno: b.lineno, symbols, children: b.children.map(dump) };
}

describe('symbol table equals CPython symtable', () => {
  for (const f of corpusFiles) {
    it(f, () => {
      const { st } = buildSymbolTable(readCorpus(f), f);
      expect(dump(st.top)).toEqual(expected[f]);
    });
  }
});
