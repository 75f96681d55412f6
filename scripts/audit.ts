/**
 * npm run audit -- <URLs or files of URLs> [options]   (npm run audit -- --help lists them)
 *
 * Visits each URL in headless Chromium with the built extension loaded, each page in its own
 * tab, and records Candor's findings for that tab and that document only. Each finished page is
 * appended to DIR/pages.jsonl and flushed at once, so a crash or a kill loses at most the pages
 * still open; --resume goes on where a run stopped. At the end, report.json, report.csv,
 * report.html, summary.json and summary.csv are built from the journal. A page that fails
 * becomes an error row (after --retries); if Chromium itself dies, it is started again and
 * the pages that were open are visited again. The exit status is 0 when every URL was tried.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JOURNAL_FILE } from '../src/audit/journal';
import { shardUrls, type AuditPage, type AuditReport } from '../src/audit/report';
import { AuditBrowser, BrowserCrashed } from './lib/audit/browser';
import { autoconsentVersion } from './lib/audit/consent';
import { collectUrls, parseOptions, UsageError, USAGE, type AuditOptions } from './lib/audit/options';
import { Journal, readJournalFile, readRunFacts, reportFromFolder, writeReports, writeRunFacts } from './lib/audit/outputs';
import { progressLine } from './lib/audit/progress';
import { visitPage } from './lib/audit/visit';
import { CHROMIUM_PATH } from './lib/chromium';
import { loadRules, PROJECT_ROOT } from './lib/rules';

/** A page the browser went down under this many times is given up on (it may be the cause). */
const MAX_BROWSER_LOSSES = 3;

const say = (line: string) => process.stderr.write(`${line}\n`);

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let options: AuditOptions;
let allUrls: string[];
let duplicateCount: number;
try {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  options = parsed;
  ({ urls: allUrls, duplicates: duplicateCount } = collectUrls(options.inputs));
} catch (error) {
  if (error instanceof UsageError) usageError(error.message);
  throw error;
}
if (duplicateCount > 0) say(`${duplicateCount} URL${duplicateCount === 1 ? ' appears' : 's appear'} more than once in the list; each is visited once.`);

const urls = options.shard ? shardUrls(allUrls, options.shard) : allUrls;
const outDir = resolve(options.out);
mkdirSync(outDir, { recursive: true });
if (options.screenshots) mkdirSync(join(outDir, 'screenshots'), { recursive: true });

// What an earlier run in this folder already finished.
const earlier = readJournalFile(outDir);
for (const problem of earlier.problems) say(problem);
if (earlier.pages.length > 0 && !options.resume) {
  usageError(
    `${join(outDir, JOURNAL_FILE)} already holds ${earlier.pages.length} audited page${earlier.pages.length === 1 ? '' : 's'}. ` +
      'Add --resume to go on with that run, or choose another --out folder.',
  );
}
const finished = new Set(earlier.pages.map((p) => p.url));
const todo = urls.filter((url) => !finished.has(url));
const alreadyDone = urls.length - todo.length;
if (options.resume) say(`Resuming: ${alreadyDone} of ${urls.length} pages were already done; ${todo.length} to go.`);

const dist = join(PROJECT_ROOT, 'dist', 'chrome');
if (!existsSync(join(dist, 'manifest.json'))) {
  say('Building the extension first…');
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { version: rulesVersion } = loadRules();
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const tool: AuditReport['tool'] = {
  name: 'Candor',
  version: pkg.version,
  rulesVersion,
  browser: execFileSync(CHROMIUM_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim().replace(/ built on .*$/, ''),
  autoconsent: autoconsentVersion(),
};
const earlierFacts = readRunFacts(outDir);
if (earlierFacts && options.resume && earlierFacts.tool.rulesVersion !== tool.rulesVersion) {
  say(`Note: the earlier part of this run used rules ${earlierFacts.tool.rulesVersion}; this part uses ${tool.rulesVersion}.`);
}
const startedAt = options.resume && earlierFacts ? earlierFacts.startedAt : new Date().toISOString();
const runOptions = {
  consent: options.consent,
  settle: options.settle,
  timeout: options.timeout,
  retries: options.retries,
  concurrency: options.concurrency,
  shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
  screenshots: options.screenshots,
};
writeRunFacts(outDir, { tool, startedAt, options: runOptions, urls: urls.length });

// Screenshot numbers follow the whole list, so shards never reuse a name.
const position = new Map(allUrls.map((url, i) => [url, i]));
const browser = new AuditBrowser({
  dist,
  proxy: options.proxy,
  onRestart: (n) => say(`The browser stopped; starting it again (launch ${n}). The pages that were open will be visited again.`),
});
const journal = new Journal(outDir);

// Work that needs a page in front of the window (a screenshot) runs one page at a time.
let frontLock: Promise<unknown> = Promise.resolve();
function inFront<T>(fn: () => Promise<T>): Promise<T> {
  const run = frontLock.then(fn);
  frontLock = run.catch(() => undefined);
  return run;
}

let stopping: NodeJS.Signals | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = signal;
    say(`\nStopping (${signal}): finished pages are kept in ${join(outDir, JOURNAL_FILE)}; run again with --resume to go on.`);
    void browser.close();
  });
}

interface Job {
  url: string;
  attempts: number;
  browserLosses: number;
}
const queue: Job[] = todo.map((url) => ({ url, attempts: 0, browserLosses: 0 }));
const runStart = Date.now();
let doneThisRun = 0;
let fatal: Error | null = null;

function record(page: AuditPage): void {
  journal.append(page);
  doneThisRun++;
  const found = page.detections.map((d) => d.rule).join(', ');
  const what = page.error ? `— ${page.error}` : `— ${page.detections.length} chat${page.detections.length === 1 ? '' : 's'}${found ? ` (${found})` : ''}`;
  const consent = page.consent?.platform ? ` · cookie pop-up ${page.consent.platform}: ${page.consent.action}` : '';
  say(`[${alreadyDone + doneThisRun}/${urls.length}] ${page.status.padEnd(7)} ${page.url} ${what}${consent}`);
  say(`  progress: ${progressLine({ done: alreadyDone + doneThisRun, total: urls.length, doneThisRun, startedAt: runStart, now: Date.now() })}`);
}

async function worker(): Promise<void> {
  for (;;) {
    if (stopping || fatal) return;
    const job = queue.shift();
    if (!job) return;
    job.attempts++;
    let page: AuditPage;
    try {
      page = await visitPage(browser, job.url, position.get(job.url) ?? 0, {
        timeoutMs: options.timeout * 1000,
        settleMs: options.settle * 1000,
        consent: options.consent,
        screenshotsIn: options.screenshots ? outDir : null,
        inFront,
      });
    } catch (error) {
      if (stopping) return;
      if (!(error instanceof BrowserCrashed)) {
        // The browser would not start: nothing can be audited.
        fatal = error as Error;
        return;
      }
      job.browserLosses++;
      if (job.browserLosses < MAX_BROWSER_LOSSES) {
        queue.unshift(job);
        continue;
      }
      page = {
        url: job.url,
        finalUrl: null,
        status: 'error',
        httpStatus: null,
        error: `the browser stopped ${MAX_BROWSER_LOSSES} times while this page was open`,
        visitedAt: new Date().toISOString(),
        detections: [],
        disclosure: [],
        checklist: [],
        screenshot: null,
      };
    }
    if (stopping) return;
    if (page.status !== 'ok' && job.attempts <= options.retries) {
      queue.push(job); // later, not at once: a passing hiccup may be over by then
      continue;
    }
    page.attempts = job.attempts;
    record(page);
  }
}

await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, todo.length)) }, worker));
await browser.close();
journal.close();

if (fatal) {
  say(`The audit could not go on: ${(fatal as Error).message.split('\n')[0]}`);
  say(`Pages finished so far are kept in ${join(outDir, JOURNAL_FILE)}.`);
  process.exit(1);
}

const built = reportFromFolder(outDir, urls);
if (built) {
  for (const problem of built.problems) say(problem);
  if (!stopping) built.report.finishedAt = new Date().toISOString();
  writeReports(outDir, built.report);
  if (!stopping) writeRunFacts(outDir, { tool, startedAt, finishedAt: built.report.finishedAt, options: runOptions, urls: urls.length });
}
const pages = built?.report.pages ?? [];
const failed = pages.filter((p) => p.status !== 'ok').length;
say(
  `\n${pages.length} of ${urls.length} pages done${options.shard ? ` (shard ${options.shard.index}/${options.shard.count} of ${allUrls.length})` : ''}, ` +
    `${failed} with errors or timeouts. Report: ${join(outDir, 'report.html')}`,
);
// 128 + the signal's number, as shells report it: 130 after Ctrl-C, 143 after SIGTERM.
const stoppedBy = stopping as NodeJS.Signals | null;
process.exit(stoppedBy === 'SIGTERM' ? 143 : stoppedBy ? 130 : 0);
