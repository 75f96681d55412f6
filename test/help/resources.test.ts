/**
 * The shipped help data (src/help/regions/*.json) as the extension sees it: valid, complete in
 * every UI language, every number with two sources, and enough regions.
 */
import { describe, expect, it } from 'vitest';
import { HELP_DATA_VERSION, HELP_RESOURCES, REGION_FILES } from '../../src/help/data';
import { REGION_CODES } from '../../src/help/regions';
import { UI_LANGUAGES } from '../../src/i18n/languages';
import { loadHelp } from '../../scripts/lib/help';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealIsoDate = (value: string) =>
  ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

describe('the help files', () => {
  it('pass the schema and the cross-file checks (as the build requires)', () => {
    expect(() => loadHelp()).not.toThrow();
  });

  it('cover at least 24 regions besides the international directory, each with a file', () => {
    const regions = REGION_CODES.filter((code) => code !== 'INTL');
    expect(regions.length).toBeGreaterThanOrEqual(24);
    for (const code of REGION_CODES) expect(REGION_FILES[code]?.region, code).toBe(code);
  });

  it('have a data version that is the newest check date', () => {
    expect(isRealIsoDate(HELP_DATA_VERSION)).toBe(true);
    for (const r of HELP_RESOURCES) expect(r.lastVerified <= HELP_DATA_VERSION).toBe(true);
  });
});

describe('HELP_RESOURCES', () => {
  it('has unique ids, each in a known region', () => {
    const ids = HELP_RESOURCES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const known = new Set<string>(REGION_CODES);
    for (const r of HELP_RESOURCES) expect(known.has(r.region), r.id).toBe(true);
  });

  it.each(REGION_CODES)('region %s offers at least one crisis line or directory', (region) => {
    const entries = HELP_RESOURCES.filter((r) => r.region === region && (r.kind === 'crisis' || r.kind === 'directory'));
    expect(entries.length).toBeGreaterThan(0);
  });

  it('gives every phone or text number at least two different sources, and a date', () => {
    for (const r of HELP_RESOURCES) {
      if (r.phone || r.tel || r.sms) expect(new Set(r.sources).size, `${r.id} needs >= 2 distinct sources`).toBeGreaterThanOrEqual(2);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(isRealIsoDate(r.lastVerified), `${r.id}: ${r.lastVerified}`).toBe(true);
    }
  });

  it('links every service to an https site', () => {
    for (const r of HELP_RESOURCES) {
      expect(new URL(r.url).protocol, `${r.id}: ${r.url}`).toBe('https:');
    }
  });

  it('has dial strings of digits (a leading + or a * short code allowed) and a readable number with each', () => {
    for (const r of HELP_RESOURCES) {
      if (r.tel !== undefined) expect(r.tel, r.id).toMatch(/^(\+|\*)?\d+$/);
      if (r.sms) expect(r.sms.number, r.id).toMatch(/^\+?\d+$/);
      expect(Boolean(r.phone), r.id).toBe(Boolean(r.tel));
      // The readable number starts with the digits that are dialled ("988, then press 1" -> 988).
      if (r.phone && r.tel) expect(r.phone.replace(/\D/g, '').startsWith(r.tel.replace(/\D/g, '')), r.id).toBe(true);
    }
  });

  it('describes every service in every UI language, translated rather than copied', () => {
    for (const r of HELP_RESOURCES) {
      for (const lang of UI_LANGUAGES) expect(r.description[lang]?.trim(), `${r.id} ${lang}`).toBeTruthy();
      for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
        expect(r.description[lang], `${r.id}: the ${lang} description is the English one`).not.toBe(r.description.en);
      }
      expect(r.name.trim(), r.id).not.toBe('');
    }
  });

  it('mentions the numbers it offers in every language', () => {
    // A translation that dropped or changed a number would send someone to the wrong place.
    for (const r of HELP_RESOURCES) {
      const digits = (text: string) => (text.match(/\d[\d -]{1,}\d|\d/g) ?? []).map((n) => n.replace(/\D/g, '')).sort().join(',');
      for (const lang of UI_LANGUAGES) expect(digits(r.description[lang]), `${r.id} ${lang}`).toBe(digits(r.description.en));
    }
  });

  it('lists 988 for the US', () => {
    const us = HELP_RESOURCES.filter((r) => r.region === 'US');
    expect(us.some((r) => r.kind === 'crisis' && r.tel === '988' && r.phone === '988')).toBe(true);
  });

  it('does not mention the discontinued 988 LGBTQ+ "press 3" option in any language', () => {
    for (const r of HELP_RESOURCES) {
      const text = [r.name, r.phone ?? '', ...Object.values(r.description), r.sms?.keyword ?? ''].join(' ');
      expect(text, r.id).not.toMatch(/press 3|pulsa 3|marca 3|faites le 3|drücken Sie (die )?3|tecle 3|premi 3|druk op 3|\bPRIDE\b/i);
    }
  });

  it('marks the few sites no source named, so they are checked by hand (README lists them)', () => {
    const unconfirmed = HELP_RESOURCES.filter((r) => r.siteNamedBySource === false).map((r) => r.id);
    expect(unconfirmed.length).toBeLessThanOrEqual(12);
  });
});
