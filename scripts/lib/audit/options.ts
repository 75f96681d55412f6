/**
 * The command-line audit's options: reading them, and the list of URLs they name. A mistake
 * throws a UsageError whose message says what is wrong; nothing is visited then.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseShard } from '../../../src/audit/report';

export type ConsentMode = 'none' | 'accept' | 'reject';

export interface AuditOptions {
  inputs: string[];
  out: string;
  concurrency: number;
  /** seconds: the longest a page may take to load, and to go quiet after it */
  timeout: number;
  /** seconds: the least time to wait after load for late widgets */
  settle: number;
  consent: ConsentMode;
  /** extra visits for a page that ended in an error or a timeout */
  retries: number;
  resume: boolean;
  screenshots: boolean;
  shard: { index: number; count: number } | null;
  proxy?: string;
}

export const DEFAULTS = { out: 'audit-output', concurrency: 2, timeout: 30, settle: 10, consent: 'none', retries: 1 } as const;

export const USAGE = `Usage: npm run audit -- <URL or file of URLs>... [options]

  --out DIR          where pages.jsonl, report.json/csv/html, summary.json/csv and screenshots/
                     go (default: ${DEFAULTS.out})
  --concurrency N    pages visited at once, 1-16 (default: ${DEFAULTS.concurrency})
  --timeout S        seconds a page may take to load; the wait for its network to go quiet
                     also ends this many seconds after it started loading (default: ${DEFAULTS.timeout})
  --settle S         seconds to wait at least after load, for chats that appear late
                     (default: ${DEFAULTS.settle}; 0 reads the page as soon as it is quiet)
  --consent MODE     cookie pop-ups, handled by DuckDuckGo's autoconsent: none (leave them),
                     accept or reject (default: ${DEFAULTS.consent})
  --retries N        visit a page again this many times after an error or a timeout (default: ${DEFAULTS.retries})
  --resume           go on with the run in --out: skip the URLs already in its pages.jsonl
  --no-screenshots   do not save a screenshot of each page
  --shard i/n        visit only part i of n of the list (the same URLs every time), for many machines
  --proxy host:port  send every request through this proxy (and accept its certificate)
`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): AuditOptions | 'help' {
  const options: AuditOptions = {
    inputs: [],
    out: DEFAULTS.out,
    concurrency: DEFAULTS.concurrency,
    timeout: DEFAULTS.timeout,
    settle: DEFAULTS.settle,
    consent: DEFAULTS.consent,
    retries: DEFAULTS.retries,
    resume: false,
    screenshots: true,
    shard: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    const number = () => {
      const text = value();
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${arg} needs a number (got "${text}")`);
      return n;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--out') options.out = value();
    else if (arg === '--concurrency') options.concurrency = number();
    else if (arg === '--timeout') options.timeout = number();
    else if (arg === '--settle') options.settle = number();
    else if (arg === '--retries') options.retries = number();
    else if (arg === '--consent') {
      const mode = value();
      if (mode !== 'none' && mode !== 'accept' && mode !== 'reject') throw new UsageError(`--consent must be none, accept or reject (got "${mode}")`);
      options.consent = mode;
    } else if (arg === '--resume') options.resume = true;
    else if (arg === '--no-screenshots') options.screenshots = false;
    else if (arg === '--shard') {
      try {
        options.shard = parseShard(value());
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    } else if (arg === '--proxy') options.proxy = value();
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1 || options.concurrency > 16) throw new UsageError('--concurrency must be a whole number from 1 to 16');
  if (!(options.timeout > 0 && options.timeout <= 600)) throw new UsageError('--timeout must be a number of seconds from 1 to 600');
  if (!(options.settle >= 0 && options.settle <= 300)) throw new UsageError('--settle must be a number of seconds from 0 to 300');
  if (!Number.isInteger(options.retries) || options.retries < 0 || options.retries > 10) throw new UsageError('--retries must be a whole number from 0 to 10');
  if (options.inputs.length === 0) throw new UsageError('Give at least one URL or file of URLs.');
  return options;
}

/**
 * URLs from the arguments: each is a URL, or a file with one URL per line (# starts a comment;
 * a bare host gets https://). Each URL is kept once, in its first place.
 */
export function collectUrls(inputs: readonly string[]): { urls: string[]; duplicates: number } {
  const urls: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  const add = (url: string) => {
    if (seen.has(url)) duplicates++;
    else {
      seen.add(url);
      urls.push(url);
    }
  };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) add(input);
    else if (existsSync(input)) {
      for (const line of readFileSync(input, 'utf8').split(/\r?\n/)) {
        const url = line.replace(/#.*$/, '').trim();
        if (url) add(/^https?:\/\//i.test(url) ? url : `https://${url}`);
      }
    } else throw new UsageError(`"${input}" is neither an http(s) URL nor a file.`);
  }
  return { urls, duplicates };
}
