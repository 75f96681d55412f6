/**
 * Store-ready in every language: each UI language has a complete listing under store/, whose
 * name and short description are the ones the manifest ships, each within the stores' limits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../src/help/regions';
import { UI_LANGUAGES, localeFolder } from '../../src/i18n/languages';

const ROOT = join(import.meta.dirname, '..', '..');
const SECTIONS = [
  'Name',
  'Short description',
  'Summary',
  'Description',
  'Permission justifications',
  'Single purpose',
  'storage',
  'scripting',
  'alarms',
  'activeTab',
  'Host permissions',
  'Remote code',
  'Privacy practices',
  'Data collected',
  'Data usage (Chrome Web Store)',
  'Certifications (Chrome Web Store)',
  'Firefox data collection',
  'Privacy policy',
];

/** The listing's sections by heading, each with its text. */
function sections(markdown: string): Map<string, string> {
  const map = new Map<string, string>();
  const parts = markdown.split(/^#{2,3} (.+)$/m);
  for (let i = 1; i < parts.length; i += 2) map.set(parts[i]!.trim(), parts[i + 1]!.trim());
  return map;
}
const normalize = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const listing = (folder: string) => readFileSync(join(ROOT, 'store', folder, 'listing.md'), 'utf8');
const english = sections(listing('en'));

it('can honestly say "more than 30 countries and regions"', () => {
  expect(REGION_CODES.filter((r) => r !== 'INTL').length).toBeGreaterThan(30);
});

describe.each(UI_LANGUAGES.map(localeFolder))('store/%s/listing.md', (folder) => {
  const path = join(ROOT, 'store', folder, 'listing.md');
  const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('exists, with every section in order, none empty', () => {
    expect(existsSync(path)).toBe(true);
    const found = sections(listing(folder));
    expect([...found.keys()]).toEqual(SECTIONS);
    for (const [heading, text] of found) {
      if (heading !== 'Permission justifications' && heading !== 'Privacy practices') expect(text, heading).not.toBe('');
    }
  });

  it('has the name and short description the manifest ships, within the stores’ limits', () => {
    const found = sections(listing(folder));
    expect(normalize(found.get('Name')!)).toBe(normalize(messages.extName!.message));
    expect(normalize(found.get('Short description')!)).toBe(normalize(messages.extDescription!.message));
    expect(found.get('Name')!.length).toBeLessThanOrEqual(75);
    expect(found.get('Short description')!.length).toBeLessThanOrEqual(132);
    expect(found.get('Summary')!.length).toBeLessThanOrEqual(250);
    expect(found.get('Description')!.length).toBeLessThanOrEqual(16_000);
  });

  it.runIf(folder !== 'en')('is written in its language, not copied from English', () => {
    const found = sections(listing(folder));
    for (const heading of ['Summary', 'Description', 'Single purpose', 'Host permissions', 'Data collected', 'Privacy policy']) {
      expect(found.get(heading), heading).not.toBe(english.get(heading));
    }
  });

  it('keeps the privacy promise and the safety line', () => {
    const text = listing(folder);
    // the manifest's Firefox declaration, quoted exactly
    expect(text).toContain('`data_collection_permissions: { "required": ["none"] }`');
    // "more than 30 countries and regions", as the help data has (test/help checks at least 24)
    expect(text).toMatch(/\b30\b/);
  });
});
