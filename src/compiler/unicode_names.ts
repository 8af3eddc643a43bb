/**
 * lookupUnicodeName(): the code point a \N{...} escape names, as CPython 3.11's unicodedata.lookup
 * resolves it (case-insensitively), from the table in unicode_names.gen.ts.
 *
 * Invariant: the table is inflated once per process, on the first \N{...} met; programs without
 * one never pay for it.
 */
import { unzlibSync } from 'fflate';
import { NAME_RANGES, NAMES_Z } from './unicode_names.gen.js';

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const bin = Buffer.from(NAMES_Z, 'base64');
  const text = new TextDecoder().decode(unzlibSync(new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength)));
  const m = new Map<string, number>();
  let cp = 0;
  for (const line of text.split('\n')) {
    const semi = line.indexOf(';');
    cp += parseInt(line.slice(0, semi), 16);
    m.set(line.slice(semi + 1), cp);
  }
  return m;
}

// the Hangul syllable name algorithm (Unicode 3.12), as unicodedata implements it
const L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
function longest(s: string, list: string[]): [number, number] {
  let len = -1, pos = 0;
  list.forEach((x, i) => { if (x.length > len && s.startsWith(x)) { len = x.length; pos = i; } });
  return [Math.max(len, 0), pos];
}
function hangul(rest: string): number {
  const [l1, l] = longest(rest, L);
  const [l2, v] = longest(rest.slice(l1), V);
  const [l3, t] = longest(rest.slice(l1 + l2), T);
  if (l1 + l2 + l3 !== rest.length) return -1;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

/** The code point of a character name, or -1. */
export function lookupUnicodeName(name: string): number {
  const n = name.toUpperCase();
  if (n.startsWith('HANGUL SYLLABLE ')) {
    const cp = hangul(n.slice(16));
    if (cp >= 0) return cp;
  }
  const dash = n.lastIndexOf('-');
  if (dash > 0 && /^[0-9A-F]{4,6}$/.test(n.slice(dash + 1))) {
    const prefix = n.slice(0, dash), cp = parseInt(n.slice(dash + 1), 16);
    for (const [p, a, b] of NAME_RANGES) if (p === prefix && cp >= a && cp <= b) return cp;
  }
  table ??= load();
  return table.get(n) ?? -1;
}
