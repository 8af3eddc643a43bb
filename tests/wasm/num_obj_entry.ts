// tests/wasm/num_obj_entry.ts: test-only wasm entry for layer 2 of the numeric code
// (assembly/obj/int.ts, float.ts, format.ts) on the real core: it re-exports the core's door
// (assembly/index.ts: coreInit, the heap statistics) and adds thin wrappers so that
// tests/unit/num_obj.test.ts can make values from text, apply one operation, and read back the
// repr of the result or the pending exception as "!Type: message". Not part of the core build.

export * from "../../assembly/index";

import { Val, decref, isSmall, mkSmall, smallValue } from "../../assembly/obj/object";
import { typeOf, typeName } from "../../assembly/obj/type";
import { strFromUtf8, strLen, strUtf8Size, strEncodeUtf8, strData, strAlloc } from "../../assembly/obj/str";
const HEXC = "0123456789abcdef";
import { bytesNew, bytesData, bytesLen } from "../../assembly/obj/bytes";
import { noneVal, boolVal } from "../../assembly/obj/singletons";
import { fetchExc, excPending } from "../../assembly/vm/errors";
import { excArgs } from "../../assembly/obj/exc";
import { tupleSize, tupleItem } from "../../assembly/obj/tuple";
import { objRepr, objStr } from "../../assembly/vm/ops";
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intDivmod, intTrueDiv, intPow, intLshift, intRshift,
  intAnd, intOr, intXor, intNeg, intPos, intAbs, intInvert, intCompare, intHash, intToF64, intBitLength,
  intFromStr, intToStr, intToBytesInto, intFromBytes, intFromF64, intRound, intFromAscii, intFromI64,
  intSetMaxStrDigits, intMaxStrDigits, intEq, intSizeof, intAsI64,
} from "../../assembly/obj/int";
import {
  floatNew, floatAdd, floatSub, floatMul, floatTrueDiv, floatFloorDiv, floatMod, floatDivmod, floatPowF,
  floatRepr, floatFromStr, floatHex, floatFromHex, floatRound, floatAsIntegerRatio, floatIsInteger,
  floatHash, floatHashObj, floatCompareInt,
} from "../../assembly/obj/float";
import { formatInt, formatFloat, formatStr } from "../../assembly/obj/format";
import { strtodParse } from "../../assembly/num/strtod";
import { heapAlloc, heapFree } from "../../assembly/mem/heap";

/** A value from UTF-8 text: kind 0 int (decimal, any length), 1 float (a repr), 2 str, 3 bytes. */
export function ntMake(kind: i32, p: usize, n: i32): Val {
  if (kind == 0) {
    let lim = intMaxStrDigits();
    intSetMaxStrDigits(0);
    let v = intFromAscii(p, n, 10, noneVal());
    intSetMaxStrDigits(lim);
    return v;
  }
  if (kind == 1) return floatNew(strtodParse(p, n));
  if (kind == 2) return strFromUtf8(p, <usize>n);
  return bytesNew(p, n);
}

export function ntDecref(v: Val): void { if (v != 0) decref(v); }
export function ntNone(): Val { return noneVal(); }
export function ntSmall(i: i32): Val { return mkSmall(i); }
export function ntPending(): i32 { return excPending() ? 1 : 0; }

/** One operation; the result is a new reference, or 0 with an exception pending. */
export function ntOp(op: i32, a: Val, b: Val, c: Val): Val {
  switch (op) {
    case 0: return intAdd(a, b);
    case 1: return intSub(a, b);
    case 2: return intMul(a, b);
    case 3: return intFloorDiv(a, b);
    case 4: return intMod(a, b);
    case 5: return intDivmod(a, b);
    case 6: return intTrueDiv(a, b);
    case 7: return intPow(a, b, 0);
    case 8: return intPow(a, b, c);
    case 9: return intLshift(a, b);
    case 10: return intRshift(a, b);
    case 11: return intAnd(a, b);
    case 12: return intOr(a, b);
    case 13: return intXor(a, b);
    case 14: return intNeg(a);
    case 15: return intPos(a);
    case 16: return intAbs(a);
    case 17: return intInvert(a);
    case 18: return mkSmall(intCompare(a, b));
    case 19: return intFromI64(intHash(a));
    case 20: { let x = intToF64(a); if (excPending()) return 0; return floatNew(x); }
    case 21: return mkSmall(intBitLength(a));
    case 22: return intFromStr(a, smallValue(b));
    case 23: return intToStr(a, smallValue(b));
    case 24: {
      // to_bytes(length b, flags c: bit 0 little, bit 1 signed)
      let len = smallValue(b), fl = smallValue(c);
      let buf = heapAlloc(<usize>len + 1);
      if (!intToBytesInto(a, buf, len, (fl & 1) != 0, (fl & 2) != 0)) { heapFree(buf, <usize>len + 1); return 0; }
      // as hex text: the test reads bytes back without bytes.__repr__
      let r = strAlloc(len * 2, 0x7f);
      if (r != 0) for (let i = 0; i < len; i++) {
        let byte = <u32>load<u8>(buf + <usize>i);
        store<u8>(strData(r) + <usize>(2 * i), <u8>HEXC.charCodeAt(byte >> 4));
        store<u8>(strData(r) + <usize>(2 * i + 1), <u8>HEXC.charCodeAt(byte & 15));
      }
      heapFree(buf, <usize>len + 1);
      return r;
    }
    case 25: { let fl = smallValue(b); return intFromBytes(bytesData(a), bytesLen(a), (fl & 1) != 0, (fl & 2) != 0); }
    case 26: return intFromF64(load<f64>(a, 8));
    case 27: return intRound(a, b);
    case 28: return boolVal(intEq(a, b));
    case 29: return intFromI64(<i64>intSizeof(a));
    case 30: { let ovf = memory.data(4); let x = intAsI64(a, ovf); return load<u32>(ovf) ? mkSmall(-1) : intFromI64(x); }

    case 40: return floatAdd(load<f64>(a, 8), load<f64>(b, 8));
    case 41: return floatSub(load<f64>(a, 8), load<f64>(b, 8));
    case 42: return floatMul(load<f64>(a, 8), load<f64>(b, 8));
    case 43: return floatTrueDiv(load<f64>(a, 8), load<f64>(b, 8));
    case 44: return floatFloorDiv(load<f64>(a, 8), load<f64>(b, 8));
    case 45: return floatMod(load<f64>(a, 8), load<f64>(b, 8));
    case 46: return floatDivmod(load<f64>(a, 8), load<f64>(b, 8));
    case 47: return floatPowF(load<f64>(a, 8), load<f64>(b, 8));
    case 48: return floatRepr(a);
    case 49: return floatFromStr(a);
    case 50: return floatHex(load<f64>(a, 8));
    case 51: return floatFromHex(a);
    case 52: return floatRound(a, b);
    case 53: return floatAsIntegerRatio(load<f64>(a, 8));
    case 54: return boolVal(floatIsInteger(load<f64>(a, 8)));
    case 55: return intFromI64(floatHash(load<f64>(a, 8)));
    case 56: return mkSmall(floatCompareInt(load<f64>(a, 8), b));
    case 57: return intFromI64(floatHashObj(a));

    case 60: return formatInt(a, b);
    case 61: return formatFloat(a, b);
    case 62: return formatStr(a, b);
  }
  return 0;
}

/**
 * The text of v as UTF-8 at out (cap bytes): mode 0 repr, 1 str. With v == 0, the pending
 * exception as "!Type: message" (and it is cleared). Returns the byte length (-1 if over cap).
 */
export function ntText(v: Val, mode: i32, out: usize, cap: i32): i32 {
  let s: Val;
  if (v == 0) {
    let x = fetchExc();
    if (x == 0) return -2;
    let args = excArgs(x);
    let msg = args != 0 && tupleSize(args) > 0 ? objStr(tupleItem(args, 0)) : objStr(x);
    let name = typeName(typeOf(x));
    let n1 = <i32>strUtf8Size(name);
    let n2 = msg != 0 ? <i32>strUtf8Size(msg) : 0;
    if (3 + n1 + n2 > cap) { if (msg) decref(msg); decref(x); return -1; }
    store<u8>(out, 33);
    strEncodeUtf8(name, 0, strLen(name), out + 1);
    store<u8>(out + 1 + <usize>n1, 58); store<u8>(out + 2 + <usize>n1, 32);
    if (msg != 0) { strEncodeUtf8(msg, 0, strLen(msg), out + 3 + <usize>n1); decref(msg); }
    decref(x);
    return 3 + n1 + n2;
  }
  // the result's own text is not subject to sys.get_int_max_str_digits (the fixtures lift it)
  let lim = intMaxStrDigits();
  intSetMaxStrDigits(0);
  s = mode == 0 ? objRepr(v) : objStr(v);
  intSetMaxStrDigits(lim);
  if (s == 0) return -3;
  let n = <i32>strUtf8Size(s);
  if (n > cap) { decref(s); return -1; }
  strEncodeUtf8(s, 0, strLen(s), out);
  decref(s);
  return n;
}

/** A scratch block of n bytes outside any object (for text in and out). */
export function ntAlloc(n: usize): usize { return heapAlloc(n); }
export function ntFree(p: usize, n: usize): void { heapFree(p, n); }

/** sys.set_int_max_str_digits (0: no limit), so huge results can be read back as text. */
export function ntSetLimit(n: i32): void { intSetMaxStrDigits(n); }

// {==== timing loops for the report (benches measure; the tests do not time these)

/** count x repr(float) over x0, x0*mul, …: allocate, repr, release. Returns a checksum. */
export function ntBenchFloatRepr(x0: f64, mul: f64, count: i32): i32 {
  let x = x0, sum = 0;
  for (let i = 0; i < count; i++) {
    let f = floatNew(x);
    let s = floatRepr(f);
    sum += strLen(s);
    decref(s); decref(f);
    x *= mul;
  }
  return sum;
}

/** count x str(i) for small ints i0, i0+step, … */
export function ntBenchIntStr(i0: i32, step: i32, count: i32): i32 {
  let sum = 0, v = i0;
  for (let i = 0; i < count; i++) {
    let s = intToStr(mkSmall(v), 10);
    sum += strLen(s);
    decref(s);
    v += step;
    if (v > 1000000000 || v < -1000000000) v = i0;
  }
  return sum;
}

/** count x floatNew(x) + release, x cycling through values. */
export function ntBenchFloatNew(x0: f64, step: f64, count: i32): i32 {
  let x = x0, sum = 0;
  for (let i = 0; i < count; i++) {
    let f = floatNew(x);
    sum += <i32>(f & 0xff);
    decref(f);
    x += step;
    if (x > 1e6) x = x0;
  }
  return sum;
}

/** count x str(big int) of ~nd-digit ints: returns a checksum. */
export function ntBenchBigStr(v: Val, count: i32): i32 {
  let sum = 0;
  for (let i = 0; i < count; i++) { let s = intToStr(v, 10); sum += strLen(s); decref(s); }
  return sum;
}

/** count x float(text). */
export function ntBenchParse(p: usize, n: i32, count: i32): f64 {
  let sum = 0.0;
  for (let i = 0; i < count; i++) sum += strtodParse(p, n);
  return sum;
}
// }====

import { floatFreeListClear } from "../../assembly/obj/float";
/** Empties the float free list, whose parked floats are allocated blocks: the leak check
 *  measures objects, not the cache. */
export function nFreeListsClear(): void { floatFreeListClear(); }
