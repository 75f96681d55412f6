/**
 * Build-time loading of src/help/regions/*.json: read and validate every help file. Shared by
 * the vite plugin (a bad file stops the build, naming the file and field) and the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegionFile, validateRegionSet } from '../../src/help/region-schema';
import type { RegionFile } from '../../src/help/types';
import { PROJECT_ROOT } from './rules';

export const HELP_DIR = join(PROJECT_ROOT, 'src', 'help', 'regions');

export class HelpDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid help data:\n  ${problems.join('\n  ')}`);
    this.name = 'HelpDataError';
  }
}

/** Loads and validates every help file; throws HelpDataError naming each bad file and field. */
export function loadHelp(dir = HELP_DIR): RegionFile[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const loaded: Array<{ path: string; file: RegionFile }> = [];
  for (const name of names) {
    const path = `src/help/regions/${name}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${path}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = validateRegionFile(data, path);
    if (result.ok) loaded.push({ path, file: result.file });
    else problems.push(...result.errors);
  }
  if (problems.length === 0) problems.push(...validateRegionSet(loaded));
  if (problems.length > 0) throw new HelpDataError(problems);
  return loaded.map((l) => l.file);
}
