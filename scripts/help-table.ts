/** Rewrites the help table in README.md from src/help/regions (npm run help:table). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELP_TABLE_END, HELP_TABLE_START, helpTable, loadHelp } from './lib/help';
import { PROJECT_ROOT } from './lib/rules';

const path = join(PROJECT_ROOT, 'README.md');
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(HELP_TABLE_START);
const end = readme.indexOf(HELP_TABLE_END);
if (start < 0 || end < start) {
  console.error(`README.md has no ${HELP_TABLE_START} … ${HELP_TABLE_END} markers`);
  process.exit(1);
}
const table = helpTable(loadHelp());
writeFileSync(path, `${readme.slice(0, start + HELP_TABLE_START.length)}\n${table}\n${readme.slice(end)}`);
console.log(`README.md: help table for ${table.split('\n').length - 2} regions`);
