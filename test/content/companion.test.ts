/**
 * When the crisis panel comes up again (src/content/banner/companion.ts), and what a chat frame
 * may tell the background about it (src/messaging/guards.ts): only a tier, never words.
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_QUIET_MS, shouldShowCrisis } from '../../src/content/banner/companion';
import { acceptMessage } from '../../src/messaging/guards';

describe('shouldShowCrisis', () => {
  const at = 1_000_000;
  it('shows the first time', () => {
    expect(shouldShowCrisis('distress', null, at)).toBe(true);
  });
  it('stays quiet for the same or a calmer tier within the quiet spell', () => {
    expect(shouldShowCrisis('distress', { at, tier: 'distress' }, at + 1000)).toBe(false);
    expect(shouldShowCrisis('distress', { at, tier: 'danger' }, at + 1000)).toBe(false);
    expect(shouldShowCrisis('abuse', { at, tier: 'danger' }, at + 1000)).toBe(false);
  });
  it('comes up again at once when what is typed sounds more urgent', () => {
    expect(shouldShowCrisis('danger', { at, tier: 'distress' }, at + 1000)).toBe(true);
    expect(shouldShowCrisis('abuse', { at, tier: 'distress' }, at + 1000)).toBe(true);
  });
  it('shows again after the quiet spell', () => {
    expect(shouldShowCrisis('distress', { at, tier: 'danger' }, at + CRISIS_QUIET_MS)).toBe(true);
  });
});

describe("a chat frame's crisis message", () => {
  it('carries a tier and nothing else', () => {
    expect(acceptMessage({ type: 'crisis/detected', tier: 'danger' }, 'content')).toEqual({ type: 'crisis/detected', tier: 'danger' });
    expect(acceptMessage({ type: 'crisis/detected' }, 'content')).toEqual({ type: 'crisis/detected' });
    expect(acceptMessage({ type: 'crisis/detected', tier: 'panic' }, 'content')).toBeNull();
    expect(acceptMessage({ type: 'crisis/detected', tier: 'danger', text: 'I want to die' }, 'content')).toBeNull();
  });
});
