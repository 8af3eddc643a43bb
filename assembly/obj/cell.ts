// cell: the box a closure shares with the function that created the variable.
//
// ╒═ PyCell (12 bytes + GC head) ═╕
// │ +8 contents (0 = empty)       │
// ╘═══════════════════════════════╛
// Cells are how closures make reference cycles (a function in its own cell: the seed's json
// encoder): they are GC-tracked, and dust.clear_closure() empties them.

import { Val, xincref, xdecref } from "./object";
import { T_CELL } from "./type";
import { gcAlloc, gcFree, gcTrack } from "../gc/track";

// @ts-ignore: decorator
@inline export const CELL_SIZE: usize = 12;

/** A new cell holding v (a new reference is taken; v may be 0). */
export function cellNew(v: Val): Val {
  let c = gcAlloc(T_CELL, CELL_SIZE);
  if (c == 0) return 0;
  xincref(v);
  store<u32>(c, v, 8);
  gcTrack(c);
  return <Val>c;
}

// @ts-ignore: decorator
@inline export function cellGet(c: Val): Val { return load<u32>(c, 8); }

/** Replace the contents (new reference taken; 0 empties the cell). */
export function cellSet(c: Val, v: Val): void {
  xincref(v);
  let old = load<u32>(c, 8);
  store<u32>(c, v, 8);
  xdecref(old);
}

export function cellDealloc(c: Val): void {
  let v = load<u32>(c, 8);
  gcFree(c, CELL_SIZE);
  xdecref(v);
}
