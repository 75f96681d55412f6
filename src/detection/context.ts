/**
 * Page context: is the page where a chat was found about mental health, or is it a shop, a bank,
 * a gym, a physiotherapy clinic…? Decided on the device from what the page says about itself —
 * its title, meta description, headings, `lang`, schema.org JSON-LD and a bounded sample of its
 * text — by weighted words and must-not phrases in English, Spanish, French, German, Portuguese
 * and Dutch (context-terms.ts). Only ever run where a chat was detected.
 *
 * Two parts, both pure over the standard DOM: readPageSignals() takes a bounded look at the
 * document (it never reads more than a few thousand characters or elements, whatever the page's
 * size); classifyPage() weighs those signals. Measured and explained in README ("Page context").
 */
import type { Lexicon, LexiconEntry, TermKind } from './context-terms';

export type PageContext = 'mental-health' | 'general';

export interface PageSignals {
  url: string;
  /** the document's language, lowercased primary subtag ("en", "es"), or "" */
  lang: string;
  title: string;
  /** meta description and og:description / og:title */
  description: string;
  /** h1s first, then h2s and h3s */
  headings: string[];
  /** schema.org JSON-LD: types, medical specialties, and its names and descriptions as text */
  jsonld: { types: string[]; specialties: string[]; text: string };
  /** a sample of the body's text, in document order */
  text: string;
}

export interface ContextResult {
  context: PageContext;
  /** the weighed evidence, for the popup's "why": up to 6 words with where they were found */
  evidence: string[];
}

// ---------- bounds ----------

const MAX_TITLE = 300;
const MAX_DESCRIPTION = 600;
const MAX_HEADING = 160;
const MAX_HEADINGS = { h1: 3, h2: 8, h3: 6 } as const;
const MAX_JSONLD_SCRIPTS = 4;
const MAX_JSONLD_CHARS = 20_000;
const MAX_JSONLD_NODES = 400;
const MAX_JSONLD_TEXT = 1500;
const MAX_TEXT = 3000;
const MAX_TEXT_NODES = 500;
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'video', 'audio', 'select', 'textarea']);

const clip = (text: string | null | undefined, max: number) => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > max ? value.slice(0, max) : value;
};

// ---------- reading the page ----------

/** meta description, og:description and og:title, whatever the case of their names (first 80 metas). */
function metaDescriptions(doc: Document): string[] {
  const wanted = ['description', 'og:description', 'og:title'];
  const found: string[] = ['', '', ''];
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 80; i++) {
    const meta = metas[i]!;
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').trim().toLowerCase();
    const at = wanted.indexOf(key);
    if (at >= 0 && !found[at]) found[at] = meta.getAttribute('content') ?? '';
  }
  return found;
}

function firstOfTag(doc: Document, tag: string, limit: number, out: string[]): void {
  // A live collection: indexing the first few never walks a big page.
  const list = doc.getElementsByTagName(tag);
  for (let i = 0; i < list.length && i < limit; i++) {
    const text = clip(list[i]!.textContent, MAX_HEADING);
    if (text) out.push(text);
  }
}

/** Types, specialties and names/descriptions from the page's JSON-LD, bounded. */
function readJsonLd(doc: Document): PageSignals['jsonld'] {
  const result = { types: [] as string[], specialties: [] as string[], text: '' };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let nodes = 0;
  const lastSegment = (value: string) => value.replace(/[#/]+$/, '').split(/[/#]/).pop()!.toLowerCase();
  const addText = (value: unknown) => {
    if (typeof value === 'string' && result.text.length < MAX_JSONLD_TEXT) result.text = `${result.text} ${value}`.slice(0, MAX_JSONLD_TEXT);
  };
  const visit = (value: unknown, depth: number): void => {
    if (nodes++ > MAX_JSONLD_NODES || depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    for (const one of Array.isArray(type) ? type : [type]) if (typeof one === 'string') result.types.push(lastSegment(one));
    const specialty = record.medicalSpecialty;
    for (const one of Array.isArray(specialty) ? specialty : [specialty]) {
      const name = typeof one === 'string' ? one : one && typeof one === 'object' ? ((one as Record<string, unknown>)['@id'] ?? (one as Record<string, unknown>).name) : null;
      if (typeof name === 'string') result.specialties.push(lastSegment(name));
    }
    addText(record.name);
    addText(record.description);
    for (const [key, child] of Object.entries(record)) {
      if (key !== '@context' && child && typeof child === 'object') visit(child, depth + 1);
    }
  };
  for (let i = 0; i < scripts.length && i < MAX_JSONLD_SCRIPTS; i++) {
    const source = scripts[i]!.textContent ?? '';
    if (source.length > MAX_JSONLD_CHARS) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      /* malformed JSON-LD: the page's problem, not ours */
    }
  }
  return result;
}

/**
 * A sample of the body's text in document order, skipping scripts, styles, hidden parts and the
 * chat itself (its own words are not what the page says about itself). A text-only tree walker
 * hands over text nodes without visiting the elements between them, so a huge page costs no
 * more than a small one: the walk stops after MAX_TEXT characters or MAX_TEXT_NODES nodes.
 */
function sampleText(doc: Document, exclude: readonly Element[]): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node && chars < MAX_TEXT && nodes < MAX_TEXT_NODES; node = walker.nextNode()) {
    nodes++;
    const text = node.nodeValue;
    // Skip the whitespace between elements without copying it.
    if (!text || text.length < 2 || (text.charCodeAt(0) <= 32 && text.charCodeAt(text.length - 1) <= 32 && !text.trim())) continue;
    const parent = node.parentElement;
    if (parent && (SKIP_TAGS.has(parent.localName) || parent.hidden)) continue;
    if (exclude.length > 0 && exclude.some((el) => el.contains(node))) continue;
    const piece = text.length > 300 ? text.slice(0, 300) : text;
    parts.push(piece);
    chars += piece.length;
  }
  // Only words are read from it, so its whitespace is left as it is.
  const text = parts.join(' ');
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** What the page says about itself, bounded whatever its size. */
export function readPageSignals(doc: Document, url: string, exclude: readonly Element[] = []): PageSignals {
  const headings: string[] = [];
  firstOfTag(doc, 'h1', MAX_HEADINGS.h1, headings);
  firstOfTag(doc, 'h2', MAX_HEADINGS.h2, headings);
  firstOfTag(doc, 'h3', MAX_HEADINGS.h3, headings);
  const description = metaDescriptions(doc).filter((d, i, all) => d && all.indexOf(d) === i);
  return {
    url: url.length > 2048 ? url.slice(0, 2048) : url,
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0]!.slice(0, 8),
    title: clip(doc.title, MAX_TITLE),
    description: clip(description.join(' · '), MAX_DESCRIPTION),
    headings,
    jsonld: readJsonLd(doc),
    text: sampleText(doc, exclude),
  };
}

// ---------- weighing the words ----------

type Kind = TermKind;
const has = Object.prototype.hasOwnProperty;

/** Lowercase words without accents; apostrophes and hyphens split words. */
export function words(text: string): string[] {
  if (!text) return [];
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9ß]+/)
    .filter(Boolean);
}

interface Found {
  label: string;
  w: number;
  kind: Kind;
}

/**
 * Finds the terms in a list of words, longest first at each position; a found term consumes its
 * words, so "therapy" inside "physical therapy" is never read again on its own.
 */
function findTerms(list: string[], lang: string, lexicon: Lexicon): Found[] {
  const found: Found[] = [];
  const key = lexicon.k;
  // Plain indexed loops: this runs once per page, before the engine has warmed anything up.
  let i = 0;
  while (i < list.length) {
    const word = list[i]!;
    let best: LexiconEntry | null = null;
    for (let pass = 0; pass < 2; pass++) {
      let entries: LexiconEntry[] | undefined;
      if (pass === 0) entries = has.call(lexicon.f, word) ? lexicon.f[word] : undefined;
      else if (word.length >= key) {
        const stem = word.slice(0, key);
        entries = has.call(lexicon.s, stem) ? lexicon.s[stem] : undefined;
      }
      if (!entries) continue;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        const terms = entry[0];
        const langs = entry[4];
        if (langs && lang && langs.indexOf(lang) < 0) continue;
        if (best && terms.length <= best[0].length) continue;
        if (i + terms.length > list.length) continue;
        let ok = true;
        for (let k = 0; k < terms.length && ok; k++) {
          const at = list[i + k]!;
          ok = entry[1] & (1 << k) ? at.startsWith(terms[k]!) : at === terms[k];
        }
        if (ok) best = entry;
      }
    }
    if (best) {
      found.push({ label: best[0].join(' '), w: best[2], kind: best[3] });
      i += best[0].length;
      continue;
    }
    // Compound words (German, Dutch): a mental-health or another-therapy part inside.
    if (word.length >= 11) {
      const block = lexicon.bi.find(([part]) => word.includes(part));
      const mh = block ? undefined : lexicon.mi.find(([part]) => word.includes(part));
      if (block) found.push({ label: word, w: block[1], kind: 'block' });
      else if (mh) found.push({ label: word, w: mh[1], kind: 'mh' });
    }
    i++;
  }
  return found;
}

/** The URL's host and path as words ("oakleaf-counseling.com/grief" → oakleaf, counseling, com, grief). */
function urlWords(url: string): string[] {
  const withoutScheme = url.replace(/^[a-z]+:\/\//i, '').split(/[?#]/, 1)[0]!;
  return words(withoutScheme.replace(/\b(?:www|com|org|net|html?|php|aspx?)\b/gi, ' '));
}

/** Mental-health parts of compound host names ("oakleafcounseling", "saludmentalasturias"). */
const HOST_STEMS: ReadonlyArray<[string, number]> = [
  ['psychotherap', 3], ['psychiatr', 3], ['psycholog', 2], ['psicolog', 2], ['psiquiatr', 3], ['psicoterap', 3], ['counsel', 2],
  ['mentalhealth', 3], ['saludmental', 3], ['santementale', 3], ['saudemental', 3], ['ggz', 2], ['grief', 2], ['suicide', 3],
];
const HOST_BLOCKS = ['physio', 'fisio', 'fysio', 'kine', 'logoped', 'speech', 'massage', 'chiro', 'osteo', 'datarecovery', 'recuperadatos'];

/** Where a word was found, and how much that place says about what the page is. */
const FIELD_WEIGHTS = { title: 3, description: 2, h1: 2.5, headings: 1.2, url: 1.5, jsonld: 2, text: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** Mental-health specialties and types in schema.org data (and what sites write in their place). */
const MH_SPECIALTIES = new Set(['psychiatric', 'psychiatry', 'psychology', 'psychotherapy', 'mentalhealth', 'behavioralhealth', 'addictionmedicine']);
const MH_TYPES = new Set(['psychologist', 'psychiatrist', 'psychotherapist', 'mentalhealthservice', 'counselor', 'therapist']);

interface FieldScore {
  mh: number;
  amb: number;
  block: number;
  site: number;
  labels: Array<{ label: string; w: number; kind: Kind }>;
}

/** Each distinct term counts once, with a little more for repeats (a page that keeps saying it). */
function scoreField(found: Found[]): FieldScore {
  const score: FieldScore = { mh: 0, amb: 0, block: 0, site: 0, labels: [] };
  const counts = new Map<string, { f: Found; n: number }>();
  for (const f of found) {
    const key = `${f.kind}:${f.label}`;
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { f, n: 1 });
  }
  for (const { f, n } of counts.values()) {
    const value = f.w * (1 + 0.25 * Math.min(n - 1, 4));
    score[f.kind] += value;
    score.labels.push({ label: f.label, w: value, kind: f.kind });
  }
  return score;
}

/** The figures behind a decision, for tests and tuning. */
export interface ContextScores {
  /** mental-health weight from what the page says about itself (title, description, headings, URL, JSON-LD) */
  self: number;
  /** the part of `self` that comes from telling words (weight 1.5 or more), not from "stress" or "wellbeing" */
  selfCore: number;
  /** mental-health weight from the body's text */
  body: number;
  /** weight of other kinds of therapy and other kinds of sites */
  other: number;
  /** schema.org data that says "mental health" outright */
  jsonld: boolean;
  /** the body names at least two mental-health things, one of them clearly (weight 2.5 or more) */
  strongBody: boolean;
  total: number;
}

export function scorePage(signals: PageSignals, lexicon: Lexicon): { scores: ContextScores; evidence: string[] } {
  const lang = signals.lang;
  const [h1 = '', ...restHeadings] = signals.headings;
  const fieldText: Record<Exclude<Field, 'url'>, string> = {
    title: signals.title,
    description: signals.description,
    h1,
    headings: restHeadings.join(' · '),
    jsonld: signals.jsonld.text,
    text: signals.text,
  };
  const perField = new Map<Field, FieldScore>();
  for (const [field, text] of Object.entries(fieldText) as Array<[Exclude<Field, 'url'>, string]>) {
    perField.set(field, scoreField(findTerms(words(text), lang, lexicon)));
  }
  // The address: its words, and mental-health stems glued into a host name.
  const urlFound = findTerms(urlWords(signals.url), lang, lexicon);
  const host = signals.url.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/, 1)[0]!.toLowerCase();
  if (!urlFound.some((f) => f.kind === 'mh') && !HOST_BLOCKS.some((b) => host.includes(b))) {
    const stem = HOST_STEMS.find(([part]) => host.includes(part));
    if (stem) urlFound.push({ label: stem[0], w: stem[1], kind: 'mh' });
  }
  if (HOST_BLOCKS.some((b) => host.includes(b))) urlFound.push({ label: 'host', w: 2, kind: 'block' });
  perField.set('url', scoreField(urlFound));

  // Another kind of therapy anywhere on the page: "therapist" alone then says little.
  let blocked = false;
  for (const score of perField.values()) if (score.block > 0) blocked = true;
  const ambiguousWeight = blocked ? 0.15 : 1;

  let self = 0;
  let selfCore = 0;
  let body = 0;
  let other = 0;
  const evidence: Array<{ text: string; w: number }> = [];
  for (const [field, score] of perField) {
    const weight = FIELD_WEIGHTS[field];
    const mh = (score.mh + score.amb * ambiguousWeight) * weight;
    if (field === 'text') body += mh;
    else {
      self += mh;
      for (const l of score.labels) if (l.kind === 'mh' && l.w >= 1.5) selfCore += l.w * weight;
      if (!blocked) for (const l of score.labels) if (l.kind === 'amb' && l.w >= 1.5) selfCore += l.w * weight;
    }
    other += (score.block + score.site) * weight;
    for (const l of score.labels) {
      if (l.kind === 'mh' || (l.kind === 'amb' && !blocked)) evidence.push({ text: `${field}: “${l.label}”`, w: l.w * weight });
    }
  }

  const { types, specialties } = signals.jsonld;
  const mhSpecialties = specialties.filter((s) => MH_SPECIALTIES.has(s));
  const jsonld =
    types.some((type) => MH_TYPES.has(type)) || (mhSpecialties.length > 0 && mhSpecialties.length === specialties.length);
  if (jsonld) evidence.unshift({ text: `schema.org: ${[...types, ...specialties].slice(0, 3).join(', ')}`, w: 100 });

  const total = self + 0.6 * body - other;
  evidence.sort((a, b) => b.w - a.w);
  const bodyTerms = perField.get('text')!.labels.filter((l) => l.kind === 'mh');
  const strongBody = bodyTerms.length >= 2 && bodyTerms.some((l) => l.w >= 2.5);
  return { scores: { self, selfCore, body, other, jsonld, strongBody, total }, evidence: evidence.slice(0, 6).map((e) => e.text) };
}

/**
 * Mental health when the page says so about itself (its title, description, headings, address or
 * schema.org data carry mental-health words) and those words outweigh what says it is another
 * kind of site; or when its text is full of them and nothing else competes.
 */
export function decide(scores: ContextScores): PageContext {
  if (scores.jsonld) return 'mental-health';
  const evidence = scores.self + 0.6 * scores.body;
  // The page says it about itself, and that outweighs what says it is another kind of site.
  if (scores.selfCore >= 3 && evidence >= 4 && evidence >= 1.5 * scores.other) return 'mental-health';
  // Said only in passing about itself (a heading, the address), but its text bears it out.
  if (scores.selfCore >= 1 && evidence >= 6 && evidence >= 2 * scores.other) return 'mental-health';
  // A short page whose text names mental-health things, one of them unmistakable, and nothing else.
  if (scores.strongBody && scores.body >= 4.5 && scores.other <= 1) return 'mental-health';
  // A long text full of them, with little else.
  if (scores.body >= 10 && scores.other <= scores.body / 3) return 'mental-health';
  return 'general';
}

/** Weighs a page's signals with the compiled terms (context-terms.ts; prebuilt for the extension). */
export function classifyPage(signals: PageSignals, lexicon: Lexicon): ContextResult {
  const { scores, evidence } = scorePage(signals, lexicon);
  const context = decide(scores);
  return { context, evidence: context === 'mental-health' ? evidence : [] };
}

/** Reads and weighs the page in one go: what the detector calls where it found a chat. */
export function pageContext(doc: Document, url: string, lexicon: Lexicon, exclude: readonly Element[] = []): ContextResult {
  return classifyPage(readPageSignals(doc, url, exclude), lexicon);
}
