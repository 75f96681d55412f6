/**
 * When a page hides or removes one of Candor's notes: put it back, or stop and say so. Pure, so
 * the threshold is unit-tested without a browser.
 *
 * The threshold. A page that hides the note once — a modal that clears the screen, a single-page
 * app re-rendering its document — gets it back and is not accused. (A full-screen video or a modal
 * dialog only covers it: the note stays open underneath, and nothing counts.) A page
 * that undoes every comeback is fighting: after three comebacks, each undone within ten seconds,
 * Candor stops (fighting would cost the page and the person) and the note counts as hidden by
 * the page. A hide that comes more than ten seconds after the last comeback starts over, so
 * accidents spread over a visit never add up to an accusation.
 */

/** Back-off before each comeback in a row; after the last, Candor stops rather than fight. */
export const COMEBACK_DELAYS_MS: readonly number[] = [200, 1000, 3000];
/** A hide this long after the last comeback is a new event, not the page undoing it. */
export const QUIET_MS = 10_000;

export type HideDecision =
  | { kind: 'come-back'; delayMs: number }
  /** stop fighting; `hiddenByPage` when the page keeps the note out of sight */
  | { kind: 'stop'; hiddenByPage: boolean; timesHidden: number };

export class HideTracker {
  /** comebacks in a row that the page undid */
  private streak = 0;
  private lastComebackAt = Number.NEGATIVE_INFINITY;
  private hidden = 0;

  /** How often the page put the note out of sight, in this page view. */
  get timesHidden(): number {
    return this.hidden;
  }

  /**
   * The page changed or removed the note. `outOfSight`: whether the person can no longer see it
   * (removed, moved, closed, made invisible), as opposed to a change that does not hide it.
   */
  tampered(now: number, outOfSight: boolean): HideDecision {
    if (outOfSight) this.hidden++;
    if (now - this.lastComebackAt > QUIET_MS) this.streak = 0;
    const delayMs = COMEBACK_DELAYS_MS[this.streak];
    if (delayMs === undefined) return { kind: 'stop', hiddenByPage: outOfSight, timesHidden: this.hidden };
    this.streak++;
    return { kind: 'come-back', delayMs };
  }

  /** The note is back where it belongs. */
  cameBack(now: number): void {
    this.lastComebackAt = now;
  }
}
