/**
 * Injected by the background into a vendor's own chat frame (on the vendor's origin) beside an
 * AI chat, when crisis help is on. It checks what the person types there for crisis words, on the
 * spot, and tells the background only that it happened and how urgent it sounded (the tier) —
 * never the words — so the page with the chat can show human help.
 */
import { findCrisis, type CrisisTier } from '../crisis/match';
import { CRISIS_CHECK_MS, prepareWhenIdle, shouldShowCrisis, typedText } from './banner/companion';
import { contextAlive, send } from './runtime';

const INSTALLED = '__candorChatFrameInstalled';

function install(): void {
  const g = globalThis as unknown as Record<string, boolean | undefined>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: EventTarget | null = null;
  let last: { at: number; tier: CrisisTier } | null = null;
  const onInput = (event: Event) => {
    if (!contextAlive()) return document.removeEventListener('input', onInput, true);
    target = event.target;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const text = typedText(target);
      target = null;
      const found = text ? findCrisis(text) : null;
      if (found && shouldShowCrisis(found.tier, last, Date.now())) {
        last = { at: Date.now(), tier: found.tier };
        void send({ type: 'crisis/detected', tier: found.tier });
      }
    }, CRISIS_CHECK_MS);
  };
  document.addEventListener('input', onInput, { capture: true, passive: true });
  prepareWhenIdle();
}

install();
