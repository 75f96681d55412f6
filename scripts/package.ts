/**
 * Packs dist/chrome and dist/firefox into store-ready zips (dist/candor-<browser>-<version>.zip),
 * with fixed timestamps and sorted entries so the same source gives the same bytes.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

for (const browser of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', browser);
  const entries: Zippable = {};
  for (const file of files(dir)) {
    entries[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime: FIXED_TIME, level: 9 }];
  }
  const out = join(root, 'dist', `candor-${browser}-${version}.zip`);
  writeFileSync(out, zipSync(entries));
  console.log(`${relative(root, out)}  ${(statSync(out).size / 1024).toFixed(1)} KB, ${Object.keys(entries).length} files`);
}
