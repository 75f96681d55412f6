/**
 * Late widgets: the audit waits at least --settle seconds after load (default 10) and until the
 * network has gone quiet, so chats that a site adds 3 s and 10 s after load are in their rows.
 * (The audit used to stop once its findings had held still for 1.5 s, and missed them.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, rulesOf, runAudit } from './support/audit-cli';
import { startServer, type TestServer } from './support/server';

describe.runIf(process.env.CANDOR_E2E_BROWSERS === undefined || process.env.CANDOR_E2E_BROWSERS.includes('chromium'))('audit late widgets', () => {
  let server: TestServer;
  const work = mkdtempSync(join(tmpdir(), 'candor-audit-late-'));

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('with the default --settle, finds chats added 3 s and 10 s after load, and none on a page without one', async () => {
    const late = (fixture: string, ms: number) => `${server.pageUrl('audit-late.html')}?fixtures=${fixture}&delay=${ms}`;
    const pages = {
      at3s: late('voiceflow/dental-clinic-widget-next.html', 3000),
      at10s: late('dialogflow-messenger/cx-df-messenger-chat-bubble.html', 10_000),
      none: server.fixtureUrl('_negative/contact-form.html'),
    };
    writeFileSync(join(work, 'urls.txt'), `${Object.values(pages).join('\n')}\n`);
    const out = join(work, 'out');
    const { status, stderr } = await runAudit([join(work, 'urls.txt'), '--out', out, '--concurrency', '3', '--no-screenshots', '--proxy', server.proxy]);
    expect(status, stderr).toBe(0);
    const rows = new Map(readReport(out).pages.map((p) => [p.url, p]));

    const at3s = rows.get(pages.at3s)!;
    const at10s = rows.get(pages.at10s)!;
    expect(rulesOf(at3s)).toEqual(['voiceflow']);
    expect(rulesOf(at10s)).toEqual(['dialogflow-messenger']);
    expect(rulesOf(rows.get(pages.none)!)).toEqual([]);

    // The rows say how long the audit waited, and that the 10 s chat came late.
    for (const row of [at3s, at10s]) {
      expect(row.settle).toMatchObject({ minimumMs: 10_000, networkQuiet: true });
      expect(row.settle!.waitedMs).toBeGreaterThanOrEqual(10_000);
    }
    expect(at10s.settle!.lastChangeMs).toBeGreaterThanOrEqual(9000);
  }, 300_000);
});
