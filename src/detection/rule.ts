/**
 * The shape of a detection rule as authored in src/rules/<id>.json.
 * docs/RULES.md explains every field; rule-schema.ts validates it.
 */

export const KINDS = ['ai', 'hybrid', 'human'] as const;
export type Kind = (typeof KINDS)[number];

export const CATEGORIES = ['support-widget', 'ai-companion', 'mental-health', 'general-assistant'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SURFACES = ['widget', 'site'] as const;
export type Surface = (typeof SURFACES)[number];

export const SIGNAL_TYPES = ['script', 'frame', 'element', 'host', 'global'] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** A signal at or above this confidence (and not a page global) can raise a detection alone. */
export const DECISIVE_CONFIDENCE = 50;
/** Page globals can be forged by the page, so they never carry more than this. */
export const MAX_GLOBAL_CONFIDENCE = 40;

interface SignalBase {
  confidence: number;
  sources: string[];
}

export interface UrlSignal extends SignalBase {
  type: 'script' | 'frame' | 'host';
  host: string;
  path?: string;
}

export interface ElementSignal extends SignalBase {
  type: 'element';
  selector: string;
  shadow?: string;
}

export interface GlobalSignal extends SignalBase {
  type: 'global';
  name: string;
}

export type Signal = UrlSignal | ElementSignal | GlobalSignal;

/**
 * Where a whole-site app shows the character the person is talking to, so Candor can tell
 * when a character presents itself as a therapist (claims.ts). Optional; every hint needs a source.
 */
export interface PersonaHints {
  /** the page title names the character, beside the app's name ("Psychologist | character.ai") */
  title?: boolean;
  /** CSS selector of the element holding the character's name */
  name?: string;
  /** CSS selector of the element holding the character's description */
  description?: string;
  sources: string[];
}

/**
 * Parts of a chat's own interface a rule can point at, so the disclosure check reads them for
 * what they are: another element of the chat that is not a detection signal (its window), a
 * configured title, a greeting, the launcher, a badge, a notice, or the visitor's own messages
 * (never read).
 */
export const CHAT_PARTS = ['window', 'title', 'greeting', 'message', 'launcher', 'badge', 'notice', 'visitor'] as const;
export type ChatPart = (typeof CHAT_PARTS)[number];

export interface ChatPartSpec {
  part: ChatPart;
  /** CSS selector, looked for inside the chat's elements (or the page, for whole-site apps) */
  selector: string;
  /** read this attribute's value (a configured title) instead of the element's text */
  attribute?: string;
  sources: string[];
}

/** What a rule knows about its chat's own text (docs/RULES.md, "Chat text"). */
export interface ChatTextSpec {
  parts?: ChatPartSpec[];
  /** names and labels the vendor gives every installation: never the chat speaking */
  defaultNames?: { names: string[]; sources: string[] };
  /** for whole-site apps: the AI product's own name, which tells the visitor it is an AI */
  aiNames?: { names: string[]; sources: string[] };
}

export interface Rule {
  id: string;
  name: string;
  website: string;
  surface: Surface;
  category: Category;
  kind: Kind;
  kindNote: string;
  kindSources: string[];
  signals: Signal[];
  requires?: { composer?: boolean };
  supersedes?: string[];
  persona?: PersonaHints;
  chatText?: ChatTextSpec;
  lastVerified: string;
  fixtures: { match: string[]; noMatch: string[] };
}

export function isDecisive(signal: Pick<Signal, 'type' | 'confidence'>): boolean {
  return signal.type !== 'global' && signal.confidence >= DECISIVE_CONFIDENCE;
}

/** What the background and the extension pages know about a rule (everything but fixtures). */
export type RuleFacts = Omit<Rule, 'fixtures'>;
