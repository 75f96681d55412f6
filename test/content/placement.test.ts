import { describe, expect, it } from 'vitest';
import { GAP, intersects, placeBeside, placeTopBar, visibleUnion, type Rect } from '../../src/content/banner/placement';

const viewport = { width: 1280, height: 800 };
const size = { width: 340, height: 300 };
const rectOf = (p: { left: number; top: number }) => ({ ...p, ...size });

describe('placeBeside', () => {
  it('puts the banner left of a bottom-right launcher, bottoms aligned, not over it', () => {
    const launcher: Rect = { left: 1200, top: 720, width: 60, height: 60 };
    const p = placeBeside([launcher], size, viewport);
    expect(p.side).toBe('left');
    expect(p.left + size.width).toBe(launcher.left - GAP);
    expect(p.top + size.height).toBe(launcher.top + launcher.height);
    expect(intersects(rectOf(p), launcher)).toBe(false);
  });

  it('never covers an open chat window (its input and send button included)', () => {
    const window: Rect = { left: 880, top: 180, width: 380, height: 600 };
    const launcher: Rect = { left: 1200, top: 720, width: 60, height: 60 };
    const p = placeBeside([window, launcher], size, viewport);
    expect(intersects(rectOf(p), window)).toBe(false);
    expect(intersects(rectOf(p), launcher)).toBe(false);
    const input: Rect = { left: 890, top: 720, width: 300, height: 50 };
    expect(intersects(rectOf(p), input)).toBe(false);
  });

  it('mirrors for a launcher on the left', () => {
    const launcher: Rect = { left: 20, top: 720, width: 60, height: 60 };
    const p = placeBeside([launcher], size, viewport);
    expect(p.side).toBe('right');
    expect(p.left).toBe(launcher.left + launcher.width + GAP);
  });

  it('goes above when there is no room beside', () => {
    const narrow = { width: 420, height: 800 };
    const launcher: Rect = { left: 340, top: 720, width: 60, height: 60 };
    const p = placeBeside([launcher], size, narrow);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(launcher.top - GAP);
  });

  it('takes the top edge when the chat fills the screen', () => {
    const full: Rect = { left: 0, top: 0, width: 1280, height: 800 };
    const p = placeBeside([full], size, viewport);
    expect(p.side).toBe('overlap');
    expect(p.top).toBe(GAP);
  });

  it('sits in the bottom corner above the launcher zone when nothing is visible, and stacks past other banners', () => {
    const first = placeBeside([], size, viewport);
    expect(first.side).toBe('corner');
    expect(first.left + size.width).toBe(viewport.width - GAP);
    expect(first.top + size.height).toBeLessThanOrEqual(viewport.height - 96);
    const second = placeBeside([], size, viewport, [rectOf(first)]);
    expect(intersects(rectOf(second), rectOf(first))).toBe(false);
  });

  it('keeps clear of other banners beside the same chat', () => {
    const launcher: Rect = { left: 1200, top: 720, width: 60, height: 60 };
    const first = placeBeside([launcher], size, viewport);
    const second = placeBeside([launcher], size, viewport, [rectOf(first)]);
    expect(intersects(rectOf(second), rectOf(first))).toBe(false);
  });

  it('ignores invisible parts', () => {
    expect(visibleUnion([{ left: 10, top: 10, width: 0, height: 0 }], viewport)).toBeNull();
    expect(visibleUnion([{ left: -500, top: 10, width: 100, height: 100 }], viewport)).toBeNull();
  });
});

describe('placeTopBar', () => {
  it('goes below the app header, centred', () => {
    const p = placeTopBar({ width: 640, height: 44 }, viewport, 56);
    expect(p.top).toBe(64);
    expect(p.left).toBe(320);
  });
  it('never drops further than a third of the screen', () => {
    expect(placeTopBar({ width: 640, height: 44 }, viewport, 700).top).toBeLessThanOrEqual(800 / 3);
  });
});
