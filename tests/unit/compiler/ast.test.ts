/** The parser's AST, with positions, equals CPython's ast.parse for the corpus. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/compiler/index.js';
import { astJson, canon, corpusFiles, fixture, readCorpus } from './helpers.js';

const expected = fixture<Record<string, unknown>>('ast');

describe('AST equals CPython ast.parse', () => {
  for (const f of corpusFiles) {
    it(f, () => {
      expect(canon(astJson(parse(readCorpus(f), f)))).toEqual(canon(expected[f]));
    });
  }
});
