/**
 * Does the chat tell the visitor it is an AI? Pure text matching over what the content script
 * could read of the chat's own interface (its window, launcher labels, its frames), in every UI
 * language Candor has: English, Spanish, French, German, Portuguese (Brazil and Portugal),
 * Italian and Dutch.
 *
 * Only text that belongs to the chat is passed in: marketing prose elsewhere on the page ("we
 * use AI to…") is not a disclosure at the chat. "Not a bot" or "a real person" is a disclosure
 * that a *human* answers, so an AI phrase right after a negation does not count.
 */

/** Text is bounded before matching; the chat's own labels are short. */
export const MAX_DISCLOSURE_TEXT = 20_000;

export const DISCLOSURE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
export type DisclosureLanguage = (typeof DISCLOSURE_LANGUAGES)[number];

interface Pattern {
  lang: DisclosureLanguage;
  re: RegExp;
}

// Word boundaries: \b does not know accented letters, so patterns with them use explicit
// lookarounds on letters.
const L = 'A-Za-zÀ-ÖØ-öø-ÿ';
const word = (source: string) => new RegExp(`(?<![${L}])(?:${source})(?![${L}])`, 'giu');

/**
 * Built on first use: compiling these Unicode-aware expressions costs a few milliseconds, which
 * a page without a chat never needs to pay.
 */
let compiled: Pattern[] | null = null;
export function disclosurePatterns(): Pattern[] {
  compiled ??= PATTERN_SOURCES.map(([lang, source]) => ({ lang, re: word(source) }));
  return compiled;
}

const PATTERN_SOURCES: Array<[Pattern['lang'], string]> = [
  // English
  [ 'en', "(?:an? )?(?:ai|a\\.i\\.|artificial intelligence|gen ?ai|generative ai)[- ](?:powered |driven |based )?(?:assistant|agent|chat ?bot|bot|model|companion|helper|support|concierge|advisor|answers?|responses?|chat|persona)" ],
  [ 'en', '(?:powered|driven|answered|generated|run) by (?:ai|a\\.i\\.|artificial intelligence|gpt[- ]?\\d?|openai|chatgpt|claude|gemini|an? (?:ai|language model|large language model|llm))' ],
  // "AI Claims Assistant", "AI support agent": one word between "AI" and what it is.
  [ 'en', '(?:ai|a\\.i\\.)[- ][a-z]+[- ](?:assistant|agent|chat ?bot|bot)' ],
  [ 'en', 'virtual (?:assistant|agent|concierge|advisor|helper)' ],
  [ 'en', 'digital (?:assistant|agent)' ],
  [ 'en', 'automated (?:assistant|agent|chat|responses?|replies|reply|messages?|system|support|bot)' ],
  [ 'en', 'chat ?bots?|chatterbot|bot' ],
  [ 'en', 'ask ai|ai agent|ai assistant' ],
  // "AI generated" label and "AI-generated content may be incorrect" (Teams / Bot Framework Web Chat);
  // Copilot Studio's default greeting "I sometimes use AI to answer your questions".
  [ 'en', '(?:ai|a\\.i\\.)[- ]generated|(?:use|uses|using) ai to (?:answer|respond|reply|help)' ],
  [ 'en', "(?:i'?m|i am|this is|you'?re (?:chatting|talking|speaking) (?:with|to)|you are (?:chatting|talking|speaking) (?:with|to)) (?:an? )?(?:ai|a\\.i\\.|bot|robot|computer program|language model|automated|virtual)" ],
  [ 'en', 'not (?:a )?(?:human|real person|person|a human being)|no human' ],
  [ 'en', '(?:large )?language model|llm' ],
  // "Claude is AI and can make mistakes", "Copilot is an AI": a name followed by "is (an) AI".
  [ 'en', '(?:is|are) (?:an? )?(?:ai|a\\.i\\.)(?= (?:and|system|model|tool|that|which|not|assistant)(?![A-Za-z])|[.,!;:)]|$)' ],
  // Spanish
  [ 'es', 'asistente (?:virtual|digital|automatizado|inteligente|de ia|de inteligencia artificial|ia)|agente (?:virtual|digital|de ia|ia)' ],
  [ 'es', 'inteligencia artificial|(?:con|por|de) ia|impulsado por ia|generad[oa]s? por (?:la )?ia|pregunt(?:ar|a|e) a la ia' ],
  [ 'es', 'respuestas? automáticas?|respuestas? automatizadas?|mensajes? automáticos?|sistema automatizado' ],
  [ 'es', '(?:no (?:es|soy) (?:una persona|un humano|un ser humano|humano))|(?:soy|es) un (?:bot|robot|asistente virtual|programa)' ],
  [ 'es', 'robot conversacional' ],
  // French
  [ 'fr', 'assistant (?:virtuel|numérique|ia|intelligent)|agent (?:virtuel|conversationnel|ia)|conseill[eè]re? virtuel(?:le)?' ],
  [ 'fr', "intelligence artificielle|(?:par|avec) l'ia|propulsé par l'ia|générée?s? par (?:l'ia|ia|une ia)|demande[rz]? à l'ia|chat(?:bot)? ia" ],
  [ 'fr', 'réponses? automatiques?|réponses? automatisées?|messages? automatiques?' ],
  [ 'fr', "(?:je ne suis pas|n'est pas|ce n'est pas) (?:un humain|une personne|un être humain)|robot conversationnel" ],
  // German
  [ 'de', 'ki[- ](?:assistent(?:in|en)?|agent(?:in|en)?|chat(?:bot)?|bot|(?:gestützt|basiert|generiert)(?:e[mnrs]?)?)|virtuelle[rn]? (?:assistent(?:in|en)?|agent(?:in|en)?)|digitale[rn]? (?:assistent(?:in|en)?|agent(?:in|en)?)' ],
  [ 'de', '(?:von|durch) (?:einer )?(?:ki|künstlicher intelligenz) (?:generiert|erstellt|verfasst|beantwortet)(?:e[mnrs]?)?|ki fragen|fragen sie die ki|frag die ki' ],
  [ 'de', 'künstliche[rn]? intelligenz|automatisierte[rn]? (?:antworten|nachrichten|assistent)|automatische[rn]? antworten' ],
  [ 'de', '(?:ich bin|ist) kein(?:e)? (?:mensch|person)|kein mensch' ],
  // Portuguese (Brazil and Portugal)
  [ 'pt', 'assistente (?:virtual|digital|automatizado|automático|inteligente|de ia|de inteligência artificial|ia)|agente (?:virtual|digital|de ia|ia)|robô (?:de atendimento|de conversa|virtual)' ],
  [ 'pt', 'inteligência artificial|(?:gerad|criad|produzid|escrit)[oa]s? (?:por|pela) (?:ia|inteligência artificial)|pergunt(?:ar|e|a) (?:à|a) ia' ],
  [ 'pt', 'respostas? automáticas?|respostas? automatizadas?|mensage(?:m|ns) automáticas?|atendimento (?:automático|automatizado|virtual)' ],
  [ 'pt', '(?:sou|é) (?:um|o) (?:robô|bot|assistente virtual|programa de computador)|não (?:sou|é) (?:uma pessoa|um humano|um ser humano|humano)' ],
  // Italian ("ai" is also a preposition: "ai clienti", so never on its own)
  [ 'it', 'assistente (?:virtuale|digitale|automatico|intelligente|di intelligenza artificiale)|assistente (?:ai|ia)(?! (?:clienti|utenti|pazienti|soci|cittadini|visitatori|viaggiatori|studenti|genitori))|agente (?:virtuale|digitale)' ],
  [ 'it', "intelligenza artificiale|(?:generat|creat|prodott|scritt)[oaie] (?:dall'(?:ai|ia)|dall'intelligenza artificiale|da (?:un'|una )?(?:ai|ia))|chied(?:i|ere) all'(?:ai|ia)" ],
  [ 'it', 'rispost[ae] automatic[ah]e?|messaggi? automatic[oi]|risponditore automatico' ],
  [ 'it', '(?:sono|è) un (?:bot|robot|assistente virtuale|programma)|non (?:sono|è) (?:una persona|un essere umano|umano|un operatore umano)' ],
  // Dutch
  [ 'nl', 'virtuele (?:assistent|agent|medewerker)|digitale (?:assistent|medewerker|agent)|(?:ai|a\\.i\\.)[- ](?:assistent|agent|chatbot|bot|medewerker|model)' ],
  [ 'nl', 'kunstmatige intelligentie|(?:gegenereerd|gemaakt|geschreven|beantwoord) (?:door|met) (?:ai|kunstmatige intelligentie)|vraag (?:het )?(?:aan )?(?:de )?ai' ],
  [ 'nl', 'automatische (?:antwoorden|berichten|reacties)|geautomatiseerde (?:antwoorden|berichten|assistent)' ],
  [ 'nl', '(?:ik ben|is|dit is) een (?:bot|robot|chatbot|virtuele assistent|computerprogramma)|geen (?:mens|echt persoon|echte persoon|menselijke (?:medewerker|adviseur|advocaat))' ],
];

/** Words just before a match that turn it into a statement about a human ("not a bot"). */
// The text is normalised to single spaces first, so plain spaces keep this unambiguous.
export const NEGATION_BEFORE =
  /(?:^|[^A-Za-zÀ-ÿ])(?:not|never|no|isn'?t|aren'?t|ni|no es|no soy|pas|jamais|nicht|kein(?:e|en)?|não|nao|não é|não sou|nem|non|non è|non sono|mai|né|geen|niet|nooit) (?:(?:an?|un|una|une|ein(?:e)?|el|la|le|um|uma|o|uno|il|lo|een|de|het) )?$/i;
export const HUMAN_STATEMENT =
  /not (?:a )?(?:human|real person|person|a human being)|no human|no (?:es|soy)|je ne suis pas|n'est pas|ce n'est pas|kein|não (?:sou|é)|non (?:sono|è)|geen (?:mens|echt|menselijke)/i;

export interface DisclosureMatch {
  text: string;
  lang: Pattern['lang'];
}

/** Every AI disclosure phrase found in `text`, in order, without duplicates. */
export function findDisclosures(text: string): DisclosureMatch[] {
  if (!text) return [];
  const bounded = text.length > MAX_DISCLOSURE_TEXT ? text.slice(0, MAX_DISCLOSURE_TEXT) : text;
  const normalized = bounded.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const found: Array<DisclosureMatch & { at: number }> = [];
  for (const { lang, re } of disclosurePatterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
      const matched = m[0];
      const before = normalized.slice(Math.max(0, m.index - 24), m.index);
      // "not a human" is itself the disclosure; "not a bot" denies one.
      if (!HUMAN_STATEMENT.test(matched) && NEGATION_BEFORE.test(before)) continue;
      found.push({ text: matched.trim(), lang, at: m.index });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: DisclosureMatch[] = [];
  for (const f of found) {
    const key = f.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: f.text, lang: f.lang });
  }
  return out;
}
