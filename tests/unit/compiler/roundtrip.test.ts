/** (5) serializeModule -> deserializeModule gives back the same CodeObject (corpus and literals). */
import { describe, expect, it } from 'vitest';
import { deserializeModule, serializeModule } from '../../../src/bytecode/code.js';
import { disassemble } from '../../../src/bytecode/disasm.js';
import { compileModule } from '../../../src/compiler/index.js';
import { corpusFiles, readCorpus } from './helpers.js';

describe('module files round-trip', () => {
  for (const f of corpusFiles) {
    it(f, () => {
      const co = compileModule(readCorpus(f), f);
      const back = deserializeModule(serializeModule(co));
      expect(back).toEqual(co);
      expect(disassemble(back)).toEqual(disassemble(co));
    });
  }
});
