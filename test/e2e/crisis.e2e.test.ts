/**
 * The crisis panel's tiers in a real browser: typed into a fixture AI chat, a distress phrase
 * brings the gentle panel, a danger phrase the urgent one (even right after), an abuse phrase the
 * abuse panel, and an everyday phrase none. The panel's words and order are checked in
 * test/content/notice.test.tsx; here the tier it shows is read from its contract attribute,
 * data-candor-tier, and, in a browser set to French, its words from its closed shadow root. The
 * same holds when the words are typed into a vendor's own chat frame on another origin: only the
 * tier crosses to the page. Nothing typed may end up in storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_CHECK_MS } from '../../src/content/banner/companion';
import { LIVECHAT_FRAME_URL, frameBody, hostPage, livechat } from '../detection/verdicts/widgets';
import { BROWSERS, type E2EPage } from './support/browsers';
import { RULES, extensionStorage, sendToBackground, waitForBanner, waitForShadowText } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';

const site = RULES.find((r) => r.id === 'chatgpt') ?? RULES.find((r) => r.surface === 'site')!;
/** The ChatGPT fixture's visible composer, a contenteditable (its fallback textarea is hidden). */
const COMPOSER = '#prompt-textarea';
const PANEL = 'candor-notice[data-candor-notice="crisis"]';

/** LiveChat on a shop's page: the chat is LiveChat's own frame on its origin (test/detection/verdicts/widgets.ts). */
const VENDOR_PAGE = hostPage('en', livechat());
/** What LiveChat's frame shows here: a greeting and a composer filling the lower half, so a click there lands in it. */
const VENDOR_FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chat</title></head><body>${frameBody({
  header: 'Harbour Outdoor',
  messages: ['Hi! How can I help you today?'],
}).replace('</div></div>', '</div><textarea placeholder="Write a message" style="position:fixed;left:0;bottom:0;width:100%;height:50%"></textarea></div>')}</body></html>`;
const vendorFrame = (url: URL) => (url.href.startsWith(LIVECHAT_FRAME_URL.split('?')[0]!) ? VENDOR_FRAME : undefined);

const EVERYDAY = 'can you help me plan a birthday party for my sister';
const DISTRESS = 'everyone would be better off without me';
const DANGER = 'i have the pills saved up for tonight';
const ABUSE = "my stepdad hits me when he's drunk";

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName, { pages: { page: (path: string) => (path === 'livechat-shop' ? VENDOR_PAGE : undefined), frame: vendorFrame } });
  let chatUrl: string;

  beforeAll(async () => {
    chatUrl = servedUrl(e2e.server, site.fixtures.match[0]!);
    // A region with an abuse line and an emergency number Candor knows.
    await sendToBackground(e2e.browser, { type: 'settings/update', patch: { region: 'GB' } });
  });
  afterAll(async () => {
    await sendToBackground(e2e.browser, { type: 'settings/update', patch: { region: 'auto' } }).catch(() => undefined);
  });

  async function openChat(): Promise<E2EPage> {
    const page = await e2e.browser.newPage();
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
    const stored = JSON.stringify(await extensionStorage(e2e.browser));
    for (const words of ['better off without me', 'pills saved up', 'tonight']) expect(stored).not.toContain(words);
    await page.close();
  });

  it('abuse at home brings the abuse panel', async () => {
    const page = await openChat();
    await say(page, ABUSE);
    await waitForTier(page, 'abuse');
    expect(await tierShown(page)).toBe('abuse');
    expect(JSON.stringify(await extensionStorage(e2e.browser))).not.toContain('stepdad');
    await page.close();
  });

  it("words typed into a vendor's own chat frame on another origin bring the panel beside the chat, with their tier", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.generatedUrl('livechat-shop'));
    await waitForBanner(page, 'livechat');
    // The background injects the chat-frame reader once the frame reports itself; click into the
    // composer and type until that reader has seen the words (the first keys may come too early).
    const box = await page.evaluate(() => {
      const r = document.querySelector('#chat-widget')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.bottom - r.height / 4 };
    });
    const deadline = Date.now() + 15_000;
    for (;;) {
      await page.clickAt(box.x, box.y);
      await page.typeFocused(` ${DANGER}`);
      try {
        await page.waitFor((s: string) => document.querySelector(s)?.getAttribute('data-candor-tier') === 'danger', PANEL, 3000);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    expect(await page.evaluate((s: string) => document.querySelector(s)?.getAttribute('data-candor-rule'), PANEL)).toBe('livechat');
    const stored = JSON.stringify(await extensionStorage(e2e.browser));
    for (const words of ['pills saved up', 'tonight']) expect(stored).not.toContain(words);
    await page.close();
  });
});

describe.each(BROWSERS)('%s in French, Europe/Paris', (browserName) => {
  const e2e = useE2E(browserName, { locale: 'fr-FR', timezone: 'Europe/Paris' });

  it('the urgent panel speaks French and offers 3114 and 112', async () => {
    const url = servedUrl(e2e.server, site.fixtures.match[0]!);
    const page = await e2e.browser.newPage();
    await page.goto(url);
    await waitForBanner(page, site.id);
    await page.evaluate((s: string) => {
      document.querySelector(s)!.innerHTML = '<p><br></p>';
    }, COMPOSER);
    await page.type(COMPOSER, 'je vais en finir ce soir');
    await page.waitFor((s: string) => document.querySelector(s)?.getAttribute('data-candor-tier') === 'danger', PANEL);
    const text = await waitForShadowText(e2e.browser, url, PANEL, (t) => t.includes('3114'));
    expect(text).toContain('S’il vous plaît, parlez à quelqu’un maintenant');
    expect(text).toContain('Si vous êtes en danger maintenant, appelez le 112.');
    expect(text).not.toContain('If you are in danger');
    await page.close();
  });
});
