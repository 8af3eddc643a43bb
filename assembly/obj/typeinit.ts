// Start-up of the static builtin types: names, bases, MROs, dicts, and their methods.
//
// Each type's methods are registered by its own file (listMethodsInit in obj/listmethods.ts …),
// called from typesInit below, through addMethod/addClassMethod/addStaticMethod.

import { Val, incref, decref, initStatic, IMMORTAL } from "./object";
import { PyType, T, staticType, TYPE_SIZE, T_OBJECT, T_TYPE, T_INT, T_BOOL, T_STR, T_LIST, T_TUPLE,
         T_DICT, T_SET, T_FROZENSET, T_FLOAT, T_BYTES, T_BYTEARRAY, typeVersion } from "./type";
import { Kind, TF } from "./kinds";
import { strInternAS } from "./str";
import { tupleNew, tupleSet, tupleEmpty, tuplePack1 } from "./tuple";
import { dictNew, dictSetItem } from "./dict";
import { builtinMethod, NativeFn, BF } from "./builtin";
import { excInitTypes, EXC_SIZE, E } from "./exc";
import { TUPLE_HEADER } from "./tuple";
import { LIST_SIZE } from "./list";
import { DICT_SIZE } from "./dict";

/** Fill in a static type's fixed fields (its MRO and dict come later, in typesInit). */
export function initType(t: usize, name: string, kind: Kind, base: usize, size: u32, flags: u32): void {
  initStatic(t, T_TYPE);
  memory.fill(t + 8, 0, TYPE_SIZE - 8);
  let ty = changetype<PyType>(t);
  ty.kind = <u8>kind;
  ty.flags = <u8>flags;
  let n = strInternAS(name);
  store<u32>(n, IMMORTAL);
  ty.name = n;
  ty.qualname = n;
  ty.base = <u32>base;
  ty.basicsize = size;
}

/** Build bases, MRO and an empty dict for a static type whose base is already done. */
function finishType(t: usize): bool {
  let ty = changetype<PyType>(t);
  let base = <usize>ty.base;
  // MRO: the type, then its base's MRO (static types have single inheritance)
  let n = 1;
  for (let b = base; b != 0; b = <usize>changetype<PyType>(b).base) n++;
  let mro = tupleNew(n);
  if (mro == 0) return false;
  let i = 0;
  for (let b = t; b != 0; b = <usize>changetype<PyType>(b).base) { tupleSet(mro, i++, <Val>b); }
  ty.mro = mro;
  ty.bases = base != 0 ? tuplePack1(<Val>base) : tupleEmpty();
  if (ty.bases == 0) return false;
  let d = dictNew();
  if (d == 0) return false;
  ty.dict = d;
  typeVersion(t);
  return true;
}

/** Add a method descriptor to a builtin type's dict. false on MemoryError. */
export function addMethod(t: usize, name: string, fn: NativeFn): bool {
  return addDescr(t, name, builtinMethod(fn, name, t, 0));
}

export function addClassMethod(t: usize, name: string, fn: NativeFn): bool {
  return addDescr(t, name, builtinMethod(fn, name, t, BF.CLASS));
}

export function addStaticMethod(t: usize, name: string, fn: NativeFn): bool {
  return addDescr(t, name, builtinMethod(fn, name, t, BF.STATIC));
}

/** Put any value in a builtin type's dict. */
export function addAttr(t: usize, name: string, v: Val): bool {
  let n = strInternAS(name);
  if (n == 0) return false;
  let ok = dictSetItem(changetype<PyType>(t).dict, n, v);
  decref(n);
  return ok;
}

function addDescr(t: usize, name: string, d: Val): bool {
  if (d == 0) return false;
  let ok = addAttr(t, name, d);
  decref(d);
  return ok;
}

import { TUPLE_HEADER as TH } from "./tuple";
import { CODE_SIZE } from "./code";
import { FUNC_SIZE, METHOD_SIZE } from "./func";
import { CELL_SIZE } from "./cell";
import { MODULE_SIZE } from "./module";
import { BUILTIN_SIZE } from "./builtin";
import { RANGE_SIZE, RANGE_ITER_SIZE, SLICE_SIZE } from "./range";
import { PROPERTY_SIZE, WRAPPER_SIZE, MEMBER_SIZE } from "./descr";
import { SEQITER_SIZE, DICTITER_SIZE, ITER2_SIZE } from "./iter";
import { TB_SIZE } from "./exc";
import { GEN_SIZE } from "./gen";
import { typesInitMethods } from "./methods";

/** Create every static type. false on MemoryError (start-up fails). */
export function typesInit(): bool {
  const G = TF.GC, B = TF.BASETYPE;
  initType(T_OBJECT, "object", Kind.OBJECT, 0, 8, B);
  initType(T_TYPE, "type", Kind.TYPE, T_OBJECT, <u32>TYPE_SIZE, B | G | TF.IS_TYPE);
  initType(staticType(T.NONE), "NoneType", Kind.NONE, T_OBJECT, 8, 0);
  initType(staticType(T.NOTIMPL), "NotImplementedType", Kind.NOTIMPL, T_OBJECT, 8, 0);
  initType(staticType(T.ELLIPSIS), "ellipsis", Kind.ELLIPSIS, T_OBJECT, 8, 0);
  initType(T_INT, "int", Kind.INT, T_OBJECT, 12, B);
  initType(T_BOOL, "bool", Kind.BOOL, T_INT, 12, 0);
  initType(T_FLOAT, "float", Kind.FLOAT, T_OBJECT, 16, B);
  initType(T_STR, "str", Kind.STR, T_OBJECT, 24, B);
  initType(T_BYTES, "bytes", Kind.BYTES, T_OBJECT, 16, B);
  initType(T_BYTEARRAY, "bytearray", Kind.BYTEARRAY, T_OBJECT, 20, B | G);
  initType(T_TUPLE, "tuple", Kind.TUPLE, T_OBJECT, <u32>TH, B | G);
  initType(T_LIST, "list", Kind.LIST, T_OBJECT, <u32>LIST_SIZE, B | G);
  initType(T_DICT, "dict", Kind.DICT, T_OBJECT, <u32>DICT_SIZE, B | G);
  initType(T_SET, "set", Kind.SET, T_OBJECT, 24, B | G);
  initType(T_FROZENSET, "frozenset", Kind.FROZENSET, T_OBJECT, 24, B | G);
  initType(staticType(T.RANGE), "range", Kind.RANGE, T_OBJECT, <u32>RANGE_SIZE, 0);
  initType(staticType(T.SLICE), "slice", Kind.SLICE, T_OBJECT, <u32>SLICE_SIZE, G);
  initType(staticType(T.FUNCTION), "function", Kind.FUNCTION, T_OBJECT, <u32>FUNC_SIZE, G);
  initType(staticType(T.BUILTIN), "builtin_function_or_method", Kind.BUILTIN, T_OBJECT, <u32>BUILTIN_SIZE, G);
  initType(staticType(T.METHOD_DESCR), "method_descriptor", Kind.BUILTIN, T_OBJECT, <u32>BUILTIN_SIZE, G);
  initType(staticType(T.METHOD), "method", Kind.METHOD, T_OBJECT, <u32>METHOD_SIZE, G);
  initType(staticType(T.CODE), "code", Kind.CODE, T_OBJECT, <u32>CODE_SIZE, 0);
  initType(staticType(T.CELL), "cell", Kind.CELL, T_OBJECT, <u32>CELL_SIZE, G);
  initType(staticType(T.MODULE), "module", Kind.MODULE, T_OBJECT, <u32>MODULE_SIZE, B | G);
  initType(staticType(T.GENERATOR), "generator", Kind.GENERATOR, T_OBJECT, <u32>GEN_SIZE, G);
  initType(staticType(T.PROPERTY), "property", Kind.PROPERTY, T_OBJECT, <u32>PROPERTY_SIZE, B | G);
  initType(staticType(T.STATICMETHOD), "staticmethod", Kind.STATICMETHOD, T_OBJECT, <u32>WRAPPER_SIZE, B | G);
  initType(staticType(T.CLASSMETHOD), "classmethod", Kind.CLASSMETHOD, T_OBJECT, <u32>WRAPPER_SIZE, B | G);
  initType(staticType(T.SUPER), "super", Kind.SUPER, T_OBJECT, 20, B | G);
  initType(staticType(T.TRACEBACK), "traceback", Kind.TRACEBACK, T_OBJECT, <u32>TB_SIZE, 0);
  initType(staticType(T.DICT_KEYS), "dict_keys", Kind.DICT_KEYS, T_OBJECT, 12, G);
  initType(staticType(T.DICT_VALUES), "dict_values", Kind.DICT_VALUES, T_OBJECT, 12, G);
  initType(staticType(T.DICT_ITEMS), "dict_items", Kind.DICT_ITEMS, T_OBJECT, 12, G);
  initType(staticType(T.LIST_ITER), "list_iterator", Kind.SEQ_ITER, T_OBJECT, <u32>SEQITER_SIZE, G);
  initType(staticType(T.TUPLE_ITER), "tuple_iterator", Kind.SEQ_ITER, T_OBJECT, <u32>SEQITER_SIZE, G);
  initType(staticType(T.STR_ITER), "str_ascii_iterator", Kind.SEQ_ITER, T_OBJECT, <u32>SEQITER_SIZE, G);
  initType(staticType(T.RANGE_ITER), "range_iterator", Kind.SEQ_ITER, T_OBJECT, <u32>RANGE_ITER_SIZE, 0);
  initType(staticType(T.SEQ_ITER), "iterator", Kind.SEQ_ITER, T_OBJECT, <u32>SEQITER_SIZE, G);
  initType(staticType(T.BYTES_ITER), "bytes_iterator", Kind.SEQ_ITER, T_OBJECT, <u32>SEQITER_SIZE, G);
  initType(staticType(T.LIST_REVITER), "list_reverseiterator", Kind.SEQ_ITER, T_OBJECT, <u32>SEQITER_SIZE, G);
  initType(staticType(T.DICT_KEYITER), "dict_keyiterator", Kind.DICT_ITER, T_OBJECT, <u32>DICTITER_SIZE, G);
  initType(staticType(T.DICT_VALUEITER), "dict_valueiterator", Kind.DICT_ITER, T_OBJECT, <u32>DICTITER_SIZE, G);
  initType(staticType(T.DICT_ITEMITER), "dict_itemiterator", Kind.DICT_ITER, T_OBJECT, <u32>DICTITER_SIZE, G);
  initType(staticType(T.SET_ITER), "set_iterator", Kind.DICT_ITER, T_OBJECT, <u32>DICTITER_SIZE, G);
  initType(staticType(T.ENUMERATE), "enumerate", Kind.ENUMERATE, T_OBJECT, <u32>ITER2_SIZE, B | G);
  initType(staticType(T.ZIP), "zip", Kind.ZIP, T_OBJECT, <u32>ITER2_SIZE, B | G);
  initType(staticType(T.MAP), "map", Kind.MAP, T_OBJECT, <u32>ITER2_SIZE, B | G);
  initType(staticType(T.FILTER), "filter", Kind.FILTER, T_OBJECT, <u32>ITER2_SIZE, B | G);
  initType(staticType(T.REVERSED), "reversed", Kind.REVERSED, T_OBJECT, <u32>SEQITER_SIZE, B | G);
  initType(staticType(T.CALL_ITER), "callable_iterator", Kind.CALL_ITER, T_OBJECT, <u32>ITER2_SIZE, G);
  initType(staticType(T.NATIVE_ITER), "iterator", Kind.NATIVE_ITER, T_OBJECT, 24, G);
  initType(staticType(T.WEAKREF), "weakref.ReferenceType", Kind.WEAKREF, T_OBJECT, 20, B);
  initType(staticType(T.MEMBER), "member_descriptor", Kind.MEMBER, T_OBJECT, <u32>MEMBER_SIZE, 0);
  initType(staticType(T.NATIVE_DATA), "TextIOWrapper", Kind.NATIVE_DATA, T_OBJECT, 16, 0);
  initType(staticType(T.CLASSMETHOD_DESCR), "classmethod_descriptor", Kind.BUILTIN, T_OBJECT, <u32>BUILTIN_SIZE, G);
  initType(staticType(T.SLOT_WRAPPER), "wrapper_descriptor", Kind.BUILTIN, T_OBJECT, <u32>BUILTIN_SIZE, G);
  excInitTypes();
  for (let i = 0; i < <i32>E.END; i++) {
    if (!finishType(staticType(<T>i))) return false;
  }
  return typesInitMethods();
}
