/**
 * Cookie consent: on a page with a OneTrust banner whose chat loads only after "accept",
 * --consent accept (DuckDuckGo's autoconsent clicks) finds the chat, --consent reject and
 * --consent none do not, and every row says which consent platform was seen and what was done.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../src/audit/summary';
import { readReport, rulesOf, runAudit } from './support/audit-cli';
import { startServer, type TestServer } from './support/server';

describe.runIf(process.env.CANDOR_E2E_BROWSERS === undefined || process.env.CANDOR_E2E_BROWSERS.includes('chromium'))('audit cookie consent', () => {
  let server: TestServer;
  let gated: string;
  let plain: string;
  const work = mkdtempSync(join(tmpdir(), 'candor-audit-consent-'));

  beforeAll(async () => {
    server = await startServer();
    gated = server.pageUrl('audit-consent-onetrust.html');
    plain = server.fixtureUrl('_negative/contact-form.html');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function audit(mode: string) {
    const out = join(work, mode);
    const { status, stderr } = await runAudit([gated, plain, '--consent', mode, '--out', out, '--settle', '2', '--no-screenshots', '--proxy', server.proxy]);
    expect(status, stderr).toBe(0);
    const rows = new Map(readReport(out).pages.map((p) => [p.url, p]));
    return { gated: rows.get(gated)!, plain: rows.get(plain)!, out };
  }

  it('--consent accept: autoconsent accepts the OneTrust banner and the chat behind it is found', async () => {
    const { gated: row, plain: other, out } = await audit('accept');
    expect(row.consent).toEqual({ mode: 'accept', platform: 'Onetrust', popup: true, action: 'accepted' });
    expect(rulesOf(row)).toEqual(['intercom']);
    expect(other.consent).toEqual({ mode: 'accept', platform: null, popup: false, action: 'none' });
    expect(rulesOf(other)).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as AuditSummary;
    expect(summary.consent.platforms).toEqual([{ platform: 'Onetrust', pages: 1 }]);
    expect(summary.consent.actions.accepted).toBe(1);
    expect(readReport(out).tool.autoconsent).toMatch(/^\d+\.\d+\.\d+$/);
  }, 300_000);

  it('--consent reject: the banner is rejected and the chat never loads', async () => {
    const { gated: row } = await audit('reject');
    expect(row.consent).toEqual({ mode: 'reject', platform: 'Onetrust', popup: true, action: 'rejected' });
    expect(rulesOf(row)).toEqual([]);
  }, 300_000);

  it('--consent none: the platform and its pop-up are recorded, nothing is clicked, no chat', async () => {
    const { gated: row } = await audit('none');
    expect(row.consent).toEqual({ mode: 'none', platform: 'Onetrust', popup: true, action: 'none' });
    expect(rulesOf(row)).toEqual([]);
  }, 300_000);
});
