/**
 * Compiles validated rules into the compact index the content script ships with.
 *
 * Runs once at build time (and in tests). The point is that a page's scan cost grows with
 * what the page has, not with the number of rules: URLs are looked up by host in maps, and
 * element selectors by the id, class or tag they require, so the scan looks up each element
 * it visits instead of running each rule's selector over the page.
 */
import type { ChatPart, Rule, SignalType } from './rule';

/** Signal type codes, kept short because the index is embedded in the content script. */
export type SignalCode = 's' | 'f' | 'e' | 'h' | 'g';
/** The signal type behind each compact code, as evidence names it. */
export const SIGNAL_TYPE_OF_CODE: Readonly<Record<SignalCode, SignalType>> = { s: 'script', f: 'frame', e: 'element', h: 'host', g: 'global' };

export interface CompiledSignal {
  /** index of the rule in CompiledIndex.rules */
  r: number;
  t: SignalCode;
  /** confidence */
  c: number;
  /** path regex source (script, frame, host) */
  p?: string;
  /** CSS selector (element) */
  q?: string;
  /** selector inside the element's open shadow root (element) */
  sh?: string;
  /** dotted global name (global) */
  n?: string;
  /** host pattern, for evidence text */
  ho?: string;
}

export interface CompiledRuleRef {
  id: string;
  /** rule needs a chat composer on the page (whole-site apps) */
  composer?: 1;
  /** a whole-site app: its other signals only count on its own hosts, so they are not even looked for elsewhere */
  site?: 1;
  /** indices of rules this one replaces when both match */
  sup?: number[];
  /** where a whole-site app shows its character: title (t), name (n) and description (d) selectors */
  pe?: { t?: 1; n?: string; d?: string };
  /** what the rule knows about its chat's own text (rule.chatText, without sources) */
  ct?: CompiledChatText;
  /** the vendor's brand names, for telling its default labels ("Tidio Chat") from the chat speaking */
  nm?: string[];
}

export interface CompiledChatText {
  /** parts: [part, selector, attribute?] */
  p?: Array<[ChatPart, string] | [ChatPart, string, string]>;
  /** default names, as written */
  d?: string[];
  /** AI product names (whole-site apps) */
  n?: string[];
}

export interface CompiledIndex {
  rules: CompiledRuleRef[];
  signals: CompiledSignal[];
  /** exact host -> signal indices (script, frame, host signals) */
  hosts: Record<string, number[]>;
  /** registrable suffix of a "*.example.com" pattern -> signal indices */
  suffixes: Record<string, number[]>;
  /**
   * Element signals by the key of their selector's last part, so the scan looks each element
   * up instead of running every selector: an id goes through getElementById; a class or a tag
   * is looked up while walking the elements; a selector with none of those ("[data-x]") gets
   * its own querySelector, the only per-rule cost, listed in `slow`.
   */
  ids: Record<string, number[]>;
  classes: Record<string, number[]>;
  tags: Record<string, number[]>;
  slow: number[];
  /**
   * The content script's sentinel: what widget rules (not whole-site apps) look for, as plain
   * lists for the browser's own lookups, so a page without a chat is checked without the
   * engine ever running.
   */
  pre: {
    ids: string[];
    classes: string[];
    /** custom element names (with a hyphen): rare, so one lookup each */
    tags: string[];
    /**
     * The ids, classes and tags above, and every widget selector that ends in a plain tag or in
     * no key at all, as one selector: is an added element, or anything inside it, a widget?
     */
    quick: string;
    /**
     * Scripts and frames from a rule's host, as one selector (`script:is([src*="//host/path" i],…),
     * iframe:is(…)`): a page without a chat answers it without a single element being handed to
     * the content script. It may match more than the engine would (a path pattern is cut to its
     * literal start); never less.
     */
    sources: string;
    /**
     * The selectors of `quick` that end in a plain tag, and `sources`, grouped by that tag
     * ("iframe", "script", "jdiv"); and those with no key at all (`unkeyed`, e.g. "[data-id=…]"),
     * for the page-wide look. A query costs a check per
     * element per selector; asking first whether the page has any such tag at all (a live
     * collection's length, nearly free) skips most of them on most pages.
     */
    byTag: Record<string, string>;
    unkeyed: string;
  };
}

/** What URL matching needs: the host maps and, per signal, its type and path pattern. */
export interface UrlIndex {
  signals: ReadonlyArray<{ t: SignalCode; p?: string }>;
  hosts: Record<string, number[]>;
  suffixes: Record<string, number[]>;
}

/**
 * What the sentinel — the only script on every page — carries: the URL signals (script, frame,
 * host) with their host maps, and the element keys of `pre`. A few KB instead of the whole
 * index: the engine and its index are injected only into frames where the sentinel saw
 * something.
 */
export interface SentinelIndex extends UrlIndex {
  pre: CompiledIndex['pre'];
}

/**
 * The sentinel's part of the index. It only asks "could this be a chat?", so signals that look
 * the same to it (same type and path pattern, different rules) are stored once.
 */
export function sentinelIndex(index: CompiledIndex): SentinelIndex {
  const renumbered = new Map<number, number>();
  const byShape = new Map<string, number>();
  const signals: Array<{ t: SignalCode; p?: string }> = [];
  index.signals.forEach((signal, n) => {
    if (signal.t !== 's' && signal.t !== 'f' && signal.t !== 'h') return;
    const shape = `${signal.t} ${signal.p ?? ''}`;
    let m = byShape.get(shape);
    if (m === undefined) {
      m = signals.push(signal.p ? { t: signal.t, p: signal.p } : { t: signal.t }) - 1;
      byShape.set(shape, m);
    }
    renumbered.set(n, m);
  });
  const remap = (map: Record<string, number[]>) => {
    const out = lookupMap();
    for (const [key, list] of Object.entries(map)) {
      const kept = [...new Set(list.flatMap((n) => (renumbered.has(n) ? [renumbered.get(n)!] : [])))];
      if (kept.length > 0) out[key] = kept;
    }
    return out;
  };
  return { signals, hosts: remap(index.hosts), suffixes: remap(index.suffixes), pre: index.pre };
}

/** The sentinel index as read back from JSON, with prototype-free lookup maps. */
export function sentinelIndexFromJson(raw: SentinelIndex): SentinelIndex {
  return { ...raw, hosts: Object.assign(lookupMap(), raw.hosts), suffixes: Object.assign(lookupMap(), raw.suffixes) };
}

const SIGNAL_CODES: Record<Rule['signals'][number]['type'], SignalCode> = {
  script: 's',
  frame: 'f',
  element: 'e',
  host: 'h',
  global: 'g',
};

/** An id, class or tag name escaped for a selector (CSS.escape is not in Node). */
export function cssIdent(name: string): string {
  return name.replace(/^(-?)(\d)|[^\w-]/g, (match, dash: string | undefined, digit: string | undefined) =>
    digit !== undefined ? `${dash}\\${digit.charCodeAt(0).toString(16)} ` : `\\${match}`,
  );
}

/** Splits a selector list at top-level commas. */
export function splitSelectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts.filter(Boolean);
}

export type SelectorKey = { kind: 'id' | 'class' | 'tag'; value: string } | { kind: 'slow' };

/**
 * The key of a selector: from its last compound (what the element itself must be), its id,
 * else its first class, else its tag name. Attribute brackets and pseudo-classes are skipped
 * when looking, and checked later by element.matches().
 */
export function selectorKey(selector: string): SelectorKey {
  // Last compound: after the last top-level combinator (space, >, +, ~).
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) start = i + 1;
  }
  const compound = selector.slice(start).trim();
  // Blank out bracketed and parenthesised parts so ids and classes inside them don't count.
  const bare = compound.replace(/\[[^\]]*\]|\([^)]*\)/g, (m) => ' '.repeat(m.length));
  if (bare.includes('\\')) return { kind: 'slow' };
  const id = /#(-?[A-Za-z_][\w-]*)/.exec(bare);
  if (id) return { kind: 'id', value: id[1]! };
  const cls = /\.(-?[A-Za-z_][\w-]*)/.exec(bare);
  if (cls) return { kind: 'class', value: cls[1]! };
  const tag = /^([A-Za-z][\w-]*)/.exec(bare);
  if (tag) return { kind: 'tag', value: tag[1]!.toLowerCase() };
  return { kind: 'slow' };
}

/**
 * A map with no prototype: keys come from pages (an id "constructor", a class "__proto__", a
 * host "toString"), and a lookup must find nothing there rather than Object.prototype's members.
 */
function lookupMap(): Record<string, number[]> {
  return Object.create(null) as Record<string, number[]>;
}

/** The compiled index as read back from JSON, with its lookup maps made prototype-free again. */
export function indexFromJson(raw: CompiledIndex): CompiledIndex {
  const copy = (map: Record<string, number[]>) => Object.assign(lookupMap(), map);
  return { ...raw, hosts: copy(raw.hosts), suffixes: copy(raw.suffixes), ids: copy(raw.ids), classes: copy(raw.classes), tags: copy(raw.tags) };
}

function push(map: Record<string, number[]>, key: string, value: number): void {
  (map[key] ??= []).push(value);
}

function addToGroup(groups: Map<string, Set<string>>, key: string, value: string): void {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = new Set()));
  group.add(value);
}

export interface CompileOptions {
  /** Leave page-global signals out (the content script never reads them; the background does). */
  withoutGlobals?: boolean;
}

export function compileRules(rules: readonly Rule[], options: CompileOptions = {}): CompiledIndex {
  const index: CompiledIndex = {
    rules: [],
    signals: [],
    hosts: lookupMap(),
    suffixes: lookupMap(),
    ids: lookupMap(),
    classes: lookupMap(),
    tags: lookupMap(),
    slow: [],
    pre: { ids: [], classes: [], tags: [], quick: '', sources: '', byTag: {}, unkeyed: '' },
  };
  const preSources = { script: new Set<string>(), iframe: new Set<string>() };
  const preOther = new Set<string>();
  const preByTag = new Map<string, Set<string>>();
  const preUnkeyed = new Set<string>();
  const preKeys = { id: new Set<string>(), class: new Set<string>(), tag: new Set<string>() };
  const ruleNumber = new Map(rules.map((rule, i) => [rule.id, i]));

  rules.forEach((rule, r) => {
    const ref: CompiledRuleRef = { id: rule.id };
    if (rule.requires?.composer) ref.composer = 1;
    if (rule.surface === 'site') ref.site = 1;
    const sup = (rule.supersedes ?? []).map((id) => ruleNumber.get(id)).filter((n): n is number => n !== undefined);
    if (sup.length > 0) ref.sup = sup;
    if (rule.persona) {
      const pe: NonNullable<CompiledRuleRef['pe']> = {};
      if (rule.persona.title) pe.t = 1;
      if (rule.persona.name) pe.n = rule.persona.name;
      if (rule.persona.description) pe.d = rule.persona.description;
      ref.pe = pe;
    }
    const brands = brandNames(rule.name);
    if (brands.length > 0) ref.nm = brands;
    const ct = compileChatText(rule);
    if (ct) ref.ct = ct;
    index.rules.push(ref);

    for (const signal of rule.signals) {
      if (signal.type === 'global' && options.withoutGlobals) continue;
      const compiled: CompiledSignal = { r, t: SIGNAL_CODES[signal.type], c: signal.confidence };
      const n = index.signals.push(compiled) - 1;
      switch (signal.type) {
        case 'script':
        case 'frame':
        case 'host': {
          compiled.ho = signal.host;
          if (signal.path) compiled.p = signal.path;
          if (signal.type !== 'host') preSources[signal.type === 'script' ? 'script' : 'iframe'].add(srcContains(signal.host, signal.path));
          if (signal.host.startsWith('*.')) push(index.suffixes, signal.host.slice(2), n);
          else push(index.hosts, signal.host, n);
          break;
        }
        case 'element': {
          compiled.q = signal.selector;
          if (signal.shadow) compiled.sh = signal.shadow;
          for (const part of splitSelectorList(signal.selector)) {
            const key = selectorKey(part);
            if (rule.surface !== 'site') {
              if (key.kind === 'slow' || (key.kind === 'tag' && !key.value.includes('-'))) {
                preOther.add(part);
                if (key.kind === 'tag') addToGroup(preByTag, key.value, part);
                else preUnkeyed.add(part);
              } else {
                preKeys[key.kind].add(key.value);
              }
            }
            if (key.kind === 'slow') {
              if (index.slow.at(-1) !== n) index.slow.push(n);
            } else {
              const map = key.kind === 'id' ? index.ids : key.kind === 'class' ? index.classes : index.tags;
              if (map[key.value]?.at(-1) !== n) push(map, key.value, n);
            }
          }
          break;
        }
        case 'global':
          compiled.n = signal.name;
          break;
      }
    }
  });
  index.pre.ids = [...preKeys.id];
  index.pre.classes = [...preKeys.class];
  index.pre.tags = [...preKeys.tag];
  index.pre.quick = [
    ...index.pre.ids.map((id) => `#${cssIdent(id)}`),
    ...index.pre.classes.map((c) => `.${cssIdent(c)}`),
    ...index.pre.tags.map(cssIdent),
    ...preOther,
  ].join(',');
  const sourceSelectors: string[] = [];
  for (const tag of ['script', 'iframe'] as const) {
    if (preSources[tag].size === 0) continue;
    const selector = `${tag}:is(${[...preSources[tag]].join(',')})`;
    sourceSelectors.push(selector);
    addToGroup(preByTag, tag, selector);
  }
  index.pre.sources = sourceSelectors.join(',');
  index.pre.byTag = Object.fromEntries([...preByTag].map(([tag, selectors]) => [tag, [...selectors].join(',')]));
  index.pre.unkeyed = [...preUnkeyed].join(',');
  return index;
}

/**
 * The brand words of a rule's display name: its first word and the first word in brackets
 * ("Drift (Salesloft)" → Drift, Salesloft; "Kore.ai" → Kore.ai). Names shorter than three
 * letters ("Pi") are left out: too common to tell anything.
 */
export function brandNames(name: string): string[] {
  const words = [name.split(/[\s(/]/, 1)[0] ?? '', ...[...name.matchAll(/\(([^\s)]+)/g)].map((m) => m[1] ?? '')];
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3))];
}

/** The parts of rule.chatText the content script needs (no sources). */
export function compileChatText(rule: Pick<Rule, 'chatText'>): CompiledChatText | undefined {
  const spec = rule.chatText;
  if (!spec) return undefined;
  const out: CompiledChatText = {};
  if (spec.parts?.length) {
    out.p = spec.parts.map((p) => (p.attribute ? [p.part, p.selector, p.attribute] : [p.part, p.selector]));
  }
  if (spec.defaultNames?.names.length) out.d = [...spec.defaultNames.names];
  if (spec.aiNames?.names.length) out.n = [...spec.aiNames.names];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** "^/a|^/b": a "|" outside any group or class makes the whole pattern an alternation. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * `[src*="…" i]` for a URL signal: "//host" for an exact host, ".example.com" for
 * "*.example.com", followed by the literal start of an anchored path pattern (up to its first
 * regex operator). A looser test than the engine's, never a stricter one.
 */
export function srcContains(host: string, path?: string): string {
  const hostPart = host.startsWith('*.') ? `.${host.slice(2)}` : `//${host}`;
  let literal = '/';
  if (path?.startsWith('^/') && !hasTopLevelAlternation(path)) {
    literal = '';
    for (let i = 1; i < path.length; i++) {
      const c = path[i]!;
      if (c === '\\') {
        const next = path[i + 1];
        // An escaped punctuation character stands for itself; \d, \w and the like end the literal.
        if (next === undefined || /[A-Za-z0-9]/.test(next)) break;
        literal += next;
        i++;
      } else if ('?*{'.includes(c)) {
        // The character before may be absent ("widgets?"): it is not part of every match.
        literal = literal.slice(0, -1);
        break;
      } else if ('.+()[]|$^'.includes(c)) break;
      else literal += c;
    }
    if (!literal.startsWith('/')) literal = '/';
  }
  // With no path to require, the host alone: "https://widget.limbic.ai?agentID=…" has no slash.
  const text = `${hostPart}${literal === '/' ? '' : literal}`.replace(/["\\]/g, (m) => `\\${m}`);
  return `[src*="${text}" i]`;
}
