/**
 * For families: the PIN lock, teen mode, crisis words bringing up human help (and nothing
 * else), and a break reminder after continuous use. (Policy files: policy.e2e.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type E2EPage } from './support/browsers';
import { RULES, addControlWidget, controlFor, extensionStorage, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';
import { FIXTURES_DIR } from '../support/rule-files';

const site = RULES.find((r) => r.id === 'chatgpt') ?? RULES.find((r) => r.surface === 'site')!;
/** The ChatGPT fixture's visible composer (its fallback textarea is hidden). */
const COMPOSER = '#prompt-textarea';
const CRISIS_PHRASE = 'honestly i want to kill myself';
const notice = (kind: string) => `candor-notice[data-candor-notice="${kind}"]`;

interface SettingsReply {
  settings: Record<string, unknown>;
  managed: string[];
  lock: { set: boolean; locked: boolean };
}

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName);
  let chatUrl: string;

  beforeAll(() => {
    chatUrl = servedUrl(e2e.server, site.fixtures.match[0]!);
  });

  async function openChat(): Promise<E2EPage> {
    const page = await e2e.browser.newPage();
    await page.goto(chatUrl);
    await waitForBanner(page, site.id);
    return page;
  }

  it('typing crisis words into an AI chat brings up human help; ordinary words do not; nothing typed is kept', async () => {
    const page = await openChat();
    // Typing, then a pause as a person makes (the words are checked once typing pauses): the
    // page itself notes the last key, and the test waits until a second has passed since.
    await page.evaluate(() => {
      const w = window as unknown as { __lastKeyAt: number };
      w.__lastKeyAt = performance.now();
      document.addEventListener('input', () => (w.__lastKeyAt = performance.now()), true);
    });
    await page.type(COMPOSER, 'can you suggest a good book about sleep');
    await page.waitFor(() => performance.now() - (window as unknown as { __lastKeyAt: number }).__lastKeyAt > 1000);
    expect(await page.evaluate((s: string) => document.querySelectorAll(s).length, notice('crisis'))).toBe(0);
    await page.type(COMPOSER, `. ${CRISIS_PHRASE}`);
    await page.waitFor((s: string) => !!document.querySelector(s), notice('crisis'));
    // One panel, beside the chat, not instead of it: the composer still takes typing.
    await page.type(COMPOSER, ' ok');
    expect(await page.evaluate((s: string) => document.querySelectorAll(s).length, notice('crisis'))).toBe(1);
    const stored = JSON.stringify(await extensionStorage(e2e.browser));
    expect(stored).not.toContain('kill myself');
    await page.close();
  });

  it('the same words on a page without a detected AI chat do nothing', async () => {
    const page = await e2e.browser.newPage();
    const path = '_negative/contact-form.html';
    await page.goto(e2e.server.fixtureUrl(path));
    await page.type('textarea', CRISIS_PHRASE);
    const control = controlFor(readFileSync(join(FIXTURES_DIR, path), 'utf8'));
    await addControlWidget(page, control);
    await waitForBanner(page, control.rule.id);
    expect(await page.evaluate(() => document.querySelectorAll('candor-notice').length)).toBe(0);
    await page.close();
  });

  it('teen mode brings help lines made for young people', async () => {
    await sendToBackground(e2e.browser, { type: 'settings/update', patch: { teenMode: true, region: 'CA' } });
    const chat = await openChat();
    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, chatUrl)}`);
    expect(await popup.textOf('.help-list')).toContain('Kids Help Phone');
    await popup.close();
    await chat.close();
    await sendToBackground(e2e.browser, { type: 'settings/update', patch: { teenMode: false, region: 'auto' } });
  });

  it('a PIN locks every setting until it is entered, and is never stored in plain text', async () => {
    const options = await e2e.browser.openExtensionPage('src/ui/options/index.html');
    await options.type('input[name="new-pin"]', '2468 bright');
    await options.type('input[name="confirm-pin"]', '2468 bright');
    await options.click('form.lock-form button[type="submit"]');
    await options.waitFor(() => !!document.querySelector('[data-testid="locked-banner"]'));
    expect(await options.evaluate(() => (document.querySelector('input[name="enabled"]') as HTMLInputElement).disabled)).toBe(true);
    const refused = await sendToBackground<{ ok: boolean; error?: string }>(e2e.browser, { type: 'settings/update', patch: { enabled: false } });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(await extensionStorage(e2e.browser))).not.toContain('2468');

    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, chatUrl).catch(() => 0)}`);
    await popup.waitFor(() => !!document.querySelector('[data-testid="popup-locked"]'));
    await popup.close();

    await options.type('input[name="unlock-pin"]', 'wrong pin');
    await options.click('form.row button[type="submit"]');
    await options.waitFor(() => /not right/.test(document.querySelector('[data-testid="lock-message"]')?.textContent ?? ''));
    await options.type('input[name="unlock-pin"]', '2468 bright');
    await options.click('form.row button[type="submit"]');
    await options.waitFor(() => !document.querySelector('[data-testid="locked-banner"]'));
    const open = await sendToBackground<SettingsReply>(e2e.browser, { type: 'settings/get' });
    expect(open.lock).toMatchObject({ set: true, locked: false });
    expect(((await sendToBackground(e2e.browser, { type: 'lock/remove' })) as { ok: boolean }).ok).toBe(true);
    await options.close();
  });

  it.runIf(browserName === 'chromium')('reminds about a break after continuous use (1 minute here)', async () => {
    expect(await sendToBackground(e2e.browser, { type: 'settings/update', patch: { reminderMinutes: 1 } })).toEqual({ ok: true });
    const page = await openChat();
    // Someone chatting: a key whenever five seconds pass without the reminder, tab in view.
    const deadline = Date.now() + 110_000;
    let shown = false;
    while (!shown && Date.now() < deadline) {
      await page.type(COMPOSER, 'a');
      shown = await page.waitFor((s: string) => !!document.querySelector(s), notice('break'), 5000).then(
        () => true,
        () => false,
      );
    }
    expect(shown).toBe(true);
    await page.close();
    await sendToBackground(e2e.browser, { type: 'settings/update', patch: { reminderMinutes: 'auto' } });
  }, 150_000);
});
