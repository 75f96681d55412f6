import { describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { compileRules, cssIdent, selectorKey, sentinelIndex, sentinelIndexFromJson, splitSelectorList, srcContains, type SignalCode } from '../../src/detection/compile';
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

// Thousands of URLs against both indexes: seconds on a busy CI machine, so a roomier timeout.
describe('sentinelIndex', { timeout: 30_000 }, () => {
  const full = compileRules(loadRules().rules, { withoutGlobals: true });
  const sentinel = sentinelIndexFromJson(JSON.parse(JSON.stringify(sentinelIndex(full))));
  /** A URL per host pattern and path pattern of the real rules, plus near misses. */
  const urls = (() => {
    // Also a URL with no path at all before its query, as vendors write frame URLs.
    const paths = new Set(['/', '/index.html', '/x/widget.js', '?agentID=1']);
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
    const differences: string[] = [];
    for (const url of urls) {
      for (const types of [['s'], ['f'], ['h'], ['s', 'f']] as SignalCode[][]) {
        const expected = matchUrl(full, url, types).length > 0;
        if (matchUrl(sentinel, url, types).length > 0 !== expected) differences.push(`${types.join('')} ${url}`);
        if (expected) matched++;
      }
    }
    expect(differences).toEqual([]);
    // The comparison means something only if many of these URLs do match.
    expect(matched).toBeGreaterThan(100);
  });

  it('has one selector that every script and frame the engine would match also matches', () => {
    const doc = htmlDocument('<div id="root"></div>');
    const root = doc.getElementById('root')!;
    let checked = 0;
    const missed: string[] = [];
    for (const url of urls) {
      for (const [tag, type] of [['script', 's'], ['iframe', 'f']] as const) {
        if (matchUrl(full, url, [type]).length === 0) continue;
        const el = doc.createElement(tag);
        el.setAttribute('src', url.toUpperCase().replace('HTTPS:', 'https:'));
        root.replaceChildren(el);
        if (!el.matches(sentinel.pre.sources)) missed.push(`${tag} ${url}`);
        checked++;
      }
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    // Near misses: another host, a host that only ends like one, an element that is no script or frame.
    root.innerHTML =
      '<script src="https://cdn.example.com/app.js"></script><iframe src="https://notintercom.io/widget/"></iframe>' +
      '<img src="https://code.tidio.co/x.js"><script src="https://widget.intercom.io.evil.example/x.js"></script>';
    expect(root.querySelector(sentinel.pre.sources)).toBeNull();
  });

  it('groups for the page-wide look every widget selector that ends in a plain tag or no key', () => {
    const widgetSelectors = loadRules()
      .rules.filter((r) => r.surface === 'widget')
      .flatMap((r) => r.signals.flatMap((s) => (s.type === 'element' ? splitSelectorList(s.selector) : [])));
    /** Where the sentinel's page-wide look finds this selector's key, or the selector itself. */
    const lookedFor = (selector: string): boolean => {
      const key = selectorKey(selector);
      if (key.kind === 'slow') return splitSelectorList(sentinel.pre.unkeyed).includes(selector);
      if (key.kind === 'id') return sentinel.pre.ids.includes(key.value);
      if (key.kind === 'class') return sentinel.pre.classes.includes(key.value);
      if (key.value.includes('-')) return sentinel.pre.tags.includes(key.value);
      return splitSelectorList(sentinel.pre.byTag[key.value] ?? '').includes(selector);
    };
    for (const selector of widgetSelectors) expect([selector, lookedFor(selector)]).toEqual([selector, true]);
    expect(sentinel.pre.byTag.script).toContain('script:is(');
    expect(sentinel.pre.byTag.iframe).toContain('iframe:is(');
  });

  it('carries the URL signals and the element keys, and none of what only the engine needs', () => {
    expect(sentinel.signals.every((s) => s.t === 's' || s.t === 'f' || s.t === 'h')).toBe(true);
    expect(Object.keys(sentinel).sort()).toEqual(['hosts', 'pre', 'signals', 'suffixes']);
    expect(sentinel.pre).toEqual(full.pre);
    // Without the rules, element signals and their maps, the engine's part, it is much smaller.
    const engineOnly = JSON.stringify({ rules: full.rules, ids: full.ids, classes: full.classes, tags: full.tags, slow: full.slow });
    expect(JSON.stringify(sentinel).length).toBeLessThan(JSON.stringify(full).length - engineOnly.length);
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

describe('srcContains', () => {
  it.each([
    ['code.tidio.co', undefined, '//code.tidio.co'],
    ['*.intercom.io', '^/widget/', '.intercom.io/widget/'],
    ['static.ada.support', '^/embed2\\.js', '//static.ada.support/embed2.js'],
    // An optional character is not part of every match; \d ends the literal; so do groups and classes.
    ['a.example', '^/widgets?/', '//a.example/widget'],
    ['a.example', '^/u/\\d+/', '//a.example/u/'],
    ['a.example', '^/v[23]/', '//a.example/v'],
    ['a.example', '^/(x|y)/z', '//a.example'],
    // Nothing to require of the path: the host alone ("https://widget.us.limbic.ai?agentID=…").
    ['*.limbic.ai', 'agentid=', '.limbic.ai'],
    // A pattern that is an alternation as a whole, or not anchored, gives the host alone.
    ['a.example', '^/a|^/b', '//a.example'],
    ['a.example', '/webchat/', '//a.example'],
  ])('%s %s', (host, path, text) => {
    expect(srcContains(host, path)).toBe(`[src*="${text}" i]`);
  });
});
