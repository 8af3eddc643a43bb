// A string builder for repr(), str.join, formatting and error messages.
//
// ╒═ StrBuf (a 16-byte heap block) ═══════════════════════════════╕
// │ +0 buf ptr │ +4 len u32 │ +8 cap u32 │ +12 maxChar u32 │
// ╘════════════════════════════════════════════════════════════════╛
// The buffer holds UTF-32 code points; sbFinish converts to a PEP 393 str of the minimal kind.
// On MemoryError the builder is marked failed (buf = 0) and later appends are ignored, so callers
// append freely and check once, at sbFinish.

import { Val } from "./object";
import { strAlloc, strLen, strGet, strPut, strKind, strData, strIsAscii, strEmpty, strFromChar } from "./str";
import { heapAlloc, heapFree, heapRealloc } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";

// @ts-ignore: decorator
@inline const SB_SIZE: usize = 16;
// @ts-ignore: decorator
@inline const FAILED: u32 = 0xffffffff;

/** A new builder (0 on MemoryError, which is then pending). */
export function sbNew(cap: u32 = 16): usize {
  let sb = heapAlloc(SB_SIZE);
  if (sb == 0) { raiseMemoryError(SB_SIZE); return 0; }
  if (cap < 8) cap = 8;
  let buf = heapAlloc(<usize>cap << 2);
  if (buf == 0) { heapFree(sb, SB_SIZE); raiseMemoryError(<usize>cap << 2); return 0; }
  store<u32>(sb, <u32>buf);
  store<u32>(sb, 0, 4);
  store<u32>(sb, cap, 8);
  store<u32>(sb, 0, 12);
  return sb;
}

// @ts-ignore: decorator
@inline export function sbLen(sb: usize): i32 { return <i32>load<u32>(sb, 4); }

function sbReserve(sb: usize, extra: u32): bool {
  if (load<u32>(sb, 12) == FAILED) return false;
  let len = load<u32>(sb, 4), cap = load<u32>(sb, 8);
  if (len + extra <= cap) return true;
  let ncap = cap * 2;
  while (ncap < len + extra) ncap *= 2;
  if (ncap > 0x10000000) { sbFail(sb, 0xffffffff); return false; }
  let nb = heapRealloc(<usize>load<u32>(sb), <usize>cap << 2, <usize>ncap << 2);
  if (nb == 0) { sbFail(sb, <usize>ncap << 2); return false; }
  store<u32>(sb, <u32>nb);
  store<u32>(sb, ncap, 8);
  return true;
}

function sbFail(sb: usize, size: usize): void {
  heapFree(<usize>load<u32>(sb), <usize>load<u32>(sb, 8) << 2);
  store<u32>(sb, 0);
  store<u32>(sb, 0, 8);
  store<u32>(sb, FAILED, 12);
  raiseMemoryError(size);
}

export function sbChar(sb: usize, c: u32): void {
  if (!sbReserve(sb, 1)) return;
  let len = load<u32>(sb, 4);
  store<u32>(<usize>load<u32>(sb) + (<usize>len << 2), c);
  store<u32>(sb, len + 1, 4);
  if (c > load<u32>(sb, 12)) store<u32>(sb, c, 12);
}

export function sbStr(sb: usize, s: Val): void { sbStrRange(sb, s, 0, strLen(s)); }

export function sbStrRange(sb: usize, s: Val, start: i32, end: i32): void {
  let n = end - start;
  if (n <= 0 || !sbReserve(sb, <u32>n)) return;
  let len = load<u32>(sb, 4);
  let dst = <usize>load<u32>(sb) + (<usize>len << 2);
  let m = load<u32>(sb, 12);
  if (strKind(s) == 1) {
    let src = strData(s) + <usize>start;
    for (let i = 0; i < n; i++) {
      let c = <u32>load<u8>(src + <usize>i);
      store<u32>(dst + (<usize>i << 2), c);
      if (c > m) m = c;
    }
  } else {
    for (let i = 0; i < n; i++) {
      let c = strGet(s, start + i);
      store<u32>(dst + (<usize>i << 2), c);
      if (c > m) m = c;
    }
  }
  store<u32>(sb, m, 12);
  store<u32>(sb, len + <u32>n, 4);
}

/** Append an AssemblyScript string (literals). */
export function sbAS(sb: usize, t: string): void {
  let n = t.length;
  if (!sbReserve(sb, <u32>n)) return;
  for (let i = 0; i < n; i++) sbChar(sb, <u32>t.charCodeAt(i));
}

export function sbI64(sb: usize, v: i64): void {
  if (v < 0) { sbChar(sb, 45); if (v == i64.MIN_VALUE) { sbAS(sb, "9223372036854775808"); return; } v = -v; }
  let digits = memory.data(24);
  let n = 0;
  do { store<u8>(digits + <usize>n, <u8>(48 + <i32>(v % 10))); v /= 10; n++; } while (v != 0);
  while (n > 0) { n--; sbChar(sb, load<u8>(digits + <usize>n)); }
}

/** Append the ASCII bytes [p, p+n). */
export function sbAscii(sb: usize, p: usize, n: i32): void {
  if (!sbReserve(sb, <u32>n)) return;
  for (let i = 0; i < n; i++) sbChar(sb, load<u8>(p + <usize>i));
}

/** Drop the builder without producing a string. */
export function sbFree(sb: usize): void {
  if (load<u32>(sb, 12) != FAILED) heapFree(<usize>load<u32>(sb), <usize>load<u32>(sb, 8) << 2);
  heapFree(sb, SB_SIZE);
}

/** The built string (new reference); frees the builder. 0 if any append failed (MemoryError pending). */
export function sbFinish(sb: usize): Val {
  if (load<u32>(sb, 12) == FAILED) { heapFree(sb, SB_SIZE); return 0; }
  let n = <i32>load<u32>(sb, 4);
  let buf = <usize>load<u32>(sb);
  let r: Val;
  if (n == 0) r = strEmpty();
  else if (n == 1) r = strFromChar(load<u32>(buf));
  else {
    r = strAlloc(n, load<u32>(sb, 12));
    if (r != 0) {
      if (strKind(r) == 1) {
        let d = strData(r);
        for (let i = 0; i < n; i++) store<u8>(d + <usize>i, <u8>load<u32>(buf + (<usize>i << 2)));
      } else {
        for (let i = 0; i < n; i++) strPut(r, i, load<u32>(buf + (<usize>i << 2)));
      }
    }
  }
  sbFree(sb);
  return r;
}
