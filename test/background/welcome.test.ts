import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/browser', () => ({ default: {} }));
import { isAutomated, shouldWelcome } from '../../src/background/welcome';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const HEADLESS = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';

describe('the welcome page', () => {
  it('opens on install for a person at the browser', () => {
    expect(shouldWelcome('install', { userAgent: CHROME })).toBe(true);
    expect(shouldWelcome('install', { userAgent: FIREFOX, webdriver: false })).toBe(true);
  });
  it('does not open on updates or browser updates', () => {
    expect(shouldWelcome('update', { userAgent: CHROME })).toBe(false);
    expect(shouldWelcome('browser_update', { userAgent: CHROME })).toBe(false);
  });
  it('does not open in a browser a script drives (the audit, the tests): WebDriver, or headless Chromium', () => {
    expect(isAutomated({ userAgent: FIREFOX, webdriver: true })).toBe(true);
    expect(isAutomated({ userAgent: HEADLESS })).toBe(true);
    expect(shouldWelcome('install', { userAgent: HEADLESS })).toBe(false);
    expect(isAutomated({ userAgent: CHROME })).toBe(false);
  });
});
