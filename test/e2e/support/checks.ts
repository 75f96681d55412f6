/** Steps the end-to-end tests share. */
import { loadRules } from '../../../scripts/lib/rules';
import type { Rule } from '../../../src/detection/rule';
import type { BannerInfo, E2EBrowser, E2EPage } from './browsers';

export const { rules: RULES } = loadRules();

/** Runs `fn` over `items`, `limit` at a time, and returns results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}

export async function waitForBanner(page: E2EPage, rule: string, timeoutMs = 10_000): Promise<BannerInfo[]> {
  await page.waitFor((r: string) => !!document.querySelector(`candor-banner[data-candor-rule="${r}"]`), rule, timeoutMs);
  return page.banners();
}

/**
 * A control widget for "no banner" checks. Waiting a fixed time and finding nothing proves
 * little; instead the test adds a known widget's container after load and waits for *its*
 * banner. The detector reports everything it sees in one message, so once the control banner is
 * up, a banner for anything else on the page would be up too.
 */
export interface Control {
  rule: Rule;
  id: string;
}

export const CONTROLS: Control[] = RULES.flatMap((rule) => {
  if (rule.kind === 'human' || rule.surface !== 'widget') return [];
  const signal = rule.signals.find(
    (s) => s.type === 'element' && s.confidence >= 50 && /^#[\w-]+$/.test(s.selector) && !s.shadow,
  );
  return signal && signal.type === 'element' ? [{ rule, id: signal.selector.slice(1) }] : [];
});

/** A control whose vendor the page does not mention, so it cannot mask a false positive. */
export function controlFor(pageSource: string): Control {
  const text = pageSource.toLowerCase();
  // Best: a vendor the page never names. Else one whose container id the page does not hold
  // (the page only writes about it), which still cannot mask a false positive of another rule.
  const control =
    CONTROLS.find((c) => !text.includes(c.rule.id) && !text.includes(c.rule.name.toLowerCase()) && !text.includes(c.id)) ??
    CONTROLS.find((c) => !text.includes(c.id));
  if (!control) throw new Error('no control widget available for this page');
  return control;
}

export async function addControlWidget(page: E2EPage, control: Control): Promise<void> {
  await page.evaluate((id: string) => {
    const el = document.createElement('div');
    el.id = id;
    el.style.cssText = 'position:fixed;right:20px;bottom:20px;width:56px;height:56px';
    document.body.append(el);
  }, control.id);
}

/** Banners on the page other than the control's, once the control's banner is up. */
export async function bannersBesidesControl(page: E2EPage, pageSource: string): Promise<BannerInfo[]> {
  const control = controlFor(pageSource);
  await page.waitFor(() => document.readyState !== 'loading' && !!document.body, undefined, 15_000);
  if (pageSource.toLowerCase().includes(control.rule.name.toLowerCase())) {
    // The page names this control's vendor: first make sure nothing of that vendor shows by itself.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    const early = await page.banners();
    if (early.length > 0) return early;
  }
  await addControlWidget(page, control);
  const banners = await waitForBanner(page, control.rule.id);
  return banners.filter((b) => b.rule !== control.rule.id);
}

type ExtensionApi = {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

/** The tab id of the page at `url` (as the extension sees it). */
export async function tabIdOf(browser: E2EBrowser, url: string): Promise<number> {
  const id = await browser.inExtension(async (u: string) => {
    const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab at ${url}`);
  return id;
}

/** Sends a message to the background as Candor's own pages do. */
export function sendToBackground<R = unknown>(browser: E2EBrowser, message: object): Promise<R> {
  return browser.inExtension((m: object) => {
    const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
    return api.runtime.sendMessage(m);
  }, message) as Promise<R>;
}

/** Reads or writes storage.local as the extension. */
export function extensionStorage(browser: E2EBrowser, write?: object): Promise<Record<string, unknown>> {
  return browser.inExtension(async (w: object | null) => {
    const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
    if (w) await api.storage.local.set(w);
    return api.storage.local.get(null);
  }, write ?? null);
}

type ScriptingApi = {
  scripting: {
    executeScript(details: { target: { tabId: number }; func: (selector: string) => unknown; args: unknown[] }): Promise<Array<{ result?: unknown }>>;
  };
};

/**
 * The text inside Candor's closed shadow root on the tab at `url`. No page script can reach it;
 * an extension's content script can, through the browsers' openOrClosedShadowRoot (Chromium:
 * chrome.dom.openOrClosedShadowRoot, Firefox: Element.openOrClosedShadowRoot), so the test asks
 * the extension to run one in the tab. Null when the element is not there yet.
 */
export async function closedShadowText(browser: E2EBrowser, url: string, hostSelector: string): Promise<string | null> {
  const tabId = await tabIdOf(browser, url);
  return browser.inExtension(
    async ({ tabId: id, selector }: { tabId: number; selector: string }) => {
      const api = ((globalThis as unknown as { browser?: ScriptingApi }).browser ?? (globalThis as unknown as { chrome: ScriptingApi }).chrome);
      const [frame] = await api.scripting.executeScript({
        target: { tabId: id },
        args: [selector],
        func: (sel: string) => {
          const host = document.querySelector(sel);
          if (!host) return null;
          type Dom = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };
          const g = globalThis as unknown as { browser?: Dom; chrome?: Dom };
          const root =
            g.browser?.dom?.openOrClosedShadowRoot?.(host) ??
            g.chrome?.dom?.openOrClosedShadowRoot?.(host) ??
            (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
            null;
          if (!root) return null;
          // The text a person reads: everything but our stylesheet.
          return [...root.childNodes].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent ?? '').join('');
        },
      });
      return (frame?.result as string | null | undefined) ?? null;
    },
    { tabId, selector: hostSelector },
  );
}

/** Polls closedShadowText until `test` accepts it (fails after timeoutMs with the last text seen). */
export async function waitForShadowText(
  browser: E2EBrowser,
  url: string,
  hostSelector: string,
  test: (text: string) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await closedShadowText(browser, url, hostSelector);
    if (last !== null && test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${hostSelector} on ${url}: the text never matched; last seen: ${JSON.stringify(last)}`);
}
