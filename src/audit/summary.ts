/**
 * The aggregate an advocate reads first: how many pages were tried, how many have an AI chat,
 * which vendors, which kinds, whether the chats said they are an AI, on what kind of page, and
 * what the cookie pop-ups were. The same numbers go to summary.json, summary.csv and the top of
 * report.html (with inline SVG charts: the report opens offline). Pure; shared by the
 * command-line audit, audit:merge and the extension's audit page.
 */
import type { AuditDetection, AuditPage } from './report';

export type Verdict = 'yes' | 'no' | 'unknown';
export type PageContext = 'mental-health' | 'general' | 'unknown';

export interface AuditSummary {
  pages: {
    /** every row of the report */
    tried: number;
    ok: number;
    error: number;
    timeout: number;
    /** pages with at least one chat of any kind */
    withChat: number;
    /** pages with at least one chat run by an AI (kind ai or hybrid) */
    withAiChat: number;
  };
  /** pages with each vendor's chat, most first */
  byVendor: Array<{ rule: string; name: string; kind: string; pages: number }>;
  /** pages with at least one chat of each kind */
  byKind: Record<'ai' | 'hybrid' | 'human', number>;
  /** AI chats (kind ai or hybrid, one per chat found) by whether they said they are an AI */
  byDisclosure: Record<Verdict, number>;
  /** pages with an AI chat by the page's context; unknown where the detector did not say */
  byContext: Record<PageContext, number>;
  /** AI chats the page had hidden from view (present but not shown); missing counts as shown */
  hiddenByPage: { hidden: number; shown: number };
  consent: {
    /** pages where each consent platform was recognised, most first */
    platforms: Array<{ platform: string; pages: number }>;
    /** pages where a platform was recognised, by what was done about its pop-up */
    actions: Record<'none' | 'accepted' | 'rejected' | 'failed', number>;
  };
}

const isAi = (d: AuditDetection) => d.kind === 'ai' || d.kind === 'hybrid';

/** Whether the chat said it is an AI: a disclosure verdict when the detection has one, else `disclosed`. */
export function verdictOf(d: AuditDetection): Verdict {
  const verdict = (d as { disclosure?: { verdict?: unknown } }).disclosure?.verdict;
  if (verdict === 'yes' || verdict === 'no' || verdict === 'unknown') return verdict;
  return d.disclosed === 'yes' || d.disclosed === 'no' ? d.disclosed : 'unknown';
}

/** The page's context: its own field when present, else the most specific one its chats carry. */
export function contextOf(page: AuditPage): PageContext {
  const own = (page as { context?: unknown }).context;
  if (own === 'mental-health' || own === 'general') return own;
  const contexts = page.detections.map((d) => (d as { context?: unknown }).context);
  if (contexts.includes('mental-health')) return 'mental-health';
  if (contexts.includes('general')) return 'general';
  return 'unknown';
}

export function buildSummary(pages: readonly AuditPage[]): AuditSummary {
  const summary: AuditSummary = {
    pages: { tried: pages.length, ok: 0, error: 0, timeout: 0, withChat: 0, withAiChat: 0 },
    byVendor: [],
    byKind: { ai: 0, hybrid: 0, human: 0 },
    byDisclosure: { yes: 0, no: 0, unknown: 0 },
    byContext: { 'mental-health': 0, general: 0, unknown: 0 },
    hiddenByPage: { hidden: 0, shown: 0 },
    consent: { platforms: [], actions: { none: 0, accepted: 0, rejected: 0, failed: 0 } },
  };
  const vendors = new Map<string, { rule: string; name: string; kind: string; pages: number }>();
  const platforms = new Map<string, number>();
  for (const page of pages) {
    summary.pages[page.status] = (summary.pages[page.status] ?? 0) + 1;
    if (page.detections.length > 0) summary.pages.withChat++;
    const ai = page.detections.filter(isAi);
    if (ai.length > 0) {
      summary.pages.withAiChat++;
      summary.byContext[contextOf(page)]++;
    }
    for (const kind of new Set(page.detections.map((d) => d.kind))) {
      if (kind in summary.byKind) summary.byKind[kind]++;
    }
    for (const rule of new Set(page.detections.map((d) => d.rule))) {
      const d = page.detections.find((x) => x.rule === rule)!;
      const entry = vendors.get(rule) ?? { rule, name: d.name, kind: d.kind, pages: 0 };
      entry.pages++;
      vendors.set(rule, entry);
    }
    for (const d of ai) {
      summary.byDisclosure[verdictOf(d)]++;
      if ((d as { hiddenByPage?: unknown }).hiddenByPage === true) summary.hiddenByPage.hidden++;
      else summary.hiddenByPage.shown++;
    }
    if (page.consent?.platform) {
      platforms.set(page.consent.platform, (platforms.get(page.consent.platform) ?? 0) + 1);
      if (page.consent.action in summary.consent.actions) summary.consent.actions[page.consent.action]++;
    }
  }
  const byCount = <T extends { pages: number }>(a: T, b: T, ka: string, kb: string) => b.pages - a.pages || ka.localeCompare(kb);
  summary.byVendor = [...vendors.values()].sort((a, b) => byCount(a, b, a.rule, b.rule));
  summary.consent.platforms = [...platforms]
    .map(([platform, count]) => ({ platform, pages: count }))
    .sort((a, b) => byCount(a, b, a.platform, b.platform));
  return summary;
}

/** summary.csv: one number a line, as section,key,label,value, easy to pivot in a spreadsheet. */
export function summaryToCsv(s: AuditSummary, cell: (value: unknown) => string): string {
  const rows: unknown[][] = [['section', 'key', 'label', 'value']];
  const labels: Record<keyof AuditSummary['pages'], string> = {
    tried: 'Pages tried',
    ok: 'Pages loaded',
    error: 'Pages with errors',
    timeout: 'Pages that timed out',
    withChat: 'Pages with a chat',
    withAiChat: 'Pages with an AI chat',
  };
  for (const [key, label] of Object.entries(labels)) rows.push(['pages', key, label, s.pages[key as keyof typeof labels]]);
  for (const v of s.byVendor) rows.push(['vendor', v.rule, v.name, v.pages]);
  for (const [key, value] of Object.entries(s.byKind)) rows.push(['kind', key, KIND_LABELS[key] ?? key, value]);
  for (const [key, value] of Object.entries(s.byDisclosure)) rows.push(['disclosure', key, DISCLOSURE_LABELS[key as Verdict], value]);
  for (const [key, value] of Object.entries(s.byContext)) rows.push(['context', key, CONTEXT_LABELS[key as PageContext], value]);
  rows.push(['hiddenByPage', 'hidden', 'AI chats hidden by the page', s.hiddenByPage.hidden]);
  rows.push(['hiddenByPage', 'shown', 'AI chats not hidden', s.hiddenByPage.shown]);
  for (const p of s.consent.platforms) rows.push(['consentPlatform', p.platform, p.platform, p.pages]);
  for (const [key, value] of Object.entries(s.consent.actions)) rows.push(['consentAction', key, CONSENT_LABELS[key] ?? key, value]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

const KIND_LABELS: Record<string, string> = { ai: 'AI only', hybrid: 'AI with people', human: 'People only' };
const DISCLOSURE_LABELS: Record<Verdict, string> = { yes: 'Says it is an AI', no: 'Does not say', unknown: 'Could not tell' };
export const CONTEXT_LABELS: Record<PageContext, string> = { 'mental-health': 'Mental health', general: 'General', unknown: 'Not known' };
const CONSENT_LABELS: Record<string, string> = { none: 'Nothing done', accepted: 'Accepted', rejected: 'Rejected', failed: 'Tried, failed' };

// ---------- HTML with inline SVG charts ----------

export interface BarRow {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart as inline SVG, with its numbers written beside the bars (readable
 * printed in black and white, and by screen readers through the title and the text).
 */
export function barChart(id: string, title: string, rows: readonly BarRow[], escape: (text: unknown) => string): string {
  const labelWidth = 210;
  const barWidth = 340;
  const rowHeight = 24;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = Math.max(1, rows.length) * rowHeight + 8;
  const bars = rows
    .map((r, i) => {
      const y = i * rowHeight + 4;
      const w = r.value > 0 ? Math.max(2, Math.round((r.value / max) * barWidth)) : 0;
      const label = r.label.length > 25 ? `${r.label.slice(0, 24)}…` : r.label;
      return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end"><title>${escape(r.label)}</title>${escape(label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="16" rx="2"></rect><text x="${labelWidth + w + 6}" y="${y + 15}">${r.value}</text>`;
    })
    .join('');
  const empty = rows.length === 0 ? `<text x="8" y="18">None</text>` : '';
  return `<figure class="chart"><figcaption id="${id}">${escape(title)}</figcaption><svg role="img" aria-labelledby="${id}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">${bars}${empty}</svg></figure>`;
}

/** The summary section of report.html: key numbers, then charts. */
export function summaryHtml(s: AuditSummary, escape: (text: unknown) => string): string {
  // Every vendor gets its bar: an advocate looks for a name, and a lump of "others" hides it.
  const vendors = s.byVendor.map((v) => ({ label: v.name, value: v.pages }));
  const figures = [
    ['Pages tried', s.pages.tried],
    ['With an AI chat', s.pages.withAiChat],
    ['With any chat', s.pages.withChat],
    ['Errors or timeouts', s.pages.error + s.pages.timeout],
  ]
    .map(([label, value]) => `<div class="figure"><strong>${escape(value)}</strong><span>${escape(label)}</span></div>`)
    .join('');
  const consentSeen = s.consent.platforms.length > 0 || Object.values(s.consent.actions).some((n) => n > 0);
  const charts = [
    barChart('chart-2', 'Pages by kind of chat',
      (['ai', 'hybrid', 'human'] as const).map((k) => ({ label: KIND_LABELS[k]!, value: s.byKind[k] })),
      escape,
    ),
    barChart('chart-3', 'AI chats: does the chat say it is an AI?',
      (['yes', 'no', 'unknown'] as const).map((k) => ({ label: DISCLOSURE_LABELS[k], value: s.byDisclosure[k] })),
      escape,
    ),
    barChart('chart-4', 'Pages with an AI chat, by page context',
      (['mental-health', 'general', 'unknown'] as const).map((k) => ({ label: CONTEXT_LABELS[k], value: s.byContext[k] })),
      escape,
    ),
    barChart('chart-5', 'AI chats hidden by the page',
      [
        { label: 'Hidden by the page', value: s.hiddenByPage.hidden },
        { label: 'Not hidden', value: s.hiddenByPage.shown },
      ],
      escape,
    ),
    consentSeen
      ? barChart('chart-6', 'Cookie pop-ups: what was done',
          (['none', 'accepted', 'rejected', 'failed'] as const).map((k) => ({ label: CONSENT_LABELS[k]!, value: s.consent.actions[k] })),
          escape,
        )
      : '',
    s.consent.platforms.length > 0 ? barChart('chart-7', 'Consent platforms seen', s.consent.platforms.map((p) => ({ label: p.platform, value: p.pages })), escape) : '',
    // Longest last: one bar per vendor.
    barChart('chart-1', 'Pages by vendor', vendors, escape),
  ].join('\n');
  return `<section class="summary" aria-label="Summary"><h2>Summary</h2><div class="figures">${figures}</div>\n${charts}</section>`;
}

/** Styles for the summary, added to report.html's own. */
export const SUMMARY_CSS =
  '.figures{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}.figure{border:1px solid #ccd;border-radius:6px;padding:8px 12px;min-width:140px}' +
  '.figure strong{display:block;font-size:24px}.chart{margin:12px 0;break-inside:avoid}.chart figcaption{font-weight:600}' +
  '.chart svg{max-width:640px;font:12px system-ui,sans-serif}.chart rect{fill:#4338ca}.chart text{fill:#1f2430}';
