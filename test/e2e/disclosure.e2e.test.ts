/**
 * Disclosure verdicts in the built extension, in both browsers, on pages from the labelled set
 * (test/detection/verdicts/cases.ts): an icon-only launcher stays "unknown" and says why; a
 * messenger whose configured title says AI is "yes"; a greeting read in the widget's own
 * same-origin frame, or in the vendor's frame on its own origin (read there by the chat-frame
 * reader), is "no"; a closed window the widget rendered but hides is not read; a greeting that
 * appears later changes the verdict; the audit record carries the reason.
 */
import { describe, expect, it } from 'vitest';
import { LABELLED_CHATS, type LabelledChat } from '../detection/verdicts/cases';
import { BROWSERS, type E2EPage } from './support/browsers';
import { sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { useE2E } from './support/session';

const byId = new Map(LABELLED_CHATS.map((c) => [c.id, c]));
const chat = (id: string): LabelledChat => {
  const c = byId.get(id);
  if (!c) throw new Error(`no labelled chat ${id}`);
  return c;
};

/** The case's page; its vendor frame's address is marked so the server can answer it with the case's frame. */
function pageOf(id: string): string | undefined {
  const c = byId.get(id);
  if (!c) return undefined;
  if (!c.vendorFrame) return c.page;
  const url = c.vendorFrame.url;
  const marked = `${url}${url.includes('?') ? '&' : '?'}candor-case=${encodeURIComponent(id)}`;
  const escaped = (s: string) => s.replace(/&/g, '&amp;');
  return c.page.split(escaped(url)).join(escaped(marked)).split(url).join(marked);
}
function frameOf(url: URL): string | undefined {
  const id = url.searchParams.get('candor-case');
  const html = id ? byId.get(id)?.vendorFrame?.html : undefined;
  return html === undefined ? undefined : `<!doctype html><html><head><meta charset="utf-8"><title>Chat</title></head><body>${html}</body></html>`;
}

type TabState = { detections: Array<{ rule: string; disclosed: string; disclosureDetail?: { verdict: string; reason: string; read: Array<{ text: string; note?: string }> } }> };

async function disclosedOf(page: E2EPage, rule: string): Promise<string | null> {
  return page.evaluate((r: string) => document.querySelector(`candor-banner[data-candor-rule="${r}"]`)?.getAttribute('data-candor-disclosed') ?? null, rule);
}
async function waitForDisclosed(page: E2EPage, rule: string, value: string, timeoutMs = 10_000): Promise<void> {
  await page.waitFor(
    ([r, v]: [string, string]) => document.querySelector(`candor-banner[data-candor-rule="${r}"]`)?.getAttribute('data-candor-disclosed') === v,
    [rule, value] as [string, string],
    timeoutMs,
  );
}

describe.each(BROWSERS)('%s', (browserName) => {
  const e2e = useE2E(browserName, { pages: { page: pageOf, frame: frameOf } });

  /** Opens a labelled chat and waits until the background holds its reasoned verdict. */
  async function open(id: string): Promise<{ page: E2EPage; c: LabelledChat; url: string; state: () => Promise<TabState> }> {
    const c = chat(id);
    const page = await e2e.browser.newPage();
    const url = e2e.server.generatedUrl(id);
    await page.goto(url);
    await waitForBanner(page, c.vendor);
    const tabId = await tabIdOf(e2e.browser, url);
    const state = () => sendToBackground<TabState>(e2e.browser, { type: 'tab/state', tabId });
    return { page, c, url, state };
  }

  it('an icon-only launcher is "unknown", because nothing the chat said could be read', async () => {
    const { page, c, url, state } = await open('intercom-launcher-en');
    expect(c.label).toBe('unknown');
    const detection = (await state()).detections.find((d) => d.rule === c.vendor)!;
    expect(detection.disclosureDetail).toMatchObject({ verdict: 'unknown', reason: 'labels-only' });
    expect(detection.disclosureDetail!.read.find((r) => r.text === 'Open Intercom Messenger')?.note).toBe('vendor-default');
    expect(await disclosedOf(page, c.vendor)).toBe('unknown');
    // The popup says why, and what was read.
    const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, url)}`);
    await popup.click(`li.detection[data-rule="${c.vendor}"] button.link`);
    const why = await popup.textOf(`li.detection[data-rule="${c.vendor}"] .disclosure-detail[data-reason="labels-only"]`);
    expect(why).toMatch(/only labels/);
    expect(why).toContain('Open Intercom Messenger');
    await popup.close();
    await page.close();
  });

  it.each(['dialogflow-title-ai-en', 'chatbase-inline-askai-en'])('%s: a configured title or the heading of an embedded chat that says AI is "yes"', async (id) => {
    const { page, c, state } = await open(id);
    expect(c.label).toBe('yes');
    await waitForDisclosed(page, c.vendor, 'yes');
    const detail = (await state()).detections.find((d) => d.rule === c.vendor)!.disclosureDetail!;
    expect(detail.reason).toBe('said-ai');
    await page.close();
  });

  it.each(['intercom-preview-persona-en', 'livechat-persona-de'])("%s: a greeting read in the widget's frame, with no AI statement, is \"no\"", async (id) => {
    const { page, c, state } = await open(id);
    expect(c.label).toBe('no');
    // In the vendor's own frame the greeting is read there, and the verdict follows.
    await waitForDisclosed(page, c.vendor, 'no', 15_000);
    const detail = (await state()).detections.find((d) => d.rule === c.vendor)!.disclosureDetail!;
    expect(detail.reason).toBe('read-no-ai');
    expect(detail.read.some((r) => /Carlos/.test(r.text))).toBe(true);
    await page.close();
  });

  it("a dify bubble titled \"dify chatbot bubble window\" by its vendor is not a disclosure", async () => {
    const { page, c, state } = await open('dify-bubble-en');
    const detail = (await state()).detections.find((d) => d.rule === c.vendor)!.disclosureDetail!;
    expect(detail.verdict).toBe('unknown');
    expect(await disclosedOf(page, c.vendor)).toBe('unknown');
    await page.close();
  });

  it('a closed window the widget rendered but hides with its stylesheet is not read', async () => {
    const { page, c, state } = await open('crisp-prerendered-hidden-en');
    const detail = (await state()).detections.find((d) => d.rule === c.vendor)!.disclosureDetail!;
    expect(detail.verdict).toBe('unknown');
    expect(await disclosedOf(page, c.vendor)).toBe('unknown');
    await page.close();
  });

  it('a greeting that appears after load turns "unknown" into "no", and the audit record carries the reason', async () => {
    const { page, c, url } = await open('crisp-closed-en');
    expect(await disclosedOf(page, c.vendor)).toBe('unknown');
    await page.evaluate(() => {
      const box = document.getElementById('crisp-chatbox')!;
      const log = document.createElement('div');
      log.setAttribute('role', 'log');
      const p = document.createElement('p');
      p.textContent = 'Hi! How can we help you today?';
      log.append(p);
      box.append(log);
    });
    await waitForDisclosed(page, c.vendor, 'no');

    await sendToBackground(e2e.browser, { type: 'audit/start', name: 'disclosure e2e' });
    const recorded = await sendToBackground<{ ok: boolean }>(e2e.browser, { type: 'audit/record', tabId: await tabIdOf(e2e.browser, url) });
    expect(recorded.ok).toBe(true);
    const { records } = await sendToBackground<{ records: Array<{ detections: Array<{ rule: string; disclosed: string; disclosure?: { verdict: string; reasonCode: string; reason: string; read: Array<{ text: string }> } }> }> }>(e2e.browser, { type: 'audit/state' });
    const d = records[0]!.detections.find((x) => x.rule === c.vendor)!;
    expect(d.disclosed).toBe('no');
    expect(d.disclosure).toMatchObject({ verdict: 'no', reasonCode: 'read-no-ai' });
    expect(d.disclosure!.read[0]!.text).toBe('Hi! How can we help you today?');
    await sendToBackground(e2e.browser, { type: 'audit/delete', id: 'all' });
    await sendToBackground(e2e.browser, { type: 'audit/stop' });
    await page.close();
  });
});
