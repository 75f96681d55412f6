/**
 * Reads the text that belongs to a detected chat: its window and launcher, their labels, the
 * open shadow roots and same-origin frames they render into. Bounded in characters and in
 * elements visited, so a huge or hostile page cannot make it slow. Standard DOM only, so it
 * runs in the content script and in Node on fixture pages.
 */
import { MAX_DISCLOSURE_TEXT, findDisclosures } from './disclosure';

const MAX_ELEMENTS = 3000;
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

export type Disclosed = 'yes' | 'no' | 'unknown';

export interface ChatTextResult {
  disclosed: Disclosed;
  findings: Array<{ text: string; where: string }>;
  /** characters of chat text we could read; too little means we can't tell */
  readable: number;
}

/** Below this many readable characters we cannot say the chat did not disclose. */
export const MIN_READABLE_FOR_NO = 20;

interface Budget {
  chars: number;
  elements: number;
}

function collect(root: Element | ShadowRoot | Document, where: string, parts: Array<{ text: string; where: string }>, budget: Budget, depth: number): void {
  const stack: Node[] = [root];
  while (stack.length > 0 && budget.elements > 0 && budget.chars > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue?.trim();
      if (text) {
        const piece = text.slice(0, budget.chars);
        budget.chars -= piece.length;
        parts.push({ text: piece, where });
      }
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      budget.elements--;
      if (SKIP.has(el.tagName)) continue;
      for (const attr of LABEL_ATTRIBUTES) {
        const value = el.getAttribute(attr)?.trim();
        if (value) {
          const piece = value.slice(0, Math.min(200, budget.chars));
          budget.chars -= piece.length;
          parts.push({ text: piece, where: `${where} label` });
        }
      }
      if (depth < 3) {
        if (el.shadowRoot) collect(el.shadowRoot, where, parts, budget, depth + 1);
        if (el.tagName === 'IFRAME') {
          let inner: Document | null = null;
          try {
            inner = (el as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
          } catch {
            inner = null;
          }
          if (inner?.body) collect(inner.body, 'chat frame', parts, budget, depth + 1);
        }
      }
    }
    // Push children in reverse so text comes out in document order.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Reads the chat's own text from its elements and decides whether it disclosed AI. */
export function readChatDisclosure(elements: readonly Element[], extraTexts: ReadonlyArray<{ text: string; where: string }> = []): ChatTextResult {
  const parts: Array<{ text: string; where: string }> = [...extraTexts];
  const budget: Budget = { chars: MAX_DISCLOSURE_TEXT, elements: MAX_ELEMENTS };
  const visited = new Set<Element>();
  for (const el of elements) {
    // Skip elements inside another listed element: their text is already read.
    if (visited.has(el) || elements.some((other) => other !== el && other.contains(el))) continue;
    visited.add(el);
    collect(el, 'chat window', parts, budget, 0);
  }
  const findings: Array<{ text: string; where: string }> = [];
  let readable = 0;
  for (const part of parts) {
    readable += part.text.length;
    for (const match of findDisclosures(part.text)) {
      if (!findings.some((f) => f.text.toLowerCase() === match.text.toLowerCase())) {
        findings.push({ text: match.text, where: part.where });
      }
    }
  }
  const disclosed: Disclosed = findings.length > 0 ? 'yes' : readable >= MIN_READABLE_FOR_NO ? 'no' : 'unknown';
  return { disclosed, findings: findings.slice(0, 10), readable };
}
