/**
 * Every rule against its fixture pages, with the same engine the content script runs:
 * each "match" page must be detected as that rule (and nothing it does not declare), each
 * near miss and every general negative page must raise nothing at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { compileRules } from '../../src/detection/compile';
import { detect } from '../../src/detection/scan';
import { FIXTURES_DIR } from '../support/rule-files';
import { fixtureAlsoExpects, listFixtures, parseFixture } from '../support/fixtures';

const { rules } = loadRules();
const index = compileRules(rules, { withoutGlobals: true });
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

function detectIn(path: string) {
  const page = parseFixture(path);
  closers.push(page.close);
  return { ids: detect(index, { doc: page.doc, url: page.url }).map((d) => d.rule), html: page.html };
}

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.fixtures.match)('detects %s', (path) => {
    expect(existsSync(join(FIXTURES_DIR, path)), `${path} exists`).toBe(true);
    const { ids, html } = detectIn(path);
    expect(ids).toContain(rule.id);
    const allowed = new Set([rule.id, ...fixtureAlsoExpects(html)]);
    expect(ids.filter((id) => !allowed.has(id))).toEqual([]);
  });
  it.each(rule.fixtures.noMatch)('raises nothing on near miss %s', (path) => {
    expect(existsSync(join(FIXTURES_DIR, path)), `${path} exists`).toBe(true);
    expect(detectIn(path).ids).toEqual([]);
  });
});

const negatives = existsSync(join(FIXTURES_DIR, '_negative')) ? listFixtures('_negative') : [];
describe('general negative pages raise nothing', () => {
  it('has at least 15 of them', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(15);
  });
  it.each(negatives)('%s', (path) => {
    expect(detectIn(path).ids).toEqual([]);
  });
});
