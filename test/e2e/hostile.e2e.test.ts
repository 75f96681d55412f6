/**
 * Hostile and extreme pages: Candor never breaks them, never fights them for CPU, and is not
 * fooled or disabled by them. Also: back/forward cache, and the extension reloading under an
 * open page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from './support/browsers';
import { RULES, addControlWidget, CONTROLS, waitForBanner } from './support/checks';
import { startServer, type TestServer } from './support/server';

const widget = RULES.find((r) => r.surface === 'widget' && r.kind !== 'human' && r.id === CONTROLS[0]?.rule.id) ?? RULES.find((r) => r.surface === 'widget' && r.kind !== 'human')!;
const otherControl = CONTROLS.find((c) => c.rule.id !== widget.id) ?? CONTROLS[0]!;

interface HostileLog {
  removed: number;
  readded: number;
  errors: number;
  alive?: number;
  ticks?: number;
  broken?: boolean;
  attachFailed?: boolean;
  elements?: number;
}

/** Polls with plain evaluate calls, for pages that broke the driver's own waiting helpers. */
async function poll<A>(page: E2EPage, fn: (arg: A) => boolean, arg?: A, timeoutMs = 10_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.evaluate(fn, arg as A).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const log = (page: E2EPage) => page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile);
const sleep = (page: E2EPage, ms: number) => page.evaluate((t: number) => new Promise((resolve) => setTimeout(resolve, t)), ms);

describe.each(BROWSERS)('%s', (browserName) => {
  let server: TestServer;
  let browser: E2EBrowser;
  const url = (mode: string, fixtures = widget.fixtures.match[0]!) => `${server.pageUrl('hostile.html')}?mode=${mode}&fixtures=${fixtures}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch(browserName, { proxy: server.proxy });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a page that removes the banner gets it back a few times, with pauses, then is left alone', async () => {
    const page = await browser.newPage();
    await page.goto(url('remove'));
    await page.waitFor(() => (window as unknown as { __hostile: HostileLog }).__hostile.removed >= 2, undefined, 15_000);
    await sleep(page, 8000);
    const after = await log(page);
    // First appearance plus at most three restorations (200 ms, 1 s, 5 s), then no more.
    expect(after.removed).toBeGreaterThanOrEqual(2);
    expect(after.removed).toBeLessThanOrEqual(4);
    await sleep(page, 2000);
    expect((await log(page)).removed).toBe(after.removed);
    await page.close();
  });

  it('page CSS and attribute changes cannot hide or restyle the banner', async () => {
    const page = await browser.newPage();
    await page.goto(url('restyle,unset,zindex'));
    await waitForBanner(page, widget.id);
    await sleep(page, 600);
    const look = await page.evaluate((rule: string) => {
      const el = document.querySelector(`candor-banner[data-candor-rule="${rule}"]`)!;
      const style = getComputedStyle(el);
      return { display: style.display, visibility: style.visibility, opacity: style.opacity, position: style.position, open: el.matches(':popover-open') };
    }, widget.id);
    expect(look).toEqual({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', open: true });
    await page.close();
  });

  it('a page that defines its own candor-banner element cannot take ours over', async () => {
    const page = await browser.newPage();
    await page.goto(url('define'));
    await waitForBanner(page, widget.id);
    const state = await page.evaluate((rule: string) => {
      const el = document.querySelector(`candor-banner[data-candor-rule="${rule}"]`)!;
      return { openRoot: el.shadowRoot !== null, text: el.textContent };
    }, widget.id);
    // Our closed shadow root is already there: the page sees no root and no text of ours.
    expect(state).toEqual({ openRoot: false, text: '' });
    await page.close();
  });

  it('broken DOM prototypes in the page do not break Candor', async () => {
    const page = await browser.newPage();
    await page.goto(url('proto'));
    expect(await poll(page, (rule: string) => document.querySelectorAll(`candor-banner[data-candor-rule="${rule}"]`).length === 1, widget.id)).toBe(true);
    await poll(page, () => (window as unknown as { __hostile: HostileLog }).__hostile.broken === true);
    // A second widget after the page broke its DOM is still found and shown. (The page broke
    // MutationObserver and Array.prototype.map for everyone in its world, the test driver's
    // waiting helpers included, so this polls with a plain loop.)
    await page.evaluate((id: string) => {
      const el = document.createElement('div');
      el.id = id;
      (document.body as unknown as { insertBefore(a: Node, b: Node | null): void }).insertBefore(el, null);
    }, otherControl.id);
    expect(await poll(page, (rule: string) => document.querySelectorAll(`candor-banner[data-candor-rule="${rule}"]`).length === 1, otherControl.rule.id)).toBe(true);
    await page.close();
  });

  it('forged vendor globals and forged messages raise no banner on their own', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.pageUrl('hostile.html')}?mode=forge`);
    await sleep(page, 500);
    const control = CONTROLS.find((c) => !['intercom', 'zendesk', 'tawk-to', 'crisp', 'tidio', 'drift', 'hubspot-chat', 'voiceflow', 'botpress'].includes(c.rule.id)) ?? otherControl;
    await addControlWidget(page, control);
    const banners = await waitForBanner(page, control.rule.id);
    expect(banners.map((b) => b.rule)).toEqual([control.rule.id]);
    await page.close();
  });

  it('1,000 frames, 200,000 elements and an endless stream of attribute changes: the page stays responsive and widgets are still found', { timeout: 180_000 }, async () => {
    for (const mode of ['iframes', 'huge', 'attrstorm']) {
      const page = await browser.newPage();
      await page.goto(url(mode, ''), 'load');
      if (mode === 'iframes') await page.waitFor(() => (window as unknown as { __hostile: { frames?: number } }).__hostile.frames === 1000, undefined, 90_000);
      const aliveBefore = (await log(page)).alive ?? 0;
      await addControlWidget(page, otherControl);
      await waitForBanner(page, otherControl.rule.id, 30_000);
      await sleep(page, 500);
      const after = await log(page);
      expect(after.errors, mode).toBe(0);
      expect(after.alive ?? 0, mode).toBeGreaterThan(aliveBefore);
      if (mode === 'huge') expect(after.elements).toBeGreaterThan(200_000);
      await page.close();
    }
  });

  it('a page that never finishes loading, and a widget moved into a detached document, cause no errors', async () => {
    const endless = await browser.newPage();
    await endless.goto(`${server.origin}/never-finishes`, 'commit');
    await sleep(endless, 1000);
    expect(await endless.evaluate(() => document.querySelectorAll('candor-banner').length)).toBe(0);
    await endless.close();

    const page = await browser.newPage();
    await page.goto(`${server.pageUrl('hostile.html')}?mode=none`);
    await addControlWidget(page, otherControl);
    await waitForBanner(page, otherControl.rule.id);
    // The page moves the widget into a document that is not shown.
    await page.evaluate((id: string) => {
      const other = document.implementation.createHTMLDocument('');
      other.body.append(other.adoptNode(document.getElementById(id)!));
    }, otherControl.id);
    // The widget is gone from the page: so is its banner.
    await page.waitFor((r: string) => !document.querySelector(`candor-banner[data-candor-rule="${r}"]`), otherControl.rule.id);
    expect((await log(page)).errors).toBe(0);
    await page.close();
  });

  it('back/forward: the banner is there when the page comes back', async () => {
    const page = await browser.newPage();
    await page.goto(server.fixtureUrl(widget.fixtures.match[0]!));
    await waitForBanner(page, widget.id);
    await page.goto(server.fixtureUrl('_negative/contact-form.html'));
    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname.includes('/fixtures/') && !location.pathname.includes('_negative'), undefined, 15_000);
    await waitForBanner(page, widget.id);
    await page.close();
  });
});

describe.each(BROWSERS)('%s: the extension reloading under an open page', (browserName) => {
  it('leaves no errors on the page, and the page keeps working', async () => {
    const server = await startServer();
    const browser = await launch(browserName, { proxy: server.proxy });
    try {
      const page = await browser.newPage();
      await page.goto(server.fixtureUrl(widget.fixtures.match[0]!));
      await waitForBanner(page, widget.id);
      // An update or reload replaces the extension under the page.
      await browser
        .inExtension(() => {
          const api = (globalThis as unknown as { browser?: { runtime: { reload(): void } }; chrome: { runtime: { reload(): void } } });
          setTimeout(() => (api.browser ?? api.chrome).runtime.reload(), 50);
          return true;
        })
        .catch(() => true);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      // The old content script now sees the page change: it must stop quietly.
      await addControlWidget(page, otherControl);
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'still here' })));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(page.errors.filter((e) => /candor|extension|Extension context/i.test(e))).toEqual([]);
      expect(await page.evaluate(() => document.body.lastElementChild?.textContent)).toBe('still here');
    } finally {
      await browser.close().catch(() => undefined);
      await server.close();
    }
  });
});
