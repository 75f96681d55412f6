/**
 * One <candor-banner> element per detected chat: created in a scratch document (so a page
 * that defines its own `candor-banner` custom element cannot take it over before our closed
 * shadow root is attached), shown in the top layer as a manual popover (so it sits above
 * widgets at z-index 2147483647 and is not affected by filters on <html>), placed beside the
 * chat, and put back — a few times, with growing pauses — if the page removes or hides it.
 */
import { render as renderPreact, h } from 'preact';
import type { BannerItem, BannerRender } from '../../messaging/protocol';
import { BANNER_TAG } from '../handle';
import { Banner } from './Banner';
import css from './banner.css?inline';
import { placeBeside, placeTopBar, type Rect } from './placement';

/** Back-off before putting the banner back: then we stop, rather than fight the page. */
const RESTORE_DELAYS_MS = [200, 1000, 5000];

export interface HostOptions {
  anchors(): Element[];
  /** rects of the other banners, to stay clear of them */
  otherRects(): Rect[];
  onDismiss(scope: 'page' | 'site'): void;
}

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
function headerBottom(own: Element): number {
  let bottom = 0;
  const width = innerWidth;
  for (const x of [width * 0.1, width * 0.5, width * 0.9]) {
    for (const el of document.elementsFromPoint(x, 2)) {
      if (el === own || el === document.documentElement || el === document.body) continue;
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

export class BannerHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly card: HTMLDivElement;
  private item: BannerItem;
  private restoreCount = 0;
  private restoreTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private readonly guard: MutationObserver;
  private readonly resize: ResizeObserver;
  private observedAnchors: Element[] = [];
  private destroyed = false;

  constructor(item: BannerItem, private readonly options: HostOptions) {
    this.item = item;
    const scratch = document.implementation.createHTMLDocument('');
    this.element = scratch.createElement(BANNER_TAG);
    this.root = this.element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = css;
    this.card = document.createElement('div');
    this.root.append(style, this.card);
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

  private setAttributes(): void {
    const el = this.element;
    for (const name of el.getAttributeNames()) {
      if (!name.startsWith('data-candor-') && name !== 'popover') el.removeAttribute(name);
    }
    el.setAttribute('data-candor-rule', this.item.rule);
    el.setAttribute('data-candor-kind', this.item.kind);
    el.setAttribute('data-candor-disclosed', this.item.disclosed);
    if ('showPopover' in el) el.setAttribute('popover', 'manual');
  }

  mount(): void {
    document.documentElement.append(this.element);
    this.show();
    this.guard.observe(document.documentElement, { childList: true });
    this.guard.observe(this.element, { attributes: true });
    addEventListener('resize', this.onViewport, { passive: true });
    addEventListener('scroll', this.onViewport, { passive: true, capture: true });
    this.root.addEventListener('keydown', this.onKey as EventListener);
  }

  private show(): void {
    try {
      if ('showPopover' in this.element && !this.element.matches(':popover-open')) this.element.showPopover();
    } catch {
      /* not in a document or popovers unsupported: the z-index still applies */
    }
  }

  update(item: BannerItem, render: Omit<BannerRender, 'items'>): void {
    this.item = item;
    this.guard.disconnect();
    this.setAttributes();
    if (this.element.isConnected) {
      this.guard.observe(document.documentElement, { childList: true });
      this.guard.observe(this.element, { attributes: true });
    }
    renderPreact(h(Banner, { item, render, onDismiss: this.options.onDismiss, onResize: () => this.schedulePosition() }), this.card);
    this.watchAnchors();
    this.position();
  }

  private watchAnchors(): void {
    const anchors = this.options.anchors();
    for (const el of this.observedAnchors) if (!anchors.includes(el)) this.resize.unobserve(el);
    for (const el of anchors) if (!this.observedAnchors.includes(el)) this.resize.observe(el);
    this.observedAnchors = anchors;
  }

  private onViewport(): void {
    this.schedulePosition();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.options.onDismiss('page');
    }
  }

  private schedulePosition(): void {
    if (this.frame || this.destroyed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /** The card's current rect, for other banners to avoid. */
  cardRect(): Rect | null {
    const inner = this.root.querySelector('.card');
    return inner ? rectOf(inner) : null;
  }

  position(): void {
    const inner = this.root.querySelector<HTMLElement>('.card');
    if (!inner || this.destroyed) return;
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
    const size = { width: inner.offsetWidth, height: inner.offsetHeight };
    const placement =
      this.item.surface === 'site'
        ? placeTopBar(size, viewport, headerBottom(this.element))
        : placeBeside(chatRects(this.options.anchors()), size, viewport, this.options.otherRects());
    inner.style.left = `${Math.round(placement.left)}px`;
    inner.style.top = `${Math.round(placement.top)}px`;
    inner.dataset.side = placement.side;
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
      this.guard.observe(document.documentElement, { childList: true });
      this.guard.observe(this.element, { attributes: true });
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
    renderPreact(null, this.card);
    this.element.remove();
  }
}
