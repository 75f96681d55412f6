/**
 * Emergency numbers and abuse lines for the crisis panel (src/help/emergency.ts, abuse.ts): the
 * same rules as the rest of the help data — every number confirmed by two sources, dated, dialable.
 */
import { describe, expect, it } from 'vitest';
import { ABUSE_RESOURCES, abuseHelpFor } from '../../src/help/abuse';
import { EMERGENCY_REGIONS, emergencyNumberFor } from '../../src/help/emergency';
import { REGION_CODES } from '../../src/help/regions';
import { HELP_RESOURCES } from '../../src/help/resources';

const isRealIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

describe('emergencyNumberFor', () => {
  it('knows every region Candor has help for, except the international directory', () => {
    expect([...EMERGENCY_REGIONS].sort()).toEqual(REGION_CODES.filter((r) => r !== 'INTL').sort());
    expect(emergencyNumberFor('INTL')).toBeNull();
    expect(emergencyNumberFor('XX')).toBeNull();
    expect(emergencyNumberFor('toString')).toBeNull();
  });

  it.each([
    ['US', '911'],
    ['CA', '911'],
    ['GB', '999'],
    ['IE', '112'],
    ['AU', '000'],
    ['NZ', '111'],
    ['ES', '112'],
    ['DE', '112'],
    ['FR', '112'],
    ['NL', '112'],
  ])('%s dials %s', (region, tel) => {
    expect(emergencyNumberFor(region)?.tel).toBe(tel);
  });

  it.each(EMERGENCY_REGIONS)('%s: two distinct sources, a date, digits to dial', (region) => {
    const n = emergencyNumberFor(region)!;
    expect(new Set(n.sources).size).toBeGreaterThanOrEqual(2);
    for (const s of n.sources) expect(() => new URL(s)).not.toThrow();
    expect(isRealIsoDate(n.lastVerified)).toBe(true);
    expect(n.tel).toMatch(/^\d{3}$/);
    expect(n.number).toContain(n.tel);
  });
});

describe('abuse lines', () => {
  it('follow the help-data rules', () => {
    const ids = new Set(HELP_RESOURCES.map((r) => r.id));
    for (const r of ABUSE_RESOURCES) {
      expect(ids.has(r.id), `${r.id} clashes with the general list`).toBe(false);
      expect((REGION_CODES as readonly string[]).includes(r.region), r.id).toBe(true);
      expect(new Set(r.sources).size, r.id).toBeGreaterThanOrEqual(2);
      expect(new URL(r.url).protocol, r.id).toBe('https:');
      expect(r.tel, r.id).toMatch(/^\d+$/);
      expect(r.phone!.replace(/\D/g, ''), r.id).toBe(r.tel);
      if (r.sms) expect(r.sms.number, r.id).toMatch(/^\d+$/);
      expect(isRealIsoDate(r.lastVerified), r.id).toBe(true);
      expect(r.description.en.trim(), r.id).not.toBe('');
      expect(r.description.es.trim(), r.id).not.toBe('');
    }
  });

  it('lead with the abuse line, then youth lines, then one crisis line', () => {
    const general = HELP_RESOURCES.filter((r) => r.region === 'GB');
    const lines = abuseHelpFor('GB', false, general).map((r) => r.id);
    expect(lines[0]).toBe('gb-national-domestic-abuse-helpline');
    expect(lines.at(-1)).toBe(general.find((r) => r.kind === 'crisis')!.id);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('put child and youth lines first in teen mode', () => {
    const fr = abuseHelpFor('FR', true, HELP_RESOURCES.filter((r) => r.region === 'FR'));
    expect(fr[0]!.id).toBe('fr-119');
    const gb = abuseHelpFor('GB', true, HELP_RESOURCES.filter((r) => r.region === 'GB'));
    expect(gb[0]!.audience).toBe('youth');
  });

  it('fall back to the crisis line where Candor has no abuse line', () => {
    const intl = HELP_RESOURCES.filter((r) => r.region === 'INTL');
    const lines = abuseHelpFor('INTL', false, intl);
    expect(lines.length).toBeGreaterThan(0);
  });
});
