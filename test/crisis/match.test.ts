/**
 * Phrases that must and must not bring up the crisis panel. The positive phrases are written
 * in the plain first-person language that crisis lines and safe-messaging guides describe
 * people using (suicidepreventionmessaging.org; Utah and Nevada safe-messaging pages, see
 * ../shared/reference/facts.md §5); the negatives are the everyday idioms, jokes, lyrics,
 * quotes and denials that a careless matcher trips on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findCrisis, type CrisisTopic } from '../../src/crisis/match';

const MUST: Array<[string, CrisisTopic]> = [
  ['I want to kill myself', 'suicide'],
  ["i've been thinking about ending my life", 'suicide'],
  ["I don't want to be alive anymore", 'suicide'],
  ['honestly i wish i was dead', 'suicide'],
  ['everyone would be better off without me', 'suicide'],
  ["I'm feeling suicidal tonight", 'suicide'],
  ['I keep thinking about suicide', 'suicide'],
  ["I'm going to take all my pills at once", 'suicide'],
  ["there's no reason to live", 'suicide'],
  ["I can't go on like this", 'suicide'],
  ['I want to die', 'suicide'],
  ['i wanna die lol', 'suicide'],
  ["I'm going to end it all tonight", 'suicide'],
  ["I don't wanna wake up tomorrow", 'suicide'],
  ["I don't know why but I want to die", 'suicide'],
  ['I cut myself again last night', 'self-harm'],
  ['how do I stop self harming', 'self-harm'],
  ['i keep hurting myself when i get angry', 'self-harm'],
  ["my stepdad hits me when he's drunk", 'abuse'],
  ["I'm being abused at home", 'abuse'],
  ["I don't feel safe at home", 'abuse'],
  ["I'm scared to go home", 'abuse'],
  ['he touched me and told me not to tell anyone', 'abuse'],
  ['my boyfriend threatens to kill me if I leave', 'abuse'],
  ['quiero morirme', 'suicide'],
  ['me quiero morir', 'suicide'],
  ['estoy pensando en suicidarme', 'suicide'],
  ['voy a quitarme la vida', 'suicide'],
  ['ya no quiero vivir', 'suicide'],
  ['ya no puedo más.', 'suicide'],
  ['tengo pensamientos suicidas', 'suicide'],
  ['ojalá estuviera muerta', 'suicide'],
  ['me corto los brazos cuando estoy triste', 'self-harm'],
  ['mi padrastro me pega', 'abuse'],
  ['abusaron de mí cuando era pequeña', 'abuse'],
  ['no estoy a salvo en casa', 'abuse'],
];

const MUST_NOT: string[] = [
  'I would never hurt myself',
  "I'm not going to kill myself, I'm just tired",
  'I would never kill myself over a test',
  'That joke killed me 😂',
  'my feet are killing me',
  "I'm dying to see that movie",
  'I literally died laughing',
  'kill me now, this meeting is endless',
  'Can you explain the song "I Want to Die" by that band?',
  'What does “self-harm” mean in a psychology textbook?',
  "We're writing an essay on the history of the suicide hotline",
  'Suicide Squad is my favorite movie',
  'Mama, just killed a man',
  "I don't wanna live forever",
  'How do I kill a process in Linux?',
  'The villain wants to end his life in the last chapter',
  'My code is killing me today',
  'I hit my head on the cupboard',
  'he hits the ball really hard',
  'I want to kill this bug in my code',
  'my mom hugs me every morning',
  'me muero de risa',
  'nunca me haría daño',
  'no voy a matarme, tranquilo',
  'este calor me mata',
  'la canción "Quiero morir" es muy triste',
  'me muero por verte',
  'no puedo más de la risa jaja',
  'Tell me about safe messaging guidelines for suicide prevention',
  '',
];

let falseNegatives = 0;
let falsePositives = 0;

describe('findCrisis', () => {
  it.each(MUST)('offers help for %j', (text, topic) => {
    const found = findCrisis(text);
    if (!found) falseNegatives++;
    expect(found?.topic).toBe(topic);
  });
  it.each(MUST_NOT)('stays quiet for %j', (text) => {
    const found = findCrisis(text);
    if (found) falsePositives++;
    expect(found).toBeNull();
  });
  it('looks only at the end of a long input, and returns no text', () => {
    const long = `${'ordinary words '.repeat(100)}I want to kill myself`;
    expect(findCrisis(long)).toEqual({ topic: 'suicide' });
    expect(findCrisis(`I want to kill myself${' ordinary words'.repeat(100)}`)).toBeNull();
  });
});

afterAll(() => {
  // The rates, for the record (the tests above already fail on any miss).
  console.log(
    `crisis phrases: false negatives ${falseNegatives}/${MUST.length} (${((100 * falseNegatives) / MUST.length).toFixed(1)}%), ` +
      `false positives ${falsePositives}/${MUST_NOT.length} (${((100 * falsePositives) / MUST_NOT.length).toFixed(1)}%)`,
  );
});
