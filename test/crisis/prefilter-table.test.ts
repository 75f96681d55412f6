/**
 * The prefilter's requirements worked out at build time (src/crisis/prefilter-table.ts,
 * scripts/lib/crisis-requirements.ts): the device uses an entry only for the very pattern it was
 * worked out for, so a table left over from an older lexicon can cost time but never a phrase.
 */
import { describe, expect, it } from 'vitest';
import { cueRequirements, patternHash, requirementsUsed } from '../../src/crisis/match';
import { prefilterTableModule } from '../../scripts/lib/crisis-requirements';

describe('the build-time requirements table', () => {
  const table = cueRequirements();
  const computed = requirementsUsed([]);

  it('has one entry per cue, and gives every cue the requirement it would compute itself', () => {
    expect(table).toHaveLength(computed.length);
    expect(requirementsUsed(table)).toEqual(computed);
  });

  it('is used: an entry for the same pattern is taken as it is', () => {
    const marked = table.map(([h, needs], i) => [h, i === 0 ? ['zz-marker'] : needs] as const);
    expect(requirementsUsed(marked)[0]).toEqual(['zz-marker']);
  });

  it('ignores an entry made for another pattern (a lexicon changed without a rebuild)', () => {
    const stale = table.map(([h, needs], i) => [i === 0 ? h ^ 1 : h, i === 0 ? ['zz-marker'] : needs] as const);
    expect(requirementsUsed(stale)[0]).toEqual(computed[0]);
    // a shorter table (cues added since) leaves the rest to be computed
    expect(requirementsUsed(table.slice(0, 3))).toEqual(computed);
  });

  it('is written as a module the bundler can put in place of prefilter-table.ts', () => {
    const text = prefilterTableModule();
    expect(text.startsWith('export const BUILT_REQUIREMENTS = ')).toBe(true);
    expect(JSON.parse(text.slice('export const BUILT_REQUIREMENTS = '.length).trim().replace(/;$/, ''))).toEqual(table.map((e) => [...e]));
  });

  it('hashes patterns stably (FNV-1a, 32 bits)', () => {
    expect(patternHash('')).toBe(0x811c9dc5);
    expect(patternHash('a')).toBe(0xe40c292c);
    expect(patternHash('kill myself')).not.toBe(patternHash('kill myselg'));
  });
});
