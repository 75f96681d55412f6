import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/audit/checklist';
import { auditDisclosure, checkReport, CSV_COLUMNS, csvCell, escapeHtml, hashString, mergeReports, parseShard, shardUrls, toAuditDetection, toAuditDisclosure, toCsv, toHtml, type AuditReport } from '../../src/audit/report';

const page = (url: string, extra: Partial<AuditReport['pages'][number]> = {}): AuditReport['pages'][number] => ({
  url,
  finalUrl: url,
  status: 'ok',
  httpStatus: 200,
  visitedAt: '2026-11-28T10:00:00.000Z',
  detections: [],
  disclosure: [],
  checklist: [],
  screenshot: null,
  ...extra,
});
const report = (pages: AuditReport['pages'], started = '2026-11-28T10:00:00.000Z'): AuditReport => ({
  tool: { name: 'Candor', version: '0.1.0', rulesVersion: 'r1', browser: 'Chromium 156' },
  startedAt: started,
  finishedAt: started.replace('10:00', '10:05'),
  pages,
});

describe('shards', () => {
  const urls = Array.from({ length: 200 }, (_, i) => `https://site${i}.example/`);
  it('split a list into disjoint parts that together hold every URL, the same way every time', () => {
    const parts = [1, 2, 3].map((index) => shardUrls(urls, { index, count: 3 }));
    expect(parts.flat().sort()).toEqual([...urls].sort());
    expect(new Set(parts.flat()).size).toBe(urls.length);
    for (const p of parts) expect(p.length).toBeGreaterThan(40);
    expect(shardUrls([...urls].reverse(), { index: 2, count: 3 }).sort()).toEqual([...parts[1]!].sort());
  });
  it('read i/n and refuse nonsense', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/3', '4/3', 'a/b', '1/0', '2']) expect(() => parseShard(bad)).toThrow(/--shard/);
    expect(hashString('abc')).toBe(hashString('abc'));
  });
});

describe('merge', () => {
  it('keeps every page once, the earliest start and the latest finish, and warns on mixed versions', () => {
    const a = report([page('https://a.example/'), page('https://b.example/')], '2026-11-28T10:00:00.000Z');
    const b = report([page('https://c.example/'), page('https://a.example/')], '2026-11-28T09:00:00.000Z');
    b.tool = { ...b.tool, rulesVersion: 'r2' };
    const { report: merged, warnings } = mergeReports([a, b]);
    expect(merged.pages.map((p) => p.url)).toEqual(['https://a.example/', 'https://b.example/', 'https://c.example/']);
    expect(merged.startedAt).toBe('2026-11-28T09:00:00.000Z');
    expect(merged.finishedAt).toBe('2026-11-28T10:05:00.000Z');
    expect(warnings.join('\n')).toMatch(/different versions/);
    expect(warnings.join('\n')).toMatch(/more than one report/);
  });
  it('refuses files that are not reports, naming the problem', () => {
    expect(() => checkReport({ tool: { name: 'Other' } }, 'x.json')).toThrow(/x.json: not a Candor report \(tool.name/);
    expect(() => checkReport(report([{ url: 5 } as never]), 'y.json')).toThrow(/pages\[0\].url/);
  });
});

describe('CSV and HTML', () => {
  it('CSV cells are quoted and never run as spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(null)).toBe('');
  });
  it('CSV has one row per detected chat and one for a page without any', () => {
    const r = report([
      page('https://a.example/', {
        detections: [
          { rule: 'intercom', name: 'Intercom', kind: 'hybrid', category: 'support-widget', disclosed: 'yes', confidence: 90, evidence: [{ type: 'script', value: 'https://widget.intercom.io/widget/x' }] },
          { rule: 'drift', name: 'Drift', kind: 'hybrid', category: 'support-widget', disclosed: 'no', confidence: 70, evidence: [] },
        ],
        disclosure: [{ rule: 'intercom', text: 'AI Agent', where: 'chat window' }],
      }),
      page('https://b.example/', { status: 'error', error: 'net::ERR_CONNECTION_REFUSED', finalUrl: null, httpStatus: null }),
    ]);
    const lines = toCsv(r).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('intercom');
    expect(lines[1]).toContain('AI Agent');
    expect(lines[3]).toContain('ERR_CONNECTION_REFUSED');
  });
  it('report.json carries each verdict with what was read and why; the HTML shows the reason', () => {
    const disclosure = auditDisclosure({ verdict: 'unknown', reason: 'labels-only', read: [{ text: 'Tidio Chat', where: 'frame title', source: 'aria', note: 'vendor-default' }] })!;
    expect(disclosure).toMatchObject({ verdict: 'unknown', reasonCode: 'labels-only', read: [{ text: 'Tidio Chat', note: 'vendor-default' }] });
    expect(disclosure.reason).toMatch(/“Tidio Chat”, the vendor's default name/);
    expect(auditDisclosure(undefined)).toBeUndefined();
    const r = report([page('https://a.example/', { detections: [{ rule: 'tidio', name: 'Tidio', kind: 'hybrid', category: 'support-widget', disclosed: 'unknown', confidence: 90, evidence: [], disclosure }] })]);
    expect(checkReport(JSON.parse(JSON.stringify(r)), 'r.json').pages[0]!.detections[0]!.disclosure!.reasonCode).toBe('labels-only');
    expect(toHtml(r)).toContain('needs a manual check');
  });
  it('says in CSV and HTML which chats the page kept hiding Candor\'s note for', () => {
    const d = { rule: 'intercom', name: 'Intercom', kind: 'hybrid' as const, category: 'support-widget' as const, disclosed: 'no' as const, confidence: 90, evidence: [] };
    const r = report([page('https://a.example/', { detections: [{ ...d, hiddenByPage: true }] }), page('https://b.example/', { detections: [{ ...d, hiddenByPage: false }] })]);
    const [header, hidden, plain] = toCsv(r).trim().split('\r\n');
    const column = header!.split(',').indexOf('hiddenByPage');
    expect(column).toBeGreaterThan(header!.split(',').indexOf('visitedAt'));
    expect(hidden!.split(',')[column]).toBe('yes');
    expect(plain!.split(',')[column]).toBe('no');
    expect(toHtml(r).match(/The page hid Candor&#39;s note|The page hid Candor's note/g)).toHaveLength(1);
  });
  it('HTML escapes everything taken from pages', () => {
    const html = toHtml(report([page('https://x.example/"><script>alert(1)</script>', { disclosure: [] })]));
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
    expect(html).toMatch(/evidence, not legal advice/);
  });
});

describe('checklist', () => {
  const base = { rule: 'x', name: 'X', kind: 'ai' as const, category: 'support-widget' as const, disclosure: [] };
  it('marks an observed disclosure, and says what it saw', () => {
    const items = buildChecklist([{ ...base, disclosed: 'yes', disclosure: [{ text: 'AI assistant', where: 'chat window' }] }]);
    const eu = items.find((i) => i.law.startsWith('EU AI Act'))!;
    expect(eu.status).toBe('observed');
    expect(eu.lookedAt).toContain('AI assistant');
    expect(eu.sources.length).toBeGreaterThan(0);
  });
  it('needs a manual check when the chat could not be read, or the law may not apply', () => {
    const items = buildChecklist([{ ...base, disclosed: 'unknown' }]);
    expect(items.every((i) => i.status === 'manual')).toBe(true);
    const notRead = buildChecklist([{ ...base, disclosed: 'no' }]);
    expect(notRead.find((i) => i.law.startsWith('EU AI Act'))!.status).toBe('not-observed');
    expect(notRead.find((i) => i.law.startsWith('Utah'))!.status).toBe('manual'); // written for mental-health chatbots
  });
  it('maps "unknown" to "needs a manual check", never to "not observed", whatever the law, and says why', () => {
    for (const reason of ['labels-only', 'frame-unreadable', 'nothing-readable'] as const) {
      for (const category of ['support-widget', 'ai-companion', 'mental-health', 'general-assistant'] as const) {
        const items = buildChecklist([{ ...base, category, disclosed: 'unknown', disclosureDetail: { verdict: 'unknown', reason, read: [] } }]);
        expect(items.length).toBeGreaterThan(0);
        expect(items.every((i) => i.status === 'manual'), `${reason} ${category}`).toBe(true);
        expect(items[0]!.lookedAt).toMatch(/manual check/);
      }
    }
    const nothing = buildChecklist([{ ...base, disclosed: 'unknown', disclosureDetail: { verdict: 'unknown', reason: 'nothing-readable', read: [] } }]);
    expect(nothing[0]!.lookedAt).toContain('showed no text Candor could read');
  });
  it('"not observed" says which of the chat\'s own words were read', () => {
    const items = buildChecklist([{ ...base, disclosed: 'no', disclosureDetail: { verdict: 'no', reason: 'read-no-ai', read: [{ text: 'Welcome!', where: 'greeting', source: 'greeting' }] } }]);
    expect(items.find((i) => i.law.startsWith('EU AI Act'))!.lookedAt).toMatch(/read the chat's own words \(greeting\)/);
  });
  it('leaves out chats answered by people', () => {
    expect(buildChecklist([{ ...base, kind: 'human', disclosed: 'no' }])).toEqual([]);
  });
});

describe('report rows from tab detections', () => {
  const tabDetection = {
    rule: 'intercom',
    name: 'Intercom',
    kind: 'hybrid' as const,
    category: 'support-widget' as const,
    disclosed: 'no' as const,
    confidence: 90,
    evidence: [{ type: 'script' as const, value: 'https://widget.intercom.io/widget/x' }],
    disclosure: [{ text: 'AI Agent', where: 'chat window' }],
    website: 'https://www.intercom.com',
    surface: 'widget',
    frameId: 0,
    bannerShown: true,
  };
  it('keeps the contract fields, drops what only describes the banner, and moves findings to the page', () => {
    const row = toAuditDetection(tabDetection);
    expect(row).toEqual({ rule: 'intercom', name: 'Intercom', kind: 'hybrid', category: 'support-widget', disclosed: 'no', confidence: 90, evidence: tabDetection.evidence });
    expect(toAuditDisclosure([tabDetection])).toEqual([{ rule: 'intercom', text: 'AI Agent', where: 'chat window' }]);
  });
  it('passes through fields the detector adds later (context, claims, hiddenByPage, a disclosure verdict)', () => {
    const verdict = { verdict: 'yes', read: true, reason: 'the chat says "AI assistant"' };
    const row = toAuditDetection({ ...tabDetection, context: 'mental-health', claims: ['therapist'], hiddenByPage: false, disclosure: verdict } as never);
    expect(row).toMatchObject({ context: 'mental-health', claims: ['therapist'], hiddenByPage: false, disclosure: verdict });
    const csv = toCsv(report([page('https://a.example/', { detections: [row], attempts: 2, consent: { mode: 'accept', platform: 'Onetrust', popup: true, action: 'accepted' } })]));
    const [header, line] = csv.trim().split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, line!.split(',')[i]]));
    expect(cells).toMatchObject({ attempts: '2', consentPlatform: 'Onetrust', consentAction: 'accepted', context: 'mental-health', hiddenByPage: 'no' });
  });
  it('turns the disclosureDetail of a tab into the disclosure verdict of the report, with its reason in words', () => {
    const detail = { verdict: 'unknown' as const, reason: 'nothing-readable' as const, read: [] };
    const row = toAuditDetection({ ...tabDetection, disclosed: 'unknown', disclosureDetail: detail } as never) as unknown as Record<string, unknown>;
    expect(row.disclosureDetail).toBeUndefined();
    expect(row.disclosure).toEqual(auditDisclosure(detail));
    expect((row.disclosure as { verdict: string; reasonCode: string }).verdict).toBe('unknown');
    expect((row.disclosure as { reason: string }).reason.length).toBeGreaterThan(10);
  });
  it('adds new CSV columns only at the end, after the ones consumers already read', () => {
    expect(CSV_COLUMNS.slice(0, 14)).toEqual(['url', 'finalUrl', 'status', 'httpStatus', 'error', 'rule', 'name', 'kind', 'disclosed', 'confidence', 'evidence', 'disclosureText', 'screenshot', 'visitedAt']);
  });
});
