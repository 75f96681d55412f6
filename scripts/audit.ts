/**
 * npm run audit -- <URLs or files of URLs> [--out DIR] [--concurrency N] [--timeout S] [--shard i/n] [--proxy host:port]
 *
 * Visits each URL in headless Chromium with the built extension loaded, waits for Candor's
 * findings to settle, and writes DIR/report.json, report.csv, report.html and a screenshot
 * per page. A page that fails becomes an error row; the exit status is 0 when every URL was
 * tried. Progress goes to stderr.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildChecklist } from '../src/audit/checklist';
import { auditDisclosure, parseShard, shardUrls, toCsv, toHtml, type AuditPage, type AuditReport } from '../src/audit/report';
import type { TabState } from '../src/messaging/protocol';
import { CHROMIUM_PATH, launchCandorChromium } from './lib/chromium';
import { loadRules, PROJECT_ROOT } from './lib/rules';
import { execFileSync } from 'node:child_process';

// The bridge page's functions run inside the extension, where `chrome` exists.
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const USAGE = `Usage: npm run audit -- <URL or file of URLs>... [--out DIR] [--concurrency N] [--timeout S] [--shard i/n] [--proxy host:port]

  --out DIR          where report.json, report.csv, report.html and screenshots/ go (default: audit-output)
  --concurrency N    pages visited at once (default: 2)
  --timeout S        seconds to wait for a page to load (default: 30)
  --shard i/n        visit only part i of n of the list (the same URLs every time), for many machines
  --proxy host:port  send every request through this proxy (and accept its certificate)
`;

interface Options {
  inputs: string[];
  out: string;
  concurrency: number;
  timeout: number;
  shard: { index: number; count: number } | null;
  proxy?: string;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { inputs: [], out: 'audit-output', concurrency: 2, timeout: 30, shard: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--out') options.out = value();
    else if (arg === '--concurrency') options.concurrency = Number(value());
    else if (arg === '--timeout') options.timeout = Number(value());
    else if (arg === '--shard') {
      try {
        options.shard = parseShard(value());
      } catch (error) {
        fail((error as Error).message);
      }
    } else if (arg === '--proxy') options.proxy = value();
    else if (arg.startsWith('--')) fail(`Unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1 || options.concurrency > 16) fail('--concurrency must be a whole number from 1 to 16');
  if (!(options.timeout > 0 && options.timeout <= 600)) fail('--timeout must be a number of seconds from 1 to 600');
  if (options.inputs.length === 0) fail('Give at least one URL or file of URLs.');
  return options;
}

/** URLs from the arguments: each is a URL, or a file with one URL per line (# starts a comment). */
export function collectUrls(inputs: string[]): string[] {
  const urls: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) urls.push(input);
    else if (existsSync(input)) {
      for (const line of readFileSync(input, 'utf8').split(/\r?\n/)) {
        const url = line.replace(/#.*$/, '').trim();
        if (url) urls.push(/^https?:\/\//i.test(url) ? url : `https://${url}`);
      }
    } else fail(`"${input}" is neither an http(s) URL nor a file.`);
  }
  return urls;
}

function screenshotName(n: number, url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_');
  } catch {
    /* keep "page" */
  }
  return `screenshots/${String(n + 1).padStart(4, '0')}-${host}.png`;
}

const options = parseArgs(process.argv.slice(2));
const allUrls = collectUrls(options.inputs);
const urls = options.shard ? shardUrls(allUrls, options.shard) : allUrls;
const outDir = resolve(options.out);
mkdirSync(join(outDir, 'screenshots'), { recursive: true });

const dist = join(PROJECT_ROOT, 'dist', 'chrome');
if (!existsSync(join(dist, 'manifest.json'))) {
  process.stderr.write('Building the extension first…\n');
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { version: rulesVersion } = loadRules();
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

const browserVersion = execFileSync(CHROMIUM_PATH, ['--version']).toString().trim().replace(/ built on .*$/, '');
const startedAt = new Date().toISOString();
const browser = await launchCandorChromium({ dist, headless: true, proxy: options.proxy });
const bridge = await browser.context.newPage();
await bridge.goto(`${browser.extensionOrigin}/src/ui/audit/index.html?bridge=1`);

// Work that needs a page in front (finding its tab id, a screenshot) runs one page at a time.
let tabLock: Promise<unknown> = Promise.resolve();
function withTabLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = tabLock.then(fn);
  tabLock = run.catch(() => undefined);
  return run;
}

/** A page's tab id: bring it to the front and ask which tab is active. */
function tabIdOf(page: Page): Promise<number | null> {
  return withTabLock(async () => {
    await page.bringToFront();
    return bridge.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    });
  });
}

async function tabState(tabId: number): Promise<TabState> {
  return bridge.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }), tabId) as Promise<TabState>;
}

/** Waits until Candor's findings for the tab stop changing (or a few seconds pass). */
async function settledState(tabId: number): Promise<TabState> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + 8000;
  for (;;) {
    const state = await tabState(tabId);
    const key = JSON.stringify(state.detections);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1500 || Date.now() > deadline) {
      return state;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function visit(url: string, n: number): Promise<AuditPage> {
  const visitedAt = new Date().toISOString();
  const page = await browser.context.newPage();
  const result: AuditPage = {
    url,
    finalUrl: null,
    status: 'ok',
    httpStatus: null,
    visitedAt,
    detections: [],
    disclosure: [],
    checklist: [],
    screenshot: null,
  };
  try {
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout * 1000 });
      result.httpStatus = response?.status() ?? null;
    } catch (error) {
      const message = String((error as Error).message).split('\n')[0]!;
      if (/Timeout/i.test(message)) {
        result.status = 'timeout';
        result.error = `the page did not finish loading within ${options.timeout} s`;
      } else {
        result.status = 'error';
        result.error = message.replace(/^page\.goto: /, '');
      }
    }
    result.finalUrl = page.url() === 'about:blank' ? null : page.url();
    if (result.status !== 'error') {
      const tabId = await tabIdOf(page);
      if (tabId !== null) {
        const state = await settledState(tabId);
        result.detections = state.detections.map((d) => ({
          rule: d.rule,
          name: d.name,
          kind: d.kind,
          category: d.category,
          disclosed: d.disclosed,
          confidence: d.confidence,
          evidence: d.evidence,
          context: d.context,
          claims: d.claims.map((c) => ({ claim: c.claim, text: c.text, where: c.where })),
          ...(d.disclosureDetail ? { disclosure: auditDisclosure(d.disclosureDetail) } : {}),
        }));
        result.disclosure = state.detections.flatMap((d) => d.disclosure.map((f) => ({ rule: d.rule, text: f.text, where: f.where })));
        result.checklist = buildChecklist(state.detections);
      }
      const shot = screenshotName(n, url);
      // Screenshots one at a time, each page in front: background tabs may not paint.
      await withTabLock(async () => {
        await page.bringToFront();
        await page.screenshot({ path: join(outDir, shot), timeout: 15_000 });
      });
      result.screenshot = shot;
    }
  } catch (error) {
    result.status = 'error';
    result.error = String((error as Error).message).split('\n')[0];
  } finally {
    await page.close().catch(() => undefined);
  }
  return result;
}

const pages: AuditPage[] = new Array(urls.length);
let next = 0;
let done = 0;
await Promise.all(
  Array.from({ length: Math.min(options.concurrency, urls.length) }, async () => {
    while (next < urls.length) {
      const i = next++;
      pages[i] = await visit(urls[i]!, allUrls.indexOf(urls[i]!));
      done++;
      const p = pages[i]!;
      const found = p.detections.map((d) => d.rule).join(', ');
      process.stderr.write(
        `[${done}/${urls.length}] ${p.status.padEnd(7)} ${urls[i]} ${p.error ? `— ${p.error}` : `— ${p.detections.length} chat${p.detections.length === 1 ? '' : 's'}${found ? ` (${found})` : ''}`}\n`,
      );
    }
  }),
);
await browser.close();

const report: AuditReport = {
  tool: { name: 'Candor', version: pkg.version, rulesVersion, browser: browserVersion },
  startedAt,
  finishedAt: new Date().toISOString(),
  pages,
};
writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(outDir, 'report.csv'), toCsv(report));
writeFileSync(join(outDir, 'report.html'), toHtml(report));
const failed = pages.filter((p) => p.status !== 'ok').length;
process.stderr.write(`\n${pages.length} pages tried${options.shard ? ` (shard ${options.shard.index}/${options.shard.count} of ${allUrls.length})` : ''}, ${failed} with errors or timeouts. Report: ${join(outDir, 'report.html')}\n`);
