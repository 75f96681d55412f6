/**
 * Every regular expression that runs on page text or URLs, through recheck (an automaton-based
 * ReDoS checker): the rules' path patterns, the disclosure phrases, the disclosure verdict's
 * stock-interface and label patterns, and the crisis phrases.
 * Inputs are also bounded before matching (URLs, disclosure text, typed text).
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { loadRules, regexProblem } from '../../scripts/lib/rules';
import { CRISIS_PATTERNS, NEGATION, stripQuoted } from '../../src/crisis/match';
import { HUMAN_STATEMENT, NEGATION_BEFORE, disclosurePatterns } from '../../src/detection/disclosure';
import { claimExpressions } from '../../src/detection/claims';
import { AI_TAG, BARE_BOT_LABEL, HELLO, LEGAL_TEXT, STOCK_UI } from '../../src/detection/verdict';

const all: Array<[string, RegExp]> = [
  ...disclosurePatterns().map((p, i): [string, RegExp] => [`disclosure ${p.lang} #${i}`, p.re]),
  ['disclosure negation', NEGATION_BEFORE],
  ['disclosure human statement', HUMAN_STATEMENT],
  ...CRISIS_PATTERNS.map((p, i): [string, RegExp] => [`crisis ${p.topic} #${i}`, p.re]),
  ['crisis negation', NEGATION],
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
