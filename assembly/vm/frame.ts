// Frames: the activation records of Python code, on a frame stack in linear memory.
//
// Calls between Python functions do not recurse in wasm (vm/interp.ts switches frames inside one
// loop), so depth is bounded by the recursion limit and the budget, never by the wasm stack.
// The frame stack is a chain of chunks taken from the heap (counted against the budget like every
// other byte); a generator's frame lives inside the generator object instead (obj/gen.ts).
//
// ╒═ Frame (wasm32) ═══════════════════════════════════════════════════════════════════════════╕
// │ +0 code │ +4 func (owned; 0 for module/class bodies) │ +8 globals │ +12 builtins │ +16 locals  │
// │ (dict for module/class bodies; owned) │ +20 prev frame │ +24 pc (instruction index) │ +28 sp   │
// │ (address of the next free stack slot) │ +32 flags │ +36 gen (owning generator, borrowed)     │
// │ +40 localsplus[nlocalsplus] │ then the value stack[stacksize]                               │
// ╘════════════════════════════════════════════════════════════════════════════════════════════╛
// ╒═ chunk ═══════════════════════════════════════════════╕
// │ +0 prev chunk │ +4 size │ +8 top of prev chunk │ +16 frames… │
// ╘═══════════════════════════════════════════════════════╛
//
// Invariant: frames are pushed and popped LIFO; a chunk is freed when its first frame is popped.
// Frame fields globals/builtins are borrowed from func (or, for module frames, owned).

import { Val, incref, xdecref, decref } from "../obj/object";
import { codeNlocalsplus, codeStacksize } from "../obj/code";
import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "./errors";

// @ts-ignore: decorator
@inline export const FRAME_HEADER: usize = 40;
// @ts-ignore: decorator
@inline const CHUNK_HEADER: usize = 16;
//@@ FRAME_CHUNK: bytes of one frame-stack chunk; holds ~40 typical frames, so calls rarely allocate.
// @ts-ignore: decorator
@inline const FRAME_CHUNK: usize = 4096;

/** Frame flags. */
export const enum FF {
  ENTRY = 1,        // run() returns when this frame returns (it was entered from native code)
  IN_GEN = 2,       // the frame lives in a generator object
  OWNS_GLOBALS = 4, // globals/builtins are owned references (module and class-body frames)
}

// @ts-ignore: decorator
@inline export function frameCode(f: usize): Val { return load<u32>(f); }
// @ts-ignore: decorator
@inline export function frameFunc(f: usize): Val { return load<u32>(f, 4); }
// @ts-ignore: decorator
@inline export function frameGlobals(f: usize): Val { return load<u32>(f, 8); }
// @ts-ignore: decorator
@inline export function frameBuiltins(f: usize): Val { return load<u32>(f, 12); }
// @ts-ignore: decorator
@inline export function frameLocals(f: usize): Val { return load<u32>(f, 16); }
// @ts-ignore: decorator
@inline export function framePrev(f: usize): usize { return <usize>load<u32>(f, 20); }
// @ts-ignore: decorator
@inline export function framePc(f: usize): i32 { return load<i32>(f, 24); }
// @ts-ignore: decorator
@inline export function frameSp(f: usize): usize { return <usize>load<u32>(f, 28); }
// @ts-ignore: decorator
@inline export function frameFlags(f: usize): u32 { return load<u32>(f, 32); }
// @ts-ignore: decorator
@inline export function frameLocalsplus(f: usize): usize { return f + FRAME_HEADER; }
// @ts-ignore: decorator
@inline export function frameStackBase(f: usize): usize { return f + FRAME_HEADER + (<usize>codeNlocalsplus(load<u32>(f)) << 2); }

/** Bytes of a frame for code. */
// @ts-ignore: decorator
@inline export function frameSize(code: Val): usize {
  return FRAME_HEADER + (<usize>(codeNlocalsplus(code) + codeStacksize(code)) << 2);
}

let chunk: usize = 0;     // current chunk
let top: usize = 0;       // next free byte in the current chunk
let limit: usize = 0;     // end of the current chunk

/**
 * Push a frame for code: header fields zeroed except code, localsplus all NULL, sp at the stack
 * base. 0 on MemoryError.
 */
export function framePush(code: Val): usize {
  let size = frameSize(code);
  if (top + size > limit || chunk == 0) {
    let csize = max(FRAME_CHUNK, size + CHUNK_HEADER);
    let c = heapAlloc(csize);
    if (c == 0) { raiseMemoryError(csize); return 0; }
    store<u32>(c, <u32>chunk);
    store<u32>(c, <u32>csize, 4);
    store<u32>(c, <u32>top, 8);
    chunk = c;
    top = c + CHUNK_HEADER;
    limit = c + csize;
  }
  let f = top;
  top += size;
  frameInit(f, code);
  return f;
}

/** Initialise a frame's header and locals (also used for generator frames). */
export function frameInit(f: usize, code: Val): void {
  store<u32>(f, code);
  memory.fill(f + 4, 0, FRAME_HEADER - 4 + (<usize>codeNlocalsplus(code) << 2));
  store<u32>(f, <u32>(f + FRAME_HEADER + (<usize>codeNlocalsplus(code) << 2)), 28);
}

/** Release what a frame holds: locals, whatever is left on its stack, func/locals dict. */
export function frameClear(f: usize): void {
  let code = load<u32>(f);
  let n = codeNlocalsplus(code);
  let lp = f + FRAME_HEADER;
  for (let i = 0; i < n; i++) {
    let v = load<u32>(lp + (<usize>i << 2));
    if (v != 0) { store<u32>(lp + (<usize>i << 2), 0); decref(v); }
  }
  let base = lp + (<usize>n << 2);
  let sp = <usize>load<u32>(f, 28);
  while (sp > base) { sp -= 4; xdecref(load<u32>(sp)); }
  store<u32>(f, <u32>base, 28);
  let flags = load<u32>(f, 32);
  xdecref(load<u32>(f, 16)); store<u32>(f, 0, 16);
  if (flags & FF.OWNS_GLOBALS) {
    xdecref(load<u32>(f, 8)); xdecref(load<u32>(f, 12));
    store<u32>(f, 0, 8); store<u32>(f, 0, 12);
    store<u32>(f, flags & ~FF.OWNS_GLOBALS, 32);
  }
  let fn = load<u32>(f, 4);
  store<u32>(f, 0, 4);
  xdecref(fn);
}

/** Pop the top frame f (already cleared) off the frame stack. */
export function framePop(f: usize): void {
  top = f;
  if (f == chunk + CHUNK_HEADER) {
    // f was the first frame of its chunk: free the chunk and return to the previous one
    let c = chunk;
    let prev = <usize>load<u32>(c);
    let prevTop = <usize>load<u32>(c, 8);
    heapFree(c, <usize>load<u32>(c, 4));
    chunk = prev;
    top = prevTop;
    limit = prev == 0 ? 0 : prev + <usize>load<u32>(prev, 4);
  }
}
