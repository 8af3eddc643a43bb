// Methods of object, type, BaseException, generator and property; and the list of every type's
// method table (typesInitMethods), called once at start-up.

import { Val, isSmall, mkSmall, incref, decref, xdecref } from "./object";
import { PyType, T_OBJECT, T_TYPE, T_GENERATOR, T_PROPERTY, T_STR, typeOf, typeKind, isHeapType, typeName,
         isSubtype, T_INT, T_FLOAT, T_TUPLE } from "./type";
import { Kind } from "./kinds";
import { Id } from "./ids";
import { idStr, strLen } from "./str";
import { tupleFromArray, tupleSize, tupleItem } from "./tuple";
import { listNew, listAppend, listFromArray } from "./list";
import { noneVal, notImplVal, boolVal, trueVal } from "./singletons";
import { E, excType, excSetArgs, excSetTraceback, excNew } from "./exc";
import { raiseMsg, raiseFmt, raiseObj, excPending } from "../vm/errors";
import { arg, checkArgs, kwArg, nkw } from "../vm/args";
import { addMethod, addClassMethod, addStaticMethod } from "./typeinit";
import { objRepr, objStr, objHash, pointerHash } from "../vm/ops";
import { genericGetAttr, genericSetAttr } from "../vm/ops_attr";
import { reprDefault } from "../vm/reprs";
import { intFromI64 } from "./int";
import { genResume, genReturned, genThrow, genClose, genNext, GS, genState } from "./gen";
import { propertyNew } from "./descr";
import { builtinConstruct } from "./constructors";
import { instanceAlloc } from "./typecall";
import { listMethodsInit } from "./listmethods";
import { dictMethodsInit } from "./dictmethods";
import { strMethodsInit } from "./strmethods";
import { setMethodsInit } from "./setmethods";
import { bytesMethodsInit } from "./bytesmethods2";
import { numberMethodsInit } from "./nummethods";
import { slotsInit } from "./slots";
import { descrMethodsInit } from "./descrmethods";
import { rangeMethodsInit } from "./rangemethods";
import { excStr, excRepr } from "../vm/ops_exc";
import { objFormat } from "./strformat";
import { callObject } from "../vm/call";
import { sizeofObject } from "../mod/sysmod";

// {==== object

function objectInitM(self: Val, args: usize, nargs: i32, kw: Val): Val { return noneVal(); }

import { sbNew, sbAS, sbStr, sbFinish } from "./strbuf";
import { raiseWithStr } from "../vm/errors";

/** The nearest builtin type among t and its bases (the one whose __new__ makes t's instances). */
function staticBase(t: usize): usize {
  while (isHeapType(t)) t = <usize>changetype<PyType>(t).base;
  return t;
}

/**
 * T.__new__(cls, ...) for object and the builtin types that have their own constructor (self is
 * T, the owner the static method was found on): cls must be a subclass of T whose instances T's
 * constructor can make (tp_new_wrapper's checks).
 */
function builtinNewM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let owner = <usize>self;
  let oname = changetype<PyType>(owner).name;
  if (nargs < 1) { raiseFmt(E.TypeError, "%s.__new__(): not enough arguments", oname); return 0; }
  let cls = arg(args, 0);
  if (isSmall(cls) || typeKind(typeOf(cls)) != Kind.TYPE) {
    raiseFmt(E.TypeError, "%s.__new__(X): X is not a type object (%s)", oname, typeName(typeOf(cls)));
    return 0;
  }
  let t = <usize>cls;
  if (!isSubtype(t, owner)) {
    let sb = sbNew();
    if (sb == 0) return 0;
    let tn = changetype<PyType>(t).name;
    sbStr(sb, oname); sbAS(sb, ".__new__("); sbStr(sb, tn); sbAS(sb, "): "); sbStr(sb, tn);
    sbAS(sb, " is not a subtype of "); sbStr(sb, oname);
    raiseWithStr(excType(E.TypeError), sbFinish(sb));
    return 0;
  }
  let sb = staticBase(t);
  if (sb != owner && (owner == T_OBJECT || typeKind(sb) != typeKind(owner))) {
    raiseFmt(E.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", oname, changetype<PyType>(t).name, changetype<PyType>(sb).name);
    return 0;
  }
  if (owner == T_OBJECT) {
    if (isHeapType(t)) return instanceAlloc(t);
    return builtinConstruct(t, args + 4, 0, 0);
  }
  // mutable containers are filled by __init__: their __new__ ignores the arguments
  let k = typeKind(owner);
  if (k == Kind.LIST || k == Kind.DICT || k == Kind.SET || k == Kind.BYTEARRAY) return builtinConstruct(t, args + 4, 0, 0);
  return builtinConstruct(t, args + 4, nargs - 1 - nkw(kw), kw);
}

/** object's ordering comparisons: always NotImplemented (so the reflected one, then TypeError). */
function objectOrderM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__lt__", nargs, kw, 1, 1)) return 0;
  return notImplVal();
}
function objectReprM(self: Val, args: usize, nargs: i32, kw: Val): Val { return reprDefault(self); }
function objectStrM(self: Val, args: usize, nargs: i32, kw: Val): Val { return objRepr(self); }
function objectHashM(self: Val, args: usize, nargs: i32, kw: Val): Val { return intFromI64(pointerHash(self)); }
function objectEqM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__eq__", nargs, kw, 1, 1)) return 0;
  if (self == arg(args, 0)) return trueVal();
  return notImplVal();
}
function objectNeM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__ne__", nargs, kw, 1, 1)) return 0;
  if (self == arg(args, 0)) return boolVal(false);
  return notImplVal();
}
function objectGetattributeM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__getattribute__", nargs, kw, 1, 1)) return 0;
  let name = arg(args, 0);
  if (isSmall(name) || typeOf(name) != T_STR) { raiseFmt(E.TypeError, "attribute name must be string, not '%s'", typeName(typeOf(name))); return 0; }
  return genericGetAttr(self, typeOf(self), name, true);
}
function objectSetattrM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__setattr__", nargs, kw, 2, 2)) return 0;
  if (!genericSetAttr(self, arg(args, 0), arg(args, 1))) return 0;
  return noneVal();
}
function objectDelattrM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__delattr__", nargs, kw, 1, 1)) return 0;
  if (!genericSetAttr(self, arg(args, 0), 0)) return 0;
  return noneVal();
}
function objectFormatM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__format__", nargs, kw, 1, 1)) return 0;
  let spec = arg(args, 0);
  if (!isSmall(spec) && typeOf(spec) == T_STR && strLen(spec) > 0) {
    raiseFmt(E.TypeError, "unsupported format string passed to %s.__format__", typeName(typeOf(self)));
    return 0;
  }
  return objStr(self);
}
function objectInitSubclassM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  // object.__init_subclass__ takes nothing: class keywords nobody consumed end up here
  let cname = !isSmall(self) && typeKind(typeOf(self)) == Kind.TYPE ? changetype<PyType>(self).name : idStr(Id.D_init_subclass);
  if (kw != 0 && tupleSize(kw) > 0) { raiseFmt(E.TypeError, "%s.__init_subclass__() takes no keyword arguments", cname); return 0; }
  if (nargs > 0) { raiseFmt(E.TypeError, "%s.__init_subclass__() takes no arguments (%d given)", cname, mkSmall(nargs)); return 0; }
  return noneVal();
}
function objectSizeofM(self: Val, args: usize, nargs: i32, kw: Val): Val { return mkSmall(<i32>sizeofObject(self)); }
function objectDirM(self: Val, args: usize, nargs: i32, kw: Val): Val { return listNew(0); }
// }====

// {==== type

function typeMroM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let mro = changetype<PyType>(self).mro;
  return listFromArray(<usize>mro + 12, tupleSize(mro));
}

function typeSubclassesM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let l = listNew(0);
  if (l == 0) return 0;
  let subs = <usize>changetype<PyType>(self).subclasses;
  if (subs != 0) {
    let n = load<u32>(subs);
    for (let i: u32 = 0; i < n; i++) if (!listAppend(l, load<u32>(subs + 8 + (<usize>i << 2)))) { decref(l); return 0; }
  }
  return l;
}

function typeNewM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  // type.__new__(meta, name, bases, ns)
  if (nargs < 1) { raiseMsg(E.TypeError, "type.__new__(): not enough arguments"); return 0; }
  return typeNewHeapFromArgs(arg(args, 0), args + 4, nargs - 1, kw);
}
import { typeNewHeap } from "./typecall";
function typeNewHeapFromArgs(meta: Val, args: usize, nargs: i32, kw: Val): Val { return typeNewHeap(<usize>meta, args, nargs, kw); }

function typeInitM(self: Val, args: usize, nargs: i32, kw: Val): Val { return noneVal(); }

function typeCallM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  return callObjectType(self, args, nargs, kw);
}
import { typeCall } from "./typecall";
function callObjectType(cls: Val, args: usize, nargs: i32, kw: Val): Val { return typeCall(cls, args, nargs, kw); }
// }====

// {==== BaseException

function excInitM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (nkw(kw) > 0) { raiseFmt(E.TypeError, "%s() takes no keyword arguments", typeName(typeOf(self))); return 0; }
  let t = tupleFromArray(args, nargs);
  if (t == 0) return 0;
  excSetArgs(self, t);
  decref(t);
  return noneVal();
}

function excNewM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (nargs < 1) { raiseMsg(E.TypeError, "BaseException.__new__(): not enough arguments"); return 0; }
  let cls = <usize>arg(args, 0);
  let t = tupleFromArray(args + 4, nargs - 1 - nkw(kw));
  if (t == 0) return 0;
  let x = excNew(cls, t);
  decref(t);
  return x;
}

function excStrM(self: Val, args: usize, nargs: i32, kw: Val): Val { return excStr(self); }
function excReprM(self: Val, args: usize, nargs: i32, kw: Val): Val { return excRepr(self); }
function excWithTracebackM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("with_traceback", nargs, kw, 1, 1)) return 0;
  let tb = arg(args, 0);
  excSetTraceback(self, tb == noneVal() ? 0 : tb);
  incref(self);
  return self;
}
// }====

// {==== generator

function genSendM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("send", nargs, kw, 1, 1)) return 0;
  let r = genResume(self, arg(args, 0), false);
  return finishResume(r);
}

function finishResume(r: Val): Val {
  if (r != 0 && genReturned) {
    // StopIteration(value)
    let t = r == noneVal() ? tupleFromArray(0, 0) : tupleFromArray(memArg(r), 1);
    decref(r);
    if (t == 0) return 0;
    let x = excNew(excType(E.StopIteration), t);
    decref(t);
    if (x != 0) raiseObj(x);
    return 0;
  }
  return r;
}

const ONE: usize = memory.data(4);
function memArg(v: Val): usize { store<u32>(ONE, v); return ONE; }

function genNextM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  let r = genResume(self, noneVal(), false);
  return finishResume(r);
}

/** next(g): the yielded value, or StopIteration carrying the generator's return value. */
export function genNextRaising(g: Val): Val { return finishResume(genResume(g, noneVal(), false)); }

function genThrowM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("throw", nargs, kw, 1, 3)) return 0;
  let typ = arg(args, 0);
  let exc: Val;
  if (!isSmall(typ) && typeKind(typeOf(typ)) == Kind.TYPE && typeKind(<usize>typ) == Kind.EXCEPTION) {
    let v = nargs > 1 ? arg(args, 1) : noneVal();
    if (v != noneVal() && !isSmall(v) && isSubtype(typeOf(v), <usize>typ)) { incref(v); exc = v; }
    else {
      exc = v == noneVal() ? callObject(typ, 0, 0, 0) : callObject(typ, memArg(v), 1, 0);
      if (exc == 0) return 0;
    }
  } else if (!isSmall(typ) && typeKind(typeOf(typ)) == Kind.EXCEPTION) {
    if (nargs > 1 && arg(args, 1) != noneVal()) { raiseMsg(E.TypeError, "instance exception may not have a separate value"); return 0; }
    incref(typ);
    exc = typ;
  } else {
    raiseFmt(E.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typeName(typeOf(typ)));
    return 0;
  }
  if (nargs > 2 && arg(args, 2) != noneVal()) excSetTraceback(exc, arg(args, 2));
  let r = genThrow(self, exc, false);
  return finishResume(r);
}

function genCloseM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("close", nargs, kw, 0, 0)) return 0;
  if (!genClose(self)) return 0;
  return noneVal();
}

function genIterM(self: Val, args: usize, nargs: i32, kw: Val): Val { incref(self); return self; }
// }====

// {==== property

function propCopy(self: Val, which: i32, f: Val): Val {
  let fget = load<u32>(self, 8), fset = load<u32>(self, 12), fdel = load<u32>(self, 16), doc = load<u32>(self, 20);
  if (which == 0) fget = f; else if (which == 1) fset = f; else fdel = f;
  if (f == noneVal()) { if (which == 0) fget = 0; else if (which == 1) fset = 0; else fdel = 0; }
  return propertyNew(typeOf(self), fget, fset, fdel, doc);
}
function propGetterM(self: Val, args: usize, nargs: i32, kw: Val): Val { if (!checkArgs("getter", nargs, kw, 1, 1)) return 0; return propCopy(self, 0, arg(args, 0)); }
function propSetterM(self: Val, args: usize, nargs: i32, kw: Val): Val { if (!checkArgs("setter", nargs, kw, 1, 1)) return 0; return propCopy(self, 1, arg(args, 0)); }
function propDeleterM(self: Val, args: usize, nargs: i32, kw: Val): Val { if (!checkArgs("deleter", nargs, kw, 1, 1)) return 0; return propCopy(self, 2, arg(args, 0)); }
// }====

import { excType as ET } from "./exc";
import { staticType, T } from "./type";

/** The builtin types whose instances their own constructor makes get a __new__ of their own. */
function builtinNewsInit(): bool {
  const types: T[] = [T.BOOL, T.INT, T.FLOAT, T.STR, T.BYTES, T.BYTEARRAY, T.TUPLE, T.LIST, T.DICT, T.SET,
    T.FROZENSET, T.RANGE, T.SLICE, T.PROPERTY, T.STATICMETHOD, T.CLASSMETHOD, T.SUPER, T.ENUMERATE, T.ZIP,
    T.MAP, T.FILTER, T.REVERSED];
  for (let i = 0; i < types.length; i++) if (!addStaticMethod(staticType(types[i]), "__new__", builtinNewM)) return false;
  return true;
}

export function typesInitMethods(): bool {
  let be = ET(E.BaseException);
  return addMethod(T_OBJECT, "__init__", objectInitM)
    && addStaticMethod(T_OBJECT, "__new__", builtinNewM)
    && builtinNewsInit()
    && addMethod(T_OBJECT, "__repr__", objectReprM)
    && addMethod(T_OBJECT, "__str__", objectStrM)
    && addMethod(T_OBJECT, "__hash__", objectHashM)
    && addMethod(T_OBJECT, "__eq__", objectEqM)
    && addMethod(T_OBJECT, "__ne__", objectNeM)
    && addMethod(T_OBJECT, "__lt__", objectOrderM) && addMethod(T_OBJECT, "__le__", objectOrderM)
    && addMethod(T_OBJECT, "__gt__", objectOrderM) && addMethod(T_OBJECT, "__ge__", objectOrderM)
    && addMethod(T_OBJECT, "__getattribute__", objectGetattributeM)
    && addMethod(T_OBJECT, "__setattr__", objectSetattrM)
    && addMethod(T_OBJECT, "__delattr__", objectDelattrM)
    && addMethod(T_OBJECT, "__format__", objectFormatM)
    && addMethod(T_OBJECT, "__sizeof__", objectSizeofM)
    && addMethod(T_OBJECT, "__dir__", objectDirM)
    && addClassMethod(T_OBJECT, "__init_subclass__", objectInitSubclassM)
    && addMethod(T_TYPE, "mro", typeMroM)
    && addMethod(T_TYPE, "__subclasses__", typeSubclassesM)
    && addStaticMethod(T_TYPE, "__new__", typeNewM)
    && addMethod(T_TYPE, "__init__", typeInitM)
    && addMethod(T_TYPE, "__call__", typeCallM)
    && addMethod(be, "__init__", excInitM)
    && addStaticMethod(be, "__new__", excNewM)
    && addMethod(be, "__str__", excStrM)
    && addMethod(be, "__repr__", excReprM)
    && addMethod(be, "with_traceback", excWithTracebackM)
    && addMethod(T_GENERATOR, "send", genSendM)
    && addMethod(T_GENERATOR, "throw", genThrowM)
    && addMethod(T_GENERATOR, "close", genCloseM)
    && addMethod(T_GENERATOR, "__next__", genNextM)
    && addMethod(T_GENERATOR, "__iter__", genIterM)
    && addMethod(T_PROPERTY, "getter", propGetterM)
    && addMethod(T_PROPERTY, "setter", propSetterM)
    && addMethod(T_PROPERTY, "deleter", propDeleterM)
    && listMethodsInit()
    && dictMethodsInit()
    && strMethodsInit()
    && setMethodsInit()
    && bytesMethodsInit()
    && numberMethodsInit()
    && slotsInit()
    && descrMethodsInit()
    && rangeMethodsInit();
}
