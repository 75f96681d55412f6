/**
 * Candor as an HTTP Archive custom metric: what the extension's engine finds on a page, computed
 * by WebPageTest in the page's top frame at the end of the load, returned as one JSON string.
 *
 * The engine (src/detection/scan.ts) and the disclosure matcher (through disclosure-adapter.ts)
 * are the extension's own; this file only decides where to look. The extension runs in every
 * frame; a custom metric runs in the top one, so it looks at:
 *  - the top document, as the extension does there (scripts, frames, elements, resource timing);
 *  - every request WebPageTest saw (`$WPT_REQUESTS`, handed in by the wrapper), which includes
 *    scripts and frames loaded by any frame and entries resource timing drops once its buffer
 *    (250 entries by default) is full;
 *  - same-origin frames and open shadow roots near the top of the body, where they can be read.
 * A cross-origin frame's document cannot be read: a widget seen only there (its frame's URL
 * does not match a rule, and nothing in the top document does) is missed. Its disclosure text
 * is also out of reach, so such chats report `disclosed: "unknown"` more often than the extension.
 *
 * Nothing here throws out of `candorMetric`: any failure becomes `{ "error": "…" }`.
 */
import { SIGNAL_TYPE_OF_CODE, type CompiledIndex } from '../detection/compile';
import { COMPOSER_SELECTOR, evaluate, isExecutableScript, matchUrl, scanDocument, walk, type Detection, type Hit, type ResourceLike } from '../detection/scan';
import { chatDisclosure, type MetricDisclosed } from './disclosure-adapter';

export interface MetricData {
  /** Candor's version (package.json) */
  version: string;
  /** the rules' version (newest lastVerified, count, content hash) */
  rulesVersion: string;
  /** the engine's compiled index, page globals included (this runs in the page's own world) */
  index: CompiledIndex;
  /** each rule's kind, by rule index */
  kinds: string[];
}

export interface MetricEvidence {
  type: 'script' | 'frame' | 'element' | 'host' | 'global';
  value: string;
}

export interface MetricDetection {
  rule: string;
  kind: string;
  confidence: number;
  disclosed: MetricDisclosed;
  /** the chat's own words that disclosed AI */
  disclosure: string[];
  /** why `disclosed` is what it is: said-ai | read-no-ai | labels-only | frame-unreadable | nothing-readable */
  disclosureReason: string;
  evidence: MetricEvidence[];
  /** where it was found: the top document or a same-origin frame */
  where: 'top' | 'frame';
}

export interface MetricResult {
  version: string;
  rulesVersion: string;
  detections: MetricDetection[];
  /** frames whose documents could not be read (cross-origin): chats only inside them are missed */
  unreadFrames: number;
  /** time the metric took, in milliseconds */
  ms: number;
}

/** Same-origin frames read, at most, and how deep. */
const MAX_FRAMES = 20;
const MAX_FRAME_DEPTH = 2;
/** Elements looked at for open shadow roots near the top of each body (the engine's walk). */
const SHADOW_WALK_LIMIT = 400;
const SHADOW_WALK_DEPTH = 6;
/** Scripts and frames read inside one shadow root. */
const PER_SHADOW_ROOT = 20;
/** Requests from WebPageTest looked at. */
const MAX_REQUESTS = 3000;
const MAX_EVIDENCE = 5;

/**
 * WebPageTest's request list (custom-metrics' own metrics read `request.url` and filter on
 * `request.type === 'Script'` / `'Document'`) as the engine's resource entries. A document
 * request is a frame, unless it is the page itself.
 */
export function requestsAsResources(requests: unknown, pageUrl: string): ResourceLike[] {
  if (!Array.isArray(requests)) return [];
  const page = pageUrl.split('#')[0];
  const out: ResourceLike[] = [];
  for (let i = 0; i < requests.length && i < MAX_REQUESTS; i++) {
    const request = requests[i] as { url?: unknown; type?: unknown } | null;
    if (!request || typeof request.url !== 'string') continue;
    if (request.type === 'Script') out.push({ name: request.url, initiatorType: 'script' });
    else if (request.type === 'Document' && request.url.split('#')[0] !== page) out.push({ name: request.url, initiatorType: 'iframe' });
  }
  return out;
}

function resourceEntries(win: Window): ResourceLike[] {
  try {
    return win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  } catch {
    return [];
  }
}

interface Place {
  doc: Document;
  win: Window;
  where: MetricDetection['where'];
}

/** The top document and the same-origin frames under it that can be read. */
function readablePlaces(top: Window): { places: Place[]; unread: number } {
  const places: Place[] = [{ doc: top.document, win: top, where: 'top' }];
  let unread = 0;
  const visit = (doc: Document, depth: number) => {
    const frames = doc.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) {
      if (places.length > MAX_FRAMES) return;
      let inner: Document | null = null;
      let innerWin: Window | null = null;
      try {
        inner = frames[i]!.contentDocument; // null (or a throw) when cross-origin
        innerWin = frames[i]!.contentWindow;
      } catch {
        inner = null;
      }
      if (!inner || !innerWin || !inner.documentElement) {
        unread++;
        continue;
      }
      places.push({ doc: inner, win: innerWin, where: 'frame' });
      if (depth < MAX_FRAME_DEPTH) visit(inner, depth + 1);
    }
  };
  visit(top.document, 1);
  return { places, unread };
}

/** Scripts and frames inside open shadow roots near the top of the body, by their URL. */
function shadowHits(index: CompiledIndex, doc: Document): Hit[] {
  const hits: Hit[] = [];
  const root = doc.body;
  if (!root) return hits;
  walk(root, SHADOW_WALK_LIMIT, SHADOW_WALK_DEPTH, (el) => {
    const shadow = el.shadowRoot;
    if (!shadow) return;
    const sources = shadow.querySelectorAll('script[src], iframe[src]');
    for (let i = 0; i < sources.length && i < PER_SHADOW_ROOT; i++) {
      const source = sources[i] as HTMLScriptElement | HTMLIFrameElement;
      const isScript = source.localName === 'script';
      if (isScript && !isExecutableScript(source as HTMLScriptElement)) continue;
      for (const n of matchUrl(index, source.src, [isScript ? 's' : 'f'])) {
        if (!index.rules[index.signals[n]!.r]!.site) hits.push(isScript ? { s: n, value: source.src } : { s: n, value: source.src, el: source });
      }
    }
  });
  return hits;
}

/** Page globals of the rules that have hits, read in the page's world (they only add confidence). */
function globalHits(index: CompiledIndex, win: Window, hits: readonly Hit[]): Hit[] {
  const rules = new Set(hits.map((h) => index.signals[h.s]!.r));
  const out: Hit[] = [];
  index.signals.forEach((signal, n) => {
    if (signal.t !== 'g' || !signal.n || !rules.has(signal.r)) return;
    try {
      let value: unknown = win;
      for (const part of signal.n.split('.')) {
        if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
        value = (value as Record<string, unknown>)[part];
      }
      if (value !== undefined && value !== null) out.push({ s: n, value: `window.${signal.n}` });
    } catch {
      /* a hostile getter: not there */
    }
  });
  return out;
}

function hasComposer(doc: Document): boolean {
  try {
    return doc.querySelector(COMPOSER_SELECTOR) !== null;
  } catch {
    return false;
  }
}

function detectIn(index: CompiledIndex, place: Place, extraResources: readonly ResourceLike[]): Detection[] {
  const { doc, win } = place;
  const resources = [...resourceEntries(win), ...extraResources];
  const hits = [...scanDocument(index, { doc, url: doc.URL, resources }), ...shadowHits(index, doc)];
  if (hits.length === 0) return [];
  return evaluate(index, hits, { extraHits: globalHits(index, win, hits), hasComposer: () => hasComposer(doc) });
}

function toDetection(index: CompiledIndex, data: MetricData, d: Detection, place: Place): MetricDetection {
  const disclosure = chatDisclosure(index, d, place.doc);
  const seen = new Set<string>();
  const evidence: MetricEvidence[] = [];
  for (const hit of d.hits) {
    const item = { type: SIGNAL_TYPE_OF_CODE[index.signals[hit.s]!.t], value: hit.value };
    const key = `${item.type} ${item.value}`;
    if (seen.has(key) || evidence.length >= MAX_EVIDENCE) continue;
    seen.add(key);
    evidence.push(item);
  }
  return {
    rule: d.rule,
    kind: data.kinds[d.ruleIndex] ?? 'unknown',
    confidence: d.confidence,
    disclosed: disclosure.disclosed,
    disclosure: disclosure.phrases,
    disclosureReason: disclosure.reason,
    evidence,
    where: place.where,
  };
}

/** What Candor finds on the page in `win` (its top frame). May throw; candorMetric does not. */
export function runMetric(win: Window, data: MetricData, requests?: unknown): MetricResult {
  const started = win.performance.now();
  const { index } = data;
  const { places, unread } = readablePlaces(win);
  const requestResources = requestsAsResources(requests, win.document.URL);
  const byRule = new Map<string, MetricDetection>();
  places.forEach((place, i) => {
    let found: Detection[];
    try {
      // WebPageTest's requests belong to the whole page: matched once, with the top document.
      found = detectIn(index, place, i === 0 ? requestResources : []);
    } catch {
      if (i === 0) throw new Error('the top document could not be scanned');
      return; // one unreadable frame does not lose what the others show
    }
    for (const d of found) if (!byRule.has(d.rule)) byRule.set(d.rule, toDetection(index, data, d, place));
  });
  return {
    version: data.version,
    rulesVersion: data.rulesVersion,
    detections: [...byRule.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
    unreadFrames: unread,
    ms: Math.round((win.performance.now() - started) * 10) / 10,
  };
}

/** The metric's return value: the result as JSON, or `{"error": "…"}`. Never throws. */
export function candorMetric(win: Window, data: MetricData, requests?: unknown): string {
  try {
    return JSON.stringify(runMetric(win, data, requests));
  } catch (error) {
    let message = 'unknown error';
    try {
      message = String((error as Error)?.message ?? error).slice(0, 200);
    } catch {
      /* an error whose message cannot be read */
    }
    try {
      return JSON.stringify({ version: data.version, rulesVersion: data.rulesVersion, error: message });
    } catch {
      // JSON itself replaced by the page: a fixed answer that is still valid JSON.
      return '{"error":"the page replaced JSON.stringify"}';
    }
  }
}
