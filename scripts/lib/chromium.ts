/**
 * Launches Debian's Chromium with the built extension, headless or in a window. Shared by the
 * command-line audit, the demo and the end-to-end tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface ChromiumOptions {
  dist: string;
  headless?: boolean;
  /** route every request through this proxy (host:port) and accept its certificate */
  proxy?: string;
  /** the browser's UI language (--lang, so the service worker's navigator.languages follows) */
  locale?: string;
  /** IANA time zone for the whole browser, service worker included (TZ) */
  timezone?: string;
}

export interface CandorChromium {
  context: BrowserContext;
  /** chrome-extension://<id> */
  extensionOrigin: string;
  close(): Promise<void>;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchCandorChromium(options: ChromiumOptions): Promise<CandorChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezone ?? 'America/New_York',
    viewport: { width: 1280, height: 800 },
    // Playwright's locale and timezoneId only reach pages; the extension's service worker reads
    // the browser's own language and the process time zone, so pass those too when asked.
    ...(options.timezone ? { env: { ...process.env, TZ: options.timezone } } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${options.dist}`,
      `--load-extension=${options.dist}`,
      '--disable-gpu',
      // Without these, Chromium keeps trying hosts these machines cannot reach.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(options.proxy ? [`--proxy-server=http://${options.proxy}`, '--ignore-certificate-errors'] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    extensionOrigin: `chrome-extension://${new URL(worker.url()).host}`,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
