/**
 * A development tool, not a test: compile any Python files with Dust and with python3, and list every
 * code object whose normalised instructions, exception table, lines, arguments, positions, names,
 * constants or header differ (the comparison of codegen.test.ts, for arbitrary sources such as the
 * standard library).
 *
 *     npx tsx tests/unit/compiler/tools/compare_dis.ts /usr/lib/python3.11/*.py
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { compileModule } from '../../../../src/compiler/index.js';
import { allCode, normalizedOps, normalizedExc, valueJson } from '../helpers.js';
import { FAST_LOCAL, FAST_CELL, FAST_FREE } from '../../../../src/bytecode/code.js';
let bad = 0, total = 0, files = 0, fail = 0;
for (const f of process.argv.slice(2)) {
  let codes;
  try { codes = allCode(compileModule(readFileSync(f, 'utf8'), f)); } catch (e: any) { console.log('ERR', f, e.message.slice(0, 200)); fail++; continue; }
  let exp;
  try { exp = JSON.parse(execFileSync('python3', [new URL('dis_json.py', import.meta.url).pathname, f], { maxBuffer: 1 << 28 }).toString()); } catch { continue; }
  files++;
  if (codes.length !== exp.length) { console.log('COUNT', f, codes.length, exp.length); bad++; continue; }
  for (let i = 0; i < exp.length; i++) {
    total++;
    const co = codes[i], e = exp[i];
    const ops = normalizedOps(co).ops;
    const problems: string[] = [];
    if (JSON.stringify(ops) !== JSON.stringify(e.ops)) {
      let k = 0; while (ops[k] === e.ops[k]) k++;
      problems.push(`ops differ at ${k}: mine ${ops.slice(Math.max(0,k-3), k + 4).join(' ')} | cpy ${e.ops.slice(Math.max(0,k-3), k + 4).join(' ')}`);
    } else if (JSON.stringify(normalizedExc(co)) !== JSON.stringify(e.exc)) problems.push(`exc differ: ${JSON.stringify(normalizedExc(co))} vs ${JSON.stringify(e.exc)}`);
    else if (JSON.stringify(normalizedOps(co).lines) !== JSON.stringify(e.lines)) {
      const l = normalizedOps(co).lines; let k = 0; while (l[k] === e.lines[k]) k++;
      problems.push(`lines differ at ${k} (${ops[k]}): mine ${l.slice(Math.max(0,k-3), k + 4)} | cpy ${e.lines.slice(Math.max(0,k-3), k + 4)}`);
    }
    else if (JSON.stringify(normalizedOps(co).args) !== JSON.stringify(e.args)) {
      const l = normalizedOps(co).args; let k = 0; while (l[k] === e.args[k]) k++;
      problems.push(`args differ at ${k} (${ops[k]}): mine ${l.slice(Math.max(0,k-3), k + 4)} | cpy ${e.args.slice(Math.max(0,k-3), k + 4)}`);
    }
    else {
      const mp = normalizedOps(co).positions;
      const k = mp.findIndex((p, i) => p && JSON.stringify(p) !== JSON.stringify(e.positions[i]));
      if (k >= 0) problems.push(`positions differ at ${k} (${ops[k]}): mine ${JSON.stringify(mp[k])} | cpy ${JSON.stringify(e.positions[k])}`);
    }
    const vn = co.localsplus.filter((l) => l.kind & FAST_LOCAL).map((l) => l.name);
    if (JSON.stringify(vn) !== JSON.stringify(e.varnames)) problems.push(`varnames ${vn} vs ${e.varnames}`);
    if (JSON.stringify(co.names) !== JSON.stringify(e.names)) problems.push(`names differ`);
    const mc = JSON.stringify(co.consts.map(valueJson)), ec = JSON.stringify(e.consts);
    if (mc !== ec) { let k = 0; while (mc[k] === ec[k]) k++; problems.push(`consts differ: ${mc.slice(Math.max(0, k - 40), k + 60)} | ${ec.slice(Math.max(0, k - 40), k + 60)}`); }
    if ((co.flags & 0xff) !== e.flags) problems.push(`flags ${co.flags} vs ${e.flags}`);
    if (co.qualname !== e.qualname) problems.push(`qualname ${co.qualname} vs ${e.qualname}`);
    if (problems.length) { bad++; console.log(`${f}:${e.firstlineno} ${e.qualname}: ${problems.join('; ')}`); }
  }
}
console.log(`files ${files} (compile failures ${fail}), code objects ${total}, mismatched ${bad}`);
