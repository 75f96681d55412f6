/**
 * The disclosure verdict measured on the labelled chats (test/detection/verdicts/): each page is
 * parsed, the rule's detection found with the engine, and the verdict computed exactly as the
 * content script computes it — on the page (readDetection) and, where the widget lives in
 * its own frame on the vendor's origin, in that frame (readChatFrame), merged as the
 * background merges them. The therapist claim is computed from the same reading. Prints the confusion matrix (reviewer × Candor) and holds Candor to
 * the targets: agreement ≥ 90%, no wrong "yes", "no" where the reviewer says "unknown" ≤ 5%.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { withChatFrameDisclosure } from '../../src/background/presenter';
import { readChatFrame, readDetection } from '../../src/detection/chat-verdict';
import { claimInChat, gatherPersonaPieces } from '../../src/detection/claim-pieces';
import { compileRules } from '../../src/detection/compile';
import { detect, matchUrl } from '../../src/detection/scan';
import { decideDisclosure } from '../../src/detection/verdict';
import type { ReportedDetection } from '../../src/messaging/protocol';
import { LABELLED_CHATS, type Label, type LabelledChat } from './verdicts/cases';

const { rules } = loadRules();
const index = compileRules(rules, { withoutGlobals: true });
const LABELS: Label[] = ['yes', 'no', 'unknown'];
const DEFAULT_URL = 'https://www.example-shop.test/';

const windows: Window[] = [];

afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

/** A page as a browser would hold it, without running its scripts or loading anything. */
function open(html: string, url: string): { doc: Document; window: Window } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  windows.push(window);
  window.document.write(html);
  return { doc: window.document as unknown as Document, window };
}

/** Candor's verdict for one labelled chat, as the extension would report it. */
function candorOn(c: LabelledChat): ReportedDetection {
  const url = c.url ?? DEFAULT_URL;
  const { doc, window } = open(c.page, url);
  if (c.shadow) {
    const host = doc.querySelector(c.shadow.selector);
    if (!host) throw new Error(`${c.id}: no ${c.shadow.selector} to attach the shadow root to`);
    host.attachShadow({ mode: 'open' }).innerHTML = c.shadow.html;
  }
  const detection = detect(index, { doc, url }).find((d) => d.rule === c.vendor);
  if (!detection) throw new Error(`${c.id}: ${c.vendor} was not detected`);
  // What the browser answers, from the page's own styles (happy-dom computes them).
  const drawn = (w: Window) => (el: Element) => {
    const style = w.getComputedStyle(el as never);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };
  // One reading of the chat, as the content script does it: the verdict and the therapist claim.
  const reading = readDetection(index, detection, { doc, positionOf: (el) => window.getComputedStyle(el as never).position, isVisible: drawn(window) });
  const page = decideDisclosure(reading.read, reading);
  const persona = reading.surface === 'site' ? gatherPersonaPieces(doc, url, index.rules[detection.ruleIndex]!.pe) : [];
  const claim = claimInChat(reading.read.pieces, { surface: reading.surface, persona });
  let reported: ReportedDetection = {
    rule: c.vendor,
    confidence: detection.confidence,
    evidence: [],
    disclosed: page.disclosed,
    disclosure: page.findings,
    disclosureDetail: page.detail,
    claims: claim ? [claim] : [],
  };
  if (c.vendorFrame) {
    // The chat-frame reader runs only in frames whose URL is one of a rule's frame signals.
    const frameRules = [...new Set(matchUrl(index, c.vendorFrame.url, ['f']).map((n) => index.signals[n]!.r))];
    if (frameRules.includes(detection.ruleIndex)) {
      const frame = open(`<!doctype html><html><head><title>Chat</title></head><body>${c.vendorFrame.html}</body></html>`, c.vendorFrame.url);
      const insideReading = readChatFrame(index, frameRules, frame.doc, drawn(frame.window));
      const inside = decideDisclosure(insideReading.read, insideReading);
      const insideClaim = claimInChat(insideReading.read.pieces);
      reported = withChatFrameDisclosure(reported, { disclosed: inside.disclosed, disclosure: inside.findings, detail: inside.detail, claims: insideClaim ? [insideClaim] : [] });
    }
  }
  return reported;
}

const results = LABELLED_CHATS.map((c) => {
  try {
    const r = candorOn(c);
    return { c, got: r.disclosed as Label, reason: r.disclosureDetail?.reason ?? '', claims: r.claims ?? [], error: '' };
  } catch (error) {
    return { c, got: 'unknown' as Label, reason: '', claims: [], error: (error as Error).message };
  }
});

function matrix(list: typeof results) {
  const m: Record<Label, Record<Label, number>> = { yes: { yes: 0, no: 0, unknown: 0 }, no: { yes: 0, no: 0, unknown: 0 }, unknown: { yes: 0, no: 0, unknown: 0 } };
  for (const r of list) m[r.c.label][r.got]++;
  return m;
}

const m = matrix(results);
const total = results.length;
const agreed = results.filter((r) => r.got === r.c.label).length;
const wrongYes = results.filter((r) => r.got === 'yes' && r.c.label !== 'yes');
const noWhereUnknown = results.filter((r) => r.got === 'no' && r.c.label === 'unknown');
const reviewerUnknown = results.filter((r) => r.c.label === 'unknown').length;

describe('the labelled set', () => {
  it('has at least 120 chats, across vendors and all seven UI languages, each with its sources', () => {
    expect(total).toBeGreaterThanOrEqual(120);
    expect(new Set(LABELLED_CHATS.map((c) => c.vendor)).size).toBeGreaterThanOrEqual(30);
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']) {
      expect(LABELLED_CHATS.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(6);
    }
    for (const label of LABELS) expect(LABELLED_CHATS.filter((c) => c.label === label).length, label).toBeGreaterThanOrEqual(25);
    expect(new Set(LABELLED_CHATS.map((c) => c.id)).size).toBe(total);
    for (const c of LABELLED_CHATS) expect(c.sources.length, c.id).toBeGreaterThan(0);
  });
  it('every chat is detected as its vendor', () => {
    expect(results.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  });
});

describe('disclosure verdicts against the reviewer', () => {
  it('never says "yes" where the reviewer does not', () => {
    expect(wrongYes.map((r) => `${r.c.id} (reviewer: ${r.c.label})`)).toEqual([]);
  });
  it('agrees with the reviewer on at least 90% of the chats', () => {
    expect(agreed / total).toBeGreaterThanOrEqual(0.9);
  });
  it('says "no" where the reviewer says "unknown" for at most 5% of those chats', () => {
    expect(noWhereUnknown.length / reviewerUnknown).toBeLessThanOrEqual(0.05);
  });
  it('gives a reason with every verdict', () => {
    expect(results.filter((r) => !r.error && !r.reason).map((r) => r.c.id)).toEqual([]);
  });
});

describe('therapist claims from the same reading', () => {
  // One of these real chat states presents itself as a clinician: Character.AI's "Psychologist"
  // character (test/fixtures/pages/character-ai/chat-page-textarea.html). The others (sales,
  // support and booking bots, personas such as "I'm Carlos, your sales assistant", "votre
  // conseillère virtuelle") are hard negatives for claims.
  it('only the character presenting itself as a psychologist is taken for a therapist', () => {
    expect(results.filter((r) => r.claims.length > 0).map((r) => `${r.c.id}: ${r.claims[0]!.text}`)).toEqual(['character-ai-chat-en: Psychologist']);
  });
});

afterAll(() => {
  const pad = (s: string | number, n = 9) => String(s).padStart(n);
  const rows = LABELS.map((label) => `  reviewer ${label.padEnd(7)} ${LABELS.map((got) => pad(m[label][got], 10)).join('')}`);
  const byLang = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'].map((lang) => {
    const list = results.filter((r) => r.c.lang === lang);
    const ok = list.filter((r) => r.got === r.c.label).length;
    return `${lang} ${ok}/${list.length}`;
  });
  const misses = results.filter((r) => r.got !== r.c.label).map((r) => `  ${r.c.id}: reviewer ${r.c.label}, Candor ${r.got} (${r.reason || r.error})`);
  console.log(
    [
      `disclosure verdicts on ${total} labelled chats (${new Set(LABELLED_CHATS.map((c) => c.vendor)).size} vendors):`,
      `  ${''.padEnd(16)} ${LABELS.map((l) => pad(`→ ${l}`, 10)).join('')}   (rows: reviewer, columns: Candor)`,
      ...rows,
      `  agreement ${agreed}/${total} (${((100 * agreed) / total).toFixed(1)}%), wrong "yes" ${wrongYes.length}, "no" where the reviewer says "unknown" ${noWhereUnknown.length}/${reviewerUnknown} (${((100 * noWhereUnknown.length) / Math.max(1, reviewerUnknown)).toFixed(1)}%)`,
      `  by language: ${byLang.join(', ')}`,
      `  therapist claims on the same reading: ${results
        .filter((r) => r.claims.length > 0)
        .map((r) => r.c.id)
        .join(', ') || 'none'} (expected: character-ai-chat-en only)`,
      ...(misses.length ? ['  disagreements:', ...misses] : []),
    ].join('\n'),
  );
});
