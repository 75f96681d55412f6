import { describe, expect, it } from 'vitest';
import { MIGRATIONS, UnknownVersionError, migrate, type Migration } from '../../../src/settings/migrations';
import { normalizeStored } from '../../../src/settings/normalize';
import { SETTINGS_VERSION, isValidSetting, SETTING_KEYS } from '../../../src/settings/schema';

describe('the migration chain', () => {
  it('has one migration from every version below the current one', () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      const step = MIGRATIONS.get(version);
      expect(step, `migration from ${version}`).toBeDefined();
      expect(step!.from).toBe(version);
      expect(step!.to).toBeGreaterThan(version);
    }
  });

  it('brings a full object of the first version to a valid current one', () => {
    const v1 = {
      enabled: false,
      bannerKinds: { ai: true, hybrid: false, human: true },
      bannerStyle: 'compact',
      region: 'NZ',
      language: 'es',
      showBadge: false,
      pausedSites: { 'a.example': null, 'b.example': 1_900_000_000_000 },
      dismissedSites: { 'a.example': ['intercom'], 'c.example': ['drift', 'tidio'] },
      disabledRules: ['crisp'],
    };
    const { settings, applied } = migrate(v1, SETTINGS_VERSION);
    expect(applied.map((m) => m.from)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
    expect(settings.version).toBe(SETTINGS_VERSION);
    for (const key of SETTING_KEYS) {
      if (key in settings) expect(isValidSetting(key, settings[key]), key).toBe(true);
    }
    const result = normalizeStored(v1);
    expect(result.reset).toEqual([]);
    expect(result.settings.enabled).toBe(false);
    expect(result.settings.disabledRules).toEqual(['crisp']);
  });

  it('looks migrations up by version, not by position', () => {
    const custom = new Map<number, Migration>([
      [3, { from: 3, to: 4, describe: 'c', up: (s) => ({ ...s, c: true }) }],
      [1, { from: 1, to: 3, describe: 'a', up: (s) => ({ ...s, a: true }) }],
    ]);
    const { settings } = migrate({ version: 1 }, 4, custom);
    expect(settings).toEqual({ version: 4, a: true, c: true });
  });

  it('refuses versions it does not know', () => {
    expect(() => migrate({ version: 0 }, SETTINGS_VERSION)).toThrow(UnknownVersionError);
    expect(() => migrate({ version: 1.5 }, SETTINGS_VERSION)).toThrow(UnknownVersionError);
    expect(() => migrate({ version: SETTINGS_VERSION + 1 }, SETTINGS_VERSION)).toThrow(/newer/);
    expect(() => migrate({ version: 2 }, 4, new Map())).toThrow(UnknownVersionError);
  });
});
