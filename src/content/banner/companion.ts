/**
 * What runs beside an AI chat once one was detected in this frame (never on other pages):
 *  - a clock of continuous use — counted only while the tab is visible and the person is
 *    interacting — that brings up a break reminder;
 *  - a check of what the person types into the chat's input for crisis words, which brings up
 *    human help. The text is read from the input, checked on the spot and dropped: it is never
 *    stored, logged or sent anywhere.
 */
import { findCrisis, prepareCrisisCheck, type CrisisTier } from '../../crisis/match';

/** A minute without any input or focus in the chat pauses the clock. */
const IDLE_MS = 60_000;
/** Ten minutes away from the chat count as a break: the clock starts over. */
const BREAK_MS = 10 * 60_000;
const TICK_MS = 15_000;
/** Typing that pauses this long is checked (only the latest input counts). */
export const CRISIS_CHECK_MS = 400;
/** After the crisis panel, wait this long before it may come up again (unless more urgent). */
export const CRISIS_QUIET_MS = 10 * 60_000;

const TIER_RANK: Record<CrisisTier, number> = { distress: 1, abuse: 2, danger: 3 };

/**
 * Whether a newly found tier should bring the panel up (again): always after a quiet spell, and
 * within it only when what was typed sounds more urgent than what the panel already says.
 */
export function shouldShowCrisis(tier: CrisisTier, last: { at: number; tier: CrisisTier } | null, now: number): boolean {
  if (!last || now - last.at >= CRISIS_QUIET_MS) return true;
  return TIER_RANK[tier] > TIER_RANK[last.tier];
}

export interface CompanionOptions {
  /** minutes before a reminder, or null for none */
  reminderMinutes(): number | null;
  crisisSupport(): boolean;
  /** the chat's elements; same-origin frames among them are watched too */
  chatElements(): Element[];
  onBreak(minutes: number): void;
  /** crisis words were typed; only how urgent they sounded is passed on, never the words */
  onCrisis(tier: CrisisTier): void;
}

/** Builds the crisis patterns once, when the page is next idle, so the first check is quick. */
let prepared = false;
export function prepareWhenIdle(): void {
  if (prepared) return;
  prepared = true;
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(() => prepareCrisisCheck(), { timeout: 5000 });
  else setTimeout(() => prepareCrisisCheck(), 1000);
}

/** Text of an input the person is typing into, bounded; '' for anything else. */
export function typedText(target: EventTarget | null): string {
  const el = target as (HTMLElement & { value?: unknown }) | null;
  if (!el || typeof el !== 'object' || !('nodeType' in el)) return '';
  if (el.localName === 'textarea' || (el.localName === 'input' && /^(text|search|)$/i.test((el as HTMLInputElement).type ?? ''))) {
    return String((el as HTMLTextAreaElement).value ?? '').slice(-600);
  }
  if (el.isContentEditable) return (el.textContent ?? '').slice(-600);
  return '';
}

export class Companion {
  private activeMs = 0;
  private lastInteraction = Date.now();
  private lastTick = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;
  private crisisTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingTarget: EventTarget | null = null;
  private lastCrisis: { at: number; tier: CrisisTier } | null = null;
  private readonly watched = new Set<Document | Window>();
  private readonly onInteract = () => {
    this.lastInteraction = Date.now();
  };
  private readonly onInput = (event: Event) => {
    this.onInteract();
    if (!this.options.crisisSupport()) return;
    // Check once typing pauses; only the latest input counts.
    this.pendingTarget = event.target;
    if (this.crisisTimer !== undefined) clearTimeout(this.crisisTimer);
    this.crisisTimer = setTimeout(() => this.checkTyped(), CRISIS_CHECK_MS);
  };

  constructor(private readonly options: CompanionOptions) {}

  /** (Re)attaches to the page and the chat's same-origin frames; starts the clock if wanted. */
  refresh(): void {
    this.listen(window, document);
    if (this.options.crisisSupport()) prepareWhenIdle();
    for (const el of this.options.chatElements()) {
      const frames = el.localName === 'iframe' ? [el] : [...el.querySelectorAll('iframe')];
      for (const frame of frames) {
        try {
          const win = (frame as HTMLIFrameElement).contentWindow;
          const doc = (frame as HTMLIFrameElement).contentDocument;
          if (win && doc) this.listen(win, doc);
        } catch {
          /* another origin: the frame's own helper watches it */
        }
      }
    }
    const wantClock = this.options.reminderMinutes() !== null;
    if (wantClock && this.timer === undefined) {
      this.lastTick = Date.now();
      this.timer = setInterval(() => this.tick(), TICK_MS);
    } else if (!wantClock && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.activeMs = 0;
    }
  }

  private listen(win: Window, doc: Document): void {
    if (this.watched.has(doc)) return;
    this.watched.add(doc);
    const opts = { capture: true, passive: true } as const;
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) win.addEventListener(type, this.onInteract, opts);
    doc.addEventListener('input', this.onInput, opts);
  }

  private checkTyped(): void {
    this.crisisTimer = undefined;
    const text = typedText(this.pendingTarget);
    this.pendingTarget = null;
    if (!text) return;
    const found = findCrisis(text);
    if (found && shouldShowCrisis(found.tier, this.lastCrisis, Date.now())) {
      this.lastCrisis = { at: Date.now(), tier: found.tier };
      this.options.onCrisis(found.tier);
    }
  }

  /** Whether the person is using the chat: focus inside one of its frames counts too. */
  private chatHasFocus(): boolean {
    const active = document.activeElement;
    return !!active && this.options.chatElements().some((el) => el === active || el.contains(active));
  }

  private tick(): void {
    const now = Date.now();
    const elapsed = now - this.lastTick;
    this.lastTick = now;
    const minutes = this.options.reminderMinutes();
    if (minutes === null) return;
    const visible = document.visibilityState === 'visible';
    const interacting = now - this.lastInteraction < IDLE_MS || this.chatHasFocus();
    if (visible && interacting) {
      this.activeMs += elapsed;
      if (this.activeMs >= minutes * 60_000) {
        this.activeMs = 0;
        this.options.onBreak(minutes);
      }
    } else if (now - this.lastInteraction >= BREAK_MS) {
      // Away from the chat long enough: that was a break. (A hidden tab only pauses the clock.)
      this.activeMs = 0;
    }
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    if (this.crisisTimer !== undefined) clearTimeout(this.crisisTimer);
    this.timer = undefined;
  }
}
