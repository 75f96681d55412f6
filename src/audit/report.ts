/**
 * The audit report: its shape (the `report.json` contract documented in README), CSV and
 * printable HTML renderings, sharding and merging. Pure; shared by the command-line audit and
 * the extension's audit page.
 */
import type { PageContext } from '../detection/context';
import type { Category, Kind } from '../detection/rule';
import type { DisclosureRead, DisclosureReason, Evidence, TabDetection } from '../messaging/protocol';
import { reasonSentence, type DisclosureDetail } from '../detection/verdict';
import { NOT_LEGAL_ADVICE, type CheckItem } from './checklist';
import { buildSummary, contextOf, CONTEXT_LABELS, summaryHtml, SUMMARY_CSS, verdictOf } from './summary';

export interface AuditDetection {
  rule: string;
  name: string;
  kind: Kind;
  category: Category;
  disclosed: 'yes' | 'no' | 'unknown';
  confidence: number;
  evidence: Evidence[];
  /** mental-health | general (always written; absent only in records from older versions) */
  context?: PageContext;
  /** where the chat presented itself as a therapist or licensed clinician; empty when it did not */
  claims?: AuditClaim[];
  /** the verdict with what was read, where, and why (absent in reports made before it existed) */
  disclosure?: AuditDisclosureVerdict;
  /**
   * The page kept hiding or removing Candor's note for this chat until Candor stopped putting
   * it back; false otherwise. (Absent only in reports made before this field existed.)
   */
  hiddenByPage?: boolean;
}

/** `detections[].disclosure` in report.json: the verdict, what was read, and why, in a sentence. */
export interface AuditDisclosureVerdict {
  verdict: 'yes' | 'no' | 'unknown';
  read: DisclosureRead[];
  /** the reason in one plain sentence */
  reason: string;
  /** the same reason as a stable code */
  reasonCode: DisclosureReason;
}

export interface AuditClaim {
  claim: 'therapist';
  text: string;
  where: string;
}

export interface AuditDisclosure {
  rule: string;
  text: string;
  where: string;
}

export type PageStatus = 'ok' | 'error' | 'timeout';

/** What the command-line audit did about a cookie-consent pop-up (autoconsent, --consent). */
export interface AuditConsent {
  /** what the run was asked to do: --consent none | accept | reject */
  mode: 'none' | 'accept' | 'reject';
  /** the consent platform autoconsent recognised (its rule name, e.g. "Onetrust"), or null */
  platform: string | null;
  /** whether that platform's pop-up was showing */
  popup: boolean;
  /** what was done: nothing, accepted, rejected, or tried and failed */
  action: 'none' | 'accepted' | 'rejected' | 'failed';
}

/** How long the command-line audit waited on a page before reading its findings. */
export interface AuditSettle {
  /** milliseconds from the start of navigation to the load event; null when it never came */
  loadMs: number | null;
  /** milliseconds waited after load (or after giving up on load) */
  waitedMs: number;
  /** the --settle minimum, in milliseconds */
  minimumMs: number;
  /** whether the network had gone quiet; false when the wait ended at --timeout */
  networkQuiet: boolean;
  /** milliseconds after load when the findings last changed; null when nothing was found */
  lastChangeMs: number | null;
}

export interface AuditPage {
  url: string;
  finalUrl: string | null;
  status: PageStatus;
  /** HTTP status of the main document, when there was one */
  httpStatus: number | null;
  error?: string;
  visitedAt: string;
  detections: AuditDetection[];
  disclosure: AuditDisclosure[];
  checklist: CheckItem[];
  /** path of the screenshot, relative to the report */
  screenshot: string | null;
  /** command-line audit: visits it took (more than 1 after a retry or a browser crash) */
  attempts?: number;
  /** command-line audit: the cookie-consent pop-up and what was done about it */
  consent?: AuditConsent;
  /** command-line audit: how long it waited for late widgets */
  settle?: AuditSettle;
}

/** A detection as the tab reports it (TabDetection and any fields added to it later). */
type TabDetectionLike = Omit<AuditDetection, 'disclosure'> & { disclosure?: unknown } & Record<string, unknown>;

/** Fields of a tab's detection that only describe the banner on screen, not the chat. */
const SCREEN_ONLY_FIELDS = new Set(['frameId', 'bannerShown', 'hiddenBecause', 'website', 'surface']);

/**
 * A tab's detection as a report row's detection. The fields of the report.json contract come
 * first; any other field the detection carries (page context, claims, hidden by the page, a
 * disclosure verdict) passes through unchanged, so the report grows with the detector. The
 * list of disclosure findings moves to the page's `disclosure` list, as it always has.
 */
export function toAuditDetection(d: TabDetection | TabDetectionLike): AuditDetection {
  const row: Record<string, unknown> = {
    rule: d.rule,
    name: d.name,
    kind: d.kind,
    category: d.category,
    disclosed: d.disclosed,
    confidence: d.confidence,
    evidence: d.evidence,
  };
  for (const [key, value] of Object.entries(d)) {
    if (key in row || SCREEN_ONLY_FIELDS.has(key) || value === undefined) continue;
    if (key === 'disclosure' && Array.isArray(value)) continue;
    // The verdict travels in the tab as `disclosureDetail`; the report calls it `disclosure`.
    if (key === 'disclosureDetail') {
      row.disclosure = auditDisclosure(value as DisclosureDetail);
      continue;
    }
    row[key] = value;
  }
  return row as unknown as AuditDetection;
}

/** The page's disclosure findings, from a tab's detections. */
export function toAuditDisclosure(detections: ReadonlyArray<{ rule: string; disclosure?: unknown }>): AuditDisclosure[] {
  return detections.flatMap((d) =>
    Array.isArray(d.disclosure) ? (d.disclosure as Array<{ text: string; where: string }>).map((f) => ({ rule: d.rule, text: f.text, where: f.where })) : [],
  );
}

export interface AuditReport {
  /** `autoconsent`: the version of DuckDuckGo's autoconsent that handled cookie pop-ups, when it was used */
  tool: { name: 'Candor'; version: string; rulesVersion: string; browser: string; autoconsent?: string };
  startedAt: string;
  finishedAt: string;
  pages: AuditPage[];
}

/** The report's `disclosure` for one detection, from the verdict's detail (none for old records). */
export function auditDisclosure(detail: DisclosureDetail | undefined): AuditDisclosureVerdict | undefined {
  if (!detail) return undefined;
  return { verdict: detail.verdict, read: detail.read, reason: reasonSentence(detail), reasonCode: detail.reason };
}

// ---------- sharding ----------

/** FNV-1a, 32 bit: a stable hash so the same URL always lands in the same shard. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function parseShard(spec: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must look like i/n with 1 ≤ i ≤ n (got "${spec}")`);
  }
  return { index, count };
}

/** The URLs of shard i of n (1-based), in their original order; decided by a hash of each URL. */
export function shardUrls(urls: readonly string[], shard: { index: number; count: number }): string[] {
  return urls.filter((url) => hashString(url) % shard.count === shard.index - 1);
}

// ---------- merging ----------

export function mergeReports(reports: readonly AuditReport[]): { report: AuditReport; warnings: string[] } {
  if (reports.length === 0) throw new Error('nothing to merge');
  const warnings: string[] = [];
  const first = reports[0]!;
  for (const r of reports.slice(1)) {
    if (r.tool.version !== first.tool.version || r.tool.rulesVersion !== first.tool.rulesVersion) {
      warnings.push(`reports come from different versions: ${first.tool.version}/${first.tool.rulesVersion} and ${r.tool.version}/${r.tool.rulesVersion}`);
    }
  }
  const seen = new Set<string>();
  const pages: AuditPage[] = [];
  for (const r of reports) {
    for (const page of r.pages) {
      if (seen.has(page.url)) {
        warnings.push(`${page.url} appears in more than one report; the first is kept`);
        continue;
      }
      seen.add(page.url);
      pages.push(page);
    }
  }
  const times = (key: 'startedAt' | 'finishedAt') => reports.map((r) => r[key]).sort();
  return {
    report: { tool: first.tool, startedAt: times('startedAt')[0]!, finishedAt: times('finishedAt').at(-1)!, pages },
    warnings,
  };
}

/** Checks that parsed JSON has the report's shape, naming the first problem. */
export function checkReport(data: unknown, source: string): AuditReport {
  const fail = (what: string) => {
    throw new Error(`${source}: not a Candor report (${what})`);
  };
  if (typeof data !== 'object' || data === null) fail('not an object');
  const r = data as Partial<AuditReport>;
  if (r.tool?.name !== 'Candor') fail('tool.name is not "Candor"');
  if (!Array.isArray(r.pages)) fail('pages is not a list');
  if (typeof r.startedAt !== 'string' || typeof r.finishedAt !== 'string') fail('startedAt/finishedAt missing');
  for (const [i, page] of r.pages!.entries()) {
    if (typeof page?.url !== 'string') fail(`pages[${i}].url missing`);
    if (!Array.isArray(page.detections)) fail(`pages[${i}].detections is not a list`);
  }
  return r as AuditReport;
}

// ---------- CSV ----------

/** One CSV cell: quoted, and neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'url',
  'finalUrl',
  'status',
  'httpStatus',
  'error',
  'rule',
  'name',
  'kind',
  'disclosed',
  'confidence',
  'evidence',
  'disclosureText',
  'screenshot',
  'visitedAt',
  // added with the crash-safe audit; new columns only ever go at the end
  'attempts',
  'consentPlatform',
  'consentAction',
  'settleWaitedMs',
  'networkQuiet',
  'context',
  'hiddenByPage',
  'claims',
  'claimText',
  'disclosureVerdict',
  'disclosureReason',
] as const;

/** One row per detected chat, and one row for a page with none. */
export function toCsv(report: AuditReport): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const page of report.pages) {
    const base = [page.url, page.finalUrl, page.status, page.httpStatus, page.error ?? ''];
    const tail = [
      page.screenshot,
      page.visitedAt,
      page.attempts,
      page.consent?.platform,
      page.consent?.action,
      page.settle?.waitedMs,
      page.settle ? (page.settle.networkQuiet ? 'yes' : 'no') : '',
    ];
    const list = page.detections.length > 0 ? page.detections : [null];
    for (const d of list) {
      const disclosure = d ? page.disclosure.filter((x) => x.rule === d.rule).map((x) => x.text).join(' | ') : '';
      const extra = d as (AuditDetection & { context?: unknown; hiddenByPage?: unknown }) | null;
      const claims = d?.claims ?? [];
      const detectionTail = [
        typeof extra?.context === 'string' ? extra.context : '',
        typeof extra?.hiddenByPage === 'boolean' ? (extra.hiddenByPage ? 'yes' : 'no') : '',
        [...new Set(claims.map((c) => c.claim))].join(' | '),
        claims.map((c) => c.text).join(' | '),
        d?.disclosure?.verdict ?? '',
        d?.disclosure?.reason ?? '',
      ];
      const cells = d
        ? [...base, d.rule, d.name, d.kind, d.disclosed, d.confidence, d.evidence.map((e) => `${e.type}: ${e.value}`).join(' | '), disclosure, ...tail, ...detectionTail]
        : [...base, '', '', '', '', '', '', '', ...tail, ...detectionTail];
      rows.push(cells.map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

// ---------- HTML ----------

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS_WORDS: Record<CheckItem['status'], string> = {
  observed: 'Observed',
  'not-observed': 'Not observed',
  manual: 'Needs a manual check',
};

/** A self-contained, printable HTML report (print to PDF from the browser). */
export function toHtml(report: AuditReport): string {
  const e = escapeHtml;
  const pages = report.pages
    .map((page, i) => {
      const detections = page.detections.length
        ? `<table><thead><tr><th>Chat</th><th>Kind</th><th>Context</th><th>Says it is AI</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>${page.detections
            .map(
              (d) =>
                `<tr><td>${e(d.name)} <code>${e(d.rule)}</code>${d.hiddenByPage ? '<br><strong>The page hid Candor\'s note.</strong>' : ''}</td><td>${e(d.kind)}</td><td>${e(d.context ?? '—')}${(d.claims ?? [])
                  .map((c) => `<br><strong>Presents itself as a ${e(c.claim)}:</strong> <q>${e(c.text)}</q> <small>(${e(c.where)})</small>`)
                  .join('')}</td><td>${e(d.disclosed)}${d.disclosure ? `<br><small>${e(d.disclosure.reason)}</small>` : ''}${page.disclosure
                  .filter((x) => x.rule === d.rule)
                  .map((x) => `<br><q>${e(x.text)}</q> <small>(${e(x.where)})</small>`)
                  .join('')}</td><td>${e(d.confidence)}%</td><td><ul>${d.evidence.map((ev) => `<li>${e(ev.type)}: <code>${e(ev.value)}</code></li>`).join('')}</ul></td></tr>`,
            )
            .join('')}</tbody></table>`
        : '<p>No chat interface detected.</p>';
      const checklist = page.checklist.length
        ? `<h3>Disclosure checklist</h3><table class="checklist"><thead><tr><th>Law</th><th>What it asks</th><th>Status</th><th>What Candor looked at</th></tr></thead><tbody>${page.checklist
            .map(
              (c) =>
                `<tr><td>${e(c.law)}<br><small>${e(c.citation)}<br>${c.sources.map((s) => `<a href="${e(s)}">${e(s)}</a>`).join('<br>')}</small></td><td>${e(c.requirement)}</td><td class="status-${e(c.status)}">${e(STATUS_WORDS[c.status])}</td><td>${e(c.lookedAt)}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '';
      return `<section class="page" id="page-${i + 1}"><h2>${i + 1}. ${e(page.url)}</h2>
<p><strong>Status:</strong> ${e(page.status)}${page.httpStatus ? ` (HTTP ${e(page.httpStatus)})` : ''}${page.error ? ` — ${e(page.error)}` : ''}<br>
<strong>Final address:</strong> ${e(page.finalUrl ?? '—')}<br><strong>Visited:</strong> ${e(page.visitedAt)}</p>
${detections}${checklist}
${page.screenshot ? `<figure><img loading="lazy" src="${e(page.screenshot)}" alt="Screenshot of ${e(page.url)}"><figcaption>Screenshot: ${e(page.screenshot)}</figcaption></figure>` : ''}
</section>`;
    })
    .join('\n');
  const consentWords: Record<AuditConsent['action'], string> = { none: 'nothing done', accepted: 'accepted', rejected: 'rejected', failed: 'tried, failed' };
  const overview = report.pages
    .map((page, i) => {
      const chats = page.detections.map((d) => `${e(d.name)} <small>(${e(d.kind)}; says AI: ${e(verdictOf(d))})</small>`).join('<br>') || '—';
      const consent = page.consent ? `${e(page.consent.platform ?? 'none seen')}${page.consent.platform ? `: ${e(consentWords[page.consent.action])}` : ''}` : '';
      return `<tr><td><a href="#page-${i + 1}">${i + 1}</a></td><td><code>${e(page.url)}</code></td><td>${e(page.status)}</td><td>${chats}</td><td>${e(page.detections.length ? CONTEXT_LABELS[contextOf(page)] : '')}</td><td>${consent}</td></tr>`;
    })
    .join('');
  const overviewTable = `<h2>Pages</h2><table class="overview"><thead><tr><th>#</th><th>Page</th><th>Status</th><th>Chats</th><th>Context</th><th>Cookie pop-up</th></tr></thead><tbody>${overview}</tbody></table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Candor disclosure audit</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1000px;padding:0 16px;color:#1f2430}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #ccd;padding:4px 6px;vertical-align:top;text-align:left}
code{font-size:12px;word-break:break-all}img{max-width:100%;border:1px solid #ccd}.page{break-inside:avoid-page;margin-top:28px}
.status-observed{color:#1f6f4a}.status-not-observed{color:#b3261e}.status-manual{color:#6b4500}.note{background:#fff7e6;padding:8px 10px;border-radius:6px}
@media print{a{color:inherit}}
${SUMMARY_CSS}
</style></head><body>
<h1>Candor disclosure audit</h1>
<p>${e(report.tool.name)} ${e(report.tool.version)} · rules ${e(report.tool.rulesVersion)} · ${e(report.tool.browser)}<br>
Started ${e(report.startedAt)} · finished ${e(report.finishedAt)} · ${report.pages.length} pages</p>
<p class="note">${e(NOT_LEGAL_ADVICE)}</p>
${summaryHtml(buildSummary(report.pages), e)}
${overviewTable}
<h2>Each page</h2>
${pages}
</body></html>
`;
}
