/** Generated files are current: the grammar recipe (scripts/gen-grammar.ts) and the opcode section of docs/bytecode.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../scripts/gen-grammar.js';
import { render } from '../../../scripts/gen-bytecode-doc.js';
import { HERE } from './helpers.js';

const ROOT = HERE + '../../../';

describe('generated files', () => {
  it('src/compiler/grammar.gen.ts is generated from python.ohm', () => {
    expect(readFileSync(ROOT + 'src/compiler/grammar.gen.ts', 'utf8')).toBe(generate());
  });
  it('docs/bytecode.md lists the opcode table of src/bytecode/opcodes.ts', () => {
    const doc = readFileSync(ROOT + 'docs/bytecode.md', 'utf8');
    expect(doc).toBe(render(doc));
  });
});
