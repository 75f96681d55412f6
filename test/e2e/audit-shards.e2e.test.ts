/**
 * Past one machine: three shard processes run at the same time, each into its own folder, the
 * way the pods of the Kubernetes Indexed Job in deploy/k8s/ do (the very scripts the pods run,
 * deploy/k8s/run-shard.sh with JOB_COMPLETION_INDEX 0, 1 and 2, then deploy/k8s/merge.sh); the
 * merged report has the same rows as one run over the whole list.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/audit/report';
import type { AuditSummary } from '../../src/audit/summary';
import { readReport, rulesOf, runAudit, runCommand } from './support/audit-cli';
import { RULES } from './support/checks';
import { startServer, type TestServer } from './support/server';

const VENDORS = RULES.filter((r) => r.surface === 'widget' && r.fixtures.match.length > 0);

describe.runIf(process.env.CANDOR_E2E_BROWSERS === undefined || process.env.CANDOR_E2E_BROWSERS.includes('chromium'))('audit shards', () => {
  let server: TestServer;
  const work = mkdtempSync(join(tmpdir(), 'candor-audit-shards-'));
  let list: string;
  let urls: string[];

  beforeAll(async () => {
    server = await startServer();
    urls = [
      ...VENDORS.slice(26, 33).map((r) => server.fixtureUrl(r.fixtures.match[0]!)),
      server.fixtureUrl('_negative/contact-form.html'),
      server.fixtureUrl('_negative/youtube-embed.html'),
    ];
    list = join(work, 'urls.txt');
    writeFileSync(list, `${urls.join('\n')}\n`);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** What a row says, without the times that differ from one visit to the next. */
  const essence = (p: AuditPage) => ({ url: p.url, status: p.status, httpStatus: p.httpStatus, rules: rulesOf(p), disclosed: p.detections.map((d) => d.disclosed).sort() });

  it('three shards run in parallel (as three pods) and merged give the same rows as one run', async () => {
    const common = ['--settle', '1', '--concurrency', '1', '--proxy', server.proxy];
    const pod = { AUDIT_DIR: work, RUN: 'run-1', URLS: list, SHARDS: '3' };
    const [whole, ...shards] = await Promise.all([
      runAudit([list, '--out', join(work, 'whole'), ...common]),
      ...[0, 1, 2].map((index) => runCommand('deploy/k8s/run-shard.sh', common, { ...pod, JOB_COMPLETION_INDEX: String(index) })),
    ]);
    for (const run of [whole!, ...shards]) expect(run.status, run.stderr).toBe(0);

    const shardFolders = [1, 2, 3].map((i) => join(work, 'run-1', `shard-${i}`));
    const sizes = shardFolders.map((dir) => readReport(dir).pages.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(urls.length);

    const merged = await runCommand('deploy/k8s/merge.sh', [], pod);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(/Merged 3 audits, 9 pages/);

    const one = readReport(join(work, 'whole')).pages;
    const all = readReport(join(work, 'run-1', 'merged')).pages;
    expect(all.map((p) => p.url).sort()).toEqual([...urls].sort());
    const byUrl = (pages: AuditPage[]) => pages.map(essence).sort((a, b) => a.url.localeCompare(b.url));
    expect(byUrl(all)).toEqual(byUrl(one));
    expect(all.filter((p) => p.detections.length > 0).length).toBe(7);

    // The summary adds up the same way, and every screenshot came along.
    const summary = (dir: string) => JSON.parse(readFileSync(join(work, dir, 'summary.json'), 'utf8')) as AuditSummary;
    expect(summary('run-1/merged').pages).toEqual(summary('whole').pages);
    expect(summary('run-1/merged').byVendor).toEqual(summary('whole').byVendor);
    for (const page of all) expect(page.screenshot && existsSync(join(work, 'run-1', 'merged', page.screenshot)), page.url).toBe(true);
  }, 400_000);
});
