// str: immutable Unicode strings, stored as CPython's PEP 393 does: one, two or four bytes per code
// point (the smallest that holds the largest code point), so len() and indexing are O(1) and an
// ASCII string costs one byte per character.
//
// ╒═ PyStr (wasm32) ══════════════════════════════════════════════════════════╕
// │ +0 refcnt │ +4 type │ +8 length u32 (code points) │ +12 flags u32             │
// │ +16 hash i64 (valid if SF_HASHED) │ +24 data[length * kind]                  │
// ╘═══════════════════════════════════════════════════════════════════════════╛
// flags: bits 0-2 kind (1, 2 or 4), SF_ASCII, SF_INTERNED, SF_HASHED.
//
// Invariants: the kind is minimal (so equal strings have equal kinds and equal bytes); the hash is
// CPython's (SipHash-1-3 over the PEP 393 bytes with a zero key, as CPython with PYTHONHASHSEED=0),
// so set iteration order matches CPython's for the same inserts; an interned string is in the
// intern table exactly while it is alive (the table holds no reference; strDealloc removes it).

import { Val, PyObject, incref, decref, IMMORTAL, initStatic } from "./object";
import { T_STR } from "./type";
import { Id, ID_COUNT, idText } from "./ids";
import { heapAlloc, heapFree, heapAllocSize, heapRealloc } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";

@unmanaged export class PyStr extends PyObject {
  length: u32;
  flags: u32;
  hash: i64;
}

// @ts-ignore: decorator
@inline export const STR_HEADER: usize = 24;
// @ts-ignore: decorator
@inline export const SF_KIND: u32 = 7;
// @ts-ignore: decorator
@inline export const SF_ASCII: u32 = 8;
// @ts-ignore: decorator
@inline export const SF_INTERNED: u32 = 16;
// @ts-ignore: decorator
@inline export const SF_HASHED: u32 = 32;
// @ts-ignore: decorator
@inline export const SF_STATIC: u32 = 64;

// @ts-ignore: decorator
@inline export function strLen(s: Val): i32 { return <i32>load<u32>(s, 8); }
// @ts-ignore: decorator
@inline export function strKind(s: Val): u32 { return load<u32>(s, 12) & SF_KIND; }
// @ts-ignore: decorator
@inline export function strIsAscii(s: Val): bool { return (load<u32>(s, 12) & SF_ASCII) != 0; }
// @ts-ignore: decorator
@inline export function strData(s: Val): usize { return <usize>s + STR_HEADER; }

/** Code point i of s (no bounds check). */
// @ts-ignore: decorator
@inline export function strGet(s: Val, i: i32): u32 {
  let k = strKind(s);
  let p = strData(s);
  if (k == 1) return load<u8>(p + <usize>i);
  if (k == 2) return load<u16>(p + (<usize>i << 1));
  return load<u32>(p + (<usize>i << 2));
}

/** Store code point c at index i of a string being built. */
// @ts-ignore: decorator
@inline export function strPut(s: Val, i: i32, c: u32): void {
  let k = strKind(s);
  let p = strData(s);
  if (k == 1) store<u8>(p + <usize>i, <u8>c);
  else if (k == 2) store<u16>(p + (<usize>i << 1), <u16>c);
  else store<u32>(p + (<usize>i << 2), c);
}

/** The kind needed for code point c. */
// @ts-ignore: decorator
@inline export function kindFor(c: u32): u32 { return c < 0x100 ? 1 : c < 0x10000 ? 2 : 4; }

/** Bytes an allocated str of n code points of kind k takes. */
// @ts-ignore: decorator
@inline export function strBytes(n: i32, k: u32): usize { return STR_HEADER + <usize>n * <usize>k; }

/** A new, uninitialised str of n code points; maxChar decides the kind. 0 and MemoryError on failure. */
export function strAlloc(n: i32, maxChar: u32): Val {
  if (n == 0) return strEmpty();
  let k = kindFor(maxChar);
  if (<u64>n * <u64>k > 0x7fff0000) { raiseMemoryError(0xffffffff); return 0; }
  let size = strBytes(n, k);
  let s = heapAlloc(size);
  if (s == 0) { raiseMemoryError(size); return 0; }
  store<u32>(s, 1);
  store<u32>(s, <u32>T_STR, 4);
  store<u32>(s, <u32>n, 8);
  store<u32>(s, k | (maxChar < 0x80 ? SF_ASCII : 0), 12);
  store<i64>(s, 0, 16);
  return <Val>s;
}

export function strDealloc(s: Val): void {
  let flags = load<u32>(s, 12);
  if (flags & SF_INTERNED) internRemove(s);
  heapFree(s, strBytes(strLen(s), flags & SF_KIND));
}

export function strSizeof(s: Val): usize { return heapAllocSize(strBytes(strLen(s), strKind(s))); }

// {==== static strings: '' and the 256 one-character latin-1 strings

const EMPTY: usize = memory.data(32, 8);
const CHARS: usize = memory.data(256 * 32, 8);

// @ts-ignore: decorator
@inline export function strEmpty(): Val { return <Val>EMPTY; }

/** The one-character string for code point c: static for c < 256, else a new str. */
export function strFromChar(c: u32): Val {
  if (c < 256) return <Val>(CHARS + (<usize>c << 5));
  let s = strAlloc(1, c);
  if (s == 0) return 0;
  strPut(s, 0, c);
  return s;
}

function initStaticStr(p: usize, n: u32, c: u32): void {
  initStatic(p, T_STR);
  store<u32>(p, n, 8);
  store<u32>(p, 1 | (c < 0x80 ? SF_ASCII : 0) | SF_STATIC, 12);
  store<i64>(p, 0, 16);
  if (n == 1) store<u8>(p + STR_HEADER, <u8>c);
}
// }====

// {==== construction

/** A str from UTF-8 (or WTF-8: lone surrogates allowed) bytes, assumed valid. */
export function strFromUtf8(p: usize, n: usize): Val {
  // first pass: count code points and find the largest
  let count: i32 = 0;
  let maxc: u32 = 0;
  let i: usize = 0;
  while (i < n) {
    let b = <u32>load<u8>(p + i);
    let c: u32;
    if (b < 0x80) { c = b; i += 1; }
    else if (b < 0xe0) { c = ((b & 31) << 6) | (<u32>load<u8>(p + i + 1) & 63); i += 2; }
    else if (b < 0xf0) { c = ((b & 15) << 12) | ((<u32>load<u8>(p + i + 1) & 63) << 6) | (<u32>load<u8>(p + i + 2) & 63); i += 3; }
    else { c = ((b & 7) << 18) | ((<u32>load<u8>(p + i + 1) & 63) << 12) | ((<u32>load<u8>(p + i + 2) & 63) << 6) | (<u32>load<u8>(p + i + 3) & 63); i += 4; }
    if (c > maxc) maxc = c;
    count++;
  }
  if (count == 1 && maxc < 256) return strFromChar(maxc);
  let s = strAlloc(count, maxc);
  if (s == 0) return 0;
  if (maxc < 0x80) { memory.copy(strData(s), p, n); return s; }
  i = 0;
  let j = 0;
  while (i < n) {
    let b = <u32>load<u8>(p + i);
    let c: u32;
    if (b < 0x80) { c = b; i += 1; }
    else if (b < 0xe0) { c = ((b & 31) << 6) | (<u32>load<u8>(p + i + 1) & 63); i += 2; }
    else if (b < 0xf0) { c = ((b & 15) << 12) | ((<u32>load<u8>(p + i + 1) & 63) << 6) | (<u32>load<u8>(p + i + 2) & 63); i += 3; }
    else { c = ((b & 7) << 18) | ((<u32>load<u8>(p + i + 1) & 63) << 12) | ((<u32>load<u8>(p + i + 2) & 63) << 6) | (<u32>load<u8>(p + i + 3) & 63); i += 4; }
    strPut(s, j++, c);
  }
  return s;
}

/** A str from an AssemblyScript string (UTF-16, as static literals are). */
export function strFromAS(t: string): Val {
  let n = t.length;
  let maxc: u32 = 0;
  for (let i = 0; i < n; i++) { let c = <u32>t.charCodeAt(i); if (c > maxc) maxc = c; }
  if (n == 0) return strEmpty();
  if (n == 1 && maxc < 256) return strFromChar(maxc);
  let s = strAlloc(n, maxc);
  if (s == 0) return 0;
  for (let i = 0; i < n; i++) strPut(s, i, <u32>t.charCodeAt(i));
  return s;
}

/** A str of the ASCII bytes [p, p+n). */
export function strFromAscii(p: usize, n: i32): Val {
  if (n == 0) return strEmpty();
  if (n == 1) return strFromChar(load<u8>(p));
  let s = strAlloc(n, 0x7f);
  if (s == 0) return 0;
  memory.copy(strData(s), p, <usize>n);
  return s;
}

/** The largest code point of s[start:end]. */
export function strMaxChar(s: Val, start: i32, end: i32): u32 {
  if (strIsAscii(s)) return 0x7f;
  let m: u32 = 0;
  for (let i = start; i < end; i++) { let c = strGet(s, i); if (c > m) m = c; }
  return m;
}

/** s[start:end] (0 <= start <= end <= len). */
export function strSubstring(s: Val, start: i32, end: i32): Val {
  let n = end - start;
  if (n <= 0) return strEmpty();
  if (n == strLen(s)) { incref(s); return s; }
  if (n == 1) return strFromChar(strGet(s, start));
  let m = strMaxChar(s, start, end);
  let r = strAlloc(n, m);
  if (r == 0) return 0;
  let k = strKind(s);
  if (strKind(r) == k) memory.copy(strData(r), strData(s) + <usize>start * k, <usize>n * k);
  else for (let i = 0; i < n; i++) strPut(r, i, strGet(s, start + i));
  return r;
}

/** a + b as a new str. */
export function strConcat(a: Val, b: Val): Val {
  let na = strLen(a), nb = strLen(b);
  if (na == 0) { incref(b); return b; }
  if (nb == 0) { incref(a); return a; }
  let ka = strKind(a), kb = strKind(b);
  let m: u32;
  if (ka == kb) m = max(strMaxChar(a, 0, na), strMaxChar(b, 0, nb));
  else m = ka > kb ? strMaxChar(a, 0, na) : strMaxChar(b, 0, nb);
  let r = strAlloc(na + nb, m);
  if (r == 0) return 0;
  strCopyInto(r, 0, a);
  strCopyInto(r, na, b);
  return r;
}

/** a + b where the caller gives up its only reference to a (the interpreter's `s += t`): a's
 *  block grows in place when a is an ordinary string of a wide enough kind, else a new string
 *  is made and a released. 0 on failure, with a untouched and still the caller's. */
export function strAppendInPlace(a: Val, b: Val): Val {
  let na = strLen(a), nb = strLen(b);
  let flags = load<u32>(a, 12);
  let ka = flags & SF_KIND;
  if (nb == 0 || na == 0 || (flags & (SF_INTERNED | SF_STATIC)) != 0 || strKind(b) > ka) {
    let r = strConcat(a, b);
    if (r != 0) decref(a);
    return r;
  }
  let n = na + nb;
  if (<u64>n * <u64>ka > 0x7fff0000) { raiseMemoryError(0xffffffff); return 0; }
  let p = heapRealloc(a, strBytes(na, ka), strBytes(n, ka));
  if (p == 0) { raiseMemoryError(strBytes(n, ka)); return 0; }
  store<u32>(p, <u32>n, 8);
  store<u32>(p, flags & ~SF_HASHED & ~(strIsAscii(b) ? 0 : SF_ASCII), 12);
  strCopyInto(p, na, b);
  return p;
}

/** Copy all of src into dst at index at (dst's kind >= src's kind). */
export function strCopyInto(dst: Val, at: i32, src: Val): void {
  let n = strLen(src);
  let kd = strKind(dst), ks = strKind(src);
  if (kd == ks) memory.copy(strData(dst) + <usize>at * kd, strData(src), <usize>n * ks);
  else for (let i = 0; i < n; i++) strPut(dst, at + i, strGet(src, i));
}
// }====

// {==== hashing (SipHash-1-3, zero key: CPython with PYTHONHASHSEED=0)

// @ts-ignore: decorator
@inline function rotl(x: u64, b: u64): u64 { return (x << b) | (x >> (64 - b)); }

/** CPython's _Py_HashBytes: SipHash-1-3 of the bytes, 0 for empty, -1 mapped to -2. */
export function hashBytes(p: usize, n: usize): i64 {
  if (n == 0) return 0;
  let v0: u64 = 0x736f6d6570736575;
  let v1: u64 = 0x646f72616e646f6d;
  let v2: u64 = 0x6c7967656e657261;
  let v3: u64 = 0x7465646279746573;
  let b: u64 = (<u64>n) << 56;
  let i: usize = 0;
  while (n - i >= 8) {
    let m = load<u64>(p + i);
    i += 8;
    v3 ^= m;
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
    v0 ^= m;
  }
  let t: u64 = 0;
  let rem = n - i;
  for (let j: usize = 0; j < rem; j++) t |= (<u64>load<u8>(p + i + j)) << (<u64>j * 8);
  b |= t;
  v3 ^= b;
  v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
  v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  v0 ^= b;
  v2 ^= 0xff;
  for (let r = 0; r < 3; r++) {
    v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
    v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
  }
  let h = <i64>((v0 ^ v1) ^ (v2 ^ v3));
  return h == -1 ? -2 : h;
}

export function strHash(s: Val): i64 {
  let flags = load<u32>(s, 12);
  if (flags & SF_HASHED) return load<i64>(s, 16);
  let h = hashBytes(strData(s), <usize>strLen(s) * <usize>(flags & SF_KIND));
  store<i64>(s, h, 16);
  store<u32>(s, flags | SF_HASHED, 12);
  return h;
}
// }====

// {==== comparison

export function strEq(a: Val, b: Val): bool {
  if (a == b) return true;
  let n = strLen(a);
  if (n != strLen(b)) return false;
  let fa = load<u32>(a, 12), fb = load<u32>(b, 12);
  if ((fa & SF_KIND) != (fb & SF_KIND)) return false;
  if ((fa & fb & SF_HASHED) && load<i64>(a, 16) != load<i64>(b, 16)) return false;
  return memory.compare(strData(a), strData(b), <usize>n * <usize>(fa & SF_KIND)) == 0;
}

/** Three-way comparison by code points: <0, 0, >0. */
export function strCompare(a: Val, b: Val): i32 {
  let na = strLen(a), nb = strLen(b);
  let n = min(na, nb);
  if (strKind(a) == 1 && strKind(b) == 1) {
    let c = memory.compare(strData(a), strData(b), <usize>n);
    if (c != 0) return c;
  } else {
    for (let i = 0; i < n; i++) {
      let ca = strGet(a, i), cb = strGet(b, i);
      if (ca != cb) return ca < cb ? -1 : 1;
    }
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** True if s equals the ASCII AssemblyScript string t. */
export function strEqAS(s: Val, t: string): bool {
  let n = t.length;
  if (strLen(s) != n) return false;
  for (let i = 0; i < n; i++) if (strGet(s, i) != <u32>t.charCodeAt(i)) return false;
  return true;
}
// }====

// {==== interning
//
// Open addressing over a power-of-two table of PyStr* (0 = empty, 1 = deleted), no references held.

let internTable: usize = 0;
let internMask: u32 = 0;
let internUsed: u32 = 0;   // live + deleted slots
let internLive: u32 = 0;

function internGrow(): bool {
  let oldT = internTable;
  let oldN: u32 = internTable == 0 ? 0 : internMask + 1;
  let n: u32 = oldN == 0 ? 256 : (internLive * 4 > oldN ? oldN * 2 : oldN);
  let t = heapAlloc(<usize>n * 4);
  if (t == 0) return false;
  memory.fill(t, 0, <usize>n * 4);
  internTable = t;
  internMask = n - 1;
  internUsed = 0;
  internLive = 0;
  for (let i: u32 = 0; i < oldN; i++) {
    let s = load<u32>(oldT + (<usize>i << 2));
    if (s > 1) internInsertNew(s);
  }
  if (oldT != 0) heapFree(oldT, <usize>oldN * 4);
  return true;
}

function internInsertNew(s: Val): void {
  let i = <u32>strHash(s) & internMask;
  while (load<u32>(internTable + (<usize>i << 2)) > 1) i = (i + 1) & internMask;
  store<u32>(internTable + (<usize>i << 2), s);
  internUsed++;
  internLive++;
}

/** The interned string equal to s; steals the reference to s and returns a new reference. 0 on MemoryError. */
export function strIntern(s: Val): Val {
  if (load<u32>(s, 12) & SF_INTERNED) return s;
  if (internTable == 0 || (internUsed + 1) * 4 > (internMask + 1) * 3) {
    if (!internGrow()) { decref(s); raiseMemoryError(0); return 0; }
  }
  let h = strHash(s);
  let i = <u32>h & internMask;
  while (true) {
    let t = load<u32>(internTable + (<usize>i << 2));
    if (t == 0) break;
    if (t > 1 && strEq(t, s)) { incref(t); decref(s); return t; }
    i = (i + 1) & internMask;
  }
  internInsertNew(s);
  store<u32>(s, load<u32>(s, 12) | SF_INTERNED, 12);
  return s;
}

function internRemove(s: Val): void {
  let i = <u32>strHash(s) & internMask;
  while (true) {
    let t = load<u32>(internTable + (<usize>i << 2));
    if (t == 0) return;
    if (t == s) { store<u32>(internTable + (<usize>i << 2), 1); internLive--; return; }
    i = (i + 1) & internMask;
  }
}

let internBaseline: u32 = 0;
/** Remember the table's size at the end of start-up (internCompact returns to it). */
export function internMarkBaseline(): void { internBaseline = internMask + 1; }

/** Shrink the intern table back to its start-up size when the live strings fit (after a run, for the leak check). */
export function internCompact(): void {
  if (internTable == 0 || internBaseline == 0) return;
  let n = internBaseline;
  if (n == internMask + 1 && internUsed == internLive) return;
  if ((internLive + 1) * 4 > n * 3) return;   // still needs the bigger table
  let oldT = internTable, oldN = internMask + 1;
  let t = heapAlloc(<usize>n * 4);
  if (t == 0) return;
  memory.fill(t, 0, <usize>n * 4);
  internTable = t;
  internMask = n - 1;
  internUsed = 0;
  internLive = 0;
  for (let i: u32 = 0; i < oldN; i++) {
    let s = load<u32>(oldT + (<usize>i << 2));
    if (s > 1) internInsertNew(s);
  }
  heapFree(oldT, <usize>oldN * 4);
}

/** Intern an AS string literal; a new reference. */
export function strInternAS(t: string): Val {
  let s = strFromAS(t);
  if (s == 0) return 0;
  return strIntern(s);
}
// }====

// {==== identifiers the core uses (obj/ids.ts)

const IDS: usize = memory.data(ID_COUNT * 4, 4);

/** The interned str for an identifier id (borrowed; immortal). */
// @ts-ignore: decorator
@inline export function idStr(id: i32): Val { return load<u32>(IDS + (<usize>id << 2)); }

/** Start-up: static one-char strings, then the identifier table. false on MemoryError. */
export function strInit(): bool {
  initStaticStr(EMPTY, 0, 0);
  store<u32>(EMPTY, 1 | SF_ASCII | SF_STATIC | SF_INTERNED, 12);
  for (let c: u32 = 0; c < 256; c++) {
    initStaticStr(CHARS + (<usize>c << 5), 1, c);
  }
  for (let id = 0; id < ID_COUNT; id++) {
    let s = strInternAS(idText(id));
    if (s == 0) return false;
    store<u32>(s, IMMORTAL);
    store<u32>(IDS + (<usize>id << 2), s);
  }
  return true;
}
// }====

// {==== UTF-8 output

/** Bytes of the UTF-8 (WTF-8) encoding of s. */
export function strUtf8Size(s: Val): usize {
  let n = strLen(s);
  if (strIsAscii(s)) return <usize>n;
  let size: usize = 0;
  for (let i = 0; i < n; i++) {
    let c = strGet(s, i);
    size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return size;
}

/** Write the UTF-8 (WTF-8) encoding of s[start:end] at dst; returns the bytes written. */
export function strEncodeUtf8(s: Val, start: i32, end: i32, dst: usize): usize {
  if (strIsAscii(s)) { memory.copy(dst, strData(s) + <usize>start, <usize>(end - start)); return <usize>(end - start); }
  let o = dst;
  for (let i = start; i < end; i++) {
    let c = strGet(s, i);
    if (c < 0x80) { store<u8>(o++, <u8>c); }
    else if (c < 0x800) { store<u8>(o++, <u8>(0xc0 | (c >> 6))); store<u8>(o++, <u8>(0x80 | (c & 63))); }
    else if (c < 0x10000) {
      store<u8>(o++, <u8>(0xe0 | (c >> 12))); store<u8>(o++, <u8>(0x80 | ((c >> 6) & 63))); store<u8>(o++, <u8>(0x80 | (c & 63)));
    } else {
      store<u8>(o++, <u8>(0xf0 | (c >> 18))); store<u8>(o++, <u8>(0x80 | ((c >> 12) & 63)));
      store<u8>(o++, <u8>(0x80 | ((c >> 6) & 63))); store<u8>(o++, <u8>(0x80 | (c & 63)));
    }
  }
  return o - dst;
}
// }====
