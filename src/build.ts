/**
 * Compiling Python source into modules and archives (`dust compile`, and `dust run file.py`).
 * This is the only part of the run path that loads the compiler, and only for .py input.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, dirname, basename, resolve } from 'node:path';
import { compileModule } from './compiler/index.js';
import { serializeModule } from './bytecode/code.js';
import type { ArchiveModule } from './archive/archive.js';
import { UsageError } from './errors.js';

/** Compile one source file as module `name`. Throws PySyntaxError. */
export function compileFile(path: string, name: string, isPackage: boolean, displayPath = path): ArchiveModule {
  const source = readFileSync(path, 'utf8');
  const co = compileModule(source, displayPath);
  return { name, file: displayPath, isPackage, code: serializeModule(co), source };
}

/** Module name for a .py path under root: a/b.py -> a.b, a/__init__.py -> a (package). */
export function moduleNameFor(root: string, path: string): { name: string; isPackage: boolean } {
  const rel = relative(root, path).split(sep);
  const last = rel.pop()!;
  if (last === '__init__.py') return { name: rel.join('.'), isPackage: true };
  return { name: [...rel, last.replace(/\.py$/, '')].join('.'), isPackage: false };
}

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir).sort()) {
    if (e.startsWith('.') || e === '__pycache__' || e === 'node_modules') continue;
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) {
      // a folder is a package only with an __init__.py (namespace packages are not supported)
      if (existsSync(join(p, '__init__.py'))) walk(p, out);
    } else if (e.endsWith('.py')) out.push(p);
  }
}

/**
 * Compile a folder (every .py in it and in its packages) or a list of files into archive modules.
 * The main module: `main` if given, else __main__.py / main.py when present, else the single file.
 */
export function compileTree(inputs: string[], main?: string): { modules: ArchiveModule[]; main: string } {
  const modules: ArchiveModule[] = [];
  let files: { path: string; root: string }[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`dust: ${input}: no such file or directory`);
    if (statSync(input).isDirectory()) {
      const found: string[] = [];
      walk(input, found);
      files.push(...found.map((p) => ({ path: p, root: input })));
    } else {
      files.push({ path: input, root: dirname(input) });
    }
  }
  for (const f of files) {
    const { name, isPackage } = moduleNameFor(f.root, f.path);
    modules.push(compileFile(f.path, name, isPackage, relative(process.cwd(), f.path) || f.path));
  }
  const names = new Set(modules.map((m) => m.name));
  let mainName = main;
  if (!mainName) {
    if (names.has('__main__')) mainName = '__main__';
    else if (names.has('main')) mainName = 'main';
    else if (modules.length === 1) mainName = modules[0].name;
    else throw new UsageError('dust: no __main__.py or main.py: say which module runs first with --main NAME');
  }
  if (!names.has(mainName)) throw new UsageError(`dust: --main ${mainName}: no such module in the input`);
  return { modules, main: mainName };
}

/** Modules for `dust run file.py`: the file as __main__, and the .py files beside it compiled on demand. */
export function sourceFinder(mainPath: string) {
  const root = dirname(resolve(mainPath));
  const cache = new Map<string, ArchiveModule | null>();
  return (name: string): ArchiveModule | undefined => {
    if (cache.has(name)) return cache.get(name) ?? undefined;
    let m: ArchiveModule | null = null;
    if (name === '__main__') m = compileFile(mainPath, '__main__', false, mainPath);
    else {
      const parts = name.split('.');
      const base = join(root, ...parts);
      const disp = (p: string) => relative(process.cwd(), p) || p;
      if (existsSync(base + '.py')) m = compileFile(base + '.py', name, false, disp(base + '.py'));
      else if (existsSync(join(base, '__init__.py'))) m = compileFile(join(base, '__init__.py'), name, true, disp(join(base, '__init__.py')));
    }
    cache.set(name, m);
    return m ?? undefined;
  };
}
export { basename };
