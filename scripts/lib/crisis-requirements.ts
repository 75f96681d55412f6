/**
 * The crisis prefilter's requirements, worked out at build time: vite.config.ts writes them to
 * node_modules/.candor-generated and puts that file in place of src/crisis/prefilter-table.ts,
 * so a page does not parse every cue pattern before its first check. `npx tsx
 * scripts/crisis-figures.ts --cost` measures what that saves.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cueRequirements } from '../../src/crisis/match';
import { GENERATED_DIR } from './generated';

export const PREFILTER_TABLE_FILE = join(GENERATED_DIR, 'crisis-prefilter-table.js');

/** The module that replaces src/crisis/prefilter-table.ts, with the table filled in. */
export function prefilterTableModule(): string {
  return `export const BUILT_REQUIREMENTS = ${JSON.stringify(cueRequirements())};\n`;
}

export function writePrefilterTable(): void {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const text = prefilterTableModule();
  let previous = '';
  try {
    previous = readFileSync(PREFILTER_TABLE_FILE, 'utf8');
  } catch {
    /* first build */
  }
  if (previous !== text) writeFileSync(PREFILTER_TABLE_FILE, text);
}
