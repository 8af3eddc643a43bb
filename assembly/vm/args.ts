// Argument helpers for natives (NativeFn: positional args[0:nargs], then keyword values named by
// kwnames). Messages follow CPython's argument clinic.

import { Val, isSmall, mkSmall } from "../obj/object";
import { tupleSize, tupleItem } from "../obj/tuple";
import { strEqAS, strEq } from "../obj/str";
import { E } from "../obj/exc";
import { raiseFmt, raiseMsg } from "./errors";
import { idStr } from "../obj/str";

// @ts-ignore: decorator
@inline export function arg(args: usize, i: i32): Val { return load<u32>(args + (<usize>i << 2)); }

/** Check a positional-only function's argument count: fname() takes min..max arguments, no keywords. */
export function checkArgs(fname: string, nargs: i32, kwnames: Val, min: i32, max: i32): bool {
  if (kwnames != 0 && tupleSize(kwnames) > 0) {
    let name = strOf(fname);
    raiseFmt(E.TypeError, "%s() takes no keyword arguments", name);
    xdecref(name);
    return false;
  }
  if (nargs < min || nargs > max) {
    argCountError(fname, nargs, min, max);
    return false;
  }
  return true;
}

export function argCountError(fname: string, nargs: i32, min: i32, max: i32): void {
  let name = strOf(fname);
  if (name == 0) return;
  if (min == max) {
    if (min == 0) raiseFmt(E.TypeError, "%s() takes no arguments (%d given)", name, mkSmall(nargs));
    else if (min == 1) raiseFmt(E.TypeError, "%s() takes exactly one argument (%d given)", name, mkSmall(nargs));
    else raiseFmt(E.TypeError, "%s expected %d arguments, got %d", name, mkSmall(min), mkSmall(nargs));
  } else if (nargs < min) {
    if (min == 1) raiseFmt(E.TypeError, "%s expected at least %d argument, got %d", name, mkSmall(min), mkSmall(nargs));
    else raiseFmt(E.TypeError, "%s expected at least %d arguments, got %d", name, mkSmall(min), mkSmall(nargs));
  } else {
    if (max == 1) raiseFmt(E.TypeError, "%s expected at most %d argument, got %d", name, mkSmall(max), mkSmall(nargs));
    else raiseFmt(E.TypeError, "%s expected at most %d arguments, got %d", name, mkSmall(max), mkSmall(nargs));
  }
  decref(name);
}

import { strFromAS } from "../obj/str";
import { decref, xdecref } from "../obj/object";
/** A native's name as a str, for a message (the caller releases it; messages copy what they use). */
function strOf(s: string): Val { return strFromAS(s); }

/**
 * The value of keyword argument `name` (a literal), or 0 if not given. Checks nothing else; use
 * kwOnly() to reject unknown keywords.
 */
export function kwArg(args: usize, nargs: i32, kwnames: Val, name: string): Val {
  if (kwnames == 0) return 0;
  let n = tupleSize(kwnames);
  for (let i = 0; i < n; i++) {
    if (strEqAS(tupleItem(kwnames, i), name)) return load<u32>(args + (<usize>(nargs + i) << 2));
  }
  return 0;
}

/**
 * Reject keyword arguments other than the allowed ones (a comma-separated literal, e.g. "key,reverse").
 * fname is used in the message: "fname() got an unexpected keyword argument 'x'".
 */
export function kwCheck(fname: string, kwnames: Val, allowed: string): bool {
  if (kwnames == 0) return true;
  let n = tupleSize(kwnames);
  for (let i = 0; i < n; i++) {
    let k = tupleItem(kwnames, i);
    if (!inList(k, allowed)) {
      let name = strOf(fname);
      raiseFmt(E.TypeError, "%s() got an unexpected keyword argument '%s'", name, k);
      xdecref(name);
      return false;
    }
  }
  return true;
}

import { strLen, strGet } from "../obj/str";
/** True if str k is one of the comma-separated names in allowed (no allocation). */
function inList(k: Val, allowed: string): bool {
  let start = 0;
  let n = allowed.length;
  let kl = strLen(k);
  for (let i = 0; i <= n; i++) {
    if (i == n || allowed.charCodeAt(i) == 44) {
      if (i - start == kl) {
        let j = 0;
        while (j < kl && strGet(k, j) == <u32>allowed.charCodeAt(start + j)) j++;
        if (j == kl) return true;
      }
      start = i + 1;
    }
  }
  return false;
}

/** The number of keyword arguments. */
// @ts-ignore: decorator
@inline export function nkw(kwnames: Val): i32 { return kwnames == 0 ? 0 : tupleSize(kwnames); }
