// tests/wasm/num_entry.ts: test-only wasm entry for layer 1 of the numeric code
// (assembly/num/bigint.ts, assembly/num/dtoa.ts), compiled by tests/unit/num.test.ts with
// --runtime stub: layer 1 allocates nothing, so the test owns all memory above scratchBase()
// and places digit arrays and text there itself. Not part of the core build.
// (No `export *`: asc 0.28.20 crashes when an `@inline const` becomes a wasm export.)

export {
  bnNorm, bnFromU64, bnBitLength, bnCmp, bnAdd, bnSub, bnMulAddSmall, bnDivSmall, bnModSmall,
  bnMulWork, bnMul, bnMulSchool, bnDivmod, bnShl, bnShr, bnBitop, bnPowSize, bnPowWork, bnPow,
  bnPowModWork, bnPowMod, bnToF64, bnFromF64, bnTrueDivWork, bnTrueDiv,
} from "../../assembly/num/bigint";
export { bnStrSize, bnToBase, bnFromBaseSize, bnFromBase } from "../../assembly/num/bigtext";
export { dtoaShortest, dtoaFixed, dtoaPrepare, dtoaEmit, dtoaRepr } from "../../assembly/num/dtoa";
import { DIGITS, dtoaNd, dtoaDecpt } from "../../assembly/num/dtoa";

/** First free byte after the data segment and the shadow stack, 16-aligned. */
export function scratchBase(): usize { return (__heap_base + 15) & ~15; }
export function digitsPtr(): usize { return DIGITS; }
export function digitsCount(): i32 { return dtoaNd; }
export function digitsDecpt(): i32 { return dtoaDecpt; }
export { strtodParse, strtodParseHex, strtodHex } from "../../assembly/num/strtod";
import { strtodErr } from "../../assembly/num/strtod";
export function parseErr(): i32 { return strtodErr; }
