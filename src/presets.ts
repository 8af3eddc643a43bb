/**
 * Presets: named sets of tunables (`dust run --preset NAME`), one row each. Flags given on the
 * command line override the preset's values.
 */
import type { Tunables } from './host/tunables.js';

export const PRESETS: Record<string, { doc: string; tunables: Partial<Tunables> }> = {
  dust: {
    doc: "the default: CPython 3.11's dict sizing, integral floats -10..10 shared (the seed's float cache)",
    tunables: {},
  },
  cpython: {
    doc: "CPython 3.11's behaviour where it is observable: no shared float objects",
    tunables: { floatCacheMin: 1, floatCacheMax: 0 },
  },
  ps3: {
    doc: 'the PS3 dict tuning from the seed: small tables, grow at 4/5 load, by 1.5x',
    tunables: { dictMinLog2: 0, dictLoadN: 4, dictLoadD: 5, dictGrowN: 3, dictGrowD: 2 },
  },
  'test-tiny': {
    doc: 'every minimum shrunk, to give bugs a chance (tests)',
    tunables: { dictMinLog2: 0, dictLoadN: 4, dictLoadD: 5, dictGrowN: 3, dictGrowD: 2, gcThreshold0: 1, recursionLimit: 200 },
  },
};
