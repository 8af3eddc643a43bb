// "Did you mean: 'x'?": CPython 3.11's suggestions for NameError and AttributeError, computed when
// the traceback is printed (traceback.py _compute_suggestion_error and its Levenshtein distance:
// a move costs 2, a change of case 1; at most a third of the characters may differ).

import { Val, isSmall, decref, incref } from "../obj/object";
import { T_STR, T_TUPLE, typeOf, typeKind, typeLookup, PyType } from "../obj/type";
import { Kind } from "../obj/kinds";
import { strLen, strGet, strEq } from "../obj/str";
import { tupleSize, tupleItem } from "../obj/tuple";
import { dictNextAt, dictEntryKey } from "../obj/dict";
import { instanceDict } from "./ops_attr";

// @ts-ignore: decorator
@inline const MOVE_COST: i32 = 2;
// @ts-ignore: decorator
@inline const CASE_COST: i32 = 1;
// @ts-ignore: decorator
@inline const MAX_CANDIDATES: i32 = 750;
// @ts-ignore: decorator
@inline const MAX_STRING: i32 = 40;

const ROW: usize = memory.data(4 * 48, 4);

function lower(c: u32): u32 { return c >= 65 && c <= 90 ? c + 32 : c; }

function substCost(a: u32, b: u32): i32 {
  if (a == b) return 0;
  if (lower(a) == lower(b)) return CASE_COST;
  return MOVE_COST;
}

/** CPython's levenshtein_distance(a, b, max_cost) over code points. */
function distance(a: Val, b: Val, maxCost: i32): i32 {
  if (strEq(a, b)) return 0;
  let as = 0, bs = 0, ae = strLen(a), be = strLen(b);
  while (as < ae && bs < be && strGet(a, as) == strGet(b, bs)) { as++; bs++; }
  while (ae > as && be > bs && strGet(a, ae - 1) == strGet(b, be - 1)) { ae--; be--; }
  let la = ae - as, lb = be - bs;
  if (la == 0 || lb == 0) return MOVE_COST * (la + lb);
  if (la > MAX_STRING || lb > MAX_STRING) return maxCost + 1;
  // the shorter one is `a`
  if (lb < la) { let t = a; a = b; b = t; let ts = as; as = bs; bs = ts; let tl = la; la = lb; lb = tl; }
  if ((lb - la) * MOVE_COST > maxCost) return maxCost + 1;
  for (let i = 0; i < la; i++) store<i32>(ROW + (<usize>i << 2), (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < lb; bi++) {
    let bc = strGet(b, bs + bi);
    let dist = bi * MOVE_COST;
    result = dist;
    let minimum = i32.MAX_VALUE;
    for (let i = 0; i < la; i++) {
      let substitute = dist + substCost(bc, strGet(a, as + i));
      dist = load<i32>(ROW + (<usize>i << 2));
      let insertDelete = min(result, dist) + MOVE_COST;
      result = min(insertDelete, substitute);
      store<i32>(ROW + (<usize>i << 2), result);
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

let best: Val = 0;
let bestDist: i32 = 0;
let count: i32 = 0;

function consider(wrong: Val, cand: Val): void {
  if (isSmall(cand) || typeKind(typeOf(cand)) != Kind.STR) return;
  count++;
  if (strEq(cand, wrong)) return;
  let maxd = (strLen(cand) + strLen(wrong) + 3) * MOVE_COST / 6;
  if (bestDist - 1 < maxd) maxd = bestDist - 1;
  let d = distance(wrong, cand, maxd);
  if (d > maxd) return;
  if (best == 0 || d < bestDist) { best = cand; bestDist = d; }
}

function considerDict(wrong: Val, d: Val): void {
  for (let pos = dictNextAt(d, 0); pos >= 0; pos = dictNextAt(d, pos + 1)) consider(wrong, dictEntryKey(d, pos));
}

function begin(wrong: Val): bool {
  best = 0;
  count = 0;
  bestDist = strLen(wrong);
  return strLen(wrong) <= MAX_STRING;
}

/** The suggestion for a NameError: candidates are the frame's local names, its globals, builtins. */
export function suggestName(wrong: Val, localNames: Val, globals: Val, builtins: Val): Val {
  if (!begin(wrong)) return 0;
  if (localNames != 0 && !isSmall(localNames) && typeOf(localNames) == T_TUPLE)
    for (let i = 0; i < tupleSize(localNames); i++) consider(wrong, tupleItem(localNames, i));
  if (globals != 0) considerDict(wrong, globals);
  if (builtins != 0) considerDict(wrong, builtins);
  return count > MAX_CANDIDATES ? 0 : best;
}

/** The suggestion for an AttributeError: candidates are dir(obj) (instance dict, then the MRO). */
export function suggestAttr(wrong: Val, obj: Val): Val {
  if (!begin(wrong)) return 0;
  let d = typeKind(typeOf(obj)) == Kind.TYPE ? 0 : instanceDict(obj, false);
  if (d != 0) considerDict(wrong, d);
  let t = typeKind(typeOf(obj)) == Kind.TYPE ? <usize>obj : typeOf(obj);
  let mro = changetype<PyType>(t).mro;
  for (let i = 0; i < tupleSize(mro); i++) {
    let td = changetype<PyType>(tupleItem(mro, i)).dict;
    if (td != 0) considerDict(wrong, td);
  }
  return count > MAX_CANDIDATES ? 0 : best;
}
