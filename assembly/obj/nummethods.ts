// Methods of int, bool and float.

import { Val, isSmall, mkSmall, incref } from "./object";
import { T_INT, T_FLOAT } from "./type";
import { addMethod } from "./typeinit";
import { checkArgs } from "../vm/args";
import { intBitLength } from "./int";
import { boolVal } from "./singletons";

function intBitLengthM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("bit_length", n, kw, 0, 0)) return 0;
  return mkSmall(intBitLength(self));
}
function intConjugateM(self: Val, args: usize, n: i32, kw: Val): Val { incref(self); return self; }
function floatIsIntegerM(self: Val, args: usize, n: i32, kw: Val): Val {
  if (!checkArgs("is_integer", n, kw, 0, 0)) return 0;
  let x = load<f64>(self, 8);
  return boolVal(isFinite(x) && x == Math.trunc(x));
}

export function numberMethodsInit(): bool {
  return addMethod(T_INT, "bit_length", intBitLengthM)
    && addMethod(T_INT, "conjugate", intConjugateM)
    && addMethod(T_FLOAT, "is_integer", floatIsIntegerM);
}
