// TEMPORARY STUB written by the lead so the core compiles before the real float.ts lands.
// Whoever implements obj/float.ts: replace this file entirely (keep the exported names).

import { Val, isSmall, smallValue, mkSmall, initStatic, incref } from "./object";
import { T_FLOAT } from "./type";
import { objAlloc, objFree } from "../gc/track";
import { tunFloatCacheMin, tunFloatCacheMax } from "../vm/tunables";
import { strFromAscii } from "./str";
import { dtoaRepr } from "../num/dtoa";
import { strtodParse } from "../num/strtod";
import { strLen, strGet } from "./str";
import { E } from "./exc";
import { raiseFmt } from "../vm/errors";
import { intToF64, intCompare, intFromF64 } from "./int";
import { noneVal } from "./singletons";

const CACHE: usize = memory.data(21 * 16, 8);
let cacheReady = false;

export function floatNew(d: f64): Val {
  let i = <i32>d;
  if (<f64>i == d && i >= tunFloatCacheMin() && i <= tunFloatCacheMax() && i >= -10 && i <= 10 && !(d == 0 && 1 / d < 0)) {
    if (!cacheReady) {
      for (let k = 0; k < 21; k++) { initStatic(CACHE + <usize>k * 16, T_FLOAT); store<f64>(CACHE + <usize>k * 16, <f64>(k - 10), 8); }
      cacheReady = true;
    }
    return <Val>(CACHE + <usize>(i + 10) * 16);
  }
  let o = objAlloc(T_FLOAT, 16);
  if (o == 0) return 0;
  store<f64>(o, d, 8);
  return <Val>o;
}
export function floatDealloc(v: Val): void { objFree(v, 16); }
const BUF: usize = memory.data(64);
export function floatRepr(v: Val): Val { let n = dtoaRepr(load<f64>(v, 8), BUF); return strFromAscii(BUF, n); }
export function floatHash(x: f64): i64 {
  if (!isFinite(x)) return isNaN(x) ? 0 : (x > 0 ? 314159 : -314159);
  if (x == Math.trunc(x) && Math.abs(x) < 9e18) {
    let v = <i64>x;
    const M: i64 = (1 << 61) - 1;
    let h = v < 0 ? -(<i64>(<u64>(-v) % <u64>M)) : <i64>(<u64>v % <u64>M);
    return h == -1 ? -2 : h;
  }
  return <i64>reinterpret<u64>(x) ^ (<i64>reinterpret<u64>(x) >> 32);
}
/** Compare a double with an int: -1, 0, 1, or 2 when d is NaN. */
export function floatCompareInt(d: f64, i: Val): i32 {
  if (isNaN(d)) return 2;
  let y = intToF64(i);
  return d < y ? -1 : d > y ? 1 : 0;
}
export function floatFromStr(s: Val): Val {
  let n = strLen(s);
  let tmp = memory.data(256);
  if (n > 250) n = 250;
  for (let i = 0; i < n; i++) store<u8>(tmp + <usize>i, <u8>strGet(s, i));
  let d = strtodParse(tmp, n);
  if (isNaN(d) && !(n >= 3)) { raiseFmt(E.ValueError, "could not convert string to float: %R", s); return 0; }
  return floatNew(d);
}
export function floatRound(v: Val, nd: Val): Val {
  let x = load<f64>(v, 8);
  if (nd == noneVal()) {
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) == 0.5) r = 2 * Math.round(x / 2);
    return intFromF64(r);
  }
  let k = smallValue(nd);
  let p = Math.pow(10, <f64>k);
  return floatNew(Math.round(x * p) / p);
}
