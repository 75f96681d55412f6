import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectUrls, DEFAULTS, parseOptions, UsageError } from '../../scripts/lib/audit/options';
import { formatDuration, progressLine } from '../../scripts/lib/audit/progress';

describe('audit options', () => {
  it('has documented defaults: settle 10 s, consent none, one retry', () => {
    const options = parseOptions(['https://a.example/']);
    expect(options).toMatchObject({ settle: 10, consent: 'none', retries: 1, resume: false, screenshots: true, concurrency: 2, timeout: 30 });
    expect(DEFAULTS.settle).toBe(10);
  });
  it('reads every option', () => {
    const options = parseOptions(['u.txt', '--settle', '3.5', '--consent', 'accept', '--retries', '0', '--resume', '--no-screenshots', '--shard', '2/3', '--out', 'o']);
    expect(options).toMatchObject({ inputs: ['u.txt'], settle: 3.5, consent: 'accept', retries: 0, resume: true, screenshots: false, shard: { index: 2, count: 3 }, out: 'o' });
    expect(parseOptions(['--help'])).toBe('help');
  });
  it('says what is wrong', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--consent', 'yes', 'u'], /--consent must be none, accept or reject/],
      [['--settle', '-1', 'u'], /--settle must be/],
      [['--settle', '', 'u'], /--settle needs a number/],
      [['--retries', '1.5', 'u'], /--retries must be a whole number/],
      [['--timeout'], /--timeout needs a value/],
      [['--shard', '0/3', 'u'], /--shard must look like i\/n/],
      [['--bogus', 'u'], /Unknown option --bogus/],
      [[], /at least one URL/],
    ];
    for (const [argv, message] of cases) expect(() => parseOptions(argv), argv.join(' ')).toThrow(message);
    expect(() => parseOptions(['--bogus'])).toThrow(UsageError);
  });
  it('collects URLs from arguments and files, each once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-urls-'));
    const file = join(dir, 'urls.txt');
    writeFileSync(file, '# list\nexample.org\nhttps://a.example/ # again\n\nhttp://b.example/x\n');
    expect(collectUrls(['https://a.example/', file])).toEqual({ urls: ['https://a.example/', 'https://example.org', 'http://b.example/x'], duplicates: 1 });
    expect(() => collectUrls(['nothing-here'])).toThrow(/neither an http\(s\) URL nor a file/);
  });
});

describe('the progress line', () => {
  it('gives pages done, the rate and the time left', () => {
    const start = 0;
    expect(progressLine({ done: 1, total: 100, doneThisRun: 1, startedAt: start, now: 5000 })).toBe('1/100 (1%) · working out the rate');
    // 20 pages in 4 minutes: 5 pages/min, 80 left: 16 min.
    expect(progressLine({ done: 20, total: 100, doneThisRun: 20, startedAt: start, now: 240_000 })).toBe('20/100 (20%) · 5.0 pages/min · about 16 min left');
    // Resumed: 500 done before, 100 in 10 minutes now: 10 pages/min, 400 left.
    expect(progressLine({ done: 600, total: 1000, doneThisRun: 100, startedAt: start, now: 600_000 })).toBe('600/1000 (60%) · 10 pages/min · about 40 min left');
    expect(progressLine({ done: 10, total: 10, doneThisRun: 10, startedAt: start, now: 60_000 })).toMatch(/· done$/);
  });
  it('writes durations plainly', () => {
    expect(formatDuration(12_000)).toBe('12 s');
    expect(formatDuration(5 * 60_000)).toBe('5 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 05 min');
  });
});
