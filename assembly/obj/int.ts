// TEMPORARY STUB written by the lead so the core compiles before the real int.ts lands.
// Whoever implements obj/int.ts: replace this file entirely (keep the exported names).
// Supports tagged small ints and boxed ints that fit in i64; bigger results raise OverflowError.

import { Val, isSmall, smallValue, mkSmall, fitsSmall, incref, decref } from "./object";
import { T_INT, T_FLOAT, T_BOOL, T_STR, typeOf, typeKind, isHeapType, typeSpecial, typeName } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { objAlloc, objFree } from "../gc/track";
import { heapAllocSize } from "../mem/heap";
import { E } from "./exc";
import { raiseMsg, raiseFmt } from "../vm/errors";
import { floatNew } from "./float";
import { sbNew, sbChar, sbAS, sbI64, sbFinish } from "./strbuf";
import { strLen, strGet, strFromAS } from "./str";
import { tupleNew, tupleSet } from "./tuple";
import { noneVal } from "./singletons";
import { callWithSelf } from "../vm/call";

function box(v: i64): Val {
  let o = objAlloc(T_INT, 16);
  if (o == 0) return 0;
  store<i64>(o, v, 8);
  return <Val>o;
}
export function intFromI64(v: i64): Val { if (fitsSmall(v)) return mkSmall(<i32>v); return box(v); }
export function intFromU64(v: u64): Val { if (v > <u64>i64.MAX_VALUE) { raiseMsg(E.OverflowError, "int too large (stub)"); return 0; } return intFromI64(<i64>v); }
function val(v: Val): i64 { return isSmall(v) ? <i64>smallValue(v) : load<i64>(v, 8); }
export function intAsI64(v: Val, ovf: usize): i64 { store<u32>(ovf, 0); return val(v); }
export function intFromDigits(p: usize, n: i32, neg: bool): Val {
  if (n > 2 || (n == 2 && load<u32>(p, 4) >= 0x80000000)) { raiseMsg(E.OverflowError, "int too large (stub)"); return 0; }
  let v: i64 = n == 0 ? 0 : n == 1 ? <i64>load<u32>(p) : <i64>load<u64>(p);
  return intFromI64(neg ? -v : v);
}
function ovf(): Val { raiseMsg(E.OverflowError, "integer overflow: big ints are not available yet (stub)"); return 0; }
export function intAdd(a: Val, b: Val): Val { let x = val(a), y = val(b); let r = x + y; if ((x ^ r) & (y ^ r) & i64.MIN_VALUE) return ovf(); return intFromI64(r); }
export function intSub(a: Val, b: Val): Val { let x = val(a), y = val(b); let r = x - y; if ((x ^ y) & (x ^ r) & i64.MIN_VALUE) return ovf(); return intFromI64(r); }
export function intMul(a: Val, b: Val): Val {
  let x = val(a), y = val(b);
  if (x == 0 || y == 0) return mkSmall(0);
  let r = x * y;
  if (r / y != x || (x == -1 && y == i64.MIN_VALUE) || (y == -1 && x == i64.MIN_VALUE)) return ovf();
  return intFromI64(r);
}
export function intFloorDiv(a: Val, b: Val): Val {
  let x = val(a), y = val(b);
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "integer division or modulo by zero"); return 0; }
  let q = x / y; if ((x % y != 0) && ((x ^ y) < 0)) q--;
  return intFromI64(q);
}
export function intMod(a: Val, b: Val): Val {
  let x = val(a), y = val(b);
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "integer modulo by zero"); return 0; }
  let m = x % y; if (m != 0 && ((m ^ y) < 0)) m += y;
  return intFromI64(m);
}
export function intDivmod(a: Val, b: Val): Val {
  let q = intFloorDiv(a, b); if (q == 0) return 0;
  let m = intMod(a, b); if (m == 0) { decref(q); return 0; }
  let t = tupleNew(2); if (t == 0) return 0;
  tupleSet(t, 0, q); tupleSet(t, 1, m);
  return t;
}
export function intTrueDiv(a: Val, b: Val): Val {
  let y = val(b);
  if (y == 0) { raiseMsg(E.ZeroDivisionError, "division by zero"); return 0; }
  return floatNew(<f64>val(a) / <f64>y);
}
export function intPow(a: Val, b: Val, m: Val): Val {
  let x = val(a), e = val(b);
  if (e < 0) {
    if (m != 0) { raiseMsg(E.ValueError, "pow() negative exponent (stub)"); return 0; }
    if (x == 0) { raiseMsg(E.ZeroDivisionError, "0.0 cannot be raised to a negative power"); return 0; }
    return floatNew(Math.pow(<f64>x, <f64>e));
  }
  let mod: i64 = m != 0 ? val(m) : 0;
  if (m != 0 && mod == 0) { raiseMsg(E.ValueError, "pow() 3rd argument cannot be 0"); return 0; }
  let r: i64 = 1;
  let base = x;
  while (e > 0) {
    if (e & 1) {
      if (mod != 0) r = (r * base) % mod;
      else { let nr = r * base; if (base != 0 && nr / base != r) return ovf(); r = nr; }
    }
    e >>= 1;
    if (e > 0) {
      if (mod != 0) base = (base * base) % mod;
      else { let nb = base * base; if (base != 0 && nb / base != base) return ovf(); base = nb; }
    }
  }
  if (mod != 0 && r != 0 && ((r ^ mod) < 0)) r += mod;
  return intFromI64(r);
}
export function intLshift(a: Val, b: Val): Val {
  let x = val(a), s = val(b);
  if (s < 0) { raiseMsg(E.ValueError, "negative shift count"); return 0; }
  if (x == 0) return mkSmall(0);
  if (s >= 63) return ovf();
  let r = x << s;
  if ((r >> s) != x) return ovf();
  return intFromI64(r);
}
export function intRshift(a: Val, b: Val): Val {
  let x = val(a), s = val(b);
  if (s < 0) { raiseMsg(E.ValueError, "negative shift count"); return 0; }
  return intFromI64(s >= 63 ? (x < 0 ? -1 : 0) : x >> s);
}
export function intAnd(a: Val, b: Val): Val { return intFromI64(val(a) & val(b)); }
export function intOr(a: Val, b: Val): Val { return intFromI64(val(a) | val(b)); }
export function intXor(a: Val, b: Val): Val { return intFromI64(val(a) ^ val(b)); }
export function intNeg(a: Val): Val { let x = val(a); if (x == i64.MIN_VALUE) return ovf(); return intFromI64(-x); }
export function intAbs(a: Val): Val { let x = val(a); if (x == i64.MIN_VALUE) return ovf(); return intFromI64(x < 0 ? -x : x); }
export function intInvert(a: Val): Val { return intFromI64(~val(a)); }
export function intCompare(a: Val, b: Val): i32 { let x = val(a), y = val(b); return x < y ? -1 : x > y ? 1 : 0; }
export function intEq(a: Val, b: Val): bool { return val(a) == val(b); }
export function intIsZero(a: Val): bool { return val(a) == 0; }
export function intSign(a: Val): i32 { let x = val(a); return x < 0 ? -1 : x > 0 ? 1 : 0; }
export function intHash(a: Val): i64 {
  let x = val(a);
  const M: i64 = (1 << 61) - 1;
  let neg = x < 0;
  let u: u64 = neg ? <u64>(-x) : <u64>x;
  let h = <i64>(u % <u64>M);
  if (neg) h = -h;
  return h == -1 ? -2 : h;
}
export function intToF64(a: Val): f64 { return <f64>val(a); }
export function intFromF64(x: f64): Val {
  if (isNaN(x)) { raiseMsg(E.ValueError, "cannot convert float NaN to integer"); return 0; }
  if (!isFinite(x)) { raiseMsg(E.OverflowError, "cannot convert float infinity to integer"); return 0; }
  if (Math.abs(x) >= 9.2e18) return ovf();
  return intFromI64(<i64>x);
}
export function intRepr(a: Val): Val { let sb = sbNew(); if (sb == 0) return 0; sbI64(sb, val(a)); return sbFinish(sb); }
export function intToStr(a: Val, base: i32): Val {
  let x = val(a);
  if (base == 10) return intRepr(a);
  let sb = sbNew(); if (sb == 0) return 0;
  if (x < 0) { sbChar(sb, 45); }
  sbAS(sb, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
  let u: u64 = x < 0 ? <u64>(-x) : <u64>x;
  let tmp = memory.data(70);
  let n = 0;
  do { let d = <u32>(u % <u64>base); store<u8>(tmp + <usize>n, <u8>(d < 10 ? 48 + d : 87 + d)); u /= <u64>base; n++; } while (u != 0);
  while (n > 0) { n--; sbChar(sb, load<u8>(tmp + <usize>n)); }
  return sbFinish(sb);
}
export function intFromStr(s: Val, base: i32): Val {
  let n = strLen(s);
  let i = 0;
  while (i < n && (strGet(s, i) == 32 || strGet(s, i) == 9 || strGet(s, i) == 10)) i++;
  let e = n;
  while (e > i && (strGet(s, e - 1) == 32 || strGet(s, e - 1) == 9 || strGet(s, e - 1) == 10)) e--;
  let neg = false;
  if (i < e && (strGet(s, i) == 45 || strGet(s, i) == 43)) { neg = strGet(s, i) == 45; i++; }
  if (base == 0) base = 10;
  let v: i64 = 0;
  let any = false;
  for (; i < e; i++) {
    let c = strGet(s, i);
    if (c == 95 && any) continue;
    let d: i32 = c >= 48 && c <= 57 ? <i32>c - 48 : c >= 97 && c <= 122 ? <i32>c - 87 : c >= 65 && c <= 90 ? <i32>c - 55 : 99;
    if (d >= base) { raiseFmt(E.ValueError, "invalid literal for int() with base %d: %R", mkSmall(base), s); return 0; }
    v = v * base + d;
    any = true;
  }
  if (!any) { raiseFmt(E.ValueError, "invalid literal for int() with base %d: %R", mkSmall(base), s); return 0; }
  return intFromI64(neg ? -v : v);
}
export function intFromObject(x: Val): Val {
  if (isSmall(x)) return x;
  let t = typeOf(x);
  let k = typeKind(t);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_int);
    if (m == 0) m = typeSpecial(t, Id.D_index);
    if (m != 0) return callWithSelf(m, x, 0, 0, 0);
  }
  if (k == Kind.INT) { incref(x); return x; }
  if (k == Kind.BOOL) return mkSmall(load<i32>(x, 8));
  if (k == Kind.FLOAT) return intFromF64(Math.trunc(load<f64>(x, 8)));
  if (k == Kind.STR) return intFromStr(x, 10);
  raiseFmt(E.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(t));
  return 0;
}
export function intWithType(v: Val, t: usize): Val {
  let o = objAlloc(t, 16);
  if (o == 0) return 0;
  store<i64>(o, val(v), 8);
  incref(<Val>t);
  return <Val>o;
}
export function intRound(v: Val, nd: Val): Val { incref(v); return v; }
export function intDealloc(v: Val): void { objFree(v, 16); }
export function intSizeof(v: Val): usize { return isSmall(v) ? 0 : heapAllocSize(16); }
export function intBitLength(v: Val): i32 { let x = val(v); let u: u64 = x < 0 ? <u64>(-x) : <u64>x; return 64 - <i32>clz(u); }
