/**
 * The prefilter's requirements (prefilter.ts) for every cue, worked out when the extension is
 * built, so a page does not spend the time on it: vite.config.ts replaces this module with the
 * table scripts/lib/crisis-requirements.ts computes. Here, as the unit tests and scripts see it,
 * the table is empty and every requirement is computed on first use.
 *
 * One entry per cue, in lexicon order: a hash of the compiled pattern, and its requirement. An
 * entry whose hash does not match the pattern the device compiled (a lexicon changed without a
 * rebuild) is not used, so a stale table can cost time but never a missed phrase.
 */
import type { Requirement } from './prefilter';

export type BuiltRequirements = ReadonlyArray<readonly [hash: number, needs: Requirement]>;

export const BUILT_REQUIREMENTS: BuiltRequirements = [];
