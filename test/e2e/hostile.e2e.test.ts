/**
 * Hostile and extreme pages: Candor never breaks them, never fights them for CPU, and is not
 * fooled or disabled by them. Also: back/forward cache, and the extension reloading under an
 * open page.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage } from './support/browsers';
import { RULES, addControlWidget, CONTROLS, eventually, nextTask, waitForBanner } from './support/checks';
import { useE2E, withE2E } from './support/session';

const widget = RULES.find((r) => r.surface === 'widget' && r.kind !== 'human' && r.id === CONTROLS[0]?.rule.id) ?? RULES.find((r) => r.surface === 'widget' && r.kind !== 'human')!;
const otherControl = CONTROLS.find((c) => c.rule.id !== widget.id) ?? CONTROLS[0]!;

interface HostileLog {
  removed: number;
  restyled?: number;
  forged?: number;
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

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName);
  const url = (mode: string, fixtures = widget.fixtures.match[0]!) => `${e2e.server.pageUrl('hostile.html')}?mode=${mode}&fixtures=${fixtures}`;

  it('a page that removes the banner gets it back a few times, with pauses, then is left alone', async () => {
    const page = await e2e.browser.newPage();
    // The page removes this widget's banner whenever it appears, and leaves other banners be.
    await page.goto(`${url('remove')}&target=${widget.id}`);
    // First appearance plus three restorations, each removed again.
    await page.waitFor(() => (window as unknown as { __hostile: HostileLog }).__hostile.removed >= 4, undefined, 20_000);
    // Then Candor stops: a later render for this frame (another chat appears) brings the other
    // chat's banner, and this one is not put back again.
    await addControlWidget(page, otherControl);
    await waitForBanner(page, otherControl.rule.id);
    await nextTask(page);
    expect((await log(page)).removed).toBe(4);
    expect(await page.evaluate((r: string) => !!document.querySelector(`candor-banner[data-candor-rule="${r}"]`), widget.id)).toBe(false);
    await page.close();
  });

  it('page CSS and attribute changes cannot hide or restyle the banner', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(url('restyle,unset,zindex'));
    await waitForBanner(page, widget.id);
    // The page has restyled it many times over (every 100 ms), outlasting Candor's restorations.
    await page.waitFor(() => ((window as unknown as { __hostile: HostileLog }).__hostile.restyled ?? 0) >= 10);
    const look = await page.evaluate((rule: string) => {
      const el = document.querySelector(`candor-banner[data-candor-rule="${rule}"]`)!;
      const style = getComputedStyle(el);
      return { display: style.display, visibility: style.visibility, opacity: style.opacity, position: style.position, open: el.matches(':popover-open') };
    }, widget.id);
    expect(look).toEqual({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', open: true });
    await page.close();
  });

  it('a page that defines its own candor-banner element cannot take ours over', async () => {
    const page = await e2e.browser.newPage();
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
    const page = await e2e.browser.newPage();
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
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.pageUrl('hostile.html')}?mode=forge`);
    // The page has forged its messages and events many times before the control comes.
    await page.waitFor(() => ((window as unknown as { __hostile: HostileLog }).__hostile.forged ?? 0) >= 10);
    const control = CONTROLS.find((c) => !['intercom', 'zendesk', 'tawk-to', 'crisp', 'tidio', 'drift', 'hubspot-chat', 'voiceflow', 'botpress'].includes(c.rule.id)) ?? otherControl;
    await addControlWidget(page, control);
    const banners = await waitForBanner(page, control.rule.id);
    expect(banners.map((b) => b.rule)).toEqual([control.rule.id]);
    await page.close();
  });

  it('1,000 frames, 200,000 elements and an endless stream of attribute changes: the page stays responsive and widgets are still found', { timeout: 180_000 }, async () => {
    for (const mode of ['iframes', 'huge', 'attrstorm']) {
      const page = await e2e.browser.newPage();
      await page.goto(url(mode, ''), 'load');
      if (mode === 'iframes') await page.waitFor(() => (window as unknown as { __hostile: { frames?: number } }).__hostile.frames === 1000, undefined, 90_000);
      const aliveBefore = (await log(page)).alive ?? 0;
      await addControlWidget(page, otherControl);
      await waitForBanner(page, otherControl.rule.id, 30_000);
      // The page's own timer still runs: it stays responsive.
      await page.waitFor((before: number) => ((window as unknown as { __hostile: HostileLog }).__hostile.alive ?? 0) > before + 2, aliveBefore, 30_000);
      const after = await log(page);
      expect(after.errors, mode).toBe(0);
      if (mode === 'huge') expect(after.elements).toBeGreaterThan(200_000);
      await page.close();
    }
  });

  it('a page that never finishes loading, and a widget moved into a detached document, cause no errors', async () => {
    const endless = await e2e.browser.newPage();
    await endless.goto(`${e2e.server.origin}/never-finishes`, 'commit');
    // What the page sent is on screen; it never finishes, so there is no later moment to wait for.
    await endless.waitFor(() => !!document.querySelector('h1'));
    await nextTask(endless);
    expect(await endless.evaluate(() => document.querySelectorAll('candor-banner').length)).toBe(0);
    await endless.close();

    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.pageUrl('hostile.html')}?mode=none`);
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
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.fixtureUrl(widget.fixtures.match[0]!));
    await waitForBanner(page, widget.id);
    await page.goto(e2e.server.fixtureUrl('_negative/contact-form.html'));
    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname.includes('/fixtures/') && !location.pathname.includes('_negative'), undefined, 15_000);
    await waitForBanner(page, widget.id);
    await page.close();
  });
});

describe.each(BROWSERS)('%s: the extension reloading under an open page', (browserName) => {
  it('leaves no errors on the page, and the page keeps working', async () => {
    await withE2E(browserName, {}, async ({ server, browser }) => {
      const page = await browser.newPage();
      await page.goto(server.fixtureUrl(widget.fixtures.match[0]!));
      await waitForBanner(page, widget.id);
      // An update or reload replaces the extension under the page. Each extension page knows
      // when it was opened: a new time means the old extension went away and a new one is up.
      const startedBefore = await browser.inExtension(() => performance.timeOrigin);
      // (Not awaited: the page that asks goes away with the extension, and its answer with it.)
      void browser
        .inExtension(() => {
          const api = (globalThis as unknown as { browser?: { runtime: { reload(): void } }; chrome: { runtime: { reload(): void } } });
          (api.browser ?? api.chrome).runtime.reload();
        })
        .catch(() => undefined);
      await eventually(async () => (await browser.inExtension(() => performance.timeOrigin)) !== startedBefore, 'the reloaded extension', 20_000);
      // The old content script now sees the page change: it must stop quietly.
      await addControlWidget(page, otherControl);
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'still here' })));
      await nextTask(page);
      expect(page.errors.filter((e) => /candor|extension|Extension context/i.test(e))).toEqual([]);
      expect(await page.evaluate(() => document.body.lastElementChild?.textContent)).toBe('still here');
    });
  });
});
