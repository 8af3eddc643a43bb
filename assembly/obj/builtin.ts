// builtin_function_or_method / method_descriptor: functions implemented in the core.
//
// ╒═ PyBuiltin (28 bytes + GC head) ══════════════════════════════════════════════════════╕
// │ +8 fn (wasm table index of a NativeFn) │ +12 self (owned; 0 when unbound) │ +16 name (str) │
// │ +20 flags (BF) │ +24 owner (the type that defines a method; the module name for functions) │
// ╘═══════════════════════════════════════════════════════════════════════════════════════╛
// Every native has the vectorcall signature NativeFn: positional arguments at args[0:nargs], then
// the values of the keyword arguments named by the kwnames tuple (0 when none). It returns a new
// reference, or 0 with the exception pending. Arguments are borrowed.

import { Val, incref, xincref, xdecref, decref } from "./object";
import { T_BUILTIN, T_METHOD_DESCR, T_CLASSMETHOD_DESCR } from "./type";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";
import { strInternAS } from "./str";

export type NativeFn = (self: Val, args: usize, nargs: i32, kwnames: Val) => Val;

// @ts-ignore: decorator
@inline export const BUILTIN_SIZE: usize = 28;

export const enum BF {
  DESCR = 1,       // an unbound method of a type: called with self = args[0]
  CLASS = 2,       // a classmethod of a builtin type: binds the class
  STATIC = 4,      // a staticmethod of a builtin type: binds nothing
  NO_KW = 8,       // accepts no keyword arguments (checked by the caller)
}

// @ts-ignore: decorator
@inline export function builtinFn(b: Val): u32 { return load<u32>(b, 8); }
// @ts-ignore: decorator
@inline export function builtinSelf(b: Val): Val { return load<u32>(b, 12); }
// @ts-ignore: decorator
@inline export function builtinName(b: Val): Val { return load<u32>(b, 16); }
// @ts-ignore: decorator
@inline export function builtinFlags(b: Val): u32 { return load<u32>(b, 20); }
// @ts-ignore: decorator
@inline export function builtinOwner(b: Val): Val { return load<u32>(b, 24); }

/** A new builtin of the given static type. name is a str (new reference taken). */
export function builtinNewRaw(type: usize, fn: u32, self: Val, name: Val, flags: u32, owner: Val): Val {
  let b = gcAlloc(type, BUILTIN_SIZE);
  if (b == 0) return 0;
  store<u32>(b, fn, 8);
  xincref(self); store<u32>(b, self, 12);
  incref(name); store<u32>(b, name, 16);
  store<u32>(b, flags, 20);
  xincref(owner); store<u32>(b, owner, 24);
  gcTrack(b);
  return <Val>b;
}

/** A module-level native function. */
export function builtinFunction(fn: NativeFn, name: string, owner: Val): Val {
  let n = strInternAS(name);
  if (n == 0) return 0;
  let b = builtinNewRaw(T_BUILTIN, fn.index, 0, n, 0, owner);
  decref(n);
  return b;
}

/** A method descriptor for a builtin type's dict. */
export function builtinMethod(fn: NativeFn, name: string, type: usize, flags: u32): Val {
  let n = strInternAS(name);
  if (n == 0) return 0;
  let t = (flags & (BF.CLASS | BF.STATIC)) ? T_CLASSMETHOD_DESCR : T_METHOD_DESCR;
  let b = builtinNewRaw(t, fn.index, 0, n, flags | BF.DESCR, <Val>type);
  decref(n);
  return b;
}

/** The descriptor bound to self (a builtin_function_or_method). */
export function builtinBind(descr: Val, self: Val): Val {
  return builtinNewRaw(T_BUILTIN, builtinFn(descr), self, builtinName(descr), builtinFlags(descr) & ~BF.DESCR, builtinOwner(descr));
}

/** Call a native: fn(self, args, nargs, kwnames). */
// @ts-ignore: decorator
@inline export function callNative(fn: u32, self: Val, args: usize, nargs: i32, kwnames: Val): Val {
  return call_indirect<Val>(fn, self, args, nargs, kwnames);
}

export function builtinDealloc(b: Val): void {
  let self = load<u32>(b, 12), name = load<u32>(b, 16), owner = load<u32>(b, 24);
  gcFree(b, BUILTIN_SIZE);
  xdecref(self); decref(name); xdecref(owner);
}
