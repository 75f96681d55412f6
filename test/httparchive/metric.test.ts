/**
 * The custom metric's logic on fixture pages parsed in Node: the same vendors as the engine's
 * own detect(), nothing on pages without a chat, WebPageTest's request list as a source, page
 * globals that only add confidence, and a JSON answer whatever the page does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { compileRules } from '../../src/detection/compile';
import { detect } from '../../src/detection/scan';
import { candorMetric, requestsAsResources, runMetric, type MetricData } from '../../src/httparchive/metric';
import { htmlDocument } from '../support/dom';
import { listFixtures, parseFixture } from '../support/fixtures';
import { FIXTURES_DIR } from '../support/rule-files';
import { LABELLED_CHATS } from '../detection/verdicts/cases';

const { rules } = loadRules();
const data: MetricData = { version: '0.1.0', rulesVersion: 'test', index: compileRules(rules), kinds: rules.map((r) => r.kind) };
const engineIndex = compileRules(rules, { withoutGlobals: true });
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

function page(path: string) {
  const fixture = parseFixture(path);
  closers.push(fixture.close);
  return { ...fixture, win: fixture.doc.defaultView as unknown as Window };
}

describe('on every fixture page', () => {
  const matches = rules.flatMap((rule) => rule.fixtures.match);
  const negatives = [
    ...rules.flatMap((rule) => rule.fixtures.noMatch),
    ...(existsSync(join(FIXTURES_DIR, '_negative')) ? listFixtures('_negative') : []),
  ];

  it.each(matches)('finds what the engine finds on %s', (path) => {
    const { doc, url, win } = page(path);
    const engine = detect(engineIndex, { doc, url }).map((d) => d.rule);
    const result = runMetric(win, data);
    expect(result.detections.map((d) => d.rule)).toEqual([...engine].sort());
    for (const d of result.detections) {
      expect(d.kind).toBe(rules.find((r) => r.id === d.rule)!.kind);
      expect(['yes', 'no', 'unknown']).toContain(d.disclosed);
      expect(d.evidence.length).toBeGreaterThan(0);
    }
  });

  it.each(negatives)('finds nothing on %s', (path) => {
    const { win } = page(path);
    expect(runMetric(win, data).detections).toEqual([]);
  });
});

describe("WebPageTest's requests", () => {
  const empty = () => htmlDocument('<main><h1>A clinic</h1><p>Call us.</p></main>', 'https://clinic.example/').defaultView as unknown as Window;

  it('count a vendor script loaded anywhere on the page, as resource timing would', () => {
    const result = runMetric(empty(), data, [{ url: 'https://widget.intercom.io/widget/abc123', type: 'Script' }]);
    expect(result.detections.map((d) => [d.rule, d.evidence[0]])).toEqual([['intercom', { type: 'script', value: 'https://widget.intercom.io/widget/abc123' }]]);
  });

  it('count a vendor frame document, but not the page itself or other kinds of request', () => {
    expect(requestsAsResources([
      { url: 'https://clinic.example/', type: 'Document' },
      { url: 'https://cdn.botpress.cloud/webchat/v2/index.html', type: 'Document' },
      { url: 'https://widget.intercom.io/widget/abc123', type: 'Image' },
      { url: 'https://widget.intercom.io/widget/abc123', type: 'XHR' },
    ], 'https://clinic.example/#top')).toEqual([{ name: 'https://cdn.botpress.cloud/webchat/v2/index.html', initiatorType: 'iframe' }]);
    expect(runMetric(empty(), data, [{ url: 'https://widget.intercom.io/widget/abc123', type: 'Image' }]).detections).toEqual([]);
  });

  it('ignore what is not a list of requests', () => {
    for (const junk of [undefined, null, 'x', 3, {}, [null, 7, { url: 9 }, { type: 'Script' }]]) {
      expect(runMetric(empty(), data, junk).detections).toEqual([]);
    }
  });
});

describe('page globals', () => {
  it('never decide alone', () => {
    const win = htmlDocument('<main>Shop</main>', 'https://shop.example/').defaultView as unknown as Window & Record<string, unknown>;
    win.Intercom = () => undefined;
    win.intercomSettings = { app_id: 'x' };
    expect(runMetric(win, data).detections).toEqual([]);
  });

  it('add confidence and evidence to a vendor found by other signals', () => {
    const without = runMetric(page('intercom/saas-landing-lightweight-launcher.html').win, data).detections[0]!;
    const withGlobal = page('intercom/saas-landing-lightweight-launcher.html');
    (withGlobal.win as unknown as Record<string, unknown>).intercomSettings = { app_id: 'x' };
    const found = runMetric(withGlobal.win, data).detections[0]!;
    expect(found.evidence).toContainEqual({ type: 'global', value: 'window.intercomSettings' });
    expect(found.confidence).toBeGreaterThanOrEqual(without.confidence);
  });

  it('are read safely when a getter throws', () => {
    const fixture = page('intercom/saas-landing-lightweight-launcher.html');
    Object.defineProperty(fixture.win, 'Intercom', { get: () => { throw new Error('no'); } });
    expect(runMetric(fixture.win, data).detections.map((d) => d.rule)).toEqual(['intercom']);
  });
});

describe('the answer', () => {
  it('is JSON with the versions and a time', () => {
    const { win } = page('intercom/saas-landing-lightweight-launcher.html');
    const answer = JSON.parse(candorMetric(win, data)) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '0.1.0', rulesVersion: 'test' });
    expect(typeof answer.ms).toBe('number');
    expect(typeof answer.unreadFrames).toBe('number');
  });

  it('is {error} instead of a throw when the page cannot be read', () => {
    const broken = { performance: { now: () => 0 }, get document(): Document { throw new Error('detached'); } } as unknown as Window;
    expect(JSON.parse(candorMetric(broken, data))).toEqual({ version: '0.1.0', rulesVersion: 'test', error: 'detached' });
  });

  it('is still JSON when the page replaced JSON.stringify', () => {
    const broken = { performance: { now: () => 0 }, get document(): Document { throw new Error('detached'); } } as unknown as Window;
    const original = JSON.stringify;
    JSON.stringify = () => {
      throw new Error('hostile');
    };
    let answer: string;
    try {
      answer = candorMetric(broken, data);
    } finally {
      JSON.stringify = original;
    }
    expect(JSON.parse(answer)).toEqual({ error: 'the page replaced JSON.stringify' });
  });
});

describe('disclosure: the same verdict the extension reaches, on the labelled chats', () => {
  // The chats drawn on the page itself (a vendor frame on another origin is out of the metric's
  // reach); the reviewer's labels are in test/detection/verdicts/.
  const onPage = LABELLED_CHATS.filter((c) => !c.vendorFrame && !c.shadow);

  it('agrees with the reviewer as the extension does, never says "yes" wrongly, and never "no" on labels alone', () => {
    let agree = 0;
    const wrong: string[] = [];
    for (const c of onPage) {
      const doc = htmlDocument(c.page, c.url ?? 'https://www.example-shop.test/');
      const found = runMetric(doc.defaultView as unknown as Window, data).detections.find((d) => d.rule === c.vendor);
      expect(found, c.id).toBeDefined();
      if (found!.disclosed === c.label) agree++;
      else wrong.push(`${c.id}: reviewer ${c.label}, metric ${found!.disclosed} (${found!.disclosureReason})`);
      if (found!.disclosed === 'yes') expect(c.label, c.id).toBe('yes');
      if (c.label === 'unknown') expect(found!.disclosed, c.id).not.toBe('no');
    }
    console.log(`metric disclosure on ${onPage.length} labelled on-page chats: ${agree} agree${wrong.length ? `; differ: ${wrong.join('; ')}` : ''}`);
    expect(onPage.length).toBeGreaterThan(60);
    expect(agree / onPage.length).toBeGreaterThanOrEqual(0.9);
  });
});
