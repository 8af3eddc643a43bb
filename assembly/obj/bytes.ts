// bytes and bytearray: layouts, allocation, and the operations the interpreter calls (subscript,
// +, *, comparison, `in`, hash, repr). Their Python methods are in obj/bytesmethods.ts, codecs in
// obj/codecs.ts.
//
// ╒═ PyBytes (immutable, 20 + n bytes) ═══════════════════════════════════════════════╕
// │ +0 refcnt │ +4 type │ +8 length u32 │ +12 hash i64 (-1: not computed yet) │ +20 data[n] │
// ╘════════════════════════════════════════════════════════════════════════════════════╛
// ╒═ PyByteArray (mutable, 20 bytes + GC head if the type has TF.GC) ══════════╕
// │ +0 refcnt │ +4 type │ +8 size u32 │ +12 data ptr │ +16 allocated u32       │
// ╘═════════════════════════════════════════════════════════════════════════════╛
// The hash is 4-aligned (wasm loads are unaligned-safe) to keep the header at 20 bytes. A
// bytearray's buffer is a separate heap block of `allocated` bytes (0 when allocated is 0), grown
// like CPython's bytearray_resize; there is no trailing NUL (nothing here needs C strings).
// Subclass instances of bytes keep the class's extra fields after the data, padded to 4 bytes.
//
// Invariants: length/size is at offset 8 for both (bytesLen needs no kind test); b'' of exact type
// is a static singleton; a bytes object's data never changes after it is visible to Python code.

import { Val, isSmall, mkSmall, smallValue, incref, decref, initStatic, IMMORTAL } from "./object";
import { PyType, T_BYTES, T_BYTEARRAY, T_SLICE, typeOf, typeKind, typeName, typeFlags, isHeapType } from "./type";
import { Kind, TF } from "./kinds";
import { hashBytes, strFromAscii } from "./str";
import { sbNew, sbChar, sbAS, sbFinish } from "./strbuf";
import { notImplVal, boolVal } from "./singletons";
import { E } from "./exc";
import { objAlloc, objFree, gcAlloc, gcFree, gcTrack } from "../gc/track";
import { heapAlloc, heapFree, heapRealloc, heapAllocSize } from "../mem/heap";
import { raiseMsg, raiseFmt, raiseMemoryError, excPending } from "../vm/errors";
import { indexValue, indexOk } from "../vm/ops_seq";
import { sliceIndices, sliceOutStart, sliceOutStep, sliceOutLen } from "./range";
import { BinOp, CmpOp } from "../vm/opcodes";
import { textFind } from "./textops";
import { T_LIST, T_TUPLE, T_STR } from "./type";
import { listSize, listItem } from "./list";
import { tupleSize, tupleItem } from "./tuple";
import { objGetIter, iterNext } from "../vm/ops_seq";

// @ts-ignore: decorator
@inline export const BYTES_HEADER: usize = 20;
// @ts-ignore: decorator
@inline export const BYTEARRAY_SIZE: usize = 20;

// {==== access

/** True for bytes, bytearray and their subclasses (Dust's buffer protocol). */
export function isBytesLike(v: Val): bool {
  if (isSmall(v)) return false;
  let k = typeKind(typeOf(v));
  return k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// @ts-ignore: decorator
@inline export function isByteArray(v: Val): bool { return typeKind(typeOf(v)) == Kind.BYTEARRAY; }

/** Number of bytes of a bytes or bytearray. */
// @ts-ignore: decorator
@inline export function bytesLen(b: Val): i32 { return <i32>load<u32>(b, 8); }

/** Address of the data of a bytes or bytearray (a bytearray's moves when it is resized). */
export function bytesData(b: Val): usize {
  if (typeKind(typeOf(b)) == Kind.BYTEARRAY) return <usize>load<u32>(b, 12);
  return <usize>b + BYTES_HEADER;
}

function allocFor(type: usize, size: usize): usize {
  return (typeFlags(type) & TF.GC) ? gcAlloc(type, size) : objAlloc(type, size);
}
function freeFor(type: usize, o: usize, size: usize): void {
  if (typeFlags(type) & TF.GC) gcFree(o, size); else objFree(o, size);
}
// }====

// {==== creation

const EMPTY: usize = memory.data(24, 8);

/** The static b''. */
export function bytesEmpty(): Val {
  if (load<u32>(EMPTY, 4) == 0) {
    initStatic(EMPTY, T_BYTES);
    store<u32>(EMPTY, 0, 8);
    store<i64>(EMPTY, 0, 12);
  }
  return <Val>EMPTY;
}

// @ts-ignore: decorator
@inline function pad4(n: i32): usize { return (<usize>n + 3) & ~3; }

/** A new bytes of type t (bytes or a subclass) with n uninitialised data bytes. 0 on MemoryError. */
export function bytesAllocOfType(t: usize, n: i32): Val {
  if (t == T_BYTES) {
    if (n == 0) return bytesEmpty();
    if (n < 0 || <u32>n > 0x7ffffff0) { raiseMemoryError(0xffffffff); return 0; }
    let b = objAlloc(T_BYTES, BYTES_HEADER + <usize>n);
    if (b == 0) return 0;
    store<u32>(b, <u32>n, 8);
    store<i64>(b, -1, 12);
    return <Val>b;
  }
  // a subclass: data padded to 4 bytes, then the class's own fields (zeroed), then tracking
  let fields = BYTES_HEADER + pad4(n);
  let size = <usize>changetype<PyType>(t).basicsize + fields - <usize>changetype<PyType>(T_BYTES).basicsize;
  let b = allocFor(t, size);
  if (b == 0) return 0;
  store<u32>(b, <u32>n, 8);
  store<i64>(b, -1, 12);
  memory.fill(b + fields, 0, size - fields);
  incref(<Val>t);
  if (typeFlags(t) & TF.GC) gcTrack(b);
  return <Val>b;
}

export function bytesAlloc(n: i32): Val { return bytesAllocOfType(T_BYTES, n); }

/** A new bytes holding a copy of the n bytes at p (p may be 0 for zeroed bytes). */
export function bytesNew(p: usize, n: i32): Val {
  let b = bytesAlloc(n);
  if (b == 0 || n == 0) return b;
  if (p != 0) memory.copy(<usize>b + BYTES_HEADER, p, <usize>n);
  else memory.fill(<usize>b + BYTES_HEADER, 0, <usize>n);
  return b;
}

/** A new bytearray of type t with size n (contents uninitialised). */
export function bytearrayNewOfType(t: usize, n: i32): Val {
  let size = <usize>changetype<PyType>(t).basicsize;
  if (size < BYTEARRAY_SIZE) size = BYTEARRAY_SIZE;
  let b = allocFor(t, size);
  if (b == 0) return 0;
  memory.fill(b + 8, 0, size - 8);
  if (isHeapType(t)) { incref(<Val>t); gcTrack(b); }
  if (n > 0) {
    let buf = heapAlloc(<usize>n);
    if (buf == 0) { raiseMemoryError(<usize>n); bytesDealloc(<Val>b); return 0; }
    store<u32>(b, <u32>buf, 12);
    store<u32>(b, <u32>n, 16);
    store<u32>(b, <u32>n, 8);
  }
  return <Val>b;
}

export function bytearrayNew(p: usize, n: i32): Val {
  let b = bytearrayNewOfType(T_BYTEARRAY, n);
  if (b != 0 && n > 0 && p != 0) memory.copy(bytesData(b), p, <usize>n);
  return b;
}

/** A new object of the same base kind as like (exact bytes or exact bytearray) holding a copy of [p, p+n). */
export function bytesLikeNew(like: Val, p: usize, n: i32): Val {
  if (typeKind(typeOf(like)) == Kind.BYTEARRAY) return bytearrayNew(p, n);
  return bytesNew(p, n);
}

/** Resize a bytearray to n bytes (CPython's over-allocation); false with MemoryError. */
export function bytearrayResize(b: Val, n: i32): bool {
  let alloc = <i32>load<u32>(b, 16);
  let buf = <usize>load<u32>(b, 12);
  let newAlloc: i32;
  if (n <= alloc) {
    if (n >= (alloc >> 1)) { store<u32>(b, <u32>n, 8); return true; }   // minor downsize: keep the buffer
    newAlloc = n;
  } else if (<i64>n <= <i64>alloc + (<i64>alloc >> 3)) {
    newAlloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  } else newAlloc = n;
  if (newAlloc > 0x7ffffff0 || newAlloc < 0) { raiseMemoryError(0xffffffff); return false; }
  let nb: usize = 0;
  if (newAlloc > 0) {
    nb = buf == 0 ? heapAlloc(<usize>newAlloc) : heapRealloc(buf, <usize>alloc, <usize>newAlloc);
    if (nb == 0) { raiseMemoryError(<usize>newAlloc); return false; }
  } else if (buf != 0) heapFree(buf, <usize>alloc);
  store<u32>(b, <u32>nb, 12);
  store<u32>(b, <u32>newAlloc, 16);
  store<u32>(b, <u32>n, 8);
  return true;
}

/** Release a bytearray's buffer (subclass instances: gc/dealloc.ts calls this before freeing). */
export function bytesClear(b: Val): void {
  if (typeKind(typeOf(b)) != Kind.BYTEARRAY) return;
  let buf = <usize>load<u32>(b, 12);
  let alloc = <usize>load<u32>(b, 16);
  store<u32>(b, 0, 12); store<u32>(b, 0, 16); store<u32>(b, 0, 8);
  if (buf != 0) heapFree(buf, alloc);
}

/**
 * Bytes a subclass instance of bytes holds beyond its type's basicsize: its data, padded to 4, less
 * what bytes' own basicsize already counts. The class's fields start at T_BYTES.basicsize + this.
 */
export function bytesExtraSize(b: Val): usize {
  if (typeKind(typeOf(b)) != Kind.BYTES) return 0;
  return BYTES_HEADER + pad4(bytesLen(b)) - <usize>changetype<PyType>(T_BYTES).basicsize;
}

/** Dealloc of exact bytes and bytearray. */
export function bytesDealloc(b: Val): void {
  let t = typeOf(b);
  if (typeKind(t) == Kind.BYTEARRAY) {
    bytesClear(b);
    freeFor(t, b, BYTEARRAY_SIZE);
  } else {
    freeFor(t, b, BYTES_HEADER + <usize>bytesLen(b));
  }
}

export function bytesSizeof(b: Val): usize {
  if (typeKind(typeOf(b)) == Kind.BYTEARRAY) {
    let a = <usize>load<u32>(b, 16);
    return heapAllocSize(BYTEARRAY_SIZE) + (a > 0 ? heapAllocSize(a) : 0);
  }
  return heapAllocSize(BYTES_HEADER + <usize>bytesLen(b));
}
// }====

// {==== hash, repr

/** hash(b): CPython's (SipHash-1-3 of the bytes, as for str), cached. */
export function bytesHash(b: Val): i64 {
  let h = load<i64>(b, 12);
  if (h != -1) return h;
  h = hashBytes(bytesData(b), <usize>bytesLen(b));
  store<i64>(b, h, 12);
  return h;
}

const HEX: usize = memory.data<u8>([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);
/** Lower-case hex digit. */
// @ts-ignore: decorator
@inline export function hexDigit(d: u32): u32 { return load<u8>(HEX + <usize>(d & 15)); }

/** repr(b): b'...' with CPython's quote choice; bytearray(b'...') (which always escapes '). */
export function bytesRepr(b: Val): Val {
  let n = bytesLen(b);
  let p = bytesData(b);
  let ba = typeKind(typeOf(b)) == Kind.BYTEARRAY;
  let quote: u32 = 39;
  if (ba) {
    for (let i = 0; i < n; i++) {
      let c = <u32>load<u8>(p + <usize>i);
      if (c == 34) { quote = 39; break; }
      if (c == 39) quote = 34;
    }
  } else {
    let sq = false, dq = false;
    for (let i = 0; i < n; i++) { let c = <u32>load<u8>(p + <usize>i); if (c == 39) sq = true; else if (c == 34) dq = true; }
    if (sq && !dq) quote = 34;
  }
  let sb = sbNew(<u32>n + 16);
  if (sb == 0) return 0;
  if (ba) { sbStrType(sb, b); sbChar(sb, 40); }
  sbChar(sb, 98); sbChar(sb, quote);
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u8>(p + <usize>i);
    if (c == quote || c == 92 || (ba && c == 39)) { sbChar(sb, 92); sbChar(sb, c); }
    else if (c == 9) sbAS(sb, "\\t");
    else if (c == 10) sbAS(sb, "\\n");
    else if (c == 13) sbAS(sb, "\\r");
    else if (c < 32 || c >= 127) { sbAS(sb, "\\x"); sbChar(sb, hexDigit(c >> 4)); sbChar(sb, hexDigit(c)); }
    else sbChar(sb, c);
  }
  sbChar(sb, quote);
  if (ba) sbChar(sb, 41);
  return sbFinish(sb);
}

import { sbStr } from "./strbuf";
function sbStrType(sb: usize, b: Val): void { sbStr(sb, typeName(typeOf(b))); }
// }====

// {==== subscripts

/** b[start:start+n*step:step] as a new bytes or bytearray (same base kind as b). */
export function bytesSlice(b: Val, start: i32, step: i32, n: i32): Val {
  if (step == 1) {
    if (n == bytesLen(b) && typeOf(b) == T_BYTES) { incref(b); return b; }
    return bytesLikeNew(b, bytesData(b) + <usize>start, n);
  }
  let r = bytesLikeNew(b, 0, n);
  if (r == 0) return 0;
  let src = bytesData(b), dst = bytesData(r);
  for (let i = 0; i < n; i++) store<u8>(dst + <usize>i, load<u8>(src + <usize>(start + i * step)));
  return r;
}

/** b[k] for an int or a slice. */
export function bytesGetItem(b: Val, k: Val): Val {
  let ba = typeKind(typeOf(b)) == Kind.BYTEARRAY;
  let n = bytesLen(b);
  if (!isSmall(k) && typeOf(k) == T_SLICE) {
    if (!sliceIndices(k, n)) return 0;
    return bytesSlice(b, sliceOutStart(), sliceOutStep(), sliceOutLen());
  }
  let i = indexValue(k, false);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, ba ? "bytearray indices must be integers or slices, not %s" : "byte indices must be integers or slices, not %s", typeName(typeOf(k)));
    return 0;
  }
  if (i < 0) i += <i64>n;
  if (i < 0 || i >= <i64>n) { raiseMsg(E.IndexError, ba ? "bytearray index out of range" : "index out of range"); return 0; }
  return mkSmall(<i32>load<u8>(bytesData(b) + <usize>i));
}

/** A byte value from an int-like v: 0..255, or -1 with ValueError/TypeError pending. */
export function byteValue(v: Val): i32 {
  let x = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v)));
    return -1;
  }
  if (x < 0 || x > 255) { raiseMsg(E.ValueError, "byte must be in range(0, 256)"); return -1; }
  return <i32>x;
}

/** bytearray b[k] = v. */
export function bytearraySetItem(b: Val, k: Val, v: Val): bool {
  if (!isSmall(k) && typeOf(k) == T_SLICE) return bytearrayAssignSlice(b, k, v);
  let i = indexValue(k, false);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "bytearray indices must be integers or slices, not %s", typeName(typeOf(k)));
    return false;
  }
  let n = bytesLen(b);
  if (i < 0) i += <i64>n;
  let x = byteValue(v);
  if (x < 0) return false;
  if (i < 0 || i >= <i64>n) { raiseMsg(E.IndexError, "bytearray index out of range"); return false; }
  store<u8>(bytesData(b) + <usize>i, <u8>x);
  return true;
}

/** del bytearray b[k]. */
export function bytearrayDelItem(b: Val, k: Val): bool {
  if (!isSmall(k) && typeOf(k) == T_SLICE) return bytearrayAssignSlice(b, k, 0);
  let i = indexValue(k, false);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "bytearray indices must be integers or slices, not %s", typeName(typeOf(k)));
    return false;
  }
  let n = bytesLen(b);
  if (i < 0) i += <i64>n;
  if (i < 0 || i >= <i64>n) { raiseMsg(E.IndexError, "bytearray index out of range"); return false; }
  let p = bytesData(b);
  memory.copy(p + <usize>i, p + <usize>i + 1, <usize>(n - <i32>i - 1));
  return bytearrayResize(b, n - 1);
}
// }====

// {==== operators

/** b + other and b * n (either order for *): a result, NotImplemented, or 0 on error. */
export function bytesBinary(a: Val, b: Val, op: u32): Val {
  let base = op >= 13 ? op - 13 : op;
  if (base == BinOp.ADD) {
    if (!isBytesLike(a)) return notImplVal();
    if (!isBytesLike(b)) {
      raiseFmt(E.TypeError, "can't concat %s to %s", typeName(typeOf(b)), typeName(typeOf(a)));
      return 0;
    }
    let na = bytesLen(a), nb = bytesLen(b);
    if (nb == 0 && typeOf(a) == T_BYTES && op < 13) { incref(a); return a; }
    if (<i64>na + <i64>nb > 0x7ffffff0) { raiseMemoryError(0xffffffff); return 0; }
    if (op >= 13 && typeKind(typeOf(a)) == Kind.BYTEARRAY) {
      // bytearray += bytes-like: in place
      let pb = bytesData(b);
      if (b == a) {
        if (!bytearrayResize(a, na + nb)) return 0;
        memory.copy(bytesData(a) + <usize>na, bytesData(a), <usize>nb);
      } else {
        if (!bytearrayResize(a, na + nb)) return 0;
        memory.copy(bytesData(a) + <usize>na, bytesData(b), <usize>nb);
      }
      incref(a);
      return a;
    }
    let r = bytesLikeNew(a, 0, na + nb);
    if (r == 0) return 0;
    memory.copy(bytesData(r), bytesData(a), <usize>na);
    memory.copy(bytesData(r) + <usize>na, bytesData(b), <usize>nb);
    return r;
  }
  if (base == BinOp.MULTIPLY) {
    let seq = isBytesLike(a) ? a : b;
    let nv = seq == a ? b : a;
    if (!isBytesLike(seq)) return notImplVal();
    let cnt = indexValue(nv, true);
    if (!indexOk()) {
      if (!excPending()) raiseFmt(E.TypeError, "can't multiply sequence by non-int of type '%s'", typeName(typeOf(nv)));
      return 0;
    }
    if (cnt < 0) cnt = 0;
    let m = bytesLen(seq);
    if (<i64>m * cnt > 0x7ffffff0) { raiseMemoryError(0xffffffff); return 0; }
    let total = m * <i32>cnt;
    if (op >= 13 && seq == a && typeKind(typeOf(a)) == Kind.BYTEARRAY) {
      if (!bytearrayResize(a, total)) return 0;
      let p = bytesData(a);
      for (let i = m; i < total; i += m) memory.copy(p + <usize>i, p, <usize>m);
      incref(a);
      return a;
    }
    if (cnt == 1 && typeOf(seq) == T_BYTES) { incref(seq); return seq; }
    let r = bytesLikeNew(seq, 0, total);
    if (r == 0) return 0;
    let src = bytesData(seq), dst = bytesData(r);
    for (let i = 0; i < total; i += m) memory.copy(dst + <usize>i, src, <usize>m);
    return r;
  }
  return notImplVal();
}

/** Comparison of two bytes-like objects by content (bytes vs bytearray too). */
export function bytesCompare(a: Val, b: Val, op: u32): Val {
  if (!isBytesLike(a) || !isBytesLike(b)) return notImplVal();
  let na = bytesLen(a), nb = bytesLen(b);
  if ((op == CmpOp.EQ || op == CmpOp.NE) && na != nb) return boolVal(op == CmpOp.NE);
  let c = memory.compare(bytesData(a), bytesData(b), <usize>min(na, nb));
  if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
  switch (op) {
    case CmpOp.LT: return boolVal(c < 0);
    case CmpOp.LE: return boolVal(c <= 0);
    case CmpOp.EQ: return boolVal(c == 0);
    case CmpOp.NE: return boolVal(c != 0);
    case CmpOp.GT: return boolVal(c > 0);
  }
  return boolVal(c >= 0);
}

/** `v in b` for an int or a bytes-like v: 1, 0, or -1 on error. */
export function bytesContains(b: Val, v: Val): i32 {
  let n = bytesLen(b);
  let p = bytesData(b);
  if (isBytesLike(v)) return textFind(p, 1, 0, n, bytesData(v), 1, bytesLen(v), false) >= 0 ? 1 : 0;
  let x = indexValue(v, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "a bytes-like object is required, not '%s'", typeName(typeOf(v)));
    return -1;
  }
  if (x < 0 || x > 255) { raiseMsg(E.ValueError, "byte must be in range(0, 256)"); return -1; }
  for (let i = 0; i < n; i++) if (<i64>load<u8>(p + <usize>i) == x) return 1;
  return 0;
}
// }====

// {==== conversion from iterables, slice assignment

/**
 * A new bytes (arr false) or bytearray (arr true) from an iterable of ints: CPython's
 * _PyBytes_FromIterator / bytearray_init. Item errors name the target ("bytes must be in
 * range(0, 256)" for bytes, "byte must be ..." for bytearray).
 */
export function bytesFromIterable(v: Val, arr: bool, bytesMsg: bool = false): Val {
  let msgArr = arr && !bytesMsg;
  let r = bytearrayNewOfType(T_BYTEARRAY, 0);
  if (r == 0) return 0;
  let t = isSmall(v) ? 0 : typeOf(v);
  let ok = true;
  if (t == T_LIST || t == T_TUPLE) {
    for (let i = 0; ok && i < seqLen(v, t); i++) ok = appendByte(r, t == T_LIST ? listItem(v, i) : tupleItem(v, i), msgArr);
  } else {
    let it = objGetIter(v);
    if (it == 0) { bytesDealloc(r); return 0; }
    while (ok) {
      let x = iterNext(it);
      if (x == 0) { ok = !excPending(); break; }
      ok = appendByte(r, x, msgArr);
      decref(x);
    }
    decref(it);
  }
  if (!ok) { decref(r); return 0; }
  if (arr) return r;
  let b = bytesNew(bytesData(r), bytesLen(r));
  decref(r);
  return b;
}

function seqLen(v: Val, t: usize): i32 { return t == T_LIST ? listSize(v) : tupleSize(v); }

function appendByte(r: Val, x: Val, arr: bool): bool {
  let c = indexValue(x, true);
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(x)));
    return false;
  }
  if (c < 0 || c > 255) { raiseMsg(E.ValueError, arr ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)"); return false; }
  let n = bytesLen(r);
  if (!bytearrayResize(r, n + 1)) return false;
  store<u8>(bytesData(r) + <usize>n, <u8>c);
  return true;
}

/** True if v is a number (CPython's PyNumber_Check, as far as Dust's kinds go). */
function isNumberKind(v: Val): bool {
  if (isSmall(v)) return true;
  let k = typeKind(typeOf(v));
  return k == Kind.INT || k == Kind.BOOL || k == Kind.FLOAT;
}

/** b[slice] = v (v == 0: del b[slice]) for a bytearray b (CPython's bytearray_ass_subscript). */
export function bytearrayAssignSlice(b: Val, slice: Val, v: Val): bool {
  let n = bytesLen(b);
  if (!sliceIndices(slice, n)) return false;
  let start = sliceOutStart(), step = sliceOutStep(), slen = sliceOutLen();
  let src: Val = 0;
  let needed = 0;
  if (v != 0) {
    if (v == b || isSmall(v) || typeKind(typeOf(v)) != Kind.BYTEARRAY) {
      if (isNumberKind(v) || typeKind(typeOf(v)) == Kind.STR) {
        raiseMsg(E.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
      }
      src = isBytesLike(v) ? bytearrayNew(bytesData(v), bytesLen(v)) : bytesFromIterable(v, true);
      if (src == 0) return false;
    } else { src = v; incref(src); }
    needed = bytesLen(src);
  }
  let ok = true;
  if (step == 1) {
    let lo = start, hi = start + slen;
    let growth = needed - (hi - lo);
    if (growth < 0) {
      let p = bytesData(b);
      memory.copy(p + <usize>(lo + needed), p + <usize>hi, <usize>(n - hi));
      ok = bytearrayResize(b, n + growth);
    } else if (growth > 0) {
      ok = bytearrayResize(b, n + growth);
      if (ok) { let p = bytesData(b); memory.copy(p + <usize>(hi + growth), p + <usize>hi, <usize>(n - hi)); }
    }
    if (ok && needed > 0) memory.copy(bytesData(b) + <usize>lo, bytesData(src), <usize>needed);
  } else if (needed == 0) {
    // extended slice deletion (also b[::2] = b''): compact in one pass
    let p = bytesData(b);
    let w = 0;
    let k = 0;
    let first = step > 0 ? start : start + (slen - 1) * step;   // lowest index of the slice
    let astep = step > 0 ? step : -step;
    for (let i = 0; i < n; i++) {
      if (k < slen && i == first + k * astep) { k++; continue; }
      store<u8>(p + <usize>w, load<u8>(p + <usize>i));
      w++;
    }
    ok = bytearrayResize(b, w);
  } else if (needed != slen) {
    raiseFmt(E.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", mkSmall(needed), mkSmall(slen));
    ok = false;
  } else {
    let p = bytesData(b), q = bytesData(src);
    for (let i = 0; i < slen; i++) store<u8>(p + <usize>(start + i * step), load<u8>(q + <usize>i));
  }
  if (src != 0) decref(src);
  return ok;
}
// }====

