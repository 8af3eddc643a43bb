// code: a verified, immutable code object (vm/load.ts builds them from module files).
//
// ╒═ PyCode (wasm32, 104 bytes) ══════════════════════════════════════════════════════════════╕
// │ +8 argcount │ +12 posonlyargcount │ +16 kwonlyargcount │ +20 flags │ +24 stacksize          │
// │ +28 nlocalsplus │ +32 firstlineno │ +36 name │ +40 qualname │ +44 filename                 │
// │ +48 localsplusnames (tuple) │ +52 kinds ptr (u8[nlocalsplus]) │ +56 names (tuple)         │
// │ +60 consts (tuple) │ +64 words ptr (u32[ncode]) │ +68 ncode │ +72 exctable ptr │ +76 nexc │
// │ +80 linetable ptr │ +84 linetable bytes │ +88 framesize │ +92 ncellvars │ +96 codeId      │
// │ +100 nfreevars                                                                              │
// ╘════════════════════════════════════════════════════════════════════════════════════════════╛
// The instruction words are writable: inline caches live in them (opcodes.ts `cache`).
// Exception table entries are 5 u32: start, end, target, depth, lasti (instruction indexes).
// The line table is the module file's run-length format (src/bytecode/code.ts encodeLineTable).

import { Val, decref, xdecref } from "./object";
import { objFree } from "../gc/track";
import { heapFree, heapAllocSize } from "../mem/heap";
import { tupleSize } from "./tuple";

// @ts-ignore: decorator
@inline export const CODE_SIZE: usize = 104;

export const enum CO {
  OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4, VARKEYWORDS = 0x8, NESTED = 0x10,
  GENERATOR = 0x20, NOFREE = 0x40,
}
export const enum FAST { LOCAL = 0x20, CELL = 0x40, FREE = 0x80 }

// @ts-ignore: decorator
@inline export function codeArgcount(c: Val): i32 { return load<i32>(c, 8); }
// @ts-ignore: decorator
@inline export function codePosonly(c: Val): i32 { return load<i32>(c, 12); }
// @ts-ignore: decorator
@inline export function codeKwonly(c: Val): i32 { return load<i32>(c, 16); }
// @ts-ignore: decorator
@inline export function codeFlags(c: Val): u32 { return load<u32>(c, 20); }
// @ts-ignore: decorator
@inline export function codeStacksize(c: Val): i32 { return load<i32>(c, 24); }
// @ts-ignore: decorator
@inline export function codeNlocalsplus(c: Val): i32 { return load<i32>(c, 28); }
// @ts-ignore: decorator
@inline export function codeFirstLine(c: Val): i32 { return load<i32>(c, 32); }
// @ts-ignore: decorator
@inline export function codeName(c: Val): Val { return load<u32>(c, 36); }
// @ts-ignore: decorator
@inline export function codeQualname(c: Val): Val { return load<u32>(c, 40); }
// @ts-ignore: decorator
@inline export function codeFilename(c: Val): Val { return load<u32>(c, 44); }
// @ts-ignore: decorator
@inline export function codeLocalNames(c: Val): Val { return load<u32>(c, 48); }
// @ts-ignore: decorator
@inline export function codeKinds(c: Val): usize { return <usize>load<u32>(c, 52); }
// @ts-ignore: decorator
@inline export function codeNames(c: Val): Val { return load<u32>(c, 56); }
// @ts-ignore: decorator
@inline export function codeConsts(c: Val): Val { return load<u32>(c, 60); }
// @ts-ignore: decorator
@inline export function codeWords(c: Val): usize { return <usize>load<u32>(c, 64); }
// @ts-ignore: decorator
@inline export function codeNcode(c: Val): i32 { return load<i32>(c, 68); }
// @ts-ignore: decorator
@inline export function codeExcTable(c: Val): usize { return <usize>load<u32>(c, 72); }
// @ts-ignore: decorator
@inline export function codeNexc(c: Val): i32 { return load<i32>(c, 76); }
// @ts-ignore: decorator
@inline export function codeFramesize(c: Val): u32 { return load<u32>(c, 88); }
// @ts-ignore: decorator
@inline export function codeNcellvars(c: Val): i32 { return load<i32>(c, 92); }
// @ts-ignore: decorator
@inline export function codeId(c: Val): u32 { return load<u32>(c, 96); }
// @ts-ignore: decorator
@inline export function codeNfreevars(c: Val): i32 { return load<i32>(c, 100); }

/** The source line of instruction index pc (0 if unknown), by walking the run-length line table. */
export function codeLine(c: Val, pc: i32): i32 {
  let p = <usize>load<u32>(c, 80);
  let end = p + <usize>load<u32>(c, 84);
  let at: i32 = 0;
  let line: i32 = 0;
  while (p < end) {
    // uv count
    let count: u32 = 0, shift: u32 = 0, b: u32;
    do { b = load<u8>(p++); count |= (b & 0x7f) << shift; shift += 7; } while ((b & 0x80) && p < end);
    // sv delta (zigzag)
    let z: u32 = 0; shift = 0;
    do { b = load<u8>(p++); z |= (b & 0x7f) << shift; shift += 7; } while ((b & 0x80) && p < end);
    let delta = (z & 1) ? -<i32>((z + 1) >> 1) : <i32>(z >> 1);
    line += delta;
    if (pc < at + <i32>count) return line;
    at += <i32>count;
  }
  return line;
}

/** The exception handler for the instruction at pc: the table entry's address, or 0. */
export function codeFindHandler(c: Val, pc: i32): usize {
  let t = codeExcTable(c);
  let n = codeNexc(c);
  for (let i = 0; i < n; i++) {
    let e = t + <usize>i * 20;
    if (pc >= load<i32>(e) && pc < load<i32>(e, 4)) return e;
  }
  return 0;
}

export function codeDealloc(c: Val): void {
  let n = codeNlocalsplus(c);
  xdecref(codeName(c)); xdecref(codeQualname(c)); xdecref(codeFilename(c));
  xdecref(codeLocalNames(c)); xdecref(codeNames(c)); xdecref(codeConsts(c));
  if (codeKinds(c) != 0) heapFree(codeKinds(c), <usize>max(n, 1));
  if (codeWords(c) != 0) heapFree(codeWords(c), <usize>codeNcode(c) << 2);
  if (codeExcTable(c) != 0) heapFree(codeExcTable(c), <usize>codeNexc(c) * 20);
  if (load<u32>(c, 80) != 0) heapFree(<usize>load<u32>(c, 80), <usize>load<u32>(c, 84));
  objFree(c, CODE_SIZE);
}

export function codeSizeof(c: Val): usize {
  return heapAllocSize(CODE_SIZE) + heapAllocSize(<usize>max(codeNlocalsplus(c), 1))
    + heapAllocSize(<usize>codeNcode(c) << 2) + (codeNexc(c) > 0 ? heapAllocSize(<usize>codeNexc(c) * 20) : 0)
    + (load<u32>(c, 84) > 0 ? heapAllocSize(<usize>load<u32>(c, 84)) : 0);
}
