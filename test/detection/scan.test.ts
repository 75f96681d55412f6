import { describe, expect, it } from 'vitest';
import { compileRules, indexFromJson } from '../../src/detection/compile';
import type { Rule, Signal } from '../../src/detection/rule';
import { detect, evaluate, isExecutableScript, matchUrl, scanDocument, splitUrl } from '../../src/detection/scan';
import { htmlDocument } from '../support/dom';

function rule(id: string, signals: Signal[], extra: Partial<Rule> = {}): Rule {
  return {
    id,
    name: id,
    website: `https://${id}.example`,
    surface: 'widget',
    category: 'support-widget',
    kind: 'hybrid',
    kindNote: 'test',
    kindSources: ['https://example.com'],
    signals,
    lastVerified: '2026-11-28',
    fixtures: { match: ['a/b.html'], noMatch: ['a/c.html'] },
    ...extra,
  };
}
const src = ['https://example.com'];

const RULES: Rule[] = [
  rule('acme-chat', [
    { type: 'script', host: 'widget.acme.io', path: '^/widget/', confidence: 90, sources: src },
    { type: 'element', selector: '#acme-container', confidence: 90, sources: src },
    { type: 'frame', host: '*.acme-frames.com', confidence: 80, sources: src },
    { type: 'element', selector: '.acme-launcher-lite', confidence: 30, sources: src },
    { type: 'global', name: 'Acme', confidence: 20, sources: src },
  ]),
  rule('bolt-bot', [
    { type: 'element', selector: 'bolt-messenger', confidence: 90, sources: src },
    { type: 'element', selector: '#bolt-host', shadow: '.bolt-window', confidence: 70, sources: src },
    { type: 'element', selector: '.chat', confidence: 10, sources: src },
  ]),
  rule(
    'talkapp',
    [
      { type: 'host', host: 'talk.example', confidence: 90, sources: src },
      { type: 'host', host: 'www.talk.example', path: '^/chat', confidence: 90, sources: src },
    ],
    { surface: 'site', requires: { composer: true } },
  ),
  rule('bolt-studio', [{ type: 'frame', host: 'studio.bolt.example', confidence: 90, sources: src }], {
    supersedes: ['bolt-bot'],
  }),
];
const index = compileRules(RULES, { withoutGlobals: true });
const ids = (html: string, url?: string, resources?: { name: string; initiatorType: string }[]) =>
  detect(index, { doc: htmlDocument(html, url), url: url ?? 'https://shop.example/', resources }).map((d) => d.rule);

describe('splitUrl', () => {
  it('extracts a lowercase host and the path with query, dropping port, credentials and fragment', () => {
    expect(splitUrl('https://user:pw@Widget.Acme.IO:8443/widget/x?y=1#frag')).toEqual({
      host: 'widget.acme.io',
      path: '/widget/x?y=1',
    });
    expect(splitUrl('https://acme.io')).toEqual({ host: 'acme.io', path: '/' });
  });
  it('rejects strings that are not absolute URLs', () => {
    expect(splitUrl('/relative/path.js')).toBeNull();
    expect(splitUrl('javascript:void(0)')).toBeNull();
  });
});

describe('matchUrl', () => {
  it('matches exact hosts with their path pattern', () => {
    expect(matchUrl(index, 'https://widget.acme.io/widget/abc123', ['s'])).toHaveLength(1);
    expect(matchUrl(index, 'https://widget.acme.io/other.js', ['s'])).toEqual([]);
    expect(matchUrl(index, 'https://evil-widget.acme.io.attacker.net/widget/', ['s'])).toEqual([]);
  });
  it('matches "*." patterns on every subdomain but not the bare domain', () => {
    expect(matchUrl(index, 'https://eu.acme-frames.com/x', ['f'])).toHaveLength(1);
    expect(matchUrl(index, 'https://a.b.acme-frames.com/x', ['f'])).toHaveLength(1);
    expect(matchUrl(index, 'https://acme-frames.com/x', ['f'])).toEqual([]);
    expect(matchUrl(index, 'https://notacme-frames.com/x', ['f'])).toEqual([]);
  });
  it('only returns signals of the requested types', () => {
    expect(matchUrl(index, 'https://eu.acme-frames.com/x', ['s'])).toEqual([]);
  });
});

describe('isExecutableScript', () => {
  it('treats JavaScript and module types as executable and consent placeholders as not', () => {
    const doc = htmlDocument(
      '<script src="a.js"></script><script type="module" src="b.js"></script>' +
        '<script type="text/javascript; charset=utf-8" src="c.js"></script>' +
        '<script type="text/plain" data-cookieconsent="marketing" src="d.js"></script>' +
        '<script type="text/x-consent" src="e.js"></script>',
    );
    expect([...doc.scripts].map((s) => isExecutableScript(s))).toEqual([true, true, true, false, false]);
  });
});

describe('detect', () => {
  it('finds a widget by its loader script', () => {
    expect(ids('<script async src="https://widget.acme.io/widget/app1"></script>')).toEqual(['acme-chat']);
  });
  it('ignores a loader script held back by a consent tool', () => {
    expect(ids('<script type="text/plain" data-cookieconsent="marketing" src="https://widget.acme.io/widget/app1"></script>')).toEqual([]);
  });
  it('finds a widget loaded by another script through resource timing', () => {
    expect(ids('<p>hi</p>', undefined, [{ name: 'https://widget.acme.io/widget/app1', initiatorType: 'script' }])).toEqual([
      'acme-chat',
    ]);
    // A fetch to the same host is not a script that ran on the page.
    expect(ids('<p>hi</p>', undefined, [{ name: 'https://widget.acme.io/widget/app1', initiatorType: 'fetch' }])).toEqual([]);
  });
  it('finds a widget by its container id and by its frame host', () => {
    expect(ids('<div id="acme-container"></div>')).toEqual(['acme-chat']);
    expect(ids('<iframe src="https://eu.acme-frames.com/messenger"></iframe>')).toEqual(['acme-chat']);
  });
  it('never raises a detection on weak signals alone', () => {
    expect(ids('<div class="acme-launcher-lite"></div><section class="chat">Let us chat</section>')).toEqual([]);
  });
  it('adds weak signals to the confidence of a decisive one, capped at 100', () => {
    const doc = htmlDocument('<div id="acme-container"></div><div class="acme-launcher-lite"></div>');
    const [d] = detect(index, { doc, url: 'https://shop.example/' });
    expect(d?.confidence).toBe(100);
    const [alone] = detect(index, { doc: htmlDocument('<div id="acme-container"></div>'), url: 'https://x.example/' });
    expect(alone?.confidence).toBe(90);
  });
  it('matches custom elements and selectors inside open shadow roots', () => {
    expect(ids('<bolt-messenger></bolt-messenger>')).toEqual(['bolt-bot']);
    const doc = htmlDocument('<div id="bolt-host"></div>');
    const host = doc.getElementById('bolt-host')!;
    expect(detect(index, { doc, url: 'https://x.example/' })).toEqual([]);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="bolt-window"></div>';
    expect(detect(index, { doc, url: 'https://x.example/' }).map((d) => d.rule)).toEqual(['bolt-bot']);
  });
  it('needs a chat composer for whole-site apps', () => {
    expect(ids('<h1>Log in</h1><input type="email">', 'https://talk.example/login')).toEqual([]);
    expect(ids('<textarea></textarea>', 'https://talk.example/')).toEqual(['talkapp']);
    expect(ids('<div contenteditable="true"></div>', 'https://www.talk.example/chat/42')).toEqual(['talkapp']);
    expect(ids('<textarea></textarea>', 'https://www.talk.example/blog')).toEqual([]);
  });
  it('lets a specific rule replace the generic one it supersedes', () => {
    expect(ids('<bolt-messenger></bolt-messenger><iframe src="https://studio.bolt.example/x"></iframe>')).toEqual([
      'bolt-studio',
    ]);
  });
  it('reports two different widgets on one page', () => {
    expect(ids('<div id="acme-container"></div><bolt-messenger></bolt-messenger>')).toEqual(['acme-chat', 'bolt-bot']);
  });
  it('records what matched as evidence, with the element for placing the banner', () => {
    const doc = htmlDocument('<div id="acme-container" class="a b"></div>');
    const hits = scanDocument(index, { doc, url: 'https://x.example/' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.value).toBe('div#acme-container.a.b');
    expect(hits[0]!.el).toBe(doc.getElementById('acme-container'));
  });
  it('survives selectors the DOM engine rejects', () => {
    const broken = compileRules([rule('odd', [{ type: 'element', selector: 'div:unknown-pseudo(x)', confidence: 90, sources: src }])]);
    expect(evaluate(broken, scanDocument(broken, { doc: htmlDocument('<div></div>'), url: 'https://x.example/' }))).toEqual([]);
  });
});

describe('evaluate', () => {
  it('counts page globals as confidence but never as a detection on their own', () => {
    const withGlobals = compileRules(RULES);
    const globalSignal = withGlobals.signals.findIndex((s) => s.t === 'g');
    expect(evaluate(withGlobals, [{ s: globalSignal, value: 'Acme' }])).toEqual([]);
    const container = withGlobals.signals.findIndex((s) => s.q === '#acme-container');
    const [d] = evaluate(withGlobals, [{ s: container, value: 'div' }], { extraHits: [{ s: globalSignal, value: 'Acme' }] });
    expect(d?.confidence).toBe(100);
  });
});

describe('keys a page chooses', () => {
  // Ids, classes, tags and hosts come from the page: names of Object.prototype's members must
  // find nothing, in the index as compiled and as read back from the built JSON.
  const widget = rule('widget', [
    { type: 'element', selector: '#real-widget', confidence: 90, sources: ['https://e.example'] },
    { type: 'script', host: 'cdn.widget.example', confidence: 90, sources: ['https://e.example'] },
  ]);
  const hostile =
    '<div id="constructor" class="toString __proto__ hasOwnProperty valueOf"><constructor></constructor><valueof id="__proto__"></valueof></div>';
  const many = Array.from({ length: 300 }, (_, i) =>
    rule(`filler-${i}`, [{ type: 'element', selector: `#filler-${i}, .filler-${i}`, confidence: 90, sources: ['https://e.example'] }]),
  );
  for (const [label, rules] of [['a few rules', [widget]], ['very many rules', [widget, ...many]]] as const) {
    const compiled = compileRules([...rules]);
    for (const [form, index] of [['compiled', compiled], ['from JSON', indexFromJson(JSON.parse(JSON.stringify(compiled)))]] as const) {
      it(`ignores them and still finds a real widget (${label}, ${form})`, () => {
        const ids = (html: string, url = 'https://shop.example/') => detect(index, { doc: htmlDocument(html), url }).map((d) => d.rule);
        expect(ids(hostile)).toEqual([]);
        expect(ids(`${hostile}<div id="real-widget"></div>`)).toEqual(['widget']);
        expect(matchUrl(index, 'https://constructor/x.js', ['s'])).toEqual([]);
        expect(matchUrl(index, 'https://a.__proto__/x.js', ['s'])).toEqual([]);
        expect(ids(hostile, 'http://constructor/')).toEqual([]);
      });
    }
  }
});
