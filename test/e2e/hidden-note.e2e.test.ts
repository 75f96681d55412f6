/**
 * A page that hides or removes Candor's note. A page that keeps doing it wins after three
 * comebacks, and Candor says so where the page cannot reach: the toolbar badge, the popup, audit
 * records, and the command-line audit's report.json and CSV. A page that hides it once (a modal,
 * a single-page app re-rendering) gets it back and is not accused; a full-screen video only covers
 * it. The threshold is in
 * src/content/banner/hide-tracker.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/report';
import type { EvidenceRecord, TabDetection, TabState } from '../../src/messaging/protocol';
import { ROOT } from '../support/rule-files';
import { parseCsv } from '../support/fixtures';
import { BROWSERS, type E2EBrowser, type E2EPage } from './support/browsers';
import { RULES, eventually, nextTask, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { startServer } from './support/server';
import { useE2E } from './support/session';

const widget = RULES.find((r) => r.id === 'intercom') ?? RULES.find((r) => r.surface === 'widget' && r.kind !== 'human')!;

interface HostileLog {
  hidden?: number;
}
const hiddenCount = (page: E2EPage) => page.evaluate(() => (window as unknown as { __hostile: HostileLog }).__hostile.hidden ?? 0);

async function detectionOf(browser: E2EBrowser, tabId: number): Promise<TabDetection | undefined> {
  const state = await sendToBackground<TabState>(browser, { type: 'tab/state', tabId });
  return state.detections.find((d) => d.rule === widget.id);
}

/** The toolbar button's badge and tooltip for a tab, as the person sees them. */
function toolbar(browser: E2EBrowser, tabId: number): Promise<{ text: string; title: string }> {
  return browser.inExtension(async (id: number) => {
    type Action = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
    const g = globalThis as unknown as { browser?: { action: Action }; chrome: { action: Action } };
    const action = (g.browser ?? g.chrome).action;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Records the tab during an audit and returns the record's detection for the widget. */
async function recorded(browser: E2EBrowser, tabId: number) {
  await sendToBackground(browser, { type: 'audit/start', name: 'hidden note' });
  try {
    expect(await sendToBackground(browser, { type: 'audit/record', tabId })).toMatchObject({ ok: true });
    const { records } = await sendToBackground<{ records: EvidenceRecord[] }>(browser, { type: 'audit/state' });
    return records[0]!.detections.find((d) => d.rule === widget.id);
  } finally {
    await sendToBackground(browser, { type: 'audit/delete', id: 'all' });
    await sendToBackground(browser, { type: 'audit/stop' });
  }
}

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName);
  /** The page hides this widget's note whenever it appears (`times`: only that often). */
  const hidingPage = (times?: number) =>
    `${e2e.server.pageUrl('hostile.html')}?mode=hide&target=${widget.id}&fixtures=${widget.fixtures.match[0]}${times ? `&times=${times}` : ''}`;

  it('a page that keeps hiding the note wins after three comebacks, and the badge, the popup and the audit record say so', async () => {
    const { browser } = e2e;
    const url = hidingPage();
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    const detection = await eventually(async () => {
      const d = await detectionOf(browser, tabId);
      return d?.hiddenByPage && d;
    }, 'the note to be reported as hidden by the page', 30_000);
    // Shown once and put back three times; the page hid it each time.
    expect(detection.timesHidden).toBe(4);
    expect(await hiddenCount(page)).toBe(4);

    const badge = await toolbar(browser, tabId);
    expect(badge.text).toBe('1!');
    expect(badge.title).toMatch(/this page hid Candor's note \(4 times\)/);

    const popup = await browser.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    expect(await popup.textOf(`li.detection[data-rule="${widget.id}"] [data-testid="hidden-by-page"]`)).toMatch(/This page hid Candor's note \(4 times\)/);
    await popup.close();

    expect(await recorded(browser, tabId)).toMatchObject({ rule: widget.id, hiddenByPage: true });
    await page.close();
  });

  it('a page that hides the note once gets it back, and is not accused', async () => {
    const { browser } = e2e;
    const url = hidingPage(1);
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitFor(() => (window as unknown as { __hostile: HostileLog }).__hostile.hidden === 1, undefined, 20_000);
    // Back where it belongs: on the page, in the top layer, visible. The page leaves it alone
    // from now on, so nothing more can count against it.
    await page.waitFor((rule: string) => {
      const el = document.querySelector(`candor-banner[data-candor-rule="${rule}"]`);
      return !!el && el.parentNode === document.documentElement && el.matches(':popover-open') && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    }, widget.id);
    const tabId = await tabIdOf(browser, url);
    expect(await detectionOf(browser, tabId)).toMatchObject({ bannerShown: true, hiddenByPage: false });
    expect(await toolbar(browser, tabId)).toMatchObject({ text: '1' });

    const popup = await browser.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    await popup.textOf(`li.detection[data-rule="${widget.id}"]`);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="hidden-by-page"]').length)).toBe(0);
    await popup.close();

    expect(await recorded(browser, tabId)).toMatchObject({ rule: widget.id, hiddenByPage: false });
    await page.close();
  });

  it('a full-screen video only covers the note: nothing counts against the page', async () => {
    const { browser, server } = e2e;
    const url = `${server.pageUrl('hostile.html')}?mode=none&fixtures=${widget.fixtures.match[0]}`;
    const page = await browser.newPage();
    await page.goto(url);
    await waitForBanner(page, widget.id);
    await page.evaluate(() => {
      const player = Object.assign(document.createElement('div'), { id: 'player' });
      player.style.cssText = 'width:320px;height:180px;background:#000';
      const button = Object.assign(document.createElement('button'), { id: 'full-screen', textContent: 'Full screen' });
      button.onclick = () => void player.requestFullscreen();
      document.body.prepend(button, player);
    });
    await page.click('#full-screen');
    await page.waitFor(() => document.fullscreenElement?.id === 'player');
    await page.evaluate(() => document.exitFullscreen());
    await page.waitFor(() => !document.fullscreenElement);
    await nextTask(page);
    expect(await page.evaluate((r: string) => document.querySelector(`candor-banner[data-candor-rule="${r}"]`)?.matches(':popover-open'), widget.id)).toBe(true);
    const tabId = await tabIdOf(browser, url);
    const detection = await detectionOf(browser, tabId);
    expect(detection).toMatchObject({ bannerShown: true, hiddenByPage: false });
    expect(detection?.timesHidden).toBeUndefined();
    await page.close();
  });
});

describe.runIf(BROWSERS.includes('chromium'))('npm run audit (headless Chromium)', () => {
  it('report.json and the CSV say hiddenByPage true for a page that keeps hiding the note, false for a plain page', { timeout: 180_000 }, async () => {
    const server = await startServer();
    try {
      const hiding = `${server.pageUrl('hostile.html')}?mode=hide&target=${widget.id}&fixtures=${widget.fixtures.match[0]}`;
      const plain = server.fixtureUrl(widget.fixtures.match[0]!);
      const out = join(mkdtempSync(join(tmpdir(), 'candor-audit-')), 'out');
      const { status, stderr } = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn('npx', ['tsx', 'scripts/audit.ts', hiding, plain, '--out', out, '--proxy', server.proxy], { cwd: ROOT });
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('close', (code) => resolve({ status: code, stderr: err }));
      });
      expect(status, stderr).toBe(0);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
      const detection = (url: string) => report.pages.find((p) => p.url === url)!.detections.find((d) => d.rule === widget.id);
      expect(detection(hiding)).toMatchObject({ hiddenByPage: true });
      expect(detection(plain)).toMatchObject({ hiddenByPage: false });
      const [header, ...rows] = parseCsv(readFileSync(join(out, 'report.csv'), 'utf8').trim());
      const column = header!.indexOf('hiddenByPage');
      expect(column).toBeGreaterThan(header!.indexOf('visitedAt'));
      expect(rows.map((cells) => cells[column]).sort()).toEqual(['no', 'yes']);
    } finally {
      await server.close();
    }
  });
});

