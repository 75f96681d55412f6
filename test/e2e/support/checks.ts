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

/**
 * Polls `check` (in Node) until it returns something other than null, undefined or false, and
 * returns that; fails after `timeoutMs`, naming `what` it waited for. For conditions outside a
 * web page (extension state, the server's log); inside a page use `page.waitFor`.
 */
export async function eventually<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<Exclude<T, null | undefined | false>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value as Exclude<T, null | undefined | false>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Resolves once the page has run one more task after everything already queued (a message
 * through a MessageChannel, which background tabs do not throttle as they do timers): what the
 * last action set off synchronously or in microtasks — a content script's observer, an error
 * it logs — has happened by then.
 */
export function nextTask(page: E2EPage): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
  );
}

/**
 * From the next document this page loads, records every Candor element ever attached to it
 * (a MutationObserver from before the page's own scripts run), however briefly it stayed.
 * Read the record with `candorElementsSeen`.
 */
export async function recordCandorElements(page: E2EPage): Promise<void> {
  await page.addInitScript(() => {
    const seen: Array<{ tag: string; rule: string; at: number }> = [];
    (window as unknown as { __candorSeen: typeof seen }).__candorSeen = seen;
    const note = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const el of [node, ...node.querySelectorAll('candor-banner, candor-notice')]) {
        if (el.localName === 'candor-banner' || el.localName === 'candor-notice') {
          seen.push({ tag: el.localName, rule: el.getAttribute('data-candor-rule') ?? '', at: Math.round(performance.now()) });
        }
      }
    };
    new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(note);
    }).observe(document, { childList: true, subtree: true });
  }, undefined);
}

export function candorElementsSeen(page: E2EPage): Promise<Array<{ tag: string; rule: string; at: number }>> {
  return page.evaluate(() => (window as unknown as { __candorSeen?: Array<{ tag: string; rule: string; at: number }> }).__candorSeen ?? []);
}

/**
 * Waits for the rule's banner. (15 s by default: on the first start of a fresh profile, which
 * every test browser is, Chromium answers the policy question only ~3 s after start, and Candor
 * shows nothing before.)
 */
export async function waitForBanner(page: E2EPage, rule: string, timeoutMs = 15_000): Promise<BannerInfo[]> {
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

/**
 * A control whose vendor the page never names and whose container id it does not hold, so its
 * banner cannot be confused with (or mask) a banner the page raises by itself.
 */
export function controlFor(pageSource: string): Control {
  const text = pageSource.toLowerCase();
  const control = CONTROLS.find((c) => !text.includes(c.rule.id) && !text.includes(c.rule.name.toLowerCase()) && !text.includes(c.id));
  if (!control) throw new Error(`no control widget for this page: it names all ${CONTROLS.length} control vendors`);
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
