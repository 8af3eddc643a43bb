/** (6) Literal values as constants equal what python3's ast.literal_eval gives; f-strings as CPython's AST. */
import { describe, expect, it } from 'vitest';
import type * as A from '../../../src/compiler/ast.js';
import { compileModule, parse } from '../../../src/compiler/index.js';
import { constRepr } from '../../../src/bytecode/disasm.js';
import { astJson, canon, fixture, valueJson } from './helpers.js';

const { literals, fstrings } = fixture<{ literals: { src: string; value: unknown; repr: string }[]; fstrings: { src: string; ast: unknown }[] }>('literals');

describe('literal values', () => {
  for (const l of literals) {
    it(l.src, () => {
      // compiled as `x = <literal>`: the folded constant is the value of LOAD_CONST
      const co = compileModule(`x = ${l.src}\n`, 'lit.py');
      const load = co.code[0];
      expect(load & 0xff).toBe(5);   // LOAD_CONST
      expect(valueJson(co.consts[load >>> 8])).toEqual(l.value);
      // the disassembler shows it as Python's repr() does
      expect(constRepr(co.consts[load >>> 8])).toBe(l.repr);
    });
  }
});

describe('f-strings parse as CPython', () => {
  for (const f of fstrings) {
    it(f.src, () => {
      const e = (parse(`${f.src}\n`).body[0] as A.ExprStmt).value;
      expect(canon(astJson(e, false))).toEqual(canon(f.ast));
    });
  }
});
