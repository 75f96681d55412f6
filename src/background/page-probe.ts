/**
 * Reads page globals (window.Intercom, window.zE, ...) in the page's own world. The function is
 * serialised and run by scripting.executeScript, and its result comes back as the return value:
 * there is no message the page could forge. The page can still define a global itself, so the
 * answer only ever adds confidence to a detection that other signals made.
 */
import browser from '../platform/browser';

/** Runs in the page. Self-contained: no closures, guarded against hostile getters and proxies. */
export function probeGlobals(names: string[]): boolean[] {
  return names.map((name) => {
    try {
      let value: unknown = window;
      for (const part of name.split('.')) {
        if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
        value = (value as Record<string, unknown>)[part];
      }
      return value !== undefined && value !== null;
    } catch {
      return false;
    }
  });
}

export async function readPageGlobals(tabId: number, frameId: number, names: string[]): Promise<boolean[]> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func: probeGlobals,
      args: [names],
    });
    const value = result?.result as unknown;
    if (Array.isArray(value) && value.length === names.length) return value.map((v) => v === true);
  } catch {
    /* the frame went away, or the page is one we may not script */
  }
  return names.map(() => false);
}
