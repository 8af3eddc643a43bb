// Slot wrappers: the special methods of builtin types as attributes (int.__add__, list.__len__,
// dict.__getitem__ …), so that `super().__eq__(other)`, `list.__getitem__(self, i)` and friends
// work. Each calls the kind's native implementation directly (vm/ops*.ts native*), never a
// class's override, so a subclass that calls its base's method does not recurse.

import { Val, isSmall, mkSmall, incref, decref } from "./object";
import { T_OBJECT, T_INT, T_BOOL, T_FLOAT, T_STR, T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET, T_BYTES,
         T_BYTEARRAY, T_RANGE, T_SLICE, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { addMethod } from "./typeinit";
import { NativeFn } from "./builtin";
import { arg, checkArgs } from "../vm/args";
import { nativeBinary, nativeCompare, nativeUnary, nativeTruthy } from "../vm/ops_num";
import { nativeGetItem, nativeSetItem, nativeDelItem, nativeGetIter, nativeContains, seqLen,
         listInplaceAdd, listInplaceMul } from "../vm/ops_seq";
import { nativeRepr, nativeHash } from "../vm/ops";
import { BinOp, CmpOp, Op } from "../vm/opcodes";
import { noneVal, notImplVal, boolVal } from "./singletons";
import { E } from "./exc";
import { raiseFmt, excPending } from "../vm/errors";
import { intFromI64, intAbs, intExact, intFromObject } from "./int";
import { floatNew } from "./float";
import { floatFromNumber } from "./constructors";
import { strSubstring, strLen } from "./str";
import { excStr } from "../vm/ops_exc";
import { formatInt, formatFloat, formatStr } from "./format";
import { setInplace } from "./setmethods";
import { dictInplaceOr } from "../vm/ops_misc";

// {==== binary operators: __op__(self, other) and __rop__(self, other)

/** int.__op__ takes ints only (int.__mul__(2.0) is NotImplemented); other kinds decide natively. */
function binSlot(self: Val, other: Val, op: u32, reflected: bool): Val {
  let ks = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (ks == Kind.INT || ks == Kind.BOOL) {
    let ko = isSmall(other) ? Kind.INT : typeKind(typeOf(other));
    if (ko != Kind.INT && ko != Kind.BOOL) return notImplVal();
  }
  return reflected ? nativeBinary(other, self, op) : nativeBinary(self, other, op);
}

function s_add(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__add__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.ADD, false); }
function s_radd(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__radd__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.ADD, true); }
function s_and(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__and__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.AND, false); }
function s_rand(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rand__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.AND, true); }
function s_floordiv(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__floordiv__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.FLOOR_DIVIDE, false); }
function s_rfloordiv(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rfloordiv__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.FLOOR_DIVIDE, true); }
function s_lshift(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__lshift__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.LSHIFT, false); }
function s_rlshift(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rlshift__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.LSHIFT, true); }
function s_matmul(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__matmul__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.MATRIX_MULTIPLY, false); }
function s_rmatmul(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rmatmul__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.MATRIX_MULTIPLY, true); }
function s_mul(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__mul__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.MULTIPLY, false); }
function s_rmul(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rmul__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.MULTIPLY, true); }
function s_mod(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__mod__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.REMAINDER, false); }
function s_rmod(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rmod__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.REMAINDER, true); }
function s_or(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__or__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.OR, false); }
function s_ror(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__ror__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.OR, true); }
function s_pow(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__pow__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.POWER, false); }
function s_rpow(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rpow__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.POWER, true); }
function s_rshift(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rshift__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.RSHIFT, false); }
function s_rrshift(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rrshift__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.RSHIFT, true); }
function s_sub(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__sub__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.SUBTRACT, false); }
function s_rsub(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rsub__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.SUBTRACT, true); }
function s_truediv(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__truediv__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.TRUE_DIVIDE, false); }
function s_rtruediv(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rtruediv__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.TRUE_DIVIDE, true); }
function s_xor(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__xor__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.XOR, false); }
function s_rxor(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rxor__", n, kw, 1, 1)) return 0; return binSlot(self, arg(args, 0), BinOp.XOR, true); }
function s_divmod(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__divmod__", n, kw, 1, 1)) return 0; return numDivmod(self, arg(args, 0)); }
function s_rdivmod(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__rdivmod__", n, kw, 1, 1)) return 0; return numDivmod(arg(args, 0), self); }
import { numDivmod } from "../vm/ops_num";
function s_iadd(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__iadd__", n, kw, 1, 1)) return 0;
  return typeKind(typeOf(self)) == Kind.LIST ? listInplaceAdd(self, arg(args, 0)) : nativeBinary(self, arg(args, 0), BinOp.ADD);
}
function s_imul(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__imul__", n, kw, 1, 1)) return 0;
  return typeKind(typeOf(self)) == Kind.LIST ? listInplaceMul(self, arg(args, 0)) : nativeBinary(self, arg(args, 0), BinOp.MULTIPLY);
}
function s_ior(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__ior__", n, kw, 1, 1)) return 0;
  let k = typeKind(typeOf(self));
  if (k == Kind.DICT) return dictInplaceOr(self, arg(args, 0));
  if (k == Kind.SET) return setInplace(self, arg(args, 0), BinOp.OR);
  return nativeBinary(self, arg(args, 0), BinOp.OR);
}
// }====

// {==== comparisons

/** int's comparisons take ints only ((1).__eq__(1.0) is NotImplemented; float's take both). */
function cmpSlot(self: Val, other: Val, op: u32): Val {
  let ks = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (ks == Kind.INT || ks == Kind.BOOL) {
    let ko = isSmall(other) ? Kind.INT : typeKind(typeOf(other));
    if (ko != Kind.INT && ko != Kind.BOOL) return notImplVal();
  }
  return nativeCompare(self, other, op);
}

function s_eq(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__eq__", n, kw, 1, 1)) return 0; return cmpSlot(self, arg(args, 0), CmpOp.EQ); }
function s_ne(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__ne__", n, kw, 1, 1)) return 0; return cmpSlot(self, arg(args, 0), CmpOp.NE); }
function s_lt(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__lt__", n, kw, 1, 1)) return 0; return cmpSlot(self, arg(args, 0), CmpOp.LT); }
function s_le(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__le__", n, kw, 1, 1)) return 0; return cmpSlot(self, arg(args, 0), CmpOp.LE); }
function s_gt(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__gt__", n, kw, 1, 1)) return 0; return cmpSlot(self, arg(args, 0), CmpOp.GT); }
function s_ge(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__ge__", n, kw, 1, 1)) return 0; return cmpSlot(self, arg(args, 0), CmpOp.GE); }
// }====

// {==== unary, conversions, protocols
function s_neg(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__neg__", n, kw, 0, 0)) return 0; return nativeUnary(self, Op.UNARY_NEGATIVE); }
function s_pos(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__pos__", n, kw, 0, 0)) return 0; return nativeUnary(self, Op.UNARY_POSITIVE); }
function s_invert(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__invert__", n, kw, 0, 0)) return 0; return nativeUnary(self, Op.UNARY_INVERT); }
function s_abs(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__abs__", n, kw, 0, 0)) return 0;
  let k = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (k == Kind.FLOAT) return floatNew(Math.abs(load<f64>(self, 8)));
  if (k == Kind.BOOL) return mkSmall(load<i32>(self, 8));
  return intAbs(intExact(self));
}
function s_bool(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__bool__", n, kw, 0, 0)) return 0;
  let t = nativeTruthy(self);
  if (t < 0) return 0;
  return boolVal(t != 0);
}
function s_int(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__int__", n, kw, 0, 0)) return 0;
  let k = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (k == Kind.BOOL) return mkSmall(load<i32>(self, 8));
  if (k == Kind.INT) { let v = intExact(self); incref(v); return v; }
  return intFromObject(self);
}
function s_float(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__float__", n, kw, 0, 0)) return 0;
  let k = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (k == Kind.FLOAT) return floatNew(load<f64>(self, 8));
  return floatFromNumber(k == Kind.BOOL ? mkSmall(load<i32>(self, 8)) : intExact(self));
}
function s_len(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__len__", n, kw, 0, 0)) return 0;
  let r = seqLen(self);
  return r < 0 ? 0 : mkSmall(r);
}
function s_getitem(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__getitem__", n, kw, 1, 1)) return 0; return nativeGetItem(self, arg(args, 0)); }
function s_setitem(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__setitem__", n, kw, 2, 2)) return 0; return nativeSetItem(self, arg(args, 0), arg(args, 1)) ? noneVal() : 0; }
function s_delitem(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__delitem__", n, kw, 1, 1)) return 0; return nativeDelItem(self, arg(args, 0)) ? noneVal() : 0; }
function s_contains(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__contains__", n, kw, 1, 1)) return 0;
  let r = nativeContains(self, arg(args, 0));
  return r < 0 ? 0 : boolVal(r != 0);
}
function s_iter(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__iter__", n, kw, 0, 0)) return 0; return nativeGetIter(self); }
function s_hash(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__hash__", n, kw, 0, 0)) return 0;
  let h = nativeHash(self);
  if (h == -1 && excPending()) return 0;
  return intFromI64(h);
}
function s_repr(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("__repr__", n, kw, 0, 0)) return 0; return nativeRepr(self); }
function s_str(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__str__", n, kw, 0, 0)) return 0;
  let k = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (k == Kind.STR) return strCopy(self);
  if (k == Kind.EXCEPTION) return excStr(self);
  return nativeRepr(self);
}
import { strAlloc, strKind, strData, strMaxChar } from "./str";
/** An exact str with the same text (str.__str__ of a subclass instance). */
function strCopy(s: Val): Val {
  if (typeOf(s) == T_STR) { incref(s); return s; }
  let n = strLen(s);
  let r = strAlloc(n, strMaxChar(s, 0, n));
  if (r == 0 || n == 0) return r;
  memory.copy(strData(r), strData(s), <usize>n * <usize>strKind(r));
  return r;
}
function s_format(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__format__", n, kw, 1, 1)) return 0;
  let spec = arg(args, 0);
  if (isSmall(spec) || typeKind(typeOf(spec)) != Kind.STR) { raiseFmt(E.TypeError, "__format__() argument must be str, not %s", typeName(typeOf(spec))); return 0; }
  let k = isSmall(self) ? Kind.INT : typeKind(typeOf(self));
  if (k == Kind.FLOAT) return formatFloat(self, spec);
  if (k == Kind.BOOL) return strLen(spec) == 0 ? nativeRepr(self) : formatInt(mkSmall(load<i32>(self, 8)), spec);
  if (k == Kind.INT) return formatInt(intExact(self), spec);
  return formatStr(self, spec);
}
// }====

// {==== iterators: __next__ and __iter__ of the builtin iterator types

/** The native next step of a builtin iterator (never a subclass's __next__): new reference or 0. */
function iterStep(it: Val): Val {
  let t = typeOf(it);
  let k = typeKind(t);
  if (k == Kind.SEQ_ITER && t == staticType(T.RANGE_ITER)) return rangeIterNext(it);
  if (k == Kind.NATIVE_ITER) return nativeIterNext(it);
  return builtinIterNext(it);
}
function s_next(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__next__", n, kw, 0, 0)) return 0;
  let v = iterStep(self);
  if (v == 0 && !excPending()) {
    let x = excNew(excType(E.StopIteration), tupleEmpty());
    if (x != 0) raiseObj(x);
  }
  return v;
}
function s_iterSelf(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("__iter__", n, kw, 0, 0)) return 0;
  incref(self);
  return self;
}
import { rangeIterNext } from "./range";
import { nativeIterNext } from "./nativeiter";
import { builtinIterNext } from "./iter";
import { excNew, excType } from "./exc";
import { tupleEmpty } from "./tuple";
import { raiseObj } from "../vm/errors";
import { staticType, T } from "./type";

function iteratorSlots(): bool {
  for (let i = <i32>T.LIST_ITER; i <= <i32>T.NATIVE_ITER; i++) {
    let t = staticType(<T>i);
    if (!reg(t, "__next__", s_next) || !reg(t, "__iter__", s_iterSelf)) return false;
  }
  return true;
}
// }====

/** Register fns under the names in a comma-separated list (no allocation for the parsing). */
function reg(t: usize, name: string, fn: NativeFn): bool { return addMethod(t, name, fn); }

function numberSlots(t: usize, isInt: bool): bool {
  let ok = reg(t, "__add__", s_add) && reg(t, "__radd__", s_radd) && reg(t, "__sub__", s_sub) && reg(t, "__rsub__", s_rsub)
    && reg(t, "__mul__", s_mul) && reg(t, "__rmul__", s_rmul) && reg(t, "__truediv__", s_truediv) && reg(t, "__rtruediv__", s_rtruediv)
    && reg(t, "__floordiv__", s_floordiv) && reg(t, "__rfloordiv__", s_rfloordiv) && reg(t, "__mod__", s_mod) && reg(t, "__rmod__", s_rmod)
    && reg(t, "__pow__", s_pow) && reg(t, "__rpow__", s_rpow) && reg(t, "__divmod__", s_divmod) && reg(t, "__rdivmod__", s_rdivmod)
    && reg(t, "__neg__", s_neg) && reg(t, "__pos__", s_pos) && reg(t, "__abs__", s_abs) && reg(t, "__bool__", s_bool)
    && reg(t, "__int__", s_int) && reg(t, "__float__", s_float)
    && compareSlots(t) && reg(t, "__hash__", s_hash) && reg(t, "__repr__", s_repr) && reg(t, "__format__", s_format);
  if (ok && isInt) {
    ok = reg(t, "__and__", s_and) && reg(t, "__rand__", s_rand) && reg(t, "__or__", s_or) && reg(t, "__ror__", s_ror)
      && reg(t, "__xor__", s_xor) && reg(t, "__rxor__", s_rxor) && reg(t, "__lshift__", s_lshift) && reg(t, "__rlshift__", s_rlshift)
      && reg(t, "__rshift__", s_rshift) && reg(t, "__rrshift__", s_rrshift) && reg(t, "__invert__", s_invert);
  }
  return ok;
}

function compareSlots(t: usize): bool {
  return reg(t, "__eq__", s_eq) && reg(t, "__ne__", s_ne) && reg(t, "__lt__", s_lt) && reg(t, "__le__", s_le)
    && reg(t, "__gt__", s_gt) && reg(t, "__ge__", s_ge);
}

function seqSlots(t: usize, mutable: bool): bool {
  let ok = reg(t, "__len__", s_len) && reg(t, "__getitem__", s_getitem) && reg(t, "__contains__", s_contains)
    && reg(t, "__iter__", s_iter) && compareSlots(t) && reg(t, "__repr__", s_repr);
  if (ok && mutable) ok = reg(t, "__setitem__", s_setitem) && reg(t, "__delitem__", s_delitem);
  return ok;
}

export function slotsInit(): bool {
  return numberSlots(T_INT, true) && numberSlots(T_FLOAT, false)
    && seqSlots(T_STR, false) && reg(T_STR, "__add__", s_add) && reg(T_STR, "__mul__", s_mul) && reg(T_STR, "__rmul__", s_rmul)
    && reg(T_STR, "__mod__", s_mod) && reg(T_STR, "__hash__", s_hash) && reg(T_STR, "__str__", s_str) && reg(T_STR, "__format__", s_format)
    && seqSlots(T_TUPLE, false) && reg(T_TUPLE, "__add__", s_add) && reg(T_TUPLE, "__mul__", s_mul) && reg(T_TUPLE, "__rmul__", s_rmul)
    && reg(T_TUPLE, "__hash__", s_hash)
    && seqSlots(T_LIST, true) && reg(T_LIST, "__add__", s_add) && reg(T_LIST, "__mul__", s_mul) && reg(T_LIST, "__rmul__", s_rmul)
    && reg(T_LIST, "__iadd__", s_iadd) && reg(T_LIST, "__imul__", s_imul)
    && seqSlots(T_DICT, true) && reg(T_DICT, "__or__", s_or) && reg(T_DICT, "__ror__", s_ror) && reg(T_DICT, "__ior__", s_ior)
    && reg(T_SET, "__len__", s_len) && reg(T_SET, "__contains__", s_contains) && reg(T_SET, "__iter__", s_iter) && compareSlots(T_SET)
    && reg(T_SET, "__or__", s_or) && reg(T_SET, "__and__", s_and) && reg(T_SET, "__sub__", s_sub) && reg(T_SET, "__xor__", s_xor)
    && reg(T_SET, "__repr__", s_repr) && reg(T_SET, "__ior__", s_ior)
    && reg(T_FROZENSET, "__len__", s_len) && reg(T_FROZENSET, "__contains__", s_contains) && reg(T_FROZENSET, "__iter__", s_iter)
    && compareSlots(T_FROZENSET) && reg(T_FROZENSET, "__or__", s_or) && reg(T_FROZENSET, "__and__", s_and)
    && reg(T_FROZENSET, "__sub__", s_sub) && reg(T_FROZENSET, "__xor__", s_xor) && reg(T_FROZENSET, "__hash__", s_hash)
    && seqSlots(T_BYTES, false) && reg(T_BYTES, "__add__", s_add) && reg(T_BYTES, "__mul__", s_mul) && reg(T_BYTES, "__hash__", s_hash)
    && seqSlots(T_BYTEARRAY, true) && reg(T_BYTEARRAY, "__add__", s_add)
    && seqSlots(T_RANGE, false) && reg(T_RANGE, "__hash__", s_hash)
    && iteratorSlots();
}
