// Runtime tunables: one block of u32 fields that the host writes before start-up (`dust run`
// options and presets, src/presets.ts). Field names are the CLI flags in camelCase; fractions are
// N/D integer pairs. ORDER TUNABLES: src/host/tunables.ts writes the same offsets.
//
// ╒═ Tunables (u32 each) ═══════════════════════════════════════════════════════════════╕
// │ +0 dictMinLog2 │ +4 dictLoadN │ +8 dictLoadD │ +12 dictGrowN │ +16 dictGrowD          │
// │ +20 floatCacheMin (i32) │ +24 floatCacheMax (i32; max < min disables the cache)       │
// │ +28 recursionLimit │ +32 gcThreshold0 │ +36 gcThreshold1 │ +40 gcThreshold2          │
// │ +44 traceDepth │ +48 flags (bit 0: gc enabled at start)                                │
// ╘══════════════════════════════════════════════════════════════════════════════════════╛

export const TUNABLES: usize = memory.data(64, 8);

/** Defaults: CPython 3.11's values, and the seed's float cache of integral values -10..10. */
export function tunablesDefaults(): void {
  store<u32>(TUNABLES, 3, 0);        // PyDict_MINSIZE 8
  store<u32>(TUNABLES, 2, 4);        // USABLE_FRACTION 2/3
  store<u32>(TUNABLES, 3, 8);
  store<u32>(TUNABLES, 3, 12);       // GROWTH_RATE used*3
  store<u32>(TUNABLES, 1, 16);
  store<i32>(TUNABLES, -10, 20);
  store<i32>(TUNABLES, 10, 24);
  store<u32>(TUNABLES, 1000, 28);
  store<u32>(TUNABLES, 700, 32);
  store<u32>(TUNABLES, 10, 36);
  store<u32>(TUNABLES, 10, 40);
  store<u32>(TUNABLES, 0, 44);
  store<u32>(TUNABLES, 1, 48);
}

// @ts-ignore: decorator
@inline export function tunDictMinLog2(): u32 { return load<u32>(TUNABLES, 0); }
// @ts-ignore: decorator
@inline export function tunDictLoadN(): u32 { return load<u32>(TUNABLES, 4); }
// @ts-ignore: decorator
@inline export function tunDictLoadD(): u32 { return load<u32>(TUNABLES, 8); }
// @ts-ignore: decorator
@inline export function tunDictGrowN(): u32 { return load<u32>(TUNABLES, 12); }
// @ts-ignore: decorator
@inline export function tunDictGrowD(): u32 { return load<u32>(TUNABLES, 16); }
// @ts-ignore: decorator
@inline export function tunFloatCacheMin(): i32 { return load<i32>(TUNABLES, 20); }
// @ts-ignore: decorator
@inline export function tunFloatCacheMax(): i32 { return load<i32>(TUNABLES, 24); }
// @ts-ignore: decorator
@inline export function tunRecursionLimit(): u32 { return load<u32>(TUNABLES, 28); }
export function setRecursionLimit(n: u32): void { store<u32>(TUNABLES, n, 28); }
// @ts-ignore: decorator
@inline export function tunGcThreshold(gen: i32): u32 { return load<u32>(TUNABLES + 32 + (<usize>gen << 2)); }
// @ts-ignore: decorator
@inline export function tunTraceDepth(): u32 { return load<u32>(TUNABLES, 44); }
// @ts-ignore: decorator
@inline export function tunFlags(): u32 { return load<u32>(TUNABLES, 48); }
