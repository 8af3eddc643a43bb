/**
 * One timed Dust run of an archive (bench/run.ts spawns this in a fresh process): the program's
 * stdout goes to stdout; `DUST_BENCH {"ms":…, "peak":…, "status":…}` goes to stderr, where ms is the
 * time spent inside the core's run (the program itself, as CPython's runpy time is).
 */
import { readFileSync, writeSync } from 'node:fs';
import { readArchive } from '../src/archive/archive.js';
import { Core } from '../src/host/core.js';
import { archiveFinder } from '../src/host/run.js';

const path = process.argv[2];
const ar = readArchive(readFileSync(path), path);
const find = archiveFinder(ar);
const core = new Core({
  budget: 256 * 1024 * 1024,
  stdout: (b) => writeSync(1, b),
  stderr: (b) => writeSync(2, b),
  modules: {
    find: (n) => { const m = find(n); return m && { code: m.code, file: m.file, isPackage: m.isPackage }; },
    getline: () => undefined,
  },
});
const t0 = performance.now();
const c0 = process.cpuUsage();
const status = core.run('__main__');
const ms = performance.now() - t0;
const c1 = process.cpuUsage(c0);
// cpu: user + system ms of this process during the run, steadier than ms on a loaded machine
const cpu = (c1.user + c1.system) / 1000;
process.stderr.write(`DUST_BENCH ${JSON.stringify({ ms, cpu, peak: core.heapPeak, status })}\n`);
process.exitCode = status;
