/**
 * disassemble(): a code object tree as text, in the layout of `python3 -m dis` (3.11), for the
 * `dust dis` command and for reading compiler output. Offsets are instruction-word indexes; inline
 * cache words are not shown. Nested code objects follow their parent, then each exception table.
 *
 * Invariant: reads only the CodeObject (never the compiler), so it shows what an archive holds.
 */
import type { CodeObject, Const } from './code.js';
import { BINOP_SYMBOLS, CMPOP_SYMBOLS, OPCODES } from './opcodes.js';

// {==== Python reprs of constants
/** repr() of a float, as Python prints it (shortest round-trip digits, '.0' on integral values). */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = v.toExponential().split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= -5 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1);
      out = intPart + '.' + (frac || '0');
    } else {
      out = '0.' + '0'.repeat(-exp - 1) + digits;
    }
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    out = m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  return (neg ? '-' : '') + out;
}

/** repr() of a str: single quotes unless the text has a single quote and no double quote. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

function bytesRepr(b: Uint8Array): string {
  let hasSq = false, hasDq = false;
  for (const c of b) { if (c === 39) hasSq = true; if (c === 34) hasDq = true; }
  const q = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

export function constRepr(c: Const): string {
  switch (c.k) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return floatRepr(c.v);
    case 'str': return strRepr(c.v);
    case 'bytes': return bytesRepr(c.v);
    case 'tuple': return '(' + c.items.map(constRepr).join(', ') + (c.items.length === 1 ? ',)' : ')');
    case 'frozenset': return c.items.length ? 'frozenset({' + c.items.map(constRepr).join(', ') + '})' : 'frozenset()';
    case 'code': return `<code object ${c.code.name}, file "${c.code.filename}", line ${c.code.firstlineno}>`;
  }
}
// }====

const FV_CONV = ['', 'str', 'repr', 'ascii'];
const MF = ['defaults', 'kwdefaults', 'annotations', 'closure'];

function argRepr(co: CodeObject, op: number, arg: number): string {
  const o = OPCODES[op];
  const local = (i: number) => co.localsplus[i]?.name ?? `<${i}>`;
  switch (o.arg) {
    case 'const': return o.name === 'KW_NAMES' || o.name === 'LOAD_CONST' ? constRepr(co.consts[arg] ?? { k: 'none' }) : '';
    case 'name': return co.names[arg] ?? `<${arg}>`;
    case 'global': return (arg & 1 ? 'NULL + ' : '') + (co.names[arg >> 1] ?? `<${arg >> 1}>`);
    case 'local': return local(arg);
    case 'local2': return `${local(arg & 0xfff)}, ${local(arg >> 12)}`;
    case 'localconst': return `${local(arg & 0xfff)}, ${constRepr(co.consts[arg >> 12] ?? { k: 'none' })}`;
    case 'constbinop': {
      const b = arg & 31;
      return `${b >= 13 ? BINOP_SYMBOLS[b - 13] + '=' : BINOP_SYMBOLS[b] ?? ''} ${constRepr(co.consts[arg >> 5] ?? { k: 'none' })}`;
    }
    case 'jump': return `to ${arg}`;
    case 'binop': return arg >= 13 ? BINOP_SYMBOLS[arg - 13] + '=' : BINOP_SYMBOLS[arg] ?? '';
    case 'cmpop': return CMPOP_SYMBOLS[arg] ?? '';
    case 'flags':
      if (o.name === 'FORMAT_VALUE') {
        const parts = [FV_CONV[arg & 3]].filter(Boolean);
        if (arg & 4) parts.push('with format');
        return parts.join(', ');
      }
      if (o.name === 'MAKE_FUNCTION') return MF.filter((_, i) => arg & (1 << i)).join(', ');
      if (o.name === 'IS_OP') return arg ? 'is not' : 'is';
      if (o.name === 'CONTAINS_OP') return arg ? 'not in' : 'in';
      return '';
    default: return '';
  }
}

function disassembleOne(co: CodeObject, out: string[]) {
  const code = co.code;
  const targets = new Set<number>();
  for (let i = 0; i < code.length; i += 1 + (OPCODES[code[i] & 0xff]?.cache ?? 0)) {
    const o = OPCODES[code[i] & 0xff];
    if (o?.arg === 'jump') targets.add(code[i] >>> 8);
  }
  for (const e of co.exceptionTable) targets.add(e.target);
  const offW = Math.max(4, String(code.length).length);
  let lastLine = -1;
  for (let i = 0; i < code.length;) {
    const op = code[i] & 0xff, arg = code[i] >>> 8;
    const o = OPCODES[op];
    const line = co.lines[i];
    const fields: string[] = [];
    if (line !== lastLine && line > 0) {
      if (lastLine !== -1) out.push('');
      fields.push(String(line).padStart(3));
      lastLine = line;
    } else fields.push('   ');
    fields.push('   ');
    fields.push(targets.has(i) ? '>>' : '  ');
    fields.push(String(i).padStart(offW));
    fields.push((o?.name ?? `<${op}>`).padEnd(20));
    if (o && o.arg !== 'none') {
      fields.push(String(arg).padStart(5));
      const r = argRepr(co, op, arg);
      if (r) fields.push('(' + r + ')');
    }
    out.push(fields.join(' ').trimEnd());
    i += 1 + (o?.cache ?? 0);
  }
  if (co.exceptionTable.length) {
    out.push('ExceptionTable:');
    for (const e of co.exceptionTable) {
      out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

export function disassemble(co: CodeObject): string {
  const out: string[] = [];
  const walk = (c: CodeObject, top: boolean) => {
    if (!top) {
      out.push('');
      out.push(`Disassembly of <code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>:`);
    }
    disassembleOne(c, out);
    for (const k of c.consts) if (k.k === 'code') walk(k.code, false);
  };
  walk(co, true);
  return out.join('\n') + '\n';
}
