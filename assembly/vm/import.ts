// The import system: sys.modules, native modules, modules from the archive (found and read through
// the host), packages, relative imports, and module execution.
//
// A module from the archive is verified by vm/load.ts before any of its code runs. It is entered in
// sys.modules before its body runs, so circular imports see the partly initialised module, as in
// CPython; a body that fails removes it again.

import { Val, isSmall, incref, decref, xdecref } from "../obj/object";
import { T_STR, T_MODULE, T_TUPLE, typeOf } from "../obj/type";
import { Id } from "../obj/ids";
import { idStr, strLen, strGet, strSubstring, strConcat, strFromAS, strEqAS, strEncodeUtf8, strUtf8Size, strFromUtf8, strIntern, strData, strKind } from "../obj/str";
import { tupleSize, tupleItem } from "../obj/tuple";
import { dictNew, dictGetStr, dictSetItem, dictDelItem, dictGetItem } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { noneVal, trueVal } from "../obj/singletons";
import { E, excType } from "../obj/exc";
import { raiseFmt, raiseMsg, excPending, excMatches, clearExc, raiseWithStr } from "./errors";
import { objGetAttr, objGetAttrOpt, objSetAttr } from "./ops_attr";
import { FF, framePush, frameClear, framePop } from "./frame";
import { run } from "./interp";
import { curFrame, callDepth, setCallDepth } from "./state";
import { loadModule, LOAD_ERR, loadErrorLength } from "./load";
import { heapAlloc, heapFree } from "../mem/heap";
import { raiseMemoryError } from "./errors";
import { sbNew, sbStr, sbAS, sbFinish, sbStrRange, sbChar } from "../obj/strbuf";
import { nativeModuleInit } from "../mod/registry";
import { listNew, listAppend } from "../obj/list";

@external("host", "findModule") declare function hostFindModule(name: usize, len: usize): i32;
@external("host", "moduleInfo") declare function hostModuleInfo(dst: usize, cap: usize): i32;
@external("host", "readModule") declare function hostReadModule(dst: usize): void;
@external("host", "loadFailed") declare function hostLoadFailed(name: usize, nameLen: usize, msg: usize, msgLen: usize): void;

/** sys.modules (owned). */
export let sysModules: Val = 0;
/** The builtins module's dict (owned). */
export let builtinsDict: Val = 0;

export function importInit(mods: Val, builtins: Val): void {
  sysModules = mods;
  builtinsDict = builtins;
}

/** Set to true when a module file fails verification (the host then exits with status 2). */
export let loadFailedFlag: bool = false;

// scratch for names passed to the host
const NAME_BUF: usize = memory.data(1024);
const INFO_BUF: usize = memory.data(1024);

/** Find, load and execute the module `name` (not in sys.modules). A new reference, or 0. */
function loadAndExec(name: Val): Val {
  // native modules first
  let nat = nativeModuleInit(name);
  if (nat != 0) {
    if (!dictSetItem(sysModules, name, nat)) { decref(nat); return 0; }
    return nat;
  }
  if (excPending()) return 0;
  let nb = strUtf8Size(name);
  if (nb > 1000) { raiseNotFound(name); return 0; }
  strEncodeUtf8(name, 0, strLen(name), NAME_BUF);
  let size = hostFindModule(NAME_BUF, nb);
  if (size < 0) { raiseNotFound(name); return 0; }
  let info = hostModuleInfo(INFO_BUF, 1000);
  let isPackage = (info & 0x80000000) != 0;
  let fileLen = <usize>(info & 0x7fffffff);
  let buf = heapAlloc(<usize>size);
  if (buf == 0 && size > 0) { raiseMemoryError(<usize>size); return 0; }
  hostReadModule(buf);
  let code = loadModule(buf, <usize>size);
  heapFree(buf, <usize>size);
  if (code == 0) {
    loadFailedFlag = true;
    hostLoadFailed(NAME_BUF, nb, LOAD_ERR, loadErrorLength());
    raiseFmt(E.ImportError, "module '%s' failed verification", name);
    return 0;
  }
  let m = moduleNew(name);
  if (m == 0) { decref(code); return 0; }
  let d = moduleDict(m);
  let file = strFromUtf8(INFO_BUF, fileLen);
  if (file == 0) { decref(code); decref(m); return 0; }
  let ok = dictSetItem(d, idStr(Id.D_file), file);
  decref(file);
  ok = ok && dictSetItem(d, idStr(Id.D_builtins), builtinsDict);
  // __package__: the module itself for a package, else its parent
  if (ok) {
    let pkg: Val;
    if (isPackage) { pkg = name; incref(pkg); }
    else pkg = parentName(name);
    if (pkg == 0) ok = false;
    else { ok = dictSetItem(d, idStr(Id.D_package), pkg); decref(pkg); }
  }
  if (ok && isPackage) {
    let path = listNew(0);
    ok = path != 0 && dictSetItem(d, idStr(Id.D_path), path);
    xdecref(path);
  }
  if (!ok || !dictSetItem(sysModules, name, m)) { decref(code); decref(m); return 0; }
  pushInitializing(m);
  let r = execModule(code, d);
  popInitializing();
  decref(code);
  if (r == 0) {
    // a failed body leaves no module behind
    let saved = fetchPending();
    dictDelItem(sysModules, name);
    restorePending(saved);
    decref(m);
    return 0;
  }
  decref(r);
  // the module in sys.modules at the end is the result (a body may replace itself)
  let fin = dictGetStr(sysModules, name);
  if (fin != 0 && fin != m) { incref(fin); decref(m); return fin; }
  return m;
}

import { fetchExc, raiseObj } from "./errors";
function fetchPending(): Val { return fetchExc(); }
function restorePending(x: Val): void { if (x != 0) raiseObj(x); }

// Modules whose body is running (for "partially initialized module" messages); a small stack.
const INIT_STACK: usize = memory.data(4 * 64, 4);
let initTop: i32 = 0;
function pushInitializing(m: Val): void { if (initTop < 64) store<u32>(INIT_STACK + (<usize>initTop << 2), m); initTop++; }
function popInitializing(): void { initTop--; }
function isInitializing(m: Val): bool {
  for (let i = 0; i < min(initTop, 64); i++) if (load<u32>(INIT_STACK + (<usize>i << 2)) == m) return true;
  return false;
}

/** Run a module's code with d as globals and locals. */
export function execModule(code: Val, d: Val): Val {
  let f = framePush(code);
  if (f == 0) return 0;
  incref(d); incref(d); incref(builtinsDict);
  store<u32>(f, d, 8);
  store<u32>(f, builtinsDict, 12);
  store<u32>(f, d, 16);
  store<u32>(f, FF.ENTRY | FF.OWNS_GLOBALS, 32);
  store<u32>(f, <u32>curFrame, 20);
  setCallDepth(callDepth + 1);
  let r = run(f);
  setCallDepth(callDepth - 1);
  frameClear(f);
  framePop(f);
  return r;
}

function raiseNotFound(name: Val): void {
  raiseFmt(E.ModuleNotFoundError, "No module named '%s'", name);
  if (excPending()) {
    let x = fetchExc();
    excSetExtraName(x, name);
    raiseObj(x);
  }
}
import { excSetExtra } from "../obj/exc";
function excSetExtraName(x: Val, name: Val): void { excSetExtra(x, name); }

/** "a.b.c" -> "a.b"; "a" -> "". */
function parentName(name: Val): Val {
  let n = strLen(name);
  let i = n - 1;
  while (i >= 0 && strGet(name, i) != 46) i--;
  if (i < 0) return strFromAS("");
  return strSubstring(name, 0, i);
}

/** Import one fully qualified name (and its parents). A new reference to the module, or 0. */
export function importQualified(name: Val): Val {
  let m = dictGetStr(sysModules, name);
  if (m != 0) { incref(m); return m; }
  let n = strLen(name);
  let dot = n - 1;
  while (dot >= 0 && strGet(name, dot) != 46) dot--;
  let parent: Val = 0;
  if (dot > 0) {
    let pn = strSubstring(name, 0, dot);
    if (pn == 0) return 0;
    parent = importQualified(pn);
    if (parent == 0) { decref(pn); return 0; }
    // the parent's import may have imported us
    m = dictGetStr(sysModules, name);
    if (m != 0) { incref(m); decref(parent); decref(pn); return m; }
    if (isSmall(parent) || typeOf(parent) != T_MODULE || dictGetStr(moduleDict(parent), idStr(Id.D_path)) == 0) {
      raiseFmt(E.ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, pn);
      decref(pn); decref(parent);
      return 0;
    }
    decref(pn);
  }
  m = loadAndExec(name);
  if (m != 0 && parent != 0) {
    let child = strSubstring(name, dot + 1, n);
    let ci = child != 0 ? strIntern(child) : 0;
    if (ci == 0 || !objSetAttr(parent, ci, m)) { xdecref(ci); decref(m); decref(parent); return 0; }
    decref(ci);
  }
  xdecref(parent);
  return m;
}

/** The package a relative import of `level` is relative to, from the importing module's globals. */
function resolvePackage(globals: Val, level: i32): Val {
  let pkg = dictGetStr(globals, idStr(Id.D_package));
  let base: Val;
  if (pkg != 0 && pkg != noneVal() && typeOf(pkg) == T_STR) { base = pkg; incref(base); }
  else {
    let nm = dictGetStr(globals, idStr(Id.D_name));
    if (nm == 0 || isSmall(nm) || typeOf(nm) != T_STR) { raiseMsg(E.ImportError, "attempted relative import with no known parent package"); return 0; }
    if (dictGetStr(globals, idStr(Id.D_path)) != 0) { base = nm; incref(base); }
    else base = parentName(nm);
  }
  if (base == 0) return 0;
  if (strLen(base) == 0) { decref(base); raiseMsg(E.ImportError, "attempted relative import with no known parent package"); return 0; }
  for (let i = 1; i < level; i++) {
    let n = strLen(base);
    let j = n - 1;
    while (j >= 0 && strGet(base, j) != 46) j--;
    if (j < 0) { decref(base); raiseMsg(E.ImportError, "attempted relative import beyond top-level package"); return 0; }
    let nb = strSubstring(base, 0, j);
    decref(base);
    if (nb == 0) return 0;
    base = nb;
  }
  return base;
}

/** IMPORT_NAME. */
export function importModuleLevel(name: Val, globals: Val, fromlist: Val, level: i32): Val {
  let full: Val;
  if (level > 0) {
    let pkg = resolvePackage(globals, level);
    if (pkg == 0) return 0;
    if (strLen(name) == 0) full = pkg;
    else {
      let sb = sbNew();
      if (sb == 0) { decref(pkg); return 0; }
      sbStr(sb, pkg); sbChar(sb, 46); sbStr(sb, name);
      decref(pkg);
      full = sbFinish(sb);
      if (full == 0) return 0;
    }
  } else {
    if (strLen(name) == 0) { raiseMsg(E.ValueError, "Empty module name"); return 0; }
    full = name;
    incref(full);
  }
  let m = importQualified(full);
  if (m == 0) { decref(full); return 0; }
  let hasFrom = fromlist != 0 && fromlist != noneVal() && !isSmall(fromlist) && typeOf(fromlist) == T_TUPLE && tupleSize(fromlist) > 0;
  if (!hasFrom) {
    decref(full);
    if (level > 0 || strLen(name) == 0) return m;
    // `import a.b.c` binds the top-level package
    let n = strLen(name);
    let i = 0;
    while (i < n && strGet(name, i) != 46) i++;
    if (i == n) return m;
    decref(m);
    let top = strSubstring(name, 0, i);
    if (top == 0) return 0;
    let t = dictGetStr(sysModules, top);
    decref(top);
    if (t == 0) { raiseMsg(E.KeyError, "top-level module missing from sys.modules"); return 0; }
    incref(t);
    return t;
  }
  // from package import submodule: import the submodules named in fromlist if needed
  if (dictGetStr(moduleDictOf(m), idStr(Id.D_path)) != 0) {
    for (let i = 0; i < tupleSize(fromlist); i++) {
      let item = tupleItem(fromlist, i);
      if (isSmall(item) || typeOf(item) != T_STR || strEqAS(item, "*")) continue;
      let has = objGetAttrOpt(m, item);
      if (has != 0) { decref(has); continue; }
      if (excPending()) { decref(m); decref(full); return 0; }
      let sb = sbNew();
      if (sb == 0) { decref(m); decref(full); return 0; }
      sbStr(sb, full); sbChar(sb, 46); sbStr(sb, item);
      let sub = sbFinish(sb);
      if (sub == 0) { decref(m); decref(full); return 0; }
      let sm = importQualified(sub);
      decref(sub);
      if (sm == 0) {
        if (excMatches(excType(E.ModuleNotFoundError))) { clearExc(); continue; }
        decref(m); decref(full);
        return 0;
      }
      decref(sm);
    }
  }
  decref(full);
  return m;
}

function moduleDictOf(m: Val): Val {
  if (!isSmall(m) && typeOf(m) == T_MODULE) return moduleDict(m);
  return dictEmptyStatic();
}
let emptyDict: Val = 0;
function dictEmptyStatic(): Val {
  if (emptyDict == 0) emptyDict = dictNew();
  return emptyDict;
}

/** IMPORT_FROM: an attribute of the module, or its submodule. */
export function importFromModule(m: Val, name: Val): Val {
  let v = objGetAttrOpt(m, name);
  if (v != 0 || excPending()) return v;
  // a submodule imported in the meantime (circular imports)
  let mn = objGetAttrOpt(m, idStr(Id.D_name));
  if (mn != 0 && !isSmall(mn) && typeOf(mn) == T_STR) {
    let sb = sbNew();
    if (sb != 0) {
      sbStr(sb, mn); sbChar(sb, 46); sbStr(sb, name);
      let full = sbFinish(sb);
      if (full != 0) {
        let sm = dictGetStr(sysModules, full);
        decref(full);
        if (sm != 0) { incref(sm); decref(mn); return sm; }
      }
    }
  }
  if (excPending()) { xdecref(mn); return 0; }
  let file = objGetAttrOpt(m, idStr(Id.D_file));
  if (mn == 0) { mn = strFromAS("<unknown module name>"); }
  if (isInitializing(m)) {
    if (file != 0 && !isSmall(file) && typeOf(file) == T_STR)
      raiseFmt(E.ImportError, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, mn, file);
    else raiseFmt(E.ImportError, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import)", name, mn);
  } else if (file != 0 && !isSmall(file) && typeOf(file) == T_STR) raiseFmt(E.ImportError, "cannot import name '%s' from '%s' (%s)", name, mn, file);
  else raiseFmt(E.ImportError, "cannot import name '%s' from '%s' (unknown location)", name, mn);
  xdecref(file);
  xdecref(mn);
  return 0;
}

// {==== the program's end

/**
 * CPython's finalize_modules, run when the program ends (after an uncaught exception is printed):
 * every module but sys and builtins leaves sys.modules (its entry becomes None); a module nothing
 * else holds is released, and full collections run the __del__ methods (and generator finalizers)
 * of whatever that leaves unreachable, until nothing more goes. The globals of the modules still
 * alive are then cleared, last module first: names with a single leading underscore, then all but
 * __builtins__, each set to None (_PyModule_ClearDict). Errors in finalizers are printed by them.
 */
export function modulesFinalize(): void {
  let h = excHandled;
  setExcHandled(0);
  if (h != 0) decref(h);
  let held = listNew(0);
  if (held == 0) { clearExc(); return; }
  for (let pos = dictNextAt(sysModules, 0); pos >= 0; pos = dictNextAt(sysModules, pos + 1)) {
    let k = dictEntryKey(sysModules, pos), v = dictEntryValue(sysModules, pos);
    if (isSmall(v) || typeOf(v) != T_MODULE || strEqAS(k, "sys") || strEqAS(k, "builtins")) continue;
    if (!listAppend(held, v) || !dictSetItem(sysModules, k, noneVal())) { clearExc(); break; }
  }
  // release what only `held` still holds, collect, and again while anything goes
  let n = listSize(held);
  while (true) {
    let released = false;
    for (let i = 0; i < n; i++) {
      let m = listItem(held, i);
      if (m != noneVal() && load<u32>(m) == 1) { listSetItemRaw(held, i, noneVal()); decref(m); released = true; }
    }
    let found = gcCollectNoFail();
    if (!released && found == 0) break;
  }
  for (let i = n - 1; i >= 0; i--) {
    let m = listItem(held, i);
    if (m != noneVal()) moduleClearDict(moduleDict(m));
  }
  decref(held);
  gcCollectNoFail();
  clearExc();
}

function listSetItemRaw(l: Val, i: i32, v: Val): void {
  incref(v);
  store<u32>(listItems(l) + (<usize>i << 2), v);   // the old item's reference passes to the caller
}

/** _PyModule_ClearDict: single-underscore names to None first, then every name but __builtins__. */
function moduleClearDict(d: Val): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) {
      let k = dictEntryKey(d, pos), v = dictEntryValue(d, pos);
      if (v == noneVal() || isSmall(k) || typeOf(k) != T_STR) continue;
      let under = strLen(k) > 0 && strGet(k, 0) == 95;
      let dunder = under && strLen(k) > 1 && strGet(k, 1) == 95;
      if (pass == 0 ? under && !dunder : !strEqAS(k, "__builtins__")) {
        if (!dictSetItem(d, k, noneVal())) clearExc();
      }
    }
  }
}
import { dictNextAt, dictEntryKey, dictEntryValue } from "../obj/dict";
import { listSize, listItem, listItems } from "../obj/list";
import { gcCollectNoFail } from "../gc/cycles";
import { excHandled, setExcHandled } from "./state";
// }====
