import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../src/settings/policy';
import { DEFAULT_SETTINGS, reminderMinutes, type Settings } from '../../src/settings/schema';

const user: Settings = { ...structuredClone(DEFAULT_SETTINGS), bannerStyle: 'compact', teenMode: false };

describe('applyPolicy', () => {
  it('lets policy values win and lists them as managed', () => {
    const { settings, managed, problems } = applyPolicy(user, { teenMode: true, enabled: true, reminderMinutes: 30 });
    expect(settings.teenMode).toBe(true);
    expect(settings.reminderMinutes).toBe(30);
    expect(settings.bannerStyle).toBe('compact'); // the person's own choice stays where policy is silent
    expect(managed.sort()).toEqual(['enabled', 'reminderMinutes', 'teenMode']);
    expect(problems).toEqual([]);
  });
  it('reads reminderMinutes 0 as automatic and merges partial kind lists', () => {
    const { settings } = applyPolicy({ ...user, bannerKinds: { ai: true, hybrid: false, human: false } }, { reminderMinutes: 0, bannerKinds: { human: true } });
    expect(settings.reminderMinutes).toBe('auto');
    expect(settings.bannerKinds).toEqual({ ai: true, hybrid: false, human: true });
  });
  it('ignores bad, unknown and non-policy values, saying why', () => {
    const { settings, managed, problems } = applyPolicy(user, { bannerStyle: 'huge', mystery: 1, sites: {} });
    expect(settings).toEqual(user);
    expect(managed).toEqual([]);
    expect(problems).toHaveLength(3);
  });
  it('treats no policy as no policy', () => {
    for (const none of [undefined, null, [], 'x']) expect(applyPolicy(user, none).managed).toEqual([]);
  });
});

describe('reminderMinutes', () => {
  it('is every 3 hours by default, every hour in teen mode, off when switched off', () => {
    expect(reminderMinutes({ breakReminders: true, reminderMinutes: 'auto', teenMode: false })).toBe(180);
    expect(reminderMinutes({ breakReminders: true, reminderMinutes: 'auto', teenMode: true })).toBe(60);
    expect(reminderMinutes({ breakReminders: true, reminderMinutes: 45, teenMode: true })).toBe(45);
    expect(reminderMinutes({ breakReminders: false, reminderMinutes: 45, teenMode: true })).toBeNull();
  });
});
