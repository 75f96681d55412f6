/**
 * Injected by the background into a vendor's own chat frame (on the vendor's origin) beside an
 * AI chat, when crisis help is on. It checks what the person types there for crisis words, on the
 * spot, and tells the background only that it happened — never the words — so the page with the
 * chat can show human help.
 */
import { findCrisis } from '../crisis/match';
import { typedText } from './banner/companion';
import { contextAlive, send } from './runtime';

const INSTALLED = '__candorChatFrameInstalled';
const QUIET_MS = 10 * 60_000;

function install(): void {
  const g = globalThis as unknown as Record<string, boolean | undefined>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: EventTarget | null = null;
  let lastShown = -Infinity;
  const onInput = (event: Event) => {
    if (!contextAlive()) return document.removeEventListener('input', onInput, true);
    target = event.target;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const text = typedText(target);
      target = null;
      if (text && Date.now() - lastShown >= QUIET_MS && findCrisis(text)) {
        lastShown = Date.now();
        void send({ type: 'crisis/detected' });
      }
    }, 400);
  };
  document.addEventListener('input', onInput, { capture: true, passive: true });
}

install();
