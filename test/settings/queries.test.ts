import { describe, expect, it } from 'vitest';
import {
  isDismissedForSite,
  isPaused,
  nextPauseExpiry,
  siteKeyOf,
  withSiteChoice,
  withoutExpiredPauses,
} from '../../src/settings/queries';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';

const base = (sites: Settings['sites']): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), sites });

describe('siteKeyOf', () => {
  it('uses the lowercase host without www., for web pages only', () => {
    expect(siteKeyOf('https://WWW.Example.com/path?q')).toBe('example.com');
    expect(siteKeyOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteKeyOf('chrome://settings')).toBeNull();
    expect(siteKeyOf('not a url')).toBeNull();
  });
});

describe('pauses', () => {
  const settings = base({ 'a.example': { pausedUntil: 1000 }, 'b.example': { pausedUntil: null }, 'c.example': { hiddenRules: ['x'] } });
  it('counts a timed pause until it expires, and "always" forever', () => {
    expect(isPaused(settings, 'a.example', 999)).toBe(true);
    expect(isPaused(settings, 'a.example', 1000)).toBe(false);
    expect(isPaused(settings, 'b.example', Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isPaused(settings, 'c.example', 0)).toBe(false);
    expect(isPaused(settings, null, 0)).toBe(false);
  });
  it('finds the next expiry and tidies expired pauses, keeping hidden banners', () => {
    expect(nextPauseExpiry(settings, 0)).toBe(1000);
    expect(nextPauseExpiry(settings, 1000)).toBeNull();
    const mixed = base({ 'a.example': { pausedUntil: 5, hiddenRules: ['drift'] }, 'd.example': { pausedUntil: 6 } });
    expect(withoutExpiredPauses(mixed, 10).sites).toEqual({ 'a.example': { hiddenRules: ['drift'] } });
    expect(withoutExpiredPauses(settings, 0)).toBe(settings);
  });
});

describe('withSiteChoice', () => {
  it('adds, changes and drops empty site records', () => {
    let s = withSiteChoice(base({}), 'e.example', (c) => ({ ...c, hiddenRules: ['tidio'] }));
    expect(isDismissedForSite(s, 'e.example', 'tidio')).toBe(true);
    expect(isDismissedForSite(s, 'e.example', 'drift')).toBe(false);
    s = withSiteChoice(s, 'e.example', ({ hiddenRules: _h, ...rest }) => rest);
    expect(s.sites).toEqual({});
  });
});
