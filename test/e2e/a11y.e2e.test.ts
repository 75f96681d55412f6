/**
 * Accessibility in Chromium with axe-core: the popup, the options page, the audit page and the
 * banner. The banner lives in a closed shadow root that no page script can reach, so its markup
 * is read through the DevTools protocol and checked, with its own styles, in an open shadow root
 * on a test page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { RULES, tabIdOf, waitForBanner } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown }>;
}

async function axe(page: Page, context = 'document'): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    `axe.run(${context}, { resultTypes: ['violations'], rules: { 'region': { enabled: false } } }).then(r => r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The closed shadow root's markup, read through the DevTools protocol. */
async function closedShadowHtml(page: Page, rule: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined => {
    if (node.nodeName === 'CANDOR-BANNER' && (node.attributes ?? []).join('|').includes(rule)) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('banner shadow root not found');
  const parts: string[] = [];
  for (const child of shadow.children ?? []) {
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string };
    parts.push(outerHTML);
  }
  return parts.join('');
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

describe.runIf(BROWSERS.includes('chromium'))('accessibility (Chromium, axe-core)', () => {
  const e2e = useE2E('chromium');
  const site = RULES.find((r) => r.id === 'chatgpt')!;
  const widget = RULES.find((r) => r.id === 'intercom') ?? RULES.find((r) => r.surface === 'widget')!;

  it.each(['src/ui/popup/index.html', 'src/ui/options/index.html', 'src/ui/audit/index.html', 'src/ui/welcome/index.html'])('%s has no violations', async (path) => {
    const { server, browser } = e2e;
    const chatUrl = servedUrl(server, site.fixtures.match[0]!);
    const chat = await browser.newPage();
    await chat.goto(chatUrl);
    await waitForBanner(chat, site.id);
    const page = await browser.openExtensionPage(`${path}?tab=${await tabIdOf(browser, chatUrl)}`);
    await page.waitFor(() => document.querySelectorAll('main *').length > 5);
    expect(await axe(page.raw as Page)).toEqual([]);
    await page.close();
    await chat.close();
  });

  it.each([
    ['one-line widget note', () => widget, () => servedUrl(e2e.server, widget.fixtures.match[0]!)],
    ['whole-site bar', () => site, () => servedUrl(e2e.server, site.fixtures.match[0]!)],
    ['full card on a mental-health page', () => RULES.find((r) => r.id === 'dialogflow-messenger')!, () => e2e.server.pageUrl('context/therapy-practice.html')],
    ['card of a chat presenting itself as a therapist', () => RULES.find((r) => r.id === 'dialogflow-messenger')!, () => e2e.server.pageUrl('context/wellness-ai-therapist.html')],
  ])('the banner (%s) has no violations', async (_label, ruleOf, urlOf) => {
    const { server, browser } = e2e;
    const rule = ruleOf();
    const page = await browser.newPage();
    await page.goto(urlOf());
    await waitForBanner(page, rule.id);
    await page.waitFor((r: string) => !!document.querySelector(`candor-banner[data-candor-rule="${r}"][data-candor-note]`), rule.id);
    const html = await closedShadowHtml(page.raw as Page, rule.id);
    expect(html).toContain('role="region"');
    const check = await browser.newPage();
    await check.goto(server.pageUrl('host.html'));
    await check.evaluate((markup: string) => {
      const host = document.createElement('div');
      host.id = 'banner-under-test';
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = markup; // our own banner's markup, in a test page
    }, html);
    // The card fades in (180 ms): check its colours once that is over, not half-way.
    await check.evaluate(() => Promise.all(document.getElementById('banner-under-test')!.shadowRoot!.getAnimations().map((a) => a.finished)).then(() => undefined));
    expect(await axe(check.raw as Page, "{ include: [['#banner-under-test']] }")).toEqual([]);
    await check.close();
    await page.close();
  });
});
