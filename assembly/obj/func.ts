// function (a Python function: code + globals + defaults + closure) and method (a function bound
// to an instance).
//
// ╒═ PyFunction (wasm32, 60 bytes + GC head) ═════════════════════════════════════════════════╕
// │ +8 code │ +12 globals │ +16 builtins │ +20 name │ +24 qualname │ +28 defaults (tuple|0)       │
// │ +32 kwdefaults (dict|0) │ +36 closure (tuple of cells|0) │ +40 doc │ +44 __dict__ (0 until    │
// │ used) │ +48 module │ +52 annotations (dict|0) │ +56 weakreflist                               │
// ╘═════════════════════════════════════════════════════════════════════════════════════════════╛
// ╒═ PyMethod (16 bytes + GC head) ═╕
// │ +8 func │ +12 self               │
// ╘═════════════════════════════════╛

import { Val, incref, xincref, decref, xdecref } from "./object";
import { T_FUNCTION, T_METHOD } from "./type";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";
import { codeName, codeQualname, codeConsts } from "./code";
import { dictGetStr } from "./dict";
import { idStr } from "./str";
import { Id } from "./ids";
import { noneVal } from "./singletons";

// @ts-ignore: decorator
@inline export const FUNC_SIZE: usize = 60;
// @ts-ignore: decorator
@inline export const METHOD_SIZE: usize = 16;

// @ts-ignore: decorator
@inline export function funcCode(f: Val): Val { return load<u32>(f, 8); }
// @ts-ignore: decorator
@inline export function funcGlobals(f: Val): Val { return load<u32>(f, 12); }
// @ts-ignore: decorator
@inline export function funcBuiltins(f: Val): Val { return load<u32>(f, 16); }
// @ts-ignore: decorator
@inline export function funcName(f: Val): Val { return load<u32>(f, 20); }
// @ts-ignore: decorator
@inline export function funcQualname(f: Val): Val { return load<u32>(f, 24); }
// @ts-ignore: decorator
@inline export function funcDefaults(f: Val): Val { return load<u32>(f, 28); }
// @ts-ignore: decorator
@inline export function funcKwdefaults(f: Val): Val { return load<u32>(f, 32); }
// @ts-ignore: decorator
@inline export function funcClosure(f: Val): Val { return load<u32>(f, 36); }

/** A new function for code in globals (new references taken). 0 on MemoryError. */
export function funcNew(code: Val, globals: Val, builtins: Val): Val {
  let f = gcAlloc(T_FUNCTION, FUNC_SIZE);
  if (f == 0) return 0;
  memory.fill(f + 8, 0, FUNC_SIZE - 8);
  incref(code); store<u32>(f, code, 8);
  incref(globals); store<u32>(f, globals, 12);
  incref(builtins); store<u32>(f, builtins, 16);
  let name = codeName(code); incref(name); store<u32>(f, name, 20);
  let qn = codeQualname(code); incref(qn); store<u32>(f, qn, 24);
  // __doc__: a function's co_consts[0] when it is a str (the compiler puts the docstring there)
  let doc = noneVal();
  let consts = codeConsts(code);
  if (load<u32>(consts, 8) > 0) {
    let c0 = load<u32>(consts, 12);
    if (!(c0 & 1) && load<u32>(c0, 4) == load<u32>(name, 4)) doc = c0;
  }
  incref(doc); store<u32>(f, doc, 40);
  let mod = dictGetStr(globals, idStr(Id.D_name));
  if (mod == 0) mod = noneVal();
  incref(mod); store<u32>(f, mod, 48);
  gcTrack(f);
  return <Val>f;
}

/** Set a field at offset off, taking a new reference. */
export function funcSetField(f: Val, off: usize, v: Val): void {
  xincref(v);
  let old = load<u32>(f + off);
  store<u32>(f + off, v);
  xdecref(old);
}

export function funcClear(f: Val): void {
  for (let off: usize = 8; off < 56; off += 4) {
    let v = load<u32>(f + off);
    store<u32>(f + off, 0);
    xdecref(v);
  }
}

export function funcDealloc(f: Val): void {
  funcClear(f);
  gcFree(f, FUNC_SIZE);
}

/** A method binding func to self (new references taken). */
export function methodNew(func: Val, self: Val): Val {
  let m = gcAlloc(T_METHOD, METHOD_SIZE);
  if (m == 0) return 0;
  incref(func); store<u32>(m, func, 8);
  incref(self); store<u32>(m, self, 12);
  gcTrack(m);
  return <Val>m;
}

// @ts-ignore: decorator
@inline export function methodFunc(m: Val): Val { return load<u32>(m, 8); }
// @ts-ignore: decorator
@inline export function methodSelf(m: Val): Val { return load<u32>(m, 12); }

export function methodDealloc(m: Val): void {
  let f = load<u32>(m, 8), s = load<u32>(m, 12);
  gcFree(m, METHOD_SIZE);
  decref(f);
  decref(s);
}
