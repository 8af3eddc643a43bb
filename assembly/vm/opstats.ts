// Dynamic opcode-pair counts for choosing superinstructions: a build with
// `asc --use DUST_OPSTATS=1` counts every (previous op, op) pair the loop dispatches and
// coreOpStats() gives the table's address (256 x 256 u32, row = previous op). Not in normal
// builds; the table (256 KiB) comes from the heap, so such a build needs a larger --heap.

import { heapAlloc } from "../mem/heap";

let table: usize = 0;
let prev: u32 = 0;

export function opStat(op: u32): void {
  if (table == 0) {
    table = heapAlloc(256 * 256 * 4);
    if (table == 0) return;
    memory.fill(table, 0, 256 * 256 * 4);
  }
  let at = table + ((<usize>prev << 8 | <usize>op) << 2);
  store<u32>(at, load<u32>(at) + 1);
  prev = op;
}

export function opStatsTable(): usize { return table; }
