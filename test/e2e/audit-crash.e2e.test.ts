/**
 * A command-line audit survives what a long run meets: killed outright (SIGKILL, as an
 * out-of-memory killer or a pulled plug would), it keeps every page it had finished and
 * --resume finishes the rest, each URL exactly once; if Chromium dies mid-run, a new one is
 * started and the pages that were open are visited again; a page that fails once is retried.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserProcess, killGroup, pollUntil, readJournal, readReport, rulesOf, runAudit, startCli } from './support/audit-cli';
import { RULES } from './support/checks';
import { startServer, type TestServer } from './support/server';

const VENDORS = RULES.filter((r) => r.surface === 'widget' && r.fixtures.match.length > 0);

describe.runIf(process.env.CANDOR_E2E_BROWSERS === undefined || process.env.CANDOR_E2E_BROWSERS.includes('chromium'))('audit crash safety', () => {
  let server: TestServer;
  const work = mkdtempSync(join(tmpdir(), 'candor-audit-crash-'));
  /** The expected vendor of each URL ('' for none). */
  const expected = new Map<string, string>();
  let list: string;

  beforeAll(async () => {
    server = await startServer();
    for (const rule of VENDORS.slice(16, 26)) expected.set(server.fixtureUrl(rule.fixtures.match[0]!), rule.id);
    expected.set(server.fixtureUrl('_negative/contact-form.html'), '');
    expected.set(server.fixtureUrl('_negative/youtube-embed.html'), '');
    list = join(work, 'urls.txt');
    writeFileSync(list, `${[...expected.keys()].join('\n')}\n`);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Every listed URL exactly once, each with its own vendor. */
  function expectComplete(out: string) {
    const pages = readReport(out).pages;
    expect(pages.map((p) => p.url).sort()).toEqual([...expected.keys()].sort());
    for (const page of pages) {
      expect(page.status, `${page.url}: ${page.error}`).toBe('ok');
      const want = expected.get(page.url)!;
      expect(rulesOf(page), page.url).toEqual(want ? [want] : []);
    }
    return pages;
  }

  it('killed with SIGKILL, keeps every finished page; --resume visits only the rest, each URL once', async () => {
    const out = join(work, 'killed');
    const args = [list, '--out', out, '--concurrency', '2', '--settle', '1', '--no-screenshots', '--proxy', server.proxy];
    const run = startCli('scripts/audit.ts', args);
    await pollUntil('three finished pages in pages.jsonl', () => readJournal(out).length >= 3, 120_000);
    killGroup(run, 'SIGKILL');
    const killed = await run.done;
    expect(killed.signal ?? killed.status).not.toBe(0);

    const before = readJournal(out);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.length).toBeLessThan(expected.size);

    // Without --resume, the folder is not silently mixed with a new run.
    const refused = await runAudit(args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/already holds \d+ audited page.*--resume/s);

    const resumed = await runAudit([...args, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`Resuming: ${before.length} of ${expected.size} pages were already done`));

    const pages = expectComplete(out);
    // The pages finished before the kill are the very rows in the report, not visited again.
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    for (const row of before) expect(byUrl.get(row.url)!.visitedAt).toBe(row.visitedAt);
    const journal = readJournal(out);
    expect(journal).toHaveLength(expected.size);
    expect(new Set(journal.map((p) => p.url)).size).toBe(expected.size);
    expect(readFileSync(join(out, 'report.csv'), 'utf8')).toMatch(/^url,finalUrl,status/);
  }, 300_000);

  it('when Chromium dies mid-run, starts it again and visits the pages that were open again', async () => {
    const out = join(work, 'browser-killed');
    // --retries 0: the pages open at the crash are visited again because the browser died, not as retries.
    const run = startCli('scripts/audit.ts', [list, '--out', out, '--concurrency', '2', '--settle', '1', '--retries', '0', '--no-screenshots', '--proxy', server.proxy]);
    await pollUntil('two finished pages', () => readJournal(out).length >= 2, 120_000);
    const chromium = await pollUntil('the run’s Chromium', () => browserProcess(run.child.pid!), 10_000);
    process.kill(chromium, 'SIGKILL');
    const { status, stderr } = await run.done;
    expect(status, stderr).toBe(0);
    expect(stderr).toMatch(/The browser stopped; starting it again \(launch 2\)/);
    const pages = expectComplete(out);
    expect(pages.some((p) => (p.attempts ?? 1) >= 2), 'a page open at the crash was visited again').toBe(true);
  }, 300_000);

  it('--retries: a page that fails once is visited again; with --retries 0 it stays a timeout row', async () => {
    // A site whose first answer never finishes (the visit times out), then answers at once.
    let visits = 0;
    const hanging: http.ServerResponse[] = [];
    const flaky = http.createServer((req, res) => {
      if (req.url !== '/flaky') return void res.writeHead(404).end();
      if (visits++ === 0) {
        res.writeHead(200, { 'content-type': 'text/html' }).write('<!doctype html><title>Slow</title>');
        hanging.push(res);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Back again</title><h1>Back again</h1>');
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/flaky`;
    try {
      const common = ['--settle', '0', '--timeout', '3', '--no-screenshots'];
      const retried = await runAudit([url, '--out', join(work, 'retried'), ...common]);
      expect(retried.status, retried.stderr).toBe(0);
      expect(readReport(join(work, 'retried')).pages).toMatchObject([{ url, status: 'ok', attempts: 2 }]);

      visits = 0;
      const once = await runAudit([url, '--out', join(work, 'once'), '--retries', '0', ...common]);
      expect(once.status, once.stderr).toBe(0);
      expect(readReport(join(work, 'once')).pages).toMatchObject([{ url, status: 'timeout', attempts: 1 }]);
    } finally {
      for (const res of hanging) res.destroy();
      flaky.close();
    }
  }, 300_000);
});
