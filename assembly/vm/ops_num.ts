// Generic object operations, part 2: binary and unary operators, rich comparison, truth.
//
// The dispatch follows CPython's binary_op1 and do_richcompare: for classes, the reflected method
// of a right operand whose type is a proper subclass of the left's goes first; then the left
// operand's method, then the right's reflected one; NotImplemented from both gives the TypeError.
// For builtin kinds the "method" is the native implementation (nativeBinary / nativeCompare).

import { Val, isSmall, smallValue, mkSmall, fitsSmall, incref, decref, xdecref } from "../obj/object";
import { T_INT, T_FLOAT, T_BOOL, T_STR, T_LIST, T_TUPLE, typeOf, typeKind, isHeapType, typeSpecial, isSubtype, typeName, T_BUILTIN } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { noneVal, notImplVal, boolVal, trueVal, falseVal } from "../obj/singletons";
import { E } from "../obj/exc";
import { raiseFmt, raiseMsg, excPending } from "./errors";
import { callWithSelf } from "./call";
import { BinOp, CmpOp, Op } from "./opcodes";
import { floatNew, floatAdd, floatSub, floatMul, floatTrueDiv, floatFloorDiv, floatMod, floatDivmod, floatPowF } from "../obj/float";
import { intAdd, intSub, intMul, intFloorDiv, intMod, intDivmod, intPow, intTrueDiv, intLshift, intRshift,
         intAnd, intOr, intXor, intNeg, intAbs, intInvert, intCompare, intToF64, intIsZero } from "../obj/int";
import { floatCompareInt } from "../obj/float";
import { strLen, strCompare, strEq } from "../obj/str";
import { tupleSize, tupleItem } from "../obj/tuple";
import { listSize, listItem } from "../obj/list";
import { dictUsed } from "../obj/dict";
import { objEq, enterNative, leaveNative } from "./ops";
import { seqBinary, seqCompare, seqLen } from "./ops_seq";
import { setLen } from "../obj/set";
import { setBinary, setCompare } from "../obj/setmethods";
import { strMod } from "../obj/strmod";
import { dictBinary, dictCompareEq, isSetView, viewBinary, dictViewCompare } from "./ops_misc";
import { tupleFromArray } from "../obj/tuple";

// {==== numeric helpers

/** An int operand as itself, a bool as its small int; 0 if v is not int-like. */
// @ts-ignore: decorator
@inline function asInt(v: Val): Val {
  if (isSmall(v)) return v;
  let k = typeKind(typeOf(v));
  if (k == Kind.INT) return v;
  if (k == Kind.BOOL) return mkSmall(load<i32>(v, 8));
  return 0;
}

/** Convert a number to f64; false (with an exception pending only for huge ints) if it is not a number. */
let f64Ok: bool = true;
function toF64(v: Val): f64 {
  f64Ok = true;
  if (isSmall(v)) return <f64>smallValue(v);
  let k = typeKind(typeOf(v));
  if (k == Kind.FLOAT) return load<f64>(v, 8);
  if (k == Kind.BOOL) return <f64>load<i32>(v, 8);
  if (k == Kind.INT) {
    let d = intToF64(v);
    if (excPending()) f64Ok = false;
    return d;
  }
  f64Ok = false;
  return 0;
}

// @ts-ignore: decorator
@inline function isNumberKind(k: Kind): bool { return k == Kind.INT || k == Kind.FLOAT || k == Kind.BOOL; }

function floatBinary(a: Val, b: Val, op: u32): Val {
  let x = toF64(a);
  if (!f64Ok) return excPending() ? 0 : notImplVal();
  let y = toF64(b);
  if (!f64Ok) return excPending() ? 0 : notImplVal();
  switch (op) {
    case BinOp.ADD: return floatAdd(x, y);
    case BinOp.SUBTRACT: return floatSub(x, y);
    case BinOp.MULTIPLY: return floatMul(x, y);
    case BinOp.TRUE_DIVIDE: return floatTrueDiv(x, y);
    case BinOp.FLOOR_DIVIDE: return floatFloorDiv(x, y);
    case BinOp.REMAINDER: return floatMod(x, y);
    case BinOp.POWER: return floatPowF(x, y);
  }
  return notImplVal();
}

function divmodFloat(a: Val, b: Val): Val {
  let x = toF64(a); if (!f64Ok) return excPending() ? 0 : notImplVal();
  let y = toF64(b); if (!f64Ok) return excPending() ? 0 : notImplVal();
  return floatDivmod(x, y);
}

/** divmod(a, b) for numbers. */
export function numDivmod(a: Val, b: Val): Val {
  let ia = asInt(a), ib = asInt(b);
  if (ia != 0 && ib != 0) return intDivmod(ia, ib);
  let ka = isSmall(a) ? Kind.INT : typeKind(typeOf(a)), kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b));
  if (isNumberKind(ka) && isNumberKind(kb)) return divmodFloat(a, b);
  return notImplVal();
}
// }====

// {==== binary operators

/** The native implementation of `a <op> b` for builtin kinds: a result, NotImplemented, or 0 on error. */
export function nativeBinary(a: Val, b: Val, op: u32): Val {
  let ia = asInt(a), ib = asInt(b);
  if (ia != 0 && ib != 0) {
    let ka = isSmall(a) ? Kind.INT : typeKind(typeOf(a));
    let kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b));
    if (ka == Kind.BOOL && kb == Kind.BOOL && (op == BinOp.AND || op == BinOp.OR || op == BinOp.XOR)) {
      let x = load<i32>(a, 8), y = load<i32>(b, 8);
      return boolVal((op == BinOp.AND ? x & y : op == BinOp.OR ? x | y : x ^ y) != 0);
    }
    switch (op) {
      case BinOp.ADD: return intAdd(ia, ib);
      case BinOp.SUBTRACT: return intSub(ia, ib);
      case BinOp.MULTIPLY: return intMul(ia, ib);
      case BinOp.FLOOR_DIVIDE: return intFloorDiv(ia, ib);
      case BinOp.REMAINDER: return intMod(ia, ib);
      case BinOp.TRUE_DIVIDE: return intTrueDiv(ia, ib);
      case BinOp.POWER: return intPow(ia, ib, 0);
      case BinOp.LSHIFT: return intLshift(ia, ib);
      case BinOp.RSHIFT: return intRshift(ia, ib);
      case BinOp.AND: return intAnd(ia, ib);
      case BinOp.OR: return intOr(ia, ib);
      case BinOp.XOR: return intXor(ia, ib);
    }
    return notImplVal();
  }
  let ka = isSmall(a) ? Kind.INT : typeKind(typeOf(a));
  let kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b));
  if (isNumberKind(ka) && isNumberKind(kb)) return floatBinary(a, b, op);
  if (ka == Kind.STR && op == BinOp.REMAINDER) return strMod(a, b);
  if ((ka == Kind.BYTES || ka == Kind.BYTEARRAY) && op == BinOp.REMAINDER) return bytesModOf(a, b);
  if (isSetView(a) || isSetView(b)) return viewBinary(a, b, op);
  if (ka == Kind.SET || ka == Kind.FROZENSET || kb == Kind.SET || kb == Kind.FROZENSET) return setBinary(a, b, op);
  if (ka == Kind.DICT && kb == Kind.DICT) return dictBinary(a, b, op);
  return seqBinary(a, b, op);
}

function binSymbol(op: u32): string {
  switch (op) {
    case 0: return "+"; case 1: return "&"; case 2: return "//"; case 3: return "<<"; case 4: return "@";
    case 5: return "*"; case 6: return "%"; case 7: return "|"; case 8: return "** or pow()"; case 9: return ">>";
    case 10: return "-"; case 11: return "/"; case 12: return "^";
    case 13: return "+="; case 14: return "&="; case 15: return "//="; case 16: return "<<="; case 17: return "@=";
    case 18: return "*="; case 19: return "%="; case 20: return "|="; case 21: return "**="; case 22: return ">>=";
    case 23: return "-="; case 24: return "/="; case 25: return "^=";
  }
  return "?";
}

/** Call a Python-level special method m of v's class as m(v, other); 0 on error. */
function callSpecial(m: Val, v: Val, other: Val): Val {
  let buf = memory.data(4);
  // a fresh buffer per call: the callee may re-enter
  let tmp = heapAllocTemp(other);
  if (tmp == 0) return 0;
  let r = callWithSelf(m, v, tmp, 1, 0);
  heapFreeTemp(tmp);
  return r;
}

import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "./errors";
function heapAllocTemp(v: Val): usize {
  let p = heapAlloc(4);
  if (p == 0) { raiseMemoryError(4); return 0; }
  store<u32>(p, v);
  return p;
}
function heapFreeTemp(p: usize): void { heapFree(p, 4); }

/** a <op> b with full Python dispatch; op is a BinOp (INPLACE_* included). A new reference or 0. */
export function binaryOp(a: Val, b: Val, op: u32): Val {
  let base = op >= 13 ? op - 13 : op;
  let ta = typeOf(a), tb = typeOf(b);
  let heapA = isHeapType(ta), heapB = isHeapType(tb);
  if (op >= 13) {
    // in-place: a.__iop__(b) first
    let m = heapA ? typeSpecial(ta, <Id>(<i32>Id.D_iadd + <i32>base)) : 0;
    if (m != 0) {
      let r = callSpecial(m, a, b);
      if (r != notImplVal()) return r;
      decref(r);
    } else {
      // the builtin type's own in-place operation (also for subclasses that do not override it)
      let k = typeKind(ta);
      if (k == Kind.LIST || k == Kind.SET || k == Kind.DICT || k == Kind.BYTEARRAY) {
        let r = inplaceNative(a, b, base);
        if (r != notImplVal()) return r;
      }
    }
  }
  if (!heapA && !heapB) {
    let r = nativeBinary(a, b, base);
    if (r != notImplVal()) return r;
    return binaryTypeError(a, b, op);
  }
  // reflected first when b's class is a proper subclass of a's that overrides it
  let rm: Val = heapB ? typeSpecial(tb, <Id>(<i32>Id.D_radd + <i32>base)) : 0;
  let lm: Val = heapA ? typeSpecial(ta, <Id>(<i32>Id.D_add + <i32>base)) : 0;
  let triedR = false;
  if (rm != 0 && ta != tb && isSubtype(tb, ta)) {
    let r = callSpecial(rm, b, a);
    if (r == 0 || r != notImplVal()) return r;
    triedR = true;
  }
  if (lm != 0) {
    let r = callSpecial(lm, a, b);
    if (r == 0 || r != notImplVal()) return r;
  } else if (!heapA || nativeBase(ta)) {
    let r = nativeBinary(a, b, base);
    if (r == 0 || r != notImplVal()) return r;
  }
  if (!triedR && ta != tb) {
    if (rm != 0) {
      let r = callSpecial(rm, b, a);
      if (r == 0 || r != notImplVal()) return r;
    } else if (!heapB || nativeBase(tb)) {
      // b's builtin operation (e.g. tuple repetition by an object with __index__)
      let r = nativeBinary(a, b, base);
      if (r == 0 || r != notImplVal()) return r;
    }
  }
  return binaryTypeError(a, b, op);
}

/** True if a class's instances have a builtin value layout (subclass of int, str, list…). */
function nativeBase(t: usize): bool {
  let k = typeKind(t);
  return k != Kind.OBJECT && k != Kind.EXCEPTION;
}

function isSeq(v: Val): bool {
  if (isSmall(v)) return false;
  let k = typeKind(typeOf(v));
  return k == Kind.STR || k == Kind.LIST || k == Kind.TUPLE || k == Kind.BYTES || k == Kind.BYTEARRAY;
}

function binaryTypeError(a: Val, b: Val, op: u32): Val {
  let base = op >= 13 ? op - 13 : op;   // the concatenation and repetition messages ignore in-place
  if (op == BinOp.POWER) raiseFmt(E.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(typeOf(a)), typeName(typeOf(b)));
  else if (base == BinOp.ADD && typeOf(a) == T_STR && !isSmall(b)) raiseFmt(E.TypeError, "can only concatenate str (not \"%s\") to str", typeName(typeOf(b)));
  else if (base == BinOp.ADD && typeOf(a) == T_STR) raiseFmt(E.TypeError, "can only concatenate str (not \"%s\") to str", typeName(typeOf(b)));
  else if (base == BinOp.ADD && typeOf(a) == T_LIST) raiseFmt(E.TypeError, "can only concatenate list (not \"%s\") to list", typeName(typeOf(b)));
  else if (base == BinOp.ADD && typeOf(a) == T_TUPLE) raiseFmt(E.TypeError, "can only concatenate tuple (not \"%s\") to tuple", typeName(typeOf(b)));
  else if (base == BinOp.MULTIPLY && (isSeq(a) || isSeq(b))) {
    // sequence repetition was the last resort (CPython's sq_repeat)
    let other = isSeq(a) ? b : a;
    raiseFmt(E.TypeError, "can't multiply sequence by non-int of type '%s'", typeName(typeOf(other)));
  }
  else {
    let sb = formatUnsupported(a, b, op);
    return sb;
  }
  return 0;
}

import { sbNew, sbAS, sbStr, sbFinish } from "../obj/strbuf";
import { raiseWithStr } from "./errors";
import { excType } from "../obj/exc";
function formatUnsupported(a: Val, b: Val, op: u32): Val {
  let sb = sbNew();
  if (sb == 0) return 0;
  sbAS(sb, "unsupported operand type(s) for ");
  sbAS(sb, binSymbol(op));
  sbAS(sb, ": '"); sbStr(sb, typeName(typeOf(a))); sbAS(sb, "' and '"); sbStr(sb, typeName(typeOf(b))); sbAS(sb, "'");
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
  return 0;
}

import { listInplaceAdd, listInplaceMul, objLen } from "./ops_seq";
import { setInplace } from "../obj/setmethods";
import { dictInplaceOr } from "./ops_misc";
function inplaceNative(a: Val, b: Val, base: u32): Val {
  let k = typeKind(typeOf(a));
  if (k == Kind.LIST) {
    if (base == BinOp.ADD) return listInplaceAdd(a, b);
    if (base == BinOp.MULTIPLY) return listInplaceMul(a, b);
  } else if (k == Kind.SET) {
    return setInplace(a, b, base);
  } else if (k == Kind.BYTEARRAY && (base == BinOp.ADD || base == BinOp.MULTIPLY)) {
    return bytesBinaryOf(a, b, base + 13);
  } else if (k == Kind.DICT && base == BinOp.OR) {
    return dictInplaceOr(a, b);
  }
  return notImplVal();
}
// }====

// {==== unary operators

export function unaryOp(v: Val, op: u32): Val {
  let t = typeOf(v);
  if (isHeapType(t)) {
    let id = op == Op.UNARY_NEGATIVE ? Id.D_neg : op == Op.UNARY_POSITIVE ? Id.D_pos : Id.D_invert;
    let m = typeSpecial(t, id);
    if (m != 0) return callWithSelf(m, v, 0, 0, 0);
  }
  return nativeUnary(v, op);
}

/** -v, +v, ~v by v's builtin kind only. */
export function nativeUnary(v: Val, op: u32): Val {
  let t = typeOf(v);
  let iv = asInt(v);
  if (iv != 0) {
    if (op == Op.UNARY_NEGATIVE) return intNeg(iv);
    if (op == Op.UNARY_POSITIVE) { if (isSmall(iv) || typeOf(iv) == T_INT) { incref(iv); return iv; } return intAdd(iv, mkSmall(0)); }
    return intInvert(iv);
  }
  if (typeKind(t) == Kind.FLOAT) {
    let x = load<f64>(v, 8);
    if (op == Op.UNARY_NEGATIVE) return floatNew(-x);
    if (op == Op.UNARY_POSITIVE) return floatNew(x);
  }
  let sym = op == Op.UNARY_NEGATIVE ? "-" : op == Op.UNARY_POSITIVE ? "+" : "~";
  let sb = sbNew();
  if (sb == 0) return 0;
  sbAS(sb, "bad operand type for unary "); sbAS(sb, sym); sbAS(sb, ": '"); sbStr(sb, typeName(t)); sbAS(sb, "'");
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
  return 0;
}

/** abs(v). */
export function numAbs(v: Val): Val {
  let t = typeOf(v);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_abs);
    if (m != 0) return callWithSelf(m, v, 0, 0, 0);
  }
  let iv = asInt(v);
  if (iv != 0) return intAbs(iv);
  if (typeKind(t) == Kind.FLOAT) return floatNew(Math.abs(load<f64>(v, 8)));
  raiseFmt(E.TypeError, "bad operand type for abs(): '%s'", typeName(t));
  return 0;
}
// }====

// {==== truth

/** bool(v): 1, 0, or -1 on error. */
export function objTruthy(v: Val): i32 {
  if (isSmall(v)) return v != mkSmall(0) ? 1 : 0;
  let t = typeOf(v);
  if (t == T_BOOL) return load<i32>(v, 8);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_bool);
    if (m != 0) {
      let r = callWithSelf(m, v, 0, 0, 0);
      if (r == 0) return -1;
      if (typeOf(r) != T_BOOL) {
        raiseFmt(E.TypeError, "__bool__ should return bool, returned %s", typeName(typeOf(r)));
        decref(r);
        return -1;
      }
      let b = load<i32>(r, 8);
      decref(r);
      return b;
    }
    if (typeSpecial(t, Id.D_len) != 0) {
      let n = objLen(v);   // with len()'s checks of the result
      return n < 0 ? -1 : n > 0 ? 1 : 0;
    }
  }
  return nativeTruthy(v);
}

/** bool(v) by v's builtin kind only. */
export function nativeTruthy(v: Val): i32 {
  if (isSmall(v)) return v != mkSmall(0) ? 1 : 0;
  let t = typeOf(v);
  switch (typeKind(t)) {
    case Kind.NONE: return 0;
    case Kind.BOOL: return load<i32>(v, 8);
    case Kind.INT: return intIsZero(v) ? 0 : 1;
    case Kind.FLOAT: return load<f64>(v, 8) != 0 ? 1 : 0;
    case Kind.STR: return strLen(v) > 0 ? 1 : 0;
    case Kind.TUPLE: return tupleSize(v) > 0 ? 1 : 0;
    case Kind.LIST: return listSize(v) > 0 ? 1 : 0;
    case Kind.DICT: return dictUsed(v) > 0 ? 1 : 0;
    case Kind.SET: case Kind.FROZENSET: return setLen(v) > 0 ? 1 : 0;
    case Kind.BYTES: case Kind.BYTEARRAY: case Kind.RANGE: case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: {
      let n = seqLen(v);
      return n < 0 ? -1 : n > 0 ? 1 : 0;
    }
  }
  return 1;
}

export function objIs(a: Val, b: Val): bool { return a == b; }
// }====

// {==== rich comparison

function swapOp(op: u32): u32 {
  switch (op) {
    case CmpOp.LT: return CmpOp.GT;
    case CmpOp.LE: return CmpOp.GE;
    case CmpOp.GT: return CmpOp.LT;
    case CmpOp.GE: return CmpOp.LE;
  }
  return op;
}

function cmpSymbol(op: u32): string {
  switch (op) { case 0: return "<"; case 1: return "<="; case 2: return "=="; case 3: return "!="; case 4: return ">"; }
  return ">=";
}

// @ts-ignore: decorator
@inline function cmpResult(c: i32, op: u32): bool {
  switch (op) {
    case CmpOp.LT: return c < 0;
    case CmpOp.LE: return c <= 0;
    case CmpOp.EQ: return c == 0;
    case CmpOp.NE: return c != 0;
    case CmpOp.GT: return c > 0;
  }
  return c >= 0;
}

/** Native comparison for builtin kinds: a bool, NotImplemented, or 0 on error. */
export function nativeCompare(a: Val, b: Val, op: u32): Val {
  let ka = isSmall(a) ? Kind.INT : typeKind(typeOf(a));
  let kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b));
  if (isNumberKind(ka) && isNumberKind(kb)) {
    let ia = asInt(a), ib = asInt(b);
    if (ia != 0 && ib != 0) return boolVal(cmpResult(intCompare(ia, ib), op));
    // float against float or int: exact (CPython's float_richcompare)
    if (ka == Kind.FLOAT && kb == Kind.FLOAT) {
      let x = load<f64>(a, 8), y = load<f64>(b, 8);
      switch (op) {
        case CmpOp.LT: return boolVal(x < y);
        case CmpOp.LE: return boolVal(x <= y);
        case CmpOp.EQ: return boolVal(x == y);
        case CmpOp.NE: return boolVal(x != y);
        case CmpOp.GT: return boolVal(x > y);
      }
      return boolVal(x >= y);
    }
    if (ka == Kind.FLOAT) {
      let c = floatCompareInt(load<f64>(a, 8), ib);   // -1, 0, 1, or 2 for NaN
      if (c == 2) return boolVal(op == CmpOp.NE);
      return boolVal(cmpResult(c, op));
    }
    let c = floatCompareInt(load<f64>(b, 8), ia);
    if (c == 2) return boolVal(op == CmpOp.NE);
    return boolVal(cmpResult(-c, op));
  }
  if (ka == Kind.STR && kb == Kind.STR) {
    if (op == CmpOp.EQ) return boolVal(strEq(a, b));
    if (op == CmpOp.NE) return boolVal(!strEq(a, b));
    return boolVal(cmpResult(strCompare(a, b), op));
  }
  if ((ka == Kind.SET || ka == Kind.FROZENSET) && (kb == Kind.SET || kb == Kind.FROZENSET)) return setCompare(a, b, op);
  if ((isSetView(a) || isSetView(b)) && ka != Kind.DICT_VALUES && kb != Kind.DICT_VALUES) return dictViewCompare(a, b, op);
  if (ka == Kind.SLICE && kb == Kind.SLICE) return sliceCompare(a, b, op);
  if (ka == Kind.DICT && kb == Kind.DICT && (op == CmpOp.EQ || op == CmpOp.NE)) return dictCompareEq(a, b, op);
  if ((ka == Kind.BYTES || ka == Kind.BYTEARRAY) && (kb == Kind.BYTES || kb == Kind.BYTEARRAY)) return bytesCompareOf(a, b, op);
  if ((op == CmpOp.EQ || op == CmpOp.NE) && typeOf(a) == typeOf(b) && (ka == Kind.METHOD || typeOf(a) == T_BUILTIN)) {
    // bound methods are equal when they bind the same object (by identity) to the same function
    let eq = load<u32>(a, 8) == load<u32>(b, 8) && load<u32>(a, 12) == load<u32>(b, 12);
    return boolVal(op == CmpOp.EQ ? eq : !eq);
  }
  if (ka == kb && (ka == Kind.TUPLE || ka == Kind.LIST || ka == Kind.BYTES || ka == Kind.BYTEARRAY || ka == Kind.RANGE
      || ka == Kind.DICT_KEYS || ka == Kind.DICT_ITEMS)) return seqCompare(a, b, op);
  return notImplVal();
}

/** Slices compare as their (start, stop, step) tuples. */
function sliceCompare(a: Val, b: Val, op: u32): Val {
  let ta = tupleFromArray(a + 8, 3);
  if (ta == 0) return 0;
  let tb = tupleFromArray(b + 8, 3);
  if (tb == 0) { decref(ta); return 0; }
  let r = richCompare(ta, tb, op);
  decref(ta); decref(tb);
  return r;
}

/** a <op> b with full Python dispatch: a new reference (usually a bool), or 0. */
export function richCompare(a: Val, b: Val, op: u32): Val {
  let ta = typeOf(a), tb = typeOf(b);
  let heapA = isHeapType(ta), heapB = isHeapType(tb);
  if (!heapA && !heapB) {
    if (!enterNative(" in comparison")) return 0;
    let r = nativeCompare(a, b, op);
    leaveNative();
    if (r != notImplVal()) return r;
    return compareFallback(a, b, op);
  }
  let sop = swapOp(op);
  let triedR = false;
  if (heapB && ta != tb && isSubtype(tb, ta)) {
    let rm = typeSpecial(tb, <Id>(<i32>Id.D_lt + 0 + specialIndex(sop)));
    if (rm != 0) {
      let r = callSpecial(rm, b, a);
      if (r == 0 || r != notImplVal()) return r;
      triedR = true;
    }
  }
  let r = compareOne(a, ta, b, op);
  if (r == 0 || r != notImplVal()) return r;
  if (!triedR) {
    r = compareOne(b, tb, a, sop);
    if (r == 0 || r != notImplVal()) return r;
  }
  return compareFallback(a, b, op);
}

/** Offset of the special-method id for a comparison relative to Id.D_lt (ids are ordered eq ne lt le gt ge). */
function specialIndex(op: u32): i32 {
  switch (op) {
    case CmpOp.LT: return 0;
    case CmpOp.LE: return 1;
    case CmpOp.GT: return 2;
    case CmpOp.GE: return 3;
    case CmpOp.EQ: return <i32>Id.D_eq - <i32>Id.D_lt;
  }
  return <i32>Id.D_ne - <i32>Id.D_lt;
}

/** One side's comparison method (Python-level or native) applied to (x, y). */
function compareOne(x: Val, tx: usize, y: Val, op: u32): Val {
  if (isHeapType(tx)) {
    let m = typeSpecial(tx, <Id>(<i32>Id.D_lt + specialIndex(op)));
    if (m != 0) return callSpecial(m, x, y);
    if (op == CmpOp.NE) {
      // object.__ne__: invert a Python-level __eq__
      let eq = typeSpecial(tx, Id.D_eq);
      if (eq != 0) {
        let r = callSpecial(eq, x, y);
        if (r == 0 || r == notImplVal()) return r;
        let t = objTruthy(r);
        decref(r);
        if (t < 0) return 0;
        return boolVal(t == 0);
      }
    }
    if (!nativeBase(tx)) return notImplVal();
  }
  if (!enterNative(" in comparison")) return 0;
  let r = nativeCompare(x, y, op);
  leaveNative();
  return r;
}

function compareFallback(a: Val, b: Val, op: u32): Val {
  if (op == CmpOp.EQ) return boolVal(a == b);
  if (op == CmpOp.NE) return boolVal(a != b);
  let sb = sbNew();
  if (sb == 0) return 0;
  sbAS(sb, "'"); sbAS(sb, cmpSymbol(op)); sbAS(sb, "' not supported between instances of '");
  sbStr(sb, typeName(typeOf(a))); sbAS(sb, "' and '"); sbStr(sb, typeName(typeOf(b))); sbAS(sb, "'");
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
  return 0;
}

/** a <op> b as 1/0, or -1 on error. */
export function compareBool(a: Val, b: Val, op: u32): i32 {
  if (isSmall(a & b)) {
    let x = <i32>a, y = <i32>b;
    return cmpResult(x < y ? -1 : x > y ? 1 : 0, op) ? 1 : 0;
  }
  let r = richCompare(a, b, op);
  if (r == 0) return -1;
  if (r == trueVal()) return 1;
  if (r == falseVal()) return 0;
  let t = objTruthy(r);
  decref(r);
  return t;
}
// }====

import { bytesCompare } from "../obj/bytes";
function bytesCompareOf(a: Val, b: Val, op: u32): Val { return bytesCompare(a, b, op); }

import { bytesBinary } from "../obj/bytes";
function bytesBinaryOf(a: Val, b: Val, op: u32): Val { return bytesBinary(a, b, op); }

import { bytesMod } from "../obj/strmod";
function bytesModOf(a: Val, b: Val): Val { return bytesMod(a, b); }
