// Deallocation: called when a refcount reaches zero. Dispatches on the kind; instances of classes
// first run __del__ (once, PEP 442), then release their slots, __dict__ and builtin base contents,
// then their memory and their reference to the class.

import { Val, incref, decref, xdecref } from "../obj/object";
import { PyType, T_TYPE, T_TUPLE, T_LIST, T_DICT, typeOf, typeKind, isHeapType, typeSpecial,
         typeRemoveSubclass, typeFreeSpecials, typeFreeSubclasses, T_LIST_ITER, T_RANGE_ITER, T_MEMBER,
         T_WEAKREF } from "../obj/type";
import { Kind, TF } from "../obj/kinds";
import { Id } from "../obj/ids";
import { strDealloc } from "../obj/str";
import { tupleDealloc, tupleSize } from "../obj/tuple";
import { listDealloc, listClear, LIST_SIZE } from "../obj/list";
import { dictDealloc, dictClear } from "../obj/dict";
import { intDealloc } from "../obj/int";
import { floatDealloc } from "../obj/float";
import { codeDealloc } from "../obj/code";
import { funcDealloc, methodDealloc } from "../obj/func";
import { cellDealloc } from "../obj/cell";
import { moduleDealloc } from "../obj/module";
import { builtinDealloc } from "../obj/builtin";
import { excClear, tbDealloc } from "../obj/exc";
import { genDealloc } from "../obj/gen";
import { rangeDealloc, rangeIterDealloc, sliceDealloc } from "../obj/range";
import { iterDealloc } from "../obj/iter";
import { propertyClear, wrapperClear, memberDealloc, PROPERTY_SIZE, WRAPPER_SIZE } from "../obj/descr";
import { setDealloc, setClear } from "../obj/set";
import { bytesDealloc } from "../obj/bytes";
import { dictViewDealloc } from "../vm/ops_misc";
import { superDealloc, superClear } from "../obj/super";
import { nativeIterDealloc } from "../obj/nativeiter";
import { gcFree, gcUntrack, objFree } from "./track";
import { callWithSelf } from "../vm/call";
import { fetchExc, raiseObj } from "../vm/errors";
import { printUnraisableMsg } from "../vm/ops_exc";

export function typeDealloc(o: Val): void {
  let t = typeOf(o);
  if (isHeapType(t)) {
    if (typeKind(t) == Kind.TYPE) { heapTypeDealloc(o); return; }   // a class made by a metaclass
    instanceDealloc(o, t);
    return;
  }
  switch (typeKind(t)) {
    case Kind.STR: strDealloc(o); return;
    case Kind.INT: intDealloc(o); return;
    case Kind.FLOAT: floatDealloc(o); return;
    case Kind.TUPLE: tupleDealloc(o); return;
    case Kind.LIST: listDealloc(o); return;
    case Kind.DICT: dictDealloc(o); return;
    case Kind.SET: case Kind.FROZENSET: setDealloc(o); return;
    case Kind.BYTES: case Kind.BYTEARRAY: bytesDealloc(o); return;
    case Kind.FUNCTION: funcDealloc(o); return;
    case Kind.METHOD: methodDealloc(o); return;
    case Kind.BUILTIN: builtinDealloc(o); return;
    case Kind.CODE: codeDealloc(o); return;
    case Kind.CELL: cellDealloc(o); return;
    case Kind.MODULE: moduleDealloc(o); return;
    case Kind.EXCEPTION: excClear(o); gcFree(o, changetype<PyType>(t).basicsize); return;
    case Kind.TRACEBACK: tbDealloc(o); return;
    case Kind.GENERATOR: genDealloc(o); return;
    case Kind.RANGE: rangeDealloc(o); return;
    case Kind.SLICE: sliceDealloc(o); return;
    case Kind.PROPERTY: propertyClear(o); gcFree(o, PROPERTY_SIZE); return;
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: wrapperClear(o); gcFree(o, WRAPPER_SIZE); return;
    case Kind.MEMBER: memberDealloc(o); return;
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: dictViewDealloc(o); return;
    case Kind.SUPER: superDealloc(o); return;
    case Kind.NATIVE_ITER: nativeIterDealloc(o); return;
    case Kind.SEQ_ITER: case Kind.DICT_ITER: case Kind.ENUMERATE: case Kind.ZIP: case Kind.MAP:
    case Kind.FILTER: case Kind.REVERSED: case Kind.CALL_ITER:
      if (t == T_RANGE_ITER) rangeIterDealloc(o);
      else iterDealloc(o);
      return;
    case Kind.TYPE: heapTypeDealloc(o); return;
    case Kind.OBJECT: objFree(o, changetype<PyType>(t).basicsize); return;       // object()
    case Kind.NATIVE_DATA: objFree(o, changetype<PyType>(t).basicsize); return;  // sys.stdout & co
  }
  // static singletons never get here; anything else is a broken invariant
}

/** A class instance: __del__, then slots, dict, base contents, memory, and the class reference. */
function instanceDealloc(o: Val, t: usize): void {
  if (changetype<PyType>(t).flags & TF.HAS_FINALIZER) {
    if (!finalized(o)) {
      setFinalized(o);
      let del = typeSpecial(t, Id.D_del);
      if (del != 0) {
        store<u32>(o, 1);   // resurrect for the call
        let saved = fetchExc();
        let r = callWithSelf(del, o, 0, 0, 0);
        if (r == 0) printUnraisableMsg("Exception ignored in: ", del);
        else decref(r);
        if (saved != 0) raiseObj(saved);
        let rc = load<u32>(o) - 1;
        if (rc != 0) { store<u32>(o, rc); return; }   // resurrected: it lives on
      }
    }
  }
  instanceClear(o, t);
  let k = typeKind(t);
  let size = changetype<PyType>(t).basicsize;
  switch (k) {
    case Kind.LIST: listClear(o); break;
    case Kind.DICT: dictClear(o); break;
    case Kind.SET: case Kind.FROZENSET: setClear(o); break;
    case Kind.EXCEPTION: excClear(o); break;
    case Kind.INT: xdecref(load<u32>(o, 8)); store<u32>(o, 0, 8); break;   // an int subclass holds its exact value at +8 (obj/int.ts intWithType)
    case Kind.FLOAT: break;
    case Kind.PROPERTY: propertyClear(o); break;
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: wrapperClear(o); break;
    case Kind.SUPER: superClear(o); break;
    case Kind.STR: size += <u32>strExtraSize(o); break;
    case Kind.BYTES: size += <u32>bytesExtraSize(o); break;
    case Kind.BYTEARRAY: bytesClear(o); break;
    case Kind.TUPLE: {
      // tuple subclass: items inline, the class's extra fields follow them
      let n = tupleSize(o);
      for (let i = 0; i < n; i++) xdecref(load<u32>(o + 12 + (<usize>i << 2)));
      size += <u32>n << 2;
      break;
    }
  }
  gcFree(o, size);
  decref(<Val>t);
}

/** Release the slots and __dict__ of a class instance (also the cycle collector's clear). */
export function instanceClear(o: Val, t: usize): void {
  let ty = changetype<PyType>(t);
  let extra = ty.kind == <u8>Kind.TUPLE ? <usize>tupleSize(o) << 2 : ty.kind == <u8>Kind.STR ? strExtraSize(o) : ty.kind == <u8>Kind.BYTES ? bytesExtraSize(o) : 0;
  // every pointer-sized field the classes added after the builtin base's layout
  let base = <usize>baseSize(t);
  let end = <usize>ty.basicsize;
  for (let off = base; off < end; off += 4) {
    if (off == <usize>ty.weaklistoffset) continue;
    let p = o + off + extra;
    let v = load<u32>(p);
    if (v != 0) { store<u32>(p, 0); decref(v); }
  }
}

/** The instance size of the nearest static (builtin) base. */
function baseSize(t: usize): u32 {
  while (isHeapType(t)) t = <usize>changetype<PyType>(t).base;
  return changetype<PyType>(t).basicsize;
}

// The finalized bit lives in the GC head's prev field (bit 0; heads are 8-aligned).
function finalized(o: Val): bool { return (load<u32>(o - 4) & 1) != 0; }
function setFinalized(o: Val): void { store<u32>(o - 4, load<u32>(o - 4) | 1); }

function heapTypeDealloc(o: Val): void {
  let ty = changetype<PyType>(o);
  gcUntrack(o);
  // remove from the bases' subclass lists
  let bases = ty.bases;
  if (bases != 0) for (let i = 0; i < tupleSize(bases); i++) typeRemoveSubclass(<usize>load<u32>(bases + 12 + (<usize>i << 2)), <usize>o);
  typeFreeSpecials(<usize>o);
  typeFreeSubclasses(<usize>o);
  let name = ty.name, qn = ty.qualname, base = ty.base, mro = ty.mro, d = ty.dict;
  let meta = typeOf(o);
  gcFree(o, changetype<PyType>(meta).basicsize > 0 ? 64 : 64);
  xdecref(name); xdecref(qn); xdecref(base); xdecref(bases); xdecref(mro); xdecref(d);
  if (meta != T_TYPE) decref(<Val>meta);
}

import { strExtraSize } from "../obj/strmethods";
import { bytesExtraSize, bytesClear } from "../obj/bytes";
