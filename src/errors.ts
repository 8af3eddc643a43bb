/**
 * Every user-facing error of the shell. Each carries where it happened; the CLI prints them in
 * Python's format and exits 2 (never a JS stack unless DUST_DEBUG=1).
 */

export class DustError extends Error {
  constructor(message: string, readonly exitCode = 2) { super(message); }
}

/** A Python SyntaxError (or IndentationError/TabError) found by the compiler. */
export class PySyntaxError extends DustError {
  constructor(
    readonly msg: string,
    readonly file: string,
    readonly line: number,        // 1-based
    readonly col: number,         // 1-based, like CPython's SyntaxError.offset
    readonly sourceLine: string,  // the offending line without its newline ('' if unknown)
    readonly kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError',
    readonly endCol?: number,     // 1-based exclusive end of the caret range, if CPython shows one
  ) { super(`${file}:${line}:${col}: ${kind}: ${msg}`); }

  /** The text CPython 3.11 prints for this error (without a traceback header). */
  format(): string {
    const out = [`  File "${this.file}", line ${this.line}`];
    if (this.sourceLine) {
      const stripped = this.sourceLine.replace(/^[ \t\f]+/, '');
      const indent = this.sourceLine.length - stripped.length;
      out.push(`    ${stripped.replace(/\s+$/, '')}`);
      const start = Math.max(1, this.col - indent);
      const width = this.endCol && this.endCol > this.col ? this.endCol - this.col : 1;
      out.push(`    ${' '.repeat(start - 1)}${'^'.repeat(width)}`);
    }
    out.push(`${this.kind}: ${this.msg}`);
    return out.join('\n') + '\n';
  }
}

/** An archive or module file that is not valid: refused by name. */
export class ArchiveError extends DustError {
  constructor(readonly archive: string, readonly module: string | null, readonly what: string) {
    super(`dust: ${archive}: ${module ? module + ': ' : ''}${what}`);
  }
}

/** Bad command-line usage. */
export class UsageError extends DustError {}
