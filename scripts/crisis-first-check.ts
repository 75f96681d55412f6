/**
 * What the first crisis check on a page costs, with the prefilter's requirements worked out at
 * build time (as the extension ships them, src/crisis/prefilter-table.ts) and without (each
 * page parsing every cue pattern first). Both are bundled and minified like the content
 * scripts, and each run is a fresh Node process, as a page is a fresh context:
 *
 *   npx tsx scripts/crisis-first-check.ts [runs]
 *
 * Prints medians; measures only (the lead's `npm run bench` owns performance budgets).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { MAX_CHECKED_CHARS } from '../src/crisis/match';
import { prefilterTableModule } from './lib/crisis-requirements';
import { PROJECT_ROOT } from './lib/rules';

const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'candor-crisis-cost-'));
const tableFile = join(dir, 'table.js');
writeFileSync(tableFile, prefilterTableModule());

const everyday = 'Could you help me plan a weekend by the sea with my two kids? We like walks, seafood and museums, and would rather avoid long drives. ';
const entry = join(dir, 'entry.js');
writeFileSync(
  entry,
  `import { findCrisis, prepareCrisisCheck } from ${JSON.stringify(join(PROJECT_ROOT, 'src/crisis/match.ts'))};
const text = ${JSON.stringify(everyday.repeat(6).slice(0, MAX_CHECKED_CHARS))};
const mode = process.argv[2];
const t0 = performance.now();
if (mode === 'prepare') prepareCrisisCheck();
else findCrisis(text);
console.log(performance.now() - t0);
`,
);

async function bundle(name: string, withTable: boolean): Promise<{ file: string; bytes: number }> {
  const file = join(dir, `${name}.mjs`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    metafile: true,
    logLevel: 'silent',
    plugins: withTable ? [{ name: 'table', setup: (b) => b.onResolve({ filter: /^\.\/prefilter-table$/ }, () => ({ path: tableFile })) }] : [],
  });
  return { file, bytes: Object.values(result.metafile.outputs)[0]!.bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const variants = [
  { label: 'requirements worked out on the page', ...(await bundle('runtime', false)) },
  { label: 'requirements from the build', ...(await bundle('built', true)) },
];
const samples = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  // Alternate, so a busy moment on the machine falls on both alike.
  for (const v of variants) {
    for (const mode of ['prepare', 'first-check']) {
      const ms = Number(execFileSync(process.execPath, [v.file, mode], { encoding: 'utf8' }).trim());
      const key = `${v.label}|${mode}`;
      samples.set(key, [...(samples.get(key) ?? []), ms]);
    }
  }
}
console.log(`median of ${runs} fresh processes each; everyday text of ${MAX_CHECKED_CHARS} characters`);
for (const v of variants) {
  const prepare = median(samples.get(`${v.label}|prepare`)!);
  const first = median(samples.get(`${v.label}|first-check`)!);
  console.log(`${v.label.padEnd(38)} building the patterns ${prepare.toFixed(1).padStart(6)} ms · first check, unprepared ${first.toFixed(1).padStart(6)} ms · bundle ${(v.bytes / 1024).toFixed(1)} KB`);
}
rmSync(dir, { recursive: true, force: true });
