// The builtins module: functions and the builtin types and exceptions by name.
//
// exec, eval and compile raise NotImplementedError: the core has no compiler; code is compiled on
// the host and precompiled into archives (`dust compile`), as on the PS3 build the seed describes.

import { Val, isSmall, smallValue, mkSmall, fitsSmall, incref, decref, xdecref } from "../obj/object";
import { PyType, T, staticType, T_OBJECT, T_TYPE, T_INT, T_BOOL, T_FLOAT, T_STR, T_TUPLE, T_LIST, T_DICT,
         T_SET, T_FROZENSET, T_RANGE, T_SLICE, T_ENUMERATE, T_ZIP, T_MAP, T_FILTER, T_REVERSED, T_PROPERTY,
         T_STATICMETHOD, T_CLASSMETHOD, T_SUPER, T_BYTES, T_BYTEARRAY, T_CALL_ITER, T_MODULE,
         typeOf, typeKind, isHeapType, typeName, isSubtype, typeSpecial } from "../obj/type";
import { Kind, TF } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strIntern, strInternAS, strFromAS, strFromChar, strLen, strGet, strEqAS } from "../obj/str";
import { TUPLE_HEADER, tupleSize, tupleItem, tupleNew, tupleSet } from "../obj/tuple";
import { listNew, listSize, listItem, listItems, listAppend } from "../obj/list";
import { dictNew, dictSetItem, dictGetStr, dictCopy } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { noneVal, trueVal, falseVal, boolVal, notImplVal, ellipsisVal } from "../obj/singletons";
import { builtinFunction, NativeFn } from "../obj/builtin";
import { E, excType } from "../obj/exc";
import { raiseMsg, raiseFmt, excPending, excMatches, clearExc } from "../vm/errors";
import { arg, checkArgs, kwArg, kwCheck, nkw } from "../vm/args";
import { objRepr, objStr, objHash } from "../vm/ops";
import { objTruthy, compareBool, binaryOp, numAbs, numDivmod, richCompare } from "../vm/ops_num";
import { objGetAttr, objGetAttrOpt, objSetAttr, objDelAttr, instanceDict, lookupSpecial } from "../vm/ops_attr";
import { objGetIter, iterNext, objLen, sequenceToList, indexValue, indexOk, isIterator } from "../vm/ops_seq";
import { callObject, callWithSelf, call1 } from "../vm/call";
import { BinOp, CmpOp } from "../vm/opcodes";
import { iter2New } from "../obj/iter";
import { listSort } from "../obj/listmethods";
import { buildClass } from "../obj/typecall";
import { intFromI64, intPow, intToStr, intRound } from "../obj/int";
import { floatNew, floatRound } from "../obj/float";
import { objFormat, strAscii } from "../obj/strformat";
import { outStr, outAS, outFlush } from "./io";
import { curFrame } from "../vm/state";
import { sysStdoutFd } from "./sysmod";

// {==== print and I/O

function printF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!kwCheck("print", kw, "sep,end,file,flush")) return 0;
  let sep = kwArg(args, nargs, kw, "sep");
  let end = kwArg(args, nargs, kw, "end");
  let file = kwArg(args, nargs, kw, "file");
  let flush = kwArg(args, nargs, kw, "flush");
  if (sep != 0 && sep != noneVal() && (isSmall(sep) || typeOf(sep) != T_STR)) { raiseFmt(E.TypeError, "sep must be None or a string, not %s", typeName(typeOf(sep))); return 0; }
  if (end != 0 && end != noneVal() && (isSmall(end) || typeOf(end) != T_STR)) { raiseFmt(E.TypeError, "end must be None or a string, not %s", typeName(typeOf(end))); return 0; }
  let fd = sysStdoutFd(file);
  if (fd < 0) {
    // a Python object with write()
    if (excPending()) return 0;
    return printToObject(file, args, nargs, sep, end);
  }
  for (let i = 0; i < nargs; i++) {
    if (i > 0) { if (sep != 0 && sep != noneVal()) outStr(fd, sep); else outAS(fd, " "); }
    let s = objStr(arg(args, i));
    if (s == 0) return 0;
    outStr(fd, s);
    decref(s);
  }
  if (end != 0 && end != noneVal()) outStr(fd, end); else outAS(fd, "\n");
  if (fd == 2 || (flush != 0 && objTruthy(flush) > 0)) outFlush(fd);
  return noneVal();
}

function printToObject(file: Val, args: usize, nargs: i32, sep: Val, end: Val): Val {
  let write = objGetAttr(file, idStr(Id.write));
  if (write == 0) return 0;
  for (let i = 0; i < nargs; i++) {
    if (i > 0) {
      let sp = sep != 0 && sep != noneVal() ? sep : strFromAS(" ");
      let r = call1(write, sp);
      if (sep == 0 || sep == noneVal()) decref(sp);
      if (r == 0) { decref(write); return 0; }
      decref(r);
    }
    let s = objStr(arg(args, i));
    if (s == 0) { decref(write); return 0; }
    let r = call1(write, s);
    decref(s);
    if (r == 0) { decref(write); return 0; }
    decref(r);
  }
  let e = end != 0 && end != noneVal() ? end : strFromAS("\n");
  let r = call1(write, e);
  if (end == 0 || end == noneVal()) decref(e);
  decref(write);
  if (r == 0) return 0;
  decref(r);
  return noneVal();
}

function inputF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("input", nargs, kw, 0, 1)) return 0;
  if (nargs == 1) { let s = objStr(arg(args, 0)); if (s == 0) return 0; outStr(1, s); decref(s); outFlush(1); }
  raiseMsg(E.EOFError, "EOF when reading a line");
  return 0;
}
// }====

// {==== the no-compiler functions

function noCompiler(what: string): Val {
  let name = strFromAS(what);
  if (name == 0) return 0;
  raiseFmt(E.NotImplementedError, "%s() is not available: Dust has no compiler at run time; compile code beforehand with `dust compile`", name);
  decref(name);
  return 0;
}
function execF(self: Val, args: usize, nargs: i32, kw: Val): Val { return noCompiler("exec"); }
function evalF(self: Val, args: usize, nargs: i32, kw: Val): Val { return noCompiler("eval"); }
function compileF(self: Val, args: usize, nargs: i32, kw: Val): Val { return noCompiler("compile"); }
// }====

// {==== simple functions

function lenF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("len", nargs, kw, 1, 1)) return 0;
  let n = objLen(arg(args, 0));
  if (n < 0) return 0;
  return mkSmall(n);
}

function reprF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("repr", nargs, kw, 1, 1)) return 0;
  return objRepr(arg(args, 0));
}

function asciiF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("ascii", nargs, kw, 1, 1)) return 0;
  return strAscii(arg(args, 0));
}

function absF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("abs", nargs, kw, 1, 1)) return 0;
  return numAbs(arg(args, 0));
}

function hashF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("hash", nargs, kw, 1, 1)) return 0;
  let h = objHash(arg(args, 0));
  if (h == -1 && excPending()) return 0;
  return intFromI64(h);
}

function idF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("id", nargs, kw, 1, 1)) return 0;
  // the address in the core's heap; a small int is its own (odd) identity
  return intFromI64(<i64>arg(args, 0));
}

/** callable(v) */
export function isCallable(v: Val): bool {
  if (isSmall(v)) return false;
  let t = typeOf(v);
  switch (typeKind(t)) {
    case Kind.FUNCTION: case Kind.BUILTIN: case Kind.METHOD: case Kind.TYPE: case Kind.STATICMETHOD: return true;
  }
  return isHeapType(t) && typeSpecial(t, Id.D_call) != 0;
}

function callableF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("callable", nargs, kw, 1, 1)) return 0;
  return boolVal(isCallable(arg(args, 0)));
}

function chrF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("chr", nargs, kw, 1, 1)) return 0;
  let i = indexValue(arg(args, 0), false);
  if (!indexOk()) { if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(arg(args, 0)))); return 0; }
  if (i < 0 || i > 0x10ffff) { raiseMsg(E.ValueError, "chr() arg not in range(0x110000)"); return 0; }
  return strFromChar(<u32>i);
}

function ordF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("ord", nargs, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
  if (k == Kind.STR) {
    if (strLen(v) != 1) { raiseFmt(E.TypeError, "ord() expected a character, but string of length %d found", mkSmall(strLen(v))); return 0; }
    return mkSmall(<i32>strGet(v, 0));
  }
  if (k == Kind.BYTES || k == Kind.BYTEARRAY) {
    let n = bytesLenOf(v);
    if (n != 1) { raiseFmt(E.TypeError, "ord() expected a character, but string of length %d found", mkSmall(n)); return 0; }
    return mkSmall(<i32>load<u8>(bytesDataOf(v)));
  }
  raiseFmt(E.TypeError, "ord() expected string of length 1, but %s found", typeName(typeOf(v)));
  return 0;
}

import { bytesLen, bytesData } from "../obj/bytes";
function bytesLenOf(v: Val): i32 { return bytesLen(v); }
function bytesDataOf(v: Val): usize { return bytesData(v); }

function isinstanceCheck(v: Val, cls: Val, depth: i32): i32 {
  if (depth > 100) { raiseMsg(E.RecursionError, "maximum recursion depth exceeded in __instancecheck__"); return -1; }
  if (!isSmall(cls) && typeOf(cls) == T_TUPLE) {
    for (let i = 0; i < tupleSize(cls); i++) {
      let r = isinstanceCheck(v, tupleItem(cls, i), depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  if (isSmall(cls) || typeKind(typeOf(cls)) != Kind.TYPE) {
    raiseMsg(E.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  let meta = typeOf(cls);
  if (isHeapType(meta)) {
    let ic = typeSpecial(meta, Id.D_instancecheck);
    if (ic == 0) ic = 0;
  }
  return isSubtype(typeOf(v), <usize>cls) ? 1 : 0;
}

function isinstanceF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("isinstance", nargs, kw, 2, 2)) return 0;
  let r = isinstanceCheck(arg(args, 0), arg(args, 1), 0);
  if (r < 0) return 0;
  return boolVal(r != 0);
}

function issubclassCheck(c: Val, cls: Val, depth: i32): i32 {
  if (!isSmall(cls) && typeOf(cls) == T_TUPLE) {
    for (let i = 0; i < tupleSize(cls); i++) {
      let r = issubclassCheck(c, tupleItem(cls, i), depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  if (isSmall(cls) || typeKind(typeOf(cls)) != Kind.TYPE) {
    raiseMsg(E.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return isSubtype(<usize>c, <usize>cls) ? 1 : 0;
}

function issubclassF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("issubclass", nargs, kw, 2, 2)) return 0;
  let c = arg(args, 0);
  if (isSmall(c) || typeKind(typeOf(c)) != Kind.TYPE) { raiseMsg(E.TypeError, "issubclass() arg 1 must be a class"); return 0; }
  let r = issubclassCheck(c, arg(args, 1), 0);
  if (r < 0) return 0;
  return boolVal(r != 0);
}

function iterF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("iter", nargs, kw, 1, 2)) return 0;
  if (nargs == 2) {
    let c = arg(args, 0);
    if (!isCallable(c)) { raiseMsg(E.TypeError, "iter(v, w): v must be callable"); return 0; }
    return iter2New(T_CALL_ITER, c, arg(args, 1));
  }
  return objGetIter(arg(args, 0));
}

function nextF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("next", nargs, kw, 1, 2)) return 0;
  let it = arg(args, 0);
  if (!isIterator(it)) { raiseFmt(E.TypeError, "'%s' object is not an iterator", typeName(typeOf(it))); return 0; }
  if (nargs == 1 && !isSmall(it) && typeOf(it) == T_GENERATOR) return genNextRaising(it);
  let v = iterNext(it);
  if (v != 0) return v;
  if (excPending()) return 0;
  if (nargs == 2) { let d = arg(args, 1); incref(d); return d; }
  raiseStopIteration();
  return 0;
}

import { excNew } from "../obj/exc";
import { tupleEmpty } from "../obj/tuple";
import { raiseObj } from "../vm/errors";
import { T_GENERATOR } from "../obj/type";
import { genNextRaising } from "../obj/methods";
function raiseStopIteration(): void {
  let x = excNew(excType(E.StopIteration), tupleEmpty());
  if (x != 0) raiseObj(x);
}

function getattrF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("getattr", nargs, kw, 2, 3)) return 0;
  let name = arg(args, 1);
  if (isSmall(name) || typeKind(typeOf(name)) != Kind.STR) { raiseFmt(E.TypeError, "attribute name must be string, not '%s'", typeName(typeOf(name))); return 0; }
  incref(name);
  let iname = strIntern(name);
  if (iname == 0) return 0;
  let v = objGetAttr(arg(args, 0), iname);
  decref(iname);
  if (v == 0 && nargs == 3 && excMatches(excType(E.AttributeError))) {
    clearExc();
    v = arg(args, 2);
    incref(v);
  }
  return v;
}

function hasattrF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("hasattr", nargs, kw, 2, 2)) return 0;
  let name = arg(args, 1);
  if (isSmall(name) || typeKind(typeOf(name)) != Kind.STR) { raiseFmt(E.TypeError, "attribute name must be string, not '%s'", typeName(typeOf(name))); return 0; }
  incref(name);
  let iname = strIntern(name);
  if (iname == 0) return 0;
  let v = objGetAttr(arg(args, 0), iname);
  decref(iname);
  if (v == 0) {
    if (excMatches(excType(E.AttributeError))) { clearExc(); return falseVal(); }
    return 0;
  }
  decref(v);
  return trueVal();
}

function setattrF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("setattr", nargs, kw, 3, 3)) return 0;
  let name = arg(args, 1);
  if (isSmall(name) || typeKind(typeOf(name)) != Kind.STR) { raiseFmt(E.TypeError, "attribute name must be string, not '%s'", typeName(typeOf(name))); return 0; }
  incref(name);
  let iname = strIntern(name);
  if (iname == 0) return 0;
  let ok = objSetAttr(arg(args, 0), iname, arg(args, 2));
  decref(iname);
  return ok ? noneVal() : 0;
}

function delattrF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("delattr", nargs, kw, 2, 2)) return 0;
  let name = arg(args, 1);
  if (isSmall(name) || typeKind(typeOf(name)) != Kind.STR) { raiseFmt(E.TypeError, "attribute name must be string, not '%s'", typeName(typeOf(name))); return 0; }
  incref(name);
  let iname = strIntern(name);
  if (iname == 0) return 0;
  let ok = objDelAttr(arg(args, 0), iname);
  decref(iname);
  return ok ? noneVal() : 0;
}

function varsF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("vars", nargs, kw, 0, 1)) return 0;
  if (nargs == 0) return localsF(self, args, nargs, kw);
  let o0 = arg(args, 0);
  if (!isSmall(o0) && typeKind(typeOf(o0)) == Kind.TYPE) return dictCopy(changetype<PyType>(o0).dict);
  let d = instanceDict(o0, true);
  if (d == 0) { if (!excPending()) raiseMsg(E.TypeError, "vars() argument must have __dict__ attribute"); return 0; }
  incref(d);
  return d;
}

function globalsF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("globals", nargs, kw, 0, 0)) return 0;
  let g = curFrame != 0 ? load<u32>(curFrame, 8) : 0;
  if (g == 0) { raiseMsg(E.SystemError, "globals(): no current frame"); return 0; }
  incref(g);
  return g;
}

import { codeLocalNames, codeNlocalsplus, codeKinds } from "../obj/code";
import { cellGet } from "../obj/cell";
function localsF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let f = curFrame;
  if (f == 0) { raiseMsg(E.SystemError, "locals(): no current frame"); return 0; }
  let l = load<u32>(f, 16);
  if (l != 0) { incref(l); return l; }
  // a function frame: a snapshot dict of the bound locals
  let code = load<u32>(f);
  let d = dictNew();
  if (d == 0) return 0;
  let n = codeNlocalsplus(code);
  for (let i = 0; i < n; i++) {
    let v = load<u32>(f + 40 + (<usize>i << 2));
    if (v == 0) continue;
    let kind = load<u8>(codeKinds(code) + <usize>i);
    if ((kind & 0xc0) != 0 && !isSmall(v) && typeKind(typeOf(v)) == Kind.CELL) { v = cellGet(v); if (v == 0) continue; }
    if (!dictSetItem(d, tupleItem(codeLocalNames(code), i), v)) { decref(d); return 0; }
  }
  return d;
}

function dirF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("dir", nargs, kw, 0, 1)) return 0;
  let l = listNew(0);
  if (l == 0) return 0;
  if (nargs == 0) {
    let d = localsF(self, args, 0, 0);
    if (d == 0) { decref(l); return 0; }
    let ok = addKeys(l, d);
    decref(d);
    if (!ok) { decref(l); return 0; }
  } else {
    let o = arg(args, 0);
    let ot = typeOf(o);
    let custom = isHeapType(ot) ? classDefined(ot, idStr(Id.D_dir)) : 0;
    if (custom != 0) {
      // a class's __dir__: its result, as a sorted list
      decref(l);
      let r = callWithSelf(custom, o, 0, 0, 0);
      if (r == 0) return 0;
      l = sequenceToList(r);
      decref(r);
      if (l == 0) return 0;
      if (!listSort(l, 0, false)) { decref(l); return 0; }
      return l;
    }
    let isType = typeKind(ot) == Kind.TYPE;
    let d = isType ? 0 : instanceDict(o, false);
    if (d != 0 && !addKeys(l, d)) { decref(l); return 0; }
    let t = isType ? <usize>o : ot;
    let mro = changetype<PyType>(t).mro;
    for (let i = 0; i < tupleSize(mro); i++) {
      let bt = <usize>tupleItem(mro, i);
      let td = changetype<PyType>(bt).dict;
      if (td != 0 && !addKeys(l, td)) { decref(l); return 0; }
      // the descriptors CPython keeps in type dicts and Dust resolves natively
      if (!dirNative(l, bt)) { decref(l); return 0; }
    }
  }
  // unique and sorted
  let s = setFromList(l);
  decref(l);
  if (s == 0) return 0;
  let r = sequenceToList(s);
  decref(s);
  if (r == 0) return 0;
  if (!listSort(r, 0, false)) { decref(r); return 0; }
  return r;
}

/** The attribute name of the first class along t's MRO that has it, if that class is a heap type (borrowed, or 0). */
function classDefined(t: usize, name: Val): Val {
  let mro = changetype<PyType>(t).mro;
  for (let i = 0; i < tupleSize(mro); i++) {
    let b = <usize>tupleItem(mro, i);
    let v = dictGetStr(changetype<PyType>(b).dict, name);
    if (v != 0) return isHeapType(b) ? v : 0;
  }
  return 0;
}

/** Names a type's dict holds in CPython but Dust answers natively: __class__ (object), and the
 *  __dict__/__weakref__ of the class that introduced them. */
function dirNative(l: Val, t: usize): bool {
  let ty = changetype<PyType>(t);
  if (t == T_OBJECT) return dirAdd(l, "__class__");
  if (!isHeapType(t)) return true;
  let base = changetype<PyType>(ty.base);
  if (ty.dictoffset != 0 && base.dictoffset == 0 && !dirAdd(l, "__dict__")) return false;
  if (ty.weaklistoffset != 0 && base.weaklistoffset == 0 && !dirAdd(l, "__weakref__")) return false;
  return true;
}
function dirAdd(l: Val, name: string): bool {
  let s = strInternAS(name);
  if (s == 0) return false;
  let ok = listAppend(l, s);
  decref(s);
  return ok;
}

import { dictNextAt, dictEntryKey } from "../obj/dict";
import { setNew, setAdd } from "../obj/set";
function addKeys(l: Val, d: Val): bool {
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) if (!listAppend(l, dictEntryKey(d, pos))) return false;
  return true;
}
function setFromList(l: Val): Val {
  let s = setNew(T_SET);
  if (s == 0) return 0;
  for (let i = 0; i < listSize(l); i++) if (!setAdd(s, listItem(l, i))) { decref(s); return 0; }
  return s;
}

function formatF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("format", nargs, kw, 1, 2)) return 0;
  let spec = nargs > 1 ? arg(args, 1) : strFromAS("");
  if (nargs > 1 && (isSmall(spec) || typeOf(spec) != T_STR)) { raiseFmt(E.TypeError, "format() argument 2 must be str, not %s", typeName(typeOf(spec))); return 0; }
  let r = objFormat(arg(args, 0), spec);
  if (nargs < 2) decref(spec);
  return r;
}

function baseF(v: Val, base: i32, name: string): Val {
  let x = v;
  let k = isSmall(x) ? Kind.INT : typeKind(typeOf(x));
  if (k == Kind.BOOL) x = mkSmall(load<i32>(x, 8));
  else if (k != Kind.INT) {
    let m = isHeapType(typeOf(x)) ? typeSpecial(typeOf(x), Id.D_index) : 0;
    if (m == 0) { raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(x))); return 0; }
    let r = callWithSelf(m, x, 0, 0, 0);
    if (r == 0) return 0;
    let s = intToStr(r, base);
    decref(r);
    return s;
  }
  return intToStr(x, base);
}
function binF(self: Val, args: usize, nargs: i32, kw: Val): Val { if (!checkArgs("bin", nargs, kw, 1, 1)) return 0; return baseF(arg(args, 0), 2, "bin"); }
function octF(self: Val, args: usize, nargs: i32, kw: Val): Val { if (!checkArgs("oct", nargs, kw, 1, 1)) return 0; return baseF(arg(args, 0), 8, "oct"); }
function hexF(self: Val, args: usize, nargs: i32, kw: Val): Val { if (!checkArgs("hex", nargs, kw, 1, 1)) return 0; return baseF(arg(args, 0), 16, "hex"); }

function divmodF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("divmod", nargs, kw, 2, 2)) return 0;
  let a = arg(args, 0), b = arg(args, 1);
  let ta = typeOf(a), tb = typeOf(b);
  // classes: a.__divmod__(b), then b.__rdivmod__(a) (they are not cached specials)
  if (isHeapType(ta)) {
    let r = callDunder(a, "__divmod__", b);
    if (r == 0 || r != notImplVal()) return r;
  }
  if (isHeapType(tb) && tb != ta) {
    let r = callDunder(b, "__rdivmod__", a);
    if (r == 0 || r != notImplVal()) return r;
  }
  let r = numDivmod(a, b);
  if (r == notImplVal()) {
    raiseFmt(E.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(ta), typeName(tb));
    return 0;
  }
  return r;
}

import { typeLookup } from "../obj/type";
import { descrGet } from "../vm/ops_attr";
/** Call the class attribute `name` of o's type with (o, x); NotImplemented (not a new ref) when missing. */
function callDunder(o: Val, name: string, x: Val): Val {
  let n = strInternAS(name);
  if (n == 0) return 0;
  let m = typeLookup(typeOf(o), n);
  decref(n);
  if (m == 0) return notImplVal();
  let bound = descrGet(m, o, typeOf(o));
  if (bound == 0) return 0;
  let r = call1(bound, x);
  decref(bound);
  return r;
}

let tmpStr: Val = 0;
function strTmp(s: string): Val {
  if (tmpStr != 0) decref(tmpStr);
  tmpStr = strInternAS(s);
  return tmpStr;
}

function powF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!kwCheck("pow", kw, "base,exp,mod")) return 0;
  let b = nargs > 0 ? arg(args, 0) : kwArg(args, nargs, kw, "base");
  let e = nargs > 1 ? arg(args, 1) : kwArg(args, nargs, kw, "exp");
  let m = nargs > 2 ? arg(args, 2) : kwArg(args, nargs, kw, "mod");
  if (b == 0 || e == 0) { raiseMsg(E.TypeError, "pow() missing required argument 'base' (pos 1)"); return 0; }
  if (m == 0 || m == noneVal()) return binaryOp(b, e, BinOp.POWER);
  // three-argument pow: only the base's __pow__(exp, mod) is tried (never __rpow__)
  if (!isSmall(b) && isHeapType(typeOf(b))) {
    let pm = typeSpecial(typeOf(b), Id.D_pow);
    if (pm != 0) {
      let buf = memory.data(8);
      store<u32>(buf, e); store<u32>(buf, m, 4);
      let r = callWithSelf(pm, b, buf, 2, 0);
      if (r == 0 || r != notImplVal()) return r;
      decref(r);
    }
  }
  let kb = isSmall(b) ? Kind.INT : typeKind(typeOf(b)), ke = isSmall(e) ? Kind.INT : typeKind(typeOf(e)), km = isSmall(m) ? Kind.INT : typeKind(typeOf(m));
  if ((kb == Kind.INT || kb == Kind.BOOL) && (ke == Kind.INT || ke == Kind.BOOL) && (km == Kind.INT || km == Kind.BOOL)) {
    return intPow(asIntV(b), asIntV(e), asIntV(m));
  }
  raiseMsg(E.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  return 0;
}
function asIntV(v: Val): Val { return (!isSmall(v) && typeKind(typeOf(v)) == Kind.BOOL) ? mkSmall(load<i32>(v, 8)) : v; }

function roundF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!kwCheck("round", kw, "number,ndigits")) return 0;
  let x = nargs > 0 ? arg(args, 0) : kwArg(args, nargs, kw, "number");
  let nd = nargs > 1 ? arg(args, 1) : kwArg(args, nargs, kw, "ndigits");
  if (x == 0) { raiseMsg(E.TypeError, "round() missing required argument 'number' (pos 1)"); return 0; }
  let t = typeOf(x);
  if (isHeapType(t)) {
    let m = typeSpecial(t, Id.D_round);
    if (m != 0) return nd == 0 || nd == noneVal() ? callWithSelf(m, x, 0, 0, 0) : callWithSelf(m, x, args + 4, 1, 0);
  }
  let k = isSmall(x) ? Kind.INT : typeKind(t);
  if (k != Kind.FLOAT && k != Kind.INT && k != Kind.BOOL) {
    raiseFmt(E.TypeError, "type %s doesn't define __round__ method", typeName(t));
    return 0;
  }
  if (nd == 0) nd = noneVal();
  // ndigits may be any object with __index__
  let ndi = nd;
  if (!isSmall(nd) && isHeapType(typeOf(nd)) && typeSpecial(typeOf(nd), Id.D_index) != 0) {
    let i = indexValue(nd, true);
    if (!indexOk()) return 0;
    ndi = intFromI64(i);
    if (ndi == 0) return 0;
  }
  let r = k == Kind.FLOAT ? floatRound(x, ndi) : intRound(asIntV(x), ndi);
  if (ndi != nd) decref(ndi);
  return r;
}

function sumF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!kwCheck("sum", kw, "start")) return 0;
  if (nargs < 1 || nargs > 2) { raiseFmt(E.TypeError, "sum() takes at most 2 arguments (%d given)", mkSmall(nargs)); return 0; }
  let start = nargs > 1 ? arg(args, 1) : kwArg(args, nargs, kw, "start");
  if (start == 0) start = mkSmall(0);
  let sk = isSmall(start) ? Kind.INT : typeKind(typeOf(start));
  if (sk == Kind.STR) { raiseMsg(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]"); return 0; }
  if (sk == Kind.BYTES) { raiseMsg(E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]"); return 0; }
  let it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  incref(start);
  let acc = start;
  while (true) {
    let v = iterNext(it);
    if (v == 0) break;
    let r: Val;
    if (isSmall(acc & v)) {
      let s = <i64>smallValue(acc) + <i64>smallValue(v);
      r = fitsSmall(s) ? mkSmall(<i32>s) : binaryOp(acc, v, BinOp.ADD);
    } else r = binaryOp(acc, v, BinOp.ADD);
    decref(v);
    decref(acc);
    if (r == 0) { decref(it); return 0; }
    acc = r;
  }
  decref(it);
  if (excPending()) { decref(acc); return 0; }
  return acc;
}

function minmax(args: usize, nargs: i32, kw: Val, isMax: bool): Val {
  let fname = isMax ? "max" : "min";
  if (!kwCheck(fname, kw, "key,default")) return 0;
  let key = kwArg(args, nargs, kw, "key");
  if (key == noneVal()) key = 0;
  let dflt = kwArg(args, nargs, kw, "default");
  if (nargs == 0) { raiseFmt(E.TypeError, isMax ? "max expected at least 1 argument, got 0" : "min expected at least 1 argument, got 0"); return 0; }
  let it: Val;
  if (nargs == 1) {
    it = objGetIter(arg(args, 0));
    if (it == 0) return 0;
  } else {
    if (dflt != 0) { raiseFmt(E.TypeError, isMax ? "Cannot specify a default for max() with multiple positional arguments" : "Cannot specify a default for min() with multiple positional arguments"); return 0; }
    let t = tupleNew(nargs);
    if (t == 0) return 0;
    for (let i = 0; i < nargs; i++) { let v = arg(args, i); incref(v); tupleSet(t, i, v); }
    it = objGetIter(t);
    decref(t);
    if (it == 0) return 0;
  }
  let best: Val = 0, bestKey: Val = 0;
  while (true) {
    let v = iterNext(it);
    if (v == 0) break;
    let k: Val = v;
    if (key != 0) { k = call1(key, v); if (k == 0) { decref(v); break; } }
    else incref(k);
    if (best == 0) { best = v; bestKey = k; continue; }
    let c = compareBool(k, bestKey, isMax ? CmpOp.GT : CmpOp.LT);
    if (c < 0) { decref(v); decref(k); break; }
    if (c) { decref(best); decref(bestKey); best = v; bestKey = k; }
    else { decref(v); decref(k); }
  }
  decref(it);
  if (excPending()) { xdecref(best); xdecref(bestKey); return 0; }
  if (best == 0) {
    if (dflt != 0) { incref(dflt); return dflt; }
    raiseFmt(E.ValueError, isMax ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    return 0;
  }
  decref(bestKey);
  return best;
}
function maxF(self: Val, args: usize, nargs: i32, kw: Val): Val { return minmax(args, nargs, kw, true); }
function minF(self: Val, args: usize, nargs: i32, kw: Val): Val { return minmax(args, nargs, kw, false); }

function anyAll(args: usize, nargs: i32, kw: Val, isAny: bool): Val {
  if (!checkArgs(isAny ? "any" : "all", nargs, kw, 1, 1)) return 0;
  let it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  while (true) {
    let v = iterNext(it);
    if (v == 0) break;
    let t = objTruthy(v);
    decref(v);
    if (t < 0) { decref(it); return 0; }
    if ((t != 0) == isAny) { decref(it); return boolVal(isAny); }
  }
  decref(it);
  if (excPending()) return 0;
  return boolVal(!isAny);
}
function anyF(self: Val, args: usize, nargs: i32, kw: Val): Val { return anyAll(args, nargs, kw, true); }
function allF(self: Val, args: usize, nargs: i32, kw: Val): Val { return anyAll(args, nargs, kw, false); }

function sortedF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (nargs != 1) { raiseFmt(E.TypeError, "sorted expected 1 argument, got %d", mkSmall(nargs)); return 0; }
  if (!kwCheck("sort", kw, "key,reverse")) return 0;
  let key = kwArg(args, nargs, kw, "key");
  let rev = kwArg(args, nargs, kw, "reverse");
  let r = rev != 0 ? objTruthy(rev) : 0;
  if (r < 0) return 0;
  let l = sequenceToList(arg(args, 0));
  if (l == 0) return 0;
  if (!listSort(l, key == noneVal() ? 0 : key, r != 0)) { decref(l); return 0; }
  return l;
}

function buildClassF(self: Val, args: usize, nargs: i32, kw: Val): Val { return buildClass(args, nargs, kw); }
// }====

function addF(d: Val, name: string, fn: NativeFn, owner: Val): bool {
  let f = builtinFunction(fn, name, owner);
  if (f == 0) return false;
  let n = strInternAS(name);
  if (n == 0) { decref(f); return false; }
  let ok = dictSetItem(d, n, f);
  decref(n); decref(f);
  return ok;
}

function addV(d: Val, name: string, v: Val): bool {
  let n = strInternAS(name);
  if (n == 0) return false;
  let ok = dictSetItem(d, n, v);
  decref(n);
  return ok;
}

/** Create the builtins module. A new reference, or 0. */
export function builtinsModuleNew(): Val {
  let name = strInternAS("builtins");
  if (name == 0) return 0;
  let m = moduleNew(name);
  if (m == 0) { decref(name); return 0; }
  let d = moduleDict(m);
  let ok = addF(d, "print", printF, name) && addF(d, "input", inputF, name)
    && addF(d, "len", lenF, name) && addF(d, "repr", reprF, name) && addF(d, "ascii", asciiF, name)
    && addF(d, "abs", absF, name) && addF(d, "hash", hashF, name) && addF(d, "id", idF, name)
    && addF(d, "callable", callableF, name) && addF(d, "chr", chrF, name) && addF(d, "ord", ordF, name)
    && addF(d, "isinstance", isinstanceF, name) && addF(d, "issubclass", issubclassF, name)
    && addF(d, "iter", iterF, name) && addF(d, "next", nextF, name)
    && addF(d, "getattr", getattrF, name) && addF(d, "setattr", setattrF, name)
    && addF(d, "hasattr", hasattrF, name) && addF(d, "delattr", delattrF, name)
    && addF(d, "vars", varsF, name) && addF(d, "globals", globalsF, name) && addF(d, "locals", localsF, name)
    && addF(d, "dir", dirF, name) && addF(d, "format", formatF, name)
    && addF(d, "bin", binF, name) && addF(d, "oct", octF, name) && addF(d, "hex", hexF, name)
    && addF(d, "divmod", divmodF, name) && addF(d, "pow", powF, name) && addF(d, "round", roundF, name)
    && addF(d, "sum", sumF, name) && addF(d, "min", minF, name) && addF(d, "max", maxF, name)
    && addF(d, "any", anyF, name) && addF(d, "all", allF, name) && addF(d, "sorted", sortedF, name)
    && addF(d, "exec", execF, name) && addF(d, "eval", evalF, name) && addF(d, "compile", compileF, name)
    && addF(d, "__build_class__", buildClassF, name)
    && addV(d, "None", noneVal()) && addV(d, "Ellipsis", ellipsisVal()) && addV(d, "NotImplemented", notImplVal())
    && addV(d, "True", trueVal()) && addV(d, "False", falseVal());
  // the builtin types by name
  ok = ok && addT(d, T_OBJECT) && addT(d, T_TYPE) && addT(d, T_INT) && addT(d, T_BOOL) && addT(d, T_FLOAT)
    && addT(d, T_STR) && addT(d, T_BYTES) && addT(d, T_BYTEARRAY) && addT(d, T_TUPLE) && addT(d, T_LIST)
    && addT(d, T_DICT) && addT(d, T_SET) && addT(d, T_FROZENSET) && addT(d, T_RANGE) && addT(d, T_SLICE)
    && addT(d, T_ENUMERATE) && addT(d, T_ZIP) && addT(d, T_MAP) && addT(d, T_FILTER) && addT(d, T_REVERSED)
    && addT(d, T_PROPERTY) && addT(d, T_STATICMETHOD) && addT(d, T_CLASSMETHOD) && addT(d, T_SUPER);
  for (let e = <i32>E.BaseException; ok && e < <i32>E.END; e++) ok = addT(d, excType(<E>e));
  decref(name);
  if (!ok) { decref(m); return 0; }
  return m;
}

function addT(d: Val, t: usize): bool {
  return dictSetItem(d, changetype<PyType>(t).name, <Val>t);
}
