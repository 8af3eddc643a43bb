/**
 * The archive's gate: corrupt archives are refused by name, and the core's loader verifies every
 * code object before it runs (unknown opcodes, indexes and jump targets out of range, stack depth),
 * refusing a bad module with the reason and never trapping.
 */
import { describe, it, expect } from 'vitest';
import { zipSync } from 'fflate';
import { readArchive, writeArchive, type ArchiveModule } from '../../src/archive/archive.js';
import { serializeModule, type CodeObject, type Const } from '../../src/bytecode/code.js';
import { Op, OPCODES } from '../../src/bytecode/opcodes.js';
import { runProgram, archiveFinder } from '../../src/host/run.js';
import { compileModule } from '../../src/compiler/index.js';
import { ArchiveError } from '../../src/errors.js';

/** Instruction words from [opname, arg] pairs, with zeroed cache words. */
function words(...ins: [string, number?][]): Uint32Array {
  const out: number[] = [];
  for (const [name, arg = 0] of ins) {
    out.push(Op[name] | (arg << 8));
    for (let i = 0; i < (OPCODES[Op[name]].cache ?? 0); i++) out.push(0);
  }
  return Uint32Array.from(out);
}

function code(ins: Uint32Array, consts: Const[] = [{ k: 'none' }], extra: Partial<CodeObject> = {}): CodeObject {
  return {
    name: '<module>', qualname: '<module>', filename: 'bad.py', firstlineno: 1,
    argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, flags: 0, stacksize: 4,
    localsplus: [], names: ['print'], consts, code: ins, exceptionTable: [],
    lines: new Int32Array(ins.length).fill(1), ...extra,
  };
}

function runModule(bytes: Uint8Array) {
  const mod: ArchiveModule = { name: '__main__', file: 'bad.py', isPackage: false, code: bytes };
  return runProgram((n) => (n === '__main__' ? mod : undefined), { budget: 4 << 20, leakCheck: true });
}

describe('loader verification', () => {
  it('runs a well-formed hand-assembled module', () => {
    const r = runModule(serializeModule(code(words(
      ['LOAD_GLOBAL', (0 << 1) | 1], ['LOAD_CONST', 1], ['CALL', 1], ['POP_TOP'], ['LOAD_CONST', 0], ['RETURN_VALUE'],
    ), [{ k: 'none' }, { k: 'str', v: 'hand-made' }])));
    expect(r.loadError).toBeUndefined();
    expect(r.stdout).toBe('hand-made\n');
    expect(r.status).toBe(0);
    expect(r.leaked).toBe(0);
  });

  const bad: [string, CodeObject, RegExp][] = [
    ['an unknown opcode', code(Uint32Array.from([250, Op.RETURN_VALUE])), /unknown opcode/],
    ['a constant index out of range', code(words(['LOAD_CONST', 7], ['RETURN_VALUE'])), /argument out of range/],
    ['a name index out of range', code(words(['LOAD_NAME', 3], ['RETURN_VALUE'])), /argument out of range/],
    ['a local index out of range', code(words(['LOAD_FAST', 0], ['RETURN_VALUE'])), /argument out of range/],
    ['a jump past the end', code(words(['JUMP', 99])), /argument out of range/],
    ['a jump into a cache word', code(words(['LOAD_GLOBAL', 0], ['JUMP', 2])), /middle of an instruction/],
    ['a stack underflow', code(words(['POP_TOP'], ['LOAD_CONST', 0], ['RETURN_VALUE'])), /stack underflow/],
    ['a stack deeper than stacksize', code(words(['LOAD_CONST', 0], ['LOAD_CONST', 0], ['LOAD_CONST', 0], ['RETURN_VALUE']), undefined, { stacksize: 2 }), /stack overflow/],
    ['code that falls off the end', code(words(['LOAD_CONST', 0])), /falls off the end/],
    ['inconsistent depths at a merge', code(words(['LOAD_CONST', 0], ['POP_JUMP_IF_TRUE', 3], ['LOAD_CONST', 0], ['LOAD_CONST', 0], ['RETURN_VALUE'])), /inconsistent stack depth/],
    ['a bad exception table entry', code(words(['LOAD_CONST', 0], ['RETURN_VALUE']), undefined, { exceptionTable: [{ start: 0, end: 9, target: 0, depth: 0, lasti: false }] }), /exception table/],
  ];
  for (const [what, co, msg] of bad) {
    it(`refuses ${what}`, () => {
      const r = runModule(serializeModule(co));
      expect(r.loadError?.module).toBe('__main__');
      expect(r.loadError?.reason).toMatch(msg);
      expect(r.stdout).toBe('');
    });
  }

  it('refuses truncated and garbled module files without trapping', () => {
    const good = serializeModule(compileModule('x = [1, 2.5, "s", (3, 4)]\nprint(x)\n', 'ok.py'));
    for (const cut of [4, 9, 20, good.length >> 1, good.length - 1]) {
      const r = runModule(good.subarray(0, cut));
      expect(r.loadError, `cut at ${cut}`).toBeDefined();
    }
    // flip bytes all over the file: the loader must refuse or run it, never crash
    let seed = 12345;
    for (let i = 0; i < 60; i++) {
      const b = good.slice();
      seed = (seed * 1103515245 + 12345) >>> 0;
      b[8 + (seed % (b.length - 8))] ^= 1 + (seed >>> 24) % 255;
      expect(() => runModule(b)).not.toThrow();
    }
  });
});

describe('archives', () => {
  it('round-trips modules and sources', () => {
    const co = compileModule('print(1)\n', 'a.py');
    const zip = writeArchive([{ name: '__main__', file: 'a.py', isPackage: false, code: serializeModule(co), source: 'print(1)\n' }], '__main__');
    const ar = readArchive(zip, 'a.zip');
    expect(ar.main).toBe('__main__');
    expect(ar.modules.get('__main__')!.source).toBe('print(1)\n');
    const r = runProgram(archiveFinder(ar), { budget: 4 << 20 });
    expect(r.stdout).toBe('1\n');
  });

  it('is reproducible byte for byte', () => {
    const mk = () => writeArchive([{ name: 'm', file: 'm.py', isPackage: false, code: new Uint8Array([1, 2, 3]) }], 'm');
    expect(Buffer.from(mk()).equals(Buffer.from(mk()))).toBe(true);
  });

  it('refuses what is not an archive, by name', () => {
    expect(() => readArchive(new TextEncoder().encode('print("hi")'), 'x.zip')).toThrow(ArchiveError);
    expect(() => readArchive(new TextEncoder().encode('print("hi")'), 'x.zip')).toThrow(/^dust: x\.zip: not a valid archive/);
    expect(() => readArchive(zipSync({ 'a.txt': new Uint8Array([1]) }), 'y.zip')).toThrow(/y\.zip: not a Dust archive/);
    expect(() => readArchive(zipSync({ 'dust.json': new TextEncoder().encode('{') }), 'z.zip')).toThrow(/z\.zip: bad manifest/);
    const noCode = zipSync({ 'dust.json': new TextEncoder().encode(JSON.stringify({ format: 1, main: 'm', modules: { m: { file: 'm.py', package: false } } })) });
    expect(() => readArchive(noCode, 'w.zip')).toThrow(/w\.zip: m: module listed in the manifest but its code is missing/);
  });
});
