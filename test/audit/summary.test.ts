import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml, type AuditDetection, type AuditPage } from '../../src/audit/report';
import { barChart, buildSummary, contextOf, summaryHtml, summaryToCsv, verdictOf } from '../../src/audit/summary';
import { csvCell } from '../../src/audit/report';

const chat = (rule: string, kind: AuditDetection['kind'], disclosed: AuditDetection['disclosed'], extra: Record<string, unknown> = {}): AuditDetection =>
  ({ rule, name: rule.toUpperCase(), kind, category: 'support-widget', disclosed, confidence: 90, evidence: [], ...extra }) as AuditDetection;
const page = (url: string, detections: AuditDetection[] = [], extra: Partial<AuditPage> = {}): AuditPage => ({
  url,
  finalUrl: url,
  status: 'ok',
  httpStatus: 200,
  visitedAt: '2026-11-28T10:00:00.000Z',
  detections,
  disclosure: [],
  checklist: [],
  screenshot: null,
  ...extra,
});

const PAGES: AuditPage[] = [
  page('https://a.example/', [chat('intercom', 'hybrid', 'no'), chat('drift', 'hybrid', 'yes')]),
  page('https://b.example/', [chat('intercom', 'hybrid', 'unknown', { context: 'mental-health', hiddenByPage: true })]),
  page('https://c.example/', [chat('limbic', 'ai', 'yes', { context: 'general' })]),
  page('https://d.example/', [chat('olark', 'human', 'unknown')]),
  page('https://e.example/'),
  page('https://f.example/', [], { status: 'error', error: 'net::ERR_NAME_NOT_RESOLVED' }),
  page('https://g.example/', [], { status: 'timeout', consent: { mode: 'accept', platform: 'Onetrust', popup: true, action: 'accepted' } }),
  page('https://h.example/', [], { consent: { mode: 'accept', platform: null, popup: false, action: 'none' } }),
];

describe('the audit summary', () => {
  const s = buildSummary(PAGES);
  it('counts pages tried, loaded, failed, with a chat and with an AI chat', () => {
    expect(s.pages).toEqual({ tried: 8, ok: 6, error: 1, timeout: 1, withChat: 4, withAiChat: 3 });
  });
  it('counts pages per vendor (most first) and per kind', () => {
    expect(s.byVendor.map((v) => [v.rule, v.pages])).toEqual([['intercom', 2], ['drift', 1], ['limbic', 1], ['olark', 1]]);
    expect(s.byKind).toEqual({ ai: 1, hybrid: 2, human: 1 });
  });
  it('counts AI chats by disclosure, preferring a disclosure verdict when the detection has one', () => {
    expect(s.byDisclosure).toEqual({ yes: 2, no: 1, unknown: 1 });
    expect(verdictOf(chat('x', 'ai', 'no', { disclosure: { verdict: 'yes', read: true, reason: 'label' } }))).toBe('yes');
    expect(verdictOf(chat('x', 'ai', 'no', { disclosure: [{ text: 'old list', where: 'x' }] }))).toBe('no');
  });
  it('counts pages with an AI chat by page context, missing context as not known', () => {
    expect(s.byContext).toEqual({ 'mental-health': 1, general: 1, unknown: 1 });
    expect(contextOf(page('x', [], { context: 'mental-health' } as never))).toBe('mental-health');
  });
  it('counts AI chats hidden by the page, missing as not hidden', () => {
    expect(s.hiddenByPage).toEqual({ hidden: 1, shown: 3 });
  });
  it('counts consent platforms seen and what was done, only where a platform was seen', () => {
    expect(s.consent.platforms).toEqual([{ platform: 'Onetrust', pages: 1 }]);
    expect(s.consent.actions).toEqual({ none: 0, accepted: 1, rejected: 0, failed: 0 });
  });
  it('an empty report sums to zero without failing', () => {
    expect(buildSummary([]).pages.tried).toBe(0);
    expect(summaryHtml(buildSummary([]), escapeHtml)).toContain('None');
  });
  it('summary.csv holds the same numbers, one a line', () => {
    const csv = summaryToCsv(s, csvCell).trim().split('\r\n');
    expect(csv[0]).toBe('section,key,label,value');
    expect(csv).toContain('pages,withAiChat,Pages with an AI chat,3');
    expect(csv).toContain('vendor,intercom,INTERCOM,2');
    expect(csv).toContain('context,mental-health,Mental health,1');
    expect(csv).toContain('hiddenByPage,hidden,AI chats hidden by the page,1');
    expect(csv).toContain('consentPlatform,Onetrust,Onetrust,1');
  });
});

describe('the summary in report.html', () => {
  it('draws bars in proportion, with the numbers written, and escapes labels', () => {
    const svg = barChart('c', 'T', [{ label: '<b>big</b>', value: 10 }, { label: 'half', value: 5 }], escapeHtml);
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(2 * widths[1]!);
    expect(svg).toContain('&lt;b&gt;big&lt;/b&gt;');
    expect(svg).toMatch(/>10<\/text>/);
    expect(svg).toMatch(/role="img" aria-labelledby="c"/);
  });
  it('opens the report, before the table of pages and each page, and loads nothing from the network', () => {
    const html = toHtml({ tool: { name: 'Candor', version: '1', rulesVersion: 'r', browser: 'b' }, startedAt: 'x', finishedAt: 'y', pages: PAGES });
    const summaryAt = html.indexOf('<section class="summary"');
    expect(summaryAt).toBeGreaterThan(0);
    expect(summaryAt).toBeLessThan(html.indexOf('<table class="overview"'));
    expect(html.indexOf('<table class="overview"')).toBeLessThan(html.indexOf('<section class="page"'));
    expect(html).toContain('Consent platforms seen');
    expect(html).not.toMatch(/<script|<link|https?:\/\/[^"]*\.(js|css)/);
  });
});
