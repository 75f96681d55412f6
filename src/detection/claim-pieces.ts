/**
 * Gathers labelled pieces of a chat's own text for findTherapistClaim() (claims.ts): its title
 * and configuration attributes (Dialogflow Messenger's `chat-title`…), its headings, labels and
 * messages; for a whole-site app, the character's name and description where the rule says where
 * to find them. Bounded in elements and characters, standard DOM only (content script and Node).
 *
 * Kept apart from chat-text.ts (which reads the same elements for an AI disclosure) so that a
 * richer reader of labelled pieces can replace gatherChatPieces() without touching the matcher.
 */
import type { PieceSource, TextPiece } from './claims';

const MAX_ELEMENTS = 1500;
const MAX_CHARS = 6000;
const MAX_TITLE = 80;
/** Widget configuration written on its elements that names the chat. */
const TITLE_ATTRIBUTES = ['chat-title', 'chat-subtitle', 'agent-name', 'bot-name', 'data-bot-name', 'data-agent-name', 'data-title'];
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'placeholder'];
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'header']);

/** Where a rule says a whole-site app shows its character (compiled form of the rule's `persona`). */
export interface PersonaHints {
  /** the page title names the character ("Psychologist | character.ai") */
  t?: 1;
  /** selector of the character's name */
  n?: string;
  /** selector of the character's description */
  d?: string;
}

interface Budget {
  chars: number;
  elements: number;
}

function push(out: TextPiece[], budget: Budget, text: string | null | undefined, source: PieceSource, where: string, max = 600): void {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!value || budget.chars <= 0) return;
  const piece = value.slice(0, Math.min(max, budget.chars));
  budget.chars -= piece.length;
  out.push({ text: piece, where, source });
}

/** Is this element a title of the chat window: a heading, or a class that says title/header/name? */
function isTitleLike(el: Element): boolean {
  if (HEADING.has(el.localName)) return true;
  const cls = typeof el.className === 'string' ? el.className.toLowerCase() : '';
  return cls.includes('title') || cls.includes('header') || cls.includes('agent-name') || cls.includes('bot-name');
}

function walk(root: Element | ShadowRoot, out: TextPiece[], budget: Budget, depth: number, where: string): void {
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0 && budget.elements > 0 && budget.chars > 0) {
    const [node, titled] = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue;
      if (text && text.trim()) {
        if (titled && text.trim().length <= MAX_TITLE) push(out, budget, text, 'title', `${where} title`, MAX_TITLE);
        else push(out, budget, text, 'message', where);
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    let isTitle = titled;
    if (node.nodeType === 1) {
      const el = node as Element;
      budget.elements--;
      if (SKIP.has(el.localName)) continue;
      for (const attr of TITLE_ATTRIBUTES) push(out, budget, el.getAttribute(attr), 'title', `${where} title (${attr})`, MAX_TITLE);
      for (const attr of LABEL_ATTRIBUTES) push(out, budget, el.getAttribute(attr), 'aria', `${where} label`, 200);
      isTitle = titled || isTitleLike(el);
      if (depth < 3) {
        if (el.shadowRoot) walk(el.shadowRoot, out, budget, depth + 1, where);
        if (el.localName === 'iframe') {
          let inner: Document | null = null;
          try {
            inner = (el as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
          } catch {
            inner = null;
          }
          if (inner?.body) walk(inner.body, out, budget, depth + 1, 'chat frame');
        }
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, isTitle]);
  }
}

/** Pieces of a chat widget's own text: its elements (and their open shadow roots and same-origin frames). */
export function gatherChatPieces(elements: readonly Element[]): TextPiece[] {
  const out: TextPiece[] = [];
  const budget: Budget = { chars: MAX_CHARS, elements: MAX_ELEMENTS };
  for (const el of elements) {
    // An element inside another listed one is read with it.
    if (elements.some((other) => other !== el && other.contains(el))) continue;
    walk(el, out, budget, 0, 'chat window');
  }
  return out;
}

/** Pieces of a vendor's chat frame (the whole document is the chat). */
export function gatherFramePieces(doc: Document): TextPiece[] {
  const out: TextPiece[] = [];
  const budget: Budget = { chars: MAX_CHARS, elements: MAX_ELEMENTS };
  if (doc.body) walk(doc.body, out, budget, 0, 'chat frame');
  return out;
}

/**
 * The parts of a page title that are not the app's own name: "Psychologist | character.ai" →
 * ["Psychologist"]. `host` is the page's host ("character.ai"), `appName` the rule's name.
 */
export function personaFromTitle(title: string, host: string, appName = ''): string[] {
  const label = host.replace(/^www\./, '').split('.')[0]!.toLowerCase();
  const app = appName.toLowerCase();
  return title
    .split(/\s+[|–—·:]\s+|\s+-\s+/)
    .map((part) => part.trim())
    .filter((part) => part && part.length <= MAX_TITLE && !part.toLowerCase().includes(label) && !(app && part.toLowerCase().includes(app)))
    .slice(0, 2);
}

/**
 * Pieces that name a whole-site app's character: from the page title and from the elements the
 * rule points at (only where the rule says so — a general assistant's title is the person's own
 * conversation, not a persona), and the composer's label ("Message Psychologist…").
 */
export function gatherPersonaPieces(doc: Document, url: string, hints: PersonaHints | undefined, composer: Element | null): TextPiece[] {
  const out: TextPiece[] = [];
  const budget: Budget = { chars: 2000, elements: 1 };
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  if (hints?.t) for (const name of personaFromTitle(doc.title ?? '', host)) push(out, budget, name, 'name', 'character name (page title)', MAX_TITLE);
  const textOf = (selector: string | undefined): string | null => {
    if (!selector) return null;
    try {
      return doc.querySelector(selector)?.textContent ?? null;
    } catch {
      return null; // a selector this browser does not support
    }
  };
  if (hints?.n) push(out, budget, textOf(hints.n), 'name', 'character name', MAX_TITLE);
  if (hints?.d) push(out, budget, textOf(hints.d), 'description', 'character description', 600);
  if (composer) {
    push(out, budget, composer.getAttribute('placeholder'), 'aria', 'message box label', 200);
    push(out, budget, composer.getAttribute('aria-label'), 'aria', 'message box label', 200);
  }
  return out;
}
