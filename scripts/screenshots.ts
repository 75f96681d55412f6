/**
 * The README's pictures, taken from the built extension in headless Chromium on the fixture
 * pages: a widget's full note on a counselling practice and its one-line note on a shop, a
 * whole-site app's bar (a companion character presenting itself as a psychologist), the popup,
 * the options page, the crisis panel and the audit page. Run `npm run build` first; pictures go
 * to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type E2EPage } from '../test/e2e/support/browsers';
import { sendToBackground, tabIdOf } from '../test/e2e/support/checks';
import { servedUrl, startServer } from '../test/e2e/support/server';
import { loadRules } from './lib/rules';

const outDir = join(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
const { rules } = loadRules();
const fixture = (id: string) => rules.find((r) => r.id === id)!.fixtures.match[0]!;
const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startServer();
const browser = await launchChromium({ proxy: server.proxy });
const raw = (page: E2EPage) => page.raw as Page;

async function open(path: string, rule: string, url = servedUrl(server, path)): Promise<E2EPage> {
  const page = await browser.newPage();
  await raw(page).setViewportSize({ width: 1280, height: 760 });
  await page.goto(url);
  await page.waitFor((id: string) => !!document.querySelector(`candor-banner[data-candor-rule="${id}"][data-candor-note]`), rule, 10_000);
  await settle();
  return page;
}

async function shoot(page: E2EPage, name: string): Promise<void> {
  await raw(page).screenshot({ path: join(outDir, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

const widgetUrl = server.pageUrl('context/therapy-practice.html');
const widget = await open('', 'dialogflow-messenger', widgetUrl);
await shoot(widget, 'banner-widget');

const shop = await open('', 'dialogflow-messenger', server.pageUrl('context/shop.html'));
await shoot(shop, 'banner-compact');
await shop.close();

const companion = await open(fixture('character-ai'), 'character-ai');
await shoot(companion, 'banner-claim');
await companion.close();

const site = await open(fixture('chatgpt'), 'chatgpt');
await shoot(site, 'banner-site');
await site.type('#prompt-textarea', 'i want to end my life');
await site.waitFor(() => !!document.querySelector('candor-notice[data-candor-notice="crisis"]'), undefined, 10_000);
await settle();
await shoot(site, 'crisis-panel');

const popup = await browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(browser, widgetUrl)}`);
await raw(popup).setViewportSize({ width: 380, height: 640 });
await settle();
await shoot(popup, 'popup');

const options = await browser.openExtensionPage('src/ui/options/index.html');
await raw(options).setViewportSize({ width: 1000, height: 900 });
await settle();
await shoot(options, 'options');

await sendToBackground(browser, { type: 'audit/start', name: 'Wellness sites, November' });
await (widget.raw as Page).bringToFront();
await sendToBackground(browser, { type: 'audit/record', tabId: await tabIdOf(browser, widgetUrl) });
const audit = await browser.openExtensionPage('src/ui/audit/index.html');
await raw(audit).setViewportSize({ width: 1100, height: 900 });
await audit.waitFor(() => !!document.querySelector('[data-record]'));
await settle();
await shoot(audit, 'audit');
await sendToBackground(browser, { type: 'audit/delete', id: 'all' });
await sendToBackground(browser, { type: 'audit/stop' });

await browser.close();
await server.close();
