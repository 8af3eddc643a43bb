// The methods of dict, and dict views.

import { Val, isSmall, mkSmall, incref, decref, xdecref } from "./object";
import { T_DICT, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, typeOf, typeKind, isHeapType } from "./type";
import { Kind } from "./kinds";
import { dictNew, dictGetItem, dictSetItem, dictPop, dictPopLast, dictClear, dictCopy, dictUsed, dictContains, dictNewOfType } from "./dict";
import { tupleNew, tupleSet } from "./tuple";
import { noneVal } from "./singletons";
import { E } from "./exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { arg, checkArgs, kwArg, nkw } from "../vm/args";
import { addMethod, addClassMethod } from "./typeinit";
import { dictViewNew, dictUpdateFrom } from "../vm/ops_misc";
import { raiseKeyError, objGetIter, iterNext, objSetItem } from "../vm/ops_seq";
import { builtinInit } from "./constructors";
import { callObject } from "../vm/call";
import { tupleItem } from "./tuple";

function dictGetM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("get", nargs, kw, 1, 2)) return 0;
  let v = dictGetItem(self, arg(args, 0));
  if (v == 0) {
    if (excPending()) return 0;
    v = nargs > 1 ? arg(args, 1) : noneVal();
  }
  incref(v);
  return v;
}

function dictSetdefaultM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("setdefault", nargs, kw, 1, 2)) return 0;
  let v = dictGetItem(self, arg(args, 0));
  if (v == 0) {
    if (excPending()) return 0;
    v = nargs > 1 ? arg(args, 1) : noneVal();
    if (!dictSetItem(self, arg(args, 0), v)) return 0;
  }
  incref(v);
  return v;
}

function dictPopM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("pop", nargs, kw, 1, 2)) return 0;
  let v = dictPop(self, arg(args, 0));
  if (v != 0) return v;
  if (excPending()) return 0;
  if (nargs > 1) { let d = arg(args, 1); incref(d); return d; }
  raiseKeyError(arg(args, 0));
  return 0;
}

function dictPopitemM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("popitem", nargs, kw, 0, 0)) return 0;
  let kv = memory.data(8);
  if (!dictPopLast(self, kv, kv + 4)) { raiseMsg(E.KeyError, "popitem(): dictionary is empty"); return 0; }
  let t = tupleNew(2);
  if (t == 0) { decref(load<u32>(kv)); decref(load<u32>(kv, 4)); return 0; }
  tupleSet(t, 0, load<u32>(kv));
  tupleSet(t, 1, load<u32>(kv, 4));
  return t;
}

function dictKeysM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("keys", nargs, kw, 0, 0)) return 0;
  return dictViewNew(T_DICT_KEYS, self);
}
function dictValuesM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("values", nargs, kw, 0, 0)) return 0;
  return dictViewNew(T_DICT_VALUES, self);
}
function dictItemsM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("items", nargs, kw, 0, 0)) return 0;
  return dictViewNew(T_DICT_ITEMS, self);
}

function dictUpdateM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (nargs > 1) { raiseFmt(E.TypeError, "update expected at most 1 argument, got %d", mkSmall(nargs)); return 0; }
  if (nargs == 1 && !dictUpdateFrom(self, arg(args, 0))) return 0;
  let nk = nkw(kw);
  for (let i = 0; i < nk; i++) if (!dictSetItem(self, tupleItem(kw, i), arg(args, nargs + i))) return 0;
  return noneVal();
}

function dictCopyM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("copy", nargs, kw, 0, 0)) return 0;
  return dictCopy(self);
}

function dictClearM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("clear", nargs, kw, 0, 0)) return 0;
  dictClear(self);
  return noneVal();
}

function dictFromkeysM(cls: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("fromkeys", nargs, kw, 1, 2)) return 0;
  let d = callObject(cls, 0, 0, 0);
  if (d == 0) return 0;
  let v = nargs > 1 ? arg(args, 1) : noneVal();
  let it = objGetIter(arg(args, 0));
  if (it == 0) { decref(d); return 0; }
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let ok = objSetItem(d, k, v);
    decref(k);
    if (!ok) { decref(it); decref(d); return 0; }
  }
  decref(it);
  if (excPending()) { decref(d); return 0; }
  return d;
}

function dictInitM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!builtinInit(self, T_DICT, args, nargs, kw)) return 0;
  return noneVal();
}

function viewIsdisjointM(self: Val, args: usize, nargs: i32, kw: Val): Val {
  if (!checkArgs("isdisjoint", nargs, kw, 1, 1)) return 0;
  let it = objGetIter(arg(args, 0));
  if (it == 0) return 0;
  while (true) {
    let k = iterNext(it);
    if (k == 0) break;
    let c = dictViewContains(self, k);
    decref(k);
    if (c < 0) { decref(it); return 0; }
    if (c > 0) { decref(it); return boolVal(false); }
  }
  decref(it);
  if (excPending()) return 0;
  return boolVal(true);
}
import { dictViewContains } from "../vm/ops_misc";
import { boolVal } from "./singletons";
import { T_DICT_KEYS as TK, T_DICT_ITEMS as TI } from "./type";

export function dictMethodsInit(): bool {
  return addMethod(T_DICT, "get", dictGetM)
    && addMethod(T_DICT, "setdefault", dictSetdefaultM)
    && addMethod(T_DICT, "pop", dictPopM)
    && addMethod(T_DICT, "popitem", dictPopitemM)
    && addMethod(T_DICT, "keys", dictKeysM)
    && addMethod(T_DICT, "values", dictValuesM)
    && addMethod(T_DICT, "items", dictItemsM)
    && addMethod(T_DICT, "update", dictUpdateM)
    && addMethod(T_DICT, "copy", dictCopyM)
    && addMethod(T_DICT, "clear", dictClearM)
    && addMethod(T_DICT, "__init__", dictInitM)
    && addClassMethod(T_DICT, "fromkeys", dictFromkeysM)
    && addMethod(TK, "isdisjoint", viewIsdisjointM)
    && addMethod(TI, "isdisjoint", viewIsdisjointM);
}
