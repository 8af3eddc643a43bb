// The gc module: CPython 3.11's interface (Modules/gcmodule.c), results and messages, over the
// collector in gc/cycles.ts. gc.garbage and gc.callbacks are the collector's own lists, so
// rebinding the module attributes (as in CPython) does not change what the collector uses.

import { Val, isSmall, mkSmall, incref, decref } from "../obj/object";
import { typeOf, typeKind, typeName, isHeapType, typeSpecial } from "../obj/type";
import { Id } from "../obj/ids";
import { Kind } from "../obj/kinds";
import { strInternAS, strEqAS, strFromAS } from "../obj/str";
import { tupleNew, tupleSet, tupleItem } from "../obj/tuple";
import { listNew, listAppend } from "../obj/list";
import { dictNew, dictSetItem } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { noneVal, boolVal } from "../obj/singletons";
import { builtinFunction, NativeFn } from "../obj/builtin";
import { intFromI64 } from "../obj/int";
import { E } from "../obj/exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { arg, nkw } from "../vm/args";
import { indexValue, indexOk } from "../vm/ops_seq";
import { gcIsTracked } from "../gc/track";
import { objTraverse, gcIsGcObject } from "../gc/traverse";
import { gcCollect, gcIsEnabled, gcSetEnabled, gcDebugFlags, gcSetDebugFlags, gcThreshold, gcSetThreshold,
         gcCount, gcGarbage, gcCallbacks, gcFreeze, gcUnfreeze, gcFreezeCount, gcListHead, gcHeadNext,
         gcFinalized, gcStatsAddr, DEBUG } from "../gc/cycles";

// @ts-ignore: decorator
@inline function none(): Val { return noneVal(); }

/** An int argument as a C int (CPython's "i" converter), with its OverflowError messages; sets intOk. */
let intOk = true;
function cInt(v: Val, tooBig: string, tooSmall: string): i32 {
  intOk = false;
  let x = indexValue(v, true);              // huge ints are clamped, then refused below
  if (!indexOk()) {
    if (!excPending()) raiseFmt(E.TypeError, "'%s' object cannot be interpreted as an integer", typeName(typeOf(v)));
    return 0;
  }
  if (x > 0x7fffffff) { raiseMsg(E.OverflowError, tooBig); return 0; }
  if (x < -0x80000000) { raiseMsg(E.OverflowError, tooSmall); return 0; }
  intOk = true;
  return <i32>x;
}

function hasIndex(v: Val): bool { let t = typeOf(v); return isHeapType(t) && typeSpecial(t, Id.D_index) != 0; }

/** The value of the only keyword argument `name` of fname (0 if absent); false after raising. */
let kwVal: Val = 0;
function onlyKw(fname: string, name: string, args: usize, n: i32, kw: Val): bool {
  kwVal = 0;
  let k = nkw(kw);
  if (k > 0) {
    let key = tupleItem(kw, 0);
    if (k > 1 || !strEqAS(key, name)) {
      for (let i = 0; i < k; i++) {
        let ki = tupleItem(kw, i);
        if (!strEqAS(ki, name)) { raiseFmt(E.TypeError, fmtInvalidKw(fname), ki); return false; }
      }
    }
    kwVal = load<u32>(args + (<usize>n << 2));
  }
  if (n + k > 1) {
    raiseFmt(E.TypeError, fmtAtMost1(fname), mkSmall(n + k));
    return false;
  }
  return true;
}
function fmtInvalidKw(fname: string): string { return fname == "collect" ? "'%s' is an invalid keyword argument for collect()" : "'%s' is an invalid keyword argument for get_objects()"; }
function fmtAtMost1(fname: string): string { return fname == "collect" ? "collect() takes at most 1 argument (%d given)" : "get_objects() takes at most 1 argument (%d given)"; }

/**
 * The argument checks of CPython's METH_NOARGS / METH_O functions ("gc.enable() takes no arguments
 * (1 given)"). The name str is released at once: vm/args.ts checkArgs keeps its last one alive.
 */
function checkN(fname: string, n: i32, kw: Val, want: i32): bool {
  if (nkw(kw) == 0 && n == want) return true;
  let nm = strFromAS(fname);
  if (nm == 0) return false;
  if (nkw(kw) > 0) raiseFmt(E.TypeError, "%s() takes no keyword arguments", nm);
  else if (want == 0) raiseFmt(E.TypeError, "%s() takes no arguments (%d given)", nm, mkSmall(n));
  else raiseFmt(E.TypeError, "%s() takes exactly one argument (%d given)", nm, mkSmall(n));
  decref(nm);
  return false;
}

// {==== functions

function enableF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.enable", n, kw, 0)) return 0;
  gcSetEnabled(true);
  return none();
}

function disableF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.disable", n, kw, 0)) return 0;
  gcSetEnabled(false);
  return none();
}

function isenabledF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.isenabled", n, kw, 0)) return 0;
  return boolVal(gcIsEnabled());
}

/** collect(generation=2) -> the number of unreachable objects found */
function collectF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!onlyKw("collect", "generation", args, n, kw)) return 0;
  let g: i32 = 2;
  let v = n > 0 ? arg(args, 0) : kwVal;
  if (v != 0) {
    g = cInt(v, "Python int too large to convert to C int", "Python int too large to convert to C int");
    if (!intOk) return 0;
    if (g < 0 || g > 2) { raiseMsg(E.ValueError, "invalid generation"); return 0; }
  }
  return intFromI64(gcCollect(g));
}

function intTuple3(a: i64, b: i64, c: i64): Val {
  let t = tupleNew(3);
  if (t == 0) return 0;
  let x = intFromI64(a), y = intFromI64(b), z = intFromI64(c);
  if (x == 0 || y == 0 || z == 0) {
    tupleSet(t, 0, x != 0 ? x : none()); tupleSet(t, 1, y != 0 ? y : none()); tupleSet(t, 2, z != 0 ? z : none());
    decref(t);
    return 0;
  }
  tupleSet(t, 0, x); tupleSet(t, 1, y); tupleSet(t, 2, z);
  return t;
}

function getCountF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.get_count", n, kw, 0)) return 0;
  return intTuple3(gcCount(0), gcCount(1), gcCount(2));
}

function getThresholdF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.get_threshold", n, kw, 0)) return 0;
  return intTuple3(gcThreshold(0), gcThreshold(1), gcThreshold(2));
}

function setThresholdF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (nkw(kw) > 0) { raiseMsg(E.TypeError, "set_threshold() takes no keyword arguments"); return 0; }
  if (n < 1) { raiseFmt(E.TypeError, "set_threshold() takes at least 1 argument (%d given)", mkSmall(n)); return 0; }
  if (n > 3) { raiseFmt(E.TypeError, "set_threshold() takes at most 3 arguments (%d given)", mkSmall(n)); return 0; }
  let t = memory.data(12);
  for (let i = 0; i < n; i++) {
    let x = cInt(arg(args, i), "signed integer is greater than maximum", "signed integer is less than minimum");
    if (!intOk) return 0;
    store<i32>(t + (<usize>i << 2), x);
  }
  for (let i = 0; i < n; i++) gcSetThreshold(i, load<i32>(t + (<usize>i << 2)));
  return none();
}

function getDebugF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.get_debug", n, kw, 0)) return 0;
  return intFromI64(gcDebugFlags());
}

function setDebugF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.set_debug", n, kw, 1)) return 0;
  let f = cInt(arg(args, 0), "Python int too large to convert to C int", "Python int too large to convert to C int");
  if (!intOk) return 0;
  gcSetDebugFlags(f);
  return none();
}

/** get_objects(generation=None): every object the collector tracks (in one generation). */
function getObjectsF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!onlyKw("get_objects", "generation", args, n, kw)) return 0;
  let v = n > 0 ? arg(args, 0) : kwVal;
  let g = -1;
  if (v != 0 && v != none()) {
    let k = isSmall(v) ? Kind.INT : typeKind(typeOf(v));
    if (k != Kind.INT && k != Kind.BOOL && !hasIndex(v)) {
      raiseFmt(E.TypeError, "argument should be integer or None, not '%s'", typeName(typeOf(v)));
      return 0;
    }
    g = cInt(v, "Python int too large to convert to C ssize_t", "Python int too large to convert to C ssize_t");
    if (!intOk) return 0;
    if (g >= 3) { raiseMsg(E.ValueError, "generation parameter must be less than the number of available generations (3)"); return 0; }
    if (g < -1) { raiseMsg(E.ValueError, "generation parameter cannot be negative"); return 0; }
  }
  let r = listNew(0);
  if (r == 0) return 0;
  for (let i = 0; i < 3; i++) {
    if (g != -1 && g != i) continue;
    if (!appendList(r, gcListHead(i))) { decref(r); return 0; }
    // what an emergency collection holds until the next safe point is long-lived (generation 2)
    if (i == 2 && !appendList(r, gcListHead(4))) { decref(r); return 0; }
  }
  return r;
}

function appendList(r: Val, head: usize): bool {
  for (let h = gcHeadNext(head); h != head; h = gcHeadNext(h)) {
    let o = <Val>(h + 8);
    if (o != r && !listAppend(r, o)) return false;
  }
  return true;
}

// get_referrers: the objects searched for, as an array of values (the native's own arguments)
let refArgs: usize = 0;
let refN: i32 = 0;

function visitFind(v: Val, arg: usize): i32 {
  for (let i = 0; i < refN; i++) if (load<u32>(refArgs + (<usize>i << 2)) == v) return 1;
  return 0;
}

/** get_referrers(*objs): the tracked objects that refer to any of objs. */
function getReferrersF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (nkw(kw) > 0) { raiseMsg(E.TypeError, "get_referrers() takes no keyword arguments"); return 0; }
  let r = listNew(0);
  if (r == 0) return 0;
  refArgs = args; refN = n;
  for (let i = 0; i < 5; i++) {
    if (i == 3) continue;                    // the permanent generation is not searched (CPython)
    let head = gcListHead(i);
    for (let h = gcHeadNext(head); h != head; h = gcHeadNext(h)) {
      let o = <Val>(h + 8);
      if (o == r) continue;
      if (objTraverse(o, visitFind, 0) != 0 && !listAppend(r, o)) { refN = 0; decref(r); return 0; }
    }
  }
  refN = 0;
  return r;
}

function visitAppend(v: Val, list: usize): i32 { return listAppend(<Val>list, v) ? 0 : 1; }

/** get_referents(*objs): what objs refer to, for those that are containers. */
function getReferentsF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (nkw(kw) > 0) { raiseMsg(E.TypeError, "get_referents() takes no keyword arguments"); return 0; }
  let r = listNew(0);
  if (r == 0) return 0;
  for (let i = 0; i < n; i++) {
    let o = arg(args, i);
    if (!gcIsGcObject(o)) continue;
    if (objTraverse(o, visitAppend, <usize>r) != 0) { decref(r); return 0; }
  }
  return r;
}

function isTrackedF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.is_tracked", n, kw, 1)) return 0;
  let o = arg(args, 0);
  return boolVal(gcIsGcObject(o) && gcIsTracked(o));
}

function isFinalizedF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.is_finalized", n, kw, 1)) return 0;
  let o = arg(args, 0);
  return boolVal(gcIsGcObject(o) && gcFinalized(o));
}

function freezeF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.freeze", n, kw, 0)) return 0;
  gcFreeze();
  return none();
}

function unfreezeF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.unfreeze", n, kw, 0)) return 0;
  gcUnfreeze();
  return none();
}

function getFreezeCountF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.get_freeze_count", n, kw, 0)) return 0;
  return intFromI64(gcFreezeCount());
}

/** get_stats(): per generation {"collections", "collected", "uncollectable"} (gc/cycles.ts GC_STATS). */
function getStatsF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkN("gc.get_stats", n, kw, 0)) return 0;
  let r = listNew(3);
  if (r == 0) return 0;
  let st = gcStatsAddr();
  for (let g: usize = 0; g < 3; g++) {
    let d = dictNew();
    if (d == 0 || !statSet(d, "collections", load<u32>(st + (g << 5))) || !statSet(d, "collected", load<u32>(st + (g << 5), 4))
        || !statSet(d, "uncollectable", load<u32>(st + (g << 5), 8)) || !listAppend(r, d)) {
      if (d != 0) decref(d);
      decref(r);
      return 0;
    }
    decref(d);
  }
  return r;
}

function statSet(d: Val, key: string, v: u32): bool {
  let k = strInternAS(key);
  if (k == 0) return false;
  let x = intFromI64(<i64>v);
  if (x == 0) { decref(k); return false; }
  let ok = dictSetItem(d, k, x);
  decref(k); decref(x);
  return ok;
}
// }====

// {==== the module

function addF(d: Val, name: string, fn: NativeFn, owner: Val): bool {
  let fo = builtinFunction(fn, name, owner);
  if (fo == 0) return false;
  return addV(d, name, fo);
}

/** d[name] = v, stealing v. */
function addV(d: Val, name: string, v: Val): bool {
  let nm = strInternAS(name);
  if (nm == 0) { decref(v); return false; }
  let r = dictSetItem(d, nm, v);
  decref(nm); decref(v);
  return r;
}

function addBorrowed(d: Val, name: string, v: Val): bool {
  if (v == 0) return false;
  incref(v);
  return addV(d, name, v);
}

export function gcModuleNew(): Val {
  let name = strInternAS("gc");
  if (name == 0) return 0;
  let m = moduleNew(name);
  if (m == 0) { decref(name); return 0; }
  let d = moduleDict(m);
  let ok = addF(d, "enable", enableF, name) && addF(d, "disable", disableF, name)
    && addF(d, "isenabled", isenabledF, name) && addF(d, "collect", collectF, name)
    && addF(d, "get_count", getCountF, name) && addF(d, "get_threshold", getThresholdF, name)
    && addF(d, "set_threshold", setThresholdF, name) && addF(d, "get_debug", getDebugF, name)
    && addF(d, "set_debug", setDebugF, name) && addF(d, "get_objects", getObjectsF, name)
    && addF(d, "get_referrers", getReferrersF, name) && addF(d, "get_referents", getReferentsF, name)
    && addF(d, "is_tracked", isTrackedF, name) && addF(d, "is_finalized", isFinalizedF, name)
    && addF(d, "freeze", freezeF, name) && addF(d, "unfreeze", unfreezeF, name)
    && addF(d, "get_freeze_count", getFreezeCountF, name) && addF(d, "get_stats", getStatsF, name)
    && addV(d, "DEBUG_STATS", mkSmall(DEBUG.STATS)) && addV(d, "DEBUG_COLLECTABLE", mkSmall(DEBUG.COLLECTABLE))
    && addV(d, "DEBUG_UNCOLLECTABLE", mkSmall(DEBUG.UNCOLLECTABLE)) && addV(d, "DEBUG_SAVEALL", mkSmall(DEBUG.SAVEALL))
    && addV(d, "DEBUG_LEAK", mkSmall(DEBUG.LEAK))
    && addBorrowed(d, "garbage", gcGarbage()) && addBorrowed(d, "callbacks", gcCallbacks());
  decref(name);
  if (!ok) { decref(m); return 0; }
  return m;
}
// }====
