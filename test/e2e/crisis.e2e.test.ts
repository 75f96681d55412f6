/**
 * The crisis panel's tiers in a real browser: typed into a fixture AI chat, a distress phrase
 * brings the gentle panel, a danger phrase the urgent one (even right after), an abuse phrase the
 * abuse panel, and an everyday phrase none. The panel's words and order are checked in
 * test/content/notice.test.tsx (its shadow root is closed); here the tier it shows is read from
 * its contract attribute, data-candor-tier. Nothing typed may end up in storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_CHECK_MS } from '../../src/content/banner/companion';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { RULES, extensionStorage, sendToBackground, waitForBanner } from './support/checks';
import { servedUrl, startServer, type TestServer } from './support/server';

const site = RULES.find((r) => r.id === 'chatgpt') ?? RULES.find((r) => r.surface === 'site')!;
/** The ChatGPT fixture's visible composer, a contenteditable (its fallback textarea is hidden). */
const COMPOSER = '#prompt-textarea';
const PANEL = 'candor-notice[data-candor-notice="crisis"]';

const EVERYDAY = 'can you help me plan a birthday party for my sister';
const DISTRESS = 'everyone would be better off without me';
const DANGER = 'i have the pills saved up for tonight';
const ABUSE = "my stepdad hits me when he's drunk";

describe.each(BROWSERS)('%s', (browserName) => {
  let server: TestServer;
  let browser: E2EBrowser;
  let chatUrl: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(browserName, { proxy: server.proxy });
    chatUrl = servedUrl(server, site.fixtures.match[0]!);
    // A region with an abuse line and an emergency number Candor knows.
    await sendToBackground(browser, { type: 'settings/update', patch: { region: 'GB' } });
  });
  afterAll(async () => {
    await sendToBackground(browser, { type: 'settings/update', patch: { region: 'auto' } }).catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function openChat(): Promise<E2EPage> {
    const page = await browser.newPage();
    await page.goto(chatUrl);
    await waitForBanner(page, site.id);
    return page;
  }

  /** Empties the composer and types `text` into it key by key. */
  async function say(page: E2EPage, text: string): Promise<void> {
    await page.evaluate((s: string) => {
      document.querySelector(s)!.innerHTML = '<p><br></p>';
    }, COMPOSER);
    await page.type(COMPOSER, text);
  }

  const tierShown = (page: E2EPage) => page.evaluate((s: string) => document.querySelector(s)?.getAttribute('data-candor-tier') ?? null, PANEL);
  const waitForTier = (page: E2EPage, tier: string) =>
    page.waitFor(({ s, tier }: { s: string; tier: string }) => document.querySelector(s)?.getAttribute('data-candor-tier') === tier, { s: PANEL, tier });

  it('an everyday message brings no panel', async () => {
    const page = await openChat();
    await say(page, EVERYDAY);
    // Not a guess at how long the check takes: the check is a timer set at the last keystroke
    // for CRISIS_CHECK_MS, and a page timer set after it with a later deadline runs after it on
    // the same event loop (the panel renders in a microtask of the check).
    await page.evaluate((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)), CRISIS_CHECK_MS + 100);
    expect(await page.evaluate((s: string) => document.querySelectorAll(s).length, PANEL)).toBe(0);
    await page.close();
  });

  it('distress brings the gentle panel; a danger phrase right after turns it into the urgent one', async () => {
    const page = await openChat();
    await say(page, DISTRESS);
    await waitForTier(page, 'distress');
    // Within the quiet spell only something more urgent brings the panel again.
    await say(page, DANGER);
    await waitForTier(page, 'danger');
    expect(await page.evaluate((s: string) => document.querySelectorAll(s).length, PANEL)).toBe(1);
    const stored = JSON.stringify(await extensionStorage(browser));
    for (const words of ['better off without me', 'pills saved up', 'tonight']) expect(stored).not.toContain(words);
    await page.close();
  });

  it('abuse at home brings the abuse panel', async () => {
    const page = await openChat();
    await say(page, ABUSE);
    await waitForTier(page, 'abuse');
    expect(await tierShown(page)).toBe('abuse');
    expect(JSON.stringify(await extensionStorage(browser))).not.toContain('stepdad');
    await page.close();
  });
});
