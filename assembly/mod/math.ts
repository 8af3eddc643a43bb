// The math module (the functions ordinary programs use).

import { Val, isSmall, mkSmall, decref } from "../obj/object";
import { T_FLOAT, typeOf, typeKind, typeName, isHeapType } from "../obj/type";
import { Kind } from "../obj/kinds";
import { strInternAS } from "../obj/str";
import { dictSetItem } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { builtinFunction, NativeFn } from "../obj/builtin";
import { E } from "../obj/exc";
import { raiseMsg, raiseFmt, excPending } from "../vm/errors";
import { arg, checkArgs } from "../vm/args";
import { floatNew } from "../obj/float";
import { intFromF64, intToF64 } from "../obj/int";
import { floatFromNumber } from "../obj/constructors";

/** A float argument (ints and objects with __float__ accepted); NaN and a pending error on failure. */
let ok: bool = true;
function f(v: Val): f64 {
  ok = true;
  if (isSmall(v)) return <f64>((<i32>v) >> 1);
  if (typeOf(v) == T_FLOAT) return load<f64>(v, 8);
  let r = floatFromNumber(v);
  if (r == 0) {
    ok = false;
    return NaN;
  }
  let d = load<f64>(r, 8);
  decref(r);
  return d;
}

function domainError(): Val { raiseMsg(E.ValueError, "math domain error"); return 0; }
function result(x: f64, overflowCheck: bool): Val {
  if (overflowCheck && !isFinite(x)) { raiseMsg(E.OverflowError, "math range error"); return 0; }
  return floatNew(x);
}

function sqrtF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("sqrt", n, kw, 1, 1)) return 0;
  let x = f(arg(args, 0)); if (!ok) return 0;
  if (x < 0) return domainError();
  return floatNew(Math.sqrt(x));
}
function floorF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("floor", n, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  if (isSmall(v)) return v;
  let x = f(v); if (!ok) return 0;
  return intFromF64(Math.floor(x));
}
function ceilF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("ceil", n, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  if (isSmall(v)) return v;
  let x = f(v); if (!ok) return 0;
  return intFromF64(Math.ceil(x));
}
function truncF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("trunc", n, kw, 1, 1)) return 0;
  let v = arg(args, 0);
  if (isSmall(v)) return v;
  let x = f(v); if (!ok) return 0;
  return intFromF64(Math.trunc(x));
}
function sinF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("sin", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (!isFinite(x) && !isNaN(x)) return domainError(); return floatNew(Math.sin(x)); }
function cosF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("cos", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (!isFinite(x) && !isNaN(x)) return domainError(); return floatNew(Math.cos(x)); }
function tanF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("tan", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (!isFinite(x) && !isNaN(x)) return domainError(); return floatNew(Math.tan(x)); }
function atanF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("atan", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return floatNew(Math.atan(x)); }
function asinF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("asin", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (x < -1 || x > 1) return domainError(); return floatNew(Math.asin(x)); }
function acosF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("acos", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (x < -1 || x > 1) return domainError(); return floatNew(Math.acos(x)); }
function atan2F(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("atan2", n, kw, 2, 2)) return 0; let y = f(arg(args, 0)); if (!ok) return 0; let x = f(arg(args, 1)); if (!ok) return 0; return floatNew(Math.atan2(y, x)); }
function expF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("exp", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return result(Math.exp(x), isFinite(x)); }
function logF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("log", n, kw, 1, 2)) return 0;
  let x = f(arg(args, 0)); if (!ok) return 0;
  if (x <= 0) return domainError();
  let r = Math.log(x);
  if (n == 2) {
    let b = f(arg(args, 1)); if (!ok) return 0;
    if (b <= 0) return domainError();
    let lb = Math.log(b);
    if (lb == 0) { raiseMsg(E.ZeroDivisionError, "float division by zero"); return 0; }
    r = r / lb;
  }
  return floatNew(r);
}
function log2F(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("log2", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (x <= 0) return domainError(); return floatNew(Math.log2(x)); }
function log10F(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("log10", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; if (x <= 0) return domainError(); return floatNew(Math.log10(x)); }
function powF(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("pow", n, kw, 2, 2)) return 0;
  let x = f(arg(args, 0)); if (!ok) return 0;
  let y = f(arg(args, 1)); if (!ok) return 0;
  if (x == 0 && y < 0) return domainError();
  if (x < 0 && isFinite(x) && isFinite(y) && y != Math.floor(y)) return domainError();
  return result(Math.pow(x, y), isFinite(x) && isFinite(y));
}
function fabsF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("fabs", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return floatNew(Math.abs(x)); }
function hypotF(self: Val, args: usize, n: i32, kw: Val): Val {
  let s: f64 = 0;
  for (let i = 0; i < n; i++) { let x = f(arg(args, i)); if (!ok) return 0; s += x * x; }
  return floatNew(Math.sqrt(s));
}
function isnanF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("isnan", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return boolV(isNaN(x)); }
function isinfF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("isinf", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return boolV(!isFinite(x) && !isNaN(x)); }
function isfiniteF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("isfinite", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return boolV(isFinite(x)); }
function copysignF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("copysign", n, kw, 2, 2)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; let y = f(arg(args, 1)); if (!ok) return 0; return floatNew(Math.sign(y) < 0 || (y == 0 && 1 / y < 0) ? -Math.abs(x) : Math.abs(x)); }
function degreesF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("degrees", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return floatNew(x * (180.0 / Math.PI)); }
function radiansF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("radians", n, kw, 1, 1)) return 0; let x = f(arg(args, 0)); if (!ok) return 0; return floatNew(x * (Math.PI / 180.0)); }

import { boolVal } from "../obj/singletons";
function boolV(b: bool): Val { return boolVal(b); }

function addF(d: Val, name: string, fn: NativeFn, owner: Val): bool {
  let fo = builtinFunction(fn, name, owner);
  if (fo == 0) return false;
  let n = strInternAS(name);
  if (n == 0) { decref(fo); return false; }
  let r = dictSetItem(d, n, fo);
  decref(n); decref(fo);
  return r;
}
function addV(d: Val, name: string, v: Val): bool {
  if (v == 0) return false;
  let n = strInternAS(name);
  if (n == 0) { decref(v); return false; }
  let r = dictSetItem(d, n, v);
  decref(n); decref(v);
  return r;
}

export function mathModuleNew(): Val {
  let name = strInternAS("math");
  if (name == 0) return 0;
  let m = moduleNew(name);
  if (m == 0) { decref(name); return 0; }
  let d = moduleDict(m);
  let good = addF(d, "sqrt", sqrtF, name) && addF(d, "floor", floorF, name) && addF(d, "ceil", ceilF, name)
    && addF(d, "trunc", truncF, name) && addF(d, "sin", sinF, name) && addF(d, "cos", cosF, name)
    && addF(d, "tan", tanF, name) && addF(d, "atan", atanF, name) && addF(d, "asin", asinF, name)
    && addF(d, "acos", acosF, name) && addF(d, "atan2", atan2F, name) && addF(d, "exp", expF, name)
    && addF(d, "log", logF, name) && addF(d, "log2", log2F, name) && addF(d, "log10", log10F, name)
    && addF(d, "pow", powF, name) && addF(d, "fabs", fabsF, name) && addF(d, "hypot", hypotF, name)
    && addF(d, "isnan", isnanF, name) && addF(d, "isinf", isinfF, name) && addF(d, "isfinite", isfiniteF, name)
    && addF(d, "copysign", copysignF, name) && addF(d, "degrees", degreesF, name) && addF(d, "radians", radiansF, name)
    && addV(d, "pi", floatNew(Math.PI)) && addV(d, "e", floatNew(Math.E)) && addV(d, "tau", floatNew(2 * Math.PI))
    && addV(d, "inf", floatNew(Infinity)) && addV(d, "nan", floatNew(NaN));
  decref(name);
  if (!good) { decref(m); return 0; }
  return m;
}
