/**
 * The crisis-language corpus (test/crisis/corpus/README.md): its shape, the split by source, and
 * how findCrisis() does on it — miss and false-alarm rates per language and per category, for the
 * development set and for the held-out test set, printed for the record.
 *
 * The test set is consulted only for these figures: for it the suite prints rates, never the
 * phrases it gets wrong. The targets (misses ≤ 10 %, false alarms ≤ 3 % in every language) are
 * checked on both sets; a test-set failure is fixed by finding the same weakness with new dev
 * phrases, never by tuning on the test phrases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainCrisis, findCrisis, MAX_CHECKED_CHARS } from '../../src/crisis/match';
import { normalize } from '../../src/crisis/normalize';

type Split = 'dev' | 'test';
const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
const HELP_CATEGORIES = ['direct', 'indirect', 'burden', 'goodbye', 'plan', 'method', 'self-harm', 'slang', 'abuse'];
const NONE_CATEGORIES = ['idiom', 'fiction-quote', 'about-topic', 'negation', 'third-person', 'game', 'everyday'];
const TIERS = ['danger', 'distress', 'abuse'];
const MAX_MISS = 0.1;
const MAX_FALSE_ALARM = 0.03;

interface Source {
  title: string;
  url: string;
  accessed: string;
  gives: string;
}
interface Group {
  source: string;
  use: 'quoted' | 'adapted';
  label: 'help' | 'none';
  category: string;
  tier?: string | null;
  phrases: string[];
}
interface CorpusFile {
  language: string;
  split: Split;
  sources: Record<string, Source>;
  groups: Group[];
}

const root = join(__dirname, 'corpus');
const corpus: Record<Split, Record<string, CorpusFile>> = { dev: {}, test: {} };
for (const split of ['dev', 'test'] as const) {
  for (const file of readdirSync(join(root, split)).filter((f) => f.endsWith('.json'))) {
    corpus[split][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(root, split, file), 'utf8')) as CorpusFile;
  }
}

interface Tally {
  help: number;
  missed: number;
  none: number;
  alarms: number;
  tierRight: number;
}
const tally = (): Tally => ({ help: 0, missed: 0, none: 0, alarms: 0, tierRight: 0 });

function measure(split: Split) {
  const byLanguage: Record<string, Tally> = {};
  const byCategory: Record<string, Tally> = {};
  const wrong: string[] = [];
  for (const [lang, file] of Object.entries(corpus[split])) {
    for (const group of file.groups) {
      for (const phrase of group.phrases) {
        const found = findCrisis(phrase);
        for (const t of [(byLanguage[lang] ??= tally()), (byCategory[`${group.label}/${group.category}`] ??= tally())]) {
          if (group.label === 'help') {
            t.help++;
            if (!found) t.missed++;
            else if (found.tier === group.tier) t.tierRight++;
          } else {
            t.none++;
            if (found) t.alarms++;
          }
        }
        if (split === 'dev' && (group.label === 'help') === !found) wrong.push(`${lang} ${group.label}/${group.category}: ${phrase}`);
      }
    }
  }
  return { byLanguage, byCategory, wrong };
}

const pct = (n: number, of: number) => (of === 0 ? '  –  ' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);
function table(title: string, rows: Record<string, Tally>): string {
  const lines = Object.entries(rows)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, t]) =>
        `  ${key.padEnd(20)} miss ${pct(t.missed, t.help)} (${t.missed}/${t.help})  false alarms ${pct(t.alarms, t.none)} (${t.alarms}/${t.none})` +
        (t.help > t.missed ? `  right tier ${t.tierRight}/${t.help - t.missed}` : ''),
    );
  return [title, ...lines].join('\n');
}

const results = { dev: measure('dev'), test: measure('test') };

describe('the crisis corpus', () => {
  it('has both parts in every language, with phrases to help and everyday phrases', () => {
    for (const split of ['dev', 'test'] as const) {
      expect(Object.keys(corpus[split]).sort()).toEqual([...LANGUAGES].sort());
      for (const lang of LANGUAGES) {
        const groups = corpus[split][lang]!.groups;
        expect(groups.some((g) => g.label === 'help')).toBe(true);
        expect(groups.some((g) => g.label === 'none' && g.category === 'idiom')).toBe(true);
      }
    }
    const total = Object.values(corpus).flatMap((s) => Object.values(s)).reduce((n, f) => n + f.groups.reduce((m, g) => m + g.phrases.length, 0), 0);
    expect(total).toBeGreaterThanOrEqual(400);
  });

  it('names a published source for every group, and labels it fully', () => {
    for (const split of ['dev', 'test'] as const) {
      for (const [lang, file] of Object.entries(corpus[split])) {
        expect(file.language).toBe(lang);
        expect(file.split).toBe(split);
        for (const [id, source] of Object.entries(file.sources)) {
          expect(source.url, `${split}/${lang} ${id}`).toMatch(/^https?:\/\//);
          expect(source.accessed, `${split}/${lang} ${id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(source.title.length, `${split}/${lang} ${id}`).toBeGreaterThan(3);
        }
        for (const group of file.groups) {
          const where = `${split}/${lang} ${group.source} ${group.category}`;
          expect(file.sources[group.source], where).toBeDefined();
          expect(['quoted', 'adapted'], where).toContain(group.use);
          expect(group.phrases.length, where).toBeGreaterThan(0);
          if (group.label === 'help') {
            expect(HELP_CATEGORIES, where).toContain(group.category);
            expect(TIERS, where).toContain(group.tier);
          } else {
            expect(group.label, where).toBe('none');
            expect(NONE_CATEGORIES, where).toContain(group.category);
          }
        }
      }
    }
  });

  it('is split by source: no source and no phrase is in both parts', () => {
    const urls = (split: Split) => new Set(Object.values(corpus[split]).flatMap((f) => Object.values(f.sources).map((s) => s.url)));
    const devUrls = urls('dev');
    expect([...urls('test')].filter((u) => devUrls.has(u))).toEqual([]);
    const phrases = (split: Split) => new Set(Object.values(corpus[split]).flatMap((f) => f.groups.flatMap((g) => g.phrases.map((p) => normalize(p).trim()))));
    const devPhrases = phrases('dev');
    expect([...phrases('test')].filter((p) => devPhrases.has(p))).toEqual([]);
  });
});

describe('findCrisis on the corpus', () => {
  it.each(LANGUAGES)('%s: misses ≤ 10 % and false alarms ≤ 3 % on the development set', (lang) => {
    const t = results.dev.byLanguage[lang]!;
    // On the development set the phrases may be shown: they are what the patterns are tuned on.
    const wrong = results.dev.wrong.filter((w) => w.startsWith(`${lang} `));
    expect(t.missed / t.help, wrong.join('\n')).toBeLessThanOrEqual(MAX_MISS);
    expect(t.alarms / t.none, wrong.join('\n')).toBeLessThanOrEqual(MAX_FALSE_ALARM);
  });

  it.each(LANGUAGES)('%s: misses ≤ 10 % and false alarms ≤ 3 % on the held-out test set', (lang) => {
    // Rates only: the test phrases it gets wrong are never printed (README there).
    const t = results.test.byLanguage[lang]!;
    expect(t.missed / t.help).toBeLessThanOrEqual(MAX_MISS);
    expect(t.alarms / t.none).toBeLessThanOrEqual(MAX_FALSE_ALARM);
  });

  it('usually picks the tier the corpus gives (danger, distress, abuse)', () => {
    for (const split of ['dev', 'test'] as const) {
      const all = Object.values(results[split].byLanguage).reduce((a, t) => ({ caught: a.caught + t.help - t.missed, right: a.right + t.tierRight }), { caught: 0, right: 0 });
      expect(all.right / all.caught, split).toBeGreaterThan(0.9);
    }
  });
});

afterAll(() => {
  // The cost of one check on a full-length input, for the record (no timed assertion: machines
  // differ). Inputs: corpus phrases run together to MAX_CHECKED_CHARS, and a few hostile ones.
  const phrases = Object.values(corpus.dev).flatMap((f) => f.groups.flatMap((g) => g.phrases));
  const inputs: string[] = [];
  for (let i = 0; inputs.length < 200; i += 7) {
    let s = '';
    for (let j = i; s.length < MAX_CHECKED_CHARS; j++) s += `${phrases[j % phrases.length]} `;
    inputs.push(s.slice(0, MAX_CHECKED_CHARS));
  }
  inputs.push('my '.repeat(200), 'i '.repeat(300), 'a'.repeat(600), 'ich will '.repeat(67), 'no no no '.repeat(67), '"'.repeat(600));
  for (const s of inputs.slice(0, 20)) explainCrisis(s); // warm up
  const rounds = 3;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of inputs) findCrisis(s);
  const perCheck = (performance.now() - start) / (rounds * inputs.length);
  console.log(
    [
      table('crisis corpus, development set (per language):', results.dev.byLanguage),
      table('crisis corpus, development set (per category):', results.dev.byCategory),
      table('crisis corpus, held-out test set (per language):', results.test.byLanguage),
      table('crisis corpus, held-out test set (per category):', results.test.byCategory),
      `findCrisis on ${MAX_CHECKED_CHARS}-character inputs: ${perCheck.toFixed(2)} ms per check (mean of ${rounds * inputs.length})`,
    ].join('\n\n'),
  );
});
