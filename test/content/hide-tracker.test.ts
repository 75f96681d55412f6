import { describe, expect, it } from 'vitest';
import { COMEBACK_DELAYS_MS, HideTracker, QUIET_MS, type HideDecision } from '../../src/content/banner/hide-tracker';

/** A page that hides the note `times` times, each `gapMs` after Candor's comeback. */
function run(times: number, gapMs: number, outOfSight = true): HideDecision[] {
  const tracker = new HideTracker();
  let now = 1000;
  tracker.cameBack(now); // shown
  const decisions: HideDecision[] = [];
  for (let i = 0; i < times; i++) {
    now += gapMs;
    const d = tracker.tampered(now, outOfSight);
    decisions.push(d);
    if (d.kind === 'stop') break;
    now += d.delayMs;
    tracker.cameBack(now);
  }
  return decisions;
}

describe('HideTracker', () => {
  it('a page that hides the note once (a modal, a full-screen video) gets it back and is not accused', () => {
    expect(run(1, 0)).toEqual([{ kind: 'come-back', delayMs: COMEBACK_DELAYS_MS[0] }]);
  });

  it('a page that undoes every comeback at once wins after three comebacks, and is reported with how often it hid the note', () => {
    const decisions = run(10, 0);
    expect(decisions.map((d) => d.kind)).toEqual(['come-back', 'come-back', 'come-back', 'stop']);
    expect(decisions.slice(0, 3).map((d) => (d.kind === 'come-back' ? d.delayMs : 0))).toEqual([...COMEBACK_DELAYS_MS]);
    expect(decisions[3]).toEqual({ kind: 'stop', hiddenByPage: true, timesHidden: 4 });
  });

  it('a page that undoes the comebacks a few seconds later is still fighting', () => {
    expect(run(10, QUIET_MS - 1).at(-1)).toEqual({ kind: 'stop', hiddenByPage: true, timesHidden: 4 });
  });

  it('hides spread over a visit (more than the quiet time after each comeback) never add up to an accusation', () => {
    const decisions = run(20, QUIET_MS + 1);
    expect(decisions).toHaveLength(20);
    expect(decisions.every((d) => d.kind === 'come-back' && d.delayMs === COMEBACK_DELAYS_MS[0])).toBe(true);
  });

  it('a page that keeps changing the note without hiding it is left alone in the end, but not accused', () => {
    expect(run(10, 0, false).at(-1)).toEqual({ kind: 'stop', hiddenByPage: false, timesHidden: 0 });
  });

  it('counts only the changes that put the note out of sight', () => {
    const tracker = new HideTracker();
    tracker.cameBack(0);
    tracker.tampered(10, false);
    tracker.tampered(20, true);
    expect(tracker.timesHidden).toBe(1);
  });
});
