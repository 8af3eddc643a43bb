// Calls: binding arguments to parameters, calling any callable from native code, and the
// function-building opcodes.
//
// The interpreter calls Python functions itself (a new frame in the same loop, vm/interp.ts CALL);
// everything else comes here: natives, bound methods, classes, __call__, and Python functions
// called from native code (which run in a nested run()).

import { Val, isSmall, incref, decref, xdecref, xincref } from "../obj/object";
import { T_FUNCTION, T_BUILTIN, T_METHOD_DESCR, T_CLASSMETHOD_DESCR, T_METHOD, T_TUPLE, T_DICT, T_STR,
         typeOf, typeKind, isHeapType, typeSpecial, typeName } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { TUPLE_HEADER, tupleNew, tupleSet, tupleSize, tupleItem, tupleFromArray, tupleEmpty } from "../obj/tuple";
import { dictNew, dictSetItem, dictGetStr, dictEnd, dictNextAt, dictEntryKey, dictEntryValue, dictUsed, dictContains } from "../obj/dict";
import { strEq } from "../obj/str";
import { funcCode, funcDefaults, funcKwdefaults, funcQualname, funcNew, funcSetField, methodFunc, methodSelf } from "../obj/func";
import { codeArgcount, codeKwonly, codePosonly, codeFlags, codeLocalNames, codeNlocalsplus, CO } from "../obj/code";
import { builtinFn, builtinSelf, builtinFlags, callNative, BF, builtinOwner } from "../obj/builtin";
import { E } from "../obj/exc";
import { heapAlloc, heapFree } from "../mem/heap";
import { raiseFmt, raiseMsg, raiseMemoryError, excPending } from "./errors";
import { FRAME_HEADER, FF, framePush, frameClear, framePop } from "./frame";
import { run } from "./interp";
import { callDepth, setCallDepth, nativeDepth, setNativeDepth } from "./state";
import { tunRecursionLimit } from "./tunables";
import { genNew } from "../obj/gen";
import { typeCall } from "../obj/typecall";
import { objGetIter, iterNext } from "./ops_seq";
import { objGetAttr } from "./ops_attr";
import { sequenceToTuple } from "./ops_misc";

/** True when args can be copied straight into the parameters: exact positional count, no * or ** or keywords. */
export function isSimpleFunction(func: Val, nargs: i32, kwnames: Val): bool {
  let code = funcCode(func);
  return kwnames == 0 && codeArgcount(code) == nargs
    && (codeFlags(code) & (CO.VARARGS | CO.VARKEYWORDS)) == 0 && codeKwonly(code) == 0;
}

// {==== argument binding (CPython's initialize_locals)

/**
 * Bind args[0:npos] and the keyword arguments (names in kwnames, values after the positionals)
 * to the parameters of func in frame f's localsplus. The arguments are borrowed. false on error
 * (TypeError with CPython's messages); the frame may hold partial bindings, which frameClear releases.
 */
export function bindArgs(f: usize, func: Val, args: usize, npos: i32, kwnames: Val): bool {
  let code = funcCode(func);
  let lp = f + FRAME_HEADER;
  let argcount = codeArgcount(code);
  let kwonly = codeKwonly(code);
  let total = argcount + kwonly;
  let flags = codeFlags(code);
  let names = codeLocalNames(code);
  let kwdict: Val = 0;
  if (flags & CO.VARKEYWORDS) {
    kwdict = dictNew();
    if (kwdict == 0) return false;
    store<u32>(lp + (<usize>(total + ((flags & CO.VARARGS) ? 1 : 0)) << 2), kwdict);
  }
  let n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) {
    let v = load<u32>(args + (<usize>i << 2));
    incref(v);
    store<u32>(lp + (<usize>i << 2), v);
  }
  if (flags & CO.VARARGS) {
    let extra = npos > argcount ? npos - argcount : 0;
    let t = extra > 0 ? tupleFromArray(args + (<usize>argcount << 2), extra) : tupleEmpty();
    if (t == 0) return false;
    store<u32>(lp + (<usize>total << 2), t);
  } else if (npos > argcount) {
    return tooManyPositional(func, npos, kwnames, args);
  }
  // keyword arguments
  if (kwnames != 0) {
    let nk = tupleSize(kwnames);
    let posonly = codePosonly(code);
    for (let k = 0; k < nk; k++) {
      let name = tupleItem(kwnames, k);
      let value = load<u32>(args + (<usize>(npos + k) << 2));
      let j = posonly;
      while (j < total && tupleItem(names, j) != name) j++;
      if (j == total) { j = posonly; while (j < total && !strEq(tupleItem(names, j), name)) j++; }
      if (j == total) {
        if (kwdict != 0) {
          if (!dictSetItem(kwdict, name, value)) return false;
          continue;
        }
        let p = 0;
        while (p < posonly && !strEq(tupleItem(names, p), name)) p++;
        if (p < posonly) posonlyByKeyword(func, names, posonly, kwnames);
        else raiseFmt(E.TypeError, "%s() got an unexpected keyword argument '%s'", funcQualname(func), name);
        return false;
      }
      let slot = lp + (<usize>j << 2);
      if (load<u32>(slot) != 0) {
        raiseFmt(E.TypeError, "%s() got multiple values for argument '%s'", funcQualname(func), name);
        return false;
      }
      incref(value);
      store<u32>(slot, value);
    }
  }
  // defaults for missing positionals
  if (npos < argcount) {
    let defaults = funcDefaults(func);
    let nd = defaults != 0 ? tupleSize(defaults) : 0;
    let first = argcount - nd;
    let missing = 0;
    for (let i = npos; i < argcount; i++) {
      let slot = lp + (<usize>i << 2);
      if (load<u32>(slot) != 0) continue;
      if (i >= first) { let d = tupleItem(defaults, i - first); incref(d); store<u32>(slot, d); }
      else missing++;
    }
    if (missing > 0) { missingArgs(func, lp, 0, argcount - nd, missing, "positional"); return false; }
  }
  // keyword-only defaults
  if (kwonly > 0) {
    let kwd = funcKwdefaults(func);
    let missing = 0;
    for (let i = argcount; i < total; i++) {
      let slot = lp + (<usize>i << 2);
      if (load<u32>(slot) != 0) continue;
      let d: Val = kwd != 0 ? dictGetStr(kwd, tupleItem(names, i)) : 0;
      if (d != 0) { incref(d); store<u32>(slot, d); }
      else missing++;
    }
    if (missing > 0) { missingArgs(func, lp, argcount, total, missing, "keyword-only"); return false; }
  }
  return true;
}

/** "f() got some positional-only arguments passed as keyword arguments: 'a, b'" */
function posonlyByKeyword(func: Val, names: Val, posonly: i32, kwnames: Val): void {
  let sb = sbNew();
  if (sb == 0) return;
  sbStr(sb, funcQualname(func));
  sbAS(sb, "() got some positional-only arguments passed as keyword arguments: '");
  let first = true;
  for (let p = 0; p < posonly; p++) {
    let pn = tupleItem(names, p);
    for (let k = 0; k < tupleSize(kwnames); k++) {
      if (strEq(tupleItem(kwnames, k), pn)) {
        if (!first) sbAS(sb, ", ");
        sbStr(sb, pn);
        first = false;
        break;
      }
    }
  }
  sbChar(sb, 39);
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
}

function tooManyPositional(func: Val, npos: i32, kwnames: Val, args: usize): bool {
  let code = funcCode(func);
  let argcount = codeArgcount(code);
  let defaults = funcDefaults(func);
  let nd = defaults != 0 ? tupleSize(defaults) : 0;
  // keyword-only arguments given by keyword are mentioned, as CPython does
  let kwGiven = 0;
  if (kwnames != 0) {
    let names = codeLocalNames(code);
    for (let k = 0; k < tupleSize(kwnames); k++) {
      for (let j = argcount; j < argcount + codeKwonly(code); j++)
        if (strEq(tupleItem(names, j), tupleItem(kwnames, k))) kwGiven++;
    }
  }
  let qn = funcQualname(func);
  let takes: Val;
  if (nd > 0) takes = formatRange(argcount - nd, argcount);
  else takes = mkSmallI(argcount);
  let plural = (nd == 0 && argcount == 1) ? "" : "s";
  if (kwGiven > 0) {
    raiseFmtPlural(qn, takes, plural, npos, kwGiven);
  } else {
    let was = npos == 1 ? "was" : "were";
    raiseTakes(qn, takes, plural, npos, was);
  }
  xdecref(takes);
  return false;
}

import { sbNew, sbStr, sbAS, sbI64, sbFinish, sbChar } from "../obj/strbuf";
import { raiseWithStr } from "./errors";
import { excType } from "../obj/exc";
import { mkSmall } from "../obj/object";
import { objStr } from "./ops";

function mkSmallI(n: i32): Val { return mkSmall(n); }

function formatRange(lo: i32, hi: i32): Val {
  let sb = sbNew();
  if (sb == 0) return 0;
  sbAS(sb, "from "); sbI64(sb, lo); sbAS(sb, " to "); sbI64(sb, hi);
  return sbFinish(sb);
}

function raiseTakes(qn: Val, takes: Val, plural: string, given: i32, was: string): void {
  let sb = sbNew();
  if (sb == 0) return;
  sbStr(sb, qn); sbAS(sb, "() takes ");
  if (isSmall(takes)) sbI64(sb, <i64>((<i32>takes) >> 1)); else sbStr(sb, takes);
  sbAS(sb, " positional argument"); sbAS(sb, plural); sbAS(sb, " but "); sbI64(sb, given);
  sbAS(sb, " "); sbAS(sb, was); sbAS(sb, " given");
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
}

function raiseFmtPlural(qn: Val, takes: Val, plural: string, given: i32, kwGiven: i32): void {
  let sb = sbNew();
  if (sb == 0) return;
  sbStr(sb, qn); sbAS(sb, "() takes ");
  if (isSmall(takes)) sbI64(sb, <i64>((<i32>takes) >> 1)); else sbStr(sb, takes);
  sbAS(sb, " positional argument"); sbAS(sb, plural); sbAS(sb, " but "); sbI64(sb, given);
  sbAS(sb, given == 1 ? " positional argument" : " positional arguments");
  sbAS(sb, " (and "); sbI64(sb, kwGiven);
  sbAS(sb, kwGiven == 1 ? " keyword-only argument) were given" : " keyword-only arguments) were given");
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
}

/** "f() missing 2 required positional arguments: 'a' and 'b'" */
function missingArgs(func: Val, lp: usize, from: i32, to: i32, missing: i32, kind: string): void {
  let names = codeLocalNames(funcCode(func));
  let sb = sbNew();
  if (sb == 0) return;
  sbStr(sb, funcQualname(func));
  sbAS(sb, "() missing "); sbI64(sb, missing); sbAS(sb, " required "); sbAS(sb, kind);
  sbAS(sb, missing == 1 ? " argument: " : " arguments: ");
  let k = 0;
  for (let i = from; i < to; i++) {
    if (load<u32>(lp + (<usize>i << 2)) != 0) continue;
    if (k > 0) {
      if (missing == 2) sbAS(sb, " and ");
      else if (k == missing - 1) sbAS(sb, ", and ");
      else sbAS(sb, ", ");
    }
    sbChar(sb, 39); sbStr(sb, tupleItem(names, i)); sbChar(sb, 39);
    k++;
  }
  raiseWithStr(excType(E.TypeError), sbFinish(sb));
}
// }====

// {==== calling

/** Run a Python function to completion in a nested run(). */
export function callFunction(func: Val, args: usize, npos: i32, kwnames: Val): Val {
  let code = funcCode(func);
  if (codeFlags(code) & CO.GENERATOR) return genNew(func, args, npos, kwnames);
  if (callDepth >= tunRecursionLimit()) {
    raiseMsg(E.RecursionError, "maximum recursion depth exceeded while calling a Python object");
    return 0;
  }
  let f = framePush(code);
  if (f == 0) return 0;
  store<u32>(f, load<u32>(func, 12), 8);
  store<u32>(f, load<u32>(func, 16), 12);
  store<u32>(f, FF.ENTRY, 32);
  if (!bindArgs(f, func, args, npos, kwnames)) { frameClear(f); framePop(f); return 0; }
  incref(func);
  store<u32>(f, func, 4);
  store<u32>(f, <u32>curFrameForCall(), 20);
  setCallDepth(callDepth + 1);
  let r = run(f);
  setCallDepth(callDepth - 1);
  frameClear(f);
  framePop(f);
  return r;
}

import { curFrame } from "./state";
// @ts-ignore: decorator
@inline function curFrameForCall(): usize { return curFrame; }

/**
 * Call any callable with args[0:npos] positional and the keyword values after them named by
 * kwnames (a tuple of str, or 0). Arguments are borrowed. A new reference, or 0 on error.
 */
export function callObject(callable: Val, args: usize, npos: i32, kwnames: Val): Val {
  if (isSmall(callable)) { raiseFmt(E.TypeError, "'%T' object is not callable", callable); return 0; }
  let t = typeOf(callable);
  if (t == T_FUNCTION) return callFunction(callable, args, npos, kwnames);
  if (t == T_BUILTIN) {
    if ((builtinFlags(callable) & BF.NO_KW) && kwnames != 0 && tupleSize(kwnames) > 0) return noKeywords(callable);
    return callNative(builtinFn(callable), builtinSelf(callable), args, npos, kwnames);
  }
  if (t == T_METHOD_DESCR) {
    // unbound method of a builtin type: self is the first argument
    if (npos < 1) { raiseFmt(E.TypeError, "unbound method %s() needs an argument", load<u32>(callable, 16)); return 0; }
    let self = load<u32>(args);
    let owner = builtinOwner(callable);
    if (!isInstanceOfType(self, owner)) {
      raiseFmt(E.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", load<u32>(callable, 16), typeName(owner), self);
      return 0;
    }
    return callNative(builtinFn(callable), self, args + 4, npos - 1, kwnames);
  }
  if (t == T_CLASSMETHOD_DESCR) {
    let flags = builtinFlags(callable);
    // a classmethod gets its class; a static method its owner type too (T.__new__ checks against it)
    let self: Val = (flags & (BF.CLASS | BF.STATIC)) ? builtinOwner(callable) : 0;
    return callNative(builtinFn(callable), self, args, npos, kwnames);
  }
  if (t == T_METHOD) return callWithSelf(methodFunc(callable), methodSelf(callable), args, npos, kwnames);
  let k = typeKind(t);
  if (k == Kind.TYPE) {
    // a metaclass may define __call__ (type.__call__ is the native typeCall)
    if (isHeapType(t)) {
      let mc = typeSpecial(t, Id.D_call);
      if (mc != 0) return callWithSelf(mc, callable, args, npos, kwnames);
    }
    return typeCall(callable, args, npos, kwnames);
  }
  if (isHeapType(t)) {
    let call = typeSpecial(t, Id.D_call);
    if (call != 0) return callWithSelf(call, callable, args, npos, kwnames);
  }
  if (k == Kind.STATICMETHOD) return callObject(load<u32>(callable, 8), args, npos, kwnames);   // callable since 3.10
  raiseFmt(E.TypeError, "'%T' object is not callable", callable);
  return 0;
}

import { isSubtype } from "../obj/type";
function isInstanceOfType(v: Val, t: Val): bool { let vt = typeOf(v); return vt == <usize>t || isSubtype(vt, <usize>t); }

function noKeywords(b: Val): Val {
  raiseFmt(E.TypeError, "%s() takes no keyword arguments", load<u32>(b, 16));
  return 0;
}

/** Call func(self, *args, **kw) where func is a plain attribute found on a type (a function or any callable). */
export function callWithSelf(func: Val, self: Val, args: usize, npos: i32, kwnames: Val): Val {
  let nk = kwnames != 0 ? tupleSize(kwnames) : 0;
  let total = npos + nk;
  let size = (<usize>total + 1) << 2;
  let buf = heapAlloc(size);
  if (buf == 0) { raiseMemoryError(size); return 0; }
  store<u32>(buf, self);
  memory.copy(buf + 4, args, <usize>total << 2);
  let r = callObject(func, buf, npos + 1, kwnames);
  heapFree(buf, size);
  return r;
}

/** Call with no arguments. */
export function call0(f: Val): Val { return callObject(f, 0, 0, 0); }

const ARGBUF: usize = memory.data(16, 4);
/** Call with one argument. */
export function call1(f: Val, a: Val): Val {
  let buf = heapAlloc(4);
  if (buf == 0) { raiseMemoryError(4); return 0; }
  store<u32>(buf, a);
  let r = callObject(f, buf, 1, 0);
  heapFree(buf, 4);
  return r;
}
/** Call with two arguments. */
export function call2(f: Val, a: Val, b: Val): Val {
  let buf = heapAlloc(8);
  if (buf == 0) { raiseMemoryError(8); return 0; }
  store<u32>(buf, a); store<u32>(buf, b, 4);
  let r = callObject(f, buf, 2, 0);
  heapFree(buf, 8);
  return r;
}
/** Call with three arguments. */
export function call3(f: Val, a: Val, b: Val, c: Val): Val {
  let buf = heapAlloc(12);
  if (buf == 0) { raiseMemoryError(12); return 0; }
  store<u32>(buf, a); store<u32>(buf, b, 4); store<u32>(buf, c, 8);
  let r = callObject(f, buf, 3, 0);
  heapFree(buf, 12);
  return r;
}

/** Call the special method id of v's class with (v, args...); 0 with AttributeError-free TypeError if missing. */
export function callSpecial1(v: Val, attr: Val): Val { return callWithSelf(attr, v, 0, 0, 0); }

/** CALL_FUNCTION_EX: stack [NULL, callable, args, (kwargs)]. */
export function callFunctionEx(base: usize, flags: u32): Val {
  let callable = load<u32>(base + 4);
  let argsv = load<u32>(base + 8);
  let kw: Val = (flags & 1) ? load<u32>(base + 12) : 0;
  let tup: Val;
  if (!isSmall(argsv) && typeOf(argsv) == T_TUPLE) { tup = argsv; incref(tup); }
  else {
    tup = sequenceToTuple(argsv);
    if (tup == 0) {
      if (excPendingIsTypeError()) {
        clearAndRaise(callable, argsv);
      }
      return 0;
    }
  }
  let npos = tupleSize(tup);
  let r: Val;
  if (kw == 0 || dictUsed(kw) == 0) {
    r = callObject(callable, <usize>tup + TUPLE_HEADER, npos, 0);
  } else {
    let nk = dictUsed(kw);
    let names = tupleNew(nk);
    if (names == 0) { decref(tup); return 0; }
    let size = (<usize>(npos + nk)) << 2;
    let buf = heapAlloc(size);
    if (buf == 0) { decref(tup); decref(names); raiseMemoryError(size); return 0; }
    memory.copy(buf, <usize>tup + TUPLE_HEADER, <usize>npos << 2);
    let i = 0;
    let end = dictEnd(kw);
    for (let pos = dictNextAt(kw, 0); pos >= 0 && pos < end; pos = dictNextAt(kw, pos + 1)) {
      let k = dictEntryKey(kw, pos);
      if (isSmall(k) || typeOf(k) != T_STR) {
        raiseMsg(E.TypeError, "keywords must be strings");
        decref(tup); decref(names); heapFree(buf, size);
        return 0;
      }
      incref(k);
      tupleSet(names, i, k);
      store<u32>(buf + (<usize>(npos + i) << 2), dictEntryValue(kw, pos));
      i++;
    }
    r = callObject(callable, buf, npos, names);
    heapFree(buf, size);
    decref(names);
  }
  decref(tup);
  return r;
}

import { excMatches, clearExc } from "./errors";
import { funcStr } from "./ops_misc";
function excPendingIsTypeError(): bool { return excMatches(excType(E.TypeError)); }
function clearAndRaise(callable: Val, argsv: Val): void {
  clearExc();
  let fs = funcStr(callable);
  if (fs == 0) return;
  raiseFmt(E.TypeError, "%s argument after * must be an iterable, not %T", fs, argsv);
  decref(fs);
}

/** MAKE_FUNCTION: code on top, then closure (8), annotations (4), kwdefaults (2), defaults (1). */
export function makeFunction(f: usize, sp: usize, flags: u32): Val {
  let p = sp - 4;
  let code = load<u32>(p);
  let fn = funcNew(code, load<u32>(f, 8), load<u32>(f, 12));
  if (fn == 0) return 0;
  decref(code);
  if (flags & 8) { p -= 4; funcSetField(fn, 36, load<u32>(p)); decref(load<u32>(p)); }
  if (flags & 4) { p -= 4; funcSetField(fn, 52, load<u32>(p)); decref(load<u32>(p)); }
  if (flags & 2) { p -= 4; funcSetField(fn, 32, load<u32>(p)); decref(load<u32>(p)); }
  if (flags & 1) { p -= 4; funcSetField(fn, 28, load<u32>(p)); decref(load<u32>(p)); }
  return fn;
}
// }====
