/**
 * The chat's own text, as labelled pieces: what its header, greeting, messages, launcher, labels,
 * badges and notices say, and (for a chat embedded in the page) the heading that introduces it
 * and a notice right under it. Pure and standard-DOM only, so the content script, the chat-frame
 * reader and the tests in Node all read a chat the same way; the disclosure verdict (verdict.ts)
 * and other checks of what a chat says about itself are computed from these pieces.
 *
 * What is never read: what the visitor types (inputs, text areas, editable regions) or sent
 * (messages marked as the visitor's), scripts and styles, hidden elements, ids and class names
 * (those only tell which part of the chat an element is). Bounded in characters and elements, so
 * a huge or hostile page cannot make it slow.
 */
import type { ChatPart } from './rule';
import { decideDisclosure, type Disclosed, type DisclosureDetail } from './verdict';

/** What a piece of the chat's text is. */
export type ChatTextSource =
  /** the chat's header or its configured title */
  | 'title'
  /** a welcome or proactive message */
  | 'greeting'
  /** a message from the chat in the conversation */
  | 'message'
  /** the launcher's label or caption */
  | 'launcher'
  /** a small tag in the chat ("AI", "Bot") */
  | 'badge'
  /** a notice or disclaimer in the chat, or right under an embedded chat */
  | 'notice'
  /** an accessible name: aria-label, a frame's title, an image's alt */
  | 'aria'
  /** the message box's placeholder */
  | 'composer'
  /** a button or link in the chat (quick replies, menus) */
  | 'control'
  /** the heading or paragraph right before an embedded chat */
  | 'intro'
  /** other visible text in the chat */
  | 'text';

export interface ChatTextPiece {
  /** the words, whitespace collapsed, at most MAX_PIECE characters */
  text: string;
  /** where it was read, in plain words ("chat header", "chat-title attribute", "chat frame") */
  where: string;
  source: ChatTextSource;
  /** read inside a frame of the chat (same-origin frame, or the vendor's own frame) */
  inFrame: boolean;
  /** a configured value (an attribute such as chat-title), not text the chat showed */
  configured?: boolean;
}

/** What a rule knows about its chat's own text (compiled from rule.chatText). */
export interface ChatKnowledge {
  parts?: ReadonlyArray<{ part: ChatPart; selector: string; attribute?: string }>;
  /** names and labels the vendor gives every installation */
  defaultNames?: readonly string[];
  /** the vendor's brand names ("Tidio"): a label that carries one is the vendor's, not the chat's */
  vendorNames?: readonly string[];
  /** whole-site apps: the AI product's name */
  aiNames?: readonly string[];
}

export interface ReadOptions {
  knowledge?: ChatKnowledge;
  /** 'site': the roots are a whole-site app's page (navigation and sidebars are skipped) */
  surface?: 'widget' | 'site';
  /** the roots are the body of a vendor's own chat frame */
  inFrame?: boolean;
  /**
   * The CSS position of an element ("fixed" for a floating widget). The content script passes the
   * computed style; without it, the inline style is read. A floating chat has no introduction.
   */
  positionOf?: (el: Element) => string;
  /**
   * Is the element drawn at all (not display:none, not visibility:hidden)? The content script
   * passes the browser's answer: a chat window rendered but closed is not something a visitor
   * reads. Without it, only the hidden attribute and inline styles are looked at.
   */
  isVisible?: (el: Element) => boolean;
}

export interface ChatTextRead {
  pieces: ChatTextPiece[];
  /** frames of the chat whose document Candor could not read (another origin, or blocked) */
  unreadableFrames: number;
}

const MAX_ELEMENTS = 3000;
const MAX_CHARS = 20_000;
const MAX_PIECE = 500;
const MAX_LABEL = 200;
const MAX_NESTING = 3;
/** An introduction or notice beside an embedded chat is a sentence or two, not an article. */
const MAX_SURROUNDING = 300;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'head', 'meta', 'link', 'object', 'embed', 'video', 'audio']);
/** Elements whose text runs on inside the block around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'img', 'kbd', 'label', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
const FIELD_TAGS = new Set(['input', 'textarea', 'select', 'option']);
const CONTROL_ROLES = new Set(['button', 'link', 'menuitem', 'tab', 'option', 'switch', 'checkbox', 'radio']);
const MESSAGE_ROLES = new Set(['log', 'feed', 'article']);
const NOTICE_ROLES = new Set(['note', 'alert', 'contentinfo']);
const SITE_CHROME = new Set(['nav', 'aside']);
const SITE_CHROME_ROLES = new Set(['navigation', 'complementary', 'banner']);

/**
 * The visitor's own messages, told by how chat UIs mark them (not by their words): a data
 * attribute ("data-message-author-role=user"), a custom element ("user-query"), or a class
 * token such as "message user", "from-visitor", "msg--outgoing", "font-user-message".
 */
const VISITOR_TOKEN = /(?:^|[\s_-])(?:user|visitor|customer|client|outgoing|outbound|sent|self|mine|me|you)(?=$|[\s_-])/i;
const MESSAGE_TOKEN = /message|msg|bubble|turn|query|row|entry|item|chat|text|reply|line/i;
function isVisitorMessage(el: Element): boolean {
  const author = el.getAttribute('data-message-author-role') ?? el.getAttribute('data-author') ?? el.getAttribute('data-sender') ?? el.getAttribute('data-from');
  if (author && /^(?:user|visitor|customer|human|me|client)$/i.test(author.trim())) return true;
  if (/^user-/.test(el.localName)) return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.length < 300 && VISITOR_TOKEN.test(cls) && MESSAGE_TOKEN.test(cls);
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function inlinePosition(el: Element): string {
  const m = /(?:^|;)\s*position\s*:\s*([a-z]+)/i.exec(el.getAttribute('style') ?? '');
  return m?.[1]?.toLowerCase() ?? '';
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector this browser does not know
  }
}

function safeQueryAll(root: Element | Document, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Some embeds write a configured name URL-encoded ("Plant%20helper"). */
function decodeIfEncoded(value: string): string {
  if (!/%[0-9a-f]{2}/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HAS_LETTER = /\p{L}/u;

const WHERE: Record<ChatTextSource, string> = {
  title: 'chat header',
  greeting: 'greeting',
  message: 'message from the chat',
  launcher: 'launcher',
  badge: 'badge',
  notice: 'notice in the chat',
  aria: 'label',
  composer: 'message box placeholder',
  control: 'button in the chat',
  intro: 'heading or text right before the chat',
  text: 'text in the chat',
};

interface Context {
  source: ChatTextSource;
  /** a rule's part set this source: generic structure does not override it */
  fromPart: boolean;
}

interface Block {
  parts: string[];
  source: ChatTextSource;
  inFrame: boolean;
}

class Reader {
  readonly pieces: ChatTextPiece[] = [];
  unreadableFrames = 0;
  private elements = MAX_ELEMENTS;
  private chars = MAX_CHARS;
  private readonly seen = new Set<string>();
  private readonly visited = new Set<Node>();

  constructor(private readonly options: ReadOptions) {}

  get exhausted(): boolean {
    return this.elements <= 0 || this.chars <= 0;
  }

  add(text: string, source: ChatTextSource, where: string, inFrame: boolean, configured = false, max = MAX_PIECE): void {
    let clean = normalizeText(text);
    if (!clean || !HAS_LETTER.test(clean)) return;
    clean = clean.slice(0, Math.min(max, this.chars));
    const key = `${source}\u0000${clean.toLowerCase()}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.chars -= clean.length;
    const piece: ChatTextPiece = { text: clean, where: inFrame && !where.startsWith('chat frame') ? `chat frame: ${where}` : where, source, inFrame };
    if (configured) piece.configured = true;
    this.pieces.push(piece);
  }

  private partFor(el: Element): ChatPart | null {
    for (const part of this.options.knowledge?.parts ?? []) {
      if (!part.attribute && part.part !== 'window' && safeMatches(el, part.selector)) return part.part;
    }
    return null;
  }

  /** The context an element gives its text, from a rule's parts and the element's role. */
  private contextOf(el: Element, parent: Context): Context | 'skip' {
    const part = this.partFor(el);
    if (part === 'visitor') return 'skip';
    if (part) return { source: part as ChatTextSource, fromPart: true };
    if (isVisitorMessage(el)) return 'skip';
    const tag = el.localName;
    const role = el.getAttribute('role')?.trim().toLowerCase() ?? '';
    if (this.options.surface === 'site' && (SITE_CHROME.has(tag) || SITE_CHROME_ROLES.has(role))) return 'skip';
    // Inside a part a rule named, or inside a button, the text stays what it is there.
    if (parent.fromPart || parent.source === 'control') return parent;
    if (tag === 'button' || tag === 'summary' || CONTROL_ROLES.has(role)) return { source: 'control', fromPart: false };
    if (/^h[1-6]$/.test(tag) || role === 'heading' || tag === 'header') return { source: 'title', fromPart: false };
    if (MESSAGE_ROLES.has(role) || tag === 'article' || (el.getAttribute('aria-live') ?? 'off') !== 'off') {
      return { source: 'message', fromPart: false };
    }
    if (tag === 'footer' || NOTICE_ROLES.has(role)) return { source: 'notice', fromPart: false };
    return parent;
  }

  /** Labels an element carries: its accessible name, an image's alt, a field's placeholder. */
  private readLabels(el: Element, ctx: Context, inFrame: boolean): void {
    const tag = el.localName;
    const field = FIELD_TAGS.has(tag) || isEditable(el) || el.getAttribute('role') === 'textbox';
    const labelSource: ChatTextSource = field ? 'composer' : ctx.source === 'control' || ctx.source === 'launcher' ? ctx.source : ctx.fromPart ? ctx.source : 'aria';
    const where = field ? WHERE.composer : tag === 'iframe' ? 'frame title' : ctx.fromPart || ctx.source === 'control' ? `${WHERE[labelSource]} label` : 'label';
    for (const attr of ['aria-label', 'title', 'alt', 'aria-description', 'placeholder', 'data-placeholder']) {
      if (attr === 'title' && (tag === 'html' || tag === 'body')) continue;
      if ((attr === 'placeholder' || attr === 'data-placeholder') && !field) continue;
      const value = el.getAttribute(attr);
      if (value) this.add(value, labelSource, where, inFrame, false, MAX_LABEL);
    }
  }

  /** Configured values a rule points at (a messenger's chat-title), on the root or inside it. */
  readConfigured(root: Element | Document, inFrame: boolean): void {
    for (const part of this.options.knowledge?.parts ?? []) {
      if (!part.attribute || part.part === 'visitor' || part.part === 'window') continue;
      const self = root.nodeType === 1 && safeMatches(root as Element, part.selector) ? [root as Element] : [];
      for (const el of [...self, ...safeQueryAll(root, part.selector)].slice(0, 5)) {
        const value = el.getAttribute(part.attribute);
        if (value) this.add(decodeIfEncoded(value), part.part as ChatTextSource, `${part.attribute} attribute of <${el.localName}>`, inFrame, true, MAX_LABEL);
      }
    }
  }

  /** Reads one root and everything under it (open shadow roots and readable frames included). */
  read(root: Element, inFrame: boolean, nesting = 0): void {
    if (this.visited.has(root)) return;
    this.visited.add(root);
    const blocks: Block[] = [];
    const blockOf = new Map<Element, Block>();
    type Item = { node: Node; ctx: Context; block: Block | null };
    const stack: Item[] = [{ node: root, ctx: { source: 'text', fromPart: false }, block: null }];
    while (stack.length > 0 && !this.exhausted) {
      const { node, ctx, block } = stack.pop()!;
      if (node.nodeType === 3) {
        const text = node.nodeValue;
        if (block && text && text.trim()) block.parts.push(text);
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 11) continue;
      let here = ctx;
      let hereBlock = block;
      if (node.nodeType === 1) {
        const el = node as Element;
        this.elements--;
        const tag = el.localName;
        if (SKIP.has(tag) || isHidden(el) || (this.options.isVisible && !this.options.isVisible(el))) continue;
        const next = this.contextOf(el, ctx);
        if (next === 'skip') continue;
        here = next;
        this.readLabels(el, here, inFrame);
        // What the visitor types is theirs: never read past a field's placeholder.
        if (FIELD_TAGS.has(tag) || isEditable(el)) continue;
        if (tag === 'iframe') {
          this.readFrame(el as HTMLIFrameElement, nesting);
          continue;
        }
        if (!hereBlock || !INLINE.has(tag) || here !== ctx) {
          // A block inside a block breaks the outer one's words apart.
          hereBlock?.parts.push(' ');
          hereBlock = { parts: [], source: here.source, inFrame };
          blocks.push(hereBlock);
          blockOf.set(el, hereBlock);
        }
        const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
        if (shadow && nesting < MAX_NESTING) stack.push({ node: shadow, ctx: here, block: null });
      }
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ctx: here, block: hereBlock });
    }
    for (const block of blocks) {
      // Text nodes carry their own spacing: "I am <b>Ava</b>," reads "I am Ava,".
      if (block.parts.length > 0) this.add(block.parts.join(''), block.source, WHERE[block.source], block.inFrame);
    }
  }

  private readFrame(frame: HTMLIFrameElement, nesting: number): void {
    if (nesting >= MAX_NESTING) return;
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument; // null (or a throw) when the frame is on another origin
    } catch {
      doc = null;
    }
    if (!doc) {
      const src = frame.getAttribute('src') ?? '';
      if (src && !/^(?:about:|javascript:)/i.test(src)) this.unreadableFrames++;
      return;
    }
    if (doc.body) {
      this.readConfigured(doc, true);
      this.read(doc.body, true, nesting + 1);
    }
  }

  /**
   * An embedded (not floating) chat's introduction and notice: the heading or short paragraph
   * right before it, and the short text right after it, looked for on the chat's element and on
   * up to three wrappers around it, never past the page's main region or into its header,
   * navigation or footer.
   */
  readSurroundings(root: Element): void {
    const position = this.options.positionOf ?? inlinePosition;
    const floating = (el: Element) => {
      const p = position(el);
      return p === 'fixed' || p === 'sticky';
    };
    if (floating(root) || [...root.children].slice(0, 3).some(floating)) return;
    let node: Element | null = root;
    for (let level = 0; node && level < 4; level++) {
      const parent: Element | null = node.parentElement;
      // Widgets that float over the page hang off the body: only a chat placed inside the
      // page's content has an introduction.
      if (!parent || parent.localName === 'body' || parent.localName === 'html' || floating(node)) return;
      if (node.localName === 'main' || node.getAttribute('role') === 'main') return;
      const before = this.neighbour(node, 'previousElementSibling');
      if (before) this.add(before.text, 'intro', before.heading ? 'heading right before the chat' : 'text right before the chat', false, false, MAX_SURROUNDING);
      const after = this.neighbour(node, 'nextElementSibling');
      if (after) this.add(after.text, 'notice', 'text right after the chat', false, false, MAX_SURROUNDING);
      if (before?.heading) return; // the chat's own heading: nothing further out introduces it
      node = parent;
    }
  }

  private neighbour(node: Element, direction: 'previousElementSibling' | 'nextElementSibling'): { text: string; heading: boolean } | null {
    let sibling = node[direction];
    // Skip what shows nothing (scripts, empty spacers); look at most two elements away.
    for (let steps = 0; sibling && steps < 4; steps++, sibling = sibling[direction]) {
      const tag = sibling.localName;
      if (SKIP.has(tag) || isHidden(sibling) || (this.options.isVisible && !this.options.isVisible(sibling))) continue;
      const text = normalizeText(sibling.textContent ?? '');
      if (!text) continue;
      if (/^(?:nav|header|footer|aside|form|ul|ol|table)$/.test(tag) || text.length > MAX_SURROUNDING) return null;
      if (sibling.querySelector('input,textarea,select,button,iframe,nav')) return null;
      return { text, heading: /^h[1-6]$/.test(tag) || sibling.getAttribute('role') === 'heading' };
    }
    return null;
  }
}

/**
 * The chat's own text, read from its elements: for a widget, the elements the detection matched
 * (its container, launcher, frames); for a whole-site app, its main region; for a vendor's chat
 * frame, that frame's body.
 */
export function readChatText(roots: readonly Element[], options: ReadOptions = {}): ChatTextRead {
  const reader = new Reader(options);
  // Skip roots inside other roots: their text is read with the outer one.
  const unique = roots.filter((el, i) => roots.indexOf(el) === i && !roots.some((other) => other !== el && other.contains(el)));
  const inFrame = options.inFrame ?? false;
  for (const root of unique) {
    if (reader.exhausted) break;
    reader.readConfigured(root, inFrame);
    reader.read(root, inFrame);
  }
  if (options.surface !== 'site' && !inFrame) {
    for (const root of unique) reader.readSurroundings(root);
  }
  return { pieces: reader.pieces, unreadableFrames: reader.unreadableFrames };
}

/**
 * The older one-call API (kept for callers outside the extension, such as the HTTP Archive
 * metric): reads the chat's elements and decides, with no rule knowledge.
 */
export function readChatDisclosure(
  elements: readonly Element[],
  options: ReadOptions = {},
): { disclosed: Disclosed; findings: Array<{ text: string; where: string }>; readable: number; detail: DisclosureDetail } {
  const read = readChatText(elements, options);
  const verdict = decideDisclosure(read, { knowledge: options.knowledge, surface: options.surface });
  return { disclosed: verdict.disclosed, findings: verdict.findings, readable: read.pieces.reduce((n, p) => n + p.text.length, 0), detail: verdict.detail };
}
