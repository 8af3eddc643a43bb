// Traversal and clearing of GC-tracked objects: the cycle collector's view of every container
// layout (CPython's tp_traverse and tp_clear), written from the layout comments of obj/*.ts and
// vm/frame.ts. The collector itself is gc/cycles.ts.
//
// objTraverse(o, visit, arg) calls visit(v, arg) once for every reference o owns that can lead to
// a container, including tagged small ints and other atoms (gc.get_referents shows them; the
// collector's visitors filter with gcIsGcObject), in CPython's order (lists and tuples from the
// end, a class instance's own fields and class before its builtin base's). It stops at, and
// returns, the first nonzero result. Owned strs that CPython does not traverse are skipped.
// objClear(o) drops the references through which o can be part of a cycle, leaving o in a state
// its dealloc (gc/dealloc.ts) still accepts, so refcounting frees the rest.
//
// Invariant: traverse visits exactly the references that o's refcount share accounts for, never a
// borrowed pointer and never a raw field. An extra visit makes some gc_refs too small and can free
// a live object; a missing one only keeps garbage alive. So where a layout is doubtful (see
// instanceLayoutKnown) this file visits less, never more.

import { Val, incref, xdecref, decref } from "../obj/object";
import { PyType, T_RANGE_ITER, T_STR, typeOf, typeKind, isHeapType, typeModified, typeRemoveSubclass,
         typeFreeSpecials } from "../obj/type";
import { Kind, TF } from "../obj/kinds";
import { tupleSize, tupleEmpty, TUPLE_HEADER } from "../obj/tuple";
import { listSize, listItems, listClear } from "../obj/list";
import { dictEnd, dictEntryKey, dictEntryValue, dictClear } from "../obj/dict";
import { setTraverse, setClear } from "../obj/set";
import { excClear } from "../obj/exc";
import { GS, genState, genFrame, genClear } from "../obj/gen";
import { propertyClear, wrapperClear } from "../obj/descr";
import { nativeIterClear } from "../obj/nativeiter";
import { codeNlocalsplus, codeStacksize } from "../obj/code";
import { noneVal } from "../obj/singletons";
import { FRAME_HEADER, FF } from "../vm/frame";
import { instanceClear } from "./dealloc";
import { strExtraSize } from "../obj/strmethods";

/** A visitor: returns nonzero to stop the traversal. */
export type Visit = (v: Val, arg: usize) => i32;

/**
 * True if v is an object with a GC head whose type takes part in collection: a heap object (static
 * objects live below __heap_base and have no head) of a TF.GC type. Instances of classes derived
 * from int and str have one (obj/int.ts intWithType, obj/strmethods.ts strOfType): their __dict__
 * can close a cycle through the class, as in CPython.
 */
export function gcIsGcObject(v: Val): bool {
  if (v == 0 || (v & 1) != 0 || <usize>v < __heap_base) return false;
  let t = <usize>load<u32>(v, 4);
  return (load<u8>(t, 9) & <u8>TF.GC) != 0;
}

// @ts-ignore: decorator
@inline function field(o: usize, off: usize, visit: Visit, arg: usize): i32 {
  let v = load<u32>(o + off);
  return v != 0 ? visit(v, arg) : 0;
}

/** Visit the 4-byte fields at [from, to] (inclusive, step 4). */
function fields(o: usize, from: usize, to: usize, visit: Visit, arg: usize): i32 {
  for (let off = from; off <= to; off += 4) {
    let v = load<u32>(o + off);
    if (v != 0) { let r = visit(v, arg); if (r != 0) return r; }
  }
  return 0;
}

/** Visit n values at p (NULLs skipped: tupleNew tracks tuples before they are filled). */
function values(p: usize, n: i32, visit: Visit, arg: usize): i32 {
  for (let i = 0; i < n; i++) {
    let v = load<u32>(p + (<usize>i << 2));
    if (v != 0) { let r = visit(v, arg); if (r != 0) return r; }
  }
  return 0;
}

// {==== traverse

export function objTraverse(o: Val, visit: Visit, arg: usize): i32 {
  let t = typeOf(o);
  if (isHeapType(t)) {
    let r = instanceTraverse(o, t, visit, arg);
    if (r != 0) return r;
  }
  return kindTraverse(o, t, visit, arg);
}

/** The references of the native layout of o's kind (the whole object for builtin types). */
function kindTraverse(o: usize, t: usize, visit: Visit, arg: usize): i32 {
  switch (typeKind(t)) {
    case Kind.TUPLE: return valuesBack(o + TUPLE_HEADER, tupleSize(o), visit, arg);
    case Kind.LIST: {
      let items = listItems(o);
      return items == 0 ? 0 : valuesBack(items, listSize(o), visit, arg);
    }
    case Kind.DICT: return dictTraverse(o, visit, arg);
    case Kind.SET: case Kind.FROZENSET: return setTraverse(o, visit, arg);
    case Kind.FUNCTION: return funcTraverse(o, visit, arg);
    case Kind.METHOD: return fields(o, 8, 12, visit, arg);
    case Kind.BUILTIN: {
      // self, and the owner when it is a module name (a method's owner is a builtin type); the name
      // is a str; +8 is a table index, +20 flags
      let r = field(o, 12, visit, arg);
      let owner = load<u32>(o, 24);
      if (r == 0 && owner != 0 && ((owner & 1) != 0 || typeKind(typeOf(owner)) != Kind.TYPE)) r = visit(owner, arg);
      return r;
    }
    case Kind.CELL: return field(o, 8, visit, arg);
    case Kind.MODULE: return field(o, 8, visit, arg);
    case Kind.TYPE: return typeTraverse(o, visit, arg);
    case Kind.EXCEPTION: {                     // +24 is the flags word
      let r = fields(o, 8, 20, visit, arg);
      if (r == 0) r = fields(o, 28, 36, visit, arg);
      return r;
    }
    case Kind.GENERATOR: return genTraverse(o, visit, arg);
    case Kind.PROPERTY: return fields(o, 8, 20, visit, arg);
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: return field(o, 8, visit, arg);
    case Kind.SUPER: return fields(o, 8, 16, visit, arg);
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: return field(o, 8, visit, arg);
    case Kind.SEQ_ITER: {                      // +12 is the index; range iterators hold no references
      if (t == T_RANGE_ITER) return 0;
      return field(o, 8, visit, arg);
    }
    case Kind.REVERSED: case Kind.DICT_ITER: return field(o, 8, visit, arg);
    case Kind.ENUMERATE: case Kind.ZIP: case Kind.MAP: case Kind.FILTER: case Kind.CALL_ITER:
      return fields(o, 8, 12, visit, arg);
    case Kind.NATIVE_ITER: return fields(o, 12, 20, visit, arg);
    case Kind.SLICE: return fields(o, 8, 16, visit, arg);
  }
  return 0;
}

/** n values at p, last first (CPython's list and tuple traversal order). */
function valuesBack(p: usize, n: i32, visit: Visit, arg: usize): i32 {
  for (let i = n - 1; i >= 0; i--) {
    let v = load<u32>(p + (<usize>i << 2));
    if (v != 0) { let r = visit(v, arg); if (r != 0) return r; }
  }
  return 0;
}

/**
 * Value then key of each live entry (a deleted entry has key 0); when every key is an exact str,
 * only the values, as CPython does for its str-keyed tables (strs lead to no container).
 */
function dictTraverse(d: usize, visit: Visit, arg: usize): i32 {
  let n = dictEnd(d);
  let strKeys = true;
  for (let i = 0; i < n && strKeys; i++) {
    let k = dictEntryKey(d, i);
    if (k != 0 && ((k & 1) != 0 || <usize>load<u32>(k, 4) != T_STR)) strKeys = false;
  }
  for (let i = 0; i < n; i++) {
    let k = dictEntryKey(d, i);
    if (k == 0) continue;
    let v = dictEntryValue(d, i);
    if (v != 0) { let r = visit(v, arg); if (r != 0) return r; }
    if (!strKeys) { let r = visit(k, arg); if (r != 0) return r; }
  }
  return 0;
}

/** CPython's func_traverse order: code, globals, builtins, module, defaults, kwdefaults, doc, name,
 *  __dict__, closure, annotations, qualname. (+56 is the weakref list, not a reference.) */
function funcTraverse(o: usize, visit: Visit, arg: usize): i32 {
  let offs = memory.data<u8>([8, 12, 16, 48, 28, 32, 40, 20, 44, 36, 52, 24]);
  for (let i: usize = 0; i < 12; i++) {
    let r = field(o, <usize>load<u8>(offs + i), visit, arg);
    if (r != 0) return r;
  }
  return 0;
}

/**
 * A heap type: its metatype when that is a heap type too (typecall.ts increfs it), then dict, mro,
 * bases, base. name and qualname are strs; the specials array holds borrowed values.
 */
function typeTraverse(o: usize, visit: Visit, arg: usize): i32 {
  let meta = typeOf(o);
  let r = isHeapType(meta) ? visit(<Val>meta, arg) : 0;
  if (r == 0) r = field(o, 32, visit, arg);          // dict, mro, bases, base (CPython's order)
  if (r == 0) r = field(o, 28, visit, arg);
  if (r == 0) r = field(o, 24, visit, arg);
  if (r == 0) r = field(o, 20, visit, arg);
  return r;
}

/**
 * A generator: code, name, qualname, the saved handled exception, and its embedded frame. Only the
 * frame of a CREATED or SUSPENDED generator is visited: a RUNNING one's frame is a root (the
 * interpreter's local sp is newer than the frame's), a FINISHED one's has been cleared (and is
 * being cleared while genFinish runs).
 */
function genTraverse(g: usize, visit: Visit, arg: usize): i32 {
  let r = fields(g, 8, 16, visit, arg);
  if (r == 0) r = field(g, 24, visit, arg);
  if (r != 0) return r;
  let st = genState(g);
  if (st != GS.CREATED && st != GS.SUSPENDED) return 0;
  return frameTraverse(genFrame(g), visit, arg);
}

/** A generator frame (vm/frame.ts): func, locals dict, owned globals, localsplus, the saved stack. */
function frameTraverse(f: usize, visit: Visit, arg: usize): i32 {
  let code = load<u32>(f);                    // borrowed: the generator owns the code
  let r = field(f, 4, visit, arg);
  if (r == 0) r = field(f, 16, visit, arg);
  if (r == 0 && (load<u32>(f, 32) & FF.OWNS_GLOBALS)) r = fields(f, 8, 12, visit, arg);
  if (r != 0) return r;
  let n = codeNlocalsplus(code);
  let lp = f + FRAME_HEADER;
  r = values(lp, n, visit, arg);
  if (r != 0) return r;
  let base = lp + (<usize>n << 2);
  let sp = <usize>load<u32>(f, 28);
  let limit = base + (<usize>codeStacksize(code) << 2);
  if (sp < base || sp > limit) return 0;      // never read past the frame, whatever sp says
  return values(base, <i32>((sp - base) >> 2), visit, arg);
}

/**
 * The part of a class instance beyond its builtin base: the fields the classes added (their
 * __dict__ pointer and __slots__ values; the weakref list is skipped) and the instance's
 * reference to its class. These mirror instanceDealloc in gc/dealloc.ts.
 */
function instanceTraverse(o: usize, t: usize, visit: Visit, arg: usize): i32 {
  let k = typeKind(t);
  if (!instanceLayoutKnown(k)) return 0;
  if (k == Kind.TYPE) return 0;               // a class: typeTraverse visits its metatype
  if (k != Kind.BYTES) {
    let ty = changetype<PyType>(t);
    let extra = k == Kind.TUPLE ? <usize>tupleSize(o) << 2 : k == Kind.STR ? strExtraSize(o) : 0;
    let end = <usize>ty.basicsize;
    let skip = <usize>ty.weaklistoffset;
    for (let off = <usize>instanceBaseSize(t); off < end; off += 4) {
      if (off == skip) continue;
      let v = load<u32>(o + off + extra);
      if (v != 0) { let r = visit(v, arg); if (r != 0) return r; }
    }
  }
  return visit(<Val>t, arg);
}

/**
 * Kinds whose class instances are allocated at the class's basicsize, with a reference to the
 * class (typecall.ts instanceAlloc, constructors.ts, set.ts, exc.ts, bytes.ts). Instances of
 * property/staticmethod/classmethod/super subclasses are allocated at the base's fixed size and
 * take no class reference, and bytes subclasses keep their fields after the data: for those only
 * what is certain is visited (bytes: the class; the others: the base's fields).
 */
function instanceLayoutKnown(k: Kind): bool {
  switch (k) {
    case Kind.OBJECT: case Kind.TUPLE: case Kind.LIST: case Kind.DICT: case Kind.SET:
    case Kind.FROZENSET: case Kind.FLOAT: case Kind.EXCEPTION: case Kind.BYTEARRAY: case Kind.BYTES:
    case Kind.TYPE: case Kind.INT: case Kind.STR:
      return true;
  }
  return false;
}

/** The instance size of the nearest builtin (static) base. */
function instanceBaseSize(t: usize): u32 {
  while (isHeapType(t)) t = <usize>changetype<PyType>(t).base;
  return changetype<PyType>(t).basicsize;
}
// }====

// {==== clear

/**
 * Break o's references (tp_clear). Tuples are not cleared (CPython: tuples have no tp_clear): a
 * cycle through a tuple always passes through a mutable object that is. Fields whose dealloc
 * decrefs unconditionally get None instead of NULL.
 */
export function objClear(o: Val): void {
  let t = typeOf(o);
  switch (typeKind(t)) {
    case Kind.LIST: listClear(o); break;
    case Kind.DICT: dictClear(o); break;
    case Kind.SET: case Kind.FROZENSET: setClear(o); break;
    case Kind.FUNCTION: {
      // everything but code, name and qualname, which a repr or a traceback may still read
      clearField(o, 12); clearField(o, 16);
      for (let off: usize = 28; off <= 52; off += 4) clearField(o, off);
      break;
    }
    case Kind.METHOD: noneField(o, 8); noneField(o, 12); break;
    case Kind.BUILTIN: clearField(o, 12); clearField(o, 24); break;
    case Kind.CELL: clearField(o, 8); break;
    case Kind.MODULE: clearField(o, 8); break;
    case Kind.TYPE: typeClear(o); break;
    case Kind.EXCEPTION: excClear(o); break;
    case Kind.GENERATOR: if (genState(o) != GS.RUNNING) genClear(o); break;
    case Kind.PROPERTY: propertyClear(o); break;
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: wrapperClear(o); break;
    case Kind.SUPER: noneField(o, 8); clearField(o, 12); clearField(o, 16); break;
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: clearField(o, 8); break;
    case Kind.SEQ_ITER: if (t != T_RANGE_ITER) clearField(o, 8); break;
    case Kind.REVERSED: case Kind.DICT_ITER: clearField(o, 8); break;
    case Kind.ENUMERATE: case Kind.ZIP: case Kind.MAP: case Kind.FILTER: case Kind.CALL_ITER:
      clearField(o, 8); clearField(o, 12); break;
    case Kind.NATIVE_ITER: nativeIterClear(o); break;
    case Kind.SLICE: noneField(o, 8); noneField(o, 12); noneField(o, 16); break;
  }
  if (isHeapType(t)) {
    let k = typeKind(t);
    if (instanceLayoutKnown(k) && k != Kind.BYTES && k != Kind.TYPE) instanceClear(o, t);
  }
}

function clearField(o: usize, off: usize): void {
  let v = load<u32>(o + off);
  if (v == 0) return;
  store<u32>(o + off, 0);
  xdecref(v);
}

function noneField(o: usize, off: usize): void {
  let v = load<u32>(o + off);
  let none = noneVal();
  if (v == none) return;
  incref(none);
  store<u32>(o + off, none);
  xdecref(v);
}

/**
 * A heap type: its namespace is emptied and its MRO (the tuple that holds the type itself: every
 * class is a cycle) becomes the empty tuple, which every lookup handles. base and bases stay: the
 * deallocs of its instances and subclasses walk them. It also leaves its bases' subclass lists and
 * drops its specials cache now, so that nothing points into it whichever dealloc frees it.
 */
function typeClear(o: usize): void {
  let ty = changetype<PyType>(o);
  typeModified(o);
  typeFreeSpecials(o);
  let bases = ty.bases;
  if (bases != 0) {
    let n = tupleSize(bases);
    for (let i = 0; i < n; i++) {
      let b = load<u32>(bases + TUPLE_HEADER + (<usize>i << 2));
      if (b != 0) typeRemoveSubclass(<usize>b, o);
    }
  }
  if (ty.dict != 0) dictClear(ty.dict);
  let mro = ty.mro;
  if (mro != 0 && mro != tupleEmpty()) {
    let e = tupleEmpty();
    incref(e);
    ty.mro = e;
    decref(mro);
  }
}
// }====
