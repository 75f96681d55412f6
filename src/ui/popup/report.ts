/**
 * The "wrong or missed detection" report: built on the device, shown to the person in full,
 * copied or downloaded by them. Nothing is ever sent. Pure, so it is unit-tested.
 */
import type { TabState } from '../../messaging/protocol';

export interface ReportOptions {
  problem: 'wrong' | 'missed' | 'other';
  note: string;
  /** include the full page address instead of the site's origin */
  fullUrl: boolean;
  versions: { extension: string; rules: string; browser: string };
  now: Date;
}

/** The origin of a URL ("https://shop.example"), or null for anything that is not a web page. */
export function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export function buildReport(state: TabState, options: ReportOptions) {
  return {
    candorReport: 1,
    problem: options.problem,
    page: options.fullUrl ? state.url : originOf(state.url),
    note: options.note.trim().slice(0, 2000),
    detections: state.detections.map((d) => ({
      rule: d.rule,
      kind: d.kind,
      confidence: d.confidence,
      disclosed: d.disclosed,
      disclosure: d.disclosure.map((f) => f.text),
      ...(d.disclosureDetail ? { disclosureReason: d.disclosureDetail.reason } : {}),
      bannerShown: d.bannerShown,
      evidence: d.evidence.map((e) => `${e.type}: ${options.fullUrl ? e.value : trimEvidence(e.value)}`),
    })),
    versions: options.versions,
    createdAt: options.now.toISOString(),
  };
}

/** Script and frame URLs lose their query strings unless the person chose the full address. */
function trimEvidence(value: string): string {
  return /^https?:\/\//.test(value) ? value.replace(/[?#].*$/, '') : value;
}
