// Methods of int, bool and float (the arithmetic itself is obj/int.ts and obj/float.ts).

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_INT, T_FLOAT, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { addMethod, addClassMethod } from "./typeinit";
import { arg, checkArgs, kwArg, kwCheck, nkw } from "../vm/args";
import { intBitLength, intBitCount, intExact, intToBytesInto, intFromBytes, intRound, intFromF64, intSign } from "./int";
import { floatIsInteger, floatAsIntegerRatio, floatHex, floatFromHex, floatRound, floatNew } from "./float";
import { bytesNew, bytesLen, bytesData } from "./bytes";
import { boolVal, noneVal, trueVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { indexValue, indexOk } from "../vm/ops_seq";
import { strEqAS } from "./str";
import { T_STR } from "./type";
import { objTruthy } from "../vm/ops_num";
import { tupleNew, tupleSet } from "./tuple";
import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "../vm/errors";
import { callObject } from "../vm/call";

function selfInt(self: Val): Val { return intExact(self); }

function intBitLengthM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("bit_length", n, kw, 0, 0)) return 0;
  return mkSmall(intBitLength(self));
}
function intBitCountM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("bit_count", n, kw, 0, 0)) return 0;
  return mkSmall(intBitCount(self));
}
function intConjugateM(self: Val, args: usize, n: i32, kw: Val): Val { let v = selfInt(self); incref(v); return v; }
function intAsIntegerRatioM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("as_integer_ratio", n, kw, 0, 0)) return 0;
  let t = tupleNew(2);
  if (t == 0) return 0;
  let v = selfInt(self);
  incref(v);
  tupleSet(t, 0, v);
  tupleSet(t, 1, mkSmall(1));
  return t;
}
function intIndexM(self: Val, args: usize, n: i32, kw: Val): Val { let v = selfInt(self); incref(v); return v; }
function intRoundM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__round__", n, kw, 0, 1)) return 0;
  return intRound(selfInt(self), n > 0 ? arg(args, 0) : noneVal());
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function intToBytesM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!kwCheck("to_bytes", kw, "length,byteorder,signed")) return 0;
  if (n > 2) { raiseFmt(E.TypeError, "to_bytes() takes at most 2 positional arguments (%d given)", mkSmall(n)); return 0; }
  let lv = n > 0 ? arg(args, 0) : kwArg(args, n, kw, "length");
  let bo = n > 1 ? arg(args, 1) : kwArg(args, n, kw, "byteorder");
  let sg = kwArg(args, n, kw, "signed");
  let length: i64 = 1;
  if (lv != 0) {
    length = indexValue(lv, false);
    if (!indexOk()) { if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(lv))); return 0; }
    if (length < 0) { raiseMsg(E.ValueError, "length argument must be non-negative"); return 0; }
  }
  let little = false;
  if (bo != 0) {
    if (isSmall(bo) || typeOf(bo) != T_STR) { raiseFmt(E.TypeError, "to_bytes() argument 'byteorder' must be str, not %s", typeName(typeOf(bo))); return 0; }
    if (strEqAS(bo, "little")) little = true;
    else if (!strEqAS(bo, "big")) { raiseMsg(E.ValueError, "byteorder must be either 'little' or 'big'"); return 0; }
  }
  let signed = false;
  if (sg != 0) { let b = objTruthy(sg); if (b < 0) return 0; signed = b != 0; }
  if (length > 0x7fff0000) { raiseMemoryError(0xffffffff); return 0; }
  let buf = heapAlloc(<usize>max<i64>(length, 1));
  if (buf == 0) { raiseMemoryError(<usize>length); return 0; }
  let ok = intToBytesInto(selfInt(self), buf, <i32>length, little, signed);
  let r: Val = ok ? bytesNew(buf, <i32>length) : 0;
  heapFree(buf, <usize>max<i64>(length, 1));
  return r;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), a class method. */
function intFromBytesM(cls: Val, args: usize, n: i32, kw: Val): Val {
  if (!kwCheck("from_bytes", kw, "bytes,byteorder,signed")) return 0;
  let bv = n > 0 ? arg(args, 0) : kwArg(args, n, kw, "bytes");
  let bo = n > 1 ? arg(args, 1) : kwArg(args, n, kw, "byteorder");
  let sg = kwArg(args, n, kw, "signed");
  if (bv == 0) { raiseMsg(E.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)"); return 0; }
  let little = false;
  if (bo != 0) {
    if (isSmall(bo) || typeOf(bo) != T_STR) { raiseFmt(E.TypeError, "from_bytes() argument 'byteorder' must be str, not %s", typeName(typeOf(bo))); return 0; }
    if (strEqAS(bo, "little")) little = true;
    else if (!strEqAS(bo, "big")) { raiseMsg(E.ValueError, "byteorder must be either 'little' or 'big'"); return 0; }
  }
  let signed = false;
  if (sg != 0) { let b = objTruthy(sg); if (b < 0) return 0; signed = b != 0; }
  let k = isSmall(bv) ? Kind.INT : typeKind(typeOf(bv));
  let src: Val = bv;
  let made = false;
  if (k != Kind.BYTES && k != Kind.BYTEARRAY) {
    // any iterable of ints: bytes(iterable)
    let ab = memory.data(4);
    store<u32>(ab, bv);
    src = callObject(<Val>T_BYTES_T(), ab, 1, 0);
    if (src == 0) return 0;
    made = true;
  }
  let r = intFromBytes(bytesData(src), bytesLen(src), little, signed);
  if (made) decref(src);
  if (r != 0 && cls != <Val>T_INT) {
    let ab = memory.data(4);
    store<u32>(ab, r);
    let o = callObject(cls, ab, 1, 0);
    decref(r);
    return o;
  }
  return r;
}
import { T_BYTES } from "./type";
function T_BYTES_T(): usize { return T_BYTES; }

function floatIsIntegerM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("is_integer", n, kw, 0, 0)) return 0;
  return boolVal(floatIsInteger(load<f64>(self, 8)));
}
function floatAsIntegerRatioM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("as_integer_ratio", n, kw, 0, 0)) return 0;
  return floatAsIntegerRatio(load<f64>(self, 8));
}
function floatHexM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("hex", n, kw, 0, 0)) return 0;
  return floatHex(load<f64>(self, 8));
}
function floatFromHexM(cls: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("fromhex", n, kw, 1, 1)) return 0;
  let r = floatFromHex(arg(args, 0));
  if (r == 0 || cls == <Val>T_FLOAT) return r;
  let ab = memory.data(4);
  store<u32>(ab, r);
  let o = callObject(cls, ab, 1, 0);
  decref(r);
  return o;
}
function floatRoundM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__round__", n, kw, 0, 1)) return 0;
  return floatRound(self, n > 0 ? arg(args, 0) : noneVal());
}
function floatTruncM(self: Val, args: usize, n: i32, kw: Val): Val { return intFromF64(Math.trunc(load<f64>(self, 8))); }
function floatFloorM(self: Val, args: usize, n: i32, kw: Val): Val { return intFromF64(Math.floor(load<f64>(self, 8))); }
function floatCeilM(self: Val, args: usize, n: i32, kw: Val): Val { return intFromF64(Math.ceil(load<f64>(self, 8))); }
function floatConjugateM(self: Val, args: usize, n: i32, kw: Val): Val { return floatNew(load<f64>(self, 8)); }

export function numberMethodsInit(): bool {
  return addMethod(T_INT, "bit_length", intBitLengthM)
    && addMethod(T_INT, "bit_count", intBitCountM)
    && addMethod(T_INT, "conjugate", intConjugateM)
    && addMethod(T_INT, "as_integer_ratio", intAsIntegerRatioM)
    && addMethod(T_INT, "__index__", intIndexM)
    && addMethod(T_INT, "__round__", intRoundM)
    && addMethod(T_INT, "to_bytes", intToBytesM)
    && addClassMethod(T_INT, "from_bytes", intFromBytesM)
    && addMethod(T_FLOAT, "is_integer", floatIsIntegerM)
    && addMethod(T_FLOAT, "as_integer_ratio", floatAsIntegerRatioM)
    && addMethod(T_FLOAT, "hex", floatHexM)
    && addClassMethod(T_FLOAT, "fromhex", floatFromHexM)
    && addMethod(T_FLOAT, "__round__", floatRoundM)
    && addMethod(T_FLOAT, "__trunc__", floatTruncM)
    && addMethod(T_FLOAT, "__floor__", floatFloorM)
    && addMethod(T_FLOAT, "__ceil__", floatCeilM)
    && addMethod(T_FLOAT, "conjugate", floatConjugateM);
}
