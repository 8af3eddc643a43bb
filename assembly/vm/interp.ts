// The interpreter loop: one `while (true) switch` over the opcode byte of 32-bit instruction words.
//
// Conventions (STYLE.md §4): a case ends with `continue` on success; on failure (the exception is
// pending in vm/errors.ts curExc) it `break`s out of the switch into the unwinder below it. Fast
// paths (tagged small ints, exact floats, lists, ranges) are inline; everything else calls a named
// slow path in vm/ops*.ts or vm/call.ts. Python-to-Python calls do not recurse in wasm: CALL pushes
// a frame and continues in the same loop; RETURN_VALUE pops it. run() itself recurses only when
// native code calls back into Python (sorted(key=…), __eq__ from a dict, generators).
//
// Invariants: `ip` is the address of the next instruction word (the unwinder reports ip - 4); a
// frame's +24 field holds its ip only while it is not the running frame (saved by CALL and YIELD);
// `sp` is the address of the next free stack slot; every value on the stack and in localsplus owns
// a reference.

import { Val, isSmall, smallValue, mkSmall, fitsSmall, incref, decref, xdecref, xincref, increfObj } from "../obj/object";
import { Op, BinOp, CmpOp } from "./opcodes";
import { T_FLOAT, T_INT, T_LIST, T_TUPLE, T_FUNCTION, T_DICT, T_STR, T_RANGE_ITER, T_LIST_ITER, T_ENUMERATE, T_DICT_ITEMITER, T_ZIP, T_BOOL, typeOf, typePlainAttrs } from "../obj/type";
import { TUPLE_HEADER, tupleNew, tupleSet, tupleSize, tupleItem } from "../obj/tuple";
import { listNew, listSize, listItems, listItem, listAppend, listSetSize } from "../obj/list";
import { dictNew, dictGetStr, dictSetItem, dictVersion, dictIndexStr, dictValueSlot, dictDelItem, dictCachedValue, dictCachedSlot } from "../obj/dict";
import { floatNew, floatNewFast, floatDeallocFast } from "../obj/float";
import { cellNew, cellGet, cellSet } from "../obj/cell";
import { funcClosure, funcCode } from "../obj/func";
import { codeWords, codeConsts, codeNames, codeNlocalsplus, codeFindHandler, codeLine, codeFlags, CO } from "../obj/code";
import { noneVal, trueVal, falseVal, boolVal } from "../obj/singletons";
import { tbNew, excTraceback, excSetTraceback, excType, E } from "../obj/exc";
import { FRAME_HEADER, FF, framePush, frameClear, framePop, frameCode } from "./frame";
import { curExc, fetchExc, raiseObj, raiseFmt, raiseMsg, excPending, clearExc } from "./errors";
import { excHandled, setExcHandled, setCurFrame, curFrame, callDepth, setCallDepth } from "./state";
import { tunRecursionLimit } from "./tunables";
import { binaryOp, unaryOp, richCompare, compareBool, objTruthy, objIs } from "./ops_num";
import { objGetAttr, objSetAttr, objDelAttr, objLoadMethod, loadAttrSlow, storeAttrSlow } from "./ops_attr";
import { objGetItem, objSetItem, objDelItem, objGetIter, iterNext, objContains, objLen, buildSlice, sliceOf, listAssignSliceOut } from "./ops_seq";
import { sliceAdjust } from "../obj/range";
import { strLen, strAppendInPlace } from "../obj/str";
import { intAdd, intSub, intMul } from "../obj/int";
import { iterNextUnpack } from "../obj/iter";
import { opStat } from "./opstats";
import { OP_STATS } from "../config";
import { Kind } from "../obj/kinds";
import { callObject, bindArgs, callFunctionEx, makeFunction, isSimpleFunction } from "./call";
import { genYieldFromIter, genSend, sendReturned } from "../obj/gen";
import { gcPending } from "../gc/track";
import { gcSafePoint } from "../gc/cycles";
import { rangeIterNext } from "../obj/range";
import { unpackSequence, unpackEx, buildString, formatValue, buildConstKeyMap, buildMap, buildSet,
         setAdd, setUpdate, listExtend, dictUpdate, dictMergeOp, listToTuple, checkExcMatch, doRaise,
         beforeWith, withExceptStart, importName, importFrom, importStar, loadName, loadClassDeref,
         loadBuildClass, setupAnnotations, loadGlobalMiss, raiseUnbound, raiseUnboundDeref, getLen } from "./ops_misc";

/** decref for a value that may be NULL, inlined here (object.ts xdecref is not, being recursive). */
// @ts-ignore: decorator
@inline function drop(v: Val): void {
  if (v != 0 && !(v & 1)) {
    let rc = load<u32>(v) - 1;
    if (rc == 0) { if (load<u32>(v, 4) == <u32>T_FLOAT) floatDeallocFast(v); else typeDealloc(v); }
    else store<u32>(v, rc);
  }
}
import { typeDealloc } from "../gc/dealloc";

/** Set by YIELD_VALUE: run() returned because the generator frame yielded (not returned). */
export let yielded: bool = false;
export function clearYielded(): void { yielded = false; }

// @ts-ignore: decorator
@inline function pcIndex(ip: usize, words: usize): i32 { return <i32>((ip - words) >> 2); }

/**
 * Run frame `entry` (already set up by the caller, flags ENTRY) until it returns or yields.
 * Returns the value (a new reference), or 0 with the exception pending.
 */
export function run(entry: usize): Val {
  let f = entry;
  let code = frameCode(f);
  let words = codeWords(code);
  let consts = <usize>codeConsts(code) + TUPLE_HEADER;
  let names = <usize>codeNames(code) + TUPLE_HEADER;
  let lp = f + FRAME_HEADER;
  let ip = <usize>load<u32>(f, 24);
  if (ip == 0) ip = words;
  let sp = <usize>load<u32>(f, 28);
  let kwnames: Val = 0;
  let reraise = false;
  setCurFrame(f);

  while (true) {
    let w = load<u32>(ip);
    ip += 4;
    let arg = w >> 8;
    if (OP_STATS) opStat(w & 0xff);
    switch (w & 0xff) {
      // {==== stack
      case Op.NOP: continue;
      case Op.POP_TOP: { sp -= 4; drop(load<u32>(sp)); continue; }
      case Op.PUSH_NULL: { store<u32>(sp, 0); sp += 4; continue; }
      case Op.COPY: {
        let v = load<u32>(sp - (<usize>arg << 2));
        incref(v);
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.SWAP: {
        let a = sp - 4, b = sp - (<usize>arg << 2);
        let t = load<u32>(a); store<u32>(a, load<u32>(b)); store<u32>(b, t);
        continue;
      }
      // }====
      // {==== locals, constants, globals
      case Op.LOAD_CONST: {
        let v = load<u32>(consts + (<usize>arg << 2));
        incref(v);
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.LOAD_FAST: {
        let v = load<u32>(lp + (<usize>arg << 2));
        if (v == 0) { raiseUnbound(code, arg); break; }
        incref(v);
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.STORE_FAST: {
        sp -= 4;
        let slot = lp + (<usize>arg << 2);
        let old = load<u32>(slot);
        store<u32>(slot, load<u32>(sp));
        drop(old);
        continue;
      }
      case Op.DELETE_FAST: {
        let slot = lp + (<usize>arg << 2);
        let old = load<u32>(slot);
        if (old == 0) { raiseUnbound(code, arg); break; }
        store<u32>(slot, 0);
        decref(old);
        continue;
      }
      case Op.LOAD_FAST_LOAD_FAST: {
        let a = load<u32>(lp + (<usize>(arg & 0xfff) << 2));
        if (a == 0) { raiseUnbound(code, arg & 0xfff); break; }
        let b = load<u32>(lp + (<usize>(arg >> 12) << 2));
        if (b == 0) { raiseUnbound(code, arg >> 12); break; }
        incref(a); incref(b);
        store<u32>(sp, a); store<u32>(sp + 4, b); sp += 8;
        continue;
      }
      case Op.LOAD_FAST_LOAD_CONST: {
        let a = load<u32>(lp + (<usize>(arg & 0xfff) << 2));
        if (a == 0) { raiseUnbound(code, arg & 0xfff); break; }
        let c = load<u32>(consts + (<usize>(arg >> 12) << 2));
        incref(a); incref(c);
        store<u32>(sp, a); store<u32>(sp + 4, c); sp += 8;
        continue;
      }
      case Op.STORE_FAST_STORE_FAST: {
        sp -= 8;
        let s1 = lp + (<usize>(arg & 0xfff) << 2), s2 = lp + (<usize>(arg >> 12) << 2);
        let old1 = load<u32>(s1);
        store<u32>(s1, load<u32>(sp + 4));
        let old2 = load<u32>(s2);
        store<u32>(s2, load<u32>(sp));
        drop(old1); drop(old2);
        continue;
      }
      case Op.STORE_FAST_LOAD_FAST: {
        sp -= 4;
        let slot = lp + (<usize>(arg & 0xfff) << 2);
        let old = load<u32>(slot);
        store<u32>(slot, load<u32>(sp));
        drop(old);
        let b = load<u32>(lp + (<usize>(arg >> 12) << 2));
        if (b == 0) { raiseUnbound(code, arg >> 12); break; }
        incref(b);
        store<u32>(sp, b); sp += 4;
        continue;
      }
      case Op.LOAD_GLOBAL: {
        // cache: [globals version, builtins version, entry+1 | 0x80000000 if found in builtins]
        let c2 = load<u32>(ip, 8);
        let globals = load<u32>(f, 8);
        let v: Val = 0;
        if (c2 != 0 && dictVersion(globals) == load<u32>(ip)) {
          if (!(c2 & 0x80000000)) v = load<u32>(dictValueSlot(globals, <i32>c2 - 1));
          else {
            let builtins = load<u32>(f, 12);
            if (dictVersion(builtins) == load<u32>(ip, 4)) v = load<u32>(dictValueSlot(builtins, <i32>(c2 & 0x7fffffff) - 1));
          }
        }
        if (v == 0) {
          v = loadGlobalMiss(f, load<u32>(names + (<usize>(arg >> 1) << 2)), ip);
          if (v == 0) break;
        }
        ip += 12;
        incref(v);
        if (arg & 1) { store<u32>(sp, 0); sp += 4; }
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.STORE_GLOBAL: {
        sp -= 4;
        let v = load<u32>(sp);
        let ok = dictSetItem(load<u32>(f, 8), load<u32>(names + (<usize>arg << 2)), v);
        decref(v);
        if (!ok) break;
        continue;
      }
      case Op.DELETE_GLOBAL: {
        let name = load<u32>(names + (<usize>arg << 2));
        let r = dictDelItem(load<u32>(f, 8), name);
        if (r < 0) break;
        if (r == 0) { raiseFmt(E.NameError, "name '%s' is not defined", name); break; }
        continue;
      }
      case Op.LOAD_NAME: {
        let v = loadName(f, load<u32>(names + (<usize>arg << 2)));
        if (v == 0) break;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.STORE_NAME: {
        sp -= 4;
        let v = load<u32>(sp);
        let locals = load<u32>(f, 16);
        let ok = locals != 0 ? objSetItem(locals, load<u32>(names + (<usize>arg << 2)), v) : false;
        if (locals == 0) raiseMsg(E.SystemError, "no locals found when storing name");
        decref(v);
        if (!ok) break;
        continue;
      }
      case Op.DELETE_NAME: {
        let name = load<u32>(names + (<usize>arg << 2));
        let r = dictDelItem(load<u32>(f, 16), name);
        if (r < 0) break;
        if (r == 0) { raiseFmt(E.NameError, "name '%s' is not defined", name); break; }
        continue;
      }
      case Op.MAKE_CELL: {
        let slot = lp + (<usize>arg << 2);
        let old = load<u32>(slot);
        let c = cellNew(old);
        if (c == 0) break;
        store<u32>(slot, c);
        drop(old);
        continue;
      }
      case Op.COPY_FREE_VARS: {
        let closure = funcClosure(load<u32>(f, 4));
        let base = lp + (<usize>(codeNlocalsplus(code) - <i32>arg) << 2);
        for (let i: u32 = 0; i < arg; i++) {
          let c = tupleItem(closure, <i32>i);
          incref(c);
          store<u32>(base + (<usize>i << 2), c);
        }
        continue;
      }
      case Op.LOAD_CLOSURE: {
        let c = load<u32>(lp + (<usize>arg << 2));
        incref(c);
        store<u32>(sp, c); sp += 4;
        continue;
      }
      case Op.LOAD_DEREF: {
        let v = cellGet(load<u32>(lp + (<usize>arg << 2)));
        if (v == 0) { raiseUnboundDeref(code, arg); break; }
        incref(v);
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.LOAD_CLASSDEREF: {
        let v = loadClassDeref(f, code, arg);
        if (v == 0) break;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.STORE_DEREF: {
        sp -= 4;
        let v = load<u32>(sp);
        cellSet(load<u32>(lp + (<usize>arg << 2)), v);
        decref(v);
        continue;
      }
      case Op.DELETE_DEREF: {
        let c = load<u32>(lp + (<usize>arg << 2));
        if (cellGet(c) == 0) { raiseUnboundDeref(code, arg); break; }
        cellSet(c, 0);
        continue;
      }
      // }====
      // {==== attributes
      case Op.LOAD_ATTR: {
        // cache: [unused, instance-dict entry + 1] (vm/ops_attr.ts loadAttrSlow fills it)
        let o = load<u32>(sp - 4);
        let name = load<u32>(names + (<usize>arg << 2));
        let v: Val = 0;
        let c1 = load<u32>(ip, 4);
        if (c1 != 0 && !isSmall(o)) {
          let t = <usize>load<u32>(o, 4);
          if (typePlainAttrs(t)) {
            let d = load<u32>(o + <usize>load<u32>(t, 40));
            if (d != 0) v = dictCachedValue(d, c1 - 1, name);
          }
        }
        if (v != 0) incref(v);
        else {
          v = loadAttrSlow(o, name, ip);
          if (v == 0) break;
        }
        store<u32>(sp - 4, v);
        decref(o);
        ip += 8;
        continue;
      }
      case Op.STORE_ATTR: {
        let o = load<u32>(sp - 4), v = load<u32>(sp - 8);
        let name = load<u32>(names + (<usize>arg << 2));
        let c1 = load<u32>(ip, 4);
        let slot: usize = 0;
        if (c1 != 0 && !isSmall(o)) {
          let t = <usize>load<u32>(o, 4);
          if (typePlainAttrs(t)) {
            let d = load<u32>(o + <usize>load<u32>(t, 40));
            if (d != 0) slot = dictCachedSlot(d, c1 - 1, name);
          }
        }
        if (slot != 0) {
          let old = load<u32>(slot);
          store<u32>(slot, v);       // the stack's reference moves into the dict
          sp -= 8;
          decref(old);
          decref(o);
          ip += 8;
          continue;
        }
        if (!storeAttrSlow(o, name, v, ip)) break;
        sp -= 8;
        decref(o); decref(v);
        ip += 8;
        continue;
      }
      case Op.DELETE_ATTR: {
        sp -= 4;
        let o = load<u32>(sp);
        let ok = objDelAttr(o, load<u32>(names + (<usize>arg << 2)));
        decref(o);
        if (!ok) break;
        continue;
      }
      case Op.LOAD_METHOD: {
        // cache: [type version, the function found on the class]; an instance dict could still shadow it
        let o = load<u32>(sp - 4);
        let c0 = load<u32>(ip);
        if (c0 != 0 && !isSmall(o)) {
          let t = <usize>load<u32>(o, 4);
          if (load<u32>(t, 48) == c0) {
            let off = load<u32>(t, 40);
            let d: Val = off != 0 ? load<u32>(o + <usize>off) : 0;
            if (d == 0 || dictGetStr(d, load<u32>(names + (<usize>arg << 2))) == 0) {
              let m = load<u32>(ip, 4);
              incref(m);
              store<u32>(sp - 4, m);
              store<u32>(sp, o); sp += 4;
              ip += 8;
              continue;
            }
          }
        }
        // owner on top -> [meth, owner] or [NULL, attr]; objLoadMethod writes both slots
        if (!objLoadMethod(sp - 4, load<u32>(names + (<usize>arg << 2)), ip)) break;
        sp += 4;
        ip += 8;
        continue;
      }
      case Op.LOAD_ASSERTION_ERROR: {
        let t = excType(E.AssertionError);
        store<u32>(sp, <u32>t); sp += 4;
        continue;
      }
      case Op.LOAD_BUILD_CLASS: {
        let v = loadBuildClass(f);
        if (v == 0) break;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.SETUP_ANNOTATIONS: { if (!setupAnnotations(f)) break; continue; }
      // }====
      // {==== operators
      case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: {
        let v = load<u32>(sp - 4);
        let r: Val;
        let op = w & 0xff;
        if (isSmall(v) && op == Op.UNARY_NEGATIVE && v != mkSmall(-(1 << 30))) r = mkSmall(-smallValue(v));
        else if (op == Op.UNARY_NOT) {
          let t = objTruthy(v);
          if (t < 0) break;
          r = boolVal(t == 0);
        } else {
          r = unaryOp(v, op);
          if (r == 0) break;
        }
        store<u32>(sp - 4, r);
        decref(v);
        continue;
      }
      case Op.BINARY_OP_CONST: {
        let c = load<u32>(consts + (<usize>(arg >> 5) << 2));
        incref(c);
        store<u32>(sp, c); sp += 4;
        arg &= 31;
      }
      // falls through: BINARY_OP with the BinOp in arg
      case Op.BINARY_OP: {
        let a = load<u32>(sp - 8), b = load<u32>(sp - 4);
        let r: Val = 0;
        if (isSmall(a & b)) {
          // both tagged: a & b keeps bit 0 only if both have it
          let x = smallValue(a), y = smallValue(b);
          switch (arg) {
            case BinOp.ADD: case BinOp.INPLACE_ADD: { let s = <i64>x + <i64>y; if (fitsSmall(s)) r = mkSmall(<i32>s); break; }
            case BinOp.SUBTRACT: case BinOp.INPLACE_SUBTRACT: { let s = <i64>x - <i64>y; if (fitsSmall(s)) r = mkSmall(<i32>s); break; }
            case BinOp.MULTIPLY: case BinOp.INPLACE_MULTIPLY: { let s = <i64>x * <i64>y; if (fitsSmall(s)) r = mkSmall(<i32>s); break; }
            case BinOp.FLOOR_DIVIDE: case BinOp.INPLACE_FLOOR_DIVIDE: {
              if (y != 0) { let q = x / y; if ((x % y != 0) && ((x ^ y) < 0)) q--; if (fitsSmall(<i64>q)) r = mkSmall(q); }
              break;
            }
            case BinOp.REMAINDER: case BinOp.INPLACE_REMAINDER: {
              if (y != 0) { let m = x % y; if (m != 0 && ((m ^ y) < 0)) m += y; r = mkSmall(m); }
              break;
            }
            case BinOp.AND: case BinOp.INPLACE_AND: r = a & b; break;
            case BinOp.OR: case BinOp.INPLACE_OR: r = a | b; break;
            case BinOp.XOR: case BinOp.INPLACE_XOR: r = mkSmall(x ^ y); break;
            case BinOp.RSHIFT: case BinOp.INPLACE_RSHIFT: { if (y >= 0) r = mkSmall(y > 31 ? (x < 0 ? -1 : 0) : x >> y); break; }
            case BinOp.LSHIFT: case BinOp.INPLACE_LSHIFT: {
              if (y >= 0 && y < 32) { let s = <i64>x << <i64>y; if (fitsSmall(s)) r = mkSmall(<i32>s); }
              break;
            }
            case BinOp.TRUE_DIVIDE: case BinOp.INPLACE_TRUE_DIVIDE: {
              // both exact as doubles, so one IEEE division is the correctly rounded quotient
              if (y != 0) { r = floatNewFast(<f64>x / <f64>y); if (r == 0) break; }
              break;
            }
          }
          if (r != 0) { store<u32>(sp - 8, r); sp -= 4; continue; }
          if (excPending()) break;
        } else if ((isSmall(a) || load<u32>(a, 4) == <u32>T_FLOAT) && (isSmall(b) || load<u32>(b, 4) == <u32>T_FLOAT)) {
          // float with float or with a small int: a tagged int converts exactly to a double
          let x = isSmall(a) ? <f64>smallValue(a) : load<f64>(a, 8);
          let y = isSmall(b) ? <f64>smallValue(b) : load<f64>(b, 8);
          let done = true;
          let z: f64 = 0;
          switch (arg) {
            case BinOp.ADD: case BinOp.INPLACE_ADD: z = x + y; break;
            case BinOp.SUBTRACT: case BinOp.INPLACE_SUBTRACT: z = x - y; break;
            case BinOp.MULTIPLY: case BinOp.INPLACE_MULTIPLY: z = x * y; break;
            case BinOp.TRUE_DIVIDE: case BinOp.INPLACE_TRUE_DIVIDE: if (y != 0) z = x / y; else done = false; break;
            case BinOp.POWER: case BinOp.INPLACE_POWER:
              // the ordinary case; zero, negative bases and overflow take the slow path's rules
              if (x > 0 && isFinite(x) && isFinite(y)) { z = Math.pow(x, y); if (!isFinite(z) || z == 0) done = false; }
              else done = false;
              break;
            default: done = false;
          }
          if (done) {
            // reuse an operand whose only reference is the stack's (no allocation), unless the
            // result belongs in the shared cache of integral floats (obj/float.ts floatNew)
            if (z != Math.trunc(z) || Math.abs(z) > 10.0) {
              if (!isSmall(a) && load<u32>(a) == 1) {
                store<f64>(a, z, 8);
                sp -= 4;
                drop(b);
                continue;
              }
              if (!isSmall(b) && load<u32>(b) == 1) {
                store<f64>(b, z, 8);
                store<u32>(sp - 8, b); sp -= 4;
                drop(a);
                continue;
              }
            }
            r = floatNewFast(z);
            if (r == 0) break;
            store<u32>(sp - 8, r); sp -= 4;
            drop(a); drop(b);
            continue;
          }
        }
        if ((isSmall(a) || load<u32>(a, 4) == <u32>T_INT) && (isSmall(b) || load<u32>(b, 4) == <u32>T_INT)
            && (arg == BinOp.ADD || arg == BinOp.INPLACE_ADD || arg == BinOp.SUBTRACT || arg == BinOp.INPLACE_SUBTRACT
                || arg == BinOp.MULTIPLY || arg == BinOp.INPLACE_MULTIPLY)) {
          // exact ints beyond the tagged range (running sums, products): straight to int.ts
          r = arg == BinOp.ADD || arg == BinOp.INPLACE_ADD ? intAdd(a, b)
            : arg == BinOp.SUBTRACT || arg == BinOp.INPLACE_SUBTRACT ? intSub(a, b) : intMul(a, b);
          if (r == 0) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          drop(a); drop(b);
          continue;
        }
        if (arg == BinOp.INPLACE_ADD && !isSmall(a) && load<u32>(a, 4) == <u32>T_STR && load<u32>(a) == 2
            && !isSmall(b) && load<u32>(b, 4) == <u32>T_STR && (load<u32>(ip) & 0xff) == Op.STORE_FAST
            && load<u32>(lp + (<usize>(load<u32>(ip) >> 8) << 2)) == a) {
          // `s += t` with s a local that nothing else holds: CPython's trick of growing the
          // string in place, so a loop of appends is linear, not quadratic
          let slot = lp + (<usize>(load<u32>(ip) >> 8) << 2);
          store<u32>(slot, 0);
          store<u32>(a, 1);
          r = strAppendInPlace(a, b);
          if (r == 0) { store<u32>(slot, a); store<u32>(a, 2); break; }
          sp -= 4;
          store<u32>(sp - 4, r);
          drop(b);
          continue;
        }
        r = binaryOp(a, b, arg);
        if (r == 0) break;
        sp -= 4;
        store<u32>(sp - 4, r);
        decref(a); decref(b);
        continue;
      }
      case Op.COMPARE_OP: {
        let a = load<u32>(sp - 8), b = load<u32>(sp - 4);
        let res: i32 = -1;
        if (isSmall(a & b)) {
          let x = <i32>a, y = <i32>b;   // tagging preserves order
          switch (arg) {
            case CmpOp.LT: res = <i32>(x < y); break;
            case CmpOp.LE: res = <i32>(x <= y); break;
            case CmpOp.EQ: res = <i32>(x == y); break;
            case CmpOp.NE: res = <i32>(x != y); break;
            case CmpOp.GT: res = <i32>(x > y); break;
            default: res = <i32>(x >= y);
          }
        } else if (!isSmall(a) && !isSmall(b) && load<u32>(a, 4) == <u32>T_FLOAT && load<u32>(b, 4) == <u32>T_FLOAT) {
          let x = load<f64>(a, 8), y = load<f64>(b, 8);
          switch (arg) {
            case CmpOp.LT: res = <i32>(x < y); break;
            case CmpOp.LE: res = <i32>(x <= y); break;
            case CmpOp.EQ: res = <i32>(x == y); break;
            case CmpOp.NE: res = <i32>(x != y); break;
            case CmpOp.GT: res = <i32>(x > y); break;
            default: res = <i32>(x >= y);
          }
          decref(a); decref(b);
        }
        if (res >= 0) {
          sp -= 8;
          // fused with a following conditional jump: no bool object, one dispatch less
          let nw = load<u32>(ip);
          let nop = nw & 0xff;
          if (nop == Op.POP_JUMP_IF_FALSE) { ip = res ? ip + 4 : words + (<usize>(nw >> 8) << 2); continue; }
          if (nop == Op.POP_JUMP_IF_TRUE) { ip = res ? words + (<usize>(nw >> 8) << 2) : ip + 4; continue; }
          store<u32>(sp, boolVal(res != 0)); sp += 4;
          continue;
        }
        let r = richCompare(a, b, arg);
        if (r == 0) break;
        sp -= 4;
        store<u32>(sp - 4, r);
        decref(a); decref(b);
        continue;
      }
      case Op.IS_OP: {
        let a = load<u32>(sp - 8), b = load<u32>(sp - 4);
        sp -= 8;
        let r = (a == b) != (arg != 0);
        decref(a); decref(b);
        store<u32>(sp, boolVal(r)); sp += 4;
        continue;
      }
      case Op.CONTAINS_OP: {
        let a = load<u32>(sp - 8), b = load<u32>(sp - 4);
        let r = objContains(b, a);
        if (r < 0) break;
        sp -= 8;
        decref(a); decref(b);
        store<u32>(sp, boolVal((r != 0) != (arg != 0))); sp += 4;
        continue;
      }
      case Op.BINARY_SUBSCR: {
        let o = load<u32>(sp - 8), k = load<u32>(sp - 4);
        let v: Val = 0;
        if (isSmall(k) && !isSmall(o) && load<u32>(o, 4) == <u32>T_LIST) {
          let i = smallValue(k);
          let n = listSize(o);
          if (i < 0) i += n;
          if (<u32>i < <u32>n) { v = listItem(o, i); incref(v); }
        }
        if (v == 0) { v = objGetItem(o, k); if (v == 0) break; }
        sp -= 4;
        store<u32>(sp - 4, v);
        decref(o); decref(k);
        continue;
      }
      case Op.STORE_SUBSCR: {
        let v = load<u32>(sp - 12), o = load<u32>(sp - 8), k = load<u32>(sp - 4);
        if (isSmall(k) && !isSmall(o) && load<u32>(o, 4) == <u32>T_LIST) {
          let i = smallValue(k);
          let n = listSize(o);
          if (i < 0) i += n;
          if (<u32>i < <u32>n) {
            let slot = listItems(o) + (<usize>i << 2);
            let old = load<u32>(slot);
            store<u32>(slot, v);
            sp -= 12;
            decref(old); decref(o);
            continue;
          }
        }
        if (!objSetItem(o, k, v)) break;
        sp -= 12;
        decref(v); decref(o); decref(k);
        continue;
      }
      case Op.DELETE_SUBSCR: {
        let o = load<u32>(sp - 8), k = load<u32>(sp - 4);
        if (!objDelItem(o, k)) break;
        sp -= 8;
        decref(o); decref(k);
        continue;
      }
      case Op.BUILD_SLICE: {
        // fused with a following subscript of a list, tuple or str: no slice object
        let nop = load<u32>(ip) & 0xff;
        if (nop == Op.BINARY_SUBSCR || nop == Op.STORE_SUBSCR) {
          let base = sp - (<usize>arg << 2);
          let o = load<u32>(base - 4);
          let t = isSmall(o) ? 0 : load<u32>(o, 4);
          let isList = t == <u32>T_LIST;
          if (isList || (nop == Op.BINARY_SUBSCR && (t == <u32>T_TUPLE || t == <u32>T_STR))) {
            let n = isList ? listSize(o) : t == <u32>T_TUPLE ? tupleSize(o) : strLen(o);
            if (!sliceAdjust(load<u32>(base), load<u32>(base + 4), arg == 3 ? load<u32>(base + 8) : noneVal(), n)) break;
            if (nop == Op.BINARY_SUBSCR) {
              let r = sliceOf(o, isList ? Kind.LIST : t == <u32>T_TUPLE ? Kind.TUPLE : Kind.STR);
              if (r == 0) break;
              for (let p = base; p < sp; p += 4) drop(load<u32>(p));
              sp = base;
              store<u32>(sp - 4, r);
              decref(o);
            } else {
              let v = load<u32>(base - 8);
              if (!listAssignSliceOut(o, v)) break;
              for (let p = base; p < sp; p += 4) drop(load<u32>(p));
              sp = base - 8;
              decref(o); decref(v);
            }
            ip += 4;
            continue;
          }
        }
        let v = buildSlice(sp, arg);
        if (v == 0) break;
        sp -= <usize>arg << 2;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.GET_ITER: {
        let o = load<u32>(sp - 4);
        let it = objGetIter(o);
        if (it == 0) break;
        store<u32>(sp - 4, it);
        decref(o);
        continue;
      }
      case Op.GET_LEN: {
        let v = getLen(load<u32>(sp - 4));
        if (v == 0) break;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.FORMAT_VALUE: {
        let n: usize = (arg & 4) ? 2 : 1;
        let v = formatValue(sp, arg);
        if (v == 0) break;
        sp -= n << 2;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      // }====
      // {==== builders
      case Op.BUILD_TUPLE: {
        let n = <i32>arg;
        let t = tupleNew(n);
        if (t == 0) break;
        sp -= <usize>n << 2;
        memory.copy(<usize>t + TUPLE_HEADER, sp, <usize>n << 2);   // references move
        store<u32>(sp, t); sp += 4;
        continue;
      }
      case Op.BUILD_LIST: {
        let n = <i32>arg;
        let l = listNew(n);
        if (l == 0) break;
        sp -= <usize>n << 2;
        memory.copy(listItems(l), sp, <usize>n << 2);
        listSetSize(l, n);
        store<u32>(sp, l); sp += 4;
        continue;
      }
      case Op.BUILD_SET: {
        let s = buildSet(sp, <i32>arg);
        if (s == 0) break;
        sp -= <usize>arg << 2;
        store<u32>(sp, s); sp += 4;
        continue;
      }
      case Op.BUILD_MAP: {
        let d = buildMap(sp, <i32>arg);
        if (d == 0) break;
        sp -= <usize>arg << 3;
        store<u32>(sp, d); sp += 4;
        continue;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        let d = buildConstKeyMap(sp, <i32>arg);
        if (d == 0) break;
        sp -= (<usize>arg + 1) << 2;
        store<u32>(sp, d); sp += 4;
        continue;
      }
      case Op.BUILD_STRING: {
        let s = buildString(sp, <i32>arg);
        if (s == 0) break;
        sp -= <usize>arg << 2;
        store<u32>(sp, s); sp += 4;
        continue;
      }
      case Op.LIST_APPEND: {
        let v = load<u32>(sp - 4);
        let l = load<u32>(sp - 4 - (<usize>arg << 2));
        if (!listAppend(l, v)) break;
        sp -= 4;
        decref(v);
        continue;
      }
      case Op.SET_ADD: {
        let v = load<u32>(sp - 4);
        if (!setAdd(load<u32>(sp - 4 - (<usize>arg << 2)), v)) break;
        sp -= 4;
        decref(v);
        continue;
      }
      case Op.MAP_ADD: {
        let k = load<u32>(sp - 8), v = load<u32>(sp - 4);
        if (!dictSetItem(load<u32>(sp - 8 - (<usize>arg << 2)), k, v)) break;
        sp -= 8;
        decref(k); decref(v);
        continue;
      }
      case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE: {
        let v = load<u32>(sp - 4);
        let target = load<u32>(sp - 4 - (<usize>arg << 2));
        let op = w & 0xff;
        let ok = op == Op.LIST_EXTEND ? listExtend(target, v)
          : op == Op.SET_UPDATE ? setUpdate(target, v)
          : op == Op.DICT_UPDATE ? dictUpdate(target, v)
          : dictMergeOp(target, v, load<u32>(sp - 12 - (<usize>arg << 2)));   // the callable, for messages
        if (!ok) break;
        sp -= 4;
        decref(v);
        continue;
      }
      case Op.LIST_TO_TUPLE: {
        let l = load<u32>(sp - 4);
        let t = listToTuple(l);
        if (t == 0) break;
        store<u32>(sp - 4, t);
        decref(l);
        continue;
      }
      case Op.UNPACK_SEQUENCE: {
        let seq = load<u32>(sp - 4);
        let n = <i32>arg;
        if (!isSmall(seq) && (load<u32>(seq, 4) == <u32>T_TUPLE && tupleSize(seq) == n)) {
          sp -= 4;
          for (let i = n - 1; i >= 0; i--) { let v = tupleItem(seq, i); incref(v); store<u32>(sp, v); sp += 4; }
          decref(seq);
          continue;
        }
        if (!isSmall(seq) && (load<u32>(seq, 4) == <u32>T_LIST && listSize(seq) == n)) {
          sp -= 4;
          for (let i = n - 1; i >= 0; i--) { let v = listItem(seq, i); incref(v); store<u32>(sp, v); sp += 4; }
          decref(seq);
          continue;
        }
        if (!unpackSequence(sp - 4, seq, n)) break;
        sp += (<usize>n << 2) - 4;
        decref(seq);
        continue;
      }
      case Op.UNPACK_EX: {
        let seq = load<u32>(sp - 4);
        let total = <i32>((arg & 0xff) + (arg >> 8) + 1);
        if (!unpackEx(sp - 4, seq, <i32>(arg & 0xff), <i32>(arg >> 8))) break;
        sp += (<usize>total << 2) - 4;
        decref(seq);
        continue;
      }
      // }====
      // {==== control flow
      case Op.JUMP: { ip = words + (<usize>arg << 2); if (gcPending) gcSafePoint(); continue; }
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
        sp -= 4;
        let v = load<u32>(sp);
        let t: i32;
        if (v == trueVal()) t = 1;
        else if (v == falseVal()) t = 0;
        else {
          t = objTruthy(v);
          decref(v);
          if (t < 0) break;
        }
        if ((t != 0) == ((w & 0xff) == Op.POP_JUMP_IF_TRUE)) ip = words + (<usize>arg << 2);
        continue;
      }
      case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE: {
        sp -= 4;
        let v = load<u32>(sp);
        decref(v);
        if ((v == noneVal()) == ((w & 0xff) == Op.POP_JUMP_IF_NONE)) ip = words + (<usize>arg << 2);
        continue;
      }
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
        let v = load<u32>(sp - 4);
        let t = objTruthy(v);
        if (t < 0) break;
        if ((t != 0) == ((w & 0xff) == Op.JUMP_IF_TRUE_OR_POP)) ip = words + (<usize>arg << 2);
        else { sp -= 4; decref(v); }
        continue;
      }
      case Op.JUMP_FOR_ITER: {
        ip = words + (<usize>arg << 2);
        if (gcPending) gcSafePoint();
        arg = load<u32>(ip) >> 8;   // the verifier made sure a FOR_ITER is there
        ip += 4;
      }
      // falls through: FOR_ITER with its own argument
      case Op.FOR_ITER: {
        let it = load<u32>(sp - 4);
        let v: Val;
        let t = load<u32>(it, 4);
        if (t == <u32>T_LIST_ITER) {
          // list iterator: +8 list (0 when exhausted), +12 index
          let l = load<u32>(it, 8);
          let i = load<i32>(it, 12);
          if (l != 0 && i < listSize(l)) {
            v = listItem(l, i);
            incref(v);
            store<i32>(it, i + 1, 12);
            store<u32>(sp, v); sp += 4;
            continue;
          }
          v = 0;
        } else if (t == <u32>T_RANGE_ITER) {
          // range iterator: +8 next i64, +16 step i64, +24 remaining u32 (obj/range.ts)
          let rem = load<u32>(it, 24);
          if (rem != 0) {
            let x = load<i64>(it, 8);
            if (fitsSmall(x)) {
              store<u32>(it, rem - 1, 24);
              store<i64>(it, x + load<i64>(it, 16), 8);
              store<u32>(sp, mkSmall(<i32>x)); sp += 4;
              continue;
            }
          }
          v = rangeIterNext(it);
        } else {
          let nw = load<u32>(ip);
          if ((nw & 0xff) == Op.UNPACK_SEQUENCE && (t == <u32>T_ENUMERATE || t == <u32>T_DICT_ITEMITER || t == <u32>T_ZIP)) {
            let r = iterNextUnpack(it, <i32>(nw >> 8), sp);
            if (r > 0) { sp += <usize>(nw >> 8) << 2; ip += 4; continue; }
            v = r < 0 ? iterNext(it) : 0;
          } else v = iterNext(it);
        }
        if (v != 0) { store<u32>(sp, v); sp += 4; continue; }
        if (excPending()) break;
        sp -= 4;
        decref(it);
        ip = words + (<usize>arg << 2);
        continue;
      }
      case Op.GET_YIELD_FROM_ITER: {
        let o = load<u32>(sp - 4);
        let it = genYieldFromIter(o, code);
        if (it == 0) break;
        store<u32>(sp - 4, it);
        decref(o);
        continue;
      }
      case Op.SEND: {
        // [iter, value] -> [iter, yielded], or [result] and jump when iter returned
        sp -= 4;
        let v = load<u32>(sp);
        let it = load<u32>(sp - 4);
        let r = genSend(it, v);
        decref(v);
        if (r == 0) break;
        if (sendReturned) {
          store<u32>(sp - 4, r);
          decref(it);
          ip = words + (<usize>arg << 2);
          continue;
        }
        store<u32>(sp, r); sp += 4;
        continue;
      }
      case Op.YIELD_VALUE: {
        sp -= 4;
        let v = load<u32>(sp);
        store<u32>(f, <u32>ip, 24);
        store<u32>(f, <u32>sp, 28);
        yielded = true;
        setCurFrame(<usize>load<u32>(f, 20));   // back to the frame that resumed the generator
        return v;
      }
      case Op.RETURN_VALUE: {
        if (gcPending) gcSafePoint();               // a safe point: may collect and run finalizers
        sp -= 4;
        let v = load<u32>(sp);
        store<u32>(f, <u32>sp, 28);
        let flags = load<u32>(f, 32);
        if (flags & FF.ENTRY) {
          setCurFrame(<usize>load<u32>(f, 20));
          return v;
        }
        // return to the calling frame in this same loop
        let prev = <usize>load<u32>(f, 20);
        frameClear(f);
        framePop(f);
        setCallDepth(callDepth - 1);
        f = prev;
        setCurFrame(f);
        code = frameCode(f);
        words = codeWords(code);
        consts = <usize>codeConsts(code) + TUPLE_HEADER;
        names = <usize>codeNames(code) + TUPLE_HEADER;
        lp = f + FRAME_HEADER;
        ip = <usize>load<u32>(f, 24) + 4;
        sp = <usize>load<u32>(f, 28);
        store<u32>(sp, v); sp += 4;
        continue;
      }
      // }====
      // {==== calls
      case Op.KW_NAMES: { kwnames = load<u32>(consts + (<usize>arg << 2)); continue; }
      case Op.CALL: {
        let n = <i32>arg;
        let kw = kwnames;
        kwnames = 0;
        let base = sp - ((<usize>n + 2) << 2);      // NULL|meth slot
        let callable = load<u32>(base);
        let args = base + 4;
        let nargs = n + 1;
        if (callable == 0) { callable = load<u32>(base + 4); args = base + 8; nargs = n; }
        let npos = nargs - (kw != 0 ? tupleSize(kw) : 0);
        if (!isSmall(callable) && load<u32>(callable, 4) == <u32>T_FUNCTION
            && !(codeFlags(load<u32>(callable, 8)) & CO.GENERATOR)) {
          // Python-to-Python call: a new frame in this same loop
          if (callDepth >= tunRecursionLimit()) {
            raiseMsg(E.RecursionError, "maximum recursion depth exceeded");
            break;
          }
          let fcode = funcCode(callable);
          let nf = framePush(fcode);
          if (nf == 0) break;
          store<u32>(nf, load<u32>(callable, 12), 8);         // globals, borrowed from the function
          store<u32>(nf, load<u32>(callable, 16), 12);        // builtins
          store<u32>(nf, <u32>f, 20);
          if (isSimpleFunction(callable, nargs, kw)) {
            // the arguments' references move into the new frame's locals
            memory.copy(nf + FRAME_HEADER, args, <usize>nargs << 2);
          } else {
            if (!bindArgs(nf, callable, args, npos, kw)) { frameClear(nf); framePop(nf); break; }
            for (let p = args; p < sp; p += 4) decref(load<u32>(p));
          }
          store<u32>(nf, callable, 4);                        // the frame owns the function
          sp = base;
          store<u32>(f, <u32>(ip - 4), 24);
          store<u32>(f, <u32>sp, 28);
          setCallDepth(callDepth + 1);
          f = nf;
          setCurFrame(f);
          code = fcode;
          words = codeWords(code);
          consts = <usize>codeConsts(code) + TUPLE_HEADER;
          names = <usize>codeNames(code) + TUPLE_HEADER;
          lp = f + FRAME_HEADER;
          ip = words;
          sp = <usize>load<u32>(f, 28);
          continue;
        }
        store<u32>(f, <u32>sp, 28);
        let r = callObject(callable, args, npos, kw);
        // release the callable, self and the arguments
        for (let p = base; p < sp; p += 4) drop(load<u32>(p));
        sp = base;
        if (r == 0) break;
        store<u32>(sp, r); sp += 4;
        continue;
      }
      case Op.CALL_FUNCTION_EX: {
        let n: usize = (arg & 1) ? 4 : 3;
        let base = sp - (n << 2);
        store<u32>(f, <u32>sp, 28);
        let r = callFunctionEx(base, arg);
        for (let p = base; p < sp; p += 4) drop(load<u32>(p));
        sp = base;
        if (r == 0) break;
        store<u32>(sp, r); sp += 4;
        continue;
      }
      case Op.MAKE_FUNCTION: {
        let fn = makeFunction(f, sp, arg);
        if (fn == 0) break;
        let npop: usize = 1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1);
        sp -= npop << 2;
        store<u32>(sp, fn); sp += 4;
        continue;
      }
      case Op.BEFORE_WITH: {
        if (!beforeWith(sp)) break;
        sp += 4;
        continue;
      }
      case Op.WITH_EXCEPT_START: {
        let r = withExceptStart(sp);
        if (r == 0) break;
        store<u32>(sp, r); sp += 4;
        continue;
      }
      // }====
      // {==== exceptions
      case Op.RAISE_VARARGS: {
        let cause: Val = 0, exc: Val = 0;
        if (arg == 2) { sp -= 4; cause = load<u32>(sp); }
        if (arg >= 1) { sp -= 4; exc = load<u32>(sp); }
        if (doRaise(exc, cause)) reraise = true;   // a bare `raise` re-raises without a new traceback entry
        break;
      }
      case Op.PUSH_EXC_INFO: {
        let exc = load<u32>(sp - 4);
        let prev = excHandled;
        store<u32>(sp - 4, prev != 0 ? prev : noneVal());
        if (prev == 0) incref(noneVal());
        incref(exc);
        setExcHandled(exc);    // the stack's reference to prev moved into the slot
        store<u32>(sp, exc); sp += 4;
        continue;
      }
      case Op.POP_EXCEPT: {
        sp -= 4;
        let v = load<u32>(sp);
        let old = excHandled;
        if (v == noneVal()) { decref(v); setExcHandled(0); }
        else setExcHandled(v);
        drop(old);
        continue;
      }
      case Op.CHECK_EXC_MATCH: {
        let t = load<u32>(sp - 4);
        let r = checkExcMatch(load<u32>(sp - 8), t);
        if (r < 0) break;
        store<u32>(sp - 4, boolVal(r != 0));
        decref(t);
        continue;
      }
      case Op.RERAISE: {
        sp -= 4;
        raiseObj(load<u32>(sp));
        reraise = true;
        break;
      }
      // }====
      // {==== imports
      case Op.IMPORT_NAME: {
        let fromlist = load<u32>(sp - 4), level = load<u32>(sp - 8);
        store<u32>(f, <u32>sp, 28);
        let m = importName(f, load<u32>(names + (<usize>arg << 2)), fromlist, level);
        if (m == 0) break;
        sp -= 8;
        decref(fromlist); decref(level);
        store<u32>(sp, m); sp += 4;
        continue;
      }
      case Op.IMPORT_FROM: {
        let v = importFrom(load<u32>(sp - 4), load<u32>(names + (<usize>arg << 2)));
        if (v == 0) break;
        store<u32>(sp, v); sp += 4;
        continue;
      }
      case Op.IMPORT_STAR: {
        let m = load<u32>(sp - 4);
        if (!importStar(f, m)) break;
        sp -= 4;
        decref(m);
        continue;
      }
      // }====
      default: {
        raiseMsg(E.SystemError, "unknown opcode");
        break;
      }
    }

    // {==== unwinding: the exception in curExc propagates from the instruction at ip - 4
    while (true) {
      let pc = pcIndex(ip - 4, words);
      if (!reraise) addTraceback(code, pc);
      reraise = false;
      let h = codeFindHandler(code, pc);
      if (h != 0) {
        // pop the stack down to the handler's depth, push lasti (if asked) and the exception
        let base = lp + (<usize>codeNlocalsplus(code) << 2);
        let depth = base + (<usize>load<u32>(h, 12) << 2);
        while (sp > depth) { sp -= 4; drop(load<u32>(sp)); }
        if (load<u32>(h, 16) != 0) { store<u32>(sp, mkSmall(pc)); sp += 4; }
        store<u32>(sp, fetchExc()); sp += 4;
        ip = words + (<usize>load<u32>(h, 8) << 2);
        break;
      }
      // no handler in this frame: leave it
      store<u32>(f, <u32>sp, 28);
      if (load<u32>(f, 32) & FF.ENTRY) {
        setCurFrame(<usize>load<u32>(f, 20));
        return 0;
      }
      let prev = <usize>load<u32>(f, 20);
      frameClear(f);
      framePop(f);
      setCallDepth(callDepth - 1);
      f = prev;
      setCurFrame(f);
      code = frameCode(f);
      words = codeWords(code);
      consts = <usize>codeConsts(code) + TUPLE_HEADER;
      names = <usize>codeNames(code) + TUPLE_HEADER;
      lp = f + FRAME_HEADER;
      ip = <usize>load<u32>(f, 24) + 4;    // the CALL that was executing
      sp = <usize>load<u32>(f, 28);
      kwnames = 0;
    }
    // }====
  }
  return 0;
}

/** Add a traceback entry for (code, pc) to the pending exception. Silently skipped without memory. */
export function addTraceback(code: Val, pc: i32): void {
  let x = curExc;
  if (x == 0) return;
  incref(x);
  let tb = tbNew(excTraceback(x), code, <u32>codeLine(code, pc), <u32>pc);
  if (tb == 0) {
    // out of memory for the traceback entry: drop the MemoryError it raised, keep x going
    clearExc();
    raiseObj(x);
    return;
  }
  excSetTraceback(x, tb);
  decref(tb);
  decref(x);
}

