// TEMPORARY STUB written by the lead so the core compiles before the real strrepr.ts lands.
// Whoever implements obj/strrepr.ts: replace this file entirely (keep the exported names).
import { Val } from "./object";
import { strLen, strGet } from "./str";
import { sbNew, sbChar, sbAS, sbFinish } from "./strbuf";
export function strRepr(s: Val): Val {
  let n = strLen(s);
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < n; i++) { let c = strGet(s, i); if (c == 39) hasSingle = true; if (c == 34) hasDouble = true; }
  let q: u32 = hasSingle && !hasDouble ? 34 : 39;
  let sb = sbNew(<u32>n + 2);
  if (sb == 0) return 0;
  sbChar(sb, q);
  for (let i = 0; i < n; i++) {
    let c = strGet(s, i);
    if (c == q || c == 92) { sbChar(sb, 92); sbChar(sb, c); }
    else if (c == 10) sbAS(sb, "\\n");
    else if (c == 13) sbAS(sb, "\\r");
    else if (c == 9) sbAS(sb, "\\t");
    else if (c < 32 || c == 127) { sbAS(sb, "\\x"); sbChar(sb, hexd(c >> 4)); sbChar(sb, hexd(c & 15)); }
    else sbChar(sb, c);
  }
  sbChar(sb, q);
  return sbFinish(sb);
}
function hexd(d: u32): u32 { return d < 10 ? 48 + d : 87 + d; }
