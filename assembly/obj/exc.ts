// Exceptions: the builtin hierarchy (CPython 3.11's), exception instances and tracebacks.
//
// ╒═ PyException (wasm32, 40 bytes + GC head) ════════════════════════════════════════╕
// │ +0 refcnt │ +4 type │ +8 args (tuple) │ +12 traceback │ +16 __cause__ │ +20 __context__ │
// │ +24 flags (bit 0: __suppress_context__) │ +28 __dict__ (0 until used)                   │
// │ +32 extra: StopIteration.value / SystemExit.code / ImportError, NameError, AttributeError│
// │     .name (0 = unset) │ +36 aux: what the traceback printer needs for "Did you mean"   │
// │     (NameError: (globals, local names); AttributeError: the object)                    │
// ╘══════════════════════════════════════════════════════════════════════════════════════╛
// ╒═ PyTraceback (24 bytes) ══════════════════════════════════════════════════════════╕
// │ +0 refcnt │ +4 type │ +8 tb_next │ +12 code (PyCode*) │ +16 lineno u32 │ +20 lasti u32 │
// ╘══════════════════════════════════════════════════════════════════════════════════════╛
// A traceback entry records the code object and line, not the frame: frames are not objects in
// Dust (vm/frame.ts), and keeping them alive from tracebacks is the classic source of cycles.

import { Val, incref, decref, xdecref, xincref, initStatic } from "./object";
import { PyType, T, staticType, T_TYPE, T_OBJECT, T_TRACEBACK, typeOf, isSubtype } from "./type";
import { Kind, TF } from "./kinds";
import { strFromAS, strInternAS } from "./str";
import { tupleEmpty, tuplePack1, tupleNew, tupleSize, tupleItem } from "./tuple";
import { gcAlloc, gcFree, gcTrack, objAlloc, objFree } from "../gc/track";
import { initType } from "./typeinit";

// @ts-ignore: decorator
@inline export const EXC_SIZE: usize = 40;
// @ts-ignore: decorator
@inline export const TB_SIZE: usize = 24;

// {==== the hierarchy
// ORDER EXC: EXC_NAMES and EXC_BASES below.
export const enum E {
  BaseException = T.FIRST_EXC, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
  StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError,
  ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
  ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
  UnboundLocalError, OSError, FileNotFoundError, FileExistsError, PermissionError, TimeoutError,
  IsADirectoryError, NotADirectoryError, ReferenceError, RuntimeError, NotImplementedError,
  RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError,
  UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
  UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
  FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
  END,
}

function excName(e: i32): string {
  switch (e) {
    case E.BaseException: return "BaseException";
    case E.SystemExit: return "SystemExit";
    case E.KeyboardInterrupt: return "KeyboardInterrupt";
    case E.GeneratorExit: return "GeneratorExit";
    case E.Exception: return "Exception";
    case E.StopIteration: return "StopIteration";
    case E.StopAsyncIteration: return "StopAsyncIteration";
    case E.ArithmeticError: return "ArithmeticError";
    case E.FloatingPointError: return "FloatingPointError";
    case E.OverflowError: return "OverflowError";
    case E.ZeroDivisionError: return "ZeroDivisionError";
    case E.AssertionError: return "AssertionError";
    case E.AttributeError: return "AttributeError";
    case E.BufferError: return "BufferError";
    case E.EOFError: return "EOFError";
    case E.ImportError: return "ImportError";
    case E.ModuleNotFoundError: return "ModuleNotFoundError";
    case E.LookupError: return "LookupError";
    case E.IndexError: return "IndexError";
    case E.KeyError: return "KeyError";
    case E.MemoryError: return "MemoryError";
    case E.NameError: return "NameError";
    case E.UnboundLocalError: return "UnboundLocalError";
    case E.OSError: return "OSError";
    case E.FileNotFoundError: return "FileNotFoundError";
    case E.FileExistsError: return "FileExistsError";
    case E.PermissionError: return "PermissionError";
    case E.TimeoutError: return "TimeoutError";
    case E.IsADirectoryError: return "IsADirectoryError";
    case E.NotADirectoryError: return "NotADirectoryError";
    case E.ReferenceError: return "ReferenceError";
    case E.RuntimeError: return "RuntimeError";
    case E.NotImplementedError: return "NotImplementedError";
    case E.RecursionError: return "RecursionError";
    case E.SyntaxError: return "SyntaxError";
    case E.IndentationError: return "IndentationError";
    case E.TabError: return "TabError";
    case E.SystemError: return "SystemError";
    case E.TypeError: return "TypeError";
    case E.ValueError: return "ValueError";
    case E.UnicodeError: return "UnicodeError";
    case E.UnicodeDecodeError: return "UnicodeDecodeError";
    case E.UnicodeEncodeError: return "UnicodeEncodeError";
    case E.UnicodeTranslateError: return "UnicodeTranslateError";
    case E.Warning: return "Warning";
    case E.UserWarning: return "UserWarning";
    case E.DeprecationWarning: return "DeprecationWarning";
    case E.PendingDeprecationWarning: return "PendingDeprecationWarning";
    case E.SyntaxWarning: return "SyntaxWarning";
    case E.RuntimeWarning: return "RuntimeWarning";
    case E.FutureWarning: return "FutureWarning";
    case E.ImportWarning: return "ImportWarning";
    case E.UnicodeWarning: return "UnicodeWarning";
    case E.BytesWarning: return "BytesWarning";
    case E.ResourceWarning: return "ResourceWarning";
    case E.EncodingWarning: return "EncodingWarning";
  }
  return "?";
}

function excBase(e: i32): i32 {
  switch (e) {
    case E.BaseException: return -1;
    case E.SystemExit: case E.KeyboardInterrupt: case E.GeneratorExit: case E.Exception: return E.BaseException;
    case E.FloatingPointError: case E.OverflowError: case E.ZeroDivisionError: return E.ArithmeticError;
    case E.ModuleNotFoundError: return E.ImportError;
    case E.IndexError: case E.KeyError: return E.LookupError;
    case E.UnboundLocalError: return E.NameError;
    case E.FileNotFoundError: case E.FileExistsError: case E.PermissionError: case E.TimeoutError:
    case E.IsADirectoryError: case E.NotADirectoryError: return E.OSError;
    case E.NotImplementedError: case E.RecursionError: return E.RuntimeError;
    case E.IndentationError: return E.SyntaxError;
    case E.TabError: return E.IndentationError;
    case E.UnicodeError: return E.ValueError;
    case E.UnicodeDecodeError: case E.UnicodeEncodeError: case E.UnicodeTranslateError: return E.UnicodeError;
    case E.UserWarning: case E.DeprecationWarning: case E.PendingDeprecationWarning: case E.SyntaxWarning:
    case E.RuntimeWarning: case E.FutureWarning: case E.ImportWarning: case E.UnicodeWarning:
    case E.BytesWarning: case E.ResourceWarning: case E.EncodingWarning: return E.Warning;
  }
  return E.Exception;
}

/** The static type of exception e. */
// @ts-ignore: decorator
@inline export function excType(e: E): usize { return staticType(<T>e); }

/** Fill in the static exception types (their dicts and MROs are built by obj/typeinit.ts). */
export function excInitTypes(): void {
  for (let e = <i32>E.BaseException; e < <i32>E.END; e++) {
    let b = excBase(e);
    initType(staticType(<T>e), excName(e), Kind.EXCEPTION, b < 0 ? T_OBJECT : staticType(<T>b),
             <u32>EXC_SIZE, TF.BASETYPE | TF.GC | TF.EXC);
  }
}
// }====

// {==== instances

// @ts-ignore: decorator
@inline export function excArgs(x: Val): Val { return load<u32>(x, 8); }
// @ts-ignore: decorator
@inline export function excTraceback(x: Val): Val { return load<u32>(x, 12); }
// @ts-ignore: decorator
@inline export function excCause(x: Val): Val { return load<u32>(x, 16); }
// @ts-ignore: decorator
@inline export function excContext(x: Val): Val { return load<u32>(x, 20); }
// @ts-ignore: decorator
@inline export function excSuppressContext(x: Val): bool { return (load<u32>(x, 24) & 1) != 0; }
// @ts-ignore: decorator
@inline export function excExtra(x: Val): Val { return load<u32>(x, 32); }

/** A new exception of type t (a BaseException subclass) with the given args tuple (new reference taken). */
export function excNew(t: usize, args: Val): Val {
  let size = changetype<PyType>(t).basicsize;
  let x = gcAlloc(t, size);
  if (x == 0) return 0;
  memory.fill(x + 8, 0, <usize>size - 8);
  incref(args);
  store<u32>(x, args, 8);
  if (changetype<PyType>(t).flags & TF.HEAP) incref(<Val>t);
  gcTrack(x);
  return <Val>x;
}

/** An exception of type t whose single argument is the str msg (stolen). 0 on MemoryError. */
export function excNewMsg(t: usize, msg: Val): Val {
  if (msg == 0) return 0;
  let args = tuplePack1(msg);
  decref(msg);
  if (args == 0) return 0;
  let x = excNew(t, args);
  decref(args);
  return x;
}

export function excSetTraceback(x: Val, tb: Val): void {
  xincref(tb);
  let old = load<u32>(x, 12);
  store<u32>(x, tb, 12);
  xdecref(old);
}

export function excSetCause(x: Val, cause: Val): void {
  xincref(cause);
  let old = load<u32>(x, 16);
  store<u32>(x, cause, 16);
  xdecref(old);
  store<u32>(x, load<u32>(x, 24) | 1, 24);   // setting __cause__ sets __suppress_context__
}

export function excSetContext(x: Val, ctx: Val): void {
  xincref(ctx);
  let old = load<u32>(x, 20);
  store<u32>(x, ctx, 20);
  xdecref(old);
}

export function excSetSuppress(x: Val, on: bool): void {
  store<u32>(x, on ? (load<u32>(x, 24) | 1) : (load<u32>(x, 24) & ~1), 24);
}

export function excSetExtra(x: Val, v: Val): void {
  xincref(v);
  let old = load<u32>(x, 32);
  store<u32>(x, v, 32);
  xdecref(old);
}

export function excSetArgs(x: Val, args: Val): void {
  incref(args);
  let old = load<u32>(x, 8);
  store<u32>(x, args, 8);
  xdecref(old);
}

/** Drop the references an exception holds (dealloc and the cycle collector's clear). */
export function excClear(x: Val): void {
  clearField(x, 8); clearField(x, 12); clearField(x, 16);
  clearField(x, 20); clearField(x, 28); clearField(x, 32); clearField(x, 36);
}

// @ts-ignore: decorator
@inline export function excAux(x: Val): Val { return load<u32>(x, 36); }
export function excSetAux(x: Val, v: Val): void {
  xincref(v);
  let old = load<u32>(x, 36);
  store<u32>(x, v, 36);
  xdecref(old);
}

function clearField(x: usize, off: usize): void {
  let v = load<u32>(x + off);
  store<u32>(x + off, 0);
  xdecref(v);
}
// }====

// {==== tracebacks

/** A new traceback entry for (code, lineno) in front of next (new references taken). */
export function tbNew(next: Val, code: Val, lineno: u32, lasti: u32): Val {
  let tb = objAlloc(T_TRACEBACK, TB_SIZE);
  if (tb == 0) return 0;
  xincref(next);
  incref(code);
  store<u32>(tb, next, 8);
  store<u32>(tb, code, 12);
  store<u32>(tb, lineno, 16);
  store<u32>(tb, lasti, 20);
  return <Val>tb;
}

export function tbDealloc(tb: Val): void {
  // iterative over the chain, so a long traceback cannot exhaust the wasm stack
  while (tb != 0) {
    let next = load<u32>(tb, 8);
    decref(load<u32>(tb, 12));
    objFree(tb, TB_SIZE);
    if (next == 0) break;
    let rc = load<u32>(next) - 1;
    if (rc != 0) { store<u32>(next, rc); break; }
    tb = next;
  }
}
// }====
