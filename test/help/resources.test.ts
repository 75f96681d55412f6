import { describe, expect, it } from 'vitest';
import { HELP_DATA_VERSION, HELP_RESOURCES } from '../../src/help/resources';
import { REGION_CODES } from '../../src/help/regions';
import type { HelpKind } from '../../src/help/types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealIsoDate = (value: string) =>
  ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

describe('HELP_RESOURCES data integrity', () => {
  it('has a data version that is an ISO date', () => {
    expect(isRealIsoDate(HELP_DATA_VERSION)).toBe(true);
  });

  it('has unique ids', () => {
    const ids = HELP_RESOURCES.map((r) => r.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('only uses known regions', () => {
    const known = new Set<string>(REGION_CODES);
    for (const r of HELP_RESOURCES) expect(known.has(r.region), r.id).toBe(true);
  });

  it.each(REGION_CODES)('region %s has at least one crisis or directory entry', (region) => {
    const entries = HELP_RESOURCES.filter((r) => r.region === region && (r.kind === 'crisis' || r.kind === 'directory'));
    expect(entries.length).toBeGreaterThan(0);
  });

  it('gives every phone or text number at least two sources', () => {
    for (const r of HELP_RESOURCES) {
      if (r.phone || r.tel || r.sms) {
        expect(new Set(r.sources).size, `${r.id} needs >= 2 distinct sources`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('gives every entry at least one source', () => {
    for (const r of HELP_RESOURCES) expect(r.sources.length, r.id).toBeGreaterThan(0);
  });

  it('uses https for every link', () => {
    for (const r of HELP_RESOURCES) {
      expect(() => new URL(r.url), r.id).not.toThrow();
      expect(new URL(r.url).protocol, `${r.id}: ${r.url}`).toBe('https:');
    }
  });

  it('has dial strings made of digits and an optional leading +', () => {
    for (const r of HELP_RESOURCES) {
      if (r.tel !== undefined) expect(r.tel, r.id).toMatch(/^\+?\d+$/);
      if (r.sms) expect(r.sms.number, r.id).toMatch(/^\+?\d+$/);
    }
  });

  it('has a human-readable phone wherever there is a dial string, and vice versa', () => {
    for (const r of HELP_RESOURCES) expect(Boolean(r.phone), r.id).toBe(Boolean(r.tel));
  });

  it('has an ISO lastVerified date', () => {
    for (const r of HELP_RESOURCES) expect(isRealIsoDate(r.lastVerified), `${r.id}: ${r.lastVerified}`).toBe(true);
  });

  it('has a non-empty English and Spanish description', () => {
    for (const r of HELP_RESOURCES) {
      expect(r.description.en.trim(), r.id).not.toBe('');
      expect(r.description.es.trim(), r.id).not.toBe('');
      expect(r.name.trim(), r.id).not.toBe('');
    }
  });

  it('lists 988 for the US', () => {
    const us = HELP_RESOURCES.filter((r) => r.region === 'US');
    expect(us.some((r) => r.kind === 'crisis' && r.tel === '988' && r.phone === '988')).toBe(true);
  });

  it('does not mention the discontinued 988 LGBTQ+ "press 3" option', () => {
    for (const r of HELP_RESOURCES) {
      const text = [r.name, r.phone ?? '', r.description.en, r.description.es, r.sms?.keyword ?? ''].join(' ');
      expect(text, r.id).not.toMatch(/press 3|pulsa 3|marca 3|\bPRIDE\b/i);
    }
  });

  it('orders each region: crisis, support, therapist, directory; youth last', () => {
    const rank: Record<HelpKind, number> = { crisis: 0, support: 1, therapist: 2, directory: 3 };
    for (const region of REGION_CODES) {
      const entries = HELP_RESOURCES.filter((r) => r.region === region);
      const firstYouth = entries.findIndex((r) => r.audience !== 'everyone');
      if (firstYouth >= 0) {
        expect(entries.slice(firstYouth).every((r) => r.audience !== 'everyone'), `${region}: youth last`).toBe(true);
      }
      const general = entries.filter((r) => r.audience === 'everyone').map((r) => rank[r.kind]);
      expect(general, `${region}: kind order`).toEqual([...general].sort((a, b) => a - b));
    }
  });
});
