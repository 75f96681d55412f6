import { describe, expect, it } from 'vitest';
import { journalLine, parseJournal, uniquePages } from '../../src/audit/journal';
import type { AuditPage } from '../../src/audit/report';

const row = (url: string, visitedAt = '2026-11-28T10:00:00.000Z'): AuditPage => ({
  url,
  finalUrl: url,
  status: 'ok',
  httpStatus: 200,
  visitedAt,
  detections: [],
  disclosure: [],
  checklist: [],
  screenshot: null,
});

describe('the audit journal (pages.jsonl)', () => {
  it('reads one page a line, back to what was written', () => {
    const text = journalLine(row('https://a.example/')) + journalLine(row('https://b.example/\nnot a new line'));
    expect(text.split('\n')).toHaveLength(3);
    const { pages, problems } = parseJournal(text, 'pages.jsonl');
    expect(pages.map((p) => p.url)).toEqual(['https://a.example/', 'https://b.example/\nnot a new line']);
    expect(problems).toEqual([]);
  });
  it('keeps every whole line when the last was cut short by a kill, and says so', () => {
    const whole = journalLine(row('https://a.example/')) + journalLine(row('https://b.example/'));
    const torn = whole + journalLine(row('https://c.example/')).slice(0, 40);
    const { pages, problems } = parseJournal(torn, 'out/pages.jsonl');
    expect(pages.map((p) => p.url)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(problems).toEqual([expect.stringMatching(/out\/pages.jsonl: the last line was cut short.*visited again/)]);
  });
  it('sets aside lines that are not pages, naming them, and keeps the rest', () => {
    const text = `${journalLine(row('https://a.example/'))}{"hello":1}\n{oops\n${journalLine(row('https://b.example/'))}`;
    const { pages, problems } = parseJournal(text, 'j');
    expect(pages).toHaveLength(2);
    expect(problems).toEqual(['j: line 2 is not an audited page; it was skipped', 'j: line 3 is not JSON; it was skipped']);
  });
  it('gives each URL once (the first finished row), in the list order, then any others', () => {
    const rows = [row('https://b.example/', 'first'), row('https://x.example/'), row('https://a.example/'), row('https://b.example/', 'second')];
    const { pages, duplicates } = uniquePages(rows, ['https://a.example/', 'https://b.example/', 'https://never.example/']);
    expect(pages.map((p) => p.url)).toEqual(['https://a.example/', 'https://b.example/', 'https://x.example/']);
    expect(pages[1]!.visitedAt).toBe('first');
    expect(duplicates).toEqual(['https://b.example/']);
  });
});
