/**
 * Figures for the crisis check (README "Crisis help"): the patterns against a small learned model
 * on the same held-out test set, and the cost of one check.
 *
 *   npx tsx scripts/crisis-figures.ts
 *
 * The model is the kind that would fit on the device: logistic regression over hashed character
 * 2–5-grams of the normalized text (2^18 weights, about 1 MB as 32-bit floats). It is trained on
 * the development set only; its threshold is chosen by 5-fold cross-validation on the development
 * set (the lowest that keeps false alarms ≤ 3 % there). The test set is used only to report.
 * Nothing here is shipped: the extension runs the patterns (src/crisis/match.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCrisis, MAX_CHECKED_CHARS } from '../src/crisis/match';
import { normalize } from '../src/crisis/normalize';

interface Example {
  lang: string;
  text: string;
  help: boolean;
}

const root = join(import.meta.dirname, '..', 'test', 'crisis', 'corpus');
function load(split: 'dev' | 'test'): Example[] {
  const out: Example[] = [];
  for (const f of readdirSync(join(root, split))) {
    const file = JSON.parse(readFileSync(join(root, split, f), 'utf8')) as { language: string; groups: Array<{ label: string; phrases: string[] }> };
    for (const g of file.groups) for (const text of g.phrases) out.push({ lang: file.language, text, help: g.label === 'help' });
  }
  return out;
}

const BITS = 18;
const SIZE = 1 << BITS;
function features(text: string): Uint32Array {
  const s = normalize(text.slice(-MAX_CHECKED_CHARS));
  const set = new Set<number>();
  for (let n = 2; n <= 5; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      let h = 2166136261 ^ n;
      for (let j = i; j < i + n; j++) h = Math.imul(h ^ s.charCodeAt(j), 16777619);
      set.add((h >>> 0) & (SIZE - 1));
    }
  }
  return Uint32Array.from(set);
}

function train(examples: Example[], epochs = 30, rate = 0.2, l2 = 1e-5): (text: string) => number {
  const w = new Float32Array(SIZE);
  let bias = 0;
  const xs = examples.map((e) => features(e.text));
  const order = examples.map((_, i) => i);
  let seed = 1;
  const random = () => ((seed = Math.imul(seed, 48271) % 2147483647) & 0x7fffffff) / 2147483647;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      let z = bias;
      for (const k of x) z += w[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (examples[i]!.help ? 1 : 0) - p;
      for (const k of x) w[k] = w[k]! * (1 - rate * l2) + rate * g;
      bias += rate * g;
    }
  }
  return (text: string) => {
    let z = bias;
    for (const k of features(text)) z += w[k]!;
    return 1 / (1 + Math.exp(-z));
  };
}

function chooseThreshold(dev: Example[]): number {
  const folds = 5;
  const scored: Array<{ p: number; help: boolean }> = [];
  for (let f = 0; f < folds; f++) {
    const model = train(dev.filter((_, i) => i % folds !== f));
    for (const e of dev.filter((_, i) => i % folds === f)) scored.push({ p: model(e.text), help: e.help });
  }
  const negatives = scored.filter((s) => !s.help).map((s) => s.p).sort((a, b) => b - a);
  const allowed = Math.floor(negatives.length * 0.03);
  return Math.max(0.5, (negatives[allowed] ?? 0) + 1e-9);
}

function report(name: string, examples: Example[], says: (text: string) => boolean): void {
  const langs = [...new Set(examples.map((e) => e.lang))].sort();
  const cells = langs.map((lang) => {
    const mine = examples.filter((e) => e.lang === lang);
    const help = mine.filter((e) => e.help);
    const none = mine.filter((e) => !e.help);
    const miss = help.filter((e) => !says(e.text)).length / help.length;
    const alarm = none.filter((e) => says(e.text)).length / none.length;
    return `${lang} ${(100 * miss).toFixed(1)}/${(100 * alarm).toFixed(1)}`;
  });
  console.log(`${name.padEnd(34)} ${cells.join('  ')}   (miss %/false-alarm %)`);
}

const dev = load('dev');
const test = load('test');
console.log(`development set ${dev.length} phrases, held-out test set ${test.length}\n`);
report('patterns, development set', dev, (t) => findCrisis(t) !== null);
report('patterns, test set', test, (t) => findCrisis(t) !== null);
const threshold = chooseThreshold(dev);
const model = train(dev);
report(`model (threshold ${threshold.toFixed(2)}), test set`, test, (t) => model(t) >= threshold);
report('model (threshold 0.50), test set', test, (t) => model(t) >= 0.5);

// The cost of one check on a full-length input (mean over many, after a warm-up).
const phrases = dev.map((e) => e.text);
const inputs: string[] = [];
for (let i = 0; inputs.length < 300; i += 5) {
  let s = '';
  for (let j = i; s.length < MAX_CHECKED_CHARS; j++) s += `${phrases[j % phrases.length]} `;
  inputs.push(s.slice(0, MAX_CHECKED_CHARS));
}
const everyday = 'So today I went to the store and then I talked with my friend about the weather, and the game last night was fun. ';
inputs.push(everyday.repeat(6).slice(0, MAX_CHECKED_CHARS));
for (let r = 0; r < 5; r++) for (const s of inputs) findCrisis(s);
for (const [label, set] of [
  ['crisis-dense text', inputs.slice(0, -1)],
  ['everyday text', Array(300).fill(inputs.at(-1)!)],
] as const) {
  const times = set.map((s) => {
    const t = performance.now();
    findCrisis(s);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`findCrisis on ${MAX_CHECKED_CHARS} characters of ${label}: mean ${mean.toFixed(2)} ms, median ${times[times.length >> 1]!.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`);
}
