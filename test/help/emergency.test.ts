import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from '../../src/help/emergency';
import { REGION_CODES } from '../../src/help/regions';

describe('emergencyNumberFor', () => {
  it.each(REGION_CODES.filter((r) => r !== 'INTL'))('%s has an emergency number checked against two sources', (region) => {
    const emergency = emergencyNumberFor(region);
    expect(emergency?.number).toMatch(/^\d{2,6}$/);
    expect(new Set(emergency?.sources).size).toBeGreaterThanOrEqual(2);
    expect(emergency?.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the numbers people there know', () => {
    const numbers = Object.fromEntries(REGION_CODES.map((r) => [r, emergencyNumberFor(r)?.number ?? null]));
    expect(numbers).toMatchObject({
      US: '911', CA: '911', MX: '911', GB: '999', IE: '112', AU: '000', NZ: '111', FR: '112', DE: '112', ES: '112',
      BR: '192', JP: '119', KR: '119', SG: '995', HK: '999', NO: '113', CL: '131', CO: '123', IN: '112', PH: '911',
    });
  });

  it('has no single number for the international directory (the panel then says "local emergency number")', () => {
    expect(emergencyNumberFor('INTL')).toBeNull();
  });
});
