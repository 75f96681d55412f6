/** README's help table is generated from the help files; this keeps it from going stale. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_TABLE_END, HELP_TABLE_START, helpTable, loadHelp } from '../../scripts/lib/help';

describe('README help table', () => {
  it('lists every region with its lines and sources as the files have them (npm run help:table)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const between = readme.slice(readme.indexOf(HELP_TABLE_START) + HELP_TABLE_START.length, readme.indexOf(HELP_TABLE_END)).trim();
    const files = loadHelp();
    expect(between).toBe(helpTable(files));
    for (const file of files) for (const r of file.resources) expect(between).toContain(`**${r.name}**`);
  });
});
