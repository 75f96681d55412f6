/**
 * The command-line batch audit, end to end: headless Chromium with the built extension over
 * local pages, including an unreachable address, a redirect and a page that never finishes
 * loading; shards that merge back into the whole.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/report';
import { ROOT } from '../support/rule-files';
import { RULES } from './support/checks';
import { servedUrl, startServer, type TestServer } from './support/server';

const site = RULES.find((r) => r.id === 'chatgpt') ?? RULES.find((r) => r.surface === 'site')!;

/** Runs a script without blocking this process, which serves the pages the audit visits. */
function run(script: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', script, ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
const runAudit = (args: string[]) => run('scripts/audit.ts', args);

describe.runIf(process.env.CANDOR_E2E_BROWSERS === undefined || process.env.CANDOR_E2E_BROWSERS.includes('chromium'))('npm run audit', () => {
  let server: TestServer;
  const work = mkdtempSync(join(tmpdir(), 'candor-audit-'));
  let urls: string[];

  beforeAll(async () => {
    server = await startServer();
    urls = [
      servedUrl(server, site.fixtures.match[0]!),
      server.fixtureUrl('_negative/contact-form.html'),
      `${server.origin}/redirect?to=/fixtures/_negative/youtube-embed.html`,
      'http://127.0.0.1:9/unreachable',
      `${server.origin}/never-finishes`,
      `${server.origin}/status/500`,
    ];
    writeFileSync(join(work, 'urls.txt'), `# pages to audit\n${urls.join('\n')}\n\n`);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('visits every URL, turns failures into rows, and writes the report, CSV, HTML and screenshots', async () => {
    const out = join(work, 'full');
    const { status, stderr } = await runAudit([join(work, 'urls.txt'), '--out', out, '--concurrency', '2', '--timeout', '6', '--settle', '1', '--retries', '0', '--proxy', server.proxy]);
    expect(status, stderr).toBe(0);
    expect(stderr).toMatch(/\[6\/6\]/);
    // A progress line after each page: pages done, the rate and the time left.
    expect(stderr).toMatch(/progress: 6\/6 \(100%\) · [\d.]+ pages\/min · done/);
    expect(stderr).toMatch(/progress: [2-5]\/6 \(\d+%\) · [\d.]+ pages\/min · about \d+ (s|min) left/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AuditReport;
    expect(report.tool).toMatchObject({ name: 'Candor' });
    expect(report.tool.browser).toMatch(/Chromium/);
    expect(report.pages.map((p) => p.url)).toEqual(urls);
    const byUrl = new Map(report.pages.map((p) => [p.url, p]));

    const chat = byUrl.get(urls[0]!)!;
    expect(chat.status).toBe('ok');
    expect(chat.detections.map((d) => [d.rule, d.kind])).toEqual([[site.id, site.kind]]);
    expect(chat.detections[0]!.evidence.length).toBeGreaterThan(0);
    // A general assistant's own conversation is not read as page context; it claims nothing.
    expect(chat.detections[0]).toMatchObject({ context: 'general', claims: [] });
    expect(chat.checklist.length).toBeGreaterThan(0);
    expect(existsSync(join(out, chat.screenshot!))).toBe(true);

    expect(byUrl.get(urls[1]!)!.detections).toEqual([]);
    const redirected = byUrl.get(urls[2]!)!;
    expect(redirected.finalUrl).toContain('/fixtures/_negative/youtube-embed.html');
    expect(byUrl.get(urls[3]!)!).toMatchObject({ status: 'error', screenshot: null });
    expect(byUrl.get(urls[3]!)!.error).toBeTruthy();
    expect(byUrl.get(urls[4]!)!.status).toBe('timeout');
    expect(byUrl.get(urls[5]!)!).toMatchObject({ status: 'ok', httpStatus: 500 });

    const csv = readFileSync(join(out, 'report.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^url,finalUrl,status.*,context,hiddenByPage,claims,claimText,disclosureVerdict,disclosureReason$/);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Candor disclosure audit');
    // The summary with its charts comes first, then the table of pages, then each page.
    expect(html.indexOf('<section class="summary"')).toBeLessThan(html.indexOf('<table class="overview"'));
    expect(html.indexOf('<table class="overview"')).toBeLessThan(html.indexOf('<section class="page"'));
    expect(html).toMatch(/<svg role="img"/);
    expect(html).not.toMatch(/<(script|link)\b|src="https?:/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.pages).toMatchObject({ tried: 6, ok: 4, error: 1, timeout: 1, withChat: 1, withAiChat: 1 });
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toContain('pages,tried,Pages tried,6');
    expect(readFileSync(join(out, 'pages.jsonl'), 'utf8').trim().split('\n')).toHaveLength(6);
  }, 300_000);

  it('shards split the list deterministically and merge back into the whole', async () => {
    for (const shard of ['1/2', '2/2']) {
      const { status, stderr } = await runAudit([...urls.slice(0, 3), '--out', join(work, `shard-${shard[0]}`), '--shard', shard, '--settle', '1', '--proxy', server.proxy]);
      expect(status, stderr).toBe(0);
    }
    const merged = await run('scripts/audit-merge.ts', [join(work, 'shard-1'), join(work, 'shard-2'), '--out', join(work, 'merged')]);
    expect(merged.status, merged.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'merged', 'report.json'), 'utf8')) as AuditReport;
    expect(report.pages.map((p) => p.url).sort()).toEqual(urls.slice(0, 3).sort());
    for (const p of report.pages) if (p.screenshot) expect(existsSync(join(work, 'merged', p.screenshot))).toBe(true);
  }, 300_000);

  it('says what is wrong with its arguments', async () => {
    const bad = await runAudit(['--shard', '3/2', 'https://x.example/']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--shard must look like i\/n/);
    expect((await runAudit(['not-a-url-or-file'])).stderr).toMatch(/neither an http\(s\) URL nor a file/);
    expect((await runAudit(['--consent', 'maybe', 'https://x.example/'])).stderr).toMatch(/--consent must be none, accept or reject/);
    expect((await runAudit(['--settle', 'soon', 'https://x.example/'])).stderr).toMatch(/--settle needs a number/);
  });
});
