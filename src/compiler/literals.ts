/**
 * Values of literal tokens: numbers, string and bytes escapes, and the split of an f-string body into
 * literal text and replacement fields. parse.ts turns the fields' expressions into AST.
 *
 * Invariant: values equal what CPython's `ast.literal_eval` gives for the same token: an int is a
 * bigint (any size), a float a double; a str is UTF-16 with lone surrogates kept (\udc80 round-trips).
 */
import type { Const } from '../bytecode/code.js';
import { lookupUnicodeName } from './unicode_names.js';

function utf8Length(s: string): number { return new TextEncoder().encode(s).length; }

/** A literal error: message and the offset inside the token where CPython points. */
export class LiteralError extends Error {
  constructor(msg: string, readonly at = 0) { super(msg); }
}

// {==== numbers
export function numberValue(tok: string): Const {
  const t = tok.replace(/_/g, '');
  const c1 = t[1];
  if (t[0] === '0' && c1 && 'xXoObB'.includes(c1)) {
    return { k: 'int', v: BigInt('0' + c1.toLowerCase() + t.slice(2)) };
  }
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') {
    // Const has no complex kind (see the compiler report): refuse clearly rather than miscompile
    throw new LiteralError('imaginary literals are not supported by Dust');
  }
  if (/[.eE]/.test(t)) return { k: 'float', v: Number(t) };
  return { k: 'int', v: BigInt(t) };
}
// }====

// {==== strings
export interface StrToken {
  prefix: string;   // lower-cased
  body: string;     // between the quotes, raw source text
  bodyOff: number;  // offset of body in the token
  bytes: boolean;
  raw: boolean;
  fstr: boolean;
}

export function splitString(tok: string): StrToken {
  let i = 0;
  while (tok[i] !== '"' && tok[i] !== "'") i++;
  const prefix = tok.slice(0, i).toLowerCase();
  const q = tok[i];
  const triple = tok[i + 1] === q && tok[i + 2] === q && tok.length >= i + 6;
  const ql = triple ? 3 : 1;
  if (prefix.length === 2 && (prefix.includes('u') || prefix[0] === prefix[1] || (prefix.includes('b') && prefix.includes('f')))) {
    throw new LiteralError('invalid string prefix');
  }
  return {
    prefix, body: tok.slice(i + ql, tok.length - ql), bodyOff: i + ql,
    bytes: prefix.includes('b'), raw: prefix.includes('r'), fstr: prefix.includes('f'),
  };
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decode the escapes of a (non-raw) string or bytes body. For bytes the result holds code units < 256. */
export function decodeEscapes(body: string, bytes: boolean): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out += c; continue; }
    const e = body[++i];
    if (e === undefined) { out += '\\'; break; }
    if (e === '\r' && body[i + 1] === '\n') { i++; continue; }
    const s = SIMPLE[e];
    if (s !== undefined) { out += s; continue; }
    if (e >= '0' && e <= '7') {
      let v = 0, k = 0;
      while (k < 3 && body[i] >= '0' && body[i] <= '7') { v = v * 8 + (body.charCodeAt(i) - 48); i++; k++; }
      i--;
      out += String.fromCharCode(bytes ? v & 0xff : v);
      continue;
    }
    const hex = (len: number, what: string) => {
      const h = body.slice(i + 1, i + 1 + len);
      if (h.length < len || !/^[0-9a-fA-F]+$/.test(h)) {
        // CPython's decoder stops at the first character that is not a hex digit
        const n = /^[0-9a-fA-F]*/.exec(h)![0].length;
        const pos = utf8Length(body.slice(0, i - 1));
        throw new LiteralError(bytes ? `(value error) invalid \\x escape at position ${pos}`
          : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + 1 + n}: truncated ${what} escape`);
      }
      i += len;
      return parseInt(h, 16);
    };
    if (e === 'x') { out += String.fromCharCode(hex(2, '\\xXX')); continue; }
    if (!bytes && e === 'u') { out += String.fromCharCode(hex(4, '\\uXXXX')); continue; }
    if (!bytes && e === 'U') {
      const v = hex(8, '\\UXXXXXXXX');
      if (v > 0x10ffff) throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 9}-${i}: illegal Unicode character`);
      out += String.fromCodePoint(v);
      continue;
    }
    if (!bytes && e === 'N') {
      // positions in CPython's message count UTF-8 bytes of the literal's body
      const pos = utf8Length(body.slice(0, i - 1));
      const end = body.indexOf('}', i);
      if (body[i + 1] !== '{' || end < 0 || end === i + 2) {
        // CPython's decoder stops after "\\N", at the end of the text, or on the "}" of "\\N{}"
        const last = body[i + 1] !== '{' ? pos + 1 : end < 0 ? utf8Length(body) - 1 : pos + 2;
        throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${last}: malformed \\N character escape`);
      }
      const cp = lookupUnicodeName(body.slice(i + 2, end));
      if (cp < 0) {
        throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${pos + utf8Length(body.slice(i - 1, end))}: unknown Unicode character name`);
      }
      out += String.fromCodePoint(cp);
      i = end;
      continue;
    }
    out += '\\' + e;   // unknown escapes stay as they are (CPython: DeprecationWarning)
  }
  return out;
}

export function strConst(t: StrToken): Const {
  if (t.bytes) {
    for (let i = 0; i < t.body.length; i++) {
      if (t.body.charCodeAt(i) >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters');
    }
    const s = t.raw ? t.body : decodeEscapes(t.body, true);
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return { k: 'bytes', v: b };
  }
  return { k: 'str', v: t.raw ? t.body : decodeEscapes(t.body, false) };
}
// }====

// {==== f-strings (3.11 rules: the expression text may not hold a backslash, '#', or the outer quote)
export type FPart =
  | { lit: string }
  | { expr: string; exprOff: number; conv: number; spec: FPart[] | null; debugText: string | null };

/** Split an f-string body (offsets relative to the body) into literal text and fields. */
export function splitFString(body: string, raw: boolean): FPart[] {
  let i = 0;
  const parse = (depth: number, inSpec: boolean): FPart[] => {
    const parts: FPart[] = [];
    let lit = '';
    let litStart = i;
    const flushLit = () => {
      if (i > litStart) lit += raw ? body.slice(litStart, i) : decodeEscapes(body.slice(litStart, i), false);
      litStart = i;
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && !raw) {
        if (body[i + 1] === 'N' && body[i + 2] === '{') { const e = body.indexOf('}', i); i = e < 0 ? body.length : e + 1; continue; }
        i += 2;
        continue;
      }
      if (c === '{') {
        if (!inSpec && body[i + 1] === '{') { flushLit(); lit += '{'; i += 2; litStart = i; continue; }
        flushLit();
        if (lit) { parts.push({ lit }); lit = ''; }
        if (depth >= 2) throw new LiteralError('f-string: expressions nested too deeply', i);
        i++;
        parts.push(field(depth));
        litStart = i;
        continue;
      }
      if (c === '}') {
        if (inSpec) break;
        if (body[i + 1] === '}') { flushLit(); lit += '}'; i += 2; litStart = i; continue; }
        throw new LiteralError("f-string: single '}' is not allowed", i);
      }
      i++;
    }
    flushLit();
    if (lit) parts.push({ lit });
    return parts;
  };
  const field = (depth: number): FPart => {
    const start = i;
    const nest: string[] = [];
    let quote = '';
    for (; i < body.length; i++) {
      const c = body[i];
      if (c === '\\') throw new LiteralError('f-string expression part cannot include a backslash', i);
      if (quote) {
        if (body.startsWith(quote, i)) { i += quote.length - 1; quote = ''; }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += quote.length - 1;
        continue;
      }
      if (c === '#') throw new LiteralError("f-string expression part cannot include '#'", i);
      if (c === '(' || c === '[' || c === '{') { nest.push(c); continue; }
      if (c === ')' || c === ']' || c === '}') {
        if (nest.length === 0) break;
        nest.pop();
        continue;
      }
      if (nest.length > 0) continue;
      if (c === '!' && body[i + 1] !== '=') break;
      if (c === ':') break;
      if (c === '=' && body[i + 1] !== '=' && !'=!<>'.includes(body[i - 1])) break;
    }
    if (quote) throw new LiteralError('f-string: unterminated string', i);
    if (i >= body.length) throw new LiteralError("f-string: expecting '}'", i);
    const expr = body.slice(start, i);
    if (!expr.trim()) throw new LiteralError('f-string: empty expression not allowed', i);
    let debugText: string | null = null;
    if (body[i] === '=') {
      i++;
      while (i < body.length && /\s/.test(body[i])) i++;
      debugText = body.slice(start, i);
    }
    let conv = -1;
    if (body[i] === '!') {
      const k = body[i + 1];
      if (k !== 's' && k !== 'r' && k !== 'a') {
        throw new LiteralError("f-string: invalid conversion character: expected 's', 'r', or 'a'", i + 1);
      }
      conv = k.charCodeAt(0);
      i += 2;
    }
    let spec: FPart[] | null = null;
    if (body[i] === ':') {
      i++;
      spec = parse(depth + 1, true);
    }
    if (body[i] !== '}') throw new LiteralError("f-string: expecting '}'", i);
    i++;
    if (debugText !== null && conv === -1 && spec === null) conv = 'r'.charCodeAt(0);
    return { expr, exprOff: start, conv, spec, debugText };
  };
  return parse(0, false);
}
// }====
