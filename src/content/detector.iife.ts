/**
 * The only script Candor puts on every page. It looks for known chat interfaces and, when it
 * finds one, tells the background, which injects the banner UI into this frame.
 *
 * Two stages, because the content script runs on every page a person opens:
 *  - the sentinel (bottom of this file) asks the browser a few cheap questions at
 *    document_idle — is there an element with one of these ids, classes or tags, a script or
 *    frame from one of these hosts — and then sleeps inside a MutationObserver that only looks
 *    at what is added. It touches as few page elements as it
 *    can: making a wrapper for an element in this world is what costs.
 *  - only when something answers does `engage()` start the engine (scan, evaluate, report).
 * No polling, no timers left running on a page without a chat.
 *
 * Built as a self-contained IIFE (see vite.config.ts) so nothing on the page can probe for
 * web-accessible chunks.
 */
import contentIndex from 'candor:generated/content-index.json';
import { readChatDisclosure } from '../detection/chat-text';
import { indexFromJson, splitSelectorList, type CompiledIndex, type SignalCode } from '../detection/compile';
import {
  COMPOSER_SELECTOR,
  evaluate,
  matchUrl,
  NATIVE_CLASS_LIMIT,
  scanDocument,
  SHALLOW_DEPTH,
  SHALLOW_LIMIT,
  subtreeHasCandidate,
  walk,
  type Detection,
  type Hit,
  type ResourceLike,
} from '../detection/scan';
import type { Evidence, ReportedDetection } from '../messaging/protocol';
import { BANNER_TAG, setHandle } from './handle';
import { contextAlive, getRuntime, send } from './runtime';

const index = indexFromJson(contentIndex as CompiledIndex);
const EVIDENCE_TYPES: Record<SignalCode, Evidence['type']> = { s: 'script', f: 'frame', e: 'element', h: 'host', g: 'global' };
/** Coalesces bursts of DOM changes into one scan. */
const SCAN_DELAY_MS = 30;
/** Pages that keep adding big subtrees get a scan at most this often. */
const SLOW_SCAN_MS = 1000;

/** Top frame, or a frame of the same origin as the top (srcdoc and about:blank included). */
function sameOriginAsTop(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === window.location.origin || window.location.origin === 'null';
  } catch {
    return false;
  }
}

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

  const report = (force = false) => {
    const payload: ReportedDetection[] = detections.map((d) => {
      const elements = d.hits.flatMap((h) => (h.el && h.el.isConnected ? [h.el] : []));
      const isSite = d.hits.some((h) => index.signals[h.s]!.t === 'h');
      const disclosure = readChatDisclosure(isSite && document.body ? [document.body] : elements);
      return {
        rule: d.rule,
        confidence: d.confidence,
        evidence: d.hits.map((h) => ({ type: EVIDENCE_TYPES[index.signals[h.s]!.t], value: h.value })),
        disclosed: disclosure.disclosed,
        disclosure: disclosure.findings,
      };
    });
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

  const observer = new MutationObserver((records) => {
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
    observer.disconnect();
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
 * so read them for an AI disclosure and tell the background, again when they change (at most
 * once a second) until one is found.
 */
function watchChatFrame(rules: string[]): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = () => {
    timer = undefined;
    if (!contextAlive()) return observer.disconnect();
    const result = readChatDisclosure(document.body ? [document.body] : []);
    const text = JSON.stringify([result.disclosed, result.findings]);
    if (text !== last) {
      last = text;
      void send({ type: 'frame/disclosure', url: location.href, rules, disclosed: result.disclosed, disclosure: result.findings });
    }
    if (result.disclosed === 'yes') observer.disconnect();
  };
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(read, 1000);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  read();
}

// ---------------------------------------------------------------------------------------------
// The sentinel.

const pre = index.pre;
const preIds = new Set(pre.ids);
const preClasses = new Set(pre.classes);
const preTags = new Set(pre.tags);
const SOURCES = 'script[src],iframe[src]';

const urlHit = (url: string, types: SignalCode[]) => !!url && matchUrl(index, url, types).length > 0;

/** This page's host, from document.URL: reading `location` from this world costs more. */
function pageHost(url: string): string {
  const start = url.indexOf('//');
  if (start < 0) return '';
  let end = start + 2;
  while (end < url.length && !'/:?#'.includes(url[end]!)) end++;
  return url.slice(start + 2, end).toLowerCase();
}

/** Whether this page's host is one a whole-site AI app runs on (host maps only, no URL parsing). */
function onAppHost(host: string): boolean {
  if (host in index.hosts) return true;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) if (host.slice(dot + 1) in index.suffixes) return true;
  return false;
}

/**
 * Up to this many elements, one query for every key beats a lookup each; on bigger pages a
 * selector list costs a match per element per entry (A/B runs of ScriptDuration, 2026-11-28).
 */
const ONE_QUERY_LIMIT = 1500;

/** Whether anything matches; undefined when this browser cannot parse the selector. */
function queryMatches(selector: string): boolean | undefined {
  try {
    return !!selector && document.querySelector(selector) !== null;
  } catch {
    return undefined;
  }
}

/** An element near the top of a very big page: does it carry a widget's id, class or tag? */
function nearTopHasWidgetKey(el: Element): boolean {
  if ((el.id && preIds.has(el.id)) || preTags.has(el.localName)) return true;
  const classes = el.classList;
  for (let i = 0; i < classes.length; i++) if (preClasses.has(classes[i]!)) return true;
  return false;
}

/** One selector at a time, skipping any this browser does not know. */
function matchesAny(list: string): boolean {
  return splitSelectorList(list).some((selector) => queryMatches(selector) === true);
}

/** The browser's own lookups, page-wide: does anything here look like a chat widget? */
function quickLook(): boolean {
  const url = document.URL;
  // A whole-site AI app (the engine then checks the path and the composer).
  if (onAppHost(pageHost(url)) && urlHit(url, ['h'])) return true;
  const elementCount = document.getElementsByTagName('*').length;
  const oneQuery = elementCount <= ONE_QUERY_LIMIT ? queryMatches(pre.quick) : undefined;
  if (oneQuery) return true;
  const big = elementCount > NATIVE_CLASS_LIMIT;
  if (oneQuery === undefined) {
    // Lookups by id are indexed. On a very big page classes are checked only near the top of
    // the body, where widgets attach.
    for (const id of pre.ids) if (document.getElementById(id)) return true;
    if (pre.tags.length > 0 && queryMatches(pre.tags.join(','))) return true; // one walk, not one per tag
    if (!big) {
      for (const c of pre.classes) if (document.getElementsByClassName(c).length > 0) return true;
    } else if (document.body) {
      // The same walk the engine makes on a very big page: level by level, the ends of long lists.
      let found = false;
      walk(document.body, SHALLOW_LIMIT, SHALLOW_DEPTH, (el) => (found = nearTopHasWidgetKey(el)));
      if (found) return true;
    }
    // Selectors with no id, class or tag key, page-wide, as the engine looks for them.
    if (queryMatches(pre.other) ?? matchesAny(pre.other)) return true;
  }
  // Scripts and frames in one walk of the page.
  for (const el of document.querySelectorAll(SOURCES)) {
    if (urlHit((el as HTMLScriptElement | HTMLIFrameElement).src, el.localName === 'script' ? ['s'] : ['f'])) return true;
  }
  // Scripts that other scripts loaded and then removed still left a resource-timing entry.
  for (const entry of performance.getEntriesByType('resource')) if (urlHit(entry.name, ['s', 'f'])) return true;
  return false;
}

/** For an added subtree: any widget key, or a script or frame to look at more closely. */
const subtreeQuery = pre.quick ? `${pre.quick},${SOURCES}` : SOURCES;

/**
 * One added element (and, with `deep`, its subtree): could it be a widget? At most two
 * queries per added element, whatever the number of rules: pages that add thousands of
 * elements (feeds, infinite scroll) pay for each one.
 */
function looksLikeWidget(el: Element, deep: boolean): boolean {
  const tag = el.localName;
  if (tag === 'script') return urlHit((el as HTMLScriptElement).src, ['s']);
  if (tag === 'iframe') return urlHit((el as HTMLIFrameElement).src, ['f']);
  if (tag === BANNER_TAG || tag === 'candor-notice') return false;
  try {
    if (pre.quick && el.matches(pre.quick)) return true;
    if (!deep || !el.firstElementChild) return false;
    const first = el.querySelector(subtreeQuery);
    if (!first) return false;
    if (first.localName !== 'script' && first.localName !== 'iframe') return true;
  } catch {
    return deep ? looksLikeWidgetOneByOne(el) : false;
  }
  for (const inner of el.querySelectorAll(SOURCES)) if (looksLikeWidget(inner, false)) return true;
  // The first match was a script or frame of no widget: a widget's element may still follow.
  return !!pre.quick && el.querySelector(pre.quick) !== null;
}

/** The slow path, for a browser that cannot parse the merged selector. */
function looksLikeWidgetOneByOne(el: Element): boolean {
  if ((el.id && preIds.has(el.id)) || preTags.has(el.localName)) return true;
  for (const c of el.classList) if (preClasses.has(c)) return true;
  for (const selector of splitSelectorList(pre.selector)) {
    try {
      if (el.querySelector(selector)) return true;
    } catch {
      /* a selector this browser does not know */
    }
  }
  for (const inner of el.querySelectorAll(SOURCES)) if (looksLikeWidget(inner, false)) return true;
  return false;
}

/**
 * Sleeps in one MutationObserver that looks only at what is added. No PerformanceObserver:
 * a script added after this point is an element the observer sees (even if removed later),
 * and the engine reads resource timing again once it wakes.
 */
function watch(): void {
  if (quickLook()) return engage();
  const sentinel = new MutationObserver((records) => {
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType === 1 && looksLikeWidget(node as Element, true)) {
          sentinel.disconnect();
          return engage();
        }
      }
    }
  });
  sentinel.observe(document, { childList: true, subtree: true });
}

// (childElementCount, not documentElement: touching an element from this world is what costs.)
if (document.childElementCount > 0) {
  if (sameOriginAsTop()) watch();
  else {
    const chatFrameRules = [...new Set(matchUrl(index, location.href, ['f']).map((n) => index.rules[index.signals[n]!.r]!.id))];
    if (chatFrameRules.length > 0) watchChatFrame(chatFrameRules);
  }
}
