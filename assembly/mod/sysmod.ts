// The sys module, and sys.stdout / sys.stderr (native objects writing to the host's streams).

import { Val, isSmall, mkSmall, incref, decref, xdecref, refcnt } from "../obj/object";
import { PyType, T_NATIVE_DATA, T_STR, T_LIST, typeOf, typeKind, isHeapType, typeName } from "../obj/type";
import { Kind } from "../obj/kinds";
import { Id } from "../obj/ids";
import { strInternAS, strFromAS, strSizeof } from "../obj/str";
import { tupleSizeof, tupleNew, tupleSet } from "../obj/tuple";
import { listNew, listAppend, listSizeof } from "../obj/list";
import { dictSetItem, dictSizeof } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { noneVal } from "../obj/singletons";
import { builtinFunction, NativeFn } from "../obj/builtin";
import { objAlloc } from "../gc/track";
import { E, excType, excNew } from "../obj/exc";
import { raiseMsg, raiseFmt, raiseObj, excPending } from "../vm/errors";
import { arg, checkArgs } from "../vm/args";
import { tunRecursionLimit, setRecursionLimit } from "../vm/tunables";
import { excHandled, callDepth } from "../vm/state";
import { outStr, outFlush } from "./io";
import { addMethod } from "../obj/typeinit";
import { heapAllocSize } from "../mem/heap";
import { intFromI64, intSizeof } from "../obj/int";
import { setSizeof } from "../obj/set";
import { genSizeof } from "../obj/gen";
import { codeSizeof } from "../obj/code";
import { tupleFromArray } from "../obj/tuple";
import { sysModules } from "../vm/import";
import { strIntern } from "../obj/str";

let stdoutObj: Val = 0;
let stderrObj: Val = 0;

/** The fd of a print(file=…) target: 1 for None/stdout, 2 for stderr, -1 for another object. */
export function sysStdoutFd(file: Val): i32 {
  if (file == 0 || file == noneVal()) return 1;
  if (!isSmall(file) && typeOf(file) == T_NATIVE_DATA) return load<i32>(file, 8);
  return -1;
}

function streamNew(fd: i32): Val {
  let o = objAlloc(T_NATIVE_DATA, 16);
  if (o == 0) return 0;
  store<i32>(o, fd, 8);
  store<u32>(o, 0, 12);
  return <Val>o;
}

function streamWriteM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("write", nargs, kw, 1, 1)) return 0;
  let s = arg(args, 0);
  if (isSmall(s) || typeKind(typeOf(s)) != Kind.STR) { raiseFmt(E.TypeError, "write() argument must be str, not %s", typeName(typeOf(s))); return 0; }
  outStr(load<i32>(self, 8), s);
  return mkSmall(load<i32>(s, 8));
}

function streamFlushM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  outFlush(load<i32>(self, 8));
  return noneVal();
}

/** sys.getsizeof: the object's true bytes in the core's heap (GC head and owned buffers included). */
export function sizeofObject(o: Val): usize {
  if (isSmall(o)) return 0;
  let t = typeOf(o);
  let gc: usize = (changetype<PyType>(t).flags & 4) ? 8 : 0;
  switch (typeKind(t)) {
    case Kind.STR: return strSizeof(o);
    case Kind.TUPLE: return tupleSizeof(o);
    case Kind.LIST: if (!isHeapType(t)) return listSizeof(o); break;
    case Kind.DICT: if (!isHeapType(t)) return dictSizeof(o); break;
    case Kind.INT: return intSizeof(o);
    case Kind.SET: case Kind.FROZENSET: return setSizeof(o);
    case Kind.GENERATOR: return genSizeof(o);
    case Kind.CODE: return codeSizeof(o);
    case Kind.NONE: case Kind.BOOL: case Kind.NOTIMPL: case Kind.ELLIPSIS: return 0;
  }
  return heapAllocSize(<usize>changetype<PyType>(t).basicsize + gc);
}

function getsizeofF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("getsizeof", nargs, kw, 1, 2)) return 0;
  return intFromI64(<i64>sizeofObject(arg(args, 0)));
}

function getrefcountF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("getrefcount", nargs, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  if (isSmall(v)) return mkSmall(1 << 29);
  return intFromI64(<i64>refcnt(v));
}

function getrecursionlimitF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("getrecursionlimit", nargs, kw, 0, 0)) return 0;
  return mkSmall(<i32>tunRecursionLimit());
}

function setrecursionlimitF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("setrecursionlimit", nargs, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  if (!isSmall(v)) { raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v))); return 0; }
  let n = (<i32>v) >> 1;
  if (n < 1) { raiseMsg(E.ValueError, "recursion limit must be greater or equal than 1"); return 0; }
  if (<u32>n <= callDepth) {
    raiseFmt(E.RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", v, mkSmall(<i32>callDepth));
    return 0;
  }
  setRecursionLimit(<u32>n);
  return noneVal();
}

function exitF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("exit", nargs, kw, 0, 1)) return 0;
  let a = tupleFromArray(args, nargs);
  if (a == 0) return 0;
  let x = excNew(excType(E.SystemExit), a);
  decref(a);
  if (x != 0) raiseObj(x);
  return 0;
}

function excInfoF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let t = tupleNew(3);
  if (t == 0) return 0;
  let h = excHandled;
  if (h == 0 || h == noneVal()) {
    for (let i = 0; i < 3; i++) tupleSet(t, i, noneVal());
  } else {
    let ty = <Val>typeOf(h);
    incref(ty); incref(h);
    tupleSet(t, 0, ty);
    tupleSet(t, 1, h);
    let tb = load<u32>(h, 12);
    if (tb == 0) tb = noneVal();
    incref(tb);
    tupleSet(t, 2, tb);
  }
  return t;
}

function excF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let h = excHandled;
  if (h == 0) h = noneVal();
  incref(h);
  return h;
}

function internF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("intern", nargs, kw, 1, 1)) return 0;
  let s = arg(args, 0);
  if (isSmall(s) || typeOf(s) != T_STR) { raiseFmt(E.TypeError, "intern() argument must be str, not %s", typeName(typeOf(s))); return 0; }
  incref(s);
  return strIntern(s);
}

function setIntMaxStrDigitsF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("set_int_max_str_digits", nargs, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  if (!isSmall(v)) { raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v))); return 0; }
  let n = (<i32>v) >> 1;
  if (n != 0 && n < 640) { raiseMsg(E.ValueError, "maxdigits must be 0 or larger than 640"); return 0; }
  intSetMaxStrDigits(n);
  return noneVal();
}

function getIntMaxStrDigitsF(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("get_int_max_str_digits", nargs, kw, 0, 0)) return 0;
  return mkSmall(intMaxStrDigits());
}

import { intSetMaxStrDigits, intMaxStrDigits } from "../obj/int";

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
  if (v == 0) return false;
  let n = strInternAS(name);
  if (n == 0) return false;
  let ok = dictSetItem(d, n, v);
  decref(n);
  return ok;
}

function addVSteal(d: Val, name: string, v: Val): bool {
  if (v == 0) return false;
  let ok = addV(d, name, v);
  decref(v);
  return ok;
}

export function sysStreamsInit(): bool {
  stdoutObj = streamNew(1);
  stderrObj = streamNew(2);
  return stdoutObj != 0 && stderrObj != 0
    && addMethod(T_NATIVE_DATA, "write", streamWriteM) && addMethod(T_NATIVE_DATA, "flush", streamFlushM);
}

/** Create the sys module (sys.modules is the given dict). */
export function sysModuleNew(modules: Val, argv0: Val): Val {
  let name = strInternAS("sys");
  if (name == 0) return 0;
  let m = moduleNew(name);
  if (m == 0) { decref(name); return 0; }
  let d = moduleDict(m);
  let argv = listNew(1);
  let ok = argv != 0 && listAppend(argv, argv0);
  let vi = tupleNew(5);
  if (vi != 0) {
    tupleSet(vi, 0, mkSmall(3)); tupleSet(vi, 1, mkSmall(11)); tupleSet(vi, 2, mkSmall(0));
    let rl = strFromAS("final");
    tupleSet(vi, 3, rl != 0 ? rl : noneVal());
    tupleSet(vi, 4, mkSmall(0));
  }
  ok = ok && addV(d, "modules", modules) && addVSteal(d, "argv", argv)
    && addVSteal(d, "path", listNew(0))
    && addV(d, "stdout", stdoutObj) && addV(d, "stderr", stderrObj)
    && addV(d, "__stdout__", stdoutObj) && addV(d, "__stderr__", stderrObj)
    && addVSteal(d, "maxsize", intFromI64(0x7fffffffffffffff))
    && addVSteal(d, "byteorder", strFromAS("little"))
    && addVSteal(d, "platform", strFromAS("dust"))
    && addVSteal(d, "version", strFromAS("3.11.0 (Dust)"))
    && addVSteal(d, "version_info", vi)
    && addF(d, "getsizeof", getsizeofF, name) && addF(d, "getrefcount", getrefcountF, name)
    && addF(d, "getrecursionlimit", getrecursionlimitF, name) && addF(d, "setrecursionlimit", setrecursionlimitF, name)
    && addF(d, "exit", exitF, name) && addF(d, "exc_info", excInfoF, name) && addF(d, "exception", excF, name)
    && addF(d, "intern", internF, name)
    && addF(d, "set_int_max_str_digits", setIntMaxStrDigitsF, name)
    && addF(d, "get_int_max_str_digits", getIntMaxStrDigitsF, name);
  decref(name);
  if (!ok) { decref(m); return 0; }
  return m;
}
