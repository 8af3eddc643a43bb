// The attributes every builtin kind exposes natively (CPython's getset and member descriptors):
// __class__, __dict__, function.__name__, exception.args, code.co_*, int.real …

import { Val, isSmall, smallValue, mkSmall, incref, decref, xincref, xdecref } from "../obj/object";
import { PyType, T_STR, T_TUPLE, T_DICT, T_NONE, typeOf, typeKind, typeModified, isHeapType, typeName } from "../obj/type";
import { Kind, TF } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strFromAS, strEq } from "../obj/str";
import { tupleSize, tupleItem, tupleEmpty, tuplePack1 } from "../obj/tuple";
import { dictNew, dictGetStr, dictSetItem, dictCopy } from "../obj/dict";
import { noneVal, trueVal, falseVal, boolVal } from "../obj/singletons";
import { E, excArgs, excTraceback, excCause, excContext, excSuppressContext, excSetArgs, excSetTraceback,
         excSetCause, excSetContext, excSetSuppress, excExtra, excSetExtra, excType } from "../obj/exc";
import { raiseFmt, raiseMsg } from "./errors";
import { instanceDict, instanceDictSlot } from "./ops_attr";
import { moduleDict } from "../obj/module";
import { funcSetField } from "../obj/func";
import { builtinName, builtinSelf } from "../obj/builtin";
import { cellGet, cellSet } from "../obj/cell";
import { intFromI64 } from "../obj/int";
import { floatNew } from "../obj/float";
import { sequenceToTuple } from "./ops_misc";
import { genState } from "../obj/gen";
import { isSubtype } from "../obj/type";

// @ts-ignore: decorator
@inline function is(name: Val, id: Id): bool { return name == idStr(id); }

function ret(v: Val): Val { if (v == 0) v = noneVal(); incref(v); return v; }

/** A native attribute of o, a new reference; 0 (no exception) if o's kind has none by that name. */
export function nativeAttr(o: Val, name: Val): Val {
  if (is(name, Id.D_class)) return ret(<Val>typeOf(o));
  let t = typeOf(o);
  let k = isSmall(o) ? Kind.INT : typeKind(t);
  if (is(name, Id.D_dict)) {
    // a class's namespace is handed out as a copy: changes must go through setattr (typeModified)
    if (k == Kind.TYPE) return dictCopy(changetype<PyType>(o).dict);
    let d = instanceDict(o, true);
    if (d != 0) return ret(d);
    return 0;
  }
  switch (k) {
    case Kind.TYPE: {
      let ty = changetype<PyType>(o);
      if (is(name, Id.D_name)) return ret(ty.name);
      if (is(name, Id.D_qualname)) return ret(ty.qualname);
      if (is(name, Id.D_mro)) return ret(ty.mro);
      if (is(name, Id.D_bases)) return ret(ty.bases);
      if (is(name, Id.D_base)) return ret(ty.base);
      if (is(name, Id.D_module) && !isHeapType(<usize>o)) return strFromAS("builtins");
      if (is(name, Id.D_doc) && !isHeapType(<usize>o)) { let d = dictGetStr(ty.dict, name); return ret(d); }
      return 0;
    }
    case Kind.FUNCTION: {
      if (is(name, Id.D_name)) return ret(load<u32>(o, 20));
      if (is(name, Id.D_qualname)) return ret(load<u32>(o, 24));
      if (is(name, Id.D_defaults)) return ret(load<u32>(o, 28));
      if (is(name, Id.D_kwdefaults)) return ret(load<u32>(o, 32));
      if (is(name, Id.D_closure)) return ret(load<u32>(o, 36));
      if (is(name, Id.D_doc)) return ret(load<u32>(o, 40));
      if (is(name, Id.D_module)) return ret(load<u32>(o, 48));
      if (is(name, Id.D_code)) return ret(load<u32>(o, 8));
      if (is(name, Id.D_globals)) return ret(load<u32>(o, 12));
      if (is(name, Id.D_builtins)) return ret(load<u32>(o, 16));
      if (is(name, Id.D_annotations)) {
        let a = load<u32>(o, 52);
        if (a == 0 || (!isSmall(a) && typeOf(a) == T_TUPLE)) {
          // MAKE_FUNCTION gives a flat tuple (name, value, name, value…): a dict from now on
          let d = dictNew();
          if (d == 0) return 0;
          if (a != 0) {
            for (let i = 0; i + 1 < tupleSize(a); i += 2) {
              if (!dictSetItem(d, tupleItem(a, i), tupleItem(a, i + 1))) { decref(d); return 0; }
            }
          }
          store<u32>(o, d, 52);
          xdecref(a);
        }
        return ret(load<u32>(o, 52));
      }
      return 0;
    }
    case Kind.METHOD: {
      if (is(name, Id.D_self)) return ret(load<u32>(o, 12));
      if (is(name, Id.D_func)) return ret(load<u32>(o, 8));
      return 0;   // other attributes come from the function (ops_attr falls back to it)
    }
    case Kind.BUILTIN: {
      if (is(name, Id.D_name) || is(name, Id.D_qualname)) return ret(builtinName(o));
      if (is(name, Id.D_self)) return ret(builtinSelf(o));
      if (is(name, Id.D_doc)) return ret(0);
      return 0;
    }
    case Kind.CELL: {
      if (is(name, Id.cell_contents)) {
        let v = cellGet(o);
        if (v == 0) { raiseMsg(E.ValueError, "Cell is empty"); return 0; }
        return ret(v);
      }
      return 0;
    }
    case Kind.CODE: {
      if (is(name, Id.co_name)) return ret(load<u32>(o, 36));
      if (is(name, Id.co_filename)) return ret(load<u32>(o, 44));
      if (is(name, Id.co_firstlineno)) return mkSmall(load<i32>(o, 32));
      if (is(name, Id.co_argcount)) return mkSmall(load<i32>(o, 8));
      if (is(name, Id.co_flags)) return mkSmall(load<i32>(o, 20));
      if (is(name, Id.co_names)) return ret(load<u32>(o, 56));
      if (is(name, Id.co_consts)) return ret(load<u32>(o, 60));
      if (is(name, Id.co_varnames)) return codeNamesOfKind(o, 0x20);
      if (nameIs(name, "co_cellvars")) return codeNamesOfKind(o, 0x40);
      if (nameIs(name, "co_freevars")) return codeNamesOfKind(o, 0x80);
      if (nameIs(name, "co_qualname")) return ret(load<u32>(o, 40));
      if (nameIs(name, "co_nlocals")) return mkSmall(countKind(o, 0x20));
      if (nameIs(name, "co_posonlyargcount")) return mkSmall(load<i32>(o, 12));
      if (nameIs(name, "co_kwonlyargcount")) return mkSmall(load<i32>(o, 16));
      if (nameIs(name, "co_stacksize")) return mkSmall(load<i32>(o, 24));
      return 0;
    }
    case Kind.EXCEPTION: {
      if (is(name, Id.args)) return ret(excArgs(o));
      if (is(name, Id.D_traceback)) return ret(excTraceback(o));
      if (is(name, Id.D_cause)) return ret(excCause(o));
      if (is(name, Id.D_context)) return ret(excContext(o));
      if (is(name, Id.D_suppress_context)) return ret(boolVal(excSuppressContext(o)));
      if (isSubtype(t, excType(E.StopIteration)) && nameIs(name, "value")) {
        let v = excExtra(o);
        if (v == 0) { let a = excArgs(o); v = tupleSize(a) > 0 ? tupleItem(a, 0) : noneVal(); }
        return ret(v);
      }
      if (isSubtype(t, excType(E.SystemExit)) && nameIs(name, "code")) {
        let v = excExtra(o);
        if (v == 0) { let a = excArgs(o); v = tupleSize(a) == 0 ? noneVal() : tupleSize(a) == 1 ? tupleItem(a, 0) : a; }
        return ret(v);
      }
      if ((isSubtype(t, excType(E.ImportError)) || isSubtype(t, excType(E.NameError)) || isSubtype(t, excType(E.AttributeError))) && nameIs(name, "name")) return ret(excExtra(o));
      return 0;
    }
    case Kind.TRACEBACK: {
      if (is(name, Id.tb_next)) return ret(load<u32>(o, 8));
      if (is(name, Id.tb_lineno)) return mkSmall(<i32>load<u32>(o, 16));
      if (is(name, Id.tb_frame)) return ret(0);
      if (nameIs(name, "tb_lasti")) return mkSmall(<i32>load<u32>(o, 20) * 2);
      return 0;
    }
    case Kind.GENERATOR: {
      if (is(name, Id.D_name)) return ret(load<u32>(o, 12));
      if (is(name, Id.D_qualname)) return ret(load<u32>(o, 16));
      if (is(name, Id.gi_running)) return ret(boolVal(genState(o) == 2));
      if (is(name, Id.gi_code)) return ret(load<u32>(o, 8));
      if (is(name, Id.gi_frame)) return ret(0);
      return 0;
    }
    case Kind.PROPERTY: {
      if (is(name, Id.fget)) return ret(load<u32>(o, 8));
      if (is(name, Id.fset)) return ret(load<u32>(o, 12));
      if (is(name, Id.fdel)) return ret(load<u32>(o, 16));
      if (is(name, Id.D_doc)) {
        let d = load<u32>(o, 20);
        if (d == 0 || d == noneVal()) {
          // the getter's docstring
          let g = load<u32>(o, 8);
          if (g != 0 && !isSmall(g) && typeKind(typeOf(g)) == Kind.FUNCTION) return ret(load<u32>(g, 40));
        }
        return ret(d);
      }
      return 0;
    }
    case Kind.MEMBER: {
      if (is(name, Id.D_name)) return ret(load<u32>(o, 8));
      if (nameIs(name, "__objclass__")) return ret(load<u32>(o, 16));
      return 0;
    }
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: {
      if (is(name, Id.D_func) || is(name, Id.D_wrapped)) return ret(load<u32>(o, 8));
      if (is(name, Id.D_isabstractmethod)) return ret(falseVal());
      return 0;
    }
    case Kind.INT: case Kind.BOOL: {
      if (is(name, Id.real) || is(name, Id.numerator)) {
        if (isSmall(o)) return o;
        if (k == Kind.BOOL) return mkSmall(load<i32>(o, 8));
        if (typeOf(o) != t || isHeapType(t)) return intPlus(o);
        incref(o);
        return o;
      }
      if (is(name, Id.imag)) return mkSmall(0);
      if (is(name, Id.denominator)) return mkSmall(1);
      return 0;
    }
    case Kind.FLOAT: {
      if (is(name, Id.real)) return floatNew(load<f64>(o, 8));
      if (is(name, Id.imag)) return floatNew(0.0);
      return 0;
    }
    case Kind.RANGE: case Kind.SLICE: {
      if (is(name, Id.start)) return ret(load<u32>(o, 8));
      if (is(name, Id.stop)) return ret(load<u32>(o, 12));
      if (is(name, Id.step)) return ret(load<u32>(o, 16));
      return 0;
    }
  }
  return 0;
}

import { intAdd } from "../obj/int";
import { tupleNew, tupleSet } from "../obj/tuple";

/** The localsplus names whose kind has the given FAST_* bit (co_varnames, co_cellvars, co_freevars). */
function codeNamesOfKind(code: Val, bit: u8): Val {
  let n = countKind(code, bit);
  let t = tupleNew(n);
  if (t == 0) return 0;
  let names = load<u32>(code, 48);
  let kinds = <usize>load<u32>(code, 52);
  let j = 0;
  for (let i = 0; i < load<i32>(code, 28); i++) {
    if (load<u8>(kinds + <usize>i) & bit) { let s = tupleItem(names, i); incref(s); tupleSet(t, j++, s); }
  }
  return t;
}

function countKind(code: Val, bit: u8): i32 {
  let kinds = <usize>load<u32>(code, 52);
  let c = 0;
  for (let i = 0; i < load<i32>(code, 28); i++) if (load<u8>(kinds + <usize>i) & bit) c++;
  return c;
}
function intPlus(o: Val): Val { return intAdd(o, mkSmall(0)); }

import { strEqAS } from "../obj/str";
function nameIs(name: Val, s: string): bool { return strEqAS(name, s); }

/** o.__class__ = v: CPython's rules (both heap types, the same layout). false with an exception. */
function setClass(o: Val, v: Val): bool {
  if (v == 0) { raiseMsg(E.TypeError, "can't delete __class__ attribute"); return false; }
  if (isSmall(v) || typeKind(typeOf(v)) != Kind.TYPE) {
    raiseFmt(E.TypeError, "__class__ must be set to a class, not '%T' object", v);
    return false;
  }
  let t = typeOf(o), nt = <usize>v;
  if (!isHeapType(t) || !isHeapType(nt)) {
    raiseMsg(E.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  let a = changetype<PyType>(t), b = changetype<PyType>(nt);
  if (typeKind(t) != typeKind(nt) || a.basicsize != b.basicsize || a.dictoffset != b.dictoffset
      || a.weaklistoffset != b.weaklistoffset || slotsOwner(t) != slotsOwner(nt)) {
    raiseFmt(E.TypeError, "__class__ assignment: '%s' object layout differs from '%s'", b.name, a.name);
    return false;
  }
  incref(v);
  store<u32>(o, <u32>nt, 4);
  decref(<Val>t);   // instances of heap types hold their class
  return true;
}

/** The nearest class on t's base chain that declares __slots__ members (0 if none): two classes
 *  with the same size share a slot layout when this is the same class. */
function slotsOwner(t: usize): usize {
  while (t != 0 && isHeapType(t)) {
    if (changetype<PyType>(t).nslots != 0) return t;
    t = <usize>changetype<PyType>(t).base;
  }
  return 0;
}

/** Set (or delete, v == 0) a native attribute: 1 done, 0 not native, -1 error. */
export function nativeSetAttr(o: Val, name: Val, v: Val): i32 {
  if (is(name, Id.D_class)) return setClass(o, v) ? 1 : -1;
  if (isSmall(o)) return 0;
  let t = typeOf(o);
  let k = typeKind(t);
  if (is(name, Id.D_dict) && k != Kind.TYPE && k != Kind.MODULE) {
    let slot = instanceDictSlot(o);
    if (slot == 0) return 0;
    if (v != 0 && (isSmall(v) || typeKind(typeOf(v)) != Kind.DICT)) {
      raiseFmt(E.TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(typeOf(v)));
      return -1;
    }
    // a deleted __dict__ is made afresh (empty) by the next attribute store
    xincref(v);
    let old = load<u32>(slot);
    store<u32>(slot, v);
    xdecref(old);
    return 1;
  }
  switch (k) {
    case Kind.CELL: {
      if (!is(name, Id.cell_contents)) return 0;
      cellSet(o, v);   // del cell.cell_contents empties the cell, as in CPython
      return 1;
    }
    case Kind.FUNCTION: {
      let off: usize = 0;
      if (is(name, Id.D_name)) off = 20;
      else if (is(name, Id.D_qualname)) off = 24;
      else if (is(name, Id.D_defaults)) off = 28;
      else if (is(name, Id.D_kwdefaults)) off = 32;
      else if (is(name, Id.D_doc)) off = 40;
      else if (is(name, Id.D_module)) off = 48;
      else if (is(name, Id.D_annotations)) off = 52;
      else if (is(name, Id.D_code)) off = 8;
      if (off == 0) return 0;
      if ((off == 20 || off == 24) && (v == 0 || isSmall(v) || typeOf(v) != T_STR)) {
        raiseMsg(E.TypeError, off == 20 ? "__name__ must be set to a string object" : "__qualname__ must be set to a string object");
        return -1;
      }
      let nv = v == noneVal() && (off == 28 || off == 32) ? 0 : v;
      if (v == 0 && (off == 40 || off == 48)) nv = noneVal();
      funcSetField(o, off, nv);
      return 1;
    }
    case Kind.EXCEPTION: {
      if (is(name, Id.args)) {
        if (v == 0) { raiseMsg(E.TypeError, "args may not be deleted"); return -1; }
        let tup = sequenceToTuple(v);
        if (tup == 0) return -1;
        excSetArgs(o, tup);
        decref(tup);
        return 1;
      }
      if (is(name, Id.D_traceback)) { excSetTraceback(o, v == noneVal() ? 0 : v); return 1; }
      if (is(name, Id.D_cause)) { excSetCause(o, v == noneVal() ? 0 : v); return 1; }
      if (is(name, Id.D_context)) { excSetContext(o, v == noneVal() ? 0 : v); return 1; }
      if (is(name, Id.D_suppress_context)) { excSetSuppress(o, v == trueVal()); return 1; }
      if ((isSubtype(t, excType(E.StopIteration)) && nameIs(name, "value")) || (isSubtype(t, excType(E.SystemExit)) && nameIs(name, "code"))) {
        excSetExtra(o, v);
        return 1;
      }
      return 0;
    }
    case Kind.TYPE: {
      let ty = changetype<PyType>(o);
      if (is(name, Id.D_name) || is(name, Id.D_qualname)) {
        if (v == 0 || isSmall(v) || typeOf(v) != T_STR) {
          raiseFmt(E.TypeError, "can only assign string to %s.__name__, not '%T'", ty.name, v == 0 ? noneVal() : v);
          return -1;
        }
        incref(v);
        if (is(name, Id.D_name)) { let old = ty.name; ty.name = v; decref(old); }
        else { let old = ty.qualname; ty.qualname = v; decref(old); }
        typeModified(<usize>o);
        return 1;
      }
      return 0;
    }
  }
  return 0;
}
