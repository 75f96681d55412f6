/**
 * The custom metric's one door to the disclosure verdict: the same reading of the chat's own
 * text (chat-verdict.ts, with each rule's knowledge of its titles and default names) and the same
 * decision the extension's detector makes, so the crawl and the banner agree on `disclosed`.
 */
import { verdictForDetection } from '../detection/chat-verdict';
import type { CompiledIndex } from '../detection/compile';
import { cssPosition, isDrawn } from '../detection/drawn';
import type { Detection } from '../detection/scan';
import type { DisclosureReason } from '../detection/verdict';

export type MetricDisclosed = 'yes' | 'no' | 'unknown';

export interface MetricDisclosure {
  disclosed: MetricDisclosed;
  /** the phrases that said "AI" (at most three, as found in the chat's own text) */
  phrases: string[];
  /** why: said-ai | read-no-ai | labels-only | frame-unreadable | nothing-readable */
  reason: DisclosureReason;
}

/** Did this detection's chat, as drawn in `doc`, say it is an AI? */
export function chatDisclosure(index: CompiledIndex, detection: Pick<Detection, 'ruleIndex' | 'hits'>, doc: Document): MetricDisclosure {
  const verdict = verdictForDetection(index, detection, { doc, positionOf: cssPosition, isVisible: isDrawn });
  return { disclosed: verdict.disclosed, phrases: verdict.findings.slice(0, 3).map((f) => f.text), reason: verdict.detail.reason };
}
