import { describe, expect, it } from 'vitest';
import { HELP_RESOURCES } from '../../src/help/data';
import { REGION_CODES } from '../../src/help/regions';
import { helpFor, helpForTeens } from '../../src/help/select';

describe('helpFor', () => {
  it.each(REGION_CODES)('%s: a crisis line or directory first, never an empty list', (region) => {
    const help = helpFor(region);
    expect(help.length).toBeGreaterThan(0);
    expect(['crisis', 'directory']).toContain(help[0]!.kind);
    // only services for everyone; youth services are teen mode's
    expect(help.every((r) => r.audience === 'everyone')).toBe(true);
  });

  it('puts a region’s own lines first and keeps one international directory to look further', () => {
    const italy = helpFor('IT');
    expect(italy[0]!.id).toBe('it-telefono-amico');
    expect(italy.at(-1)!.region).toBe('INTL');
    expect(italy.filter((r) => r.region === 'INTL')).toHaveLength(1);
  });

  it('lists general services before those for one group (veterans, parents)', () => {
    const us = helpFor('US').map((r) => r.id);
    expect(us.indexOf('us-988-lifeline')).toBeLessThan(us.indexOf('us-veterans-crisis-line'));
  });
});

describe('helpForTeens', () => {
  const withYouthLines = [...new Set(HELP_RESOURCES.filter((r) => r.audience !== 'everyone' && r.region !== 'INTL').map((r) => r.region))];

  it.each(withYouthLines)('%s: the lines made for young people come first', (region) => {
    const help = helpForTeens(region);
    expect(help[0]!.audience).not.toBe('everyone');
    expect(help.some((r) => r.kind === 'therapist')).toBe(false);
  });

  it('falls back to the international child helplines where a region has none of its own', () => {
    const help = helpForTeens('MX');
    expect(help.some((r) => r.id === 'intl-child-helpline-international')).toBe(true);
    expect(help.some((r) => r.id === 'mx-linea-de-la-vida')).toBe(true);
  });
});
