/**
 * The audit's browser: headless Chromium with the built extension, and a bridge page (one of
 * the extension's own pages) through which the audit asks the background for a tab's findings.
 * If Chromium dies, the next page to ask gets a new one; pages open at the time fail and are
 * visited again.
 */
import type { Page } from 'playwright-core';
import type { TabState } from '../../../src/messaging/protocol';
import { launchCandorChromium, type CandorChromium } from '../chromium';

// Functions evaluated in extension pages run inside the extension, where `chrome` exists.
declare const chrome: {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    get(id: number): Promise<{ id?: number; url?: string }>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** One launch of Chromium. */
export interface Launch {
  chromium: CandorChromium;
  bridge: Page;
  /** counts launches: 1 for the first */
  number: number;
  /** set when Chromium went away without being asked to */
  crashed: boolean;
  /**
   * Rejects (with BrowserCrashed) when this browser goes away. Race browser work against it: a
   * call in flight when Chromium dies can otherwise stay pending for ever.
   */
  gone: Promise<never>;
  markGone(): void;
}

/** What the background knows about one tab, with the tab's own address at that moment. */
export interface TabReading {
  tabUrl: string | null;
  state: TabState;
}

const READ_TIMEOUT_MS = 20_000;

export class BrowserCrashed extends Error {
  constructor() {
    super('the browser stopped (crashed or was killed) while the page was open');
  }
}

export class AuditBrowser {
  private launch: Promise<Launch> | null = null;
  private launches = 0;
  private closing = false;

  constructor(private readonly options: { dist: string; proxy?: string; onRestart?: (number: number) => void }) {}

  /** The running browser, started (again) if there is none. */
  current(): Promise<Launch> {
    this.launch ??= this.start();
    return this.launch;
  }

  private async start(): Promise<Launch> {
    const number = ++this.launches;
    if (number > 1) this.options.onRestart?.(number);
    const chromium = await launchCandorChromium({
      dist: this.options.dist,
      headless: true,
      proxy: this.options.proxy,
      // In containers /dev/shm is small; Chromium then crashes on big pages without this.
      // Containers seldom allow the namespaces Chromium's sandbox needs; the container is then
      // the boundary (the image sets CANDOR_CHROMIUM_NO_SANDBOX=1; as root it is always off).
      args: ['--disable-dev-shm-usage', ...(process.env.CANDOR_CHROMIUM_NO_SANDBOX === '1' ? ['--no-sandbox'] : [])],
    });
    let reject!: (error: Error) => void;
    const gone = new Promise<never>((_, fail) => (reject = fail));
    gone.catch(() => undefined);
    const launch: Launch = {
      chromium,
      bridge: await chromium.context.newPage(),
      number,
      crashed: false,
      gone,
      markGone: () => reject(new BrowserCrashed()),
    };
    chromium.context.on('close', () => {
      if (this.closing) return;
      // The next caller of current() starts a new browser; this one's profile folder goes.
      this.forget(launch);
    });
    await launch.bridge.goto(`${chromium.extensionOrigin}/src/ui/audit/index.html`);
    // Candor decides nothing before the browser has answered about policy (a fresh profile waits
    // a few seconds for Chromium's first answer): ask once, so no page is judged while it waits.
    await launch.bridge.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' }));
    return launch;
  }

  /** Whether this launch's browser still answers (asked through the bridge page, 5 s at most). */
  async alive(launch: Launch): Promise<boolean> {
    if (launch.crashed) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        launch.bridge.evaluate(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5000))),
      ]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Forgets a launch whose browser went away, so the next page starts a new one. */
  forget(launch: Launch): void {
    launch.crashed = true;
    launch.markGone();
    if (this.launches === launch.number) this.launch = null;
    launch.chromium.close().catch(() => undefined);
  }

  /**
   * A new tab and its id, learnt from inside the tab itself: the tab opens one of the
   * extension's pages, which asks the browser which tab it is in. Unlike "the active tab", this
   * cannot be confused with a tab another page opened meanwhile.
   */
  async newTab(launch: Launch): Promise<{ page: Page; tabId: number }> {
    const page = await launch.chromium.context.newPage();
    try {
      await page.goto(`${launch.chromium.extensionOrigin}/src/ui/audit/index.html?tab=1`);
      const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? null);
      if (typeof tabId !== 'number') throw new Error('the browser did not say which tab the page is in');
      return { page, tabId };
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  }

  /** The background's findings for a tab, and the tab's address, read together. */
  async read(launch: Launch, tabId: number): Promise<TabReading> {
    if (launch.bridge.isClosed()) launch.bridge = await this.reopenBridge(launch);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the extension did not answer within 20 s')), READ_TIMEOUT_MS);
    });
    try {
      return await Promise.race([
        launch.bridge.evaluate(async (id) => {
          const tab = await chrome.tabs.get(id);
          const state = (await chrome.runtime.sendMessage({ type: 'tab/state', tabId: id })) as TabState;
          return { tabUrl: tab.url ?? null, state };
        }, tabId),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async reopenBridge(launch: Launch): Promise<Page> {
    const bridge = await launch.chromium.context.newPage();
    await bridge.goto(`${launch.chromium.extensionOrigin}/src/ui/audit/index.html`);
    return bridge;
  }

  async close(): Promise<void> {
    this.closing = true;
    const launch = await this.launch?.catch(() => null);
    if (!launch) return;
    // A browser that will not close in 20 s is left to the operating system.
    await Promise.race([launch.chromium.close(), new Promise((resolve) => setTimeout(resolve, 20_000).unref())]);
  }
}
