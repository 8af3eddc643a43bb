// The loader: reads a module file (src/bytecode/code.ts format, docs/bytecode.md) from linear
// memory, verifies every code object, and builds PyCode objects. This is the archive's gate: the
// interpreter trusts verified code (jump targets, indexes and stack depth are never checked at run
// time), so everything that the interpreter would trust is checked here.
//
// Errors are reported as a message in LOAD_ERR (static memory, for the host to print as
// `dust: <archive>: <module>: <message>`), and loadModule returns 0 without raising.

import { Val, isSmall, mkSmall, incref, decref, xdecref, fitsSmall } from "../obj/object";
import { T_CODE } from "../obj/type";
import { strFromUtf8, strIntern, strEmpty } from "../obj/str";
import { tupleNew, tupleSet, tupleSize, tupleEmpty } from "../obj/tuple";
import { noneVal, trueVal, falseVal, ellipsisVal } from "../obj/singletons";
import { floatNew } from "../obj/float";
import { intFromI64, intFromDigits } from "../obj/int";
import { bytesNew } from "../obj/bytes";
import { setNew, setAdd } from "../obj/set";
import { T_FROZENSET } from "../obj/type";
import { CODE_SIZE, CO, FAST } from "../obj/code";
import { objAlloc } from "../gc/track";
import { heapAlloc, heapFree } from "../mem/heap";
import { Op, OP_COUNT, FORMAT_VERSION, ArgKind, opArgKind, opCacheWords, opPops, opPushes, opJumpPops, opJumpPushes, opIsTerminal } from "./opcodes";
import { fetchExc, excPending } from "./errors";

//@@ MAX_CODE_WORDS: the largest code object accepted, in instruction words (the format allows 2^24).
// @ts-ignore: decorator
@inline const MAX_CODE_WORDS: u32 = 1 << 22;
//@@ MAX_NESTING: nesting of constants (tuples, code objects) the loader accepts.
// @ts-ignore: decorator
@inline const MAX_NESTING: i32 = 64;

// {==== error reporting

export const LOAD_ERR: usize = memory.data(256);
let loadErrLen: u32 = 0;
let failed: bool = false;

export function loadErrorLength(): u32 { return loadErrLen; }

function fail(msg: string): void {
  if (failed) return;
  failed = true;
  let n = min(msg.length, 200);
  for (let i = 0; i < n; i++) store<u8>(LOAD_ERR + <usize>i, <u8>msg.charCodeAt(i));
  loadErrLen = <u32>n;
}

function failAt(msg: string, where: u32): void {
  if (failed) return;
  fail(msg);
  // append " (at instruction N)"
  let s = " (at instruction ";
  let p = loadErrLen;
  for (let i = 0; i < s.length && p < 240; i++) store<u8>(LOAD_ERR + <usize>(p++), <u8>s.charCodeAt(i));
  let tmp = memory.data(12);
  let n = 0;
  do { store<u8>(tmp + <usize>(n++), <u8>(48 + where % 10)); where /= 10; } while (where != 0);
  while (n > 0 && p < 250) { n--; store<u8>(LOAD_ERR + <usize>(p++), load<u8>(tmp + <usize>n)); }
  store<u8>(LOAD_ERR + <usize>(p++), 41);
  loadErrLen = p;
}
// }====

// {==== reader

let pos: usize = 0;
let end: usize = 0;

function u8r(): u32 {
  if (pos >= end) { fail("truncated module file"); return 0; }
  return load<u8>(pos++);
}

function uv(): u32 {
  let v: u64 = 0;
  let shift: u64 = 0;
  for (let i = 0; i < 8; i++) {
    let b = u8r();
    if (failed) return 0;
    v |= (<u64>(b & 0x7f)) << shift;
    if (!(b & 0x80)) {
      if (v > 0xffffffff) { fail("varint out of range"); return 0; }
      return <u32>v;
    }
    shift += 7;
  }
  fail("bad varint");
  return 0;
}

function uv64(): u64 {
  let v: u64 = 0;
  let shift: u64 = 0;
  for (let i = 0; i < 10; i++) {
    let b = u8r();
    if (failed) return 0;
    v |= (<u64>(b & 0x7f)) << shift;
    if (!(b & 0x80)) return v;
    shift += 7;
  }
  fail("bad varint");
  return 0;
}

function sv64(): i64 {
  let u = uv64();
  return (u & 1) ? -(<i64>(u >> 1)) - 1 : <i64>(u >> 1);
}

/** A str from a length-prefixed WTF-8 string; interned when intern. */
function rstr(intern: bool): Val {
  let n = uv();
  if (failed) return 0;
  if (<usize>n > end - pos) { fail("truncated string"); return 0; }
  if (!validWtf8(pos, n)) { fail("invalid UTF-8 in a string"); return 0; }
  let s = strFromUtf8(pos, n);
  pos += n;
  if (s == 0) { fail("out of memory loading strings"); return 0; }
  if (intern) s = strIntern(s);
  return s;
}

function validWtf8(p: usize, n: u32): bool {
  let i: u32 = 0;
  while (i < n) {
    let b = <u32>load<u8>(p + i);
    let len: u32 = b < 0x80 ? 1 : (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    for (let j: u32 = 1; j < len; j++) if ((load<u8>(p + i + j) & 0xc0) != 0x80) return false;
    if (len == 2 && b < 0xc2) return false;
    i += len;
  }
  return true;
}
// }====

// {==== constants

function rconst(depth: i32, filename: Val, codeCount: usize): Val {
  if (depth > MAX_NESTING) { fail("constants nested too deeply"); return 0; }
  let tag = u8r();
  if (failed) return 0;
  switch (tag) {
    case 0: return noneVal();
    case 1: return falseVal();
    case 2: return trueVal();
    case 3: return ellipsisVal();
    case 4: { let v = sv64(); if (failed) return 0; return intFromI64(v); }
    case 5: {
      let neg = u8r();
      let n = uv();
      if (failed) return 0;
      if (<usize>n * 4 > end - pos || n > 100000) { fail("truncated big int"); return 0; }
      let v = intFromDigits(pos, <i32>n, neg != 0);
      pos += <usize>n * 4;
      if (v == 0) fail("out of memory loading constants");
      return v;
    }
    case 6: {
      if (end - pos < 8) { fail("truncated float"); return 0; }
      let d = load<f64>(pos);
      pos += 8;
      let v = floatNew(d);
      if (v == 0) fail("out of memory loading constants");
      return v;
    }
    case 7: return rstr(false);
    case 8: {
      let n = uv();
      if (failed) return 0;
      if (<usize>n > end - pos) { fail("truncated bytes"); return 0; }
      let b = bytesNew(pos, <i32>n);
      pos += n;
      if (b == 0) fail("out of memory loading constants");
      return b;
    }
    case 9: case 10: {
      let n = uv();
      if (failed) return 0;
      if (<usize>n > end - pos) { fail("truncated tuple"); return 0; }
      let t = tupleNew(<i32>n);
      if (t == 0) { fail("out of memory loading constants"); return 0; }
      for (let i: u32 = 0; i < n; i++) {
        let c = rconst(depth + 1, filename, codeCount);
        if (c == 0) { decref(t); return 0; }
        tupleSet(t, <i32>i, c);
      }
      if (tag == 9) return t;
      let s = setFrozenConst(t);
      decref(t);
      if (s == 0) { fail("unhashable constant in frozenset"); return 0; }
      return s;
    }
    case 11: return rcode(depth + 1);
  }
  fail("unknown constant tag");
  return 0;
}
// }====

// {==== code objects

let nextCodeId: u32 = 0;

function rcode(depth: i32): Val {
  if (depth > MAX_NESTING) { fail("code objects nested too deeply"); return 0; }
  let argcount = uv(), posonly = uv(), kwonly = uv();
  let flags = uv(), stacksize = uv(), firstline = uv();
  if (failed) return 0;
  let c = objAlloc(T_CODE, CODE_SIZE);
  if (c == 0) { fail("out of memory loading code"); return 0; }
  memory.fill(c + 8, 0, CODE_SIZE - 8);
  store<u32>(c, nextCodeId++, 96);
  store<u32>(c, argcount, 8); store<u32>(c, posonly, 12); store<u32>(c, kwonly, 16);
  store<u32>(c, flags, 20); store<u32>(c, stacksize, 24); store<u32>(c, firstline, 32);
  let v: Val;
  v = rstr(true); if (v == 0) return bail(c); store<u32>(c, v, 36);
  v = rstr(true); if (v == 0) return bail(c); store<u32>(c, v, 40);
  v = rstr(false); if (v == 0) return bail(c); store<u32>(c, v, 44);
  // localsplus
  let nl = uv();
  if (failed) return bail(c);
  if (nl > 0xffff || <usize>nl * 2 > end - pos) { fail("too many locals"); return bail(c); }
  let names = tupleNew(<i32>nl);
  if (names == 0) { fail("out of memory loading code"); return bail(c); }
  store<u32>(c, names, 48);
  let kinds = heapAlloc(<usize>max(nl, 1));
  if (kinds == 0) { fail("out of memory loading code"); return bail(c); }
  store<u32>(c, <u32>kinds, 52);
  store<u32>(c, nl, 28);
  let ncells = 0, nfree = 0;
  for (let i: u32 = 0; i < nl; i++) {
    let s = rstr(true);
    if (s == 0) return bail(c);
    tupleSet(names, <i32>i, s);
    let k = u8r();
    if (failed) return bail(c);
    if ((k & ~(FAST.LOCAL | FAST.CELL | FAST.FREE)) != 0 || k == 0) { fail("bad local kind"); return bail(c); }
    if (k & FAST.CELL) ncells++;
    if (k & FAST.FREE) nfree++;
    store<u8>(kinds + <usize>i, <u8>k);
  }
  store<u32>(c, <u32>ncells, 92);
  store<u32>(c, <u32>nfree, 100);
  if (argcount + kwonly + ((flags & CO.VARARGS) ? 1 : 0) + ((flags & CO.VARKEYWORDS) ? 1 : 0) > nl) { fail("more parameters than locals"); return bail(c); }
  if (posonly > argcount) { fail("bad positional-only count"); return bail(c); }
  // names
  let nn = uv();
  if (failed) return bail(c);
  if (<usize>nn > end - pos) { fail("truncated names"); return bail(c); }
  let ntuple = tupleNew(<i32>nn);
  if (ntuple == 0) { fail("out of memory loading code"); return bail(c); }
  store<u32>(c, ntuple, 56);
  for (let i: u32 = 0; i < nn; i++) {
    let s = rstr(true);
    if (s == 0) return bail(c);
    tupleSet(ntuple, <i32>i, s);
  }
  // consts
  let nc = uv();
  if (failed) return bail(c);
  if (<usize>nc > end - pos) { fail("truncated constants"); return bail(c); }
  let consts = tupleNew(<i32>nc);
  if (consts == 0) { fail("out of memory loading code"); return bail(c); }
  store<u32>(c, consts, 60);
  for (let i: u32 = 0; i < nc; i++) {
    let k = rconst(depth, load<u32>(c, 44), 0);
    if (k == 0) return bail(c);
    tupleSet(consts, <i32>i, k);
  }
  // code words
  let ncode = uv();
  if (failed) return bail(c);
  if (ncode == 0 || ncode > MAX_CODE_WORDS || <usize>ncode * 4 > end - pos) { fail("bad code length"); return bail(c); }
  let words = heapAlloc(<usize>ncode << 2);
  if (words == 0) { fail("out of memory loading code"); return bail(c); }
  memory.copy(words, pos, <usize>ncode << 2);
  pos += <usize>ncode << 2;
  store<u32>(c, <u32>words, 64);
  store<u32>(c, ncode, 68);
  // exception table
  let ne = uv();
  if (failed) return bail(c);
  if (<usize>ne * 5 > end - pos) { fail("truncated exception table"); return bail(c); }
  if (ne > 0) {
    let et = heapAlloc(<usize>ne * 20);
    if (et == 0) { fail("out of memory loading code"); return bail(c); }
    store<u32>(c, <u32>et, 72);
    store<u32>(c, ne, 76);
    for (let i: u32 = 0; i < ne; i++) {
      let e = et + <usize>i * 20;
      store<u32>(e, uv()); store<u32>(e, uv(), 4); store<u32>(e, uv(), 8); store<u32>(e, uv(), 12);
      store<u32>(e, u8r(), 16);
      if (failed) return bail(c);
    }
  }
  // line table (kept), positions (skipped: the host keeps them)
  let lt = uv();
  if (failed) return bail(c);
  if (<usize>lt > end - pos) { fail("truncated line table"); return bail(c); }
  if (lt > 0) {
    let buf = heapAlloc(<usize>lt);
    if (buf == 0) { fail("out of memory loading code"); return bail(c); }
    memory.copy(buf, pos, <usize>lt);
    store<u32>(c, <u32>buf, 80);
    store<u32>(c, lt, 84);
  }
  pos += lt;
  let pt = uv();
  if (failed) return bail(c);
  if (<usize>pt > end - pos) { fail("truncated position table"); return bail(c); }
  pos += pt;
  if (!verify(c)) return bail(c);
  return c;
}

function bail(c: usize): Val {
  decref(<Val>c);
  return 0;
}

/**
 * Verify a code object: known opcodes, arguments in range, cache words skipped, jumps to
 * instruction starts, and a consistent stack depth within stacksize on every path, with exception
 * handlers entered at their table depth.
 */
function verify(c: usize): bool {
  let words = <usize>load<u32>(c, 64);
  let n = load<u32>(c, 68);
  let nl = load<u32>(c, 28);
  let nnames = <u32>tupleSize(load<u32>(c, 56));
  let nconsts = <u32>tupleSize(load<u32>(c, 60));
  let stacksize = load<i32>(c, 24);
  if (stacksize < 0 || stacksize > 0xffff) { fail("bad stack size"); return false; }
  // depth[i]: -1 = not reached, else stack depth before instruction i; bit 30 marks instruction starts
  let depth = heapAlloc(<usize>n << 2);
  if (depth == 0) { fail("out of memory verifying code"); return false; }
  memory.fill(depth, 0xff, <usize>n << 2);
  let starts = heapAlloc(<usize>n);
  if (starts == 0) { heapFree(depth, <usize>n << 2); fail("out of memory verifying code"); return false; }
  memory.fill(starts, 0, <usize>n);
  let ok = true;
  // pass 1: decode, mark instruction starts, check arguments
  let i: u32 = 0;
  while (i < n) {
    let w = load<u32>(words + (<usize>i << 2));
    let op = <i32>(w & 0xff);
    let arg = w >> 8;
    if (op >= OP_COUNT) { failAt("unknown opcode", i); ok = false; break; }
    store<u8>(starts + <usize>i, 1);
    let kind = opArgKind(op);
    let bad = false;
    switch (kind) {
      case ArgKind.NONE: bad = arg != 0; break;
      case ArgKind.CONST: bad = arg >= nconsts; break;
      case ArgKind.NAME: bad = arg >= nnames; break;
      case ArgKind.GLOBAL: bad = (arg >> 1) >= nnames; break;
      case ArgKind.LOCAL: bad = arg >= nl; break;
      case ArgKind.LOCAL2: bad = (arg & 0xfff) >= nl || (arg >> 12) >= nl; break;
      case ArgKind.CONSTBINOP: bad = (arg & 31) > 25 || (arg >> 5) >= nconsts; break;
      case ArgKind.LOCALCONST: bad = (arg & 0xfff) >= nl || (arg >> 12) >= nconsts; break;
      case ArgKind.JUMP: bad = arg >= n; break;
      case ArgKind.BINOP: bad = arg > 25; break;
      case ArgKind.CMPOP: bad = arg > 5; break;
      case ArgKind.COUNT: bad = arg > 0xffff; break;
      default: break;
    }
    if (op == Op.COPY && arg < 1) bad = true;
    if (op == Op.SWAP && arg < 2) bad = true;
    if (op == Op.BUILD_SLICE && arg != 2 && arg != 3) bad = true;
    if (op == Op.RAISE_VARARGS && arg > 2) bad = true;
    if (op == Op.KW_NAMES && !bad && !isStrTuple(load<u32>(c, 60), arg)) bad = true;
    if (op == Op.COPY_FREE_VARS && arg > nl) bad = true;
    if (bad) { failAt("argument out of range", i); ok = false; break; }
    let cw = <u32>opCacheWords(op);
    if (i + 1 + cw > n) { failAt("truncated instruction", i); ok = false; break; }
    i += 1 + cw;
  }
  // jump targets and handlers must be instruction starts
  if (ok) {
    for (i = 0; i < n && ok; i++) {
      if (!load<u8>(starts + <usize>i)) continue;
      let w = load<u32>(words + (<usize>i << 2));
      if (opArgKind(<i32>(w & 0xff)) == ArgKind.JUMP && !load<u8>(starts + <usize>(w >> 8))) { failAt("jump into the middle of an instruction", i); ok = false; }
      // JUMP_FOR_ITER runs the instruction at its target as a FOR_ITER: it must be one
      if (ok && (w & 0xff) == Op.JUMP_FOR_ITER && (load<u32>(words + (<usize>(w >> 8) << 2)) & 0xff) != Op.FOR_ITER) { failAt("JUMP_FOR_ITER to an instruction that is not FOR_ITER", i); ok = false; }
    }
    let et = <usize>load<u32>(c, 72);
    let ne = load<u32>(c, 76);
    for (let k: u32 = 0; k < ne && ok; k++) {
      let e = et + <usize>k * 20;
      let s = load<u32>(e), en = load<u32>(e, 4), t = load<u32>(e, 8), d = load<u32>(e, 12);
      if (s >= en || en > n || t >= n || !load<u8>(starts + <usize>t) || <i32>d + 2 > stacksize) { fail("bad exception table entry"); ok = false; }
    }
  }
  // pass 2: stack depth by a worklist over instruction starts (the depth array doubles as the set)
  if (ok) ok = checkDepths(c, words, n, starts, depth, stacksize);
  heapFree(depth, <usize>n << 2);
  heapFree(starts, <usize>n);
  return ok;
}

function isStrTuple(consts: Val, i: u32): bool {
  let t = load<u32>(<usize>consts + 12 + (<usize>i << 2));
  if (isSmall(t) || load<u32>(t, 4) != <u32>TUPLES_T()) return false;
  let n = tupleSize(t);
  for (let k = 0; k < n; k++) {
    let s = load<u32>(<usize>t + 12 + (<usize>k << 2));
    if (isSmall(s) || load<u32>(s, 4) != <u32>STR_T()) return false;
  }
  return true;
}
import { T_TUPLE, T_STR } from "../obj/type";
function TUPLES_T(): usize { return T_TUPLE; }
function STR_T(): usize { return T_STR; }

function setDepth(depth: usize, at: u32, d: i32, n: u32, stack: usize, top: usize): i32 {
  // returns the new stack top (worklist of instruction indexes), or -1 on a conflict
  let p = depth + (<usize>at << 2);
  let cur = load<i32>(p);
  if (cur == -1) {
    store<i32>(p, d);
    store<u32>(stack + (top << 2), at);
    return <i32>top + 1;
  }
  if (cur != d) return -1;
  return <i32>top;
}

function checkDepths(c: usize, words: usize, n: u32, starts: usize, depth: usize, stacksize: i32): bool {
  let stack = heapAlloc(<usize>n << 2);   // worklist: each instruction enters it at most once
  if (stack == 0) { fail("out of memory verifying code"); return false; }
  let top: i32 = 0;
  store<i32>(depth, 0);
  store<u32>(stack, 0);
  top = 1;
  let et = <usize>load<u32>(c, 72);
  let ne = load<u32>(c, 76);
  let ok = true;
  while (top > 0 && ok) {
    top--;
    let i = load<u32>(stack + (<usize>top << 2));
    let d = load<i32>(depth + (<usize>i << 2));
    let w = load<u32>(words + (<usize>i << 2));
    let op = <i32>(w & 0xff);
    let arg = <i32>(w >> 8);
    let pops = opPops(op, arg), pushes = opPushes(op, arg);
    if (d < pops) { failAt("stack underflow", i); ok = false; break; }
    // handlers covering this instruction are reachable from it
    for (let k: u32 = 0; k < ne; k++) {
      let e = et + <usize>k * 20;
      if (i >= load<u32>(e) && i < load<u32>(e, 4)) {
        let hd = load<i32>(e, 12) + <i32>load<u32>(e, 16) + 1;
        if (load<i32>(e, 12) > d) { failAt("exception handler depth above the stack", i); ok = false; break; }
        let r = setDepth(depth, load<u32>(e, 8), hd, n, stack, <usize>top);
        if (r < 0) { failAt("inconsistent stack depth at a handler", load<u32>(e, 8)); ok = false; break; }
        top = r;
      }
    }
    if (!ok) break;
    let nd = d - pops + pushes;
    if (nd > stacksize) { failAt("stack overflow", i); ok = false; break; }
    if (opArgKind(op) == ArgKind.JUMP) {
      let jd = op == Op.JUMP || op == Op.JUMP_FOR_ITER ? nd : d - opJumpPops(op, arg) + opJumpPushes(op, arg);
      if (jd < 0 || jd > stacksize) { failAt("bad stack depth at a jump", i); ok = false; break; }
      let r = setDepth(depth, <u32>arg, jd, n, stack, <usize>top);
      if (r < 0) { failAt("inconsistent stack depth at a jump target", <u32>arg); ok = false; break; }
      top = r;
    }
    if (!opIsTerminal(op)) {
      let next = i + 1 + <u32>opCacheWords(op);
      if (next >= n) { failAt("code falls off the end", i); ok = false; break; }
      let r = setDepth(depth, next, nd, n, stack, <usize>top);
      if (r < 0) { failAt("inconsistent stack depth", next); ok = false; break; }
      top = r;
    }
  }
  heapFree(stack, <usize>n << 2);
  return ok;
}
// }====

/**
 * Load a module file of n bytes at p: a verified code object (new reference), or 0 with the reason
 * in LOAD_ERR. Never raises; a MemoryError during loading becomes a load error.
 */
export function loadModule(p: usize, n: usize): Val {
  failed = false;
  loadErrLen = 0;
  pos = p;
  end = p + n;
  if (n < 8 || load<u8>(p) != 68 || load<u8>(p + 1) != 85 || load<u8>(p + 2) != 83 || load<u8>(p + 3) != 84) {
    fail("not a Dust module file (bad magic)");
    return 0;
  }
  let version = <u32>load<u16>(p + 4);
  if (version != FORMAT_VERSION) { fail("unsupported bytecode format version"); return 0; }
  pos = p + 8;
  let c = rcode(0);
  if (c != 0 && pos != end) { fail("trailing bytes after the module"); decref(c); c = 0; }
  if (c == 0 && excPending()) { let x = fetchExc(); decref(x); }
  return c;
}

import { setFrozenConst } from "../obj/setmethods";
