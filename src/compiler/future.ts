/**
 * futureFeatures(): the `from __future__ import ...` statements at the top of a module (CPython's
 * future.c). Only `annotations` changes code generation (annotations become strings, unparse.ts);
 * the other 3.11 features are always on and accepted as no-ops.
 *
 * Invariant: a future import is valid only after the docstring and other future imports; a later
 * one is an error raised by codegen (`lineno`, below, is the last valid one's line).
 */
import type * as A from './ast.js';
import { errorAtNode, type SourceText } from './diag.js';

export interface Future { annotations: boolean; lineno: number }

const KNOWN = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);

export function futureFeatures(mod: A.Module, src: SourceText): Future {
  const f: Future = { annotations: false, lineno: -1 };
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.k === 'str') i = 1;
  let done = false, prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (done) throw errorAtNode(src, 'from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (a.name === 'braces') throw errorAtNode(src, 'not a chance', a);
        if (!KNOWN.has(a.name)) throw errorAtNode(src, `future feature ${a.name} is not defined`, a);
        if (a.name === 'annotations') f.annotations = true;
      }
      f.lineno = s.lineno;
    } else done = true;
  }
  return f;
}
