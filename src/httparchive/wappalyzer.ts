/**
 * Candor's rules as technologies for HTTP Archive's Wappalyzer fork (HTTPArchive/wappalyzer),
 * which runs over every page of the monthly crawl and fills `technologies` in
 * `httparchive.crawl.pages`. Generated from src/rules/*.json, never written by hand.
 *
 * Format (the fork's README "Specification", schema.json and src/js/wappalyzer.js): patterns are
 * JavaScript regex sources matched case-insensitively, tags follow `\;`, capture groups only for
 * versions. How Candor's signals map:
 *
 *   script (host, path)  -> scriptSrc: a regex on each <script src> of the page
 *   frame (host, path)   -> dom: `iframe[src*="…" i]` with a regex on its src attribute
 *   element (selector)   -> dom: the selector must exist
 *   host (host, path)    -> url: a regex on the page's URL (whole-site apps)
 *   global (name)        -> left out (see WEAK_REASON)
 *
 * Wappalyzer has no "decisive" signal: every pattern that matches reports the technology. Only
 * Candor's decisive signals (confidence ≥ 50, not a page global) are exported, so a technology
 * is never reported on what Candor would call too little evidence.
 */
import { srcContains } from '../detection/compile';
import { isDecisive, type Rule, type Signal, type UrlSignal } from '../detection/rule';
import { LIVE_CHAT_CATEGORY, MISCELLANEOUS_CATEGORY, UPSTREAM, type Pricing } from './upstream';

export interface DomPattern {
  exists?: string;
  attributes?: Record<string, string>;
}

/** One technology, keys in the order the fork's files keep them (alphabetical). */
export interface Technology {
  cats: number[];
  description: string;
  dom?: string[] | Record<string, DomPattern>;
  pricing?: Pricing[];
  saas?: boolean;
  scriptSrc?: string[];
  url?: string[];
  website: string;
}

export interface LeftOut {
  rule: string;
  /** the signal as a person reads it: "global window.Intercom (confidence 20)" */
  signal: string;
  reason: string;
}

export interface NotExportable {
  rule: string;
  reason: string;
}

export interface TechnologyExport {
  /** technology name -> entry, sorted by name */
  technologies: Record<string, Technology>;
  /** rule id -> technology name */
  names: Record<string, string>;
  /** rules with no entry at all */
  notExportable: NotExportable[];
  /** signals of exported rules that have no Wappalyzer pattern */
  leftOut: LeftOut[];
}

export const WEAK_REASON =
  'below the decisive confidence of 50: Wappalyzer would report the technology on this signal alone, and HTTP Archive keeps no confidence to filter on';
export const GLOBAL_REASON =
  'a page global decides nothing in Candor (the page can define it without the chat running, e.g. a consent-gated snippet’s settings object); Wappalyzer would report the technology on it alone';
export const SHADOW_REASON = 'needs a match inside an open shadow root, which a Wappalyzer dom selector cannot reach';

/**
 * A regex source matching `text` literally. "/" is left alone: the fork escapes slashes itself
 * before compiling (parsePattern), and an already escaped one would become "\\/".
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Capture groups (named ones too) become non-capturing: the fork allows captures only for
 * version tags. An escaped "*" becomes "\\x2a": the fork rewrites every "*" into "{0,250}".
 */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      out += next === '*' ? '\\x2a' : c + next;
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    } else if (c === '(' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // "(?<name>" but not the lookbehinds "(?<=" and "(?<!"
      const close = source.indexOf('>', i);
      if (close > 0) {
        out += '(?:';
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * "$" becomes "end or fragment": the engine tests the path without the fragment, the fork tests
 * the whole URL.
 */
export function endBeforeFragment(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '$') {
      out += '(?=#|$)';
      continue;
    }
    out += c;
  }
  return out;
}

/** Splits a regex source at its top-level "|" (outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * Regex sources for the absolute (or protocol-relative) URLs that Candor's engine matches with
 * this host and path, as its matchUrl does: the host exactly, or for "*.example.com" any
 * subdomain (not example.com itself), any port, and the path pattern tested on path and query.
 * One source per top-level alternative of the path.
 */
export function urlPatterns(host: string, path?: string): string[] {
  const hostSource = host.startsWith('*.') ? `[^/?#]+\\.${escapeRegex(host.slice(2))}` : escapeRegex(host);
  const prefix = `^(?:https?:)?//${hostSource}(?::\\d+)?`;
  if (!path) return [`${prefix}(?:[/?#]|$)`];
  const patterns = topLevelAlternatives(endBeforeFragment(withoutCaptures(path))).map((alternative) =>
    // The engine tests the path on "/path?query": anchored, it starts right after the host;
    // unanchored, anywhere before the fragment.
    alternative.startsWith('^') ? `${prefix}${alternative.slice(1)}` : `${prefix}(?=[/?#]|$)[^#]*${alternative}`,
  );
  // A URL with nothing after the host has the path "/" for the engine.
  if (new RegExp(path, 'i').test('/')) patterns.push(`${prefix}(?:#|$)`);
  return patterns;
}

export function describeSignal(signal: Signal): string {
  switch (signal.type) {
    case 'global':
      return `global window.${signal.name} (confidence ${signal.confidence})`;
    case 'element':
      return `element ${signal.selector}${signal.shadow ? ` › ${signal.shadow}` : ''} (confidence ${signal.confidence})`;
    default:
      return `${signal.type} ${signal.host}${signal.path ? ` path ${signal.path}` : ''} (confidence ${signal.confidence})`;
  }
}

/** A neutral, short description in the fork's style (British English, no marketing). */
export function describeRule(rule: Rule): string {
  const name = rule.name;
  if (rule.surface === 'site') {
    const what =
      rule.category === 'ai-companion'
        ? 'an AI companion chat web application'
        : rule.category === 'mental-health'
          ? 'an AI chat web application for mental health support'
          : 'an AI chatbot web application';
    return `${name} is ${what}.`;
  }
  const audience = rule.category === 'mental-health' ? 'a mental health chat widget' : 'a website chat widget';
  if (rule.kind === 'ai') return `${name} is ${audience} whose replies are generated by an AI chatbot.`;
  if (rule.kind === 'hybrid') return `${name} is ${audience} that can be answered by an AI agent, by staff, or by both.`;
  return `${name} is ${audience} answered by staff.`;
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]!]));
}

/** The technology for one rule, and the signals it could not carry. */
export function ruleToTechnology(rule: Rule): { technology: Technology | null; leftOut: LeftOut[]; reason?: string } {
  const leftOut: LeftOut[] = [];
  const scriptSrc: string[] = [];
  const url: string[] = [];
  const dom: Record<string, DomPattern> = {};
  const frameSources = new Map<string, string[]>();
  const skip = (signal: Signal, reason: string) => leftOut.push({ rule: rule.id, signal: describeSignal(signal), reason });

  for (const signal of rule.signals) {
    if (signal.type === 'global') {
      skip(signal, GLOBAL_REASON);
      continue;
    }
    if (!isDecisive(signal)) {
      skip(signal, WEAK_REASON);
      continue;
    }
    switch (signal.type) {
      case 'script':
        scriptSrc.push(...urlPatterns(signal.host, signal.path));
        break;
      case 'host':
        url.push(...urlPatterns(signal.host, signal.path));
        break;
      case 'frame': {
        const key = frameSelector(signal);
        const list = frameSources.get(key) ?? [];
        list.push(...urlPatterns(signal.host, signal.path));
        frameSources.set(key, list);
        break;
      }
      case 'element':
        if (signal.shadow) skip(signal, SHADOW_REASON);
        else dom[signal.selector] = { exists: '' };
        break;
    }
  }
  for (const [key, sources] of frameSources) dom[key] = { attributes: { src: [...new Set(sources)].join('|') } };

  const domKeys = Object.keys(dom);
  if (scriptSrc.length + url.length + domKeys.length === 0) {
    return { technology: null, leftOut, reason: 'no decisive signal Wappalyzer can express (every one is a page global, weak, or inside a shadow root)' };
  }
  const upstream = UPSTREAM[rule.id];
  const technology: Technology = {
    cats: [rule.surface === 'site' ? MISCELLANEOUS_CATEGORY : LIVE_CHAT_CATEGORY],
    description: describeRule(rule),
    website: rule.website,
  };
  if (domKeys.length > 0) {
    // The plain list form where every selector only has to exist, as most of the fork's entries.
    technology.dom = domKeys.every((k) => dom[k]!.attributes === undefined) ? domKeys.sort() : sortedKeys(dom);
  }
  if (upstream?.pricing) technology.pricing = [...upstream.pricing];
  if (upstream?.saas !== undefined) technology.saas = upstream.saas;
  if (scriptSrc.length > 0) technology.scriptSrc = [...new Set(scriptSrc)];
  if (url.length > 0) technology.url = [...new Set(url)];
  return { technology: sortedKeys(technology as unknown as Record<string, unknown>) as unknown as Technology, leftOut };
}

/** `iframe[src*="//host/literal-path" i]`: the engine's own loose source test, narrowed by the src regex. */
function frameSelector(signal: UrlSignal): string {
  return `iframe${srcContains(signal.host, signal.path)}`;
}

/** Every rule as a technology, under the fork's name when it already has the vendor. */
export function exportTechnologies(rules: readonly Rule[]): TechnologyExport {
  const technologies: Record<string, Technology> = {};
  const names: Record<string, string> = {};
  const notExportable: NotExportable[] = [];
  const leftOut: LeftOut[] = [];
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const result = ruleToTechnology(rule);
    leftOut.push(...result.leftOut);
    if (!result.technology) {
      notExportable.push({ rule: rule.id, reason: result.reason! });
      continue;
    }
    const name = UPSTREAM[rule.id]?.name ?? rule.name;
    if (technologies[name]) {
      notExportable.push({ rule: rule.id, reason: `its name "${name}" is already taken by another rule's entry` });
      continue;
    }
    technologies[name] = result.technology;
    names[rule.id] = name;
  }
  return { technologies: sortedKeys(technologies), names, notExportable, leftOut };
}

/**
 * The fork keeps technologies in src/technologies/<letter>.json by the first letter of the name,
 * `_.json` for a digit or symbol (its scripts/validate.js).
 */
export function letterFile(name: string): string {
  const first = name.toLowerCase().charCodeAt(0);
  return first >= 97 && first <= 122 ? `${String.fromCharCode(first)}.json` : '_.json';
}

export function byLetterFile(technologies: Record<string, Technology>): Record<string, Record<string, Technology>> {
  const files: Record<string, Record<string, Technology>> = {};
  for (const [name, technology] of Object.entries(technologies)) (files[letterFile(name)] ??= {})[name] = technology;
  return sortedKeys(Object.fromEntries(Object.entries(files).map(([file, entries]) => [file, sortedKeys(entries)])));
}
