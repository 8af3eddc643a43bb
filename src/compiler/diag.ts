/**
 * Source positions and SyntaxError construction shared by every compiler phase.
 *
 * Invariant: columns given to PySyntaxError are 1-based and count UTF-8 bytes of the line, as
 * CPython's SyntaxError.offset does; AST columns (0-based) use the same byte measure.
 */
import { PySyntaxError } from '../errors.js';

export type ErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class SourceText {
  readonly lineStarts: number[] = [0];
  /** true when the line has only ASCII characters (then char columns are byte columns). */
  private readonly ascii: boolean[] = [];
  constructor(readonly text: string, readonly filename: string) {
    let asc = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) { this.lineStarts.push(i + 1); this.ascii.push(asc); asc = true; }
      else if (c >= 0x80) asc = false;
    }
    this.ascii.push(asc);
  }

  /** 1-based line of a source offset. */
  lineOf(off: number): number {
    const ls = this.lineStarts;
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based UTF-8 byte column of a source offset on its line. */
  colOf(off: number, line = this.lineOf(off)): number {
    const start = this.lineStarts[line - 1];
    if (this.ascii[line - 1]) return off - start;
    let b = 0;
    for (let i = start; i < off; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { b += 4; i++; }
      else b += 3;
    }
    return b;
  }

  lineText(line: number): string {
    const s = this.lineStarts[line - 1];
    if (s === undefined) return '';
    const e = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, '');
  }

  get lineCount(): number { return this.lineStarts.length; }

  /** An error at a source offset. */
  errorAt(msg: string, off: number, kind: ErrorKind = 'SyntaxError', endOff?: number): PySyntaxError {
    const line = this.lineOf(off);
    const col = this.colOf(off, line) + 1;
    let endCol: number | undefined;
    if (endOff !== undefined && this.lineOf(endOff) === line) endCol = this.colOf(endOff, line) + 1;
    return new PySyntaxError(msg, this.filename, line, col, this.lineText(line), kind, endCol);
  }

  /** An error at a line and 1-based byte column. */
  errorAtLine(msg: string, line: number, col: number, kind: ErrorKind = 'SyntaxError', endCol?: number): PySyntaxError {
    return new PySyntaxError(msg, this.filename, line, col, this.lineText(line), kind, endCol);
  }
}

/** An error at an AST node: CPython reports node.lineno and col_offset + 1. */
export function errorAtNode(src: SourceText, msg: string,
  n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): PySyntaxError {
  return src.errorAtLine(msg, n.lineno, n.col_offset + 1, 'SyntaxError',
    n.end_lineno === n.lineno ? n.end_col_offset + 1 : undefined);
}
