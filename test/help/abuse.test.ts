/**
 * Abuse and child-protection lines (src/help/abuse.ts over the "topic": "abuse" entries of the
 * region files): who the crisis panel offers when what was typed sounds like abuse.
 */
import { describe, expect, it } from 'vitest';
import { abuseHelpFor } from '../../src/help/abuse';
import { HELP_RESOURCES } from '../../src/help/data';
import { REGION_CODES } from '../../src/help/regions';
import { helpFor, helpForTeens } from '../../src/help/select';

const ids = (list: { id: string }[]) => list.map((r) => r.id);
const abuseLines = HELP_RESOURCES.filter((r) => r.topic === 'abuse');

describe('abuse lines in the region files', () => {
  it('exist for many regions, each a phone line', () => {
    expect(new Set(abuseLines.map((r) => r.region)).size).toBeGreaterThanOrEqual(20);
    for (const r of abuseLines) expect(r.tel, r.id).toMatch(/^\d+$/);
  });

  it('stay out of the general lists of the banner, popup and options', () => {
    for (const region of REGION_CODES) {
      const shown = [...helpFor(region), ...helpForTeens(region)];
      expect(shown.filter((r) => r.topic), region).toEqual([]);
    }
  });
});

describe('abuseHelpFor', () => {
  it.each(REGION_CODES)('%s: never an empty list, no line twice', (region) => {
    for (const teen of [false, true]) {
      const lines = abuseHelpFor(region, teen);
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(ids(lines)).size).toBe(lines.length);
    }
  });

  it('leads with the abuse line, then one crisis line, and no youth line for adults', () => {
    expect(ids(abuseHelpFor('GB', false))).toEqual(['gb-national-domestic-abuse-helpline', 'gb-samaritans']);
    expect(ids(abuseHelpFor('US', false))).toEqual(['us-domestic-violence-hotline', 'us-childhelp-hotline', 'us-988-lifeline']);
  });

  it('puts child-protection and youth lines first in teen mode', () => {
    expect(ids(abuseHelpFor('FR', true))).toEqual(['fr-119', 'fr-fil-sante-jeunes', 'fr-3919', 'fr-3114']);
    // Childline, which takes any worry, before PAPYRUS's youth suicide line
    expect(ids(abuseHelpFor('GB', true))).toEqual(['gb-childline', 'gb-papyrus-hopeline247', 'gb-national-domestic-abuse-helpline', 'gb-samaritans']);
  });

  it('falls back to the crisis line where a region has no abuse line, and to a directory where it has none', () => {
    expect(abuseLines.some((r) => r.region === 'CH')).toBe(false);
    expect(ids(abuseHelpFor('CH', false))).toEqual(['ch-143']);
    expect(ids(abuseHelpFor('CH', true))).toEqual(['ch-147', 'ch-143']);
    expect(ids(abuseHelpFor('INTL', false))).toEqual(['intl-befrienders']);
  });
});
