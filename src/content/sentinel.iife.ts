/**
 * The only script Candor puts on every page, and so the one whose cost matters most. It asks
 * the browser a few cheap questions at document_idle — is there an element with one of these
 * ids, classes or tags, a script or frame from one of these hosts, is this a whole-site AI
 * app's host — and then sleeps inside a MutationObserver that only looks at what is added.
 * It touches as few page elements as it can: making a wrapper for an element in this world is
 * what costs.
 *
 * When something answers, it asks the background to inject the engine (detector.iife.ts) into
 * this frame, once, and stops. It carries only the URL signals and element keys (a few KB);
 * no engine, no index, no polling, no timers, and it never touches the extension API on a page
 * without a chat.
 *
 * Built as a self-contained IIFE (see vite.config.ts) so nothing on the page can probe for
 * web-accessible chunks.
 */
import rawIndex from 'candor:generated/sentinel-index.json';
import { sentinelIndexFromJson, splitSelectorList, type SignalCode } from '../detection/compile';
import { matchUrl, NATIVE_CLASS_LIMIT, SHALLOW_DEPTH, SHALLOW_LIMIT, walk } from '../detection/scan';
import { sameOriginAsTop } from './frames';
import { BANNER_TAG } from './handle';
import { send } from './runtime';

const index = sentinelIndexFromJson(rawIndex);

/** Something here could be a chat: the background injects the engine into this frame. */
function wake(): void {
  void send({ type: 'detector/wake' });
}

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
  // Every widget selector ends in one of these keys or is one of `other`, so a subtree without
  // any of them holds no widget.
  for (const selector of splitSelectorList(pre.quick)) {
    try {
      if (el.matches(selector) || el.querySelector(selector)) return true;
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
  if (quickLook()) return wake();
  const sentinel = new MutationObserver((records) => {
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (node.nodeType === 1 && looksLikeWidget(node as Element, true)) {
          sentinel.disconnect();
          return wake();
        }
      }
    }
  });
  sentinel.observe(document, { childList: true, subtree: true });
}

// (childElementCount, not documentElement: touching an element from this world is what costs.)
if (document.childElementCount > 0) {
  if (sameOriginAsTop()) watch();
  // A vendor's own chat frame on another origin: the engine reads its words for a disclosure.
  else if (urlHit(document.URL, ['f'])) wake();
}
