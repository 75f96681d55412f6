/**
 * The welcome page, opened once when Candor is installed: not on updates, and not in a browser
 * driven by a script (the command-line audit, the tests, screenshots), where nobody is there to
 * read it and a new tab would get in the way of the pages being checked.
 */
import browser from '../platform/browser';

export const WELCOME_PAGE = 'src/ui/welcome/index.html';

/**
 * Whether a script drives this browser: WebDriver says so (navigator.webdriver, which Firefox
 * sets in the background page under automation), or Chromium runs headless (its service worker
 * has no navigator.webdriver, but a headless Chromium names itself in the user agent). Either
 * way there is no person at the screen.
 */
export function isAutomated(nav: { webdriver?: boolean; userAgent?: string }): boolean {
  return nav.webdriver === true || /\bHeadlessChrome\//.test(nav.userAgent ?? '');
}

export function shouldWelcome(reason: string, nav: { webdriver?: boolean; userAgent?: string }): boolean {
  return reason === 'install' && !isAutomated(nav);
}

/** Opens the welcome page in a new tab, in front. */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE), active: true });
}
