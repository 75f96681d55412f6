/**
 * Reading a chat's own text: what is read, as what, and what is never read (what the visitor
 * types or sent, hidden parts, the page around a floating widget).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readChatDisclosure, readChatText, type ReadOptions } from '../../src/detection/chat-text';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function page(html: string): { doc: Document; window: Window } {
  const window = new Window({ url: 'https://shop.example/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  windows.push(window);
  window.document.write(html);
  return { doc: window.document as unknown as Document, window };
}

function read(html: string, selector = '#chat', options: ReadOptions = {}) {
  const { doc } = page(html);
  return readChatText([...doc.querySelectorAll(selector)], options);
}

describe('readChatText', () => {
  it('labels pieces by where they are: header, messages, buttons, labels, placeholder', () => {
    const { pieces } = read(
      '<div id="chat" aria-label="Support chat"><header><h2>Harbour Outdoor</h2></header><div role="log"><p>Welcome! How can I help?</p></div><button>Talk to a person</button><textarea placeholder="Type your message"></textarea></div>',
    );
    const by = (text: string) => pieces.find((p) => p.text === text)?.source;
    expect(by('Support chat')).toBe('aria');
    expect(by('Harbour Outdoor')).toBe('title');
    expect(by('Welcome! How can I help?')).toBe('message');
    expect(by('Talk to a person')).toBe('control');
    expect(by('Type your message')).toBe('composer');
  });

  it('keeps a sentence split across inline elements together', () => {
    const { pieces } = read('<div id="chat"><p>Hi, I am <b>Ava</b>, a <em>virtual assistant</em>.</p></div>');
    expect(pieces.map((p) => p.text)).toContain('Hi, I am Ava, a virtual assistant.');
  });

  it('never reads what the visitor types or sent', () => {
    const { pieces } = read(
      '<div id="chat"><textarea>my address is 1 Main St</textarea><div contenteditable="true"><p>I feel awful today</p></div><input value="secret"><div class="message user"><p>are you a bot?</p></div><div data-message-author-role="user">my phone number</div><p>We are here to help you.</p></div>',
    );
    const all = pieces.map((p) => p.text).join(' | ');
    expect(all).not.toMatch(/Main St|awful|secret|are you a bot|phone/);
    expect(all).toContain('We are here to help you.');
  });

  it('skips a rule\'s "visitor" part and reads its configured title attribute, decoded', () => {
    const { doc } = page('<df-messenger chat-title="Store%20Assistant%20(AI)"><p class="mine">my question about a bot</p><p>Hello there, welcome in.</p></df-messenger>');
    const { pieces } = readChatText([doc.querySelector('df-messenger')!], {
      knowledge: { parts: [{ part: 'title', selector: 'df-messenger', attribute: 'chat-title' }, { part: 'visitor', selector: '.mine' }] },
    });
    expect(pieces.find((p) => p.configured)).toMatchObject({ text: 'Store Assistant (AI)', source: 'title', where: 'chat-title attribute of <df-messenger>' });
    expect(pieces.map((p) => p.text).join(' ')).not.toContain('my question');
  });

  it('skips hidden parts: the hidden attribute, inline display:none, and what the browser says is not drawn', () => {
    const html = '<div id="chat"><div hidden><p>I am a virtual assistant.</p></div><div style="display: none"><p>Bot says hello.</p></div><div class="closed"><p>Hi, I am an AI agent here.</p></div><p>Need help choosing a tent?</p></div>';
    const all = read(html).pieces.map((p) => p.text);
    expect(all).not.toContain('I am a virtual assistant.');
    expect(all).not.toContain('Bot says hello.');
    expect(all).toContain('Hi, I am an AI agent here.');
    const drawn = read(html, '#chat', { isVisible: (el) => !el.classList.contains('closed') }).pieces.map((p) => p.text);
    expect(drawn).not.toContain('Hi, I am an AI agent here.');
    expect(drawn).toContain('Need help choosing a tent?');
  });

  it('reads open shadow roots and same-origin frames, and counts frames it cannot enter', () => {
    const { doc } = page('<div id="chat"><span id="host"></span><iframe srcdoc="<p>Welcome to the shop chat.</p>"></iframe><iframe src="https://vendor.example/frame"></iframe></div>');
    doc.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text is read too.</p>';
    const result = readChatText([doc.querySelector('#chat')!]);
    const texts = result.pieces.map((p) => p.text);
    expect(texts).toContain('Shadow text is read too.');
    expect(result.pieces.find((p) => p.text === 'Welcome to the shop chat.')).toMatchObject({ inFrame: true });
    expect(result.unreadableFrames).toBe(1);
  });

  it("reads an embedded chat's heading and the line under it, but nothing around a floating widget", () => {
    const embedded = read('<main><section><h2>Ask our AI assistant</h2><div class="wrap"><div id="chat"><iframe src="https://vendor.example/x"></iframe></div></div><p>Answers may be wrong.</p></section></main>');
    expect(embedded.pieces.find((p) => p.source === 'intro')?.text).toBe('Ask our AI assistant');
    expect(embedded.pieces.find((p) => p.source === 'notice')?.text).toBe('Answers may be wrong.');
    // Floating (position: fixed) and body-level widgets have no introduction.
    const fixed = read('<main><section><h2>Ask our AI assistant</h2><div id="chat" style="position: fixed; bottom: 0"></div></section></main>');
    expect(fixed.pieces.filter((p) => p.source === 'intro')).toEqual([]);
    const bodyLevel = read('<body><p>Our AI assistant is here for you.</p><div id="chat"><button aria-label="Open chat"></button></div></body>');
    expect(bodyLevel.pieces.filter((p) => p.source === 'intro')).toEqual([]);
  });

  it('stops at the page header, footer and long text', () => {
    const { pieces } = read(`<main><section><p>${'Long article text about AI assistants. '.repeat(20)}</p><div class="w"><div id="chat"></div></div><footer>AI chatbot by Acme</footer></section></main>`);
    expect(pieces).toEqual([]);
  });

  it('for a whole-site app, skips navigation and sidebars', () => {
    const { doc } = page('<body><nav><a>Chatbot ideas for my project</a></nav><main><p>That sounds stressful, tell me more.</p></main><aside>Recent: build a bot</aside></body>');
    const { pieces } = readChatText([doc.body], { surface: 'site' });
    expect(pieces.map((p) => p.text)).toEqual(['That sounds stressful, tell me more.']);
  });

  it('is bounded: a huge chat is read up to its limits, quickly', () => {
    const rows = '<p>Row of chat text with a few words.</p>'.repeat(20_000);
    const started = Date.now();
    const { pieces } = read(`<div id="chat">${rows}</div>`);
    expect(pieces.length).toBeLessThan(3000);
    expect(pieces.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(20_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('readChatDisclosure (the one-call API kept for other callers)', () => {
  it('returns the verdict, the findings and the detail', () => {
    const { doc } = page('<div id="chat"><p>Hello! I am a virtual assistant from the shop.</p></div>');
    const result = readChatDisclosure([doc.querySelector('#chat')!]);
    expect(result.disclosed).toBe('yes');
    expect(result.findings.map((f) => f.text)).toContain('virtual assistant');
    expect(result.detail.reason).toBe('said-ai');
  });
});
