/**
 * Privacy and least privilege, checked on the build and in the browsers. Every request either
 * browser makes goes through the test server (it is their proxy), so "no request from any
 * extension context" is observable: while only Candor's own pages and background work, the
 * server must see nothing at all.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, DIST } from './support/browsers';
import { RULES, eventually, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the build', () => {
  for (const [name, dir] of Object.entries({ chrome: DIST.chromium, firefox: DIST.firefox })) {
    it(`${name}: no network APIs, no eval, no remote code`, () => {
      for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(file, 'utf8');
        for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts(', 'eval(', 'new Function(']) {
          expect(code.includes(api), `${file} uses ${api}`).toBe(false);
        }
        expect(/import\(\s*["'`]https?:/.test(code), `${file} imports remote code`).toBe(false);
      }
    });
    it(`${name}: least privilege in the manifest`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
      expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'; object-src 'none'/);
      expect(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)).toEqual(['src/content/sentinel.iife.js']);
    });
  }
  it('our own code never writes page text as HTML', () => {
    const src = join(DIST.chromium, '..', '..', 'src');
    for (const file of files(src).filter((f) => /\.(ts|tsx)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(/\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(code), file).toBe(false);
    }
  });
});

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName);
  const site = RULES.find((r) => r.id === 'chatgpt') ?? RULES.find((r) => r.surface === 'site')!;

  it("Candor's pages and background make no network request at all", async () => {
    const { server, browser } = e2e;
    const chatUrl = servedUrl(server, site.fixtures.match[0]!);
    const chat = await browser.newPage();
    await chat.goto(chatUrl);
    await waitForBanner(chat, site.id);
    const tabId = await tabIdOf(browser, chatUrl);
    // From here on, only extension contexts act. (The chat page has loaded and its vendor
    // assets are empty: it makes no more requests of its own.)
    const before = server.requests.length;
    for (const path of ['src/ui/popup/index.html', 'src/ui/options/index.html', 'src/ui/audit/index.html', 'src/ui/welcome/index.html']) {
      const page = await browser.openExtensionPage(`${path}?tab=${tabId}`);
      await page.waitFor(() => document.querySelectorAll('main *').length > 5);
      await page.close();
    }
    await sendToBackground(browser, { type: 'settings/update', patch: { bannerStyle: 'compact' } });
    await sendToBackground(browser, { type: 'settings/update', patch: { bannerStyle: 'full' } });
    await sendToBackground(browser, { type: 'audit/start', name: 'privacy check' });
    await sendToBackground(browser, { type: 'audit/record', tabId });
    await sendToBackground(browser, { type: 'audit/delete', id: 'all' });
    await sendToBackground(browser, { type: 'audit/stop' });
    // A request any of that started is on its way by now: wait until a marker page, loaded
    // after all of it, has reached the server, then look at what came in between.
    const marker = `${server.pageUrl('host.html')}?privacy-marker=${Date.now()}`;
    const markerPage = await browser.newPage();
    await markerPage.goto(marker);
    const markerAt = await eventually(() => {
      const i = server.requests.findIndex((r) => r.url === marker);
      return i >= 0 ? i : null;
    }, 'the marker page request');
    await markerPage.close();
    // The browsers' own services (Firefox's remote settings poll on a timer) are not ours.
    const browserService = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|googleapis\.com|gvt1\.com|google\.com)$/;
    const during = server.requests.slice(before, markerAt).filter((r) => !browserService.test(new URL(r.url).hostname));
    expect(during.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // And never, in this whole session, a request that names an extension as its origin.
    const fromExtensions = server.requests.filter((r) => /^(chrome|moz)-extension:/.test(`${r.headers.origin ?? ''}${r.headers.referer ?? ''}`));
    expect(fromExtensions).toEqual([]);
    await chat.close();
  });

  it('keeps no record of visited pages outside an audit', async () => {
    const stored = await e2e.browser.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: { storage: { local: { get(k: null): Promise<object> } } }; chrome: { storage: { local: { get(k: null): Promise<object> } } } });
      return JSON.stringify(await (api.browser ?? api.chrome).storage.local.get(null));
    });
    expect(stored).not.toContain('chatgpt.com/c/');
    expect(stored).not.toContain('127.0.0.1');
  });
});
