/**
 * The therapist claim read from the same pieces of the chat's text as the disclosure verdict
 * (readDetection / readChatFrame in chat-verdict.ts), plus a whole-site app's persona.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { readChatText } from '../../src/detection/chat-text';
import { readChatFrame, readDetection } from '../../src/detection/chat-verdict';
import { claimInChat, gatherPersonaPieces, personaFromTitle } from '../../src/detection/claim-pieces';
import { findTherapistClaim } from '../../src/detection/claims';
import { compileRules } from '../../src/detection/compile';
import { detect } from '../../src/detection/scan';
import { decideDisclosure } from '../../src/detection/verdict';
import { htmlDocument } from '../support/dom';
import { parseFixture } from '../support/fixtures';

const index = compileRules(loadRules().rules, { withoutGlobals: true });

/** What the content script reports for `rule` on this page: the reading, its verdict and claim. */
function look(html: string, rule: string, url = 'https://www.example-clinic.test/') {
  const doc = htmlDocument(html, url);
  const detection = detect(index, { doc, url }).find((d) => d.rule === rule);
  if (!detection) throw new Error(`${rule} was not detected`);
  const reading = readDetection(index, detection, { doc });
  const persona = reading.surface === 'site' ? gatherPersonaPieces(doc, url, index.rules[detection.ruleIndex]!.pe) : [];
  return {
    reading,
    verdict: decideDisclosure(reading.read, reading),
    claim: claimInChat(reading.read.pieces, { surface: reading.surface, persona }),
  };
}

// Dialogflow Messenger markup as in test/fixtures/pages/dialogflow-messenger/cx-df-messenger-chat-bubble.html
// (chat-title: https://docs.cloud.google.com/dialogflow/cx/docs/concept/integration/dialogflow-messenger).
const messenger = (title: string, around = '') =>
  `<body><main>${around}</main><script src="https://www.gstatic.com/dialogflow-console/fast/df-messenger/prod/v1/df-messenger.js"></script>` +
  `<df-messenger project-id="p" agent-id="a" language-code="en"><df-messenger-chat-bubble chat-title="${title}"></df-messenger-chat-bubble></df-messenger></body>`;

describe('one reading for the verdict and the claim', () => {
  it('a messenger’s configured chat-title is read once, and makes both a claim and no "no"', () => {
    const { reading, verdict, claim } = look(messenger('Your AI therapist'), 'dialogflow-messenger');
    expect(reading.read.pieces).toContainEqual(expect.objectContaining({ text: 'Your AI therapist', source: 'title', configured: true }));
    expect(claim).toMatchObject({ claim: 'therapist', text: 'Your AI therapist' });
    // The same piece said "AI": the verdict is yes, from the very words the claim quotes.
    expect(verdict.disclosed).toBe('yes');
  });

  it('a plain title claims nothing; the page’s own "our licensed therapists" is never the chat', () => {
    const { claim } = look(messenger('Intake assistant', '<p>Our licensed therapists are here for you.</p>'), 'dialogflow-messenger');
    expect(claim).toBeNull();
  });

  it('a widget’s header and greeting are read as the verdict reads them; a hand-over to staff is no claim', () => {
    const widget = (greeting: string) =>
      `<body><script src="https://widget.intercom.io/widget/abc"></script><div class="intercom-messenger-frame"><div id="intercom-container"><header><h2>Mia</h2></header><div role="log"><p>${greeting}</p></div></div></div></body>`;
    expect(look(widget('Hi, I’m Mia, your AI therapist. How are you feeling?'), 'intercom').claim).toMatchObject({ claim: 'therapist' });
    expect(look(widget('Hi! I can book you in with one of our licensed therapists.'), 'intercom').claim).toBeNull();
  });
});

describe('pieces that never present the chat', () => {
  it('quick replies (the visitor’s own choices), notices and the page’s text around an embedded chat', () => {
    const pieces = readChatText([
      htmlDocument(
        '<body><section><h2>I’m Dr. Jane Ruiz, a licensed psychologist, and I founded this practice.</h2><div id="chat"><p>Hello! Who are you?</p><button>I’m a therapist</button><footer role="note">I am your AI therapist only in name: not a clinician.</footer></div><p>Replies are automated.</p></section></body>',
      ).getElementById('chat')!,
    ]).pieces;
    expect(pieces.map((p) => p.source)).toEqual(expect.arrayContaining(['intro', 'control', 'notice']));
    expect(claimInChat(pieces)).toBeNull();
  });

  it('what is not drawn is not read, for the claim as for the verdict', () => {
    const doc = htmlDocument('<body><div id="chat"><div style="display:none"><h2>Your AI psychologist</h2></div><p>Hello there, how can we help?</p></div></body>');
    expect(claimInChat(readChatText([doc.getElementById('chat')!]).pieces)).toBeNull();
  });
});

describe('a vendor’s own chat frame', () => {
  it('is read once: its header as the title, its greeting as text, scripts never', () => {
    const doc = htmlDocument('<body><header><h2>Mia</h2></header><div class="msg">Hi, I’m Mia, your AI therapist. How are you feeling?</div><script>var x = "I am a psychiatrist"</script></body>');
    const intercom = index.rules.findIndex((r) => r.id === 'intercom');
    const { read } = readChatFrame(index, [intercom], doc);
    expect(read.pieces.map((p) => [p.source, p.inFrame])).toEqual([
      ['title', true],
      ['text', true],
    ]);
    expect(claimInChat(read.pieces)).toMatchObject({ claim: 'therapist', where: expect.stringMatching(/^chat frame/) });
  });
});

describe('persona of a whole-site app', () => {
  it('takes the character’s name from the title, without the app’s name', () => {
    expect(personaFromTitle('Psychologist | character.ai', 'character.ai')).toEqual(['Psychologist']);
    expect(personaFromTitle('AI Chat, Reimagined–Your Words. | character.ai', 'character.ai')).toEqual(['AI Chat, Reimagined–Your Words.']);
    expect(personaFromTitle('Character.AI', 'character.ai')).toEqual([]);
  });

  it('finds the Character.AI “Psychologist” on its chat page (rule persona: title)', async () => {
    const page = parseFixture('character-ai/chat-page-textarea.html');
    const detection = detect(index, { doc: page.doc, url: page.url }).find((d) => d.rule === 'character-ai')!;
    const reading = readDetection(index, detection, { doc: page.doc });
    const persona = gatherPersonaPieces(page.doc, page.url, index.rules[detection.ruleIndex]!.pe);
    expect(claimInChat(reading.read.pieces, { surface: reading.surface, persona })).toEqual({
      claim: 'therapist',
      text: 'Psychologist',
      where: 'character name (page title)',
      lang: 'en',
    });
    await page.close();
  });

  it('a whole-site app’s conversation is the person’s own: only its labels and the persona count', () => {
    const html =
      '<html><head><title>Finding a therapist for my son</title></head><body><main><div class="turn"><p>I am a licensed therapist and I need help with my notes.</p></div><textarea placeholder="Message Psychologist…"></textarea></main></body></html>';
    const doc = htmlDocument(html, 'https://chatgpt.com/c/1');
    const main = doc.querySelector('main')!;
    const { pieces } = readChatText([main], { surface: 'site' });
    expect(pieces.some((p) => p.text.startsWith('I am a licensed therapist'))).toBe(true);
    // The person's own words (unmarked) never make a claim; the app's composer label does.
    expect(claimInChat(pieces, { surface: 'site' })).toMatchObject({ text: 'Message Psychologist…', where: 'message box placeholder' });
    const withoutComposer = readChatText([main], { surface: 'site' }).pieces.filter((p) => p.source !== 'composer');
    expect(claimInChat(withoutComposer, { surface: 'site' })).toBeNull();
    // No persona hints: a general assistant's page title is the person's conversation.
    expect(gatherPersonaPieces(doc, 'https://chatgpt.com/c/1', undefined)).toEqual([]);
  });

  it('every rule’s persona hints find the character on its cited chat page', async () => {
    const rules = loadRules().rules.filter((r) => r.persona);
    expect(rules.map((r) => r.id).sort()).toEqual(['character-ai', 'crushon', 'spicychat']);
    for (const rule of rules) {
      const page = parseFixture(rule.fixtures.match[0]!);
      const hints = index.rules.find((r) => r.id === rule.id)!.pe;
      const pieces = gatherPersonaPieces(page.doc, page.url, hints);
      expect(pieces.filter((p) => p.source === 'name').length, rule.id).toBeGreaterThan(0);
      if (rule.persona!.description) expect(pieces.some((p) => p.source === 'description'), rule.id).toBe(true);
      await page.close();
    }
  });

  it('SpicyChat: a character named or described as a therapist claims to be one; an ordinary one does not', async () => {
    const page = parseFixture('spicychat/chat-page.html');
    const html = page.doc.documentElement.outerHTML;
    const url = page.url;
    await page.close();
    expect(look(html, 'spicychat', url).claim).toBeNull();
    const described = html.replace('Your calm, patient friend from the night shift.', 'A licensed therapist who helps you work through anxiety.');
    expect(look(described, 'spicychat', url).claim).toMatchObject({ where: 'character description' });
    const named = html.replace('<a href="/chatbot/8a3f5c21-7d0e-4b9a-a1c6-2e9f0b7d4c55"><p>Theo</p></a>', '<a href="/chatbot/8a3f5c21-7d0e-4b9a-a1c6-2e9f0b7d4c55"><p>Therapist</p></a>');
    expect(look(named, 'spicychat', url).claim).toMatchObject({ text: 'Therapist', where: 'character name' });
  });

  it('reads name and description selectors, and survives a selector the browser rejects', () => {
    const doc = htmlDocument('<body><h1 class="n">Dr. Calm</h1><p class="d">A licensed therapist who listens.</p></body>');
    const pieces = gatherPersonaPieces(doc, 'https://app.example/chat', { n: '.n', d: ':bogus(' });
    expect(pieces).toEqual([{ text: 'Dr. Calm', where: 'character name', source: 'name' }]);
    const withDescription = gatherPersonaPieces(doc, 'https://app.example/chat', { d: '.d' });
    expect(findTherapistClaim(withDescription)).toMatchObject({ where: 'character description' });
  });
});
