/**
 * Candor's elements on a page: <candor-banner> (one per detected chat) and <candor-notice>
 * (break reminders, human help after crisis words). Each is created in a scratch document (so a
 * page that defines its own element of that name cannot take it over before our closed shadow
 * root is attached), shown in the top layer as a manual popover (above widgets at z-index
 * 2147483647, untouched by filters on <html>), placed beside the chat, and put back — a few
 * times, with growing pauses — if the page removes or hides it.
 */
import { render as renderPreact, type VNode } from 'preact';
import css from './banner.css?inline';
import { placeBeside, placeTopBar, type Placement, type Rect, type Size } from './placement';

/** The note's layouts by the names the contract uses. */
const NOTE_NAMES: Record<string, string> = { card: 'full', pill: 'compact', bar: 'bar' };

/** Back-off before putting an element back; after the last, we stop rather than fight the page. */
const RESTORE_DELAYS_MS = [200, 1000, 5000];

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
}

export class Overlay {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mountPoint: HTMLDivElement;
  private restoreCount = 0;
  private restoreTimer: ReturnType<typeof setTimeout> | undefined;
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
        if (record.type === 'childList' && !this.element.isConnected) return this.scheduleRestore();
        if (record.type === 'attributes' && record.target === this.element) return this.scheduleRestore();
      }
    });
    this.resize = new ResizeObserver(() => this.schedulePosition());
    this.onViewport = this.onViewport.bind(this);
    this.onKey = this.onKey.bind(this);
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
    this.guard.observe(document.documentElement, { childList: true });
    this.guard.observe(this.element, { attributes: true });
  }

  mount(): void {
    document.documentElement.append(this.element);
    this.show();
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
    this.guard.disconnect();
    renderPreact(content, this.mountPoint);
    this.setAttributes();
    if (this.element.isConnected) this.watch();
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
    if (this.destroyed || this.restoreTimer !== undefined) return;
    const delay = RESTORE_DELAYS_MS[this.restoreCount];
    if (delay === undefined) {
      // The page keeps removing us: let it. The toolbar badge still tells the person.
      this.guard.disconnect();
      return;
    }
    this.restoreCount++;
    this.restoreTimer = setTimeout(() => {
      this.restoreTimer = undefined;
      if (this.destroyed) return;
      this.guard.disconnect();
      this.setAttributes();
      if (!this.element.isConnected) document.documentElement.append(this.element);
      this.show();
      this.watch();
      this.position();
    }, delay);
  }

  destroy(): void {
    this.destroyed = true;
    this.guard.disconnect();
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
