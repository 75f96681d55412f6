/**
 * The verdict rule, piece by piece: what makes "yes", what "no" needs, why "unknown", and how two
 * looks at one chat are merged. The labelled set (verdicts.test.ts) measures it as a whole.
 */
import { describe, expect, it } from 'vitest';
import type { ChatTextPiece, ChatTextRead } from '../../src/detection/chat-text';
import { brandNames, compileChatText } from '../../src/detection/compile';
import { decideDisclosure, hasAiTag, isConversation, isStockInterface, isVendorDefault, mergeDetails, reasonSentence, type DisclosureDetail } from '../../src/detection/verdict';
import { acceptMessage } from '../../src/messaging/guards';
import { validateRule } from '../../src/detection/rule-schema';

const piece = (text: string, source: ChatTextPiece['source'], extra: Partial<ChatTextPiece> = {}): ChatTextPiece => ({ text, source, where: source, inFrame: false, ...extra });
const readOf = (pieces: ChatTextPiece[], unreadableFrames = 0): ChatTextRead => ({ pieces, unreadableFrames });

describe('decideDisclosure', () => {
  it('"yes" from anything of the chat that says AI, with the words and where', () => {
    const v1 = decideDisclosure(readOf([piece('Hi! How can we help?', 'greeting'), piece('Bot Ava said:', 'aria')]));
    expect(v1.disclosed).toBe('yes');
    expect(v1.detail).toMatchObject({ verdict: 'yes', reason: 'said-ai' });
    expect(v1.detail.read[0]).toMatchObject({ text: 'Bot Ava said:', source: 'aria' });
    expect(v1.findings[0]!.text).toBe('Bot');
  });

  it('"no" needs words the chat said; labels, stock lines and configured titles are not enough', () => {
    expect(decideDisclosure(readOf([piece('Welcome! How can I assist you today?', 'message')])).disclosed).toBe('no');
    expect(decideDisclosure(readOf([piece('Acme Support', 'title')])).disclosed).toBe('no');
    const labels = decideDisclosure(readOf([piece('Open chat', 'aria'), piece('Chat with us', 'text'), piece('Typically replies in a few minutes', 'text'), piece('Acme', 'title', { configured: true })]));
    expect(labels.detail).toMatchObject({ verdict: 'unknown', reason: 'labels-only' });
  });

  it('"unknown" says why: nothing readable, or a frame Candor could not read', () => {
    expect(decideDisclosure(readOf([])).detail.reason).toBe('nothing-readable');
    expect(decideDisclosure(readOf([piece('Chat', 'aria')], 1)).detail.reason).toBe('frame-unreadable');
  });

  it("never counts a vendor's default names, for yes or for no", () => {
    const knowledge = { defaultNames: ['dify chatbot bubble window'], vendorNames: ['Tidio', 'Kore.ai'] };
    expect(decideDisclosure(readOf([piece('dify chatbot bubble window', 'aria')]), { knowledge }).disclosed).toBe('unknown');
    expect(decideDisclosure(readOf([piece('Tidio Chat', 'aria')]), { knowledge }).detail.read[0]!.note).toBe('vendor-default');
    expect(decideDisclosure(readOf([piece('Kore.ai chat bot', 'control')]), { knowledge }).disclosed).toBe('unknown');
    // A bare "Chatbot" on a button or frame is any vendor's name for it; said in the chat, it counts.
    expect(decideDisclosure(readOf([piece('Chatbot', 'aria', { where: 'frame title' }), piece('Open chat bot', 'control')])).disclosed).toBe('unknown');
    expect(decideDisclosure(readOf([piece('Chatbot', 'title')])).disclosed).toBe('yes');
    expect(decideDisclosure(readOf([piece('Chat with our AI assistant', 'aria')])).disclosed).toBe('yes');
    // The vendor's name inside what the chat says is not a default name.
    expect(isVendorDefault(piece('Hi, I am Ada from Tidio support, a virtual assistant.', 'greeting'), knowledge)).toBe(false);
  });

  it("a whole-site app's AI product name counts in its notices and labels, not in its replies", () => {
    const knowledge = { aiNames: ['Claude'] };
    expect(decideDisclosure(readOf([piece('Claude can make mistakes.', 'text')]), { knowledge, surface: 'site' }).disclosed).toBe('yes');
    expect(decideDisclosure(readOf([piece('Claude Monet painted water lilies in Giverny.', 'message')]), { knowledge, surface: 'site' }).disclosed).toBe('no');
    // Only for whole-site apps.
    expect(decideDisclosure(readOf([piece('Claude can make mistakes.', 'text')]), { knowledge }).disclosed).toBe('no');
  });

  it("keeps where a whole-site app's conversation was read, never its words", () => {
    const verdict = decideDisclosure(readOf([piece('I broke up with my partner last week.', 'text')]), { surface: 'site' });
    expect(verdict.disclosed).toBe('no');
    expect(verdict.detail.read[0]).toEqual({ text: '', where: 'text', source: 'text', note: 'not-kept' });
  });

  it('keeps what it reports short enough for the message guard', () => {
    const long = `${'Very long greeting without any disclosure at all. '.repeat(20)}`;
    const verdict = decideDisclosure(readOf([piece(long, 'greeting', { where: `chat frame: ${'x'.repeat(200)}` })]));
    expect(verdict.detail.read[0]!.text.length).toBeLessThanOrEqual(160);
    expect(verdict.detail.read[0]!.where.length).toBeLessThanOrEqual(120);
    const report = { type: 'detections/report', url: 'https://a.example/', detections: [{ rule: 'tidio', confidence: 90, evidence: [], disclosed: verdict.disclosed, disclosure: verdict.findings, disclosureDetail: verdict.detail }] };
    expect(acceptMessage(report, 'content')).not.toBeNull();
    // And a detail that does not fit is refused, not stored.
    const bad = { ...report, detections: [{ ...report.detections[0], disclosureDetail: { ...verdict.detail, reason: 'because' } }] };
    expect(acceptMessage(bad, 'content')).toBeNull();
  });
});

describe('the pieces of the rule', () => {
  it('stock interface lines in the seven languages are not the conversation', () => {
    for (const text of ['Chat with us', 'We typically reply in a few minutes', 'Powered by Chatwoot', 'Chatea con nosotros', 'Discutez avec nous', 'Wir sind online', 'Fale conosco no chat', 'Chatta con noi', 'Reageert meestal binnen een paar minuten', 'By chatting you agree to our privacy policy.', 'You said:', 'Sarah is typing…']) {
      expect(isStockInterface(text), text).toBe(true);
    }
    for (const text of ['Hi! Need help? Chat with us', '¡Hola! ¿Necesitas ayuda?', 'Hallo! Chatten Sie mit uns', 'Chat with us, we are online!', "Hi there 👋 We're online", 'Questions? Send us a message']) {
      expect(isStockInterface(text), text).toBe(true);
    }
    for (const text of ['Hi! How can we help you today?', 'Bem-vindo! Como posso ajudá-lo hoje?', 'Hi! I am Carlos.']) expect(isStockInterface(text), text).toBe(false);
  });

  it('a greeting needs two words, running text three, a header three letters', () => {
    expect(isConversation(piece('Hello!', 'greeting'))).toBe(false);
    expect(isConversation(piece('Hello there!', 'greeting'))).toBe(true);
    expect(isConversation(piece('Need a hand?', 'text'))).toBe(false);
    expect(isConversation(piece('Need a hand choosing?', 'text'))).toBe(true);
    expect(isConversation(piece('Ok', 'title'))).toBe(false);
    expect(isConversation(piece('Open the chat window now please', 'aria'))).toBe(false);
  });

  it('a capitalised AI tag counts in a short title or label, not in running text or all-caps text', () => {
    expect(hasAiTag(piece('Store Assistant (AI)', 'title'))).toBe(true);
    expect(hasAiTag(piece('KI', 'badge'))).toBe(true);
    expect(hasAiTag(piece('ASSISTENZA AI CLIENTI', 'title'))).toBe(false);
    expect(hasAiTag(piece('Assistenza ai clienti', 'title'))).toBe(false);
    expect(hasAiTag(piece('Store Assistant (AI)', 'text'))).toBe(false);
  });
});

describe('mergeDetails (the page and the chat\'s own frame)', () => {
  const d = (verdict: DisclosureDetail['verdict'], reason: DisclosureDetail['reason']): DisclosureDetail => ({ verdict, reason, read: [] });
  it('the look that says more wins; between unknowns, the one that read something', () => {
    expect(mergeDetails(d('unknown', 'frame-unreadable'), d('no', 'read-no-ai'))!.verdict).toBe('no');
    expect(mergeDetails(d('yes', 'said-ai'), d('no', 'read-no-ai'))!.verdict).toBe('yes');
    expect(mergeDetails(d('unknown', 'frame-unreadable'), d('unknown', 'nothing-readable'))!.reason).toBe('nothing-readable');
    expect(mergeDetails(d('unknown', 'labels-only'), d('unknown', 'nothing-readable'))!.reason).toBe('labels-only');
    expect(mergeDetails(undefined, d('no', 'read-no-ai'))!.verdict).toBe('no');
  });
});

describe('reasonSentence', () => {
  it('says "manual check" for every unknown, and quotes what disclosed', () => {
    for (const reason of ['labels-only', 'frame-unreadable', 'nothing-readable'] as const) {
      expect(reasonSentence({ verdict: 'unknown', reason, read: [] })).toMatch(/manual check/);
    }
    expect(reasonSentence({ verdict: 'yes', reason: 'said-ai', read: [{ text: 'I am a bot', where: 'greeting', source: 'greeting' }] })).toContain('“I am a bot”');
  });
});

describe('chatText in rules', () => {
  const base = {
    id: 'x',
    name: 'Drift (Salesloft)',
    website: 'https://x.example',
    surface: 'widget',
    category: 'support-widget',
    kind: 'hybrid',
    kindNote: 'n',
    kindSources: ['https://x.example'],
    signals: [{ type: 'script', host: 'x.example', confidence: 90, sources: ['https://x.example'] }],
    lastVerified: '2026-11-28',
    fixtures: { match: ['x/a.html'], noMatch: ['x/b.html'] },
  };
  it('validates parts, names and their sources, naming the field', () => {
    expect(validateRule({ ...base, chatText: { parts: [{ part: 'title', selector: 'x-chat', attribute: 'chat-title', sources: ['https://x.example'] }] } }, 'src/rules/x.json').ok).toBe(true);
    const badPart = validateRule({ ...base, chatText: { parts: [{ part: 'header', selector: 'x', sources: ['https://x.example'] }] } }, 'src/rules/x.json');
    expect(badPart.ok ? [] : badPart.errors.join('\n')).toMatch(/src\/rules\/x\.json: chatText\.parts\.0\.part/);
    const noSource = validateRule({ ...base, chatText: { defaultNames: { names: ['X chat'], sources: [] } } }, 'src/rules/x.json');
    expect(noSource.ok ? [] : noSource.errors.join('\n')).toMatch(/chatText\.defaultNames\.sources/);
    const aiNamesOnWidget = validateRule({ ...base, chatText: { aiNames: { names: ['X'], sources: ['https://x.example'] } } }, 'src/rules/x.json');
    expect(aiNamesOnWidget.ok ? [] : aiNamesOnWidget.errors.join('\n')).toMatch(/whole-site app/);
  });
  it('compiles without sources, and brand names from the display name', () => {
    expect(compileChatText({ chatText: { parts: [{ part: 'title', selector: 's', attribute: 'a', sources: ['u'] }], defaultNames: { names: ['N'], sources: ['u'] } } })).toEqual({ p: [['title', 's', 'a']], d: ['N'] });
    expect(brandNames('Drift (Salesloft)')).toEqual(['Drift', 'Salesloft']);
    expect(brandNames('Pi (Inflection AI)')).toEqual(['Inflection']);
    expect(brandNames('Kore.ai')).toEqual(['Kore.ai']);
  });
});
