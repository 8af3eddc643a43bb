// The time module: clocks from the host. (Reports never depend on time: collections are triggered
// by allocation counts, so runs stay deterministic.)

import { Val, decref } from "../obj/object";
import { strInternAS } from "../obj/str";
import { dictSetItem } from "../obj/dict";
import { moduleNew, moduleDict } from "../obj/module";
import { builtinFunction, NativeFn } from "../obj/builtin";
import { floatNew } from "../obj/float";
import { intFromI64 } from "../obj/int";
import { checkArgs } from "../vm/args";

@external("host", "now") declare function hostNow(): f64;   // seconds, monotonic, as a double

function perfCounterF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("perf_counter", n, kw, 0, 0)) return 0; return floatNew(hostNow()); }
function timeF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("time", n, kw, 0, 0)) return 0; return floatNew(hostNow()); }
function perfCounterNsF(self: Val, args: usize, n: i32, kw: Val): Val { if (!checkArgs("perf_counter_ns", n, kw, 0, 0)) return 0; return intFromI64(<i64>(hostNow() * 1e9)); }

function addF(d: Val, name: string, fn: NativeFn, owner: Val): bool {
  let fo = builtinFunction(fn, name, owner);
  if (fo == 0) return false;
  let nm = strInternAS(name);
  if (nm == 0) { decref(fo); return false; }
  let r = dictSetItem(d, nm, fo);
  decref(nm); decref(fo);
  return r;
}

export function timeModuleNew(): Val {
  let name = strInternAS("time");
  if (name == 0) return 0;
  let m = moduleNew(name);
  if (m == 0) { decref(name); return 0; }
  let d = moduleDict(m);
  let ok = addF(d, "perf_counter", perfCounterF, name) && addF(d, "time", timeF, name)
    && addF(d, "monotonic", perfCounterF, name) && addF(d, "process_time", perfCounterF, name)
    && addF(d, "perf_counter_ns", perfCounterNsF, name);
  decref(name);
  if (!ok) { decref(m); return 0; }
  return m;
}
