// Raising exceptions from native code.
//
// The convention is CPython's: a function that fails sets the pending exception (curExc) and
// returns 0 / false / -1, and its caller checks at once and passes the failure up. Nothing a
// program or an archive does may trap the wasm instance.
//
// MemoryError is preallocated (a static exception, args tuple and message buffer), so raising it
// needs no heap: that is what makes "the program over its budget gets a MemoryError it can catch"
// hold even when not one byte is left.

import { Val, incref, decref, xdecref, initStatic, isSmall } from "../obj/object";
import { E, excType, excNewMsg, excSetTraceback, excSetContext, excSetCause, excSetExtra, EXC_SIZE, excArgs } from "../obj/exc";
import { typeOf, isSubtype, typeName, T_TUPLE, T_STR } from "../obj/type";
import { strFromAS, STR_HEADER, SF_ASCII, SF_STATIC } from "../obj/str";
import { sbNew, sbAS, sbStr, sbI64, sbFinish, sbChar } from "../obj/strbuf";
import { heapUsed } from "../mem/heap";
import { heapBudget } from "./state";
import { objRepr, objStr } from "./ops";

/** The exception being raised (owned), or 0. */
export let curExc: Val = 0;

// @ts-ignore: decorator
@inline export function excPending(): bool { return curExc != 0; }

/** Raise x (steals the reference). */
export function raiseObj(x: Val): void {
  if (curExc != 0) decref(curExc);
  curExc = x;
}

/** Take the pending exception (the caller owns it); 0 if none. */
export function fetchExc(): Val {
  let x = curExc;
  curExc = 0;
  return x;
}

export function clearExc(): void {
  if (curExc != 0) { let x = curExc; curExc = 0; decref(x); }
}

/** True if the pending exception is an instance of exception type t. */
export function excMatches(t: usize): bool {
  return curExc != 0 && isSubtype(typeOf(curExc), t);
}

/** Raise an exception of type t with the str message msg (stolen; 0 means a MemoryError is already pending). */
export function raiseWithStr(t: usize, msg: Val): void {
  if (msg == 0) return;
  let x = excNewMsg(t, msg);
  if (x != 0) raiseObj(x);
}

/** Raise e(msg) for a literal message. */
export function raiseMsg(e: E, msg: string): void {
  raiseWithStr(excType(e), strFromAS(msg));
}

/**
 * Raise e with a formatted message. In fmt: %s inserts a str value, %T the type name of a value,
 * %R its repr, %S its str(), %d a small int value or an i64 passed via a0i; %% a percent sign.
 * Values come from a0..a2 in order.
 */
export function raiseFmt(e: E, fmt: string, a0: Val = 0, a1: Val = 0, a2: Val = 0): void {
  let msg = formatMsg(fmt, a0, a1, a2);
  raiseWithStr(excType(e), msg);
}

export function formatMsg(fmt: string, a0: Val, a1: Val, a2: Val): Val {
  let sb = sbNew(<u32>fmt.length + 16);
  if (sb == 0) return 0;
  let argi = 0;
  let n = fmt.length;
  for (let i = 0; i < n; i++) {
    let c = <u32>fmt.charCodeAt(i);
    if (c != 37 || i + 1 >= n) { sbChar(sb, c); continue; }
    let f = <u32>fmt.charCodeAt(++i);
    if (f == 37) { sbChar(sb, 37); continue; }
    let a = argi == 0 ? a0 : argi == 1 ? a1 : a2;
    argi++;
    if (f == 115) sbStr(sb, a);                       // %s
    else if (f == 84) sbStr(sb, typeName(typeOf(a))); // %T
    else if (f == 100) sbI64(sb, isSmall(a) ? <i64>((<i32>a) >> 1) : <i64><i32>a); // %d
    else if (f == 82 || f == 83) {                    // %R %S
      let r = f == 82 ? objRepr(a) : objStr(a);
      if (r == 0) { sbFinish(sb); return 0; }
      sbStr(sb, r);
      decref(r);
    }
  }
  return sbFinish(sb);
}

// {==== MemoryError, preallocated

const MEMERR: usize = memory.data(8 + <i32>EXC_SIZE, 8) + 8;  // GC head (never tracked) + exception
const MEMERR_ARGS: usize = memory.data(16, 8);                 // a static 1-tuple
// @ts-ignore: decorator
@inline const MSG_CAP: usize = 200;
const MEMERR_MSG: usize = memory.data(224, 8);   // STR_HEADER (24) + MSG_CAP (200)

export function memErrInit(): void {
  initStatic(MEMERR_MSG, T_STR);
  store<u32>(MEMERR_MSG, 0, 8);
  store<u32>(MEMERR_MSG, 1 | SF_ASCII | SF_STATIC, 12);
  initStatic(MEMERR_ARGS, T_TUPLE);
  store<u32>(MEMERR_ARGS, 1, 8);
  store<u32>(MEMERR_ARGS, <u32>MEMERR_MSG, 12);
  initStatic(MEMERR, excType(E.MemoryError));
  memory.fill(MEMERR + 8, 0, EXC_SIZE - 8);
  store<u32>(MEMERR, <u32>MEMERR_ARGS, 8);
}

/** The size of the allocation that failed last (for the out-of-memory report). */
export let lastFailedSize: usize = 0;
/** Number of MemoryErrors raised by the budget. */
export let memErrCount: u32 = 0;

let msgLen: usize = 0;
function msgPut(t: string): void {
  for (let i = 0; i < t.length && msgLen < MSG_CAP; i++) store<u8>(MEMERR_MSG + STR_HEADER + msgLen++, <u8>t.charCodeAt(i));
}
function msgNum(v: u64): void {
  let tmp = memory.data(24);
  let n = 0;
  do { store<u8>(tmp + <usize>n, <u8>(48 + <i32>(v % 10))); v /= 10; n++; } while (v != 0);
  while (n > 0 && msgLen < MSG_CAP) { n--; store<u8>(MEMERR_MSG + STR_HEADER + msgLen++, load<u8>(tmp + <usize>n)); }
}

/**
 * Raise MemoryError for an allocation of `size` bytes that the budget cannot satisfy
 * (0xffffffff: a size that cannot be represented). Needs no heap.
 */
export function raiseMemoryError(size: usize): void {
  lastFailedSize = size;
  memErrCount++;
  msgLen = 0;
  if (size == 0xffffffff) msgPut("cannot allocate an object that large");
  else {
    msgPut("cannot allocate ");
    msgNum(<u64>size);
    msgPut(" bytes: ");
    msgNum(<u64>heapUsed());
    msgPut(" of the ");
    msgNum(<u64>heapBudget());
    msgPut("-byte heap budget in use");
  }
  store<u32>(MEMERR_MSG, <u32>msgLen, 8);
  store<u32>(MEMERR_MSG, 1 | SF_ASCII | SF_STATIC, 12);   // forget the cached hash
  excSetTraceback(MEMERR, 0);
  excSetContext(MEMERR, 0);
  store<u32>(MEMERR, 0, 24);
  incref(MEMERR);
  raiseObj(MEMERR);
}

/** Drop what the preallocated MemoryError still refers to (its traceback and context). */
export function memErrClear(): void {
  excSetTraceback(MEMERR, 0);
  excSetContext(MEMERR, 0);
  excSetCause(MEMERR, 0);
  store<u32>(MEMERR, 0, 24);
}

/** True if x is the preallocated MemoryError. */
export function isStaticMemoryError(x: Val): bool { return x == <Val>MEMERR; }
// }====
