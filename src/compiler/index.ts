/**
 * The compiler's one door: compileModule(source, filename) -> the module's code object.
 * Phases, one file each: layout.ts -> python.ohm/parse.ts -> fold.ts -> scope.ts -> codegen*.ts -> cfg.ts.
 *
 * Invariant: bad input raises PySyntaxError (or its IndentationError/TabError kinds) with CPython
 * 3.11's message, line and column; nothing else escapes for a source text, whatever it holds.
 */
import type { CodeObject } from '../bytecode/code.js';
import { PySyntaxError } from '../errors.js';
import type { Module } from './ast.js';
import { generateCode } from './codegen.js';
import { SourceText } from './diag.js';
import { foldConstants } from './fold.js';
import { futureFeatures, type Future } from './future.js';
import { parseModule } from './parse.js';
import { analyzeScopes, type SymbolTable } from './scope.js';

export { parseModule } from './parse.js';
export { analyzeScopes } from './scope.js';

/** Parse only: the AST (CPython's ast.parse), for tools and tests. */
export function parse(source: string, filename = '<string>'): Module {
  try {
    return parseModule(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    // an ohm or JS failure must not escape as such: it is an unrecognised input
    throw new SyntaxErrorFallback(filename, source);
  }
}

class SyntaxErrorFallback extends PySyntaxError {
  constructor(filename: string, source: string) {
    super('invalid syntax', filename, 1, 1, source.split('\n')[0] ?? '');
  }
}

/** Parse + constant folding + symbol table, as CPython builds it before code generation. */
export function buildSymbolTable(source: string, filename = '<string>'): { mod: Module; st: SymbolTable; future: Future } {
  const src = new SourceText(source, filename);
  const parsed = parse(source, filename);
  const future = futureFeatures(parsed, src);
  const mod = foldConstants(parsed, future);
  return { mod, st: analyzeScopes(mod, src, future), future };
}

export function compileModule(source: string, filename: string): CodeObject {
  const { mod, st, future } = buildSymbolTable(source, filename);
  return generateCode(mod, st, new SourceText(source, filename), filename, future);
}
