/**
 * "Does the chat present itself as a therapist?" on real wordings and near misses. Every real
 * wording is quoted with where it was seen: Character.AI character names and profiles reported by
 * the press and in the Pennsylvania complaint, greetings of public therapist chatbots on GitHub
 * (found through the code index; welcome-message strings in their source), disclaimers shown by
 * Character.AI and BetterHelp. Entries marked "constructed" are written here to pin down a rule
 * (a hand-over to human staff, an adviser who is not a clinician, Doctor Who…).
 *
 * The suite prints false positives and false negatives for the record; every miss also fails.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findTherapistClaim, type PieceSource, type TextPiece } from '../../src/detection/claims';

const BBC = 'BBC, 5 Jan 2024, "Character.ai: Young people turning to AI therapist bots" (copy: https://24usa.news/character-ai-young-folks-turning-to-ai-therapist-bots/)';
const PA = 'Pennsylvania v. Character Technologies (May 2026), "Emilie" profile as quoted from the complaint: https://staging.modemarketmunchies.com/articles/a-chatbot-told-a-state-investigator-it-was-a-licensed-psychiatrist-pennsylvania-is-suing-heres-why-this-case-is-bigger-than-it-looks';
const PA_REMIT = 'Pennsylvania complaint, quoted at https://agenticdaily.ai/articles/pennsylvania-sues-character-ai-for-chatbot-impersonating-doctor';
const GH = 'public therapist chatbot on GitHub, welcome-message string (code index)';
const CAI_NOTICE = 'Character.AI notices, Dec 2024 (The Verge, copy: https://neuron.expert/news/characterai-has-retrained-its-chatbots-to-stop-chatting-up-teens/9807/en)';

type Case = [source: PieceSource, text: string, seenAt: string];

const MUST: Case[] = [
  // Companion characters (names and profiles)
  ['name', 'Psychologist', `Character.AI character by Blazeman98, 78M messages — ${BBC}`],
  ['name', 'Therapist', `Character.AI character, 12M messages — ${BBC}`],
  ['name', 'Hot Therapist', `Character.AI character — ${BBC}`],
  ['description', 'Doctor of psychiatry. You are her patient', PA],
  ['message', 'That is within my remit as a Doctor.', PA_REMIT],
  ['greeting', "Therapist: I'm a licensed CBT therapist", 'Character.AI "Therapist" greeting cited in a 2025 complaint: https://www.airi-navigator.com/incidents/1108'],
  // Chat greetings and titles
  ['greeting', 'Hello! I am your AI therapist. How are you feeling today?', GH],
  ['greeting', 'Hola, soy tu psicólogo virtual. ¿Cómo te sientes el día de hoy?', GH],
  ['title', '¡Hola! Soy tu psicólogo virtual', `${GH} (chat header)`],
  ['greeting', '¡Hola! Soy tu psicólogo de IA. ¿Cómo puedo ayudarte hoy?', `${GH} (es of a multilingual welcome)`],
  ['greeting', "Bonjour! Je suis votre psychologue IA. Comment puis-je vous aider aujourd'hui?", `${GH} (fr of the same)`],
  ['greeting', 'Hallo! Ich bin Ihr KI-Psychologe. Wie kann ich Ihnen heute helfen?', `${GH} (de of the same)`],
  ['message', 'Bonjour, je suis votre psychologue.', `${GH} (seed data of a chat app)`],
  ['greeting', 'Olá! Sou sua psicóloga virtual. Como posso ajudá-lo hoje? Conte-me o que está sentindo.', GH],
  ['greeting', 'Hallo! Ik ben je AI-therapeut met geavanceerde multimodale emotieanalyse. Hoe voel je je vandaag?', GH],
  ['title', 'Your licensed therapist', 'issue 11: a widget titled "your licensed therapist"'],
  // Constructed variants of the same forms
  ['aria', 'Message Psychologist...', 'constructed: a companion app composer naming its character'],
  ['title', 'Dr. Mia – AI psychiatrist', 'constructed'],
  ['title', 'TherapistGPT', 'constructed'],
  ['greeting', "Hi, I'm Sam, a licensed marriage and family therapist. What brings you in?", 'constructed'],
  ['description', 'Licensed therapist specialising in anxiety and CBT. Here for you 24/7.', 'constructed (companion profile)'],
  ['greeting', 'Soy Ana, tu terapeuta virtual. Estoy aquí para escucharte.', 'constructed'],
  ['greeting', 'Je suis Léa, thérapeute virtuelle.', 'constructed'],
  ['greeting', 'Ich bin deine virtuelle Therapeutin und höre dir zu.', 'constructed'],
  ['greeting', "I'm an AI therapist here to help you work through anxiety.", 'constructed'],
  ['greeting', "I'm Dr. Rivera. How can I help you today?", 'constructed (a doctor persona)'],
  ['message', 'As your therapist, I think we should look at that feeling together.', 'constructed'],
  ['title', 'Meet your AI therapist', 'constructed (an app header)'],
  ['launcher', 'Talk to your AI therapist', 'constructed (a launcher label)'],
  ['greeting', "I'm an A.I. therapist, here whenever you need me.", 'constructed'],
];

const MUST_NOT: Case[] = [
  // Disclaimers and denials
  ['notice', 'This is A.I. and not a real person. Treat everything it says as fiction.', CAI_NOTICE],
  ['message', 'This is not a real person or licensed professional. Nothing said here is a substitute for professional advice, diagnosis, or treatment.', `${CAI_NOTICE} (yellow box on a "Therapist" bot)`],
  ['greeting', "I'm not a therapist, but I can support you.", GH],
  ['greeting', "I'm Echo, a non-clinical companion. I'm not a therapist, but I'm here to listen.", GH],
  ['greeting', "Hi, I'm here with you. This is a safe, private space to share what's on your mind. I'm not a therapist, but I'll listen and try to help you find the right support. How are you feeling today?", GH],
  ['greeting', 'Das klingt nach etwas Tieferem. Ich bin kein Therapeut - ich kann dich nicht behandeln.', GH],
  ['greeting', 'Willkommen. Bevor wir beginnen, kurz zur Orientierung: Ich bin ein KI-gestütztes System. Ich bin kein Therapeut und kein Krisenformat.', GH],
  ['greeting', 'Hi, ich bin Marcus! Ich bin kein Therapeut, aber ich wurde von Psychologen als dein Begleiter für mentale Gesundheit entwickelt.', GH],
  ['greeting', 'Hallo! Ik ben je AI-therapeutische assistent. Ik ben hier om naar je te luisteren.', GH],
  ['message', "Our AI doesn't provide therapy, diagnosis, or treatment.", 'BetterHelp, https://www.betterhelp.com/responsible-ai/'],
  ['greeting', 'No soy psicóloga, pero puedo escucharte.', 'constructed'],
  ['greeting', "Je ne suis pas thérapeute, mais je peux t'écouter.", 'constructed'],
  ['greeting', "I'm an AI, not a therapist.", 'issue 11'],
  // Human staff and hand-overs
  ['message', 'Based on our conversation, I recommend speaking with one of our licensed therapists.', GH],
  ['message', 'Your feelings are valid. Have you considered speaking with one of our licensed therapists about this?', GH],
  ['message', 'Sukoon AI provides emotional support, not clinical therapy. For professional care, connect with one of our licensed therapists.', GH],
  ['greeting', "Hi! I'm Emma, the virtual assistant for Brightside Counseling. I can book you in with one of our therapists.", 'constructed'],
  ['greeting', "I'm the scheduling assistant for Dr. Patel's practice.", 'constructed'],
  ['title', 'Talk to a licensed therapist', 'constructed (a hand-over)'],
  ['title', 'Find a therapist near you', 'constructed'],
  ['title', 'Our therapists', 'constructed'],
  ['greeting', 'Nuestros psicólogos te atenderán en menos de 24 horas.', 'constructed'],
  ['greeting', 'Unsere Therapeutinnen melden sich bei Ihnen.', 'constructed'],
  // Names and titles that are not clinicians
  ['name', 'Are you feeling OK?', `Character.AI character, 16.5M messages — ${BBC}`],
  ['description', 'Someone who helps with life difficulties', `description of "Psychologist" — ${BBC} (the claim is in the name, not here)`],
  ['description', 'Wysa has an artificial intelligence (AI) coach', 'https://wysa.com/faq'],
  ['name', 'The Doctor', 'constructed (Doctor Who)'],
  ['description', 'Time Lord from Gallifrey who travels in the TARDIS.', 'constructed'],
  ['title', 'Chat with an admissions counselor', 'constructed (a university widget)'],
  ['greeting', 'Bonjour, je suis votre conseiller. Comment puis-je vous aider ?', 'constructed (a bank adviser)'],
  ['greeting', 'Hallo, ich bin Ihr Berater für Baufinanzierung.', 'constructed (a mortgage adviser)'],
  ['greeting', "Hi, I'm Fin, an AI agent. I can help with billing and your account.", 'constructed'],
  ['title', 'Dr. Smith Family Dentistry', 'constructed'],
  ['message', 'You could share this worksheet with your therapist.', 'constructed'],
  ['message', 'As a therapist would tell you, small steps count.', 'constructed'],
  ['greeting', "I'm here to help you find a therapist who fits.", 'constructed'],
  ['message', "AI therapists can't replace people, and I'm an AI assistant, not a therapist.", 'constructed'],
  ['title', 'Physical therapist – book online', 'constructed'],
];

let falseNegatives = 0;
let falsePositives = 0;
const piece = (source: PieceSource, text: string): TextPiece => ({ text, where: source === 'name' || source === 'description' ? `character ${source}` : `chat ${source}`, source });

describe('findTherapistClaim on real wordings', () => {
  it.each(MUST)('claim in %s %j (%s)', (source, text) => {
    const found = findTherapistClaim([piece(source, text)]);
    if (!found) falseNegatives++;
    expect(found).toMatchObject({ claim: 'therapist', where: piece(source, text).where });
  });
  it.each(MUST_NOT)('no claim in %s %j (%s)', (source, text) => {
    const found = findTherapistClaim([piece(source, text)]);
    if (found) falsePositives++;
    expect(found).toBeNull();
  });
  it('covers at least English, Spanish, French and German', () => {
    const langs = new Set(MUST.flatMap(([source, text]) => findTherapistClaim([piece(source, text)])?.lang ?? []));
    for (const lang of ['en', 'es', 'fr', 'de']) expect(langs).toContain(lang);
  });
});

describe('findTherapistClaim over several pieces', () => {
  it('finds the claim in the name even when the description does not repeat it (Character.AI "Psychologist")', () => {
    const found = findTherapistClaim([piece('description', 'Someone who helps with life difficulties'), piece('name', 'Psychologist')]);
    expect(found).toEqual({ claim: 'therapist', text: 'Psychologist', where: 'character name', lang: 'en' });
  });
  it('a denial in one sentence does not hide a claim in the next, and the reverse', () => {
    expect(findTherapistClaim([piece('greeting', "I'm not a doctor. I'm a licensed therapist.")])).not.toBeNull();
    expect(findTherapistClaim([piece('greeting', "I'm a virtual assistant. I'm not a therapist.")])).toBeNull();
  });
  it('skips notices, and reads a bounded amount of text', () => {
    expect(findTherapistClaim([piece('notice', 'I am your AI therapist')])).toBeNull();
    const noise = Array.from({ length: 100 }, () => piece('message', 'ordinary words '.repeat(50)));
    expect(findTherapistClaim([...noise, piece('greeting', 'I am your AI therapist')])).toBeNull();
  });
  it('handles empty and hostile input', () => {
    expect(findTherapistClaim([])).toBeNull();
    expect(findTherapistClaim([piece('message', '')])).toBeNull();
    // Past the bounds, nothing is read.
    expect(findTherapistClaim([piece('message', `${'a '.repeat(50_000)}I am your therapist`)])).toBeNull();
  });
});

afterAll(() => {
  console.log(
    `therapist claims: false negatives ${falseNegatives}/${MUST.length} (${((100 * falseNegatives) / MUST.length).toFixed(1)}%), ` +
      `false positives ${falsePositives}/${MUST_NOT.length} (${((100 * falsePositives) / MUST_NOT.length).toFixed(1)}%)`,
  );
});
