/**
 * The prefilter (src/crisis/prefilter.ts) may only skip a cue that cannot match: whenever a cue's
 * pattern matches, one of its required strings must be in the text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisRegexes, prepare } from '../../src/crisis/match';
import { requiredStrings } from '../../src/crisis/prefilter';

describe('requiredStrings', () => {
  it.each([
    ['kill myself', ['kill myself']],
    ['(?:want|wanna) to die', [' to die']],
    ['(?:want|wanna) (?:to )?die', ['want', 'wanna']],
    ['(?:i )?(?:cut|burn) myself', [' myself']],
    ['(?<![a-z])(?:(?:tonight|today)|right now)(?![a-z])', ['tonight', 'today', 'right now']],
    ['muert[oa]s?', ['muert']],
    ['(?:[a-z]+ ){0,3}?um', ['um']],
    ['\\x20hi', [' hi']],
  ])('%j needs one of %j', (source, needs) => {
    expect(requiredStrings(source)).toEqual(needs);
  });

  it('gives no requirement when a branch could match anything', () => {
    expect(requiredStrings('(?:die|[0-9]{1,3})')).toBeNull();
    expect(requiredStrings('(?:a )?')).toBeNull();
  });
});

describe('the prefilter never hides a match', () => {
  const phrases: string[] = [];
  for (const split of ['dev', 'test']) {
    const dir = join(__dirname, 'corpus', split);
    for (const f of readdirSync(dir)) {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { groups: Array<{ phrases: string[] }> };
      for (const g of file.groups) phrases.push(...g.phrases);
    }
  }
  const texts = phrases.map(prepare);
  const cues = crisisRegexes();

  it('on every corpus phrase, for every pattern the matcher runs', () => {
    let checked = 0;
    for (const [id, re] of cues) {
      const needs = requiredStrings(re.source);
      if (!needs) continue;
      const probe = new RegExp(re.source, re.flags.replace('g', ''));
      for (const text of texts) {
        if (!probe.test(text)) continue;
        checked++;
        expect(needs.some((s) => text.includes(s)), `${id} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(phrases.length / 2);
  });
});
