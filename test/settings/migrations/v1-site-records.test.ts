import { describe, expect, it } from 'vitest';
import { v1SiteRecords } from '../../../src/settings/migrations/v1-site-records';

describe('v1 -> v2: per-site records', () => {
  it('merges paused and hidden lists into one record per site', () => {
    const out = v1SiteRecords.up({
      version: 1,
      showBadge: false,
      pausedSites: { 'a.example': null, 'b.example': 123 },
      dismissedSites: { 'a.example': ['drift'] },
    });
    expect(out).toEqual({
      version: 1,
      showBadge: false,
      sites: { 'a.example': { pausedUntil: null, hiddenRules: ['drift'] }, 'b.example': { pausedUntil: 123 } },
    });
  });
  it('leaves objects without those lists alone', () => {
    expect(v1SiteRecords.up({ version: 1, enabled: false })).toEqual({ version: 1, enabled: false });
  });
  it('passes malformed values through for the field check to repair', () => {
    expect(v1SiteRecords.up({ version: 1, pausedSites: 'oops' })).toEqual({ version: 1, sites: {} });
  });
});
