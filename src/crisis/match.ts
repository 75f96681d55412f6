/**
 * Crisis language in what a person types into an AI chat — suicidal thoughts and their warning
 * signs, plans and method questions, self-harm, abuse — in English, Spanish, French, German,
 * Portuguese, Italian and Dutch. Checked on the device, on the text of the input box only: the
 * text is never stored, logged or sent, and this module keeps no state about it.
 *
 * It offers help; it does not assess risk. A match brings up a calm panel with human help, worded
 * for how urgent what was typed sounds (the tier). A panel that fires on jokes ("that joke killed
 * me"), idioms ("me muero de risa", "ich sterbe vor Hunger"), stories, homework on the topic,
 * denials ("I would never hurt myself") or other people ("my friend wants to…") teaches people to
 * ignore it, so each cue is checked against those before it counts.
 *
 * How: the text is folded to one plain form (normalize.ts), then every language's weighted cues
 * (lexicon/*.ts) are matched; a cue is dropped when a denial governs it, when it sits inside a
 * quotation, a question about the topic or a story, when a game or an everyday accident explains
 * it, or when a cause right after it makes it a figure of speech. Strong and medium cues are
 * enough alone, weak ones need a second. Measured on a labelled corpus with a held-out part
 * (test/crisis/corpus/); see README "Crisis help".
 */
import { foldPattern, normalize } from './normalize';
import type { CueKind, CueSpec, CueWeight, Lexicon } from './lexicon/types';
import { LEXICONS } from './lexicon';
import { requiredStrings, type Requirement } from './prefilter';
import { BUILT_REQUIREMENTS, type BuiltRequirements } from './prefilter-table';

export type CrisisTopic = 'suicide' | 'self-harm' | 'abuse';

/**
 * How urgent what was typed sounds, which decides the panel's words and lines:
 *  - danger: a plan, means, a time, a method question, a goodbye, an act under way;
 *  - distress: wanting to die, hopelessness, being a burden, self-harm;
 *  - abuse: violence, threats, sexual abuse or neglect by someone at home or a partner.
 */
export type CrisisTier = 'danger' | 'distress' | 'abuse';

export interface CrisisMatch {
  topic: CrisisTopic;
  tier: CrisisTier;
}

/** Only the end of what is being typed matters, and only so much of it. */
export const MAX_CHECKED_CHARS = 600;

/** Quote pairs: text between them (a title, a lyric, a phrase being discussed) is not the person speaking. */
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '‚': '‘', '‹': '›', '「': '」' };

/**
 * Removes quoted spans. A scan rather than a regular expression: with many unclosed quotes a
 * regex would retry from every one of them; here a quote kind that finds no closing mark is
 * not looked for again, so the work stays linear. Single quotes count as quotes only when they
 * open after a space and close before one ("what does 'kms' mean"), so apostrophes survive.
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
  return out.replace(/(^|[\s([])['‘]([^'‘’\n]{1,60})['’](?=$|[\s.,!?;:)\]])/g, '$1 ');
}

const FRAME_KINDS = ['about', 'fiction', 'game', 'accident', 'trivial', 'leaving'] as const;

interface CompiledCue extends CueSpec {
  regex: RegExp;
  /** strings one of which any match contains (src/crisis/prefilter.ts); null: always run */
  needs: Requirement;
}

interface CompiledLexicon {
  lex: Lexicon;
  cues: CompiledCue[];
  negations: Set<string>;
  subjects: Set<string>;
  otherSubjects: Set<string>;
  clauseBreaks: Set<string>;
  hyperbole: RegExp;
}

/** Frames are checked in every language at once: a Spanish question about "kms" is still a question. */
type Frames = Record<(typeof FRAME_KINDS)[number], RegExp[]> & { trivialAll: RegExp[] };

/**
 * A pattern in ordinary spelling, ready to run on folded text: folded the same way, bounded by
 * word edges, and a space between two words also accepts a comma there ("i cant , take it").
 */
export function compilePattern(source: string, flags = 'g'): RegExp {
  // Words are at most 24 letters here, so every cue has a bounded length: the work per starting
  // point is bounded, and the whole check stays linear in the (already bounded) input.
  const folded = foldPattern(source).replace(/\[a-z\]\+/g, '[a-z]{1,24}').replace(/\[a-z\]\*/g, '[a-z]{0,24}').replace(/ /g, ' (?:, )?');
  return new RegExp(`(?<![a-z0-9])(?:${folded})(?![a-z0-9])`, flags);
}

const fold = (words: string[]) => new Set(words.map((w) => foldPattern(w)));

/** FNV-1a over a pattern's source: ties a requirement worked out at build time to its pattern. */
export function patternHash(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every cue's requirement, for the build (scripts/lib/crisis-requirements.ts). */
export function cueRequirements(): BuiltRequirements {
  return LEXICONS.flatMap((lex) => lex.cues.map((cue) => compilePattern(cue.re).source)).map((source) => [patternHash(source), requiredStrings(source)] as const);
}

/** The built requirement when it is for this very pattern, else the one computed now. */
function requirementFor(position: number, source: string, built: BuiltRequirements): Requirement {
  const entry = built[position];
  return entry && entry[0] === patternHash(source) ? entry[1] : requiredStrings(source);
}

function compileLexicon(lex: Lexicon, firstPosition: number, built: BuiltRequirements): CompiledLexicon {
  return {
    lex,
    cues: lex.cues.map((cue, i) => {
      const regex = compilePattern(cue.re);
      return { ...cue, regex, needs: requirementFor(firstPosition + i, regex.source, built) };
    }),
    negations: fold(lex.negations),
    subjects: fold(lex.subjects),
    otherSubjects: fold(lex.otherSubjects),
    clauseBreaks: fold(lex.clauseBreaks),
    hyperbole: new RegExp(`(?:${foldPattern(lex.hyperbole)})(?![a-z0-9])`),
  };
}

let compiled: { lexicons: CompiledLexicon[]; frames: Frames } | null = null;
function matcher() {
  if (!compiled) compiled = build(BUILT_REQUIREMENTS);
  return compiled;
}

function build(built: BuiltRequirements): { lexicons: CompiledLexicon[]; frames: Frames } {
  const frames = {
    ...Object.fromEntries(FRAME_KINDS.map((k) => [k, LEXICONS.map((lex) => compilePattern(lex[k], ''))])),
    trivialAll: LEXICONS.map((lex) => compilePattern(lex.trivial, 'g')),
  } as Frames;
  let position = 0;
  const lexicons = LEXICONS.map((lex) => {
    const c = compileLexicon(lex, position, built);
    position += lex.cues.length;
    return c;
  });
  return { lexicons, frames };
}

/** The requirement each cue ends up with given a built table (for tests of a stale table). */
export function requirementsUsed(built: BuiltRequirements): Requirement[] {
  return build(built).lexicons.flatMap((c) => c.cues.map((cue) => cue.needs));
}
const lexicons = () => matcher().lexicons;

/**
 * Builds the patterns ahead of the first check (they take tens of milliseconds to build), for
 * callers to run when the page is idle. Optional: the first check builds them otherwise.
 */
export function prepareCrisisCheck(): void {
  matcher();
}

/** Every regular expression the matcher runs, for the ReDoS check (test/security/regex.test.ts). */
export function crisisRegexes(): Array<[string, RegExp]> {
  const { frames } = matcher();
  return [
    ...lexicons().flatMap((c) => [...c.cues.map((cue): [string, RegExp] => [cue.id, cue.regex]), [`${c.lex.lang}.hyperbole`, c.hyperbole] as [string, RegExp]]),
    ...FRAME_KINDS.flatMap((k) => frames[k].map((re, i): [string, RegExp] => [`${LEXICONS[i]!.lang}.${k}`, re])),
  ];
}

/** A cue that held up against every check. */
export interface CrisisHit {
  id: string;
  kind: CueKind;
  weight: CueWeight;
  intent?: boolean;
  /** where it starts in the folded text, and in which sentence */
  start: number;
  sentence: number;
}

const isBoundaryToken = (token: string, c: CompiledLexicon) => token === '.' || token === ',' || c.clauseBreaks.has(token);

/** Tokens of the clause before `start`, and the clause text around [start, end). */
function clauseAround(text: string, start: number, end: number, c: CompiledLexicon): { before: string[]; clause: string } {
  const before = text.slice(0, start).trim().split(' ').filter(Boolean);
  let from = before.length;
  while (from > 0 && !isBoundaryToken(before[from - 1]!, c)) from--;
  const after = text.slice(end).trim().split(' ').filter(Boolean);
  let to = 0;
  while (to < after.length && !isBoundaryToken(after[to]!, c)) to++;
  const own = before.slice(from);
  return { before: own, clause: ` ${[...own, text.slice(start, end).trim(), ...after.slice(0, to)].join(' ')} ` };
}

function sentenceIndex(text: string, pos: number): number {
  let n = 0;
  for (let i = text.indexOf(' . '); i >= 0 && i < pos; i = text.indexOf(' . ', i + 1)) n++;
  return n;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf(' . ', start);
  const to = text.indexOf(' . ', end);
  return ` ${text.slice(from < 0 ? 0 : from + 3, to < 0 ? text.length : to).trim()} `;
}

/** A denial in the last three words before the cue, not followed there by a new first-person subject. */
function denied(before: string[], c: CompiledLexicon): boolean {
  const window = before.slice(-3);
  for (let i = 0; i < window.length; i++) {
    if (!c.negations.has(window[i]!)) continue;
    const prev = i > 0 ? window[i - 1] : before[before.length - window.length + i - 1];
    if (prev && /^(?:why|por|pourquoi|warum|perche|waarom|porque)$/.test(prev)) continue;
    if (window.slice(i + 1).some((t) => c.subjects.has(t))) continue;
    return true;
  }
  return false;
}

function aboutSomeoneElse(before: string[], inside: string[], c: CompiledLexicon): boolean {
  const window = before.slice(-2);
  const other = window.findIndex((t) => c.otherSubjects.has(t));
  if (other >= 0 && !window.slice(other + 1).some((t) => c.subjects.has(t))) return true;
  return !!c.lex.verbSecond && inside.some((t) => c.otherSubjects.has(t));
}

const tokens = (s: string) => s.split(' ').filter((t) => t && t !== ',');

const inFrame = (res: RegExp[], text: string) => res.some((re) => re.test(text));

/** How many different words of a frame the text has. */
function framesMatched(res: RegExp[], text: string): number {
  const seen = new Set<string>();
  for (const re of res) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) seen.add(m[0]);
  }
  return seen.size;
}

/** The cues in `text` (already normalized) that hold up against every check. */
function hitsIn(text: string): CrisisHit[] {
  const hits: CrisisHit[] = [];
  const { frames } = matcher();
  const present = new Map<string, boolean>();
  const has = (s: string) => {
    let p = present.get(s);
    if (p === undefined) present.set(s, (p = text.includes(s)));
    return p;
  };
  for (const c of lexicons()) {
    for (const cue of c.cues) {
      if (cue.needs && !cue.needs.some(has)) continue;
      cue.regex.lastIndex = 0;
      for (const m of text.matchAll(cue.regex)) {
        const start = m.index;
        const end = start + m[0].length;
        const { before, clause } = clauseAround(text, start, end, c);
        if (cue.negatable !== false && denied(before, c)) continue;
        if (cue.negatable !== false && c.lex.verbSecond && tokens(m[0]).some((t) => c.negations.has(t))) continue;
        if (cue.subjectCheck && aboutSomeoneElse(before, tokens(m[0]), c)) continue;
        if (inFrame(frames.about, clause) || inFrame(frames.fiction, clause)) continue;
        const sentence = cue.accident || cue.game || cue.hyperbole || cue.kind === 'goodbye' ? sentenceAround(text, start, end) : '';
        if (cue.accident && inFrame(frames.accident, sentence)) continue;
        if (cue.game && inFrame(frames.game, sentence)) continue;
        if (cue.hyperbole && c.hyperbole.test(text.slice(end, end + 80))) continue;
        if (cue.hyperbole === 'any' && inFrame(frames.trivial, sentence)) continue;
        // "este calor me mata, quiero morir jaja": two everyday signs (a cause and a laugh) outweigh a strong cue
        if (cue.hyperbole === 'cause' && framesMatched(frames.trivialAll, sentence) >= 2) continue;
        if (cue.kind === 'goodbye' && inFrame(frames.leaving, sentence)) continue;
        hits.push({ id: cue.id, kind: cue.kind, weight: cue.weight, intent: cue.intent, start, sentence: sentenceIndex(text, start) });
        break;
      }
    }
  }
  return hits;
}

const DANGER_KINDS: ReadonlySet<CueKind> = new Set(['plan', 'method', 'goodbye']);
const SUICIDE_KINDS: ReadonlySet<CueKind> = new Set(['suicide', 'plan', 'method', 'goodbye']);

/** Words of time that say "soon" wherever they stand; others ("today", "now") only after an intent. */
const FUTURE_TIME = new Set(['en.time-future', 'es.time-future', 'fr.time-future', 'de.time-future', 'pt.time-future', 'it.time-future', 'nl.time-future']);

/**
 * Which hits count: strong and medium ones, and weak ones that have company. A time counts when
 * it goes with an intent in the same sentence ("I'm going to kill myself tonight"), or with a
 * weak sign of a plan ("I have the pills here" + "tonight").
 */
export function countedHits(hits: CrisisHit[]): CrisisHit[] {
  const cues = hits.filter((h) => h.kind !== 'time');
  const times = hits.filter((h) => h.kind === 'time');
  const firm = cues.filter((h) => h.weight !== 'weak');
  const weak = cues.filter((h) => h.weight === 'weak');
  const weakPlans = weak.filter((h) => DANGER_KINDS.has(h.kind));
  const weakEnough = firm.length > 0 || weak.length >= 2 || (times.length > 0 && weakPlans.length > 0);
  if (firm.length === 0 && !weakEnough) return [];
  const counted = weakEnough ? cues : firm;
  const timely = times.filter((t) =>
    counted.some((h) => h.intent && h.sentence === t.sentence && (h.start < t.start || FUTURE_TIME.has(t.id))),
  );
  return timely.length > 0 ? [...counted, ...timely] : counted;
}

function decide(counted: CrisisHit[]): CrisisMatch | null {
  if (counted.length === 0) return null;
  const has = (pred: (h: CrisisHit) => boolean) => counted.some(pred);
  const suicide = has((h) => SUICIDE_KINDS.has(h.kind));
  const selfHarm = has((h) => h.kind === 'self-harm' || (h.kind === 'self-harm-severe' && h.weight !== 'weak'));
  const severe = has((h) => h.kind === 'self-harm-severe' && (h.weight !== 'weak' || selfHarm));
  const danger = has((h) => DANGER_KINDS.has(h.kind)) || severe || has((h) => h.kind === 'time');
  if (danger) return { topic: suicide ? 'suicide' : 'self-harm', tier: 'danger' };
  if (has((h) => h.kind === 'abuse')) return { topic: 'abuse', tier: 'abuse' };
  if (suicide) return { topic: 'suicide', tier: 'distress' };
  if (selfHarm) return { topic: 'self-harm', tier: 'distress' };
  return null;
}

/** The folded end of what was typed, as the matcher sees it. */
export function prepare(input: string): string {
  const tail = input.length > MAX_CHECKED_CHARS ? input.slice(-MAX_CHECKED_CHARS) : input;
  return normalize(stripQuoted(tail));
}

/**
 * The cues found in `input` and what they decide. For tests and the measuring script only; the
 * extension calls `findCrisis`.
 */
export function explainCrisis(input: string): { hits: CrisisHit[]; match: CrisisMatch | null } {
  if (!input) return { hits: [], match: null };
  const hits = hitsIn(prepare(input));
  return { hits, match: decide(countedHits(hits)) };
}

/**
 * Whether `input` calls for human help, with the topic and tier; null for everyday text.
 * Never returns or keeps the text itself.
 */
export function findCrisis(input: string): CrisisMatch | null {
  if (!input) return null;
  return decide(countedHits(hitsIn(prepare(input))));
}
