/**
 * Does the chat present itself as a therapist, psychologist, psychiatrist, counsellor, doctor, or
 * as licensed? Pure text matching over labelled pieces of the chat's own interface — its title,
 * greeting, messages, labels, a companion character's name and description — in English,
 * Spanish, French, German, Portuguese and Dutch, word by word (no backtracking expressions).
 *
 * What counts is the chat speaking about itself:
 *  - a name or title that IS a clinician's title ("Psychologist", "AI Therapist", "Your licensed
 *    therapist", "Dr. Mia – psychiatrist");
 *  - first-person or "your …" self-presentation in a greeting, a message or a description ("I'm a
 *    licensed CBT therapist", "Soy tu psicóloga virtual", "Je suis psychologue", "Ich bin deine
 *    Therapeutin", "A psychologist who helps with life's difficulties").
 * What does not count:
 *  - negations ("I'm an AI, not a therapist", "this is not a real person or licensed professional");
 *  - a page or a chat describing human staff or handing over to them ("our licensed therapists",
 *    "I can book you with one of our therapists", "talk to a therapist", "find a psychologist");
 *  - other kinds of counsellors and advisers ("admissions counselor", "votre conseiller", "Berater")
 *    and other doctors ("Doctor Who", "Dr. Smith's office").
 *
 * Callers pass only the chat's own text (its frame, its widget, a companion app's persona), never
 * the page around it: a clinic page's "our licensed therapists" is not the chat presenting itself.
 * The pieces are the ones the chat-text reader produces for the disclosure verdict (claim-pieces.ts).
 */
import type { ChatTextSource } from './chat-text';


/**
 * Where in the chat a piece of text was found: the labels of the chat-text reader (chat-text.ts),
 * and a companion character's name and description (claim-pieces.ts).
 */
export type PieceSource = ChatTextSource | 'name' | 'description';

export interface TextPiece {
  text: string;
  /** a description a person can read: "chat header", "chat-title attribute of <df-messenger>" */
  where: string;
  source: PieceSource;
}

/**
 * Pieces that never present the chat: a notice (a disclaimer, "not a licensed therapist"), a
 * button or quick reply (often the visitor's own choice, "I'm a therapist"), and the page's text
 * around an embedded chat (a clinic's "I founded this practice as a psychologist" is about its people).
 */
const NOT_THE_CHAT = new Set<PieceSource>(['notice', 'control', 'intro']);
/** Names and labels: read as a title, not as a sentence. */
const TITLE_LIKE = new Set<PieceSource>(['title', 'name', 'launcher', 'aria', 'badge', 'composer']);

export type ClaimKind = 'therapist';

export interface ClaimFinding {
  claim: ClaimKind;
  /** the words that made the claim, as found (trimmed to a readable length) */
  text: string;
  where: string;
  lang: 'en' | 'es' | 'fr' | 'de' | 'pt' | 'nl';
}

/** Pieces and their text are bounded before matching: claims live in short labels and greetings. */
const MAX_PIECES = 60;
const MAX_PIECE = 600;
const MAX_TOTAL = 12_000;
/** A title-like piece longer than this is a sentence, not a name or a title. */
const MAX_TITLE = 80;
/** How many words may stand between "I am" and the title ("I'm a licensed CBT therapist"). */
const MAX_BETWEEN = 5;

type Lang = ClaimFinding['lang'];

// ---------- the words ----------
// Lowercase, without accents (the text is normalised the same way). Only singular titles: a
// chat calls itself "a therapist", while "therapists" are always someone else.

/** Clinicians' titles, one or more words, by language. */
const ROLES: Record<Lang, string[]> = {
  en: [
    'therapist', 'psychotherapist', 'psychologist', 'psychiatrist', 'counsellor', 'counselor', 'clinician', 'psychoanalyst', 'lmft', 'lcsw',
    'lmhc', 'lpc', 'clinical social worker', 'doctor of psychiatry', 'doctor of psychology', 'psychiatric nurse', 'psychiatric nurse practitioner',
    'mental health professional', 'mental health clinician', 'mental health provider',
  ],
  es: ['psicologo', 'psicologa', 'psicoterapeuta', 'terapeuta', 'psiquiatra', 'psicoanalista', 'consejero psicologico', 'consejera psicologica', 'consejero terapeutico', 'consejera terapeutica'],
  fr: ['psychologue', 'psychotherapeute', 'therapeute', 'psychiatre', 'psychanalyste', 'conseiller psychologique', 'conseillere psychologique', 'conseiller conjugal', 'conseillere conjugale'],
  de: [
    'psychologe', 'psychologin', 'psychotherapeut', 'psychotherapeutin', 'therapeut', 'therapeutin', 'verhaltenstherapeut', 'verhaltenstherapeutin',
    'traumatherapeut', 'traumatherapeutin', 'paartherapeut', 'paartherapeutin', 'psychiater', 'psychiaterin', 'psychoanalytiker', 'psychoanalytikerin',
    'psychologischer berater', 'psychologische beraterin',
  ],
  pt: ['psicologo', 'psicologa', 'psicoterapeuta', 'terapeuta', 'psiquiatra', 'psicanalista'],
  nl: ['psycholoog', 'psychotherapeut', 'therapeut', 'psychiater', 'gz psycholoog'],
};

/** Medical doctors: only when the chat says it is one, never as a bare title ("The Doctor"). */
const DOCTORS = new Set(['doctor', 'physician', 'medico', 'medica', 'doctora', 'medecin', 'docteur', 'arzt', 'arztin', 'doktor', 'doutor', 'doutora', 'arts', 'dokter']);
const DOCTOR_TITLES = new Set(['dr', 'dra', 'doctor', 'doctora', 'docteur', 'doktor', 'doutor', 'doutora']);

/** "I am" and friends: the chat speaking about itself. */
const SELF: Array<[string[], Lang]> = [
  [["i'm"], 'en'], [['im'], 'en'], [['i', 'am'], 'en'], [["i'll", 'be'], 'en'], [['i', 'will', 'be'], 'en'], [["i've", 'been'], 'en'],
  [['i', 'work', 'as'], 'en'], [['as'], 'en'], [['meet'], 'en'], [['this', 'is'], 'en'],
  [['soy'], 'es'], [['sere'], 'es'], [['como'], 'es'],
  [['je', 'suis'], 'fr'], [['je', 'serai'], 'fr'], [['en', 'tant', 'que'], 'fr'], [['voici'], 'fr'],
  [['ich', 'bin'], 'de'], [['als'], 'de'],
  [['sou'], 'pt'], [['serei'], 'pt'],
  [['ik', 'ben'], 'nl'],
];
/** Markers that introduce a role in general ("as a doctor would…") rather than the chat's own. */
const LOOSE_SELF = new Set(['as', 'como', 'als', 'en tant que', 'meet', 'this is', 'voici']);

/** Words that may stand between "I am" and a title: articles, possessives and honest adjectives. */
const BETWEEN = new Set([
  // articles and possessives
  'a', 'an', 'the', 'your', 'ur', 'my', 'un', 'una', 'el', 'la', 'tu', 'su', 'une', 'le', "l'", 'votre', 'ton', 'ta', 'ein', 'eine', 'der', 'die',
  'dein', 'deine', 'ihr', 'ihre', 'um', 'uma', 'o', 'seu', 'sua', 'teu', 'tua', 'een', 'de', 'je', 'jouw', 'uw',
  // what a chat says about its kind
  'ai', 'a.i.', 'ki', 'ia', 'virtual', 'virtuel', 'virtuelle', 'virtueller', 'virtuellen', 'virtuele', 'digital', 'digitale', 'digitaler', 'online',
  'personal', 'personlicher', 'personliche', 'persoonlijke', 'pocket', 'private', 'own', 'new', 'nuevo', 'nueva', 'nouveau', 'nouvelle', 'neue', 'neuer',
  // what a chat says about its standing
  'licensed', 'licenced', 'certified', 'board', 'board-certified', 'registered', 'accredited', 'qualified', 'clinical', 'trained', 'professional',
  'experienced', 'expert', 'best', 'top', 'mejor', 'meilleur', 'meilleure', 'approbierte', 'approbierter', 'zugelassene', 'zugelassener', 'erfahrene',
  'erfahrener', 'staatlich', 'anerkannte', 'anerkannter', 'ervaren', 'geregistreerde', 'erkende', 'cbt', 'dbt', 'emdr',
  // how it sounds
  'friendly', 'caring', 'compassionate', 'empathetic', 'supportive', 'kind', 'gentle', 'trauma-informed', 'trauma', 'informed', 'evidence-based', 'evidence', 'based',
  'mental', 'health', 'marriage', 'and', 'family', 'couples', 'grief', 'addiction', 'crisis', '24/7',
]);

/** Titles that are not clinicians when this word comes first ("admissions counselor", "physical therapist"). */
const NOT_CLINICIAN_BEFORE = new Set([
  'admissions', 'admission', 'financial', 'credit', 'debt', 'career', 'careers', 'genetic', 'nutrition', 'nutritional', 'dietary', 'lactation', 'camp',
  'sales', 'investment', 'tax', 'leasing', 'legal', 'academic', 'college', 'school', 'guidance', 'travel', 'beauty', 'spa', 'massage', 'physical',
  'speech', 'occupational', 'respiratory', 'sports', 'hand', 'radiation', 'music', 'art', 'dance', 'hair', 'skin', 'wedding',
]);

/** A denial before a title or before "I am". */
const NEGATIONS = new Set([
  'not', 'never', 'no', 'nor', 'neither', "isn't", 'isnt', "aren't", "ain't", 'cannot', "can't", 'cant', "won't", 'unlike', 'instead', 'rather',
  'replace', 'replaces', 'replacement', 'substitute', 'ni', 'nunca', 'jamas', 'sustituye', 'reemplaza', 'pas', 'jamais', 'remplace', 'nicht', 'kein',
  'keine', 'keinen', 'ersetzt', 'ersetze', 'statt', 'anstelle', 'nao', 'nem', 'substitui', 'geen', 'niet', 'nooit', 'vervangt', 'non-clinical',
]);

/** Someone else's clinicians, or a hand-over to them, just before a title. */
const OTHERS = new Set([
  'our', 'their', 'his', 'her', 'real', 'human', 'find', 'see', 'book', 'talk', 'speak', 'chat', 'message', 'contact', 'call', 'ask', 'tell', 'with',
  'to', 'from', 'by', 'connect', 'refer', 'match', 'matched', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'con', 'hablar', 'habla', 'encuentra',
  'nos', 'notre', 'vos', 'avec', 'trouver', 'parler', 'unser', 'unsere', 'unseren', 'unserer', 'mit', 'einem', 'einer', 'finden', 'nossos', 'nossas',
  'nosso', 'nossa', 'com', 'onze', 'met', 'vind',
]);

/** Words after a title that make it about someone else: "therapist near you", "therapist directory". */
const OTHERS_AFTER = new Set(['near', 'directory', 'finder', 'finders', 'search', 'match', 'matching', 'network', 'referral', 'team', 'office', 'practice', 'appointment', 'appointments', 'will', 'can', 'would', 'might', 'could', "'s", 's', 'jobs', 'job', 'careers']);

/** A title piece that sends somewhere else: "Find a therapist", "Talk to a psychologist". */
const TITLE_HANDOVER = new Set(['find', 'book', 'see', 'talk', 'speak', 'chat', 'message', 'contact', 'call', 'ask', 'become', 'for', 'encuentra', 'habla', 'pide', 'trouver', 'parler', 'prendre', 'finden', 'sprechen', 'termin', 'encontre', 'fale', 'vind', 'spreek', 'our', 'nuestros', 'nos', 'unsere', 'onze']);

const AI_WORDS = new Set(['ai', 'a.i.', 'ki', 'ia', 'virtual', 'virtuel', 'virtuelle', 'virtueller', 'virtuele', 'digital', 'digitale', 'online']);
const YOUR = new Set(['your', 'ur', 'tu', 'votre', 'ton', 'ta', 'dein', 'deine', 'ihr', 'ihre', 'seu', 'sua', 'je', 'jouw', 'uw']);
/** Words after a Romance-language title that make it the chat's: "psicóloga virtual", "thérapeute IA". */
const POST_AI = new Set(['virtual', 'ia', 'ai', 'digital', 'virtuel', 'virtuelle', 'online']);
const NAME_SUFFIXES = ['gpt', 'bot', 'ai'];

interface RoleIndex {
  /** first word of a title → the titles starting with it */
  byFirst: Map<string, Array<{ words: string[]; lang: Lang }>>;
}

let roleIndex: RoleIndex | null = null;
function roles(): RoleIndex {
  if (roleIndex) return roleIndex;
  const byFirst = new Map<string, Array<{ words: string[]; lang: Lang }>>();
  for (const [lang, list] of Object.entries(ROLES) as Array<[Lang, string[]]>) {
    for (const role of list) {
      const words = role.split(' ');
      const entries = byFirst.get(words[0]!) ?? [];
      entries.push({ words, lang });
      byFirst.set(words[0]!, entries);
    }
  }
  roleIndex = { byFirst };
  return roleIndex;
}

// ---------- reading a sentence ----------

interface Token {
  /** lowercase, without accents */
  w: string;
  /** as written */
  raw: string;
}

/** Words of a sentence, lowercase without accents, each with its original spelling. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Letters, digits, apostrophes inside words ("i'm", "l'ia"), dots inside initials ("a.i.").
  const re = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].replace(/’/g, "'");
    const bare = raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw) ? raw.slice(0, -1) : raw;
    out.push({ w: bare.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(), raw: bare });
  }
  return out;
}

/** The title starting at token i, if any: its length and language. */
function roleAt(tokens: Token[], i: number): { length: number; lang: Lang } | null {
  const entries = roles().byFirst.get(tokens[i]!.w);
  if (!entries) return null;
  let best: { length: number; lang: Lang } | null = null;
  for (const entry of entries) {
    if (best && entry.words.length <= best.length) continue;
    let ok = i + entry.words.length <= tokens.length;
    for (let k = 1; k < entry.words.length && ok; k++) ok = tokens[i + k]!.w === entry.words[k];
    if (ok) best = { length: entry.words.length, lang: entry.lang };
  }
  return best;
}

/** "I am" (or a friend) ending just before token `end`, with at most MAX_BETWEEN allowed words in between. */
function selfBefore(tokens: Token[], roleStart: number): { start: number; loose: boolean } | null {
  for (let gap = 0; gap <= MAX_BETWEEN && roleStart - gap > 0; gap++) {
    const end = roleStart - gap; // the marker ends at end - 1
    for (const [words] of SELF) {
      const start = end - words.length;
      if (start < 0) continue;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) ok = tokens[start + k]!.w === words[k];
      if (ok) return { start, loose: LOOSE_SELF.has(words.join(' ')) };
    }
    // The word before the title (or before the words already passed) must be an allowed one.
    if (!BETWEEN.has(tokens[end - 1]!.w)) return null;
  }
  return null;
}

function deniedBefore(tokens: Token[], at: number, span = 4): boolean {
  for (let k = Math.max(0, at - span); k < at; k++) if (NEGATIONS.has(tokens[k]!.w)) return true;
  return false;
}

function othersBefore(tokens: Token[], at: number, span = 3): boolean {
  for (let k = Math.max(0, at - span); k < at; k++) if (OTHERS.has(tokens[k]!.w)) return true;
  return false;
}

const isOthersAfter = (tokens: Token[], after: number) => after < tokens.length && OTHERS_AFTER.has(tokens[after]!.w);

/** The chat presenting itself as a clinician in a sentence: "I'm a licensed therapist", "your AI psychologist". */
function claimInSentence(tokens: Token[], source: PieceSource): Lang | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.w;
    const role = roleAt(tokens, i);
    if (role) {
      if (i > 0 && NOT_CLINICIAN_BEFORE.has(tokens[i - 1]!.w)) continue;
      const after = i + role.length;
      const self = selfBefore(tokens, i);
      if (self && !deniedBefore(tokens, self.start) && !(self.loose && isOthersAfter(tokens, after))) return role.lang;
      // "your AI therapist", "tu psicóloga virtual", "an AI psychologist"
      const aiBefore = i > 0 && AI_WORDS.has(tokens[i - 1]!.w);
      const aiAfter = after < tokens.length && POST_AI.has(tokens[after]!.w);
      const your = (i > 0 && YOUR.has(tokens[i - 1]!.w)) || (i > 1 && YOUR.has(tokens[i - 2]!.w) && BETWEEN.has(tokens[i - 1]!.w));
      if ((aiBefore || aiAfter) && !deniedBefore(tokens, i) && !othersBefore(tokens, i - (aiBefore ? 1 : 0), 2)) return role.lang;
      if (your && (aiBefore || aiAfter) && !deniedBefore(tokens, i)) return role.lang;
      // A persona's description that starts with its title: "Doctor of psychiatry…", "A psychologist who…".
      if (source === 'description' && i <= 2 && tokens.slice(0, i).every((t) => BETWEEN.has(t.w)) && !isOthersAfter(tokens, after)) return role.lang;
      continue;
    }
    // "I'm Dr. Rivera", "Soy la Dra. Ana", "I'm a doctor", "an AI doctor"
    if (DOCTOR_TITLES.has(word) && i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1]!.raw)) {
      const self = selfBefore(tokens, i);
      if (self && !self.loose && !deniedBefore(tokens, self.start)) return langOfSelf(tokens, self.start);
    }
    if (DOCTORS.has(word)) {
      const self = selfBefore(tokens, i);
      if (self && !deniedBefore(tokens, self.start) && !isOthersAfter(tokens, i + 1)) return langOfSelf(tokens, self.start);
      if (i > 0 && AI_WORDS.has(tokens[i - 1]!.w) && !deniedBefore(tokens, i)) return 'en';
    }
    // "I'm licensed", "I am fully licensed"
    if ((word === 'licensed' || word === 'licenced') && i > 0) {
      const prev = tokens[i - 1]!.w === 'fully' ? i - 1 : i;
      const self = selfBefore(tokens, prev);
      if (self && !self.loose && (i + 1 >= tokens.length || ['to', 'in', 'and'].includes(tokens[i + 1]!.w)) && !deniedBefore(tokens, self.start)) return 'en';
    }
  }
  return null;
}

function langOfSelf(tokens: Token[], start: number): Lang {
  const first = tokens[start]!.w;
  for (const [words, lang] of SELF) if (words[0] === first) return lang;
  return 'en';
}

/** A name or a title that is a clinician's title: "Psychologist", "AI Therapist", "Dr. Mia – AI psychiatrist". */
function claimInTitle(text: string): Lang | null {
  if (text.length > MAX_TITLE) return null;
  // "Message Psychologist…" — a composer naming its character — names it too.
  const prefix = /^(?:message|chat with|talk to|escribe a|mensaje para|écrire à|nachricht an|mensagem para|bericht aan)\s+/i.exec(text);
  const rest = prefix ? text.slice(prefix[0].length) : text;
  const named = !!prefix && /^\p{Lu}/u.test(rest);
  const tokens = tokenize(named ? rest : text);
  if (tokens.length === 0) return null;
  if (!named && TITLE_HANDOVER.has(tokens[0]!.w)) return null;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.w;
    // "TherapistGPT", "PsychologistBot"
    for (const suffix of NAME_SUFFIXES) {
      if (word.length > suffix.length + 4 && word.endsWith(suffix)) {
        const stem = word.slice(0, -suffix.length);
        if (roles().byFirst.get(stem)?.some((r) => r.words.length === 1)) return roles().byFirst.get(stem)![0]!.lang;
      }
    }
    const role = roleAt(tokens, i);
    if (!role) continue;
    if (i > 0 && NOT_CLINICIAN_BEFORE.has(tokens[i - 1]!.w)) continue;
    if (deniedBefore(tokens, i) || othersBefore(tokens, i) || isOthersAfter(tokens, i + role.length)) continue;
    return role.lang;
  }
  return null;
}

/** Sentences, so a denial in one sentence does not cancel a claim in the next. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const end = ch === '\n' || ch === '|' || ch === '•' || ((ch === '.' || ch === '!' || ch === '?' || ch === '…') && /\s/.test(text[i + 1] ?? ' '));
    if (!end) continue;
    // Not after a title or an initial: "Dr. Rivera", "Dra. Ana", "an A.I. therapist".
    if (ch === '.' && /(?:^|[\s.(])(?:dr|dra|mr|mrs|ms|prof|dott|\p{L})$/iu.test(text.slice(Math.max(0, i - 5), i))) continue;
    out.push(text.slice(start, i + 1).trim());
    start = i + 1;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * A name between "I'm" and the title ("I'm Sam, a…", "Soy Ana, tu…") is taken out before
 * matching: a capitalised word, then a comma or "and I'm".
 */
function withoutName(sentence: string): string {
  return sentence.replace(
    /((?:^|[^\p{L}])(?:[Ii]'?m|I am|[Ss]oy|[Jj]e suis|[Ii]ch bin|[Ss]ou|[Ii]k ben)) \p{Lu}[\p{Ll}'-]{1,20}(?: \p{Lu}[\p{Ll}'-]{1,20})?(?:,| (?:and|y|et|und|e|en) (?:I'm|I am|soy|je suis|ich bin|sou|ik ben)) /gu,
    '$1 ',
  );
}

/** The expressions that run on chat text, for the ReDoS check in the security tests. */
export function claimExpressions(): RegExp[] {
  return [/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu, /(?:^|[\s.(])(?:dr|dra|mr|mrs|ms|prof|dott|\p{L})$/iu];
}

const trimmed = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/**
 * The first place where the chat presents itself as a therapist or a licensed clinician, or null.
 * Pure and bounded: at most MAX_PIECES pieces and MAX_TOTAL characters are read, word by word.
 */
export function findTherapistClaim(pieces: readonly TextPiece[]): ClaimFinding | null {
  let budget = MAX_TOTAL;
  for (const piece of pieces.slice(0, MAX_PIECES)) {
    if (budget <= 0) break;
    if (NOT_THE_CHAT.has(piece.source)) continue;
    const text = piece.text.slice(0, Math.min(MAX_PIECE, budget)).replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim();
    budget -= text.length;
    if (!text) continue;
    if (TITLE_LIKE.has(piece.source)) {
      const lang = claimInTitle(text);
      if (lang) return { claim: 'therapist', text: trimmed(text), where: piece.where, lang };
    }
    for (const sentence of sentences(text)) {
      const lang = claimInSentence(tokenize(withoutName(sentence)), piece.source);
      if (lang) return { claim: 'therapist', text: trimmed(sentence), where: piece.where, lang };
    }
  }
  return null;
}
