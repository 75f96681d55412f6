/**
 * Where a banner goes. Pure geometry, unit-tested: beside the chat's launcher or window, never
 * on top of them (so it cannot cover the chat's input or send button), inside the viewport.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** which side of the chat it ended up on; "corner" when there is nothing to avoid */
  side: 'left' | 'right' | 'above' | 'below' | 'corner' | 'top-bar' | 'overlap';
}

export const GAP = 12;
/** Where launchers usually sit: bottom corners, about 60 px tall, 20 px from the edges. */
const LAUNCHER_ZONE = 96;

const right = (r: Rect) => r.left + r.width;
const bottom = (r: Rect) => r.top + r.height;

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < right(b) && right(a) > b.left && a.top < bottom(b) && bottom(a) > b.top;
}

function inside(r: Rect, viewport: Size): boolean {
  return r.left >= 0 && r.top >= 0 && right(r) <= viewport.width && bottom(r) <= viewport.height;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Union of the visible rects (clipped to the viewport); null when none is visible. */
export function visibleUnion(rects: readonly Rect[], viewport: Size): Rect | null {
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const rect of rects) {
    if (rect.width < 2 || rect.height < 2) continue;
    const rl = Math.max(0, rect.left);
    const rt = Math.max(0, rect.top);
    const rr = Math.min(viewport.width, right(rect));
    const rb = Math.min(viewport.height, bottom(rect));
    if (rr <= rl || rb <= rt) continue;
    l = Math.min(l, rl);
    t = Math.min(t, rt);
    r = Math.max(r, rr);
    b = Math.max(b, rb);
  }
  return l === Infinity ? null : { left: l, top: t, width: r - l, height: b - t };
}

/**
 * Places a banner of `size` beside the chat whose parts occupy `anchors`, avoiding them and the
 * rects in `avoid` (other banners). With nothing visible to anchor to, it sits in the bottom
 * corner above where launchers usually are.
 */
export function placeBeside(anchors: readonly Rect[], size: Size, viewport: Size, avoid: readonly Rect[] = []): Placement {
  const chat = visibleUnion(anchors, viewport);
  const obstacles = [...anchors.filter((a) => a.width >= 2 && a.height >= 2), ...avoid];
  const fits = (rect: Rect) => inside(rect, viewport) && !obstacles.some((o) => intersects(rect, o));
  const at = (left: number, top: number) => ({ left, top, width: size.width, height: size.height });

  if (!chat) {
    // Stack upwards from the launcher zone, past other banners.
    let top = viewport.height - LAUNCHER_ZONE - size.height;
    const left = Math.max(GAP, viewport.width - GAP - size.width);
    for (let i = 0; i < 10 && !fits(at(left, top)) && top > GAP; i++) {
      const blocking = avoid.find((o) => intersects(at(left, top), o));
      top = blocking ? blocking.top - GAP - size.height : top - size.height - GAP;
    }
    return { left, top: Math.max(GAP, top), side: 'corner' };
  }

  const onRight = chat.left + chat.width / 2 > viewport.width / 2;
  const alignBottom = clamp(bottom(chat) - size.height, GAP, viewport.height - GAP - size.height);
  const alignTop = clamp(chat.top, GAP, viewport.height - GAP - size.height);
  const alignRight = clamp(right(chat) - size.width, GAP, viewport.width - GAP - size.width);
  const alignLeft = clamp(chat.left, GAP, viewport.width - GAP - size.width);

  const candidates: Array<[Placement['side'], number, number]> = [];
  const left: Array<[Placement['side'], number, number]> = [
    ['left', chat.left - GAP - size.width, alignBottom],
    ['left', chat.left - GAP - size.width, alignTop],
  ];
  const rightSide: Array<[Placement['side'], number, number]> = [
    ['right', right(chat) + GAP, alignBottom],
    ['right', right(chat) + GAP, alignTop],
  ];
  const above: Array<[Placement['side'], number, number]> = [
    ['above', onRight ? alignRight : alignLeft, chat.top - GAP - size.height],
  ];
  const below: Array<[Placement['side'], number, number]> = [['below', onRight ? alignRight : alignLeft, bottom(chat) + GAP]];
  candidates.push(...(onRight ? [...left, ...above, ...below, ...rightSide] : [...rightSide, ...above, ...below, ...left]));

  for (const [side, l, t] of candidates) {
    if (fits(at(l, t))) return { left: l, top: t, side };
  }
  // The chat fills the screen (a phone, a full-page chat): take the top edge, where chat
  // inputs never are, and shrink to fit.
  return { left: clamp((viewport.width - size.width) / 2, GAP, viewport.width), top: GAP, side: 'overlap' };
}

/**
 * For whole-site apps: a slim bar at the top, below the app's own fixed header (whose bottom
 * edge is `headerBottom`), so it never hides it.
 */
export function placeTopBar(size: Size, viewport: Size, headerBottom: number, avoid: readonly Rect[] = []): Placement {
  const left = clamp((viewport.width - size.width) / 2, GAP, viewport.width);
  let top = clamp(headerBottom + 8, GAP, Math.max(GAP, viewport.height / 3));
  // Below any other Candor bar already there.
  for (let i = 0; i < 5; i++) {
    const blocking = avoid.find((o) => intersects({ left, top, ...size }, o));
    if (!blocking) break;
    top = bottom(blocking) + GAP / 2;
  }
  return { left, top, side: 'top-bar' };
}
