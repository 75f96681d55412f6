/**
 * Phrases that must and must not bring up the crisis panel. The positive phrases are written
 * in the plain first-person language that crisis lines and safe-messaging guides describe
 * people using (suicidepreventionmessaging.org; Utah and Nevada safe-messaging pages, see
 * ../shared/reference/facts.md §5); the negatives are the everyday idioms, jokes, lyrics,
 * quotes and denials that a careless matcher trips on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { countedHits, explainCrisis, findCrisis, type CrisisTier, type CrisisTopic } from '../../src/crisis/match';

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

/**
 * One phrase per tier and language, and the hard everyday phrases beside them. Written for this
 * suite (not corpus phrases) to pin the behaviour the corpus figures rest on: tiers, negation,
 * quotation, questions about the topic, third person, games, idioms, typed variants.
 */
const TIERED: Array<[string, CrisisTopic, CrisisTier]> = [
  ["I'm going to kill myself tonight", 'suicide', 'danger'],
  ['i have the pills saved up for tonight', 'suicide', 'danger'],
  ['what is the most painless way to die', 'suicide', 'danger'],
  ['i wrote letters to my family just in case', 'suicide', 'danger'],
  ['I cut really deep and it won’t stop bleeding', 'self-harm', 'danger'],
  ['everyone would be better off without me', 'suicide', 'distress'],
  ['i want to go to sleep and never wake up', 'suicide', 'distress'],
  ['im gonna unalive myself fr', 'suicide', 'distress'],
  ['kms', 'suicide', 'distress'],
  ["i've been cutting again", 'self-harm', 'distress'],
  ['mom hits me with a belt', 'abuse', 'abuse'],
  ['my uncle made me do things', 'abuse', 'abuse'],
  ["he said he'll kill me if i leave", 'abuse', 'abuse'],
  ['esta noche me mato', 'suicide', 'danger'],
  ['compré pastillas para matarme', 'suicide', 'danger'],
  ['creo que es mejor morir', 'suicide', 'distress'],
  ['mi padrastro me toca cuando mamá no está', 'abuse', 'abuse'],
  ["j'ai acheté des médicaments pour en finir ce soir", 'suicide', 'danger'],
  ['personne ne me regretterait', 'suicide', 'distress'],
  ['mon copain me frappe', 'abuse', 'abuse'],
  ['ich habe die Tabletten schon gesammelt', 'suicide', 'danger'],
  ['es wäre besser, wenn ich tot wäre', 'suicide', 'distress'],
  ['papa schlägt mich', 'abuse', 'abuse'],
  ['vou me matar hoje à noite', 'suicide', 'danger'],
  ['ninguém sentiria minha falta', 'suicide', 'distress'],
  ['meu padrasto abusa de mim', 'abuse', 'abuse'],
  ['stanotte la faccio finita', 'suicide', 'danger'],
  ['penso che sia meglio morire', 'suicide', 'distress'],
  ['mio zio mi tocca', 'abuse', 'abuse'],
  ['vannacht maak ik er een einde aan', 'suicide', 'danger'],
  ['het zou beter zijn als ik dood was', 'suicide', 'distress'],
  ['mijn stiefvader misbruikt me', 'abuse', 'abuse'],
];

const EVERYDAY: string[] = [
  'this traffic makes me want to die lol',
  'my brother killed me in fortnite lol',
  'my brother hit me with a pillow',
  'i have my meds ready for the trip',
  'what does kms mean',
  'my friend said she wants to die, how do i help her',
  'goodbye everyone, thank you for everything, see you at the reunion',
  'me toca ir al médico mañana',
  'mi hermano dice que me toca lavar los platos',
  'este calor me mata, quiero morir jaja',
  '¿qué es kms?',
  'adiós a todos, gracias por todo, fue un placer trabajar con ustedes',
  'je suis mort de rire',
  "ton message me touche beaucoup",
  'merci pour tout, à demain',
  'ich sterbe vor Hunger',
  'meine Schwester hat mich beim Schach geschlagen',
  'danke für alles, bis morgen',
  'quero morrer de tanto rir',
  'meu pai diz que me toca lavar',
  'muoio dal ridere',
  'mio padre dice che mi tocca studiare',
  'ik lach me dood',
  'mijn baas is boos en slaat me niet',
  'bedankt voor alles, tot morgen',
];

describe('findCrisis tiers', () => {
  it.each(TIERED)('%j → %s, %s', (text, topic, tier) => {
    expect(findCrisis(text)).toEqual({ topic, tier });
  });
  it.each(EVERYDAY)('stays quiet for %j', (text) => {
    expect(findCrisis(text)).toBeNull();
  });

  it('a time alone is nothing; after an intent it makes the danger tier', () => {
    expect(findCrisis('see you tonight')).toBeNull();
    expect(findCrisis('I want to die')).toEqual({ topic: 'suicide', tier: 'distress' });
    expect(findCrisis('I want to die tonight')).toEqual({ topic: 'suicide', tier: 'danger' });
  });

  it('one weak sign is not enough; two are', () => {
    const one = explainCrisis("i'm giving away my stuff");
    expect(one.hits.map((h) => h.weight)).toEqual(['weak']);
    expect(countedHits(one.hits)).toEqual([]);
    expect(findCrisis("i'm giving away my stuff, i won't need it anymore")).toEqual({ topic: 'suicide', tier: 'danger' });
  });

  it('danger outranks abuse, and abuse outranks distress', () => {
    expect(findCrisis('my dad hits me and I want to die')?.tier).toBe('abuse');
    expect(findCrisis('my dad hits me and I am going to kill myself tonight')?.tier).toBe('danger');
  });
});

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
    expect(findCrisis(long)).toEqual({ topic: 'suicide', tier: 'distress' });
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
