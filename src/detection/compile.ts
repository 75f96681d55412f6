/**
 * Compiles validated rules into the compact index the content script ships with.
 *
 * Runs once at build time (and in tests). The point is that a page's scan cost grows with
 * what the page has, not with the number of rules: URLs are looked up by host in maps,
 * element ids go through getElementById, and every other selector is merged into a single
 * selector list so a page with no chat answers "nothing here" with one querySelector call.
 */
import type { Rule } from './rule';

/** Signal type codes, kept short because the index is embedded in the content script. */
export type SignalCode = 's' | 'f' | 'e' | 'h' | 'g';

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
  /** indices of rules this one replaces when both match */
  sup?: number[];
}

export interface CompiledIndex {
  rules: CompiledRuleRef[];
  signals: CompiledSignal[];
  /** exact host -> signal indices (script, frame, host signals) */
  hosts: Record<string, number[]>;
  /** registrable suffix of a "*.example.com" pattern -> signal indices */
  suffixes: Record<string, number[]>;
  /** element id -> signal indices, for selectors that are exactly "#id" */
  ids: Record<string, number[]>;
  /** every other element selector, merged: one querySelector answers "anything at all?" */
  merged: string;
  /** signal indices of element signals that need their own querySelector when `merged` hits */
  selectorSignals: number[];
}

const SIGNAL_CODES: Record<Rule['signals'][number]['type'], SignalCode> = {
  script: 's',
  frame: 'f',
  element: 'e',
  host: 'h',
  global: 'g',
};

const PLAIN_ID_SELECTOR = /^#([A-Za-z_][\w-]*)$/;

function push(map: Record<string, number[]>, key: string, value: number): void {
  (map[key] ??= []).push(value);
}

export interface CompileOptions {
  /** Leave page-global signals out (the content script never reads them; the background does). */
  withoutGlobals?: boolean;
}

export function compileRules(rules: readonly Rule[], options: CompileOptions = {}): CompiledIndex {
  const index: CompiledIndex = {
    rules: [],
    signals: [],
    hosts: {},
    suffixes: {},
    ids: {},
    merged: '',
    selectorSignals: [],
  };
  const ruleNumber = new Map(rules.map((rule, i) => [rule.id, i]));
  const mergedSelectors = new Set<string>();

  rules.forEach((rule, r) => {
    const ref: CompiledRuleRef = { id: rule.id };
    if (rule.requires?.composer) ref.composer = 1;
    const sup = (rule.supersedes ?? []).map((id) => ruleNumber.get(id)).filter((n): n is number => n !== undefined);
    if (sup.length > 0) ref.sup = sup;
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
          if (signal.host.startsWith('*.')) push(index.suffixes, signal.host.slice(2), n);
          else push(index.hosts, signal.host, n);
          break;
        }
        case 'element': {
          compiled.q = signal.selector;
          if (signal.shadow) compiled.sh = signal.shadow;
          const plainId = PLAIN_ID_SELECTOR.exec(signal.selector);
          if (plainId && !signal.shadow) {
            push(index.ids, plainId[1]!, n);
          } else {
            mergedSelectors.add(signal.selector);
            index.selectorSignals.push(n);
          }
          break;
        }
        case 'global':
          compiled.n = signal.name;
          break;
      }
    }
  });
  index.merged = [...mergedSelectors].join(',');
  return index;
}
