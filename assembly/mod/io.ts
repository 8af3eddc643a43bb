// Output to the host: stdout and stderr, buffered in static memory (not the program's heap), so
// printing never allocates and a MemoryError can still be reported.

import { Val } from "../obj/object";
import { strLen, strEncodeUtf8, strIsAscii, strData, strGet } from "../obj/str";

@external("host", "write") declare function hostWrite(fd: i32, ptr: usize, len: usize): void;

//@@ OUT_BUF: bytes buffered per stream before a host write.
// @ts-ignore: decorator
@inline const OUT_BUF: usize = 8192;
const BUFS: usize = memory.data(<i32>OUT_BUF * 2);
let fill1: usize = 0;
let fill2: usize = 0;

// @ts-ignore: decorator
@inline function bufOf(fd: i32): usize { return fd == 2 ? BUFS + OUT_BUF : BUFS; }

export function outFlush(fd: i32): void {
  let n = fd == 2 ? fill2 : fill1;
  if (n == 0) return;
  hostWrite(fd, bufOf(fd), n);
  if (fd == 2) fill2 = 0; else fill1 = 0;
}

export function outFlushAll(): void { outFlush(1); outFlush(2); }

/** Write raw bytes. */
export function outBytes(fd: i32, p: usize, n: usize): void {
  if (fd == 2) outFlush(1);   // keep the interleaving of stdout and stderr
  let fill = fd == 2 ? fill2 : fill1;
  if (fill + n > OUT_BUF) {
    outFlush(fd);
    fill = 0;
    if (n > OUT_BUF) { hostWrite(fd, p, n); return; }
  }
  memory.copy(bufOf(fd) + fill, p, n);
  if (fd == 2) fill2 = fill + n; else fill1 = fill + n;
}

/** Write a str as UTF-8, in pieces small enough for the buffer. */
export function outStr(fd: i32, s: Val): void {
  let n = strLen(s);
  if (strIsAscii(s)) { outBytes(fd, strData(s), <usize>n); return; }
  let i = 0;
  let tmp = memory.data(1024);
  while (i < n) {
    let j = min(n, i + 250);
    let k = strEncodeUtf8(s, i, j, tmp);
    outBytes(fd, tmp, k);
    i = j;
  }
}

/** Write an AssemblyScript literal (ASCII). */
export function outAS(fd: i32, t: string): void {
  let tmp = memory.data(256);
  let i = 0;
  while (i < t.length) {
    let k = 0;
    while (k < 256 && i < t.length) { store<u8>(tmp + <usize>k, <u8>t.charCodeAt(i)); k++; i++; }
    outBytes(fd, tmp, <usize>k);
  }
}

export function outI64(fd: i32, v: i64): void {
  let tmp = memory.data(24);
  let neg = v < 0;
  let u: u64 = neg ? <u64>(-v) : <u64>v;
  let n = 0;
  do { store<u8>(tmp + 23 - <usize>n, <u8>(48 + <i32>(u % 10))); u /= 10; n++; } while (u != 0);
  if (neg) { store<u8>(tmp + 23 - <usize>n, 45); n++; }
  outBytes(fd, tmp + 24 - <usize>n, <usize>n);
}
