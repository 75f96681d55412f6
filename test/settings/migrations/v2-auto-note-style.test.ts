import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/settings/migrations';
import { v2AutoNoteStyle } from '../../../src/settings/migrations/v2-auto-note-style';
import { normalizeStored, parseImport, toStored } from '../../../src/settings/normalize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/settings/schema';

describe('v2 -> v3: the note style "auto"', () => {
  it('is the new default', () => {
    expect(DEFAULT_SETTINGS.bannerStyle).toBe('auto');
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('gives "auto" to people who kept the old default (nothing was stored for it)', () => {
    const result = normalizeStored({ version: 2, region: 'GB' });
    expect(result.settings.bannerStyle).toBe('auto');
    expect(result.settings.region).toBe('GB');
    expect(result.migrated).toEqual([v2AutoNoteStyle.describe]);
    // Version 1 objects (no version at all) go through both steps.
    expect(normalizeStored({ showBadge: false }).settings.bannerStyle).toBe('auto');
  });

  it.each(['full', 'compact', 'badge'] as const)('keeps a style that was chosen (%s)', (style) => {
    expect(normalizeStored({ version: 2, bannerStyle: style }).settings.bannerStyle).toBe(style);
    expect(migrate({ version: 2, bannerStyle: style }, 3).settings).toEqual({ version: 3, bannerStyle: style });
  });

  it('an imported version-2 file keeps its style; "full" chosen now is stored, "auto" is not', () => {
    const imported = parseImport(JSON.stringify({ candor: 'settings', version: 2, settings: { bannerStyle: 'full' } }));
    expect(imported).toMatchObject({ ok: true, settings: { bannerStyle: 'full' } });
    expect(toStored({ ...structuredClone(DEFAULT_SETTINGS), bannerStyle: 'full' })).toEqual({ version: SETTINGS_VERSION, bannerStyle: 'full' });
    expect(toStored(structuredClone(DEFAULT_SETTINGS))).toEqual({ version: SETTINGS_VERSION });
  });
});
