/**
 * The built extension in real browsers: Debian's Chromium through playwright-core and Firefox
 * ESR through puppeteer-core over WebDriver BiDi, behind one small interface so every
 * end-to-end test runs the same steps in both.
 */
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { launchCandorChromium } from '../../../scripts/lib/chromium';
import { ROOT } from '../../support/rule-files';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = (process.env.CANDOR_E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? [
  'chromium',
  'firefox',
];

export const GECKO_ID = 'candor@candor-extension.org';
/** Fixed so extension pages have a known address in Firefox. */
export const FIREFOX_UUID = '7c1e5a40-6d5b-4c51-9f5e-2a0c3b5d9e11';
export const DIST = { chromium: join(ROOT, 'dist', 'chrome'), firefox: join(ROOT, 'dist', 'firefox') };

export interface BannerInfo {
  rule: string;
  kind: string;
  disclosed: string;
  /** data-candor-context: mental-health | general */
  context: string;
  /** data-candor-claims ("therapist"), or null when absent */
  claims: string | null;
  /** data-candor-note: full | compact | bar */
  note: string;
  /** where the banner lives: 'top' or the frame's URL */
  count?: number;
}

export interface E2EPage {
  readonly raw: PwPage | PpPage;
  /** errors the page's console and uncaught-error handler saw since the page opened */
  readonly errors: string[];
  goto(url: string, waitUntil?: 'load' | 'commit'): Promise<void>;
  /** Runs `fn` in every document this page loads from now on, before the document's own scripts. */
  addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until fn returns truthy in the page (polls; fails after timeoutMs). */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** <candor-banner> elements in the top document: their contract attributes. */
  banners(): Promise<BannerInfo[]>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** a mouse click at page coordinates */
  clickAt(x: number, y: number): Promise<void>;
  /** types into a field as a person would (key by key) */
  type(selector: string, text: string): Promise<void>;
  /** types key by key into whatever has the focus (a field in a cross-origin frame, after clickAt) */
  typeFocused(text: string): Promise<void>;
  upload(selector: string, file: string): Promise<void>;
  textOf(selector: string): Promise<string>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly extensionOrigin: string;
  newPage(): Promise<E2EPage>;
  /** Opens an extension page (e.g. src/ui/popup/index.html?tab=3) */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Runs a function inside an extension page, where the extension APIs exist. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
  /** resolves when the person closes the browser window (demo) */
  waitForClose(): Promise<void>;
}

const readBanners = () =>
  [...document.querySelectorAll('candor-banner')].map((el) => ({
    rule: el.getAttribute('data-candor-rule') ?? '',
    kind: el.getAttribute('data-candor-kind') ?? '',
    disclosed: el.getAttribute('data-candor-disclosed') ?? '',
    context: el.getAttribute('data-candor-context') ?? '',
    claims: el.getAttribute('data-candor-claims'),
    note: el.getAttribute('data-candor-note') ?? '',
  }));

function wrapPlaywright(page: PwPage): E2EPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    raw: page,
    errors,
    async goto(url, waitUntil = 'load') {
      await page.goto(url, { waitUntil, timeout: 20_000 });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async addInitScript(fn, arg) {
      await page.addInitScript(fn as never, arg);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    banners: () => page.evaluate(readBanners),
    async press(key) {
      await page.keyboard.press(key);
    },
    async click(selector) {
      await page.click(selector, { timeout: 10_000 });
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async type(selector, text) {
      await page.locator(selector).first().pressSequentially(text, { delay: 5 });
    },
    async typeFocused(text) {
      await page.keyboard.type(text, { delay: 5 });
    },
    async upload(selector, file) {
      await page.setInputFiles(selector, file);
    },
    textOf: (selector) => page.locator(selector).first().innerText({ timeout: 10_000 }),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/** A one-off failure of Firefox's remote agent, as opposed to a timeout or a real page error. */
function isTransientBidiError(error: unknown): boolean {
  if (error instanceof Error && error.name === 'TimeoutError') return false;
  const text = [error, (error as { cause?: unknown } | null)?.cause].map(String).join(' ');
  return /ProtocolError|Protocol error|DiscardedBrowsingContext|Frame detached|no such frame/i.test(text);
}

function wrapPuppeteer(page: PpPage): E2EPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    raw: page,
    errors,
    async goto(url, waitUntil = 'load') {
      if (waitUntil === 'commit') {
        void page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        await page.waitForFunction((u: string) => location.href.startsWith(u.split('#')[0]!), { timeout: 20_000, polling: 50 }, url).catch(() => undefined);
        return;
      }
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async addInitScript(fn, arg) {
      await page.evaluateOnNewDocument(fn as never, arg);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      // Firefox's BiDi can fail one evaluation with an internal error while a document is being
      // swapped (navigation, reload); waitForFunction stops at the first, so start it again with
      // the time that is left. A real timeout is still a failure.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          await page.waitForFunction(fn as never, { timeout: Math.max(1, deadline - Date.now()), polling: 50 }, arg);
          return;
        } catch (error) {
          if (!isTransientBidiError(error) || Date.now() >= deadline - 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    },
    banners: () => page.evaluate(readBanners),
    async press(key) {
      const parts = key.split('+');
      const main = parts.pop()!;
      for (const mod of parts) await page.keyboard.down(mod as never);
      await page.keyboard.press(main as never);
      for (const mod of parts.reverse()) await page.keyboard.up(mod as never);
    },
    async click(selector) {
      await page.waitForSelector(selector, { timeout: 10_000 });
      await page.click(selector);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async type(selector, text) {
      await page.waitForSelector(selector, { timeout: 10_000 });
      await page.focus(selector);
      await page.keyboard.type(text, { delay: 5 });
    },
    async typeFocused(text) {
      await page.keyboard.type(text, { delay: 5 });
    },
    async upload(selector, file) {
      const input = await page.waitForSelector(selector, { timeout: 10_000 });
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
    },
    async textOf(selector) {
      await page.waitForSelector(selector, { timeout: 10_000 });
      return page.$eval(selector, (el) => (el as HTMLElement).innerText);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  proxy: string;
  /** extra Chromium args or Firefox prefs for special tests */
  headless?: boolean;
  dist?: string;
  locale?: string;
  timezone?: string;
  /** a profile folder to start with and keep (for a second start of the same profile) */
  profile?: string;
  /** more Chromium switches (Chromium only) */
  chromiumArgs?: string[];
  /** Firefox preferences that override the defaults below (Firefox only) */
  firefoxPrefs?: Record<string, unknown>;
}

export async function launchChromium(options: LaunchOptions): Promise<E2EBrowser> {
  let bridge: PwPage | undefined;
  const { context, extensionOrigin, close } = await launchCandorChromium({
    dist: options.dist ?? DIST.chromium,
    headless: options.headless ?? true,
    proxy: options.proxy,
    locale: options.locale,
    timezone: options.timezone,
    profile: options.profile,
    args: options.chromiumArgs,
  });
  return {
    name: 'chromium',
    extensionOrigin,
    newPage: async () => wrapPlaywright(await context.newPage()),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return wrapPlaywright(page);
    },
    async inExtension(fn, arg) {
      // (Opened again if it closed: a reloaded extension closes its pages.)
      if (!bridge || bridge.isClosed()) {
        bridge = await context.newPage();
        await bridge.goto(`${extensionOrigin}/src/ui/audit/index.html?bridge=1`);
      }
      return bridge.evaluate(fn as never, arg) as never;
    },
    close,
    waitForClose: () => new Promise((resolve) => context.on('close', () => resolve())),
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<E2EBrowser> {
  const [proxyHost, proxyPort] = options.proxy.split(':') as [string, string];
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    enableExtensions: true,
    acceptInsecureCerts: true,
    ...(options.profile ? { userDataDir: options.profile } : {}),
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': proxyHost,
      'network.proxy.http_port': Number(proxyPort),
      'network.proxy.ssl': proxyHost,
      'network.proxy.ssl_port': Number(proxyPort),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.stricttransportsecurity.preloadlist': false,
      'intl.accept_languages': options.locale ?? 'en-US',
      'intl.locale.requested': options.locale ?? 'en-US',
      'browser.region.network.url': '',
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.originControls.grantByDefault': true,
      // Firefox's own background services would otherwise call home through our proxy.
      'services.settings.server': 'http://127.0.0.1:9/remote-settings-disabled',
      'signon.management.page.breach-alerts.enabled': false,
      // The options page has PIN fields; the password manager would check them against its breach list.
      'signon.rememberSignons': false,
      'signon.autofillForms': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.newtabpage.activity-stream.feeds.system.topstories': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      ...options.firefoxPrefs,
    },
    env: { ...process.env, TZ: options.timezone ?? 'America/New_York' },
  });
  await browser.installExtension(options.dist ?? DIST.firefox);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  let bridge: PpPage | undefined;
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    // goto() on moz-extension:// pages never resolves under BiDi: don't await it.
    void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
    // Poll by hand rather than with waitForFunction: while the tab swaps from about:blank to the
    // extension page, Firefox's BiDi can fail one evaluation with an internal error ("right-hand
    // side of 'in' should be an object, got null"), and waitForFunction gives up on the first.
    const deadline = Date.now() + 15_000;
    let lastError: unknown;
    while (Date.now() < deadline) {
      try {
        const ready = await page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:');
        if (ready) return page;
      } catch (error) {
        lastError = error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${path} did not finish loading in Firefox within 15 s${lastError ? `: ${String(lastError)}` : ''}`);
  };
  return {
    name: 'firefox',
    extensionOrigin,
    // BiDi sometimes reports a context that just went away when many pages open at once: retry.
    newPage: async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return wrapPuppeteer(await browser.newPage());
        } catch (error) {
          if (attempt >= 2) throw error;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      }
    },
    openExtensionPage: async (path) => wrapPuppeteer(await openExtensionPage(path)),
    async inExtension(fn, arg) {
      if (!bridge || bridge.isClosed()) bridge = await openExtensionPage('src/ui/audit/index.html?bridge=1');
      try {
        return (await bridge.evaluate(fn as never, arg)) as never;
      } catch (error) {
        // A reloaded extension takes its pages with it, and puppeteer may not have noticed yet:
        // open a new bridge once.
        if (!/no such frame|NoSuchFrame|Target closed|detached|DiscardedBrowsingContext/i.test(String(error))) throw error;
        await bridge.close().catch(() => undefined);
        bridge = await openExtensionPage('src/ui/audit/index.html?bridge=1');
        return (await bridge.evaluate(fn as never, arg)) as never;
      }
    },
    close: () => browser.close(),
    waitForClose: () => new Promise((resolve) => browser.on('disconnected', () => resolve())),
  };
}

export function launch(name: BrowserName, options: LaunchOptions): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
