/**
 * Candor's rules as Wappalyzer technologies: every rule is exported or listed with a reason, the
 * entries pass the fork's checks, and each URL pattern — compiled the way the fork compiles it —
 * accepts exactly the URLs the engine's own matchUrl accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { compileRules } from '../../src/detection/compile';
import type { Rule } from '../../src/detection/rule';
import { matchUrl } from '../../src/detection/scan';
import { UPSTREAM } from '../../src/httparchive/upstream';
import {
  GLOBAL_REASON,
  WEAK_REASON,
  byLetterFile,
  exportTechnologies,
  letterFile,
  ruleToTechnology,
  urlPatterns,
  withoutCaptures,
} from '../../src/httparchive/wappalyzer';
import { forkRegex, placementProblems, validateTechnologies } from '../../src/httparchive/wappalyzer-validate';

const { rules } = loadRules();
const exported = exportTechnologies(rules);

describe('the export of src/rules', () => {
  it('exports every rule, or lists it as not exportable with a reason', () => {
    for (const rule of rules) {
      const listed = exported.notExportable.find((n) => n.rule === rule.id);
      if (listed) expect(listed.reason.length).toBeGreaterThan(10);
      else expect(exported.technologies[exported.names[rule.id]!], rule.id).toBeDefined();
    }
    expect(Object.keys(exported.names).length + exported.notExportable.length).toBe(rules.length);
  });

  it('passes the fork’s schema and validate.js checks, each entry in the file of its first letter', () => {
    expect(validateTechnologies(exported.technologies).errors).toEqual([]);
    const files = byLetterFile(exported.technologies);
    for (const [file, entries] of Object.entries(files)) expect(placementProblems(file, entries)).toEqual([]);
    expect(Object.values(files).reduce((n, entries) => n + Object.keys(entries).length, 0)).toBe(Object.keys(exported.technologies).length);
  });

  it('keeps the fork’s name for vendors it already has, so their patterns merge instead of duplicating', () => {
    for (const [id, upstream] of Object.entries(UPSTREAM)) {
      if (!rules.some((r) => r.id === id)) continue;
      expect(exported.names[id]).toBe(upstream.name);
      expect(exported.technologies[upstream.name]!.pricing).toEqual(upstream.pricing);
    }
  });

  it('exports only decisive signals and says why each other one was left out', () => {
    for (const rule of rules) {
      for (const signal of rule.signals) {
        const left = exported.leftOut.filter((l) => l.rule === rule.id);
        if (signal.type === 'global') expect(left.some((l) => l.reason === GLOBAL_REASON && l.signal.includes(signal.name))).toBe(true);
        else if (signal.confidence < 50) expect(left.some((l) => l.reason === WEAK_REASON)).toBe(true);
      }
    }
  });

  it('is the same every time', () => {
    expect(JSON.stringify(exportTechnologies([...rules].reverse()))).toBe(JSON.stringify(exported));
  });

  it('files widgets under Live chat (52) and whole-site apps under Miscellaneous (19)', () => {
    for (const rule of rules) {
      const tech = exported.technologies[exported.names[rule.id]!];
      if (tech) expect(tech.cats).toEqual([rule.surface === 'site' ? 19 : 52]);
    }
  });
});

describe('URL patterns', () => {
  const index = compileRules(rules);
  // Every URL signal, with the number the compiled index gives it (signals in rule order).
  const urlSignals = rules
    .flatMap((rule) => rule.signals)
    .flatMap((signal, n) => (signal.type === 'script' || signal.type === 'frame' || signal.type === 'host' ? [{ signal, n }] : []));

  it('turn capture groups into non-capturing ones, leaving escapes and classes alone', () => {
    expect(withoutCaptures('^/(customer|licence/)\\(x\\)[(]')).toBe('^/(?:customer|licence/)\\(x\\)[(]');
    expect(withoutCaptures('^/(?!settings)(?:a)(?<=b)(?<!c)')).toBe('^/(?!settings)(?:a)(?<=b)(?<!c)');
    expect(withoutCaptures('^/(?<kind>js|css)/')).toBe('^/(?:js|css)/');
  });

  it('write an escaped star so that the fork’s rewrite of "*" leaves it a star', () => {
    const [pattern] = urlPatterns('cdn.example', '^/a\\*b');
    expect(validateTechnologies({ X: { cats: [52], website: 'https://x.example', scriptSrc: [pattern!] } }).errors).toEqual([]);
    expect(forkRegex(pattern!).test('https://cdn.example/a*b')).toBe(true);
    expect(forkRegex(pattern!).test('https://cdn.example/ab')).toBe(false);
  });

  it('split a path with top-level alternatives into one pattern each', () => {
    expect(urlPatterns('a.example', '^/x|^/y')).toEqual(['^(?:https?:)?//a\\.example(?::\\d+)?/x', '^(?:https?:)?//a\\.example(?::\\d+)?/y']);
  });

  it('accept exactly the URLs the engine matches, once the fork has rewritten them', { timeout: 30_000 }, () => {
    const hostArb = (host: string) =>
      host.startsWith('*.')
        ? fc.constantFrom(host.slice(2), `a.${host.slice(2)}`, `a-b.c.${host.slice(2)}`, `${host.slice(2)}.evil.net`, `x${host.slice(2)}`)
        : fc.constantFrom(host, `${host}.evil.net`, `x${host}`, `sub.${host}`);
    const pathPieces = fc.constantFrom('/', '/widget/', '/embed2.js', '/webchat/v1.js', '/environments/x/webchat', '/include/abc.js', '/chat/1', '/?agentID=1', '/licence/123', '/npm/flowise-embed/dist/web.js', '/app', '/u/1/app', '/settings', '/ESW/assets/js/bootstrap.min.js', '');
    expect(urlSignals.length).toBeGreaterThan(50);
    for (const { signal, n } of urlSignals) {
      expect(index.signals[n]!.ho).toBe(signal.host);
      const code = signal.type === 'script' ? 's' : signal.type === 'frame' ? 'f' : 'h';
      const patterns = urlPatterns(signal.host, signal.path).map(forkRegex);
      fc.assert(
        fc.property(fc.constantFrom('https:', 'http:'), hostArb(signal.host), fc.constantFrom('', ':8443'), pathPieces, fc.constantFrom('', '?v=2', '#frag'), (scheme, host, port, path, tail) => {
          const url = `${scheme}//${host}${port}${path}${tail}`;
          const engine = matchUrl(index, url, [code]).includes(n);
          const fork = patterns.some((re) => re.test(url));
          return engine === fork;
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('one rule', () => {
  const base: Rule = {
    id: 'example-chat',
    name: 'Example Chat',
    website: 'https://chat.example',
    surface: 'widget',
    category: 'support-widget',
    kind: 'ai',
    kindNote: 'Only a bot answers.',
    kindSources: ['https://chat.example/docs'],
    signals: [],
    lastVerified: '2026-11-28',
    fixtures: { match: [], noMatch: [] },
  };

  it('is not exportable when nothing decisive can be expressed', () => {
    const result = ruleToTechnology({
      ...base,
      signals: [
        { type: 'element', selector: 'x-chat', shadow: '#window', confidence: 80, sources: ['s'] },
        { type: 'global', name: 'ExampleChat', confidence: 30, sources: ['s'] },
      ],
    });
    expect(result.technology).toBeNull();
    expect(result.reason).toMatch(/no decisive signal/);
    expect(result.leftOut.map((l) => l.signal)).toEqual(['element x-chat › #window (confidence 80)', 'global window.ExampleChat (confidence 30)']);
  });

  it('maps frames to an iframe selector with a src pattern, elements to selectors, scripts to scriptSrc', () => {
    const { technology } = ruleToTechnology({
      ...base,
      signals: [
        { type: 'script', host: 'cdn.chat.example', path: '^/loader\\.js', confidence: 90, sources: ['s'] },
        { type: 'frame', host: '*.chat.example', path: '^/(frame|window)/', confidence: 85, sources: ['s'] },
        { type: 'element', selector: '#example-chat', confidence: 80, sources: ['s'] },
      ],
    });
    expect(technology).toEqual({
      cats: [52],
      description: 'Example Chat is a website chat widget whose replies are generated by an AI chatbot.',
      dom: {
        '#example-chat': { exists: '' },
        'iframe[src*=".chat.example" i]': { attributes: { src: '^(?:https?:)?//[^/?#]+\\.chat\\.example(?::\\d+)?/(?:frame|window)/' } },
      },
      scriptSrc: ['^(?:https?:)?//cdn\\.chat\\.example(?::\\d+)?/loader\\.js'],
      website: 'https://chat.example',
    });
    expect(validateTechnologies({ 'Example Chat': technology }).errors).toEqual([]);
  });

  it('goes in _.json when its name starts with a digit or symbol', () => {
    expect(letterFile('1chat')).toBe('_.json');
    expect(letterFile('yellow.ai')).toBe('y.json');
  });
});

describe('the validator', () => {
  const good = { cats: [52], website: 'https://chat.example', description: 'A chat.', scriptSrc: ['chat\\.example/loader\\.js'] };
  const errorsOf = (tech: Record<string, unknown>, name = 'Example') => validateTechnologies({ [name]: tech }).errors;

  it('accepts a plain entry', () => {
    expect(errorsOf(good)).toEqual([]);
  });

  it.each([
    ['an unknown field', { ...good, vendor: 'x' }, /unknown field "vendor"/],
    ['no cats', { website: good.website }, /"cats" is required/],
    ['no website', { cats: [52] }, /"website" is required/],
    ['a category the fork lacks', { ...good, cats: [40] }, /no such category: 40/],
    ['empty cats', { ...good, cats: [] }, /non-empty list/],
    ['a bad pricing value', { ...good, pricing: ['cheap'] }, /pricing "cheap"/],
    ['a long description', { ...good, description: 'x'.repeat(251) }, /at most 250/],
    ['a two-line description', { ...good, description: 'a\nb' }, /one line/],
    ['a regex that does not compile', { ...good, scriptSrc: ['chat(\\.example'] }, /does not compile/],
    ['a capture group without a version', { ...good, scriptSrc: ['chat(\\.example)'] }, /capture group/],
    ['an unknown tag', { ...good, scriptSrc: ['chat\\.example\\;weight:3'] }, /unknown tag "weight"/],
    ['a confidence of 100', { ...good, scriptSrc: ['chat\\.example\\;confidence:100'] }, /0 to 99/],
    ['a blank dom selector', { ...good, dom: ['  '] }, /non-blank/],
    ['a bad dom attribute pattern', { ...good, dom: { iframe: { attributes: { src: '(' } } } }, /does not compile/],
    ['an html pattern without < or >', { ...good, html: 'chat' }, /< or >/],
    ['a website that is not http(s)', { ...good, website: 'ftp://chat.example' }, /http\(s\)/],
    ['a js value that is not a pattern', { ...good, js: { Chat: 3 } }, /must be a string/],
    ['implies naming nothing', { ...good, implies: 'Nope' }, /does not exist/],
  ])('rejects %s', (_what, tech, message) => {
    expect(errorsOf(tech as Record<string, unknown>).join('\n')).toMatch(message);
  });

  it('rejects an escaped star, which the fork would rewrite into "{0,250}"', () => {
    expect(errorsOf({ ...good, scriptSrc: ['chat\\.example/\\*'] }).join('\n')).toMatch(/escaped \* is rewritten/);
    expect(errorsOf({ ...good, scriptSrc: ['chat\\.example/[*]'] })).toEqual([]);
  });

  it('accepts version and confidence tags as the fork writes them', () => {
    expect(errorsOf({ ...good, scriptSrc: ['chat-([\\d.]+)\\.js\\;version:\\1\\;confidence:50'] })).toEqual([]);
  });

  it('warns about a missing icon and names a misplaced entry', () => {
    expect(validateTechnologies({ Example: good }).warnings).toEqual(['Example: no icon (add one to src/images/icons in the pull request)']);
    expect(placementProblems('a.json', { Example: good })).toEqual(['Example should be in e.json, not a.json']);
  });

  it('rejects something that is not an object of technologies', () => {
    expect(validateTechnologies([good]).errors).toEqual(['technologies must be an object of name -> entry']);
    expect(errorsOf('nope' as unknown as Record<string, unknown>)).toEqual(['Example: must be an object']);
  });
});
