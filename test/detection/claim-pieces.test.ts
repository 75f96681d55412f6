/** Gathering a chat's own words, labelled by where they were found, for the therapist-claim matcher. */
import { describe, expect, it } from 'vitest';
import { gatherChatPieces, gatherFramePieces, gatherPersonaPieces, personaFromTitle } from '../../src/detection/claim-pieces';
import { findTherapistClaim } from '../../src/detection/claims';
import { htmlDocument } from '../support/dom';
import { parseFixture } from '../support/fixtures';

describe('gatherChatPieces', () => {
  it('reads Dialogflow Messenger’s chat-title attribute as the chat’s title', () => {
    // df-messenger / df-messenger-chat-bubble chat-title: the vendor's documented configuration
    // (https://docs.cloud.google.com/dialogflow/cx/docs/concept/integration/dialogflow-messenger)
    const doc = htmlDocument('<body><df-messenger><df-messenger-chat-bubble chat-title="Your AI therapist"></df-messenger-chat-bubble></df-messenger></body>');
    const pieces = gatherChatPieces([doc.querySelector('df-messenger')!]);
    expect(pieces).toContainEqual({ text: 'Your AI therapist', where: 'chat window title (chat-title)', source: 'title' });
    expect(findTherapistClaim(pieces)).toMatchObject({ claim: 'therapist' });
  });

  it('labels headings as titles and the rest as messages, and reads nothing outside the chat', () => {
    const doc = htmlDocument(
      '<body><p>Our licensed therapists are here for you.</p><div id="w"><div class="chat-header"><span>Intake assistant</span></div><p>Hi! I can book you in with one of our licensed therapists.</p></div></body>',
    );
    const pieces = gatherChatPieces([doc.getElementById('w')!]);
    expect(pieces).toEqual([
      { text: 'Intake assistant', where: 'chat window title', source: 'title' },
      { text: 'Hi! I can book you in with one of our licensed therapists.', where: 'chat window', source: 'message' },
    ]);
    expect(findTherapistClaim(pieces)).toBeNull();
  });

  it('stays bounded on a huge widget', () => {
    const doc = htmlDocument(`<body><div id="w">${'<p>hello there</p>'.repeat(5000)}</div></body>`);
    const pieces = gatherChatPieces([doc.getElementById('w')!]);
    expect(pieces.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(6000);
  });
});

describe('gatherFramePieces', () => {
  it('reads a vendor’s own chat frame: its header as the title, its greeting as a message', () => {
    const doc = htmlDocument('<body><header><h2>Mia</h2></header><div class="msg">Hi, I’m Mia, your AI therapist. How are you feeling?</div><script>var x = "I am a psychiatrist"</script></body>');
    const pieces = gatherFramePieces(doc);
    expect(pieces.map((p) => [p.source, p.where])).toEqual([
      ['title', 'chat frame title'],
      ['message', 'chat frame'],
    ]);
    expect(findTherapistClaim(pieces)).toMatchObject({ claim: 'therapist', where: 'chat frame' });
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
    const pieces = gatherPersonaPieces(page.doc, page.url, { t: 1 }, page.doc.querySelector('textarea'));
    expect(findTherapistClaim(pieces)).toEqual({ claim: 'therapist', text: 'Psychologist', where: 'character name (page title)', lang: 'en' });
    await page.close();
  });

  it('does not read the title of an app whose rule does not say it names a character', () => {
    const doc = htmlDocument('<html><head><title>Finding a therapist for my son</title></head><body><textarea placeholder="Ask anything"></textarea></body></html>');
    const pieces = gatherPersonaPieces(doc, 'https://chatgpt.com/c/1', undefined, doc.querySelector('textarea'));
    expect(pieces).toEqual([{ text: 'Ask anything', where: 'message box label', source: 'aria' }]);
    expect(findTherapistClaim(pieces)).toBeNull();
  });

  it('reads name and description selectors, and survives a selector the browser rejects', () => {
    const doc = htmlDocument('<body><h1 class="n">Dr. Calm</h1><p class="d">A licensed therapist who listens.</p></body>');
    const pieces = gatherPersonaPieces(doc, 'https://app.example/chat', { n: '.n', d: ':bogus(' }, null);
    expect(pieces).toEqual([{ text: 'Dr. Calm', where: 'character name', source: 'name' }]);
    const withDescription = gatherPersonaPieces(doc, 'https://app.example/chat', { d: '.d' }, null);
    expect(findTherapistClaim(withDescription)).toMatchObject({ where: 'character description' });
  });
});
