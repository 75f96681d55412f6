/**
 * Every row of a command-line audit is its own page's: with several pages open at once, each
 * row holds exactly the chat of the page it names, never the chat of a page visited beside it.
 * (The audit used to take "the active tab of the last focused window" as the page's tab while
 * other pages were opening, and rows picked up their neighbours' chats.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, rulesOf, runAudit } from './support/audit-cli';
import { RULES } from './support/checks';
import { startServer, type TestServer } from './support/server';

/** One page per vendor: each widget rule's first matching fixture, 16 different vendors. */
const VENDORS = RULES.filter((r) => r.surface === 'widget' && r.fixtures.match.length > 0).slice(0, 16);

describe.runIf(process.env.CANDOR_E2E_BROWSERS === undefined || process.env.CANDOR_E2E_BROWSERS.includes('chromium'))('audit rows', () => {
  let server: TestServer;
  const work = mkdtempSync(join(tmpdir(), 'candor-audit-rows-'));

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('at --concurrency 4, each of 16 pages with a different vendor gets exactly its own vendor', async () => {
    expect(new Set(VENDORS.map((r) => r.id)).size).toBe(16);
    const pages = VENDORS.map((rule) => ({ rule: rule.id, url: server.fixtureUrl(rule.fixtures.match[0]!) }));
    writeFileSync(join(work, 'urls.txt'), `${pages.map((p) => p.url).join('\n')}\n`);
    const out = join(work, 'out');
    const { status, stderr } = await runAudit([join(work, 'urls.txt'), '--out', out, '--concurrency', '4', '--settle', '1', '--proxy', server.proxy]);
    expect(status, stderr).toBe(0);
    const rows = new Map(readReport(out).pages.map((p) => [p.url, p]));
    const wrong = pages.flatMap(({ rule, url }) => {
      const row = rows.get(url);
      const found = row ? rulesOf(row) : ['(no row)'];
      return found.length === 1 && found[0] === rule ? [] : [`${rule}: ${found.join(', ') || 'nothing'}`];
    });
    expect(wrong.join('\n'), 'rows whose chats are not exactly their own vendor').toBe('');
  }, 300_000);
});
