// The descriptor protocol as methods: __get__ of functions, builtin method descriptors,
// staticmethod, classmethod, property and member descriptors; __set__/__delete__ of the data
// descriptors; property.__set_name__; staticmethod.__call__. Attribute lookup itself never calls
// these (vm/ops_attr.ts descrGet/descrSet do the work natively); they exist so that Python code
// can call them explicitly (`f.__get__(obj, cls)`, a descriptor delegating to a wrapped one).

import { Val, isSmall, incref } from "./object";
import { T_FUNCTION, T_METHOD_DESCR, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_MEMBER, typeOf, typeKind, typeName } from "./type";
import { Kind } from "./kinds";
import { noneVal } from "./singletons";
import { E } from "./exc";
import { raiseFmt } from "../vm/errors";
import { arg, checkArgs } from "../vm/args";
import { addMethod } from "./typeinit";
import { descrGet, descrSet } from "../vm/ops_attr";
import { callObject } from "../vm/call";
import { propertySetName, wrapperCallable } from "./descr";

/** __get__(obj, type=None): obj None means access through the class. */
function getM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__get__", nargs, kw, 1, 2)) return 0;
  let obj = arg(args, 0);
  let type = nargs > 1 ? arg(args, 1) : noneVal();
  if (obj == noneVal() && type == noneVal()) {
    raiseFmt(E.TypeError, "__get__(None, None) is invalid");
    return 0;
  }
  if (type != noneVal() && (isSmall(type) || typeKind(typeOf(type)) != Kind.TYPE)) {
    raiseFmt(E.TypeError, "__get__(obj, type): type must be a type, not '%s'", typeName(typeOf(type)));
    return 0;
  }
  let t: usize = type != noneVal() ? <usize>type : typeOf(obj);
  return descrGet(self, obj == noneVal() ? 0 : obj, t);
}

/** The data descriptors' __set__(obj, value) and __delete__(obj). */
function setOrDelete(self: Val, obj: Val, v: Val): Val {
  let r = descrSet(self, obj, v, noneVal());
  if (r < 0) return 0;
  if (r == 0) {
    raiseFmt(E.AttributeError, v != 0 ? "'%s' object has no attribute '__set__'" : "'%s' object has no attribute '__delete__'", typeName(typeOf(self)));
    return 0;
  }
  return noneVal();
}
function setM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__set__", nargs, kw, 2, 2)) return 0;
  return setOrDelete(self, arg(args, 0), arg(args, 1));
}
function deleteM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__delete__", nargs, kw, 1, 1)) return 0;
  return setOrDelete(self, arg(args, 0), 0);
}

function propSetNameM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("__set_name__", nargs, kw, 2, 2)) return 0;
  propertySetName(self, arg(args, 1));
  return noneVal();
}

/** staticmethod objects are callable since 3.10. */
function staticCallM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  return callObject(wrapperCallable(self), args, nargs, kw);
}

export function descrMethodsInit(): bool {
  return addMethod(T_FUNCTION, "__get__", getM)
    && addMethod(T_METHOD_DESCR, "__get__", getM)
    && addMethod(T_STATICMETHOD, "__get__", getM)
    && addMethod(T_STATICMETHOD, "__call__", staticCallM)
    && addMethod(T_CLASSMETHOD, "__get__", getM)
    && addMethod(T_PROPERTY, "__get__", getM)
    && addMethod(T_PROPERTY, "__set__", setM)
    && addMethod(T_PROPERTY, "__delete__", deleteM)
    && addMethod(T_PROPERTY, "__set_name__", propSetNameM)
    && addMethod(T_MEMBER, "__get__", getM)
    && addMethod(T_MEMBER, "__set__", setM)
    && addMethod(T_MEMBER, "__delete__", deleteM);
}
