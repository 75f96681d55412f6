/**
 * How the lazily injected banner finds what the detector found. Both scripts run in the
 * extension's isolated world of the same frame (Chrome and Firefox share one world per
 * extension and frame), so a property on that world's global is private to Candor: the page
 * cannot read or forge it.
 */
export interface DetectorHandle {
  /** elements of a detected chat (launcher, window, frames) to place its banner beside */
  anchors(rule: string): Element[];
  /** called by the banner when something it shows changed the page, to avoid reacting to itself */
  isOwnNode(node: Node): boolean;
  /** the tag of Candor's banner element */
  readonly bannerTag: string;
}

export const HANDLE_KEY = '__candorDetector';
export const BANNER_TAG = 'candor-banner';

export function getHandle(): DetectorHandle | undefined {
  return (globalThis as unknown as Record<string, DetectorHandle | undefined>)[HANDLE_KEY];
}

export function setHandle(handle: DetectorHandle): void {
  (globalThis as unknown as Record<string, DetectorHandle | undefined>)[HANDLE_KEY] = handle;
}
