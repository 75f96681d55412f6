/**
 * Evidence in the extension: nothing is recorded without an audit; during one, a page's
 * detections, disclosure findings, checklist, versions and a screenshot are kept; the audit page
 * lists them, prints to PDF, and deletes them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../src/messaging/protocol';
import { BROWSERS, DIST } from './support/browsers';
import { RULES, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E, withE2E } from './support/session';

interface AuditState {
  audit: { name: string } | null;
  records: EvidenceRecord[];
}

describe.each(BROWSERS)('%s', (browserName) => {
  const rule = RULES.find((r) => r.id === 'intercom') ?? RULES.find((r) => r.surface === 'widget')!;

  let grantedCopy: string | undefined;
  // Registered before the browser's own hooks, so it runs after the browser has closed.
  afterAll(() => {
    if (grantedCopy) rmSync(grantedCopy, { recursive: true, force: true });
  });
  const e2e = useE2E(browserName, () => {
    // A screenshot needs activeTab, which only a person's click on the toolbar button grants and
    // no automation can make. The test runs a copy of the built extension that also holds
    // <all_urls>, so the capture path itself runs in the real browser; the shipped build's
    // refusal without that click is checked in the second test.
    grantedCopy = mkdtempSync(join(tmpdir(), 'candor-granted-'));
    cpSync(DIST[browserName], grantedCopy, { recursive: true });
    const manifestPath = join(grantedCopy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions = ['<all_urls>'];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    return { dist: grantedCopy };
  });

  it('records evidence only during an audit, lists it, and deletes it', async () => {
    const { server, browser } = e2e;
    const url = servedUrl(server, rule.fixtures.match[0]!);
    const page = await browser.newPage();
    await page.goto(url);
    await waitForBanner(page, rule.id);
    const tabId = await tabIdOf(browser, url);

    const refused = await sendToBackground<{ ok: boolean; error?: string }>(browser, { type: 'audit/record', tabId });
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('No audit is running') });
    expect((await sendToBackground<AuditState>(browser, { type: 'audit/state' })).records).toEqual([]);

    await sendToBackground(browser, { type: 'audit/start', name: 'Wellness sites, November' });
    // The tab must be the visible one for its screenshot.
    await (page.raw as { bringToFront(): Promise<void> }).bringToFront();
    const recorded = await sendToBackground<{ ok: boolean; id: string }>(browser, { type: 'audit/record', tabId });
    expect(recorded.ok).toBe(true);
    const { records } = await sendToBackground<AuditState>(browser, { type: 'audit/state' });
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record).toMatchObject({ url, auditName: 'Wellness sites, November', status: 'ok' });
    expect(record.detections.map((d) => [d.rule, d.kind])).toEqual([[rule.id, rule.kind]]);
    expect(record.detections[0]!.evidence.length).toBeGreaterThan(0);
    expect(record.checklist.length).toBeGreaterThan(0);
    expect(record.versions.extension).toMatch(/^\d+\.\d+\.\d+$/);
    expect(record.versions.rules).toMatch(/^\d{4}-\d\d-\d\d\.\d+\./);
    if (record.screenshotDataUrl === null) throw new Error(`no screenshot: ${record.screenshotError}`);
    expect(record.screenshotDataUrl).toMatch(/^data:image\/png;base64,/);

    const audit = await browser.openExtensionPage('src/ui/audit/index.html');
    await audit.waitFor((id: string) => !!document.querySelector(`[data-record="${id}"]`), record.id);
    const text = await audit.textOf(`[data-record="${record.id}"]`);
    expect(text).toContain(rule.name);
    expect(text).toMatch(/EU AI Act/);
    if (browserName === 'chromium') {
      // Print to PDF works (headless Chromium prints the page as the print dialog would).
      const pdf = await (audit.raw as Page).pdf();
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(pdf.length).toBeGreaterThan(10_000);
    }

    await sendToBackground(browser, { type: 'audit/delete', id: record.id });
    await sendToBackground(browser, { type: 'audit/stop' });
    expect(await sendToBackground<AuditState>(browser, { type: 'audit/state' })).toEqual({ audit: null, records: [] });
    await audit.close();
    await page.close();
  });

  it('the shipped build, without a click on its toolbar button, keeps the record and says why it has no screenshot', async () => {
    await withE2E(browserName, {}, async ({ server, browser: shipped }) => {
      const url = servedUrl(server, rule.fixtures.match[0]!);
      const page = await shipped.newPage();
      await page.goto(url);
      await waitForBanner(page, rule.id);
      const tabId = await tabIdOf(shipped, url);
      await sendToBackground(shipped, { type: 'audit/start', name: 'No click' });
      await (page.raw as { bringToFront(): Promise<void> }).bringToFront();
      expect(await sendToBackground(shipped, { type: 'audit/record', tabId })).toMatchObject({ ok: true });
      const [record] = (await sendToBackground<AuditState>(shipped, { type: 'audit/state' })).records;
      expect(record!.screenshotDataUrl).toBeNull();
      expect(record!.screenshotError).toMatch(/open Candor from the toolbar/);
      expect(record!.detections.map((d) => d.rule)).toEqual([rule.id]);
    });
  });
});
