import { describe, expect, it } from 'vitest';
import { normalizeStored, parseImport, toExport, toStored } from '../../src/settings/normalize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings/schema';

const withChanges = (patch: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch });

describe('normalizeStored', () => {
  it('gives the defaults for nothing stored', () => {
    const result = normalizeStored(undefined);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.reset).toEqual([]);
  });

  it('keeps valid choices and fills the rest from the defaults', () => {
    const result = normalizeStored({ version: SETTINGS_VERSION, bannerStyle: 'compact', disabledRules: ['drift'] });
    expect(result.settings.bannerStyle).toBe('compact');
    expect(result.settings.disabledRules).toEqual(['drift']);
    expect(result.settings.enabled).toBe(true);
  });

  it('repairs only the corrupt field and says which', () => {
    const result = normalizeStored({
      version: SETTINGS_VERSION,
      bannerStyle: 'gigantic',
      language: 'es',
      bannerKinds: { ai: 'yes', hybrid: true, human: false },
    });
    expect(result.settings.bannerStyle).toBe('auto');
    expect(result.settings.bannerKinds).toEqual(DEFAULT_SETTINGS.bannerKinds);
    expect(result.settings.language).toBe('es');
    expect(result.reset.map((r) => r.key).sort()).toEqual(['bannerKinds', 'bannerStyle']);
  });

  it('drops unknown keys and survives non-objects', () => {
    expect(normalizeStored({ version: SETTINGS_VERSION, mystery: 1 }).dropped).toEqual(['mystery']);
    for (const junk of [42, 'settings', [1, 2], true]) {
      const result = normalizeStored(junk);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.dropped).toHaveLength(1);
    }
  });

  it('keeps the defaults, and says why, for a version from the future', () => {
    const result = normalizeStored({ version: SETTINGS_VERSION + 5, enabled: false });
    expect(result.settings.enabled).toBe(true);
    expect(result.dropped[0]).toMatch(/newer/);
  });

  it('migrates a version 1 object', () => {
    const result = normalizeStored({ enabled: false, pausedSites: { 'example.com': null } });
    expect(result.settings.enabled).toBe(false);
    expect(result.settings.sites).toEqual({ 'example.com': { pausedUntil: null } });
    expect(result.migrated).toHaveLength(SETTINGS_VERSION - 1);
  });
});

describe('toStored', () => {
  it('stores only what differs from the defaults, plus the version', () => {
    expect(toStored(withChanges({}))).toEqual({ version: SETTINGS_VERSION });
    expect(toStored(withChanges({ showBadge: false }))).toEqual({ version: SETTINGS_VERSION, showBadge: false });
  });
  it('round-trips through normalizeStored', () => {
    const settings = withChanges({ region: 'GB', sites: { 'a.example': { hiddenRules: ['tidio'] } } });
    expect(normalizeStored(toStored(settings)).settings).toEqual(settings);
  });
});

describe('parseImport', () => {
  it('accepts its own export', () => {
    const settings = withChanges({ bannerStyle: 'compact', region: 'AU' });
    const result = parseImport(toExport(settings));
    expect(result).toEqual({ ok: true, settings, notes: [] });
  });
  it.each([
    ['{not json', /not valid JSON/],
    ['[1,2,3]', /settings object/],
    ['"hello"', /settings object/],
    [JSON.stringify({ version: 99 }), /newer than this version/],
    [JSON.stringify({ version: 'two' }), /not one Candor knows/],
    [JSON.stringify({ version: SETTINGS_VERSION, enabled: 'yes' }), /Wrong value for enabled/],
    [JSON.stringify({ version: SETTINGS_VERSION, hacker: true }), /Unknown setting "hacker"/],
    [`{"version":${SETTINGS_VERSION},"x":"${'a'.repeat(300_000)}"}`, /too large/],
  ])('rejects %#: %s', (text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
  it('migrates an old export', () => {
    const result = parseImport(JSON.stringify({ candor: 'settings', version: 1, settings: { dismissedSites: { 'b.example': ['drift'] } } }));
    expect(result.ok && result.settings.sites).toEqual({ 'b.example': { hiddenRules: ['drift'] } });
  });
});
