/**
 * Layout pre-pass: Python's indentation and line-joining rules, done once over the source so that
 * python.ohm can be an ordinary grammar (ohm's own indentation support is broken: notes/stack.md §1).
 *
 * One pass tracks strings (incl. triple-quoted), comments and bracket depth, and produces the
 * "layout text":
 *   - INDENT (U+E000) / DEDENT (U+E001) markers are INSERTED before the first token of a logical line;
 *     their offsets are kept sorted in `inserts` so any layout offset maps back (toSourceOffset);
 *   - characters are REPLACED one for one: newlines inside brackets, after a `\` continuation or
 *     ending blank/comment-only lines become U+E002 (whitespace to the grammar), the `\` becomes a
 *     space, comments become spaces. A "\n" left in the text is a NEWLINE token;
 *   - a final "\n" and the closing DEDENTs are appended.
 * It also finds CPython's tokenizer errors (strings, brackets, indentation, number literals). A
 * hard error stops the pass: the text up to it is still returned, so that the parser can report an
 * earlier, more specific error first, as CPython does.
 */
import type { PySyntaxError } from '../errors.js';
import { SourceText } from './diag.js';

export const INDENT = '\uE000';
export const DEDENT = '\uE001';
export const JOIN = '\uE002';

export interface Layout {
  text: string;
  /** layout offsets of inserted characters, ascending. */
  inserts: number[];
  src: SourceText;
  /** indentation width in characters of the line of each INDENT marker (keyed by layout offset). */
  indentWidth: Map<number, number>;
  /** a tokenizer error; the text stops at `errorAt` (a source offset). */
  error: PySyntaxError | null;
  errorAt: number;
  /**
   * A hard error (strings, brackets, number literals) is reported whatever else is wrong, as CPython's
   * tokenizer raises it even after a parser error; a soft one (indentation, tabs, a stray `\`) only
   * when the parser gets that far.
   */
  errorHard: boolean;
  /** source offset of the comment ending each line that has one (CPython's NEWLINE token starts there), by line */
  comments: Map<number, number>;
  /** "'(' was never closed": reported only if the parse fails (see parse.ts). */
  unclosed: PySyntaxError | null;
  unclosedLine: number;
}

/** Map a layout offset to a source offset: inserted markers stand at the token that follows them. */
export function toSourceOffset(l: Layout, off: number): number {
  const ins = l.inserts;
  let lo = 0, hi = ins.length;   // count inserts < off
  while (lo < hi) { const m = (lo + hi) >> 1; if (ins[m] < off) lo = m + 1; else hi = m; }
  return Math.min(off - lo, l.src.text.length);
}

const OPEN = '([{', CLOSE = ')]}';

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
}
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

/** Keywords that may directly follow a number in 3.11 (with a deprecation warning), e.g. `1if x else 2`. */
const AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

class LayoutError { constructor(readonly err: PySyntaxError, readonly at: number, readonly hard: boolean) {} }

export function layout(source: string, filename: string): Layout {
  const src = new SourceText(source, filename);
  const s = source;
  const n = s.length;
  const out: string[] = [];
  const inserts: number[] = [];
  const indentWidth = new Map<number, number>();
  const comments = new Map<number, number>();
  let outLen = 0;      // length of the layout text emitted so far
  let last = 0;        // source offset copied up to
  const copyTo = (i: number) => { if (i > last) { out.push(s.slice(last, i)); outLen += i - last; last = i; } };
  const replace = (i: number, len: number, by: string) => { copyTo(i); out.push(by); outLen += len; last = i + len; };
  const insert = (i: number, ch: string) => { copyTo(i); inserts.push(outLen); out.push(ch); outLen += 1; };

  const indents = [0], altIndents = [0];
  const brackets: { ch: string; off: number }[] = [];
  let error: PySyntaxError | null = null, errorAt = n;
  const fail = (msg: string, off: number, kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError', col?: number): never => {
    const e = col === undefined ? src.errorAt(msg, off, kind) : src.errorAtLine(msg, src.lineOf(off), col, kind);
    const hard = kind === 'SyntaxError' && !msg.startsWith('unexpected');
    throw new LayoutError(e, off, hard);
  };

  let i = 0;
  let lineStart = true;      // at the start of a physical line that starts a logical line
  let lineHasToken = false;  // the current logical line has a token
  try {
    while (i < n) {
      if (lineStart) {
        lineStart = false;
        // {==== indentation of a new logical line (CPython tokenizer: col with tabs to 8, altcol with tabs to 1)
        let col = 0, alt = 0, j = i;
        for (; j < n; j++) {
          const c = s.charCodeAt(j);
          if (c === 32) { col++; alt++; }
          else if (c === 9) { col = (Math.floor(col / 8) + 1) * 8; alt++; }
          else if (c === 12) { col = alt = 0; }
          else break;
        }
        const c = s.charCodeAt(j);
        const blank = j >= n || c === 35 /* # */ || c === 10 || (c === 13 && s.charCodeAt(j + 1) === 10)
          || (c === 92 && (s.charCodeAt(j + 1) === 10 || s.charCodeAt(j + 1) === 13));
        if (!blank) {
          const top = indents[indents.length - 1];
          if (col > top) {
            if (alt <= altIndents[altIndents.length - 1]) fail('inconsistent use of tabs and spaces in indentation', j, 'TabError', 1);
            indents.push(col); altIndents.push(alt);
            indentWidth.set(outLen + (j - last), j - i);
            insert(j, INDENT);
          } else if (col < top) {
            let k = indents.length - 1;
            while (k > 0 && col < indents[k]) k--;
            if (col !== indents[k]) {
              // CPython reports it at the end of the line (its tokenizer has read the whole line)
              let e = j;
              while (e < n && s.charCodeAt(e) !== 10) e++;
              if (s.charCodeAt(e - 1) === 13) e--;
              fail('unindent does not match any outer indentation level', j, 'IndentationError', e - i + 1);
            }
            if (alt !== altIndents[k]) fail('inconsistent use of tabs and spaces in indentation', j, 'TabError', 1);
            while (indents.length - 1 > k) {
              indents.pop(); altIndents.pop();
              insert(j, DEDENT);
            }
          } else if (alt !== altIndents[altIndents.length - 1]) {
            fail('inconsistent use of tabs and spaces in indentation', j, 'TabError', 1);
          }
          lineHasToken = true;
        }
        i = j;
        continue;
        // }====
      }
      const c = s.charCodeAt(i);
      if (c === 10) {                                   // end of a physical line
        if (brackets.length > 0 || !lineHasToken) replace(i, 1, JOIN);
        else lineHasToken = false;
        i++;
        lineStart = brackets.length === 0;
        continue;
      }
      if (c === 35) {                                   // comment: blank it out
        comments.set(src.lineOf(i), i);
        let j = i;
        while (j < n && s.charCodeAt(j) !== 10) j++;
        replace(i, j - i, ' '.repeat(j - i));
        i = j;
        continue;
      }
      if (c === 92) {                                   // backslash continuation
        let j = i + 1;
        if (s.charCodeAt(j) === 13) j++;
        if (s.charCodeAt(j) === 10) {
          replace(i, 1, ' ');
          if (j > i + 1) replace(i + 1, 1, ' ');
          replace(j, 1, JOIN);
          i = j + 1;
          if (j + 1 >= n) fail('unexpected EOF while parsing', i - 1);
          continue;
        }
        // the text stops before the backslash: the parser fails there exactly when CPython's tokenizer would
        fail('unexpected character after line continuation character', i, 'SyntaxError', i - src.lineStarts[src.lineOf(i) - 1] + 2);
      }
      if (c === 34 || c === 39) { i = scanString(i); continue; }
      if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(i + 1)))) { i = scanNumber(i); continue; }
      if (isIdentChar(c)) {
        let j = i + 1, ascii = c < 0x80;
        while (j < n && isIdentChar(s.charCodeAt(j))) { if (s.charCodeAt(j) >= 0x80) ascii = false; j++; }
        if (!ascii) checkIdentifier(i, j);
        i = j;
        continue;
      }
      const ch = s[i];
      if (OPEN.includes(ch)) {
        if (brackets.length >= 200) fail('too many nested parentheses', i);
        brackets.push({ ch, off: i });
      } else if (CLOSE.includes(ch)) {
        const open = brackets.pop();
        if (!open) fail(`unmatched '${ch}'`, i);
        else if (OPEN.indexOf(open.ch) !== CLOSE.indexOf(ch)) {
          const ol = src.lineOf(open.off), cl = src.lineOf(i);
          fail(`closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'` + (ol !== cl ? ` on line ${ol}` : ''), i);
        }
      }
      i++;
    }
  } catch (e) {
    if (!(e instanceof LayoutError)) throw e;
    error = e.err; errorAt = e.at;
    copyTo(Math.min(e.at, n));
    return { text: out.join(''), inserts, src, indentWidth, comments, error, errorAt, errorHard: e.hard, unclosed: null, unclosedLine: 0 };
  }
  copyTo(n);
  if (lineHasToken) { out.push('\n'); outLen++; }
  for (let k = 1; k < indents.length; k++) { inserts.push(outLen); out.push(DEDENT); outLen++; }
  let unclosed: PySyntaxError | null = null, unclosedLine = 0;
  if (brackets.length > 0) {
    const b = brackets[brackets.length - 1];
    unclosed = src.errorAt(`'${b.ch}' was never closed`, b.off);
    unclosedLine = src.lineOf(b.off);
  }
  return { text: out.join(''), inserts, src, indentWidth, comments, error, errorAt, errorHard: false, unclosed, unclosedLine };

  // {==== tokens whose insides matter to layout
  /** Non-ASCII identifiers: XID_Start then XID_Continue, else CPython's tokenizer error at the character. */
  function checkIdentifier(b: number, e: number) {
    for (let k = b; k < e;) {
      const cp = s.codePointAt(k)!;
      const ch = String.fromCodePoint(cp);
      const ok = k === b ? /[\p{ID_Start}_]/u.test(ch) : /\p{ID_Continue}/u.test(ch);
      if (!ok) {
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const printable = !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
        fail(printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`, k);
      }
      k += cp > 0xffff ? 2 : 1;
    }
  }

  function scanString(q: number): number {
    const quote = s.charCodeAt(q);
    // the token starts at its prefix (rb'', f"", ...) for error positions
    let start = q;
    while (start > 0 && /[rRbBuUfF]/.test(s[start - 1])) start--;
    if (start > 0 && isIdentChar(s.charCodeAt(start - 1))) start = q;
    const triple = s.charCodeAt(q + 1) === quote && s.charCodeAt(q + 2) === quote;
    let j = q + (triple ? 3 : 1);
    for (;;) {
      if (j >= n) {
        const line = src.lineOf(Math.max(0, n - 1));
        if (triple) fail(`unterminated triple-quoted string literal (detected at line ${line})`, start);
        fail(`unterminated string literal (detected at line ${line})`, start);
      }
      const c = s.charCodeAt(j);
      if (c === 92) { j += 2; continue; }
      if (c === quote) {
        if (!triple) return j + 1;
        if (s.charCodeAt(j + 1) === quote && s.charCodeAt(j + 2) === quote) return j + 3;
      } else if (c === 10 && !triple) {
        fail(`unterminated string literal (detected at line ${src.lineOf(start)})`, start);
      }
      j++;
    }
  }

  /** CPython's tokenizer rules for numbers, only to find its errors; parse.ts reads the value. */
  function scanNumber(b: number): number {
    let j = b;
    const lineOff = src.lineStarts[src.lineOf(b) - 1];
    // error at the character j: CPython reports its 0-based index as the 1-based offset
    const bad = (msg: string, at: number): never => fail(msg, at, 'SyntaxError', at - lineOff);
    const digits = (ok: (c: number) => boolean, kind: string) => {
      for (;;) {
        while (j < n && ok(s.charCodeAt(j))) j++;
        if (s.charCodeAt(j) !== 95) return;
        j++;
        if (!ok(s.charCodeAt(j))) bad(`invalid ${kind} literal`, j);
      }
    };
    const end = (kind: string) => {
      if (j < n && isIdentChar(s.charCodeAt(j))) {
        for (const kw of AFTER_NUMBER) {
          if (s.startsWith(kw, j) && !isIdentChar(s.charCodeAt(j + kw.length))) return;
        }
        bad(`invalid ${kind} literal`, j);
      }
    };
    const c0 = s.charCodeAt(b), c1 = s[b + 1];
    if (c0 === 48 && c1 && 'xXoObB'.includes(c1)) {
      j = b + 2;
      const kind = 'xX'.includes(c1) ? 'hexadecimal' : 'oO'.includes(c1) ? 'octal' : 'binary';
      const ok = kind === 'hexadecimal' ? (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
        : kind === 'octal' ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
      if (s.charCodeAt(j) === 95) j++;
      if (!ok(s.charCodeAt(j))) {
        if (isDigit(s.charCodeAt(j))) fail(`invalid digit '${s[j]}' in ${kind} literal`, j, 'SyntaxError', j - lineOff + 1);
        bad(`invalid ${kind} literal`, j);
      }
      digits(ok, kind);
      if (isDigit(s.charCodeAt(j))) fail(`invalid digit '${s[j]}' in ${kind} literal`, j, 'SyntaxError', j - lineOff + 1);
      end(kind);
      return j;
    }
    if (c0 !== 46) {
      digits(isDigit, 'decimal');
      // leading zeros: "0777" is an error, "0000" and "00.5" are not
      if (c0 === 48 && j > b + 1 && s.charCodeAt(j) !== 46 && !'eEjJ'.includes(s[j] ?? '')
          && /[1-9]/.test(s.slice(b, j))) {
        fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', b,
          'SyntaxError', b - lineOff + 1);
      }
    }
    if (s.charCodeAt(j) === 46) {
      j++;
      if (isDigit(s.charCodeAt(j))) digits(isDigit, 'decimal');
    }
    const e = s[j];
    if (e === 'e' || e === 'E') {
      const save = j;
      j++;
      if (s[j] === '+' || s[j] === '-') {
        j++;
        if (!isDigit(s.charCodeAt(j))) bad('invalid decimal literal', j);
      } else if (!isDigit(s.charCodeAt(j))) {
        if (!AFTER_NUMBER.some((kw) => s.startsWith(kw, save) && !isIdentChar(s.charCodeAt(save + kw.length)))) {
          bad('invalid decimal literal', save);
        }
        return save;
      }
      digits(isDigit, 'decimal');
    }
    if (s[j] === 'j' || s[j] === 'J') { j++; end('imaginary'); return j; }
    end('decimal');
    return j;
  }
  // }====
}
