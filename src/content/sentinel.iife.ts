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
/** The keys as sets, for looking elements up one by one: only big pages and old browsers need them. */
let keySets: { ids: Set<string>; classes: Set<string>; tags: Set<string> } | undefined;
const keys = () => (keySets ??= { ids: new Set(pre.ids), classes: new Set(pre.classes), tags: new Set(pre.tags) });
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

/** Whether anything matches; undefined when this browser cannot parse the selector. */
function queryMatches(selector: string): boolean | undefined {
  try {
    return !!selector && document.querySelector(selector) !== null;
  } catch {
    return undefined;
  }
}

/** Does this element itself carry a widget's id, class or tag? */
function hasWidgetKey(el: Element): boolean {
  const { ids, classes, tags } = keys();
  if ((el.id && ids.has(el.id)) || tags.has(el.localName)) return true;
  const list = el.classList;
  for (let i = 0; i < list.length; i++) if (classes.has(list[i]!)) return true;
  return false;
}

/**
 * For an added subtree: any widget key, or a script or frame from a rule's host, in one query
 * (a subtree is small; the page-wide look goes by key instead). Resource timing is not read by
 * the sentinel: an entry object per loaded resource cost as much as the rest of its look
 * together, and a vendor's script is still an element on the page (the engine reads resource
 * timing once woken).
 */
const SUBTREE_LOOK = [pre.quick, pre.sources].filter(Boolean).join(',');

/** One selector at a time, skipping any this browser does not know. */
function matchesAny(list: string): boolean {
  return splitSelectorList(list).some((selector) => queryMatches(selector) === true);
}

/** The browser's own lookups, page-wide: does anything here look like a chat widget? */
function quickLook(): boolean {
  const url = document.URL;
  // A whole-site AI app (the engine then checks the path and the composer).
  if (onAppHost(pageHost(url)) && urlHit(url, ['h'])) return true;
  // Ask by key: a query costs a check per element per selector (one merged query took 10 ms on
  // a 10,000-element page), while lookups by id are indexed and a tag's or class's live
  // collection knows its length almost for free. Nothing here hands a page element to this
  // world unless it matches, and that is what costs (A/B of CPU profiles, 2026-11-28).
  const elementCount = document.getElementsByTagName('*').length;
  for (const id of pre.ids) if (document.getElementById(id)) return true;
  for (const tag of pre.tags) if (document.getElementsByTagName(tag).length > 0) return true;
  if (elementCount <= NATIVE_CLASS_LIMIT) {
    for (const c of pre.classes) if (document.getElementsByClassName(c).length > 0) return true;
  } else if (document.body) {
    // On a very big page classes only near the top of the body, where widgets attach: the walk
    // the engine makes there (level by level, the ends of long lists).
    let found = false;
    walk(document.body, SHALLOW_LIMIT, SHALLOW_DEPTH, (el) => (found = hasWidgetKey(el)));
    if (found) return true;
  }
  // Selectors that end in a plain tag (frames, scripts by their source…): only where the page
  // has that tag at all.
  for (const [tag, selector] of Object.entries(pre.byTag)) {
    if (document.getElementsByTagName(tag).length === 0) continue;
    if (queryMatches(selector) ?? (matchesAny(selector) || sourcesByUrl(tag))) return true;
  }
  // Selectors with no key at all, page-wide, as the engine looks for them.
  return !!pre.unkeyed && (queryMatches(pre.unkeyed) ?? matchesAny(pre.unkeyed));
}

/** For a browser that cannot parse the sources selector: each script or frame, by its URL. */
function sourcesByUrl(tag: string): boolean {
  if (tag !== 'script' && tag !== 'iframe') return false;
  for (const el of document.getElementsByTagName(tag)) if (urlHit((el as HTMLScriptElement | HTMLIFrameElement).src, tag === 'script' ? ['s'] : ['f'])) return true;
  return false;
}

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
    // Inside: any widget key, or a script or frame from a rule's host.
    return el.querySelector(SUBTREE_LOOK) !== null;
  } catch {
    return deep ? looksLikeWidgetOneByOne(el) : false;
  }
}

/** The slow path, for a browser that cannot parse the merged selector. */
function looksLikeWidgetOneByOne(el: Element): boolean {
  if (hasWidgetKey(el)) return true;
  // Every widget selector ends in one of these keys or is one of the keyless ones in `quick`,
  // so a subtree without any of them holds no widget.
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
