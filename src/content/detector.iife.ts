/**
 * The detection engine in a page: scans, evaluates and reports what it found to the background,
 * which injects the banner UI into this frame. It is not on every page: the background injects
 * it (scripting.executeScript) into a frame only when the sentinel there saw something that
 * could be a chat (sentinel.iife.ts), so a page without a chat never parses the engine or its
 * index.
 *
 * Built as a self-contained IIFE (see vite.config.ts) so nothing on the page can probe for
 * web-accessible chunks.
 */
import contentIndex from 'candor:generated/content-index.json';
import contextLexicon from 'candor:generated/context-lexicon.json';
import { readChatFrame, readDetection } from '../detection/chat-verdict';
import { cssPosition, isDrawn } from '../detection/drawn';
import { claimInChat, gatherPersonaPieces } from '../detection/claim-pieces';
import { classifyPage, readPageSignals, type ContextResult } from '../detection/context';
import { decideDisclosure } from '../detection/verdict';
import { indexFromJson, SIGNAL_TYPE_OF_CODE, type CompiledIndex } from '../detection/compile';
import {
  COMPOSER_SELECTOR,
  evaluate,
  matchUrl,
  scanDocument,
  subtreeHasCandidate,
  type Detection,
  type Hit,
  type ResourceLike,
} from '../detection/scan';
import type { ReportedDetection } from '../messaging/protocol';
import { BANNER_TAG, setHandle } from './handle';
import { sameOriginAsTop } from './frames';
import { contextAlive, getRuntime, send } from './runtime';

const index = indexFromJson(contentIndex as CompiledIndex);
/** Coalesces bursts of DOM changes into one scan. */
const SCAN_DELAY_MS = 30;
/** Pages that keep adding big subtrees get a scan at most this often. */
const SLOW_SCAN_MS = 1000;
/** A page that was nearly empty when its context was read (still loading) is read again after this. */
const CONTEXT_RETRY_MS = 3000;
/** Below this many characters of text, a page has not said much about itself yet. */
const THIN_PAGE_TEXT = 400;
/** A chat whose text changes (a greeting appears) is read again at most this often. */
const REREAD_MS = 1000;
/** A whole-site app's conversation changes all the time (replies stream in): read it less often. */
const SITE_REREAD_MS = 3000;

function engage(): void {
  const resourceMatches: ResourceLike[] = [];
  let hits: Hit[] = [];
  let detections: Detection[] = [];
  let lastReport = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let listening = false;
  let unsure = false;
  let lastScanAt = 0;
  let rereadTimer: ReturnType<typeof setTimeout> | undefined;
  /** documents of same-origin frames inside detected chats, watched for text changes */
  const watchedFrameDocs = new WeakSet<Document>();

  // On a whole-site app's pages, its own signals and a chat composer appearing later also
  // warrant a scan; elsewhere they are not even looked for.
  const siteRules = new Set(matchUrl(index, location.href, ['h']).map((n) => index.signals[n]!.r));
  const extraTrigger = siteRules.size > 0 ? COMPOSER_SELECTOR : undefined;

  const noteResource = (entry: { name: string; initiatorType: string }): boolean => {
    if (matchUrl(index, entry.name, ['s', 'f']).length === 0) return false;
    resourceMatches.push({ name: entry.name, initiatorType: entry.initiatorType });
    return true;
  };

  const isOwn = (node: Node): boolean =>
    node.nodeType === 1 && ((node as Element).localName === BANNER_TAG || !!(node as Element).closest?.(BANNER_TAG));

  /** In a subframe: rules whose widget this frame belongs to (its own iframe is one of theirs). */
  const rulesOfEnclosingWidget = (): Set<number> => {
    const rules = new Set<number>();
    let frameEl: Element | null = null;
    try {
      frameEl = window.frameElement;
    } catch {
      frameEl = null;
    }
    for (let depth = 0; frameEl && depth < 5; depth++) {
      const src = (frameEl as HTMLIFrameElement).src;
      if (src) for (const n of matchUrl(index, src, ['f'])) rules.add(index.signals[n]!.r);
      for (const signal of index.signals) {
        if (signal.t !== 'e' || !signal.q) continue;
        try {
          if (frameEl.closest(signal.q)) rules.add(signal.r);
        } catch {
          /* unsupported selector */
        }
      }
      const parentWindow = frameEl.ownerDocument.defaultView;
      try {
        frameEl = parentWindow && parentWindow !== window.top ? parentWindow.frameElement : null;
      } catch {
        frameEl = null;
      }
    }
    return rules;
  };

  /**
   * What the page around the chat is about. Read only here, after a chat was found, and again
   * only when the page's address or title changes, or when it had not said much yet.
   */
  let context: { key: string; at: number; thin: boolean; result: ContextResult } | null = null;
  const pageContextNow = (chatElements: Element[]): ContextResult => {
    const key = `${location.href}\n${document.title}`;
    const now = Date.now();
    if (context && context.key === key && (!context.thin || now - context.at < CONTEXT_RETRY_MS)) return context.result;
    const signals = readPageSignals(document, location.href, chatElements);
    context = { key, at: now, thin: signals.text.length < THIN_PAGE_TEXT, result: classifyPage(signals, contextLexicon) };
    return context.result;
  };

  const report = (force = false) => {
    const anchorsOf = (d: Detection) => d.hits.flatMap((h) => (h.el && h.el.isConnected ? [h.el] : []));
    const isSiteApp = (d: Detection) => d.hits.some((h) => index.signals[h.s]!.t === 'h');
    // A whole-site app's page is the person's own conversation: never read as page context (its
    // category decides, in the background). A widget's page is read, without the widget itself.
    const widgets = detections.filter((d) => !isSiteApp(d));
    const page = widgets.length > 0 ? pageContextNow(widgets.flatMap(anchorsOf)) : null;
    const payload: ReportedDetection[] = detections.map((d) => {
      // One reading of the chat's own words: the disclosure verdict and the therapist claim both come from it.
      const { read, knowledge, surface } = readDetection(index, d, { doc: document, positionOf: cssPosition, isVisible: isDrawn });
      const verdict = decideDisclosure(read, { knowledge, surface });
      const persona = surface === 'site' ? gatherPersonaPieces(document, location.href, index.rules[d.ruleIndex]!.pe) : [];
      const claim = claimInChat(read.pieces, { surface, persona });
      const isSite = surface === 'site';
      return {
        rule: d.rule,
        confidence: d.confidence,
        evidence: d.hits.map((h) => ({ type: SIGNAL_TYPE_OF_CODE[index.signals[h.s]!.t], value: h.value })),
        disclosed: verdict.disclosed,
        disclosure: verdict.findings,
        disclosureDetail: verdict.detail,
        context: isSite || !page ? 'general' : page.context,
        contextEvidence: isSite || !page ? [] : page.evidence,
        claims: claim ? [claim] : [],
      };
    });
    watchChatFrames();
    const text = JSON.stringify(payload);
    if (!force && text === lastReport) return;
    // A page that never had a chat never sends anything (nor touches the extension API).
    if (!force && lastReport === '' && payload.length === 0) return;
    if (!contextAlive()) return stop();
    if (!listening) {
      getRuntime()?.onMessage.addListener(onMessage);
      listening = true;
    }
    lastReport = text;
    void send({ type: 'detections/report', url: location.href, detections: payload });
  };

  const scan = () => {
    timer = undefined;
    if (stopped) return;
    lastScanAt = Date.now();
    hits = scanDocument(index, { doc: document, url: location.href, resources: resourceMatches });
    let found = evaluate(index, hits, { hasComposer: () => document.querySelector(COMPOSER_SELECTOR) !== null });
    if (found.length > 0 && window !== window.top) {
      const enclosing = rulesOfEnclosingWidget();
      found = found.filter((d) => !enclosing.has(d.ruleIndex));
    }
    detections = found;
    report();
  };

  const schedule = () => {
    if (timer === undefined && !stopped) timer = setTimeout(scan, SCAN_DELAY_MS);
  };
  /** A scan no sooner than a second after the last one, for big insertions not looked through. */
  const scheduleSlow = () => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(scan, Math.max(SCAN_DELAY_MS, lastScanAt + SLOW_SCAN_MS - Date.now()));
  };

  const couldBeWidget = (el: Element): boolean => {
    const tag = el.localName;
    if (tag === BANNER_TAG) return false;
    if (tag === 'script' || tag === 'iframe') {
      const src = (el as HTMLScriptElement | HTMLIFrameElement).src;
      return !!src && matchUrl(index, src, tag === 'script' ? ['s'] : ['f']).length > 0;
    }
    const verdict = subtreeHasCandidate(index, el, extraTrigger, siteRules);
    if (verdict === 'yes') return true;
    if (verdict === 'unsure') unsure = true;
    return false;
  };

  /** The chat's own text changed (a greeting appeared): read it again, at most once a second. */
  const scheduleReread = (delay = REREAD_MS) => {
    if (rereadTimer !== undefined || stopped) return;
    rereadTimer = setTimeout(() => {
      rereadTimer = undefined;
      if (!stopped) report();
    }, delay);
  };
  /** Did this change happen in a detected chat's text? (What the person types does not count.) */
  const chatChangeDelay = (record: MutationRecord): number | null => {
    const target = record.target;
    if (isOwn(target)) return null;
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (el?.closest('textarea,input,[contenteditable]:not([contenteditable="false"])')) return null;
    for (const d of detections) {
      if (siteRules.has(d.ruleIndex)) return SITE_REREAD_MS;
      for (const h of d.hits) if (h.el && h.el !== document.body && h.el.contains(target)) return REREAD_MS;
    }
    return null;
  };
  /** Same-origin frames inside a detected chat (a messenger written into about:blank) change too. */
  const frameObserver = new MutationObserver(() => scheduleReread());
  const watchChatFrames = () => {
    for (const d of detections) {
      for (const h of d.hits) {
        if (!h.el?.isConnected) continue;
        const frames = h.el.localName === 'iframe' ? [h.el] : [...h.el.querySelectorAll('iframe')].slice(0, 5);
        for (const frame of frames) {
          let doc: Document | null = null;
          try {
            doc = (frame as HTMLIFrameElement).contentDocument;
          } catch {
            doc = null;
          }
          if (!doc || watchedFrameDocs.has(doc)) continue;
          watchedFrameDocs.add(doc);
          try {
            frameObserver.observe(doc, { childList: true, subtree: true, characterData: true });
          } catch {
            /* the frame went away */
          }
        }
      }
    }
  };

  const observer = new MutationObserver((records) => {
    if (detections.length > 0 && rereadTimer === undefined) {
      for (const record of records) {
        const delay = chatChangeDelay(record);
        if (delay !== null) {
          scheduleReread(delay);
          break;
        }
      }
    }
    if (timer !== undefined) return; // a scan is already on its way
    unsure = false;
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType === 1 && couldBeWidget(node as Element)) return schedule();
      }
      // A widget taken off the page takes its banner with it.
      if (detections.length > 0 && record.removedNodes.length > 0) {
        for (let i = 0; i < record.removedNodes.length; i++) {
          if (!isOwn(record.removedNodes[i]!)) return schedule();
        }
      }
    }
    // Something too big to look through was added: scan, but at most once a second.
    if (unsure) scheduleSlow();
  });

  let performanceObserver: PerformanceObserver | undefined;
  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'detector/rescan') {
      scan();
      report(true);
    }
    return undefined;
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Back/forward cache: the background forgot this page when it was left; tell it again.
    if (event.persisted && detections.length > 0) report(true);
  };

  function stop() {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    if (rereadTimer !== undefined) clearTimeout(rereadTimer);
    observer.disconnect();
    frameObserver.disconnect();
    performanceObserver?.disconnect();
    removeEventListener('pageshow', onPageShow);
    try {
      if (listening) getRuntime()?.onMessage.removeListener(onMessage);
    } catch {
      /* the context is already gone */
    }
  }

  setHandle({
    anchors: (rule) =>
      detections
        .find((d) => d.rule === rule)
        ?.hits.flatMap((h) => (h.el && h.el.isConnected ? [h.el] : [])) ?? [],
    isOwnNode: isOwn,
    bannerTag: BANNER_TAG,
  });

  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) noteResource(entry);
  try {
    performanceObserver = new PerformanceObserver((list) => {
      let relevant = false;
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) relevant = noteResource(entry) || relevant;
      if (relevant) schedule();
    });
    performanceObserver.observe({ type: 'resource' });
  } catch {
    /* no resource timing here: script and DOM signals still work */
  }
  observer.observe(document, { childList: true, subtree: true });
  addEventListener('pageshow', onPageShow);
  scan();
}

/**
 * A vendor's own chat frame on another origin (its URL matches a rule's frame signal): no
 * detection here — the page that embeds it does that — but this is where the chat's words are,
 * so read them for an AI disclosure and for the chat presenting itself as a therapist, and tell
 * the background, again when they change (at most once a second) until a disclosure is found.
 */
function watchChatFrame(rules: string[]): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ruleIndexes = index.rules.flatMap((r, i) => (rules.includes(r.id) ? [i] : []));
  const read = () => {
    timer = undefined;
    if (!contextAlive()) return observer.disconnect();
    const { read: words, knowledge } = readChatFrame(index, ruleIndexes, document, isDrawn);
    const result = decideDisclosure(words, { knowledge });
    const claim = claimInChat(words.pieces);
    const claims = claim ? [claim] : [];
    const text = JSON.stringify([result.disclosed, result.findings, result.detail, claims]);
    if (text !== last) {
      last = text;
      void send({ type: 'frame/disclosure', url: location.href, rules, disclosed: result.disclosed, disclosure: result.findings, detail: result.detail, claims });
    }
    if (result.disclosed === 'yes') observer.disconnect();
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(read, 1000);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  read();
}

/**
 * A vendor's own chat frame on another origin: rules whose frame URL this is.
 */
function chatFrameRules(): string[] {
  return [...new Set(matchUrl(index, location.href, ['f']).map((n) => index.rules[index.signals[n]!.r]!.id))];
}

// Once per frame: the sentinel asks once, but a restarted background cannot know it already
// injected the engine here. The flag lives in the extension's isolated world, out of the page's reach.
const ENGAGED_KEY = '__candorEngaged';
const world = globalThis as unknown as Record<string, boolean | undefined>;
if (!world[ENGAGED_KEY] && document.childElementCount > 0) {
  world[ENGAGED_KEY] = true;
  if (sameOriginAsTop()) engage();
  else {
    const rules = chatFrameRules();
    if (rules.length > 0) watchChatFrame(rules);
  }
}
