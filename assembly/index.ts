// The core's only door: the wasm exports the host (src/host/) calls. Nothing else is exported.
//
// Start-up order matters: the heap first (no allocation may happen before heapInit), then the
// static objects, the identifier strings, the types, and the builtins and sys modules.

import { heapInit, heapUsed, heapPeak, heapResetPeak, heapCheck, heapLargestFree, heapTotalFree, heapFootprint, heapLiveCount } from "./mem/heap";
import { Val, isSmall, smallValue, decref, incref } from "./obj/object";
import { gcInit } from "./gc/track";
import { gcAtExit } from "./gc/cycles";
import { TUNABLES, tunablesDefaults } from "./vm/tunables";
import { singletonsInit, noneVal } from "./obj/singletons";
import { tupleInit } from "./obj/tuple";
import { strInit, strInternAS, strFromAS, internCompact, internMarkBaseline } from "./obj/str";
import { memErrInit, memErrClear, fetchExc, excPending, clearExc } from "./vm/errors";
import { setHeapBudget, setExcHandled, excHandled } from "./vm/state";
import { typesInit } from "./obj/typeinit";
import { dictNew, dictSetItem, dictClear, dictNextAt, dictEntryKey, dictEntryValue, dictUsed, dictDelItem, dictCompact } from "./obj/dict";
import { listNew, listAppend, listSize, listItem } from "./obj/list";
import { moduleDict } from "./obj/module";
import { builtinsModuleNew } from "./mod/builtins";
import { sysModuleNew, sysStreamsInit } from "./mod/sysmod";
import { importInit, importQualified, sysModules, loadFailedFlag, modulesFinalize } from "./vm/import";
import { printException } from "./vm/ops_exc";
import { outFlushAll, outAS, outStr } from "./mod/io";
import { typeOf, isSubtype, typeKind, typeCacheClear } from "./obj/type";
import { Kind } from "./obj/kinds";
import { E, excType, excArgs } from "./obj/exc";
import { tupleSize, tupleItem } from "./obj/tuple";
import { objStr } from "./vm/ops";
import { intAsI64 } from "./obj/int";
import { floatFreeListClear } from "./obj/float";

/** The tunables block: the host writes it before coreInit. */
export function coreTunables(): usize { return TUNABLES; }

const SCRATCH: usize = memory.data(4096);
/** A 4 KiB static buffer for passing small strings in. */
export function coreScratch(): usize { return SCRATCH; }

let started = false;
let baseline: usize = 0;

/** Start the core with a heap of `budget` bytes. 0 on success, 1 if the budget is too small to start. */
export function coreInit(budget: u32): i32 {
  if (started) return 2;
  if (load<u32>(TUNABLES, 8) == 0) tunablesDefaults();
  if (!heapInit(__heap_base, <usize>budget)) return 1;
  setHeapBudget(<usize>budget);
  started = true;
  gcInit();
  singletonsInit();
  tupleInit();
  if (!strInit()) return 1;
  if (!typesInit()) return 1;
  memErrInit();
  if (!sysStreamsInit()) return 1;
  let mods = dictNew();
  if (mods == 0) return 1;
  let b = builtinsModuleNew();
  if (b == 0) return 1;
  importInit(mods, moduleDict(b));
  incref(moduleDict(b));
  let argv0 = strFromAS("");
  if (argv0 == 0) return 1;
  let s = sysModuleNew(mods, argv0);
  decref(argv0);
  if (s == 0) return 1;
  let bn = strInternAS("builtins"), sn = strInternAS("sys");
  if (bn == 0 || sn == 0 || !dictSetItem(mods, bn, b) || !dictSetItem(mods, sn, s)) return 1;
  decref(bn); decref(sn); decref(b); decref(s);
  if (excPending()) { clearExc(); return 1; }
  internMarkBaseline();
  baseline = heapUsed();
  return 0;
}

/**
 * Import the module named by the UTF-8 bytes at SCRATCH[0:len] (normally "__main__") and run it.
 * Returns the exit status: 0, 1 for an uncaught exception (its traceback is printed), 2 when a
 * module file failed verification, or SystemExit's code.
 */
export function coreRun(len: u32): i32 {
  let name = strFromUtf8Scratch(len);
  if (name == 0) { reportUncaught(); return 1; }
  let m = importQualified(name);
  decref(name);
  let status = 0;
  if (m == 0) status = loadFailedFlag ? 2 : reportUncaught();
  else decref(m);
  if (status != 2) modulesFinalize();   // __del__ of what the program left, as at CPython's exit
  outFlushAll();
  return status;
}

import { strFromUtf8 } from "./obj/str";
function strFromUtf8Scratch(len: u32): Val {
  let s = strFromUtf8(SCRATCH, <usize>len);
  if (s == 0) return 0;
  return s;
}

/** Print the pending exception (or handle SystemExit) and return the exit status. */
function reportUncaught(): i32 {
  let x = fetchExc();
  if (x == 0) return 1;
  if (isSubtype(typeOf(x), excType(E.SystemExit))) {
    let code = load<u32>(x, 32);
    if (code == 0) {
      let a = excArgs(x);
      code = tupleSize(a) == 0 ? noneVal() : tupleSize(a) == 1 ? tupleItem(a, 0) : a;
    }
    let status = 0;
    if (code == noneVal()) status = 0;
    else if (isSmall(code)) status = smallValue(code);
    else if (typeKind(typeOf(code)) == Kind.INT) { let o = memory.data(4); status = <i32>intAsI64(code, o); }
    else {
      let s = objStr(code);
      if (s != 0) { outStr(2, s); outAS(2, "\n"); decref(s); } else clearExc();
      status = 1;
    }
    decref(x);
    return status;
  }
  printException(x);
  decref(x);
  return 1;
}

/**
 * Drop every module the program imported (clearing their dicts, as CPython's shutdown does) and
 * the interpreter's exception state, so that the heap can return to its start-up baseline.
 */
export function coreCleanup(): void {
  clearExc();
  let h = excHandled;
  setExcHandled(0);
  if (h != 0) decref(h);
  let mods = sysModules;
  // collect the user modules first (clearing a dict while iterating it is not allowed)
  let l = listNew(0);
  if (l == 0) return;
  for (let pos = dictNextAt(mods, 0); pos >= 0; pos = dictNextAt(mods, pos + 1)) {
    let k = dictEntryKey(mods, pos);
    let v = dictEntryValue(mods, pos);
    if (!(isSmall(k)) && (strEqASV(k, "sys") || strEqASV(k, "builtins"))) continue;
    listAppend(l, k);
    listAppend(l, v);
  }
  for (let i = 0; i + 1 < listSize(l); i += 2) {
    let v = listItem(l, i + 1);
    if (!isSmall(v) && typeKind(typeOf(v)) == Kind.MODULE) dictClear(moduleDict(v));
    dictDelItem(mods, listItem(l, i));
  }
  decref(l);
  memErrClear();
  gcAtExit();
  floatFreeListClear();
  dictCompact(mods);   // tables that grew during the run go back to their start-up size
  internCompact();   // classes, closures and other cycles: full collections until nothing is left
  typeCacheClear();
  clearExc();
  outFlushAll();
}

import { strEqAS } from "./obj/str";
function strEqASV(s: Val, t: string): bool { return strEqAS(s, t); }

export function coreBaseline(): u32 { return <u32>baseline; }
export function coreHeapUsed(): u32 { return <u32>heapUsed(); }
export function coreHeapPeak(): u32 { return <u32>heapPeak(); }
export function coreHeapCheck(): i32 { return heapCheck(); }
export function coreHeapLargestFree(): u32 { return <u32>heapLargestFree(); }
export function coreHeapTotalFree(): u32 { return <u32>heapTotalFree(); }
export function coreHeapFootprint(): u32 { return <u32>heapFootprint(); }
export function coreHeapLiveCount(): u32 { return heapLiveCount(); }

import { opStatsTable } from "./vm/opstats";
import { OP_STATS } from "./config";
/** The opcode-pair table of a DUST_OPSTATS build (vm/opstats.ts), else 0. */
export function coreOpStats(): u32 { return OP_STATS ? <u32>opStatsTable() : 0; }
