/**
 * Crisis language in what a person types into an AI chat: suicidal intent, self-harm, abuse,
 * in English and Spanish. Checked on the device, on the text in the input box only; the text is
 * never stored, logged or sent, and this module keeps no state.
 *
 * Built to offer help, not to diagnose: a match only brings up a calm panel with human help.
 * Phrases are first-person and specific ("kill myself", "quiero morir"), because a panel that
 * fires on jokes ("that joke killed me"), lyrics, quotes or plain negations ("I would never hurt
 * myself") teaches people to ignore it. test/crisis/match.test.ts holds the phrases that must and
 * must not match, and prints the error rates.
 */

export type CrisisTopic = 'suicide' | 'self-harm' | 'abuse';

interface CrisisPattern {
  topic: CrisisTopic;
  re: RegExp;
  /** a negation just before ("I would never …") turns it off */
  negatable: boolean;
}

/** Only the end of what is being typed matters, and only so much of it. */
export const MAX_CHECKED_CHARS = 600;

const L = 'a-záéíóúüñ';
const w = (source: string) => new RegExp(`(?<![${L}])(?:${source})(?![${L}])`, 'iu');

const ME_EN = "(?:i|i'm|im|i am|i've|ive|i'll|ill|i will|i wanna|i want to|i need to|i have to|i'm going to|im going to|i am going to|i'm gonna|im gonna|gonna|going to|want to|wanna|plan to|planning to|thinking (?:about|of)|thought (?:about|of))";

export const CRISIS_PATTERNS: CrisisPattern[] = [
  // English — suicide
  { topic: 'suicide', re: w('(?:kill|killing|end|ending|take|taking) my(?:self| own life| life)'), negatable: true },
  { topic: 'suicide', re: w("(?:i )?(?:want to|wanna|wish to|need to|wish i could) (?:die|be dead|not be alive|not exist|disappear forever)"), negatable: true },
  { topic: 'suicide', re: w("(?:i )?wish i (?:was|were|could be) dead|(?:i'd|i would|everyone would) be better off (?:dead|without me)|better off dead"), negatable: true },
  { topic: 'suicide', re: w("(?:i'm|im|i am|i feel|feeling|been feeling) (?:so |really |very )?suicidal"), negatable: true },
  { topic: 'suicide', re: w(`${ME_EN} (?:commit(?:ting)? )?suicide`), negatable: true },
  { topic: 'suicide', re: w("(?:i )?(?:don't|dont|do not) (?:want to|wanna) (?:live|be alive|be here|exist|wake up)(?: anymore| any more|$|[.!,]| tomorrow)"), negatable: false },
  { topic: 'suicide', re: w("no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)|(?:i )?(?:can't|cant|cannot) go on(?: anymore| like this|$)|(?:i want to |i'm going to |gonna )?end it all"), negatable: true },
  { topic: 'suicide', re: w("(?:hang|drown|shoot|poison) myself|(?:take|took|taking) (?:all )?(?:my|the|these) (?:pills|meds) (?:at once|all at once|to die)|overdose on purpose"), negatable: true },
  // English — self-harm
  { topic: 'self-harm', re: w("(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|starve|starving) myself"), negatable: true },
  { topic: 'self-harm', re: w('self[- ]?harm(?:ing)?'), negatable: true },
  // English — abuse
  { topic: 'abuse', re: w("(?:he|she|they|my (?:dad|father|mom|mum|mother|stepdad|stepmom|stepfather|stepmother|brother|sister|uncle|aunt|boyfriend|girlfriend|partner|husband|wife|ex|teacher|coach|grandpa|grandfather|cousin|parents?)) (?:keeps |always |still )?(?:hits|hit|hitting|beats|beat|beating|chokes|choked|kicks|kicked|abuses|abused|rapes|raped|molests|molested|touches|touched|hurts|hurt|threatens to kill|threatened to kill) me"), negatable: true },
  { topic: 'abuse', re: w("(?:i'm|im|i am|i was|i've been|ive been|being) (?:sexually |physically )?(?:abused|raped|molested|assaulted|beaten)"), negatable: true },
  { topic: 'abuse', re: w("(?:i'm|im|i am|i don't|i dont) (?:not )?(?:feel )?safe at home|(?:scared|afraid) to go home"), negatable: false },
  // Spanish — suicidio
  { topic: 'suicide', re: w('(?:me )?quiero (?:morir(?:me)?|matar(?:me)?|desaparecer para siempre)|quiero estar muert[oa]'), negatable: true },
  { topic: 'suicide', re: w('(?:voy a|pienso|quiero|estoy pensando en|he pensado en) (?:matarme|suicidarme|quitarme la vida|acabar con mi vida)|me voy a (?:matar|suicidar)'), negatable: true },
  { topic: 'suicide', re: w('ojalá (?:estuviera|estuviese) muert[oa]|estaría mejor muert[oa]|mejor muert[oa]'), negatable: true },
  { topic: 'suicide', re: w('no quiero (?:seguir )?(?:vivir|viviendo|estar aquí|despertar)(?: más| nunca más|$|[.!,])|ya no quiero vivir|no vale la pena (?:vivir|seguir viviendo)|ya no puedo más(?:$|[.!,])|no puedo seguir así'), negatable: false },
  { topic: 'suicide', re: w('(?:tengo|con) (?:pensamientos|ideas) suicidas|(?:me siento|estoy) suicida'), negatable: true },
  // Spanish — autolesión
  { topic: 'self-harm', re: w('(?:cortarme|me corto|me estoy cortando|hacerme daño|me hago daño|lastimarme|me lastimo|autolesi(?:ón|onarme|ones))'), negatable: true },
  // Spanish — abuso
  { topic: 'abuse', re: w('(?:mi (?:padre|madre|papá|mamá|padrastro|madrastra|novio|novia|pareja|marido|esposo|esposa|tío|hermano|profesor|entrenador)|él|ella) (?:me pega|me golpea|me maltrata|abusa de mí|me toca|me viola|me amenaza)'), negatable: true },
  { topic: 'abuse', re: w('(?:me pegan|me golpean|me maltratan|abusan de mí|abusaron de mí|me violaron|sufro (?:maltrato|abuso)|no estoy a salvo en (?:mi )?casa|miedo de volver a casa)'), negatable: true },
];

/** Words that, just before a phrase, make it a denial: "I would never kill myself", "no voy a matarme". */
export const NEGATION = new RegExp(
  `(?<![${L}])(?:never|not|don't|dont|do not|won't|wont|will not|wouldn't|would not|no longer|nunca|jamás|no)(?![${L}])[^.!?,]{0,12}$`,
  'iu',
);

/** Quote pairs: text between them (a title, a lyric, a phrase being discussed) is not the person speaking. */
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/**
 * Removes quoted spans. A scan rather than a regular expression: with many unclosed quotes a
 * regex would retry from every one of them; here a quote kind that finds no closing mark is
 * not looked for again, so the work stays linear.
 */
export function stripQuoted(text: string): string {
  let out = '';
  let i = 0;
  const unclosed = new Set<string>();
  while (i < text.length) {
    const c = text[i]!;
    const close = QUOTE_PAIRS[c];
    if (close && !unclosed.has(c)) {
      const end = text.indexOf(close, i + 1);
      if (end > i) {
        out += ' ';
        i = end + 1;
        continue;
      }
      unclosed.add(c);
    }
    out += c;
    i++;
  }
  return out;
}

export interface CrisisMatch {
  topic: CrisisTopic;
}

/** The first crisis topic in the text, or null. Never returns or keeps the text itself. */
export function findCrisis(input: string): CrisisMatch | null {
  if (!input) return null;
  let text = input.length > MAX_CHECKED_CHARS ? input.slice(-MAX_CHECKED_CHARS) : input;
  text = stripQuoted(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ');
  for (const { topic, re, negatable } of CRISIS_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    if (negatable) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (NEGATION.test(before)) continue;
    }
    return { topic };
  }
  return null;
}
