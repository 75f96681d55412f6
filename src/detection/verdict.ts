/**
 * The disclosure verdict, from the labelled pieces of a chat's own text (chat-text.ts). The rule,
 * as README and docs/ARCHITECTURE.md state it:
 *
 * - yes: text that belongs to the chat (its title or header, greeting, messages, launcher label,
 *   accessible name or configured title, a badge), or a heading or sentence that directly
 *   introduces an embedded chat or sits right under it, says it is an AI, a bot, a virtual
 *   assistant or automated, in any of Candor's UI languages. For a whole-site AI app, its own
 *   notices and labels naming the AI product count too.
 * - no: the chat's own conversational text was read (a greeting, a message, a header someone
 *   wrote) and none of it says so.
 * - unknown: anything else, with the reason: nothing readable, only labels, or a frame Candor
 *   could not read.
 *
 * A vendor's default names ("Intercom live chat", "Tidio Chat"), element ids and class names are
 * never the chat's text: they count for neither "yes" nor "no". Pure.
 */
import type { ChatKnowledge, ChatTextPiece, ChatTextRead, ChatTextSource } from './chat-text';
import { findDisclosures } from './disclosure';

export type Disclosed = 'yes' | 'no' | 'unknown';

export type DisclosureReason =
  /** something that belongs to the chat says it is an AI */
  | 'said-ai'
  /** the chat's own words were read, and none says so */
  | 'read-no-ai'
  /** only labels were read (a launcher's name, the vendor's default title), not the chat speaking */
  | 'labels-only'
  /** the chat lives in a frame from another site that Candor could not read */
  | 'frame-unreadable'
  /** the chat showed no text Candor could read (an icon-only button, an empty frame) */
  | 'nothing-readable';

/** One thing Candor read, as shown to the person and kept in audit records. */
export interface DisclosureRead {
  text: string;
  where: string;
  source: ChatTextSource;
  /** why it did not count: the vendor's default name, or a label rather than the chat speaking; "not-kept": words of a conversation in a whole-site app are not kept */
  note?: 'vendor-default' | 'not-conversation' | 'not-kept';
}

export interface DisclosureDetail {
  verdict: Disclosed;
  reason: DisclosureReason;
  read: DisclosureRead[];
}

export interface DisclosureVerdict {
  disclosed: Disclosed;
  /** the words that disclosed AI, as found (the `disclosure` list of reports and banners) */
  findings: Array<{ text: string; where: string }>;
  detail: DisclosureDetail;
}

const MAX_READ = 4;
const MAX_READ_TEXT = 160;
/** A notice naming an AI product is short; an answer that mentions a name is not a notice. */
const MAX_NAME_NOTICE = 200;

/** Text as compared with names: lower case, curly quotes straightened, no emoji or punctuation at the ends. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}?!.]+$/gu, '')
    .replace(/[.!]+$/, '')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordIn(name: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const CONVERSATION_SOURCES = new Set<ChatTextSource>(['title', 'greeting', 'message', 'text']);
/** Text of the page around an embedded chat, not of the chat. */
const PAGE_SOURCES = new Set<ChatTextSource>(['intro', 'notice']);

/** A label that is only a generic name for a chat or bot: no one wrote it for this chat. */
export const BARE_BOT_LABEL = /^(?:(?:open|close|start|launch|show|hide|toggle)(?: the)? )?(?:chat ?bot|bot|chat|chat widget|chatbot widget|bot widget)(?: (?:window|widget|button|launcher|bubble|frame|icon|iframe))?$/i;

/** Sources that name or label the chat rather than show what it says. */
const LABEL_SOURCES = new Set<ChatTextSource>(['aria', 'control', 'launcher', 'composer', 'badge']);

/** The vendor's own default naming: never the chat speaking, for "yes" as for "no". */
export function isVendorDefault(piece: Pick<ChatTextPiece, 'text' | 'source' | 'where'>, knowledge: ChatKnowledge = {}): boolean {
  const k = key(piece.text);
  if (!k) return false;
  if (knowledge.defaultNames?.some((name) => key(name) === k)) return true;
  // "Open Intercom Messenger", "Tidio Chat", "dify chatbot bubble window": a label naming the vendor.
  // "Chatbot", "Open chat bot": a bare name any vendor may give its button or frame.
  if (LABEL_SOURCES.has(piece.source) || piece.where.endsWith('frame title')) {
    return BARE_BOT_LABEL.test(k) || (knowledge.vendorNames ?? []).some((vendor) => wordIn(vendor, piece.text));
  }
  return (knowledge.vendorNames ?? []).some((vendor) => key(vendor) === k);
}

// ---- the chat's stock interface, which no one wrote for this chat ----

/**
 * Whole-text matches of chat UI that ships with every installation, in the seven UI languages:
 * launcher captions, availability, reply times, input hints, "powered by", typing indicators.
 * Such text is never the conversation; it can still disclose ("Powered by AI").
 */
export const STOCK_UI = new RegExp(
  `^(?:${[
    // English
    "(?:live )?chat|chat (?:now|with us|with (?:our |the )?(?:team|support|agents?|an? (?:agent|expert|specialist)))|let'?s chat|talk to us|message us",
    '(?:open|close|minimi[sz]e|maximi[sz]e|hide|show|end|start)(?: (?:the|a|new))? ?(?:chat|chat window|messenger|live chat|conversation|window)?',
    'new (?:chat|conversation|message)s?|send(?: (?:a |your )?message)?|(?:type|write|enter) (?:your|a) (?:message|question|reply)(?: here)?(?:\\.\\.\\.|…)?|(?:type|write) here',
    'reply|messages?|conversations?|inbox|help|support|customer (?:support|service|care)|contact(?: us)?|(?:need|want) (?:some )?help\\??|(?:got |have |any )?(?:a )?questions?\\??',
    "online|offline|away|available|back soon|online now|we(?:'re| are) (?:online|offline|away|here|available|back soon)(?: .*)?|(?:our |the )?team is (?:online|offline|away|here|available)(?: .*)?|leave (?:us )?a message",
    'send us a message|ask (?:us )?(?:a question|anything)|search(?: for)? (?:help|articles)|faqs?|frequently asked questions|get in touch',
    '(?:we |the team )?(?:typically|usually|normally|generally) (?:reply|replies|respond|responds|answers?)(?: .*)?|replies (?:in|within) .*',
    'you said:?|you wrote:?|powered by .*|we run on .*|(?:.* )?is typing(?:\\.\\.\\.|…)?|typing(?:\\.\\.\\.|…)?|today|yesterday|just now|menu|options|more options|back|home|emoji|attach(?: a)? file|upload(?: a)? file',
    // Spanish
    'env[ií]anos un mensaje|preguntas frecuentes|chatea con nosotros|habla con nosotros|escr[ií]benos|(?:abrir|cerrar|minimizar) (?:el )?chat|enviar(?: (?:un )?mensaje)?|escrib(?:e|a) (?:tu|su|un) mensaje(?: aqu[ií])?(?:\\.\\.\\.|…)?',
    '(?:normalmente|generalmente|por lo general) respond(?:e|emos)(?: .*)?|estamos (?:en l[ií]nea|conectados|ausentes|desconectados|disponibles)(?: .*)?|en l[ií]nea|desconectado|ayuda|soporte|¿?necesitas ayuda\\??',
    '(?:usted )?dijo:?|dijiste:?|desarrollado por .*|con tecnolog[ií]a de .*|d[eé]j(?:a|anos|enos) un mensaje|nueva conversaci[oó]n|iniciar (?:una )?conversaci[oó]n|.* est[aá] escribiendo(?:\\.\\.\\.|…)?',
    // French
    "envoyez-nous un message|questions fr[ée]quentes|discutez avec nous|discuter avec nous|(?:ouvrir|fermer|r[ée]duire) (?:le )?chat|envoyer(?: un message)?|(?:[ée]crivez|tapez|saisissez) (?:votre|un) message(?: ici)?(?:\\.\\.\\.|…)?",
    "r[ée]pond(?:ons)? (?:g[ée]n[ée]ralement|habituellement|en g[ée]n[ée]ral)(?: .*)?|nous sommes (?:en ligne|absents|disponibles)(?: .*)?|nous serons de retour .*|en ligne|hors ligne|besoin d'aide\\s*\\??|aide|assistance",
    "vous avez dit\\s*:?|propuls[ée] par .*|fourni par .*|laissez(?:-nous)? un message|nouvelle conversation|d[ée]marrer (?:une )?conversation|.* est en train d'[ée]crire(?:\\.\\.\\.|…)?",
    // German
    'senden sie uns eine nachricht|h[äa]ufige fragen|chatten sie mit uns|chatte mit uns|schreiben sie uns|(?:chat )?(?:[öo]ffnen|schlie[ßs]en|minimieren)|senden|nachricht senden|(?:schreiben sie|geben sie) (?:ihre|eine) nachricht(?: ein)?(?:\\.\\.\\.|…)?|ihre nachricht(?:\\.\\.\\.|…)?',
    'antworte(?:t|n)? (?:in der regel|normalerweise|meist(?:ens)?)(?: .*)?|wir sind (?:online|offline|gleich zur[üu]ck|nicht da|bald zur[üu]ck)(?: .*)?|hilfe|brauchen sie hilfe\\??|fragen\\??',
    'sie sagten:?|du sagtest:?|bereitgestellt von .*|unterst[üu]tzt von .*|betrieben von .*|hinterlassen sie (?:uns )?eine nachricht|neue unterhaltung|unterhaltung starten|(?:neuen )?chat starten|.* schreibt(?:\\.\\.\\.|…)?',
    // Portuguese
    'envie-nos uma mensagem|perguntas frequentes|fale conosco(?: no chat)?|converse conosco|(?:abrir|fechar|minimizar) (?:o )?chat|enviar(?: mensagem)?|(?:digite|escreva) (?:sua|a sua|uma) mensagem(?: aqui)?(?:\\.\\.\\.|…)?',
    '(?:normalmente|geralmente) respond(?:e|emos)(?: .*)?|estamos (?:online|conectados|ausentes|dispon[ií]veis|offline)(?: .*)?|precisa de ajuda\\??|ajuda|suporte',
    'voc[êe] disse:?|desenvolvido por .*|deixe (?:uma|sua) mensagem|nova conversa|iniciar (?:uma )?conversa|.* est[áa] digitando(?:\\.\\.\\.|…)?',
    // Italian
    'inviaci un messaggio|domande frequenti|chatta con noi|scrivici|(?:apri|chiudi|riduci) (?:la )?chat|invia(?: (?:un )?messaggio)?|(?:scrivi|digita) (?:il tuo|un) messaggio(?: qui)?(?:\\.\\.\\.|…)?',
    'in genere risponde(?: .*)?|(?:di solito|solitamente|normalmente) rispond(?:e|iamo)(?: .*)?|siamo (?:online|offline|disponibili)(?: .*)?|hai bisogno di aiuto\\??|aiuto|assistenza|supporto',
    'hai detto:?|fornito da .*|lascia(?:ci)? un messaggio|nuova conversazione|avvia (?:una )?(?:nuova )?conversazione|.* sta scrivendo(?:\\.\\.\\.|…)?',
    // Dutch
    'stuur ons een bericht|veelgestelde vragen|chat met ons|(?:open|sluit) (?:de )?chat|chat (?:openen|sluiten)|verstuur(?: bericht)?|verzenden|typ (?:uw|je|een) bericht(?: hier)?(?:\\.\\.\\.|…)?',
    'reageert meestal(?: .*)?|(?:we|wij) (?:reageren|antwoorden) meestal(?: .*)?|we zijn (?:online|offline|er zo weer|niet aanwezig)(?: .*)?|op dit moment zijn we niet aanwezig|hulp nodig\\??|hulp|ondersteuning',
    '(?:u|je) zei:?|mogelijk gemaakt door .*|laat een bericht achter|nieuw gesprek|start (?:een )?gesprek|gesprek starten|.* is aan het typen(?:\\.\\.\\.|…)?',
  ].join('|')})$`,
  'iu',
);

/** Privacy, cookie and consent lines in the chat: the operator's legal text, not the conversation. */
export const LEGAL_TEXT =
  /(?<![\p{L}])(?:privacy|cookies?|terms of (?:use|service)|gdpr|datenschutz\w*|privacidad|confidentialit[ée]|donn[ée]es personnelles|privacidade|informativa|persoonsgegevens|gegevens|termos de uso|condiciones de uso|conditions d'utilisation|nutzungsbedingungen)(?![\p{L}])/iu;

/** A hello on its own: "Hi!", "Hey there 👋", "Hola". */
export const HELLO = /^(?:hi|hello|hey|hiya|hi there|hey there|hello there|welcome|hola|buenas|bonjour|salut|hallo|hi zusammen|moin|ol[áa]|oi|ciao|salve|buongiorno|hoi|goedendag|dag)$/iu;

export function isStockInterface(text: string): boolean {
  const k = key(text);
  if (!k || STOCK_UI.test(k) || (k.length <= 300 && LEGAL_TEXT.test(k))) return true;
  // A short caption made only of stock lines and a hello: "Hi! Need help? Chat with us".
  if (k.length > 80) return false;
  const parts = k.split(/[.!?¡¿…,;:–—|]+|\p{Extended_Pictographic}+/u).map((p) => key(p)).filter(Boolean);
  return parts.length > 1 && parts.every((p) => HELLO.test(p) || STOCK_UI.test(p));
}

/** Where a bare "AI" is the chat labelling itself: a title, badge or label, a few words long. */
const TAG_SOURCES = new Set<ChatTextSource>(['title', 'badge', 'launcher', 'aria', 'composer', 'control']);
export const AI_TAG = /(?<![\p{L}\p{N}])(?:AI|A\.I\.|KI|IA)(?![\p{L}\p{N}])/u;

/**
 * "Store Assistant (AI)", a badge "AI", "KI": the tag written in capitals in a short title or
 * label. Not in running text, and not in text written all in capitals ("ASSISTENZA AI CLIENTI"
 * is Italian for customer service).
 */
export function hasAiTag(piece: Pick<ChatTextPiece, 'text' | 'source'>): boolean {
  if (!TAG_SOURCES.has(piece.source) || piece.text.length > 80 || !AI_TAG.test(piece.text)) return false;
  // The rest of the text, without the tag: written in capitals, the tag may be just a word.
  const rest = piece.text.replace(new RegExp(AI_TAG.source, 'gu'), '').match(/\p{L}/gu) ?? [];
  const capitals = rest.filter((c) => c !== c.toLowerCase()).length;
  return rest.length < 4 || capitals / rest.length < 0.6;
}

function words(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Is this piece the chat speaking: a greeting, a message, a header someone wrote, a sentence in
 * the chat window? Labels, configured values, stock interface and the page around the chat are not.
 */
export function isConversation(piece: ChatTextPiece, knowledge: ChatKnowledge = {}): boolean {
  if (piece.configured || isVendorDefault(piece, knowledge) || isStockInterface(piece.text)) return false;
  switch (piece.source) {
    case 'greeting':
    case 'message':
      return words(piece.text) >= 2;
    case 'title':
      return letters(piece.text) >= 3;
    case 'text':
      return words(piece.text) >= 3 && letters(piece.text) >= 12;
    default:
      return false;
  }
}

function clip(text: string, max = MAX_READ_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export interface DecideOptions {
  knowledge?: ChatKnowledge;
  /** a whole-site app: its conversation's words are not kept in what was read */
  surface?: 'widget' | 'site';
}

/** The verdict from what was read, with what was read, where, and why. */
export function decideDisclosure(read: ChatTextRead, options: DecideOptions = {}): DisclosureVerdict {
  const knowledge = options.knowledge ?? {};
  const site = options.surface === 'site';
  const findings: Array<{ text: string; where: string }> = [];
  const said: ChatTextPiece[] = [];
  for (const piece of read.pieces) {
    if (isVendorDefault(piece, knowledge)) continue;
    let found = findDisclosures(piece.text).map((m) => m.text);
    if (found.length === 0 && hasAiTag(piece)) found = [clip(piece.text, 80)];
    if (found.length === 0 && site && piece.source !== 'message' && piece.text.length <= MAX_NAME_NOTICE) {
      const name = knowledge.aiNames?.find((n) => wordIn(n, piece.text));
      if (name) found = [clip(piece.text, 80)];
    }
    if (found.length === 0) continue;
    said.push(piece);
    for (const text of found) {
      if (!findings.some((f) => f.text.toLowerCase() === text.toLowerCase())) findings.push({ text, where: clip(piece.where, 60) });
    }
  }
  const entry = (piece: ChatTextPiece, note?: DisclosureRead['note']): DisclosureRead => {
    // A whole-site app's conversation is the person's own: what it says is not kept, only where.
    const hide = site && CONVERSATION_SOURCES.has(piece.source) && note !== 'vendor-default';
    const out: DisclosureRead = { text: hide && !said.includes(piece) ? '' : clip(piece.text), where: clip(piece.where, 120), source: piece.source };
    if (hide && !said.includes(piece)) out.note = 'not-kept';
    else if (note) out.note = note;
    return out;
  };
  if (said.length > 0) {
    return { disclosed: 'yes', findings: findings.slice(0, 10), detail: { verdict: 'yes', reason: 'said-ai', read: said.slice(0, MAX_READ).map((p) => entry(p)) } };
  }
  const conversation = read.pieces.filter((p) => isConversation(p, knowledge));
  if (conversation.length > 0) {
    return { disclosed: 'no', findings: [], detail: { verdict: 'no', reason: 'read-no-ai', read: conversation.slice(0, MAX_READ).map((p) => entry(p)) } };
  }
  const reason: DisclosureReason = read.unreadableFrames > 0 ? 'frame-unreadable' : read.pieces.length > 0 ? 'labels-only' : 'nothing-readable';
  // The chat's own labels first; the page's text around it after.
  const seen = [...read.pieces.filter((p) => !PAGE_SOURCES.has(p.source)), ...read.pieces.filter((p) => PAGE_SOURCES.has(p.source))]
    .slice(0, MAX_READ)
    .map((p) => entry(p, isVendorDefault(p, knowledge) ? 'vendor-default' : 'not-conversation'));
  return { disclosed: 'unknown', findings: [], detail: { verdict: 'unknown', reason, read: seen } };
}

const CERTAINTY: Record<Disclosed, number> = { unknown: 0, no: 1, yes: 2 };
const UNKNOWN_ORDER: Record<DisclosureReason, number> = { 'said-ai': 0, 'read-no-ai': 0, 'labels-only': 3, 'frame-unreadable': 1, 'nothing-readable': 2 };

/**
 * Two looks at the same chat (the page's and the chat's own frame): the one that says more wins,
 * "yes" over "no" over "unknown"; between two unknowns, the one that read something.
 */
export function mergeDetails(a: DisclosureDetail | undefined, b: DisclosureDetail | undefined): DisclosureDetail | undefined {
  if (!a || !b) return a ?? b;
  if (CERTAINTY[a.verdict] !== CERTAINTY[b.verdict]) return CERTAINTY[a.verdict] > CERTAINTY[b.verdict] ? a : b;
  if (a.verdict !== 'unknown') return { ...a, read: [...a.read, ...b.read].slice(0, MAX_READ) };
  return UNKNOWN_ORDER[b.reason] > UNKNOWN_ORDER[a.reason] ? b : a;
}

const SOURCE_WORDS: Record<ChatTextSource, string> = {
  title: 'title',
  greeting: 'greeting',
  message: 'message',
  launcher: 'launcher',
  badge: 'badge',
  notice: 'notice',
  aria: 'label',
  composer: 'message box',
  control: 'button',
  intro: 'introduction',
  text: 'text',
};

/** The reason in one plain English sentence, for report.json, the HTML report and the checklist. */
export function reasonSentence(detail: DisclosureDetail): string {
  const first = detail.read[0];
  switch (detail.reason) {
    case 'said-ai':
      return first ? `The chat's ${SOURCE_WORDS[first.source]} (${first.where}) says it is an AI: “${first.text}”.` : 'The chat says it is an AI.';
    case 'read-no-ai': {
      const where = [...new Set(detail.read.map((r) => SOURCE_WORDS[r.source]))].join(', ');
      return `Candor read the chat's own words (${where}) and none of them says it is an AI, a bot or automated.`;
    }
    case 'labels-only':
      return `Candor read only labels that are not the chat speaking${first ? ` (such as “${first.text}”, ${first.note === 'vendor-default' ? "the vendor's default name" : 'a label'})` : ''}, so it cannot tell: this needs a manual check.`;
    case 'frame-unreadable':
      return 'The chat is inside a frame from another site that Candor could not read, so it cannot tell: this needs a manual check.';
    default:
      return 'The chat showed no text Candor could read (for example an icon-only button or an empty frame), so it cannot tell: this needs a manual check.';
  }
}
