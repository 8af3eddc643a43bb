/**
 * Archives: a .zip of compiled modules (fflate), with a manifest.
 *
 *   dust.json            {"format": 1, "main": "__main__", "modules": {NAME: {"file": PATH, "package": BOOL}}}
 *   code/NAME.dbc        the module file of NAME (src/bytecode/code.ts format)
 *   src/PATH             the source text, for tracebacks (left out with --no-source)
 *
 * readArchive refuses anything that is not such an archive by name, with the reason.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { ArchiveError } from '../errors.js';

export const ARCHIVE_FORMAT = 1;

export interface ArchiveModule {
  name: string;          // dotted module name
  file: string;          // the source path recorded in code objects (co_filename)
  isPackage: boolean;
  code: Uint8Array;      // module file bytes
  source?: string;       // source text, for tracebacks
}

export interface Archive {
  path: string;          // for messages
  main: string;
  modules: Map<string, ArchiveModule>;
}

/** A reproducible zip (fixed timestamps, sorted members). */
export function writeArchive(mods: ArchiveModule[], main: string, withSource = true): Uint8Array {
  const manifest: { format: number; main: string; modules: Record<string, { file: string; package: boolean }> } =
    { format: ARCHIVE_FORMAT, main, modules: {} };
  const files: Zippable = {};
  const sorted = [...mods].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const m of sorted) {
    manifest.modules[m.name] = { file: m.file, package: m.isPackage };
    files[`code/${m.name}.dbc`] = m.code;
    if (withSource && m.source !== undefined) files[`src/${m.file}`] = new TextEncoder().encode(m.source);
  }
  files['dust.json'] = new TextEncoder().encode(JSON.stringify(manifest, null, 1) + '\n');
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

export function readArchive(bytes: Uint8Array, path: string): Archive {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new ArchiveError(path, null, `not a valid archive (${(e as Error).message || 'unreadable zip'})`);
  }
  const mf = files['dust.json'];
  if (!mf) throw new ArchiveError(path, null, 'not a Dust archive (no dust.json manifest)');
  let manifest: any;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(mf));
  } catch {
    throw new ArchiveError(path, null, 'bad manifest (dust.json is not valid JSON)');
  }
  if (!manifest || typeof manifest !== 'object' || manifest.format !== ARCHIVE_FORMAT) {
    throw new ArchiveError(path, null, `unsupported archive format ${JSON.stringify(manifest?.format)} (this Dust reads ${ARCHIVE_FORMAT})`);
  }
  if (typeof manifest.main !== 'string' || typeof manifest.modules !== 'object' || manifest.modules === null) {
    throw new ArchiveError(path, null, 'bad manifest (main or modules missing)');
  }
  const modules = new Map<string, ArchiveModule>();
  for (const [name, info] of Object.entries<any>(manifest.modules)) {
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(name)) throw new ArchiveError(path, name, 'bad module name in manifest');
    const code = files[`code/${name}.dbc`];
    if (!code) throw new ArchiveError(path, name, 'module listed in the manifest but its code is missing');
    if (typeof info?.file !== 'string') throw new ArchiveError(path, name, 'bad manifest entry');
    const src = files[`src/${info.file}`];
    modules.set(name, {
      name, file: info.file, isPackage: info.package === true, code,
      source: src ? new TextDecoder().decode(src) : undefined,
    });
  }
  if (!modules.has(manifest.main)) throw new ArchiveError(path, manifest.main, 'the main module is not in the archive');
  return { path, main: manifest.main, modules };
}
