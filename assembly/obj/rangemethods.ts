// The methods of range and slice.

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_RANGE, T_SLICE, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { addMethod } from "./typeinit";
import { arg, checkArgs } from "../vm/args";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { rangeStart, rangeStep, rangeContainsInt, sliceIndices, sliceOutStart, sliceOutStop, sliceOutStep } from "./range";
import { intSub, intFloorDiv } from "./int";
import { tupleNew, tupleSet } from "./tuple";
import { objEq } from "../vm/ops";
import { objGetIter, iterNext, indexValue, indexOk } from "../vm/ops_seq";

/** range.index(x): ValueError "x is not in range" (int x: arithmetic; others: by equality). */
function rangeIndexM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("index", n, kw, 1, 1)) return 0;
  let x = arg(args, 0);
  let k = isSmall(x) ? Kind.INT : typeKind(typeOf(x));
  if (k == Kind.INT || k == Kind.BOOL) {
    let xi = k == Kind.BOOL ? mkSmall(load<i32>(x, 8)) : x;
    let c = rangeContainsInt(self, xi);
    if (c < 0) return 0;
    if (c == 0) { raiseFmt(E.ValueError, "%R is not in range", x); return 0; }
    let d = intSub(xi, rangeStart(self));
    if (d == 0) return 0;
    let q = intFloorDiv(d, rangeStep(self));
    decref(d);
    return q;
  }
  let i = scan(self, x, false);
  if (i < -1) return 0;
  if (i < 0) { raiseFmt(E.ValueError, "%R is not in range", x); return 0; }
  return mkSmall(i);
}

/** range.count(x) */
function rangeCountM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("count", n, kw, 1, 1)) return 0;
  let x = arg(args, 0);
  let k = isSmall(x) ? Kind.INT : typeKind(typeOf(x));
  if (k == Kind.INT || k == Kind.BOOL) {
    let c = rangeContainsInt(self, k == Kind.BOOL ? mkSmall(load<i32>(x, 8)) : x);
    return c < 0 ? 0 : mkSmall(c);
  }
  let c = scan(self, x, true);
  return c < 0 ? 0 : mkSmall(c);
}

/** Iterate the range comparing with x: the first index (or -1), or the count; -2 on error. */
function scan(r: Val, x: Val, count: bool): i32 {
  let it = objGetIter(r);
  if (it == 0) return -2;
  let i = 0, c = 0;
  while (true) {
    let v = iterNext(it);
    if (v == 0) break;
    let e = objEq(v, x);
    decref(v);
    if (e < 0) { decref(it); return -2; }
    if (e > 0) { if (!count) { decref(it); return i; } c++; }
    i++;
  }
  decref(it);
  if (excPending()) return -2;
  return count ? c : -1;
}

/** slice.indices(length) */
function sliceIndicesM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("indices", n, kw, 1, 1)) return 0;
  let lv = arg(args, 0);
  let len = indexValue(lv, false);
  if (!indexOk()) { if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(lv))); return 0; }
  if (len < 0) { raiseMsg(E.ValueError, "length should not be negative"); return 0; }
  if (!sliceIndices(self, <i32>min<i64>(len, 0x7fffffff))) return 0;
  let t = tupleNew(3);
  if (t == 0) return 0;
  tupleSet(t, 0, mkSmall(sliceOutStart())); tupleSet(t, 1, mkSmall(sliceOutStop())); tupleSet(t, 2, mkSmall(sliceOutStep()));
  return t;
}

export function rangeMethodsInit(): bool {
  return addMethod(T_RANGE, "index", rangeIndexM) && addMethod(T_RANGE, "count", rangeCountM)
    && addMethod(T_SLICE, "indices", sliceIndicesM);
}
