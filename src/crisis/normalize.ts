/**
 * Puts typed text into one plain form before the crisis patterns look at it, so that the
 * patterns generalise over the ways people actually type: capitals, accents left out or put in,
 * letters doubled or dropped ("kil myself", "dooood", "amazzarmi"), digits for letters ("d1e",
 * "k!ll"), censored words ("s**cide"), French elisions typed with or without the apostrophe
 * ("j'ai", "jai", "jveux").
 *
 * The same folding is applied to the patterns' own text when they are compiled (see
 * `foldPattern`), so a pattern is written in ordinary spelling and still meets every variant.
 *
 * Output alphabet: a–z, 0–9, single spaces, and two separators kept as tokens: " , " (a pause
 * inside a sentence) and " . " (the end of a sentence). Laughter emoji become the token "lol"
 * (they mark a joke as much as the letters do). Pure; keeps no state.
 */

/** Emoji that mark a message as a joke; they become the word "lol". */
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}\u{1F480}\u{2620}]/gu;

/** Words people censor with asterisks, and what they stand for. */
const CENSORED_TARGETS = ['suicide', 'suicidal', 'kill', 'killing', 'die', 'dead', 'myself', 'selbstmord', 'suicidio', 'suicidarme', 'zelfmoord'];

/** Letters written as digits or symbols inside a word. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/** Strips accents and other combining marks; folds a few letters NFKD leaves alone. */
export function stripMarks(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i');
}

/** Runs of one letter become one letter: "killl" -> "kil", "dooood" -> "dod", "ammazzare" -> "amazare". */
export function collapseLetters(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/** A censored word ("s**cide", "k*ll") back to the word, when exactly one target fits. */
function uncensor(word: string): string {
  if (!word.includes('*') || !/[a-z]/.test(word)) return word;
  const [head = '', ...rest] = word.split(/\*+/);
  const tail = rest.at(-1) ?? '';
  const stars = word.length - word.replace(/\*/g, '').length;
  const fits = CENSORED_TARGETS.filter(
    (t) => t.length >= head.length + tail.length + 1 && t.length <= head.length + tail.length + stars + 1 && t.startsWith(head) && t.endsWith(tail),
  );
  return fits.length === 1 ? fits[0]! : word;
}

/**
 * The plain form of typed text. Bounded work: one pass per step, no backtracking patterns.
 */
export function normalize(input: string): string {
  let text = stripMarks(input.toLowerCase().replace(LAUGH_EMOJI, ' lol '));
  // Apostrophes of every kind become one.
  text = text.replace(/[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g, "'");
  // French elisions: "j'ai" -> "je ai", "n'en" -> "ne en", "c'est" -> "ce est", "qu'il" -> "que il".
  text = text.replace(/(^|[^a-z])(qu|[jmtsnlcd])'(?=[a-z])/g, (_m, before: string, letter: string) => `${before}${letter}e `);
  // The same elisions typed without an apostrophe: "jveux", "jvais", "jai", "jme".
  text = text.replace(/(^|[^a-z])j(?=(?:veux|veu|vx|vais|vai|voudrais|voudrai|aimerais|aimerai|suis|sui|ai|en|me|te|pense|peux|sais|arrive)(?:[^a-z]|$))/g, '$1je ');
  text = text.replace(/(^|[^a-z])chui?s?(?=[^a-z]|$)/g, '$1je suis');
  // Other apostrophes join the word: "don't" -> "dont", "i'm" -> "im".
  text = text.replace(/'/g, '');
  // Digits and symbols standing for letters between two letters ("d1e", "k!ll", "su1c1de");
  // numbers with units ("5km", "3am") are left alone.
  text = text.replace(/(?<=[a-z])[0-9@$!|]+(?=[a-z])/g, (run) => [...run].map((c) => LEET[c] ?? c).join(''));
  // Censored words.
  text = text.replace(/[a-z*]*\*[a-z*]*/g, uncensor);
  // Sentence ends and pauses become tokens; everything else that is not a letter or digit is a space.
  text = text
    .replace(/[.!?;:\n\u2026\u3002]+/g, ' . ')
    .replace(/[,\u060c]+/g, ' , ')
    .replace(/[^a-z0-9.,]+/g, ' ');
  text = ` ${collapseLetters(text).replace(/\s+/g, ' ').trim()} `;
  // A few chat abbreviations that hide a negation or a subject.
  return text.replace(/ idwt (?=\S)/g, ' i dont want to ').replace(/ idw (?=\S)/g, ' i dont want ').replace(/ idc /g, ' i dont care ').replace(/ dw /g, ' dont worry ');
}

/**
 * Folds a pattern's literal text the way `normalize` folds input (lower case, no accents, letter
 * runs collapsed). Regular-expression syntax has no letter runs, so it passes through intact.
 */
export function foldPattern(source: string): string {
  return collapseLetters(stripMarks(source.toLowerCase()));
}
