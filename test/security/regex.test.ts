/**
 * Every regular expression that runs on page text or URLs: the rules' path patterns, the
 * disclosure phrases and the disclosure verdict's stock-interface and label patterns through
 * recheck (an automaton-based ReDoS checker), the crisis patterns by their shape (see below).
 * Inputs are also bounded before matching (URLs, disclosure text, typed text).
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { loadRules, regexProblem } from '../../scripts/lib/rules';
import { crisisRegexes, findCrisis, MAX_CHECKED_CHARS, stripQuoted } from '../../src/crisis/match';
import { HUMAN_STATEMENT, NEGATION_BEFORE, disclosurePatterns } from '../../src/detection/disclosure';
import { claimExpressions } from '../../src/detection/claims';
import { AI_TAG, BARE_BOT_LABEL, HELLO, LEGAL_TEXT, STOCK_UI } from '../../src/detection/verdict';

const all: Array<[string, RegExp]> = [
  ...disclosurePatterns().map((p, i): [string, RegExp] => [`disclosure ${p.lang} #${i}`, p.re]),
  ['disclosure negation', NEGATION_BEFORE],
  ['disclosure human statement', HUMAN_STATEMENT],
  ...claimExpressions().map((re, i): [string, RegExp] => [`therapist claim #${i}`, re]),
  ['verdict stock interface', STOCK_UI],
  ['verdict legal text', LEGAL_TEXT],
  ['verdict bare bot label', BARE_BOT_LABEL],
  ['verdict AI tag', AI_TAG],
  ['verdict hello', HELLO],
];

describe('no regular expression can backtrack catastrophically', () => {
  it.each(all)('%s', (_name, re) => {
    const result = checkSync(re.source, re.flags.replace(/[gy]/g, ''));
    // (The attack string can be megabytes: report only its kind.)
    expect(result.status, result.status === 'vulnerable' ? result.complexity.type : '').not.toBe('vulnerable');
  });

  // The crisis patterns (over 200, src/crisis/lexicon/) are checked by shape instead of by recheck,
  // which takes seconds per pattern on them and flags bounded repeats it cannot prove linear. No
  // pattern has an unbounded repeat (words are [a-z]{1,24}), so each has a bounded match length:
  // the work per starting point is bounded and a check is linear in its input, which is itself
  // cut to MAX_CHECKED_CHARS.
  it.each(crisisRegexes())('crisis pattern %s has no unbounded repeat', (_id, re) => {
    expect(re.source.match(/(?<!\\)[+*]|\{\d+,\}/g)).toBeNull();
  });

  it('the crisis check reads at most MAX_CHECKED_CHARS characters of hostile input', () => {
    for (const hostile of ['my '.repeat(50_000), 'a'.repeat(100_000), 'i want '.repeat(20_000), '“'.repeat(50_000)]) {
      expect(findCrisis(hostile)).toBeNull();
    }
    expect(MAX_CHECKED_CHARS).toBeLessThanOrEqual(1000);
  });

  it('quoted text is removed in linear time, even with thousands of unclosed quotes', () => {
    expect(stripQuoted('he said "I want to die" in a song')).toBe('he said   in a song');
    expect(stripQuoted('“a” and «b» and „c“')).toBe('  and   and  ');
    const hostile = '“'.repeat(50_000) + '„“';
    expect(stripQuoted(hostile).length).toBeGreaterThan(0);
  });

  it('the rules loader refuses a vulnerable path pattern', () => {
    expect(regexProblem('^/(a|a)+$', 'i')).toMatch(/backtrack catastrophically/);
    expect(regexProblem('^/widget/[a-z0-9]+$', 'i')).toBeNull();
  });

  it('every rule path pattern is safe', () => {
    for (const rule of loadRules().rules) {
      for (const signal of rule.signals) {
        if ('path' in signal && signal.path) expect(regexProblem(signal.path, 'i'), `${rule.id}: ${signal.path}`).toBeNull();
      }
    }
  });
});
