// Generic object operations, part 1: repr, str, hash, equality.
//
// Each switches on the kind of the value's type for the native behaviour; for classes (HEAP flag)
// a special method defined in Python (obj/type.ts typeSpecial) comes first. Container reprs guard
// against self-reference (`[...]`) and against deep nesting (RecursionError, never a wasm trap).

import { Val, isSmall, smallValue, incref, decref, xdecref } from "../obj/object";
import { T_STR, T_INT, T_FLOAT, T_BOOL, T_TUPLE, T_LIST, T_DICT, T_NONE, typeOf, typeKind, isHeapType,
         typeSpecial, typeName, T_TYPE, T_FROZENSET, T_SET, T_BUILTIN, PyType } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { strFromAS, strHash, strEq, strLen } from "../obj/str";
import { sbNew, sbStr, sbAS, sbFinish, sbFree, sbChar, sbI64 } from "../obj/strbuf";
import { tupleSize, tupleItem } from "../obj/tuple";
import { listSize, listItem } from "../obj/list";
import { dictEnd, dictNextAt, dictEntryKey, dictEntryValue, dictUsed } from "../obj/dict";
import { noneVal, trueVal, falseVal, notImplVal } from "../obj/singletons";
import { E } from "../obj/exc";
import { raiseFmt, raiseMsg, excPending } from "./errors";
import { callWithSelf } from "./call";
import { intRepr, intHash, intEq, intAsI64 } from "../obj/int";
import { floatRepr, floatHashObj } from "../obj/float";
import { strRepr } from "../obj/strrepr";
import { richCompare, objTruthy } from "./ops_num";
import { nativeDepth, setNativeDepth } from "./state";
import { reprDefault, reprOther } from "./reprs";
import { setRepr, setHash } from "../obj/set";
import { excStr, excRepr } from "./ops_exc";

//@@ MAX_NATIVE_DEPTH: nesting of native recursion (repr/eq of nested containers) before RecursionError.
// @ts-ignore: decorator
@inline export const MAX_NATIVE_DEPTH: u32 = 600;

/** Enter a level of native recursion; false (RecursionError raised) if too deep. */
export function enterNative(what: string): bool {
  if (nativeDepth >= MAX_NATIVE_DEPTH) {
    raiseMsg(E.RecursionError, what);
    return false;
  }
  setNativeDepth(nativeDepth + 1);
  return true;
}
// @ts-ignore: decorator
@inline export function leaveNative(): void { setNativeDepth(nativeDepth - 1); }

// {==== repr and str

/** repr(v): a new str, or 0. */
export function objRepr(v: Val): Val {
  if (isSmall(v)) return intRepr(v);
  let t = typeOf(v);
  if (t == T_STR) return strRepr(v);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_repr);
    if (m != 0) return checkStr(callWithSelf(m, v, 0, 0, 0), "__repr__");
  }
  return nativeRepr(v);
}

/** repr(v) by v's builtin kind only (object.__repr__, list.__repr__ …). */
export function nativeRepr(v: Val): Val {
  if (isSmall(v)) return intRepr(v);
  let t = typeOf(v);
  switch (typeKind(t)) {
    case Kind.INT: return intRepr(v);
    case Kind.FLOAT: return floatRepr(v);
    case Kind.STR: return strRepr(v);
    case Kind.NONE: return strFromAS("None");
    case Kind.BOOL: return strFromAS(load<i32>(v, 8) ? "True" : "False");
    case Kind.NOTIMPL: return strFromAS("NotImplemented");
    case Kind.ELLIPSIS: return strFromAS("Ellipsis");
    case Kind.TUPLE: return seqRepr(v, true);
    case Kind.LIST: return seqRepr(v, false);
    case Kind.DICT: return dictRepr(v);
    case Kind.SET: case Kind.FROZENSET: return setRepr(v);
    case Kind.EXCEPTION: return excRepr(v);
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesRepr(v);
  }
  return reprOther(v);
}

/** str(v): a new str, or 0. */
export function objStr(v: Val): Val {
  if (isSmall(v)) return intRepr(v);
  let t = typeOf(v);
  if (t == T_STR) { incref(v); return v; }
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_str);
    if (m != 0) return checkStr(callWithSelf(m, v, 0, 0, 0), "__str__");
    // no Python __str__: the base's own __str__ (str, BaseException), else repr() (object.__str__)
  }
  switch (typeKind(t)) {
    case Kind.STR: return strCopyExact(v);
    case Kind.EXCEPTION: return excStr(v);
  }
  return objRepr(v);
}

import { strSubstring } from "../obj/str";
function strCopyExact(v: Val): Val { return strSubstring(v, 0, strLen(v)) ; }

function checkStr(r: Val, what: string): Val {
  if (r == 0) return 0;
  if (isSmall(r) || typeKind(typeOf(r)) != Kind.STR) {
    raiseFmt(E.TypeError, what == "__repr__" ? "__repr__ returned non-string (type %T)" : "__str__ returned non-string (type %T)", r);
    decref(r);
    return 0;
  }
  return r;
}

function seqRepr(v: Val, isTuple: bool): Val {
  let n = isTuple ? tupleSize(v) : listSize(v);
  if (n == 0) return strFromAS(isTuple ? "()" : "[]");
  if (!isTuple && !reprEnter(v)) return strFromAS("[...]");
  if (!enterNative("maximum recursion depth exceeded while getting the repr of an object")) { if (!isTuple) reprLeave(v); return 0; }
  let sb = sbNew();
  if (sb == 0) { leaveNative(); if (!isTuple) reprLeave(v); return 0; }
  sbChar(sb, isTuple ? 40 : 91);
  let ok = true;
  for (let i = 0; ; i++) {
    let cur = isTuple ? tupleSize(v) : listSize(v);
    if (i >= cur) break;
    if (i > 0) sbAS(sb, ", ");
    let item = isTuple ? tupleItem(v, i) : listItem(v, i);
    incref(item);
    let r = objRepr(item);
    decref(item);
    if (r == 0) { ok = false; break; }
    sbStr(sb, r);
    decref(r);
  }
  if (isTuple && n == 1) sbChar(sb, 44);
  sbChar(sb, isTuple ? 41 : 93);
  leaveNative();
  if (!isTuple) reprLeave(v);
  if (!ok) { sbFree(sb); return 0; }
  return sbFinish(sb);
}

function dictRepr(v: Val): Val {
  if (dictUsed(v) == 0) return strFromAS("{}");
  if (!reprEnter(v)) return strFromAS("{...}");
  if (!enterNative("maximum recursion depth exceeded while getting the repr of an object")) { reprLeave(v); return 0; }
  let sb = sbNew();
  if (sb == 0) { leaveNative(); reprLeave(v); return 0; }
  sbChar(sb, 123);
  let ok = true;
  let first = true;
  for (let pos = dictNextAt(v, 0); pos >= 0; pos = dictNextAt(v, pos + 1)) {
    if (!first) sbAS(sb, ", ");
    first = false;
    let k = dictEntryKey(v, pos), val = dictEntryValue(v, pos);
    incref(k); incref(val);
    let rk = objRepr(k);
    let rv: Val = rk != 0 ? objRepr(val) : 0;
    decref(k); decref(val);
    if (rv == 0) { xdecref(rk); ok = false; break; }
    sbStr(sb, rk); sbAS(sb, ": "); sbStr(sb, rv);
    decref(rk); decref(rv);
  }
  sbChar(sb, 125);
  leaveNative();
  reprLeave(v);
  if (!ok) { sbFree(sb); return 0; }
  return sbFinish(sb);
}

// Objects whose repr is in progress (Py_ReprEnter): a small stack, enough for any sane nesting.
const REPR_STACK: usize = memory.data(4 * 640, 4);
let reprTop: i32 = 0;

/** false if v's repr is already in progress (a self-reference); else records it. */
export function reprEnter(v: Val): bool {
  for (let i = 0; i < reprTop; i++) if (load<u32>(REPR_STACK + (<usize>i << 2)) == v) return false;
  if (reprTop < 640) { store<u32>(REPR_STACK + (<usize>reprTop << 2), v); reprTop++; }
  return true;
}
export function reprLeave(v: Val): void {
  for (let i = reprTop - 1; i >= 0; i--) {
    if (load<u32>(REPR_STACK + (<usize>i << 2)) == v) {
      // remove entry i (normally the top)
      for (let j = i; j < reprTop - 1; j++) store<u32>(REPR_STACK + (<usize>j << 2), load<u32>(REPR_STACK + (<usize>(j + 1) << 2)));
      reprTop--;
      return;
    }
  }
}
// }====

// {==== hash and equality

/** hash(v), or -1 with TypeError pending for unhashable values. */
export function objHash(v: Val): i64 {
  if (isSmall(v)) { let x = smallValue(v); return x == -1 ? -2 : <i64>x; }
  let t = typeOf(v);
  if (t == T_STR) return strHash(v);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_hash);
    if (m == noneVal()) return unhashable(v);
    if (m != 0) {
      let r = callWithSelf(m, v, 0, 0, 0);
      if (r == 0) return -1;
      if (!isSmall(r) && typeKind(typeOf(r)) != Kind.INT && typeKind(typeOf(r)) != Kind.BOOL) {
        decref(r);
        raiseMsg(E.TypeError, "__hash__ method should return an integer");
        return -1;
      }
      // slot_tp_hash: the value itself when it fits in Py_ssize_t (64-bit), else the int's hash
      let ovf = memory.data(4);
      let h = intAsI64(r, ovf);
      if (load<u32>(ovf) != 0) h = intHash(r);
      decref(r);
      return h == -1 ? -2 : h;
    }
  }
  return nativeHash(v);
}

/** hash(v) by v's builtin kind only. */
export function nativeHash(v: Val): i64 {
  if (isSmall(v)) { let x = smallValue(v); return x == -1 ? -2 : <i64>x; }
  let t = typeOf(v);
  switch (typeKind(t)) {
    case Kind.INT: return intHash(v);
    case Kind.BOOL: return <i64>load<i32>(v, 8);
    case Kind.FLOAT: return floatHashObj(v);
    case Kind.STR: return strHash(v);
    case Kind.TUPLE: return tupleHash(v);
    case Kind.FROZENSET: return setHash(v);
    case Kind.LIST: case Kind.DICT: case Kind.SET: case Kind.BYTEARRAY: return unhashable(v);
    case Kind.BYTES: return bytesHashOf(v);
    case Kind.METHOD: {
      // method_hash: the bound object by identity, the function by its hash
      let h = pointerHash(load<u32>(v, 12)) ^ nativeHash(load<u32>(v, 8));
      return h == -1 ? -2 : h;
    }
  }
  if (t == T_BUILTIN && load<u32>(v, 12) != 0) {
    let h = pointerHash(load<u32>(v, 12)) ^ <i64>load<u32>(v, 8);
    return h == -1 ? -2 : h;
  }
  return pointerHash(v);
}

import { bytesHash, bytesRepr } from "../obj/bytes";
function bytesHashOf(v: Val): i64 { return bytesHash(v); }

/** CPython's _Py_HashPointer: the address rotated by 4 bits. */
export function pointerHash(v: Val): i64 {
  let y = <u64>v;
  y = (y >> 4) | (y << 60);   // on 64-bit CPython; our addresses are 32-bit, rotate within 64 bits
  let h = <i64>y;
  return h == -1 ? -2 : h;
}

function unhashable(v: Val): i64 {
  raiseFmt(E.TypeError, "unhashable type: '%s'", typeName(typeOf(v)));
  return -1;
}

/** CPython 3.11's tuplehash (xxHash-based). */
function tupleHash(v: Val): i64 {
  const P1: u64 = 11400714785074694791;
  const P2: u64 = 14029467366897019727;
  const P5: u64 = 2870177450012600261;
  let n = tupleSize(v);
  let acc: u64 = P5;
  for (let i = 0; i < n; i++) {
    let h = objHash(tupleItem(v, i));
    if (h == -1 && excPending()) return -1;
    acc += <u64>h * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += <u64>n ^ (P5 ^ 3527539);
  if (acc == <u64>-1) return 1546275796;
  return <i64>acc;
}

/** a == b as 1/0, or -1 on error. Identity implies equality (as CPython's containers assume). */
export function objEq(a: Val, b: Val): i32 {
  if (a == b) return 1;
  if (isSmall(a) && isSmall(b)) return 0;
  let ta = typeOf(a), tb = typeOf(b);
  if (ta == T_STR && tb == T_STR) return strEq(a, b) ? 1 : 0;
  if (ta == T_INT && tb == T_INT) return intEq(a, b) ? 1 : 0;
  let r = richCompare(a, b, 2);
  if (r == 0) return -1;
  let t = objTruthy(r);
  decref(r);
  return t;
}
// }====
