/**
 * The detection engine: pure TypeScript over the standard DOM interfaces, with no extension
 * APIs. The content script runs it on the live page; the tests and the audit tools run the
 * very same functions on fixture pages parsed in Node.
 *
 * scanDocument() collects raw hits (which signal matched, on what); evaluate() turns hits into
 * detections. Nothing here keeps state between calls.
 */
import type { CompiledIndex, SignalCode, UrlIndex } from './compile';
import { DECISIVE_CONFIDENCE } from './rule';

/** Page text and URLs are bounded before matching, so no input can make matching expensive. */
export const MAX_URL_LENGTH = 2048;
const MAX_EVIDENCE_LENGTH = 300;

export interface ResourceLike {
  name: string;
  initiatorType: string;
}

export interface Hit {
  /** signal index in the compiled index */
  s: number;
  /** what matched, in a form a person can read: a URL, a host, or an element description */
  value: string;
  /** the element that matched, for placing the banner (element and frame hits) */
  el?: Element;
}

export interface ScanContext {
  doc: Document;
  /** the document's URL */
  url: string;
  /** resource-timing entries seen so far (scripts and frames loaded by other scripts) */
  resources?: Iterable<ResourceLike>;
}

export interface Detection {
  rule: string;
  ruleIndex: number;
  confidence: number;
  hits: Hit[];
}

/** Script types a browser executes; anything else (text/plain from a consent tool) never ran. */
const EXECUTABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'application/x-javascript',
  'application/x-ecmascript',
  'text/x-javascript',
  'text/x-ecmascript',
  'text/jscript',
  'text/livescript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
]);

const SCRIPT_INITIATORS = new Set(['script', 'link', 'other']);
const FRAME_INITIATORS = new Set(['iframe', 'frame', 'other']);

/** Selector for a chat composer: what whole-site apps need on the page to count as a chat. */
export const COMPOSER_SELECTOR =
  'textarea,[contenteditable="true"],[contenteditable=""],[contenteditable="plaintext-only"],[role="textbox"]';

export function isExecutableScript(script: HTMLScriptElement): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  // "text/javascript; charset=utf-8" is still JavaScript.
  const base = type.split(';', 1)[0]!.trim();
  return EXECUTABLE_SCRIPT_TYPES.has(base);
}

/** Splits an absolute URL into lowercase host and path+query without allocating a URL object. */
export function splitUrl(url: string): { host: string; path: string } | null {
  if (url.length > MAX_URL_LENGTH) url = url.slice(0, MAX_URL_LENGTH);
  const scheme = url.indexOf('://');
  if (scheme < 1 || scheme > 10) return null;
  const start = scheme + 3;
  let end = start;
  while (end < url.length) {
    const ch = url.charCodeAt(end);
    // '/', '?', '#'
    if (ch === 47 || ch === 63 || ch === 35) break;
    end++;
  }
  let authority = url.slice(start, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  const colon = authority.lastIndexOf(':');
  if (colon >= 0 && !authority.endsWith(']')) authority = authority.slice(0, colon);
  const hash = url.indexOf('#', end);
  const path = url.slice(end, hash >= 0 ? hash : undefined) || '/';
  return { host: authority.toLowerCase().replace(/\.$/, ''), path };
}

const regexCache = new Map<string, RegExp>();
function pathRegex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    regexCache.set(source, re);
  }
  return re;
}

/** Signal indices of the given types whose host (and path) match this URL. */
export function matchUrl(index: UrlIndex, url: string, types: readonly SignalCode[]): number[] {
  const parts = splitUrl(url);
  if (!parts) return [];
  const { host, path } = parts;
  let candidates: number[] | undefined = index.hosts[host];
  // Walk the parent domains for "*.example.com" patterns: a.b.example.com -> b.example.com, example.com
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    const more = index.suffixes[host.slice(dot + 1)];
    if (more) candidates = candidates ? candidates.concat(more) : more;
  }
  if (!candidates) return [];
  const out: number[] = [];
  for (const n of candidates) {
    const signal = index.signals[n]!;
    if (!types.includes(signal.t)) continue;
    if (signal.p && !pathRegex(signal.p).test(path)) continue;
    out.push(n);
  }
  return out;
}

/** A short, readable description of an element: tag#id.class1.class2[src host] */
export function describeElement(el: Element): string {
  let text = el.localName;
  const id = el.getAttribute('id');
  if (id) text += `#${id}`;
  const cls = el.getAttribute('class');
  if (cls) {
    const classes = cls.trim().split(/\s+/).slice(0, 3);
    if (classes[0]) text += `.${classes.join('.')}`;
  }
  const src = el.getAttribute('src');
  if (src) text += `[src=${src}]`;
  return text.length > MAX_EVIDENCE_LENGTH ? `${text.slice(0, MAX_EVIDENCE_LENGTH)}…` : text;
}

function bounded(value: string): string {
  return value.length > MAX_EVIDENCE_LENGTH ? `${value.slice(0, MAX_EVIDENCE_LENGTH)}…` : value;
}

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null; // an engine that doesn't support a selector feature simply finds nothing
  }
}

/**
 * Touching an element from a content script's world costs far more than the browser's own
 * lookups (a wrapper object is made for it), so a scan asks the browser: ids through
 * getElementById, tags through getElementsByTagName, classes through getElementsByClassName —
 * page-wide on pages of normal size. On very big pages, class-keyed signals are looked for
 * only near the top of the body, where widgets attach their containers (four levels below
 * the body, level by level), at most SHALLOW_LIMIT elements.
 */
export const SHALLOW_DEPTH = 4;
export const SHALLOW_LIMIT = 200;
/** Up to this many elements, class lookups go through getElementsByClassName, page-wide. */
export const NATIVE_CLASS_LIMIT = 5000;
/** Beyond this many ids and classes, one pass with map lookups beats one lookup per key. */
const MANY_KEYS = 256;
/** Elements looked at in one inserted subtree when deciding whether it is worth a scan. */
export const SUBTREE_LIMIT = 60;

type AddHit = (s: number, value: string, el?: Element) => void;

/** Which signals to look for: all, except those of whole-site apps whose host did not match. */
type Wanted = (n: number) => boolean;

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function verify(index: CompiledIndex, el: Element, candidates: number[] | undefined, add: AddHit, wanted: Wanted): void {
  if (!candidates) return;
  for (const n of candidates) {
    if (!wanted(n)) continue;
    const signal = index.signals[n]!;
    if (!safeMatches(el, signal.q!)) continue;
    if (signal.sh) {
      const inner = el.shadowRoot ? safeQuery(el.shadowRoot, signal.sh) : null;
      if (inner) add(n, `${describeElement(el)} › ${describeElement(inner)}`, el);
    } else {
      add(n, describeElement(el), el);
    }
  }
}

/**
 * Visits `root` and the elements under it breadth first — the levels nearest the root, where
 * widgets attach, before anything deeper — at most `limit` in all and no deeper than
 * `maxDepth`; stops when `visit` returns true. Returns whether elements were left unvisited.
 * Children beyond the limit are never queued, and of a long list only its ends, so a container
 * of 40,000 rows costs a few dozen wrappers, not one per row.
 */
export function walk(root: Element, limit: number, maxDepth: number, visit: (el: Element) => boolean | void): boolean {
  const queue: Array<[Element, number]> = [[root, 0]];
  let skipped = false;
  for (let head = 0; head < queue.length; head++) {
    const [el, depth] = queue[head]!;
    if (visit(el) === true) return skipped || head + 1 < queue.length || el.firstElementChild !== null;
    if (!el.firstElementChild) continue;
    if (depth >= maxDepth) {
      skipped = true;
      continue;
    }
    // With no limit (a page of normal size), every child; otherwise the ends of long lists.
    for (const child of limit === Infinity ? el.children : childrenToVisit(el)) {
      if (queue.length >= limit) {
        skipped = true;
        break;
      }
      queue.push([child, depth + 1]);
    }
    skipped ||= limit !== Infinity && el.childElementCount > CHILDREN_PER_ELEMENT;
  }
  return skipped;
}

/**
 * Children of one element that a walk looks at: all of them, or for a long list (a feed, a
 * grid of products) its first and last few — a widget appends itself at the end.
 */
const CHILDREN_PER_ELEMENT = 40;
function childrenToVisit(el: Element): Element[] {
  const out: Element[] = [];
  const count = el.childElementCount;
  const half = CHILDREN_PER_ELEMENT / 2;
  for (let child = el.firstElementChild; child && out.length < (count > CHILDREN_PER_ELEMENT ? half : count); child = child.nextElementSibling) out.push(child);
  if (count > CHILDREN_PER_ELEMENT) {
    const tail: Element[] = [];
    for (let child = el.lastElementChild; child && tail.length < half; child = child.previousElementSibling) tail.push(child);
    out.push(...tail.reverse());
  }
  return out;
}

interface KeyLists {
  ids: string[];
  classes: string[];
  tags: string[];
}
/** The keys of widget rules, worked out once per index (they are the same on every page). */
const widgetKeysByIndex = new WeakMap<CompiledIndex, KeyLists>();

function wantedKeys(index: CompiledIndex, wanted: Wanted, onSiteApp: boolean): KeyLists {
  const cached = onSiteApp ? undefined : widgetKeysByIndex.get(index);
  if (cached) return cached;
  const keys = (map: Record<string, number[]>) => Object.keys(map).filter((key) => map[key]!.some(wanted));
  const lists = { ids: keys(index.ids), classes: keys(index.classes), tags: keys(index.tags) };
  if (!onSiteApp) widgetKeysByIndex.set(index, lists);
  return lists;
}

function scanElements(index: CompiledIndex, doc: Document, add: AddHit, wanted: Wanted, onSiteApp: boolean): void {
  // Widgets attach in the body; on a very big page the head would only use up the walk.
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  const { ids: idKeys, classes: classKeys, tags: tagKeys } = wantedKeys(index, wanted, onSiteApp);
  const elementCount = doc.getElementsByTagName('*').length;
  const wholePage = elementCount <= NATIVE_CLASS_LIMIT;
  const findIdsAndTagsAnywhere = () => {
    for (const id of idKeys) {
      const el = doc.getElementById(id);
      if (el) verify(index, el, index.ids[id], add, wanted);
    }
    // Frames and custom elements anywhere: collections the browser keeps per tag name.
    for (const tag of tagKeys) {
      const list = doc.getElementsByTagName(tag);
      for (let i = 0; i < list.length && i < 50; i++) verify(index, list[i]!, index.tags[tag], add, wanted);
    }
  };
  if (idKeys.length + classKeys.length + tagKeys.length > MANY_KEYS) {
    // Very many rules: one pass over the page with map lookups costs what the page has, not
    // what the rules have.
    walk(root, wholePage ? Infinity : SHALLOW_LIMIT, wholePage ? Infinity : SHALLOW_DEPTH, (el) => {
      const id = el.id;
      if (id) verify(index, el, index.ids[id], add, wanted);
      const classes = el.classList;
      for (let i = 0; i < classes.length; i++) verify(index, el, index.classes[classes[i]!], add, wanted);
      verify(index, el, index.tags[el.localName], add, wanted);
    });
    // On a very big page the pass stops near the top; ids and tags stay findable anywhere.
    if (!wholePage) findIdsAndTagsAnywhere();
  } else {
    findIdsAndTagsAnywhere();
    if (classKeys.length > 0) {
      if (wholePage) {
        // The browser's own class lookup: no element is touched unless it has the class.
        for (const c of classKeys) {
          const list = doc.getElementsByClassName(c);
          for (let i = 0; i < list.length && i < 20; i++) verify(index, list[i]!, index.classes[c], add, wanted);
        }
      } else {
        walk(root, SHALLOW_LIMIT, SHALLOW_DEPTH, (el) => {
          const classes = el.classList;
          for (let i = 0; i < classes.length; i++) verify(index, el, index.classes[classes[i]!], add, wanted);
        });
      }
    }
  }
  for (const n of index.slow) {
    if (!wanted(n)) continue;
    const el = safeQuery(doc, index.signals[n]!.q!);
    if (el) verify(index, el, [n], add, wanted);
  }
}

/**
 * Whether an inserted subtree holds anything a rule looks for (by id, class or tag), without
 * verifying it: the detector uses this to decide that a scan is worth running. 'unsure' when the
 * subtree was bigger than what it looked at. Signals of whole-site apps count only when
 * `siteRules` holds their rule (the page is on their host).
 */
export function subtreeHasCandidate(
  index: CompiledIndex,
  root: Element,
  extraSelector?: string,
  siteRules: ReadonlySet<number> = new Set(),
): 'yes' | 'no' | 'unsure' {
  const relevant = (list: number[] | undefined) =>
    !!list &&
    list.some((n) => {
      const r = index.signals[n]!.r;
      return !index.rules[r]!.site || siteRules.has(r);
    });
  let found = false;
  const partial = walk(root, SUBTREE_LIMIT, 3, (el) => {
    if ((el.id && relevant(index.ids[el.id])) || relevant(index.tags[el.localName])) return (found = true);
    const classes = el.classList;
    for (let i = 0; i < classes.length; i++) if (relevant(index.classes[classes[i]!])) return (found = true);
    if (extraSelector && safeMatches(el, extraSelector)) return (found = true);
    return false;
  });
  if (found) return 'yes';
  if (index.slow.some((n) => relevant([n]) && (safeMatches(root, index.signals[n]!.q!) || safeQuery(root, index.signals[n]!.q!) !== null))) return 'yes';
  return partial ? 'unsure' : 'no';
}

/** Collects every signal hit in one document. */
export function scanDocument(index: CompiledIndex, ctx: ScanContext): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  const add = (s: number, value: string, el?: Element) => {
    if (seen.has(s)) return;
    seen.add(s);
    hits.push(el ? { s, value: bounded(value), el } : { s, value: bounded(value) });
  };
  const { doc } = ctx;

  // 1. The page itself (whole-site apps). Their other signals are only wanted on their hosts.
  const siteRules = new Set<number>();
  for (const n of matchUrl(index, ctx.url, ['h'])) {
    add(n, ctx.url);
    siteRules.add(index.signals[n]!.r);
  }
  const wanted: Wanted = (n) => {
    const r = index.signals[n]!.r;
    return !index.rules[r]!.site || siteRules.has(r);
  };

  // 2. Scripts that can run.
  const scripts = doc.scripts;
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    const src = script.src;
    if (!src || !isExecutableScript(script)) continue;
    for (const n of matchUrl(index, src, ['s'])) if (wanted(n)) add(n, src);
  }

  // 3. Frames.
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    const src = frame.src;
    if (!src) continue;
    for (const n of matchUrl(index, src, ['f'])) if (wanted(n)) add(n, src, frame);
  }

  // 4. Resources loaded by other scripts (tag managers, loaders that remove their <script>).
  if (ctx.resources) {
    for (const entry of ctx.resources) {
      const types: SignalCode[] = [];
      if (SCRIPT_INITIATORS.has(entry.initiatorType)) types.push('s');
      if (FRAME_INITIATORS.has(entry.initiatorType)) types.push('f');
      if (types.length === 0) continue;
      for (const n of matchUrl(index, entry.name, types)) if (wanted(n)) add(n, entry.name);
    }
  }

  // 5. Elements: ids by hash lookup, classes and tags while walking the elements.
  scanElements(index, doc, add, wanted, siteRules.size > 0);
  return hits;
}

export interface EvaluateOptions {
  /** asked only when a rule that needs a composer has matched */
  hasComposer?: () => boolean;
  /** extra hits from other sources (page globals read by the background) */
  extraHits?: Hit[];
}

/**
 * Turns hits into detections. A rule is detected when at least one decisive signal matched
 * (confidence ≥ 50 and not a page global) and its requirements hold; its confidence is the
 * sum of its matched signals, capped at 100. A rule that supersedes another removes it.
 */
export function evaluate(index: CompiledIndex, hits: readonly Hit[], options: EvaluateOptions = {}): Detection[] {
  const byRule = new Map<number, Hit[]>();
  for (const hit of [...hits, ...(options.extraHits ?? [])]) {
    const signal = index.signals[hit.s];
    if (!signal) continue;
    const list = byRule.get(signal.r);
    if (list) list.push(hit);
    else byRule.set(signal.r, [hit]);
  }
  let composer: boolean | undefined;
  const detections: Detection[] = [];
  for (const [r, ruleHits] of byRule) {
    const rule = index.rules[r]!;
    let decisive = false;
    let confidence = 0;
    for (const hit of ruleHits) {
      const signal = index.signals[hit.s]!;
      confidence += signal.c;
      if (signal.t !== 'g' && signal.c >= DECISIVE_CONFIDENCE) decisive = true;
    }
    if (!decisive) continue;
    if (rule.composer) {
      composer ??= options.hasComposer ? options.hasComposer() : false;
      if (!composer) continue;
    }
    detections.push({ rule: rule.id, ruleIndex: r, confidence: Math.min(100, confidence), hits: ruleHits });
  }
  const superseded = new Set<number>();
  for (const d of detections) for (const s of index.rules[d.ruleIndex]!.sup ?? []) superseded.add(s);
  return detections.filter((d) => !superseded.has(d.ruleIndex)).sort((a, b) => a.ruleIndex - b.ruleIndex);
}

/** Convenience for one-shot use (tests, audit): scan and evaluate a document. */
export function detect(index: CompiledIndex, ctx: ScanContext): Detection[] {
  const hits = scanDocument(index, ctx);
  return evaluate(index, hits, { hasComposer: () => safeQuery(ctx.doc, COMPOSER_SELECTOR) !== null });
}
