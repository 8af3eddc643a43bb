// TEMPORARY STUB written by the lead so the core compiles before the real strformat.ts lands.
// Whoever implements obj/strformat.ts: replace this file entirely (keep the exported names).
import { Val, incref } from "./object";
import { strLen } from "./str";
import { objStr, objRepr } from "../vm/ops";
import { notImplVal } from "./singletons";
export function objFormat(v: Val, spec: Val): Val { return objStr(v); }
export function strAscii(v: Val): Val { return objRepr(v); }
export function strMod(fmt: Val, args: Val): Val { return notImplVal(); }
