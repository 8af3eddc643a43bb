// TEMPORARY STUB written by the lead so the core compiles before the real strmethods.ts lands.
// Whoever implements obj/strmethods.ts: replace this file entirely (keep the exported names).
import { Val, isSmall, incref } from "./object";
import { T_STR, typeOf } from "./type";
import { strLen, strGet, strEmpty } from "./str";
import { objStr } from "../vm/ops";
import { E } from "./exc";
import { raiseFmt } from "../vm/errors";
export function strMethodsInit(): bool { return true; }
export function strTypeNew(t: usize, args: usize, npos: i32, kwnames: Val): Val {
  if (npos == 0) return strEmpty();
  return objStr(load<u32>(args));
}
export function strContains(s: Val, v: Val): i32 {
  if (isSmall(v) || typeOf(v) != T_STR) { raiseFmt(E.TypeError, "'in <string>' requires string as left operand, not %T", v); return -1; }
  let n = strLen(s), m = strLen(v);
  for (let i = 0; i + m <= n; i++) {
    let j = 0;
    while (j < m && strGet(s, i + j) == strGet(v, j)) j++;
    if (j == m) return 1;
  }
  return 0;
}
