/**
 * One page of a command-line audit: open it in its own tab, handle the cookie pop-up if asked,
 * wait for late widgets, and read Candor's findings for that tab and that document only.
 *
 * When to read (all of these, checked every 400 ms):
 *  - at least --settle seconds have passed since the load event (chats that boot late),
 *  - the page's network has been quiet for a second (a chat's script arriving restarts this),
 *  - the findings have not changed for 1.5 s, and the tab is still on the page's document,
 *  - autoconsent is not in the middle of a pop-up (--consent accept|reject).
 * If the network never goes quiet, the wait ends --timeout seconds after navigation started
 * (but never before --settle has passed) and the row says the network was not quiet.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildChecklist } from '../../../src/audit/checklist';
import { toAuditDetection, toAuditDisclosure, type AuditPage } from '../../../src/audit/report';
import { COMEBACK_DELAYS_MS } from '../../../src/content/banner/hide-tracker';
import type { TabState } from '../../../src/messaging/protocol';
import { AuditBrowser, BrowserCrashed, type Launch, type TabReading } from './browser';
import { ConsentWatcher } from './consent';
import { NetworkMonitor, QUIET_MS } from './network';
import type { ConsentMode } from './options';

export const STABLE_MS = 1500;
/** How long findings must hold still while a page is fighting Candor's note. */
export const FIGHT_SETTLE_MS = Math.max(...COMEBACK_DELAYS_MS) + 1000;
const POLL_MS = 400;

export interface VisitSettings {
  timeoutMs: number;
  settleMs: number;
  consent: ConsentMode;
  /** folder for screenshots/, or null for none */
  screenshotsIn: string | null;
  /** runs `fn` with no other page's front-of-window work at the same time */
  inFront<T>(fn: () => Promise<T>): Promise<T>;
}

/** Errors that mean the browser itself went away (not this page's fault). */
const BROWSER_GONE = /Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Target closed|Connection closed/i;

/**
 * After an error: if the browser itself went away (not just this page), forget it so the next
 * page starts a new one, and say so by throwing BrowserCrashed.
 */
async function throwIfBrowserGone(error: unknown, browser: AuditBrowser, launch: Launch): Promise<void> {
  const looksGone = error instanceof BrowserCrashed || launch.crashed || BROWSER_GONE.test(String((error as Error)?.message ?? error));
  if (looksGone && !(await browser.alive(launch))) {
    browser.forget(launch);
    throw new BrowserCrashed();
  }
}

export function screenshotName(n: number, url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_');
  } catch {
    /* keep "page" */
  }
  return `screenshots/${String(n + 1).padStart(4, '0')}-${host}.png`;
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

function originOf(url: string | null): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a reading belongs to the page's current document: the tab is at the address the page
 * shows, and whatever the background last heard from the tab's top frame came from that site.
 */
export function readingIsThePage(reading: TabReading, pageUrl: string): boolean {
  if (reading.tabUrl !== pageUrl) return false;
  return reading.state.url === null || originOf(reading.state.url) === originOf(pageUrl);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time a visit may take beyond --timeout and --settle (screenshot, consent clicks) before it is given up. */
const VISIT_SLACK_MS = 60_000;

function emptyRow(url: string): AuditPage {
  return {
    url,
    finalUrl: null,
    status: 'ok',
    httpStatus: null,
    visitedAt: new Date().toISOString(),
    detections: [],
    disclosure: [],
    checklist: [],
    screenshot: null,
  };
}

/**
 * Visits one page. Throws BrowserCrashed if the browser went away meanwhile (the page should be
 * visited again); anything else that goes wrong becomes the row's error.
 */
export async function visitPage(browser: AuditBrowser, url: string, n: number, settings: VisitSettings): Promise<AuditPage> {
  const launch = await browser.current();
  const opened: { page?: Page } = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overdue = new Promise<'overdue'>((resolve) => (timer = setTimeout(() => resolve('overdue'), settings.timeoutMs + settings.settleMs + VISIT_SLACK_MS)));
  try {
    const result = await Promise.race([visitInTab(browser, launch, url, n, settings, opened), launch.gone, overdue]);
    if (result !== 'overdue') return result;
    void opened.page?.close().catch(() => undefined);
    return { ...emptyRow(url), status: 'error', error: 'the visit did not finish in time (the browser stopped answering about this page)' };
  } finally {
    clearTimeout(timer);
  }
}

async function visitInTab(browser: AuditBrowser, launch: Launch, url: string, n: number, settings: VisitSettings, opened: { page?: Page }): Promise<AuditPage> {
  const row = emptyRow(url);
  let tab: { page: Page; tabId: number };
  try {
    tab = await browser.newTab(launch);
  } catch (error) {
    await throwIfBrowserGone(error, browser, launch);
    row.status = 'error';
    row.error = `could not open a tab for the page: ${firstLine(error)}`;
    return row;
  }
  const { page, tabId } = tab;
  opened.page = page;
  try {
    const consent = new ConsentWatcher(page, settings.consent);
    await consent.attach();
    const network = new NetworkMonitor(page);
    let pageCrashed = false;
    let lastNavigation = Date.now();
    page.on('crash', () => (pageCrashed = true));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) lastNavigation = Date.now();
    });
    // A page that opens windows keeps them to itself: close them, they are not audited.
    page.on('popup', (popup) => void popup.close().catch(() => undefined));

    const navStart = Date.now();
    let loadedAt: number | null = null;
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: settings.timeoutMs });
      row.httpStatus = response?.status() ?? null;
      loadedAt = Date.now();
    } catch (error) {
      await throwIfBrowserGone(error, browser, launch);
      const message = firstLine(error);
      if (/Timeout/i.test(message)) {
        row.status = 'timeout';
        row.error = `the page did not finish loading within ${settings.timeoutMs / 1000} s`;
      } else {
        row.status = 'error';
        row.error = message.replace(/^page\.goto: /, '');
      }
    }
    row.finalUrl = page.url() === 'about:blank' || page.url().startsWith('chrome-extension:') ? null : page.url();
    if (row.status === 'error') return row;

    // Wait for late widgets, the network and the findings to settle, then read.
    const base = loadedAt ?? Date.now();
    const minimumEnd = base + settings.settleMs;
    const lastEnd = Math.max(navStart + settings.timeoutMs, minimumEnd);
    let lastKey = '';
    let lastChange = Date.now();
    let lastFindingChange: number | null = null;
    let reading: TabReading | null = null;
    let own = false;
    let networkQuiet = false;
    for (;;) {
      if (pageCrashed) throw new Error('the page crashed');
      if (launch.crashed) throw new BrowserCrashed();
      const now = Date.now();
      reading = await browser.read(launch, tabId);
      own = readingIsThePage(reading, page.url());
      const key = own ? JSON.stringify(reading.state.detections) : 'not this document yet';
      if (key !== lastKey) {
        lastKey = key;
        lastChange = now;
        if (own && reading.state.detections.length > 0) lastFindingChange = now;
      }
      networkQuiet = network.quietFor(now) >= QUIET_MS;
      // While the page is hiding Candor's note, nothing is settled until Candor has put it back
      // for good or given up (hide-tracker.ts): wait out its longest comeback.
      const fighting = own && reading.state.detections.some((d) => (d.timesHidden ?? 0) > 0 && !d.hiddenByPage);
      const steady = own && now - Math.max(lastChange, lastNavigation) >= (fighting ? FIGHT_SETTLE_MS : STABLE_MS);
      if (now >= minimumEnd && steady && networkQuiet && !consent.working(now)) break;
      if (now >= lastEnd) break;
      await sleep(POLL_MS);
    }
    const readAt = Date.now();
    if (!own) {
      // The tab never held still on one document: nothing read can be trusted to be this page's.
      row.status = 'error';
      row.error = 'the page kept changing address until the wait ended, so its findings were not read';
    } else {
      const state: TabState = reading!.state;
      row.detections = state.detections.map(toAuditDetection);
      row.disclosure = toAuditDisclosure(state.detections);
      row.checklist = buildChecklist(state.detections);
    }
    row.finalUrl = page.url();
    row.consent = consent.record();
    row.settle = {
      loadMs: loadedAt === null ? null : loadedAt - navStart,
      waitedMs: readAt - base,
      minimumMs: settings.settleMs,
      networkQuiet,
      lastChangeMs: lastFindingChange === null ? null : lastFindingChange - base,
    };

    if (settings.screenshotsIn && row.status !== 'error') {
      const shot = screenshotName(n, url);
      try {
        // One at a time, each page in front: background tabs may not paint.
        await settings.inFront(async () => {
          await page.bringToFront();
          await page.screenshot({ path: join(settings.screenshotsIn!, shot), timeout: 15_000 });
        });
        row.screenshot = shot;
      } catch (error) {
        // A page that will not paint still has its findings; only the picture is missing.
        await throwIfBrowserGone(error, browser, launch);
      }
    }
    return row;
  } catch (error) {
    await throwIfBrowserGone(error, browser, launch);
    row.status = 'error';
    row.error = firstLine(error);
    return row;
  } finally {
    await page.close().catch(() => undefined);
  }
}
