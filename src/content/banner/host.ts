/**
 * Candor's elements on a page: <candor-banner> (one per detected chat) and <candor-notice>
 * (break reminders, human help after crisis words). Each is created in a scratch document (so a
 * page that defines its own element of that name cannot take it over before our closed shadow
 * root is attached), shown in the top layer as a manual popover (above widgets at z-index
 * 2147483647, untouched by filters on <html>), placed beside the chat, and put back — a few
 * times, with growing pauses — if the page removes, moves, closes or hides it. A page that
 * keeps undoing that wins, and is reported (hide-tracker.ts says when).
 */
import { render as renderPreact, type VNode } from 'preact';
import css from './banner.css?inline';
import { HideTracker } from './hide-tracker';
import { placeBeside, placeTopBar, type Placement, type Rect, type Size } from './placement';

/** The note's layouts by the names the contract uses. */
const NOTE_NAMES: Record<string, string> = { card: 'full', pill: 'compact', bar: 'bar' };

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * The on-screen parts of a chat: its elements, or — for zero-size wrappers whose children are
 * fixed-position — the visible children and frames inside them.
 */
export function chatRects(anchors: readonly Element[]): Rect[] {
  const rects: Rect[] = [];
  for (const el of anchors) {
    if (!el.isConnected) continue;
    const own = rectOf(el);
    if (own.width >= 2 && own.height >= 2) {
      rects.push(own);
      continue;
    }
    const inner = el.querySelectorAll('iframe, div, button, a');
    for (let i = 0; i < inner.length && i < 40; i++) {
      const r = rectOf(inner[i]!);
      if (r.width >= 2 && r.height >= 2) rects.push(r);
    }
  }
  return rects;
}

/**
 * The bottom edge of the app's own header, sampled along the top of the view: a fixed or
 * sticky bar, or a <header>/<nav>/role="banner" element in the flow at the top.
 */
export function headerBottom(ownTags: readonly string[]): number {
  let bottom = 0;
  const width = innerWidth;
  for (const x of [width * 0.1, width * 0.5, width * 0.9]) {
    for (const el of document.elementsFromPoint(x, 2)) {
      if (ownTags.includes(el.localName) || el === document.documentElement || el === document.body) continue;
      let node: Element | null = el;
      for (let depth = 0; node && node !== document.body && depth < 8; depth++, node = node.parentElement) {
        const position = getComputedStyle(node).position;
        const headerLike = node.localName === 'header' || node.localName === 'nav' || node.getAttribute('role') === 'banner';
        if (position === 'fixed' || position === 'sticky' || headerLike) {
          const r = node.getBoundingClientRect();
          if (r.top <= 4 && r.bottom > 0 && r.height < innerHeight / 3) bottom = Math.max(bottom, r.bottom);
          break;
        }
      }
    }
  }
  return bottom;
}

export interface OverlayOptions {
  tag: string;
  /** the element's data-candor-* attributes, the contract other tools read */
  attributes(): Record<string, string>;
  /** where the card goes, given its size and the viewport */
  place(size: Size, viewport: Size): Placement;
  /** elements whose size changes should move the card (the chat's parts) */
  anchors(): Element[];
  onEscape(): void;
  /**
   * The page put the element out of sight (`timesHidden` so far), and whether Candor now stops
   * putting it back (`gaveUp`: the page kept hiding it; see hide-tracker.ts).
   */
  onHidden?(report: { timesHidden: number; gaveUp: boolean }): void;
}

export class Overlay {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mountPoint: HTMLDivElement;
  private readonly hides = new HideTracker();
  private restoreTimer: ReturnType<typeof setTimeout> | undefined;
  private gaveUp = false;
  private frame = 0;
  private readonly guard: MutationObserver;
  private readonly resize: ResizeObserver;
  private observed: Element[] = [];
  private destroyed = false;

  constructor(private readonly options: OverlayOptions) {
    const scratch = document.implementation.createHTMLDocument('');
    this.element = scratch.createElement(options.tag);
    this.root = this.element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = css;
    this.mountPoint = document.createElement('div');
    this.root.append(style, this.mountPoint);
    this.setAttributes();
    this.guard = new MutationObserver((records) => {
      for (const record of records) {
        // Removed, or moved somewhere else in the page (into a hidden box, say).
        if (record.type === 'childList' && this.element.parentNode !== document.documentElement) return this.scheduleRestore();
        if (record.type === 'attributes' && record.target === this.element) return this.scheduleRestore();
      }
    });
    this.resize = new ResizeObserver(() => this.schedulePosition());
    this.onViewport = this.onViewport.bind(this);
    this.onKey = this.onKey.bind(this);
    // A page can also take it out of the top layer (hidePopover) without touching an attribute.
    this.element.addEventListener('toggle', (event) => {
      if ((event as Event & { newState?: string }).newState === 'closed' && this.guarding) this.scheduleRestore();
    });
  }

  /** whether the guard is on (between mount and giving up or destroy) */
  private guarding = false;

  /**
   * Whether the person can no longer see it: not where we put it, out of the top layer, or made
   * invisible by styles that beat ours.
   */
  private outOfSight(): boolean {
    const el = this.element;
    if (el.parentNode !== document.documentElement) return true;
    if ('showPopover' in el && !el.matches(':popover-open')) return true;
    const check = (el as HTMLElement & { checkVisibility?(options: object): boolean }).checkVisibility;
    if (typeof check === 'function') return !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0';
  }

  /**
   * `data-candor-note` says which note is on screen — full (the card), compact (one line) or bar —
   * read back from what was rendered, so outside checks see what the person sees.
   */
  private rendered(): Record<string, string> {
    const layout = this.root.querySelector('.card')?.getAttribute('data-candor-layout');
    return layout ? { 'data-candor-note': NOTE_NAMES[layout] ?? layout } : {};
  }

  private setAttributes(): void {
    const el = this.element;
    const wanted = { ...this.options.attributes(), ...this.rendered() };
    for (const name of el.getAttributeNames()) {
      if (!(name in wanted) && name !== 'popover') el.removeAttribute(name);
    }
    for (const [name, value] of Object.entries(wanted)) el.setAttribute(name, value);
    if ('showPopover' in el) el.setAttribute('popover', 'manual');
  }

  private watch(): void {
    if (this.gaveUp || this.destroyed) return;
    this.guard.observe(document.documentElement, { childList: true });
    this.guard.observe(this.element, { attributes: true });
    this.guarding = true;
  }

  private unwatch(): void {
    this.guarding = false;
    this.guard.disconnect();
  }

  mount(): void {
    document.documentElement.append(this.element);
    this.show();
    this.hides.cameBack(performance.now());
    this.watch();
    addEventListener('resize', this.onViewport, { passive: true });
    addEventListener('scroll', this.onViewport, { passive: true, capture: true });
    this.root.addEventListener('keydown', this.onKey as EventListener);
  }

  private show(): void {
    try {
      if ('showPopover' in this.element && !this.element.matches(':popover-open')) this.element.showPopover();
    } catch {
      /* not in a document, or popovers unsupported: the z-index still applies */
    }
  }

  /** Renders new content and refreshes the contract attributes. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's vnode
  update(content: VNode<any>): void {
    const guarding = this.guarding;
    this.unwatch();
    // Render first: the attributes describe what was rendered (data-candor-note).
    renderPreact(content, this.mountPoint);
    this.setAttributes();
    if (guarding && this.element.parentNode === document.documentElement) this.watch();
    const anchors = this.options.anchors();
    for (const el of this.observed) if (!anchors.includes(el)) this.resize.unobserve(el);
    for (const el of anchors) if (!this.observed.includes(el)) this.resize.observe(el);
    this.observed = anchors;
    this.position();
  }

  private onViewport(): void {
    this.schedulePosition();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.options.onEscape();
    }
  }

  schedulePosition(): void {
    if (this.frame || this.destroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /** The card's rect, for other overlays to keep clear of. */
  cardRect(): Rect | null {
    const card = this.root.querySelector('.card');
    return card ? rectOf(card) : null;
  }

  position(): void {
    const card = this.root.querySelector<HTMLElement>('.card');
    if (!card || this.destroyed) return;
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const placement = this.options.place({ width: card.offsetWidth, height: card.offsetHeight }, viewport);
    card.style.left = `${Math.round(placement.left)}px`;
    card.style.top = `${Math.round(placement.top)}px`;
    card.dataset.side = placement.side;
  }

  private scheduleRestore(): void {
    if (this.destroyed || this.gaveUp || this.restoreTimer !== undefined) return;
    const outOfSight = this.outOfSight();
    const decision = this.hides.tampered(performance.now(), outOfSight);
    if (decision.kind === 'stop') {
      // The page undid every comeback: let it, and say so where it cannot reach (the badge, the
      // popup, audit records) instead of fighting on.
      this.gaveUp = true;
      this.unwatch();
      if (decision.hiddenByPage) this.options.onHidden?.({ timesHidden: decision.timesHidden, gaveUp: true });
      return;
    }
    if (outOfSight) this.options.onHidden?.({ timesHidden: this.hides.timesHidden, gaveUp: false });
    this.restoreTimer = setTimeout(() => {
      this.restoreTimer = undefined;
      if (this.destroyed) return;
      this.unwatch();
      this.setAttributes();
      if (this.element.parentNode !== document.documentElement) document.documentElement.append(this.element);
      this.show();
      this.hides.cameBack(performance.now());
      this.watch();
      this.position();
    }, decision.delayMs);
  }

  destroy(): void {
    this.destroyed = true;
    this.unwatch();
    this.resize.disconnect();
    if (this.restoreTimer !== undefined) clearTimeout(this.restoreTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    removeEventListener('resize', this.onViewport);
    removeEventListener('scroll', this.onViewport, { capture: true });
    renderPreact(null, this.mountPoint);
    this.element.remove();
  }
}

export const OWN_TAGS = ['candor-banner', 'candor-notice'];

/** Placement for anything about a chat: beside a widget, or below a whole-site app's header. */
export function placeForChat(surface: 'widget' | 'site', anchors: () => Element[], others: () => Rect[]) {
  return (size: Size, viewport: Size): Placement =>
    surface === 'site'
      ? placeTopBar(size, viewport, headerBottom(OWN_TAGS), others())
      : placeBeside(chatRects(anchors()), size, viewport, others());
}
