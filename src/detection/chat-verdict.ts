/**
 * The disclosure verdict for a detection, as the content script computes it: which elements are
 * the chat, what its rule knows about its text, and the reading and the decision. Pure, so the
 * labelled set in test/ measures exactly what runs in the browser. The same reading feeds the
 * therapist-claim check (claim-pieces.ts), so both look at the same words of the chat.
 */
import { readChatText, type ChatKnowledge, type ChatTextRead, type ReadOptions } from './chat-text';
import type { CompiledIndex } from './compile';
import type { Detection } from './scan';
import { decideDisclosure, type DisclosureVerdict } from './verdict';

/** What the rules (by index) know about their chat's text, merged. */
export function knowledgeOf(index: Pick<CompiledIndex, 'rules'>, ruleIndexes: readonly number[]): ChatKnowledge {
  const parts: NonNullable<ChatKnowledge['parts']>[number][] = [];
  const defaultNames: string[] = [];
  const aiNames: string[] = [];
  const vendorNames: string[] = [];
  for (const r of ruleIndexes) {
    const ref = index.rules[r];
    if (!ref) continue;
    vendorNames.push(...(ref.nm ?? []));
    for (const [part, selector, attribute] of ref.ct?.p ?? []) parts.push(attribute ? { part, selector, attribute } : { part, selector });
    defaultNames.push(...(ref.ct?.d ?? []));
    aiNames.push(...(ref.ct?.n ?? []));
  }
  return { parts, defaultNames, aiNames, vendorNames };
}

export interface VerdictEnvironment {
  doc: Document;
  /** the computed CSS position (the browser); tests may leave it to the inline style */
  positionOf?: ReadOptions['positionOf'];
  /** whether an element is drawn (the browser); tests may leave it to the inline style */
  isVisible?: ReadOptions['isVisible'];
}

/** A whole-site app's conversation: its main region, else the body. */
function siteRoots(doc: Document): Element[] {
  const main = [...doc.querySelectorAll('main, [role="main"]')].filter((el, _i, all) => !all.some((o) => o !== el && o.contains(el)));
  return main.length > 0 ? main : doc.body ? [doc.body] : [];
}

/** At most this many elements per selector become roots: a page cannot make reading slow. */
const MAX_PER_SELECTOR = 10;

function queryAll(doc: Document, selector: string): Element[] {
  try {
    return [...doc.querySelectorAll(selector)].slice(0, MAX_PER_SELECTOR);
  } catch {
    return [];
  }
}

/**
 * A widget's elements: every element its rule's element signals match (not only the first one
 * the scan kept: tawk.to draws its launcher and its window as two frames alike), the other hits,
 * and the parts the rule names as belonging to the chat ("window").
 */
function widgetRoots(index: Pick<CompiledIndex, 'signals'>, detection: Pick<Detection, 'ruleIndex' | 'hits'>, doc: Document, knowledge: ChatKnowledge): Element[] {
  const roots: Element[] = detection.hits.flatMap((h) => (h.el && h.el.isConnected ? [h.el] : []));
  for (const signal of index.signals) {
    if (signal.r === detection.ruleIndex && signal.t === 'e' && signal.q) roots.push(...queryAll(doc, signal.q));
  }
  for (const part of knowledge.parts ?? []) {
    if (part.part === 'window') roots.push(...queryAll(doc, part.selector));
  }
  return [...new Set(roots)];
}

/** What was read of one detection's chat, and how (the verdict and the claim check both use it). */
export interface ChatReading {
  read: ChatTextRead;
  knowledge: ChatKnowledge;
  surface: 'widget' | 'site';
}

/** Reads one detection's chat in this document: a widget's elements, or a whole-site app's main region. */
export function readDetection(
  index: Pick<CompiledIndex, 'rules' | 'signals'>,
  detection: Pick<Detection, 'ruleIndex' | 'hits'>,
  env: VerdictEnvironment,
): ChatReading {
  const site = detection.hits.some((h) => index.signals[h.s]?.t === 'h');
  const knowledge = knowledgeOf(index, [detection.ruleIndex]);
  const roots = site ? siteRoots(env.doc) : widgetRoots(index, detection, env.doc, knowledge);
  const surface = site ? 'site' : 'widget';
  const read = readChatText(roots, { knowledge, surface, positionOf: env.positionOf, isVisible: env.isVisible });
  return { read, knowledge, surface };
}

/** The verdict for one detection in this document. */
export function verdictForDetection(
  index: Pick<CompiledIndex, 'rules' | 'signals'>,
  detection: Pick<Detection, 'ruleIndex' | 'hits'>,
  env: VerdictEnvironment,
): DisclosureVerdict {
  const { read, knowledge, surface } = readDetection(index, detection, env);
  return decideDisclosure(read, { knowledge, surface });
}

/** Reads a vendor's own chat frame (another origin), for the rules whose frame it is. */
export function readChatFrame(
  index: Pick<CompiledIndex, 'rules'>,
  ruleIndexes: readonly number[],
  doc: Document,
  isVisible?: ReadOptions['isVisible'],
): ChatReading {
  const knowledge = knowledgeOf(index, ruleIndexes);
  const read = readChatText(doc.body ? [doc.body] : [], { knowledge, inFrame: true, isVisible });
  return { read, knowledge, surface: 'widget' };
}
