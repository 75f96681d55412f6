/**
 * Popup, options and settings in the real browsers: changes reach open tabs without a reload,
 * pauses remove banners and expire, a bad import changes nothing, an old stored settings object
 * is migrated, and the popup explains what it found.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { BROWSERS, type E2EPage } from './support/browsers';
import { RULES, eventually, extensionStorage, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';

const site = RULES.find((r) => r.id === 'chatgpt') ?? RULES.find((r) => r.surface === 'site')!;
const sitePath = site.fixtures.match[0]!;
const siteHost = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const noBanner = (rule: string) => !document.querySelector(`candor-banner[data-candor-rule="${rule}"]`);

interface SettingsReply {
  settings: Record<string, unknown> & { sites: Record<string, unknown>; bannerStyle: string; region: string };
}

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName);
  let chat: E2EPage;
  let chatUrl: string;
  const files = mkdtempSync(join(tmpdir(), 'candor-import-'));

  beforeAll(async () => {
    chatUrl = servedUrl(e2e.server, sitePath);
    chat = await e2e.browser.newPage();
    await chat.goto(chatUrl);
    await waitForBanner(chat, site.id);
  });

  it('a change in the options page reaches an open tab at once, without a reload', async () => {
    const options = await e2e.browser.openExtensionPage('src/ui/options/index.html');
    await options.click('input[name="bannerStyle"][value="badge"]');
    await chat.waitFor(noBanner, site.id);
    await options.click('input[name="bannerStyle"][value="full"]');
    await waitForBanner(chat, site.id);
    await options.click(`input[name="kind-${site.kind}"]`);
    await chat.waitFor(noBanner, site.id);
    await options.click(`input[name="kind-${site.kind}"]`);
    await waitForBanner(chat, site.id);
    await options.close();
  });

  it('the popup explains what it found, and says so when nothing is found', async () => {
    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, chatUrl)}`);
    const found = await popup.textOf(`li.detection[data-rule="${site.id}"]`);
    expect(found).toContain(site.name);
    await popup.click(`li.detection[data-rule="${site.id}"] button.link`);
    expect(await popup.textOf(`li.detection[data-rule="${site.id}"]`)).toContain(siteHost(chatUrl));
    await popup.close();

    const plain = await e2e.browser.newPage();
    const plainUrl = e2e.server.fixtureUrl('_negative/contact-form.html');
    await plain.goto(plainUrl);
    const empty = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, plainUrl)}`);
    expect(await empty.textOf('[data-testid="nothing-found"]')).toMatch(/No chat found/);
    // Human help is one click away even with nothing found.
    expect(await empty.textOf('.help-list')).toMatch(/988|Samaritans|Lifeline/);
    await empty.close();
    await plain.close();
  });

  it('the report preview holds the site, not the full address, unless asked', async () => {
    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, chatUrl)}`);
    await popup.click('[data-testid="report-open"]');
    const preview = await popup.textOf('[data-testid="report-preview"]');
    const report = JSON.parse(preview) as { page: string; detections: Array<{ rule: string }> };
    expect(report.page).toBe(new URL(chatUrl).origin);
    expect(report.detections.map((d) => d.rule)).toContain(site.id);
    await popup.close();
  });

  it('pausing the site from the popup removes its banner, and a pause ends on its own', async () => {
    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, chatUrl)}`);
    await popup.click('section[aria-labelledby="pause-heading"] button');
    await chat.waitFor(noBanner, site.id);
    expect(await popup.textOf('[data-testid="paused"]')).toMatch(/Paused on this site until/);
    // Resume, then a pause that ends in three seconds: the banner comes back by itself.
    await sendToBackground(e2e.browser, { type: 'site/pause', site: siteHost(chatUrl), duration: 'resume' });
    await waitForBanner(chat, site.id);
    const { settings } = await sendToBackground<SettingsReply>(e2e.browser, { type: 'settings/get' });
    await extensionStorage(e2e.browser, {
      settings: { version: 2, sites: { ...settings.sites, [siteHost(chatUrl)]: { pausedUntil: Date.now() + 3000 } } },
    });
    await chat.waitFor(noBanner, site.id);
    await waitForBanner(chat, site.id, 15_000);
    await popup.close();
  });

  it('a bad import names the problem and leaves every setting as it was', async () => {
    const options = await e2e.browser.openExtensionPage('src/ui/options/index.html');
    await options.click('input[name="bannerStyle"][value="compact"]');
    const before = await sendToBackground<SettingsReply>(e2e.browser, { type: 'settings/get' });
    const cases: Array<[string, string, RegExp]> = [
      ['not-json.json', '{ "version": 2, ', /not valid JSON/],
      ['wrong-type.json', JSON.stringify({ candor: 'settings', version: 2, settings: { enabled: 'yes' } }), /Wrong value for enabled/],
      ['future.json', JSON.stringify({ candor: 'settings', version: 99, settings: {} }), /newer than this version/],
      ['huge.json', JSON.stringify({ version: 2, padding: 'x'.repeat(300 * 1024) }), /too large/],
    ];
    for (const [name, text, message] of cases) {
      const file = join(files, name);
      writeFileSync(file, text);
      await options.upload('input[data-testid="import-file"]', file);
      await options.waitFor((re: string) => new RegExp(re).test(document.querySelector('[data-testid="backup-message"]')?.textContent ?? ''), message.source);
      const after = await sendToBackground<SettingsReply>(e2e.browser, { type: 'settings/get' });
      expect(after.settings).toEqual(before.settings);
    }
    // A good file does import.
    const good = join(files, 'good.json');
    writeFileSync(good, JSON.stringify({ candor: 'settings', version: 2, settings: { bannerStyle: 'full', region: 'NZ' } }));
    await options.upload('input[data-testid="import-file"]', good);
    await options.waitFor(() => /imported/.test(document.querySelector('[data-testid="backup-message"]')?.textContent ?? ''));
    const imported = await sendToBackground<SettingsReply>(e2e.browser, { type: 'settings/get' });
    expect(imported.settings.region).toBe('NZ');
    expect(imported.settings.bannerStyle).toBe('full');
    await sendToBackground(e2e.browser, { type: 'settings/update', patch: { region: 'auto' } });
    await options.close();
  });

  it('migrates a stored version 1 settings object in the real browser', async () => {
    await extensionStorage(e2e.browser, { settings: { showBadge: true, pausedSites: { [siteHost(chatUrl)]: null }, dismissedSites: {} } });
    // The migrated pause takes effect on the open tab…
    await chat.waitFor(noBanner, site.id);
    // …and what is stored now is the current version, with the per-site record.
    const stored = await eventually(async () => {
      const value = (await extensionStorage(e2e.browser)).settings as { version?: number; sites: Record<string, unknown> };
      return value.version === SETTINGS_VERSION && value;
    }, 'the migrated settings to be stored');
    expect(stored.sites).toEqual({ [siteHost(chatUrl)]: { pausedUntil: null } });
    await sendToBackground(e2e.browser, { type: 'site/pause', site: siteHost(chatUrl), duration: 'resume' });
    await waitForBanner(chat, site.id);
  });
});
