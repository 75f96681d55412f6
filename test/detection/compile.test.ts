import { describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { compileRules, cssIdent, selectorKey, sentinelIndex, sentinelIndexFromJson, splitSelectorList, type SignalCode } from '../../src/detection/compile';
import type { Rule } from '../../src/detection/rule';
import { NATIVE_CLASS_LIMIT, detect, matchUrl, subtreeHasCandidate } from '../../src/detection/scan';
import { htmlDocument } from '../support/dom';

describe('selectorKey', () => {
  it.each([
    ['#intercom-container', { kind: 'id', value: 'intercom-container' }],
    ['iframe#launcher[src*="zdassets"]', { kind: 'id', value: 'launcher' }],
    ['div.crisp-client', { kind: 'class', value: 'crisp-client' }],
    ['#root .chat-window.open', { kind: 'class', value: 'chat-window' }],
    ['body > df-messenger', { kind: 'tag', value: 'df-messenger' }],
    ['iframe[title="Chat #1 .x"]', { kind: 'tag', value: 'iframe' }],
    ['[data-product="web_widget"]', { kind: 'slow' }],
    ['div:not(.a)', { kind: 'tag', value: 'div' }],
  ])('%s', (selector, key) => {
    expect(selectorKey(selector)).toEqual(key);
  });
  it('splits selector lists at top-level commas only', () => {
    expect(splitSelectorList('a, iframe[title="x, y"], b:is(.c, .d)')).toEqual(['a', 'iframe[title="x, y"]', 'b:is(.c, .d)']);
  });
});

const src = ['https://example.com'];
const rule = (id: string, selector: string): Rule => ({
  id,
  name: id,
  website: 'https://example.com',
  surface: 'widget',
  category: 'support-widget',
  kind: 'ai',
  kindNote: 'x',
  kindSources: src,
  signals: [{ type: 'element', selector, confidence: 90, sources: src }],
  lastVerified: '2026-11-28',
  fixtures: { match: ['a/b.html'], noMatch: ['a/c.html'] },
});

describe('compileRules', () => {
  const index = compileRules([
    rule('by-id', '#widget-root'),
    rule('by-class', 'div.widget-bubble'),
    rule('by-tag', 'widget-messenger'),
    rule('by-attr', '[data-widget-app]'),
    rule('either', '#either-a, .either-b'),
  ]);
  it('indexes selectors by what they require', () => {
    expect(Object.keys(index.ids).sort()).toEqual(['either-a', 'widget-root']);
    expect(Object.keys(index.classes).sort()).toEqual(['either-b', 'widget-bubble']);
    expect(Object.keys(index.tags)).toEqual(['widget-messenger']);
    expect(index.slow).toHaveLength(1);
  });
  it('finds each kind of selector, and both halves of a list', () => {
    const ids = (html: string) => detect(index, { doc: htmlDocument(html), url: 'https://x.example/' }).map((d) => d.rule);
    expect(ids('<section><div id="widget-root"></div></section>')).toEqual(['by-id']);
    expect(ids('<main><div><div class="a widget-bubble"></div></div></main>')).toEqual(['by-class']);
    expect(ids('<span class="widget-bubble"></span>')).toEqual([]); // class alone, wrong tag
    expect(ids('<widget-messenger></widget-messenger>')).toEqual(['by-tag']);
    expect(ids('<div data-widget-app="1"></div>')).toEqual(['by-attr']);
    expect(ids('<i class="either-b"></i>')).toEqual(['either']);
  });
  it('finds ids, tags and frames anywhere, and on very big pages class-keyed widgets near the top', () => {
    const filler = '<div><p><span>x</span></p></div>'.repeat(Math.ceil(NATIVE_CLASS_LIMIT / 3) + 10);
    const deep = (inner: string) => `<div><div><div><div><div><div>${inner}</div></div></div></div></div></div>`;
    const ids = (html: string) => detect(index, { doc: htmlDocument(html), url: 'https://x.example/' }).map((d) => d.rule);
    expect(ids(`<div class="widget-bubble"></div>${filler}`)).toEqual(['by-class']);
    expect(ids(`${filler}${deep('<widget-messenger></widget-messenger>')}`)).toEqual(['by-tag']);
    expect(ids(`${filler}${deep('<b id="widget-root"></b>')}`)).toEqual(['by-id']);
    // On a page of normal size a class-keyed widget is found anywhere…
    expect(ids(`${deep('<div class="widget-bubble"></div>')}`)).toEqual(['by-class']);
    // …on a very big one, one buried deep is beyond the budget,
    expect(ids(`${filler}${deep('<div class="widget-bubble"></div>')}`)).toEqual([]);
    // but one attached to the body after a container of thousands of rows is still found: the
    // walk goes level by level and never queues more than its budget.
    expect(ids(`<main>${filler}</main><div class="widget-bubble"></div>`)).toEqual(['by-class']);
    expect(ids(`<main>${filler}</main><div><div><div class="widget-bubble"></div></div></div>`)).toEqual(['by-class']);
  });
  it("gives the sentinel one query that finds every widget key and nothing else", () => {
    const has = (html: string) => htmlDocument(html).querySelector(index.pre.quick) !== null;
    expect(has('<div id="widget-root"></div>')).toBe(true);
    expect(has('<b class="widget-bubble"></b>')).toBe(true); // a key: the engine then checks the tag
    expect(has('<widget-messenger></widget-messenger>')).toBe(true);
    expect(has('<p data-widget-app></p>')).toBe(true);
    expect(has('<i class="either-b"></i>')).toBe(true);
    expect(has('<div id="widget-root-2" class="widget"><p data-widget>x</p></div>')).toBe(false);
  });
  it('escapes ids and classes that are not plain identifiers', () => {
    expect(cssIdent('plain_name-1')).toBe('plain_name-1');
    expect(cssIdent('a.b:c')).toBe('a\\.b\\:c');
    expect(cssIdent('1st')).toBe('\\31 st');
    const weird = compileRules([rule('weird', '[id="chat.root"]'), rule('odd', 'div.a\\:b')]);
    expect(htmlDocument('<div id="chat.root"></div>').querySelector(weird.pre.quick)).not.toBeNull();
  });
  it('tells the detector whether an inserted subtree is worth a scan', () => {
    const doc = htmlDocument('<div id="a"><p><span class="widget-bubble"></span></p></div><div id="b"><p>text</p></div>');
    expect(subtreeHasCandidate(index, doc.getElementById('a')!)).toBe('yes');
    expect(subtreeHasCandidate(index, doc.getElementById('b')!)).toBe('no');
    expect(subtreeHasCandidate(index, doc.getElementById('b')!, 'p')).toBe('yes');
    const big = htmlDocument(`<div id="c">${'<p><i>x</i></p>'.repeat(100)}</div><div id="d"><p><b><i><u>deep</u></i></b></p></div>`);
    expect(subtreeHasCandidate(index, big.getElementById('c')!)).toBe('unsure');
    expect(subtreeHasCandidate(index, big.getElementById('d')!)).toBe('unsure');
  });
});

describe('sentinelIndex', () => {
  const full = compileRules(loadRules().rules, { withoutGlobals: true });
  const sentinel = sentinelIndexFromJson(JSON.parse(JSON.stringify(sentinelIndex(full))));
  /** A URL per host pattern and path pattern of the real rules, plus near misses. */
  const urls = (() => {
    const paths = new Set(['/', '/index.html', '/x/widget.js']);
    for (const signal of full.signals) {
      if (!signal.p) continue;
      // A rough path the pattern may match; equality of answers is what is tested, not a match.
      paths.add(`/${signal.p.replace(/^\^?\/?/, '').replace(/\\(.)/g, '$1').replace(/\[\^?\/?\]|[()?+*|$]|\.\+/g, '')}`);
    }
    const hosts = new Set<string>();
    for (const signal of full.signals) {
      if (!signal.ho) continue;
      const bare = signal.ho.replace(/^\*\./, '');
      for (const host of [bare, `cdn.${bare}`, `${bare}.evil.example`, `not${bare}`]) hosts.add(host);
    }
    return [...hosts].flatMap((host) => [...paths].map((path) => `https://${host}${path}`));
  })();

  it('answers every script, frame and host question exactly as the full index does', () => {
    let matched = 0;
    for (const url of urls) {
      for (const types of [['s'], ['f'], ['h'], ['s', 'f']] as SignalCode[][]) {
        const expected = matchUrl(full, url, types).length > 0;
        expect([url, types, matchUrl(sentinel, url, types).length > 0]).toEqual([url, types, expected]);
        if (expected) matched++;
      }
    }
    // The comparison means something only if many of these URLs do match.
    expect(matched).toBeGreaterThan(100);
  });

  it('carries no element signals and no full selector list, and is a fraction of the index', () => {
    expect(sentinel.signals.every((s) => s.t === 's' || s.t === 'f' || s.t === 'h')).toBe(true);
    expect('selector' in sentinel.pre).toBe(false);
    expect(sentinel.pre.quick).toBe(full.pre.quick);
    expect(JSON.stringify(sentinel).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('stores signals that look alike to it once', () => {
    const shapes = sentinel.signals.map((s) => `${s.t} ${s.p ?? ''}`);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('finds nothing under keys a page chooses to look like built-in names', () => {
    for (const host of ['constructor', '__proto__', 'toString', 'a.hasOwnProperty']) {
      expect(matchUrl(sentinel, `https://${host}/x.js`, ['s', 'f', 'h'])).toEqual([]);
    }
  });
});
