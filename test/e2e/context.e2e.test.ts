/**
 * The note fits the page, end to end in both browsers: the same chat widget on a counselling
 * practice's page gets the full note and `mental-health`, on a shop's page the one-line note and
 * `general`; a companion character that presents itself as a psychologist gets
 * `data-candor-claims="therapist"` (and the popup says why); a clinic page that describes its
 * licensed therapists beside an intake chat does not.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage } from './support/browsers';
import { RULES, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';

const WIDGET = 'dialogflow-messenger';
const character = RULES.find((r) => r.id === 'character-ai')!;

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName);

  /** The banner of `rule` once its context (and its rendered note) are on it. */
  async function bannerOf(page: E2EPage, rule: string) {
    await waitForBanner(page, rule);
    await page.waitFor(
      (r: string) => {
        const el = document.querySelector(`candor-banner[data-candor-rule="${r}"]`);
        return !!el?.getAttribute('data-candor-context') && !!el.getAttribute('data-candor-note');
      },
      rule,
    );
    const banners = (await page.banners()).filter((b) => b.rule === rule);
    expect(banners).toHaveLength(1);
    return banners[0]!;
  }

  it('the same widget: the full note on a counselling practice, one line on a shop', async () => {
    const therapy = await e2e.browser.newPage();
    await therapy.goto(e2e.server.pageUrl('context/therapy-practice.html'));
    expect(await bannerOf(therapy, WIDGET)).toMatchObject({ context: 'mental-health', note: 'full', claims: null, kind: 'ai' });
    await therapy.close();

    const shop = await e2e.browser.newPage();
    await shop.goto(e2e.server.pageUrl('context/shop.html'));
    expect(await bannerOf(shop, WIDGET)).toMatchObject({ context: 'general', note: 'compact', claims: null, kind: 'ai' });
    await shop.close();
  });

  it('a clinic page about its licensed therapists, beside an intake chat, is no claim', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.pageUrl('context/clinic-licensed-therapists.html'));
    expect(await bannerOf(page, WIDGET)).toMatchObject({ context: 'mental-health', claims: null, note: 'full' });
    await page.close();
  });

  it('a widget titled as a therapist claims to be one, whatever the page', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.server.pageUrl('context/wellness-ai-therapist.html'));
    expect(await bannerOf(page, WIDGET)).toMatchObject({ claims: 'therapist', context: 'mental-health', note: 'full' });
    await page.close();
  });

  it('a companion character presenting itself as a psychologist; the popup explains it', async () => {
    const url = servedUrl(e2e.server, character.fixtures.match[0]!);
    const page = await e2e.browser.newPage();
    await page.goto(url);
    expect(await bannerOf(page, character.id)).toMatchObject({ claims: 'therapist', context: 'mental-health', note: 'bar' });
    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, url)}`);
    await popup.waitFor(() => !!document.querySelector('[data-testid="claim"]'));
    expect(await popup.textOf('[data-testid="claim"]')).toContain('Psychologist');
    expect(await popup.textOf('[data-testid="context"]')).toMatch(/companion or mental-health app/i);
    await popup.close();
    await page.close();
  });

  it('a chosen style wins over the page: "full" on the shop, "compact" on the practice', async () => {
    const set = (bannerStyle: string) => sendToBackground(e2e.browser, { type: 'settings/update', patch: { bannerStyle } });
    try {
      expect(await set('full')).toEqual({ ok: true });
      const shop = await e2e.browser.newPage();
      await shop.goto(e2e.server.pageUrl('context/shop.html'));
      expect(await bannerOf(shop, WIDGET)).toMatchObject({ context: 'general', note: 'full' });
      await shop.close();
      expect(await set('compact')).toEqual({ ok: true });
      const therapy = await e2e.browser.newPage();
      await therapy.goto(e2e.server.pageUrl('context/therapy-practice.html'));
      expect(await bannerOf(therapy, WIDGET)).toMatchObject({ context: 'mental-health', note: 'compact' });
      await therapy.close();
    } finally {
      await set('auto');
    }
  });
});
