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

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const links = (urls: readonly string[]) => urls.map((u) => `[${hostOf(u)}](${u.replace(/\)/g, '%29').replace(/ /g, '%20')})`).join(', ');
const regionName = (code: string) => (code === 'INTL' ? 'International' : (new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code));

/**
 * The README's help table: every region with its emergency number and lines, each line with
 * its own site and the sources it was checked against. Written by `npm run help:table`; a unit
 * test keeps the README in step with the files.
 */
export function helpTable(files: readonly RegionFile[]): string {
  const rows = [...files]
    .sort((a, b) => Number(a.region === 'INTL') - Number(b.region === 'INTL') || regionName(a.region).localeCompare(regionName(b.region)))
    .map((file) => {
      const emergency = file.emergency ? `**${file.emergency.number}** (${links(file.emergency.sources)})` : '—';
      const lines = file.resources
        .map((r) => {
          const number = r.phone ? ` ${r.phone}` : r.sms ? ` text ${r.sms.keyword ? `${r.sms.keyword} to ` : ''}${r.sms.number}` : ' (website)';
          const who = r.audience === 'everyone' ? (r.group ? ` (${r.group})` : '') : ` (${r.audience})`;
          const site = `[${hostOf(r.url)}](${r.url})${r.siteNamedBySource === false ? '†' : ''}`;
          return `**${r.name}**${who}${number} · ${site} · checked ${r.lastVerified} against ${links(r.sources)}`;
        })
        .join('<br>');
      return `| ${regionName(file.region)} (${file.region}) | ${emergency} | ${lines} |`;
    });
  return ['| Region | Emergency | Human help: the service, its own site, and the sources it was checked against |', '| --- | --- | --- |', ...rows].join('\n');
}

export const HELP_TABLE_START = '<!-- help-table:start (npm run help:table) -->';
export const HELP_TABLE_END = '<!-- help-table:end -->';
