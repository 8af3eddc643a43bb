/**
 * Code objects and their binary form (a "module file"), as documented in docs/bytecode.md.
 *
 * The compiler produces CodeObject trees; serializeModule() turns one into bytes that go into
 * archives; deserializeModule() reads them back (disassembler, tests). The core has its own reader
 * and verifier (assembly/vm/load.ts) and never trusts these bytes.
 *
 * Encoding: little-endian; `uv` = unsigned LEB128 varint; `sv` = zigzag signed varint;
 * `str` = uv byte length + WTF-8 bytes (UTF-8 that also encodes lone surrogates).
 */

export const MAGIC = 'DUST';
export const FORMAT_VERSION = 2;

/** Code flags (CPython's CO_* values where they exist). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;

/** Kinds of localsplus slots (CPython 3.11's CO_FAST_*). A cell that is also an argument has both bits. */
export const FAST_LOCAL = 0x20;
export const FAST_CELL = 0x40;
export const FAST_FREE = 0x80;

export type Const =
  | { k: 'none' }
  | { k: 'ellipsis' }
  | { k: 'bool'; v: boolean }
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bytes'; v: Uint8Array }
  | { k: 'tuple'; items: Const[] }
  | { k: 'frozenset'; items: Const[] }
  | { k: 'code'; code: CodeObject };

/** Tags of constants in the binary form. */
export const enum ConstTag {
  NONE = 0, FALSE = 1, TRUE = 2, ELLIPSIS = 3, INT = 4, BIGINT = 5, FLOAT = 6, STR = 7,
  BYTES = 8, TUPLE = 9, FROZENSET = 10, CODE = 11,
}

export interface ExceptionEntry {
  start: number;   // first instruction index covered
  end: number;     // one past the last instruction index covered
  target: number;  // handler instruction index
  depth: number;   // stack depth to unwind to before pushing (lasti and) the exception
  lasti: boolean;  // push the index of the raising instruction before the exception
}

/** Source position of one instruction, for tracebacks. Lines 1-based, columns 0-based (UTF-8 bytes as CPython). */
export interface Position { line: number; endLine: number; col: number; endCol: number; }

export interface CodeObject {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;          // positional parameters, including positional-only
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  /** locals, then cells that are not arguments, then frees; names and FAST_* kinds. */
  localsplus: { name: string; kind: number }[];
  names: string[];
  consts: Const[];
  /** instruction words (opcode | arg << 8), including inline cache words. */
  code: Uint32Array;
  exceptionTable: ExceptionEntry[];
  /** line of each instruction word (cache words repeat their instruction's line); 0 = none. */
  lines: Int32Array;
  /** optional source positions per instruction word; the core skips them, the host uses them. */
  positions?: Position[];
}

// {==== writer

class Writer {
  private buf = new Uint8Array(1024);
  private n = 0;
  private ensure(k: number) {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  u8(v: number) { this.ensure(1); this.buf[this.n++] = v & 0xff; }
  u16(v: number) { this.u8(v); this.u8(v >>> 8); }
  u32(v: number) { this.ensure(4); new DataView(this.buf.buffer).setUint32(this.n, v >>> 0, true); this.n += 4; }
  f64(v: number) { this.ensure(8); new DataView(this.buf.buffer).setFloat64(this.n, v, true); this.n += 8; }
  uv(v: number) {
    if (v < 0 || !Number.isInteger(v)) throw new Error(`uv: bad value ${v}`);
    while (v >= 0x80) { this.u8((v % 0x80) | 0x80); v = Math.floor(v / 0x80); }
    this.u8(v);
  }
  sv(v: number) { this.uv(v >= 0 ? v * 2 : -v * 2 - 1); }
  bytes(b: Uint8Array) { this.uv(b.length); this.ensure(b.length); this.buf.set(b, this.n); this.n += b.length; }
  str(s: string) { this.bytes(encodeWtf8(s)); }
  done(): Uint8Array { return this.buf.slice(0, this.n); }
}

/** UTF-8 that also encodes lone surrogates (so every Python str that JS can hold round-trips). */
export function encodeWtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

export function decodeWtf8(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) { cp = c; i += 1; }
    else if (c < 0xe0) { cp = ((c & 31) << 6) | (b[i + 1] & 63); i += 2; }
    else if (c < 0xf0) { cp = ((c & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63); i += 3; }
    else { cp = ((c & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63); i += 4; }
    s += String.fromCodePoint(cp);
  }
  return s;
}

function writeConst(w: Writer, c: Const) {
  switch (c.k) {
    case 'none': w.u8(ConstTag.NONE); break;
    case 'ellipsis': w.u8(ConstTag.ELLIPSIS); break;
    case 'bool': w.u8(c.v ? ConstTag.TRUE : ConstTag.FALSE); break;
    case 'int':
      if (c.v >= -(2n ** 52n) && c.v <= 2n ** 52n) { w.u8(ConstTag.INT); w.sv(Number(c.v)); }
      else {
        // sign byte, then the magnitude as little-endian 32-bit digits
        w.u8(ConstTag.BIGINT);
        let m = c.v < 0n ? -c.v : c.v;
        const digits: number[] = [];
        while (m > 0n) { digits.push(Number(m & 0xffffffffn)); m >>= 32n; }
        w.u8(c.v < 0n ? 1 : 0);
        w.uv(digits.length);
        for (const d of digits) w.u32(d);
      }
      break;
    case 'float': w.u8(ConstTag.FLOAT); w.f64(c.v); break;
    case 'str': w.u8(ConstTag.STR); w.str(c.v); break;
    case 'bytes': w.u8(ConstTag.BYTES); w.bytes(c.v); break;
    case 'tuple': case 'frozenset':
      w.u8(c.k === 'tuple' ? ConstTag.TUPLE : ConstTag.FROZENSET);
      w.uv(c.items.length);
      for (const it of c.items) writeConst(w, it);
      break;
    case 'code': w.u8(ConstTag.CODE); writeCode(w, c.code); break;
  }
}

function writeCode(w: Writer, co: CodeObject) {
  w.uv(co.argcount); w.uv(co.posonlyargcount); w.uv(co.kwonlyargcount);
  w.uv(co.flags); w.uv(co.stacksize); w.uv(co.firstlineno);
  w.str(co.name); w.str(co.qualname); w.str(co.filename);
  w.uv(co.localsplus.length);
  for (const l of co.localsplus) { w.str(l.name); w.u8(l.kind); }
  w.uv(co.names.length);
  for (const n of co.names) w.str(n);
  w.uv(co.consts.length);
  for (const c of co.consts) writeConst(w, c);
  w.uv(co.code.length);
  for (const word of co.code) w.u32(word);
  w.uv(co.exceptionTable.length);
  for (const e of co.exceptionTable) { w.uv(e.start); w.uv(e.end); w.uv(e.target); w.uv(e.depth); w.u8(e.lasti ? 1 : 0); }
  w.bytes(encodeLineTable(co.lines));
  const pw = new Writer();
  if (co.positions) {
    let prev: Position = { line: 0, endLine: 0, col: 0, endCol: 0 };
    for (const p of co.positions) {
      pw.sv(p.line - prev.line); pw.uv(Math.max(0, p.endLine - p.line)); pw.uv(p.col + 1); pw.uv(p.endCol + 1);
      prev = p;
    }
  }
  w.bytes(pw.done());
}

/**
 * Line table: runs of (uv word count, sv line delta). Each run says the next `count` words have
 * line `previous line + delta` (starting from firstlineno 0). Compact and trivially decoded in
 * the core by walking it until the pc is covered.
 */
export function encodeLineTable(lines: Int32Array): Uint8Array {
  const w = new Writer();
  let prev = 0;
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j] === lines[i]) j++;
    w.uv(j - i); w.sv(lines[i] - prev);
    prev = lines[i];
    i = j;
  }
  return w.done();
}

export function serializeModule(co: CodeObject): Uint8Array {
  const w = new Writer();
  for (const ch of MAGIC) w.u8(ch.charCodeAt(0));
  w.u16(FORMAT_VERSION);
  w.u16(0);
  writeCode(w, co);
  return w.done();
}

// }====
// {==== reader

export class FormatError extends Error {}

class Reader {
  pos = 0;
  private view: DataView;
  constructor(private buf: Uint8Array) { this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
  need(k: number) { if (this.pos + k > this.buf.length) throw new FormatError('truncated'); }
  u8() { this.need(1); return this.buf[this.pos++]; }
  u16() { return this.u8() | (this.u8() << 8); }
  u32() { this.need(4); const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  f64() { this.need(8); const v = this.view.getFloat64(this.pos, true); this.pos += 8; return v; }
  uv() {
    let v = 0, mul = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8();
      v += (b & 0x7f) * mul;
      if (!(b & 0x80)) return v;
      mul *= 0x80;
    }
    throw new FormatError('bad varint');
  }
  sv() { const u = this.uv(); return u % 2 ? -(u + 1) / 2 : u / 2; }
  bytes() { const n = this.uv(); this.need(n); const b = this.buf.slice(this.pos, this.pos + n); this.pos += n; return b; }
  str() { return decodeWtf8(this.bytes()); }
}

function readConst(r: Reader, depth: number): Const {
  if (depth > 100) throw new FormatError('constants nested too deeply');
  const tag = r.u8();
  switch (tag) {
    case ConstTag.NONE: return { k: 'none' };
    case ConstTag.ELLIPSIS: return { k: 'ellipsis' };
    case ConstTag.FALSE: return { k: 'bool', v: false };
    case ConstTag.TRUE: return { k: 'bool', v: true };
    case ConstTag.INT: return { k: 'int', v: BigInt(r.sv()) };
    case ConstTag.BIGINT: {
      const neg = r.u8() === 1;
      const n = r.uv();
      let v = 0n;
      for (let i = 0; i < n; i++) v |= BigInt(r.u32()) << BigInt(32 * i);
      return { k: 'int', v: neg ? -v : v };
    }
    case ConstTag.FLOAT: return { k: 'float', v: r.f64() };
    case ConstTag.STR: return { k: 'str', v: r.str() };
    case ConstTag.BYTES: return { k: 'bytes', v: r.bytes() };
    case ConstTag.TUPLE: case ConstTag.FROZENSET: {
      const n = r.uv();
      const items: Const[] = [];
      for (let i = 0; i < n; i++) items.push(readConst(r, depth + 1));
      return tag === ConstTag.TUPLE ? { k: 'tuple', items } : { k: 'frozenset', items };
    }
    case ConstTag.CODE: return { k: 'code', code: readCode(r, depth + 1) };
    default: throw new FormatError(`unknown constant tag ${tag}`);
  }
}

function readCode(r: Reader, depth: number): CodeObject {
  const argcount = r.uv(), posonlyargcount = r.uv(), kwonlyargcount = r.uv();
  const flags = r.uv(), stacksize = r.uv(), firstlineno = r.uv();
  const name = r.str(), qualname = r.str(), filename = r.str();
  const nl = r.uv();
  const localsplus: { name: string; kind: number }[] = [];
  for (let i = 0; i < nl; i++) localsplus.push({ name: r.str(), kind: r.u8() });
  const nn = r.uv();
  const names: string[] = [];
  for (let i = 0; i < nn; i++) names.push(r.str());
  const nc = r.uv();
  const consts: Const[] = [];
  for (let i = 0; i < nc; i++) consts.push(readConst(r, depth));
  const ncode = r.uv();
  const code = new Uint32Array(ncode);
  for (let i = 0; i < ncode; i++) code[i] = r.u32();
  const ne = r.uv();
  const exceptionTable: ExceptionEntry[] = [];
  for (let i = 0; i < ne; i++) exceptionTable.push({ start: r.uv(), end: r.uv(), target: r.uv(), depth: r.uv(), lasti: r.u8() === 1 });
  const lt = new Reader(r.bytes());
  const lines = new Int32Array(ncode);
  let pc = 0, line = 0;
  while (lt.pos < (lt as any).buf.length) {
    const count = lt.uv(); line += lt.sv();
    for (let i = 0; i < count && pc < ncode; i++) lines[pc++] = line;
  }
  const pt = new Reader(r.bytes());
  let positions: Position[] | undefined;
  if ((pt as any).buf.length > 0) {
    positions = [];
    let prevLine = 0;
    for (let i = 0; i < ncode; i++) {
      const lineP = prevLine + pt.sv();
      const endLine = lineP + pt.uv();
      positions.push({ line: lineP, endLine, col: pt.uv() - 1, endCol: pt.uv() - 1 });
      prevLine = lineP;
    }
  }
  return { name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
    stacksize, localsplus, names, consts, code, exceptionTable, lines, positions };
}

export function deserializeModule(buf: Uint8Array): CodeObject {
  const r = new Reader(buf);
  for (const ch of MAGIC) if (r.u8() !== ch.charCodeAt(0)) throw new FormatError('not a Dust module (bad magic)');
  const v = r.u16();
  if (v !== FORMAT_VERSION) throw new FormatError(`bytecode format version ${v}, this Dust reads ${FORMAT_VERSION}`);
  r.u16();
  return readCode(r, 0);
}

// }====
