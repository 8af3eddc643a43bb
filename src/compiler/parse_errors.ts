/**
 * A failed ohm match -> the SyntaxError CPython 3.11 reports for the same text.
 *
 * CPython's order, which this follows: an error from its second, "invalid_*" pass (expected ':',
 * expected an indented block, unexpected indent, missing parentheses for print) wins; otherwise a
 * tokenizer error anywhere in the file (layout.ts found it) replaces the generic "invalid syntax";
 * an unclosed bracket does so when the failure is past its line; else "invalid syntax" at the
 * rightmost failure, mapped back from layout to source coordinates.
 */
import type * as ohm from 'ohm-js';
import type { PySyntaxError } from '../errors.js';
import { DEDENT, INDENT, JOIN, type Layout, toSourceOffset } from './layout.js';

const HEADERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  with: "'with' statement", def: 'function definition', class: 'class definition',
};

function isSpace(c: string): boolean { return c === ' ' || c === '\t' || c === '\x0C' || c === '\r' || c === JOIN; }

/** Layout offset of the first token of the logical line containing `p` (or ending just before it). */
function logicalLineStart(text: string, p: number): number {
  let i = p - 1;
  while (i >= 0 && text[i] !== '\n') i--;
  i++;
  while (i < text.length && (isSpace(text[i]) || text[i] === INDENT || text[i] === DEDENT)) i++;
  return i;
}
function wordAt(text: string, i: number): string {
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 40));
  return m ? m[0] : '';
}

const KEYWORDS = new Set(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/**
 * `f(a b)`, `[1 2]`: inside brackets, an expression directly followed by another (CPython's
 * invalid_expression). Returns the layout offset of the first expression, or -1.
 */
function forgotComma(text: string, p: number): number {
  const ch = text[p] ?? '';
  const word = wordAt(text, p);
  const startsExpr = (word && (!KEYWORDS.has(word) || word === 'lambda' || word === 'not')) || /[0-9'"([{]/.test(ch);
  if (!startsExpr) return -1;
  let q = p - 1;
  while (q >= 0 && isSpace(text[q])) q--;
  if (q < 0 || !/[A-Za-z0-9_'")\]}]/.test(text[q])) return -1;
  let w = q;
  while (w >= 0 && /[A-Za-z0-9_]/.test(text[w])) w--;
  if (KEYWORDS.has(text.slice(w + 1, q + 1))) return -1;
  return elementStart(text, p, false);
}

/** Start of the expression that ends before p: after the last separator of its bracket (or of the line). */
function elementStart(text: string, p: number, topLevel: boolean): number {
  const stack: number[] = [];
  let sep = -1;
  for (let i = 0; i < p; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      i += close.length;
      while (i < p && !text.startsWith(close, i)) i += text[i] === '\\' ? 2 : 1;
      i += close.length - 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') { stack.push(i); sep = i; }
    else if (c === ')' || c === ']' || c === '}') { stack.pop(); sep = -1; }
    else if (c === ',' || c === ':' || (c === '=' && text[i + 1] !== '=' && !'=!<>'.includes(text[i - 1]))) sep = i;
    else if (c === '\n') { stack.length = 0; sep = -1; }
  }
  if (stack.length === 0) {
    if (!topLevel) return -1;
    let l = p - 1;
    while (l >= 0 && text[l] !== '\n') l--;
    if (sep < l) sep = l;
    if (sep === l) { sep++; while (sep < p && (isSpace(text[sep]) || text[sep] === INDENT || text[sep] === DEDENT)) sep++; sep--; }
  } else if (sep < stack[stack.length - 1]) sep = stack[stack.length - 1];
  let a = sep + 1;
  while (a < p && isSpace(text[a])) a++;
  return a < p ? a : -1;
}

function lastNewline(s: string): number {
  let e = s.length;
  while (e > 0 && /[\s]/.test(s[e - 1]) && s[e - 1] !== '\n') e--;
  if (e > 0 && s[e - 1] === '\n') e--;
  while (e > 0 && s[e - 1] === '\r') e--;
  return e;
}

/** A ':' outside brackets and strings: the header already has its colon (then a missing one is not the error). */
function colonAtDepth0(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") { const e = s.indexOf(c, i + 1); if (e < 0) return false; i = e; continue; }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ':' && depth === 0 && s[i + 1] !== '=') return true;
  }
  return false;
}

export function syntaxErrorForFailure(lay: Layout, m: ohm.MatchResult): PySyntaxError {
  const text = lay.text, src = lay.src;
  // ohm 17's MatchResult has these, its typings do not declare them
  const mr = m as unknown as { getRightmostFailurePosition(): number; getExpectedText(): string };
  const p = mr.getRightmostFailurePosition();
  const expected = mr.getExpectedText();
  // a NEWLINE token starts at the comment before it, if any
  const at = (off: number) => {
    const so = toSourceOffset(lay, off);
    if (text[off] === '\n') { const c = lay.comments.get(src.lineOf(so)); if (c !== undefined && c < so) return c; }
    return so;
  };
  const ch = text[p] ?? '';
  // the parser reached a tokenizer error: that is the error
  if (lay.error && at(p) >= lay.errorAt) return lay.error;

  // at the end of the file, CPython places errors on the last NEWLINE token
  const eof = /^[\s\uE000-\uE002]*$/.test(text.slice(p));

  // {==== errors of CPython's second pass
  if (expected.includes('an indented block') && p > 0) {
    // the header is the logical line before p
    let q = p - 1;
    while (q >= 0 && text[q] !== '\n') q--;
    const hs = logicalLineStart(text, q);
    const kw = wordAt(text, hs);
    const what = HEADERS[kw];
    if (what) {
      const hline = src.lineOf(at(hs));
      let end = p;
      while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
      if (eof) return src.errorAt(`expected an indented block after ${what} on line ${hline}`, lastNewline(src.text), 'IndentationError');
      return src.errorAt(`expected an indented block after ${what} on line ${hline}`, at(p), 'IndentationError', end > p ? at(end) : undefined);
    }
  }
  if (ch === INDENT) {
    const line = src.lineOf(at(p));
    return src.errorAtLine('unexpected indent', line, Math.max(1, lay.indentWidth.get(p) ?? 1), 'IndentationError');
  }
  if (ch === DEDENT) {
    return src.errorAt('unexpected unindent', at(p), 'IndentationError');
  }
  const ls = logicalLineStart(text, p);
  const first = wordAt(text, ls);
  if (ch === '\n' && expected.includes('":"') && HEADERS[first] && !colonAtDepth0(text.slice(ls, p))) return src.errorAt("expected ':'", at(p));
  // CPython's forced tokens (&&'(' and &&':') fail on whatever token comes instead
  if (expected === '"("' && first === 'def') return src.errorAt("expected '('", at(p));
  if (expected.includes('":"') && (first === 'def' || first === 'try' || first === 'finally' || first === 'else')
      && ch !== '\n' && !/^(try|finally|else)\b/.test(text.slice(p))) {
    if (first !== 'def' || /\)\s*(->[^:]*)?$/.test(text.slice(ls, p).replace(/[\uE002 \t]+/g, ' '))) return src.errorAt("expected ':'", at(p));
  }
  if ((first === 'print' || first === 'exec') && p > ls + first.length && /^[ \t\uE002]*$/.test(text.slice(ls + first.length, p))
      && ch !== '\n' && !'(=.[,;:'.includes(ch)) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    while (e > p && (isSpace(text[e - 1]) || text[e - 1] === ';')) e--;
    return src.errorAt(`Missing parentheses in call to '${first}'. Did you mean ${first}(...)?`, at(ls), 'SyntaxError', at(e));
  }
  // async/await: at the failure, just before it, or starting the line
  let q = p - 1;
  while (q >= 0 && isSpace(text[q])) q--;
  let w = q;
  while (w >= 0 && /[A-Za-z0-9_]/.test(text[w])) w--;
  for (const at0 of [p, w + 1, ls]) {
    const word = wordAt(text, at0);
    if ((word === 'async' || word === 'await') && (at0 === 0 || !/[A-Za-z0-9_.]/.test(text[at0 - 1]))) {
      return src.errorAt(`'${word}' is not supported by Dust`, at(at0), 'SyntaxError', at(at0 + word.length));
    }
  }
  if (first === 'except' && ch === '*') {
    return src.errorAt("'except*' is not supported by Dust", at(ls), 'SyntaxError', at(p + 1));
  }
  if (first === 'match' && /:\s*$/.test(text.slice(ls, text.indexOf('\n', ls) < 0 ? text.length : text.indexOf('\n', ls)))) {
    return src.errorAt('the match statement is not supported by Dust', at(ls), 'SyntaxError', at(ls + 5));
  }
  if (expected.includes('"except"') && expected.includes('"finally"')) {
    return src.errorAt("expected 'except' or 'finally' block", eof ? lastNewline(src.text) : at(p));
  }
  // a conditional expression without its else (not the `else` a statement block may be followed by)
  if (expected.includes('"else"') && p > ls && /\bif\b/.test(text.slice(ls + first.length, p))) {
    const a = elementStart(text, p, true);
    if (a >= 0) return src.errorAt("expected 'else' after 'if' expression", at(a));
  }
  const comma = forgotComma(text, p);
  if (comma >= 0) {
    let end = p + 1;
    if (/[A-Za-z0-9_]/.test(ch)) while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
    return src.errorAt('invalid syntax. Perhaps you forgot a comma?', at(comma), 'SyntaxError', at(end));
  }
  // }====

  const so = at(p);
  // generic: point at the token (CPython: the last token its first pass read)
  let end = p + 1;
  if (/[A-Za-z0-9_]/.test(ch)) while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  return src.errorAt('invalid syntax', so, 'SyntaxError', ch === '\n' || !ch ? so : at(end));
}
