/**
 * The custom metric's one door to the disclosure matcher (src/detection/chat-text.ts and
 * disclosure.ts). The matcher's API is shared with the extension and may change shape; only
 * this adapter knows it, so re-pointing the metric at a new API is a change to this file alone.
 */
import { readChatDisclosure } from '../detection/chat-text';

export type MetricDisclosed = 'yes' | 'no' | 'unknown';

export interface MetricDisclosure {
  disclosed: MetricDisclosed;
  /** the phrases that said "AI" (at most three, as found in the chat's own text) */
  phrases: string[];
}

/** Did the chat rendered in these elements say it is an AI? */
export function chatDisclosure(elements: readonly Element[]): MetricDisclosure {
  const result = readChatDisclosure(elements);
  return { disclosed: result.disclosed, phrases: result.findings.slice(0, 3).map((f) => f.text) };
}
