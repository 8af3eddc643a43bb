// Generic object operations, part 3: attributes (getattr/setattr/delattr, LOAD_METHOD).
//
// PyObject_GenericGetAttr's order: a data descriptor found on the class wins; then the
// instance's __dict__; then a non-data descriptor or plain class attribute; then the attributes
// every builtin kind exposes natively (nativeAttr); then __getattr__. Classes and modules have
// their own rules (typeGetAttr, module dict + module __getattr__).

import { Val, isSmall, incref, decref, xdecref, xincref, mkSmall } from "../obj/object";
import { PyType, T_FUNCTION, T_BUILTIN, T_METHOD_DESCR, T_CLASSMETHOD_DESCR, T_PROPERTY, T_STATICMETHOD,
         T_CLASSMETHOD, T_MEMBER, T_TYPE, T_STR, T_NONE, typeOf, typeKind, isHeapType, typeSpecial, typeLookup, typeName,
         typeModified, isSubtype, typeVersion, typePlainAttrs } from "../obj/type";
import { Kind, TF } from "../obj/kinds";
import { Id } from "../obj/ids";
import { idStr, strEq, strIntern, SF_INTERNED } from "../obj/str";
import { dictNew, dictGetStr, dictSetItem, dictDelItem, dictGetItem, dictIndexStr, dictEntryValue, dictLastIndex } from "../obj/dict";
import { noneVal, trueVal, falseVal } from "../obj/singletons";
import { E, excType } from "../obj/exc";
import { raiseFmt, raiseMsg, excPending, excMatches, clearExc } from "./errors";
import { callWithSelf, call1, callObject } from "./call";
import { methodNew } from "../obj/func";
import { builtinBind, builtinFlags, BF, builtinOwner } from "../obj/builtin";
import { wrapperCallable } from "../obj/descr";
import { moduleDict } from "../obj/module";
import { nativeAttr, nativeSetAttr } from "./attrs";

// {==== descriptors

/** True if d (found on a class) is a data descriptor: property, member, or a class with __set__/__delete__. */
export function isDataDescr(d: Val): bool {
  if (isSmall(d)) return false;
  let t = typeOf(d);
  if (t == T_PROPERTY || t == T_MEMBER) return true;
  if (isHeapType(t)) {
    if (typeSpecial(t, Id.D_set) != 0 || typeSpecial(t, Id.D_delete) != 0) return true;
    if (typeKind(t) == Kind.PROPERTY) return true;
  }
  return false;
}

/** False for a data descriptor class with __set__ but no __get__: the instance dict is looked at first. */
function hasGetter(d: Val): bool {
  let t = typeOf(d);
  return !isHeapType(t) || typeKind(t) == Kind.PROPERTY || typeSpecial(t, Id.D_get) != 0;
}

/** descr.__get__(obj, type) for anything found on a class; obj 0 means accessed on the class itself. A new reference. */
export function descrGet(d: Val, obj: Val, type: usize): Val {
  if (isSmall(d)) return d;
  let t = typeOf(d);
  if (t == T_FUNCTION) {
    if (obj == 0) { incref(d); return d; }
    return methodNew(d, obj);
  }
  if (t == T_METHOD_DESCR) {
    if (obj == 0) { incref(d); return d; }
    return builtinBind(d, obj);
  }
  if (t == T_CLASSMETHOD_DESCR) {
    if (builtinFlags(d) & BF.CLASS) return builtinBind(d, <Val>type);
    incref(d);
    return d;
  }
  if (t == T_STATICMETHOD) { let c = wrapperCallable(d); incref(c); return c; }
  if (t == T_CLASSMETHOD) {
    let c = wrapperCallable(d);
    let ct = typeOf(c);
    // classmethod(property(...)) chains as in 3.11
    if (isHeapType(ct) && typeSpecial(ct, Id.D_get) != 0) return callGet(typeSpecial(ct, Id.D_get), c, <Val>type, <Val>type);
    return methodNew(c, <Val>type);
  }
  if (typeKind(t) == Kind.PROPERTY) {
    if (obj == 0) { incref(d); return d; }
    let fget = load<u32>(d, 8);
    if (fget == 0 || fget == noneVal()) {
      raiseFmt(E.AttributeError, "property %R of '%s' object has no getter", propName(d), typeName(typeOf(obj)));
      return 0;
    }
    return call1(fget, obj);
  }
  if (t == T_MEMBER) {
    if (obj == 0) { incref(d); return d; }
    let v = load<u32>(obj + <usize>load<u32>(d, 12) + varExtra(obj));
    if (v == 0) {
      raiseFmt(E.AttributeError, "'%s' object has no attribute '%s'", typeName(typeOf(obj)), load<u32>(d, 8));
      return 0;
    }
    incref(v);
    return v;
  }
  if (isHeapType(t)) {
    let g = typeSpecial(t, Id.D_get);
    if (g != 0) return callGet(g, d, obj == 0 ? noneVal() : obj, <Val>type);
  }
  incref(d);
  return d;
}

function callGet(g: Val, d: Val, obj: Val, type: Val): Val {
  let buf = memory.data(8);
  let p = tmpArgs2(obj, type);
  if (p == 0) return 0;
  let r = callWithSelf(g, d, p, 2, 0);
  freeArgs(p, 8);
  return r;
}

import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "./errors";
function tmpArgs2(a: Val, b: Val): usize {
  let p = heapAlloc(8);
  if (p == 0) { raiseMemoryError(8); return 0; }
  store<u32>(p, a); store<u32>(p, b, 4);
  return p;
}
function freeArgs(p: usize, n: usize): void { heapFree(p, n); }

/** A property's name for messages: the name it was set as (or its getter's __name__), else None. */
function propName(p: Val): Val {
  let n = propertyName(p);
  return n != 0 ? n : noneVal();
}
import { propertyName } from "../obj/descr";

/** descr.__set__(obj, v), or __delete__ when v is 0. 1 done, 0 not a setter, -1 error. */
export function descrSet(d: Val, obj: Val, v: Val, name: Val): i32 {
  if (isSmall(d)) return 0;
  let t = typeOf(d);
  if (typeKind(t) == Kind.PROPERTY) {
    let fn = v != 0 ? load<u32>(d, 12) : load<u32>(d, 16);
    if (fn == 0 || fn == noneVal()) {
      let pn = propertyName(d) != 0 ? propertyName(d) : name;
      if (v != 0) raiseFmt(E.AttributeError, "property %R of '%s' object has no setter", pn, typeName(typeOf(obj)));
      else raiseFmt(E.AttributeError, "property %R of '%s' object has no deleter", pn, typeName(typeOf(obj)));
      return -1;
    }
    let r = v != 0 ? call2v(fn, obj, v) : call1(fn, obj);
    if (r == 0) return -1;
    decref(r);
    return 1;
  }
  if (t == T_MEMBER) {
    let slot = obj + <usize>load<u32>(d, 12) + varExtra(obj);
    let old = load<u32>(slot);
    if (v == 0 && old == 0) { raiseFmt(E.AttributeError, "'%s' object has no attribute '%s'", typeName(typeOf(obj)), name); return -1; }
    xincref(v);
    store<u32>(slot, v);
    xdecref(old);
    return 1;
  }
  if (isHeapType(t)) {
    let m = typeSpecial(t, v != 0 ? Id.D_set : Id.D_delete);
    if (m != 0) {
      let r: Val;
      if (v != 0) { let p = tmpArgs2(obj, v); if (p == 0) return -1; r = callWithSelf(m, d, p, 2, 0); freeArgs(p, 8); }
      else { let p = tmpArgs2(obj, 0); if (p == 0) return -1; r = callWithSelf(m, d, p, 1, 0); freeArgs(p, 8); }
      if (r == 0) return -1;
      decref(r);
      return 1;
    }
    if (typeSpecial(t, v != 0 ? Id.D_delete : Id.D_set) != 0) {
      raiseMsg(E.AttributeError, v != 0 ? "__set__" : "__delete__");
      return -1;
    }
  }
  return 0;
}

import { call2 } from "./call";
function call2v(f: Val, a: Val, b: Val): Val { return call2(f, a, b); }
// }====

// {==== instance dicts

/** Address of the field holding o's __dict__ pointer; 0 if o has none (modules keep theirs apart). */
export function instanceDictSlot(o: Val): usize {
  if (isSmall(o)) return 0;
  let t = typeOf(o);
  let off = changetype<PyType>(t).dictoffset;
  if (off == 0) {
    let k = typeKind(t);
    if (k == Kind.FUNCTION) off = 44;
    else if (k == Kind.EXCEPTION) off = 28;
    else return 0;
  }
  return o + <usize>off + varExtra(o);
}

/** The instance's __dict__ (borrowed), creating it if create; 0 if instances have none. */
export function instanceDict(o: Val, create: bool): Val {
  if (isSmall(o)) return 0;
  if (typeKind(typeOf(o)) == Kind.MODULE) return moduleDict(o);
  let p = instanceDictSlot(o);
  if (p == 0) return 0;
  let d = load<u32>(p);
  if (d == 0 && create) {
    d = dictNew();
    if (d == 0) return 0;
    store<u32>(p, d);
  }
  return d;
}
// }====

// {==== getattr

/** getattr(o, name) for an interned (or any) str name: a new reference, or 0 with AttributeError (or another error). */
export function objGetAttr(o: Val, name: Val): Val {
  if (!(load<u32>(name, 12) & SF_INTERNED)) return objGetAttrInterned(o, name);
  let t = typeOf(o);
  if (isHeapType(t)) {
    let ga = typeSpecial(t, Id.D_getattribute);
    let r: Val;
    if (ga != 0) {
      let p = tmpArgs2(name, 0);
      if (p == 0) return 0;
      r = callWithSelf(ga, o, p, 1, 0);
      freeArgs(p, 8);
    } else if (typeKind(t) == Kind.TYPE) return typeGetAttr(o, name);   // a metaclass's instance is a class (its __getattr__ included)
    else r = genericGetAttr(o, t, name, true);
    if (r == 0 && excMatches(excType(E.AttributeError))) {
      let g = typeSpecial(t, Id.D_getattr);
      if (g != 0) {
        clearExc();
        let p = tmpArgs2(name, 0);
        if (p == 0) return 0;
        r = callWithSelf(g, o, p, 1, 0);
        freeArgs(p, 8);
      }
    }
    return r;
  }
  let k = typeKind(t);
  if (k == Kind.TYPE) return typeGetAttr(o, name);
  if (k == Kind.MODULE) return moduleGetAttr(o, name);
  if (k == Kind.SUPER) return superGetAttr(o, name);
  if (k == Kind.METHOD) {
    // method_getattro: the method type's own attributes, then those of the function it wraps
    let r = genericGetAttr(o, t, name, false);
    if (r != 0 || excPending()) return r;
    return objGetAttr(load<u32>(o, 8), name);
  }
  return genericGetAttr(o, t, name, true);
}

import { superGetAttr } from "../obj/super";

/** objGetAttr with a name that is not interned (from getattr(), str.format…): native attributes compare by identity. */
function objGetAttrInterned(o: Val, name: Val): Val {
  incref(name);
  let n = strIntern(name);
  if (n == 0) return 0;
  let r = objGetAttr(o, n);
  decref(n);
  return r;
}

/** Like objGetAttr but returns 0 without an exception when the attribute is missing. */
export function objGetAttrOpt(o: Val, name: Val): Val {
  let r = objGetAttr(o, name);
  if (r == 0 && excMatches(excType(E.AttributeError))) clearExc();
  return r;
}

/** PyObject_GenericGetAttr. */
export function genericGetAttr(o: Val, t: usize, name: Val, raise: bool): Val {
  let descr = typeLookup(t, name);
  if (descr != 0 && isDataDescr(descr) && hasGetter(descr)) return descrGet(descr, o, t);
  let v = nativeAttr(o, name);
  if (v != 0 || excPending()) return v;
  let d = instanceDict(o, false);
  if (d != 0) {
    let dv = dictGetItem(d, name);
    if (dv != 0) { incref(dv); return dv; }
    if (excPending()) return 0;
  }
  if (descr != 0) return descrGet(descr, o, t);
  if (raise) attrError(o, name);
  return 0;
}

export function attrError(o: Val, name: Val): void {
  let t = typeOf(o);
  if (typeKind(t) == Kind.MODULE) {
    let mn = dictGetStr(moduleDict(o), idStr(Id.D_name));
    if (mn != 0 && typeOf(mn) == T_STR) { raiseFmt(E.AttributeError, "module '%s' has no attribute '%s'", mn, name); decorateAttrError(o, name); return; }
  }
  if (typeKind(t) == Kind.TYPE) { raiseFmt(E.AttributeError, "type object '%s' has no attribute '%s'", changetype<PyType>(o).name, name); decorateAttrError(o, name); return; }
  raiseFmt(E.AttributeError, "'%s' object has no attribute '%s'", typeName(t), name);
  decorateAttrError(o, name);
}

/** AttributeError.name and .obj (the printer's "Did you mean" looks at the object's names). */
function decorateAttrError(o: Val, name: Val): void {
  let x = curExc;
  if (x == 0 || typeOf(x) != excType(E.AttributeError)) return;
  excSetExtra(x, name);
  excSetAux(x, o);
}
import { curExc } from "./errors";
import { excSetExtra, excSetAux } from "../obj/exc";

/** getattr on a class: the metaclass's data descriptors, then the MRO (binding classmethods), then the metaclass. */
export function typeGetAttr(cls: Val, name: Val): Val {
  let meta = typeOf(cls);
  let metaAttr = typeLookup(meta, name);
  if (metaAttr != 0 && isDataDescr(metaAttr)) return descrGet(metaAttr, cls, meta);
  let v = nativeAttr(cls, name);
  if (v != 0 || excPending()) return v;
  let attr = typeLookup(<usize>cls, name);
  if (attr != 0) return descrGet(attr, 0, <usize>cls);
  if (metaAttr != 0) return descrGet(metaAttr, cls, meta);
  if (isHeapType(meta)) {
    let g = typeSpecial(meta, Id.D_getattr);
    if (g != 0) { let p = tmpArgs2(name, 0); if (p == 0) return 0; let r = callWithSelf(g, cls, p, 1, 0); freeArgs(p, 8); return r; }
  }
  attrError(cls, name);
  return 0;
}

function moduleGetAttr(m: Val, name: Val): Val {
  let d = moduleDict(m);
  let v = dictGetStr(d, name);
  if (v != 0) { incref(v); return v; }
  v = nativeAttr(m, name);
  if (v != 0 || excPending()) return v;
  let ga = dictGetStr(d, idStr(Id.D_getattr));
  if (ga != 0) return call1(ga, name);
  attrError(m, name);
  return 0;
}

// {==== inline caches (vm/interp.ts). LOAD_ATTR/STORE_ATTR: [unused, instance-dict entry + 1],
// valid for any class whose PLAIN_ATTRS flag holds (so sites that see several classes whose
// instances put their attributes in the same order all hit). LOAD_METHOD: [type version, the
// function found on the class]; a version is unique for a class's current dict contents.

/** The instance-dict entry of name when an attribute access on o can be cached; -1 if it cannot. */
function cacheableDictEntry(o: Val, name: Val): i32 {
  if (isSmall(o)) return -1;
  let t = typeOf(o);
  if (!isHeapType(t)) return -1;
  typeSpecial(t, Id.D_getattribute);              // refreshes the PLAIN_ATTRS flag if stale
  if (!typePlainAttrs(t)) return -1;
  let d = load<u32>(o + <usize>changetype<PyType>(t).dictoffset + varExtra(o));
  if (d == 0) return -1;
  return dictIndexStr(d, name);
}

/** LOAD_ATTR's slow path: the generic lookup, then remember the instance-dict entry in the cache. */
export function loadAttrSlow(o: Val, name: Val, cache: usize): Val {
  let v = objGetAttr(o, name);
  if (v == 0) return 0;
  let ix = cacheableDictEntry(o, name);
  if (ix >= 0 && load<u32>(o + <usize>changetype<PyType>(typeOf(o)).dictoffset + varExtra(o)) != 0
      && dictEntryValueOf(o, ix) == v) store<u32>(cache, <u32>ix + 1, 4);
  return v;
}

function dictEntryValueOf(o: Val, ix: i32): Val {
  return dictEntryValue(load<u32>(o + <usize>changetype<PyType>(typeOf(o)).dictoffset + varExtra(o)), ix);
}

/** STORE_ATTR's slow path, filling the cache when the store went into an existing instance-dict entry. */
export function storeAttrSlow(o: Val, name: Val, v: Val, cache: usize): bool {
  if (!isSmall(o)) {
    let t = typeOf(o);
    if (isHeapType(t)) {
      typeSpecial(t, Id.D_getattribute);              // refreshes the PLAIN_ATTRS flag if stale
      if (typePlainAttrs(t) && !(strEq(name, idStr(Id.D_dict)) || strEq(name, idStr(Id.D_class)))) {
        // no data descriptor and no __setattr__ (and not __dict__ or __class__, which every
        // instance has): the store is the instance dict's, done with one
        // lookup that also gives the entry for the cache (a new attribute in __init__ lands here)
        let d = load<u32>(o + <usize>changetype<PyType>(t).dictoffset + varExtra(o));
        if (d != 0) {
          if (!dictSetItem(d, name, v)) return false;
          store<u32>(cache, <u32>dictLastIndex + 1, 4);
          return true;
        }
      }
    }
  }
  if (!objSetAttr(o, name, v)) return false;
  let ix = cacheableDictEntry(o, name);
  if (ix >= 0) store<u32>(cache, <u32>ix + 1, 4);
  return true;
}
// }====

/**
 * LOAD_METHOD: slot[0] holds the owner (a reference). On success slot[0..1] become [meth, owner]
 * when the attribute is a plain function or builtin method found on the class (no bound method is
 * created), else [NULL, attribute]. false on error (slot[0] still holds the owner).
 */
export function objLoadMethod(slot: usize, name: Val, cache: usize): bool {
  let o = load<u32>(slot);
  let t = typeOf(o);
  let k = typeKind(t);
  if (k != Kind.TYPE && k != Kind.MODULE && k != Kind.SUPER && !(isHeapType(t) && typeSpecial(t, Id.D_getattribute) != 0)) {
    let descr = typeLookup(t, name);
    if (descr != 0 && !isSmall(descr)) {
      let dt = typeOf(descr);
      if (dt == T_FUNCTION || dt == T_METHOD_DESCR) {
        // shadowed by the instance dict?
        let d = instanceDict(o, false);
        if (d == 0 || dictGetStr(d, name) == 0) {
          incref(descr);
          store<u32>(slot, descr);
          store<u32>(slot + 4, o);
          if (k != Kind.EXCEPTION && k != Kind.FUNCTION) {
            store<u32>(cache, typeVersion(t));
            store<u32>(cache, descr, 4);
          }
          return true;
        }
      }
    }
  }
  let v = objGetAttr(o, name);
  if (v == 0) return false;
  store<u32>(slot, 0);
  store<u32>(slot + 4, v);
  decref(o);
  return true;
}
// }====

// {==== setattr / delattr

/** setattr(o, name, v); v == 0 deletes. false on error. */
export function objSetAttrOrDel(o: Val, name: Val, v: Val): bool {
  if (!(load<u32>(name, 12) & SF_INTERNED)) {
    incref(name);
    let n = strIntern(name);
    if (n == 0) return false;
    let ok = objSetAttrOrDel(o, n, v);
    decref(n);
    return ok;
  }
  let t = typeOf(o);
  if (isHeapType(t)) {
    let m = typeSpecial(t, v != 0 ? Id.D_setattr : Id.D_delattr);
    if (m != 0) {
      let p = tmpArgs2(name, v);
      if (p == 0) return false;
      let r = callWithSelf(m, o, p, v != 0 ? 2 : 1, 0);
      freeArgs(p, 8);
      if (r == 0) return false;
      decref(r);
      return true;
    }
  }
  return genericSetAttr(o, name, v);
}

export function objSetAttr(o: Val, name: Val, v: Val): bool { return objSetAttrOrDel(o, name, v); }
export function objDelAttr(o: Val, name: Val): bool { return objSetAttrOrDel(o, name, 0); }

/** object.__setattr__ / object.__delattr__. */
export function genericSetAttr(o: Val, name: Val, v: Val): bool {
  let t = typeOf(o);
  let k = typeKind(t);
  if (k == Kind.TYPE) return typeSetAttr(o, name, v);
  let descr = typeLookup(t, name);
  if (descr != 0) {
    let r = descrSet(descr, o, v, name);
    if (r != 0) return r > 0;
  }
  let ns = nativeSetAttr(o, name, v);
  if (ns != 0) return ns > 0;
  let d = instanceDict(o, v != 0);
  if (d == 0) {
    if (excPending()) return false;
    if (descr != 0) raiseFmt(E.AttributeError, "'%s' object attribute '%s' is read-only", typeName(t), name);
    else attrError(o, name);
    return false;
  }
  if (v != 0) return dictSetItem(d, name, v);
  let r = dictDelItem(d, name);
  if (r < 0) return false;
  if (r == 0) { attrError(o, name); return false; }
  return true;
}

function typeSetAttr(cls: Val, name: Val, v: Val): bool {
  let t = <usize>cls;
  let meta = typeOf(cls);
  let metaAttr = typeLookup(meta, name);
  if (metaAttr != 0 && isDataDescr(metaAttr)) {
    let r = descrSet(metaAttr, cls, v, name);
    if (r != 0) return r > 0;
  }
  if (!isHeapType(t)) {
    raiseFmt(E.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, changetype<PyType>(t).name);
    return false;
  }
  let ns = nativeSetAttr(cls, name, v);
  if (ns != 0) return ns > 0;
  let d = changetype<PyType>(t).dict;
  typeModified(t);
  if (v != 0) return dictSetItem(d, name, v);
  let r = dictDelItem(d, name);
  if (r < 0) return false;
  if (r == 0) { raiseFmt(E.AttributeError, "type object '%s' has no attribute '%s'", changetype<PyType>(t).name, name); return false; }
  return true;
}
// }====

/** hasattr-style lookup of a special method on v's class (for protocols): borrowed or 0, never raises. */
export function lookupSpecial(v: Val, id: Id): Val {
  let t = typeOf(v);
  if (isHeapType(t)) return typeSpecial(t, id);
  return typeLookup(t, idStr(id));
}

import { strExtraSize as strExtraSizeV } from "../obj/strmethods";
import { bytesExtraSize as bytesExtraSizeV } from "../obj/bytes";
import { tupleSize as tupleSizeV } from "../obj/tuple";
/** Bytes of a var-size instance's variable part before its class fields (tuple items, str/bytes data). */
export function varExtra(o: Val): usize {
  let k = typeKind(typeOf(o));
  if (k == Kind.TUPLE) return <usize>tupleSizeV(o) << 2;
  if (k == Kind.STR) return strExtraSizeV(o);
  if (k == Kind.BYTES) return bytesExtraSizeV(o);
  return 0;
}
