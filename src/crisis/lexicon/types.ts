/**
 * The shape of one language's crisis lexicon. Patterns are written in ordinary spelling; they are
 * folded like the input (src/crisis/normalize.ts) when compiled, and a space between two words
 * also accepts a comma there.
 */

export type CrisisLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl';

/**
 * What a cue is evidence of.
 *  - suicide: wanting to die, hopelessness, being a burden (distress)
 *  - goodbye / plan / method: farewells, a plan, means, timing, method questions (danger)
 *  - self-harm / self-harm-severe: hurting oneself; a wound that needs care now (danger)
 *  - abuse: violence, threats, sexual abuse or neglect by someone at home or a partner
 *  - time: "tonight", "this weekend"… never enough alone; makes a suicide cue a danger one
 */
export type CueKind = 'suicide' | 'goodbye' | 'plan' | 'method' | 'self-harm' | 'self-harm-severe' | 'abuse' | 'time';

/**
 * How much one cue weighs:
 *  - strong: enough alone;
 *  - medium: enough alone, unless a joke or an everyday cause explains it ("I can't take it
 *    anymore lol", "no puedo más con este calor");
 *  - weak: needs a second cue ("I bought a rope" + "tonight is the night").
 */
export type CueWeight = 'strong' | 'medium' | 'weak';

export interface CueSpec {
  id: string;
  kind: CueKind;
  weight: CueWeight;
  /** the pattern, in ordinary spelling */
  re: string;
  /**
   * Whether a denial just before (or inside) it turns it off ("I would never kill myself").
   * False for cues that already contain their own negation ("I don't want to live").
   * Default true.
   */
  negatable?: boolean;
  /** An everyday accident explains it ("cut myself chopping onions"). */
  accident?: boolean;
  /** A game or a sport explains it ("my brother kills me in Fortnite"). */
  game?: boolean;
  /**
   * The cue does not name who it is about (English verbs do not mark the person; German and
   * Dutch ones often do not either): a subject such as "they", "he", "people" just before it or
   * inside it makes it about someone else.
   */
  subjectCheck?: boolean;
  /**
   * A cause right after it can make it a figure of speech ("dying of laughter", "morirse de
   * risa", "sterben vor Hunger"); `any` also lets a joke or an everyday cause in the sentence
   * do so (used for medium cues and anecdotes).
   */
  hyperbole?: 'cause' | 'any';
  /**
   * An intent ("I'm going to kill myself", "I want to die") that a time after it ("tonight",
   * "tomorrow") turns into a plan: the danger tier.
   */
  intent?: boolean;
}

export interface Lexicon {
  lang: CrisisLanguage;
  cues: CueSpec[];
  /** words that deny what follows ("not", "nunca", "jamais", "nie", "non", "niet") */
  negations: string[];
  /**
   * Verb-second languages (German, Dutch): a denial or a subject can sit inside a cue, after its
   * verb ("ich will nicht sterben", "ik wil niet dood", "ich glaube, er will mich umbringen"), so
   * those are looked for inside the match too. Cues with their own negation are
   * `negatable: false` and are not affected.
   */
  verbSecond?: boolean;
  /** first-person subjects: a denial before one of these belongs to an earlier clause */
  subjects: string[];
  /** subjects that make an unmarked verb about someone else (used with `subjectCheck`) */
  otherSubjects: string[];
  /** words that start a new clause ("but", "pero", "mais", "aber", "mas", "ma", "maar") */
  clauseBreaks: string[];
  /** an everyday leaving (a job, a group, "see you tomorrow") that explains a goodbye */
  leaving: string;
  /** talking about the topic: meanings, school work, statistics, prevention, helping someone */
  about: string;
  /** stories, songs, films, characters, quotations */
  fiction: string;
  /** games and sport (for violence cues) */
  game: string;
  /** everyday accidents (for self-harm cues) */
  accident: string;
  /** right after a cue: a cause that makes it a figure of speech */
  hyperbole: string;
  /** in the sentence: an everyday cause that makes a medium cue a figure of speech */
  trivial: string;
}
