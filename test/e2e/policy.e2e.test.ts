/**
 * A family's or organisation's policy, from real policy files (Chromium's managed policy folder,
 * Firefox's policies.json), holds from the very first page: nothing is shown before the policy
 * has been read; its values apply and cannot be changed from Candor's pages; the policy read is
 * kept for the next start and refreshed when the browser answers again.
 *
 * Policy files are machine-wide: run this file only under the e2e lock. Each test removes its
 * file in a `finally` (support/policy.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messaging/protocol';
import { BROWSERS } from './support/browsers';
import { RULES, candorElementsSeen, eventually, extensionStorage, nextTask, recordCandorElements, sendToBackground, tabIdOf, waitForBanner } from './support/checks';
import { CAN_WRITE_POLICIES, withPolicy } from './support/policy';
import { withE2E } from './support/session';

const widget = RULES.find((r) => r.id === 'intercom') ?? RULES.find((r) => r.surface === 'widget' && r.kind !== 'human')!;

interface SettingsReply {
  settings: Record<string, unknown>;
  managed: string[];
  notice: string[];
}

describe.each(BROWSERS)('%s', (browserName) => {
  it.runIf(CAN_WRITE_POLICIES)('with a policy that switches Candor off, a widget page opened right after start never shows a banner', async () => {
    await withPolicy(browserName, { enabled: false }, (policy) =>
      withE2E(browserName, policy.options, async ({ server, browser }) => {
        const url = server.fixtureUrl(widget.fixtures.match[0]!);
        const page = await browser.newPage();
        // Every Candor element ever attached to the page is recorded, however briefly it stayed.
        await recordCandorElements(page);
        await page.goto(url);
        // Candor found the chat and decided under the policy: off.
        const tabId = await tabIdOf(browser, url);
        const state = await eventually(async () => {
          const s = await sendToBackground<TabState>(browser, { type: 'tab/state', tabId });
          return !s.enabled && s.detections.some((d) => d.rule === widget.id) && s;
        }, 'the chat to be found with the policy in force', 30_000);
        expect(state.detections.find((d) => d.rule === widget.id)).toMatchObject({ bannerShown: false, hiddenBecause: 'disabled' });
        await nextTask(page);
        expect(await candorElementsSeen(page)).toEqual([]);
        expect(await page.banners()).toEqual([]);
      }),
    );
  });

  it('without a policy, the same page opened right after start gets its banner', async () => {
    await withE2E(browserName, {}, async ({ server, browser }) => {
      const page = await browser.newPage();
      await recordCandorElements(page);
      await page.goto(server.fixtureUrl(widget.fixtures.match[0]!));
      await waitForBanner(page, widget.id, 30_000);
      expect((await candorElementsSeen(page)).map((e) => e.rule)).toContain(widget.id);
    });
  });

  it.runIf(CAN_WRITE_POLICIES)('policy values apply from the first answer, the options page shows them as set by the organisation, and they cannot be changed', async () => {
    await withPolicy(browserName, { teenMode: true, allowSiteDismiss: false, reminderMinutes: 45, mystery: 1 }, (policy) =>
      withE2E(browserName, policy.options, async ({ browser }) => {
        // One question, one answer: settings, managed keys and problems from the same moment,
        // even on a start where the policy arrives seconds late.
        const reply = await sendToBackground<SettingsReply>(browser, { type: 'settings/get' });
        expect([...reply.managed].sort()).toEqual(['allowSiteDismiss', 'reminderMinutes', 'teenMode']);
        expect(reply.settings).toMatchObject({ teenMode: true, allowSiteDismiss: false, reminderMinutes: 45 });
        // Chromium drops what managed_schema.json does not describe before Candor sees it;
        // Firefox passes everything on, and Candor names what it ignored.
        if (browserName === 'firefox') expect(reply.notice.join('\n')).toContain('unknown setting "mystery"');

        const options = await browser.openExtensionPage('src/ui/options/index.html');
        await options.waitFor(() => (document.querySelector('input[name="teenMode"]') as HTMLInputElement | null)?.disabled === true);
        expect(await options.textOf('main')).toContain('Set by your organization or family');
        const refused = await sendToBackground<{ ok: boolean; error?: string }>(browser, { type: 'settings/update', patch: { teenMode: false } });
        expect(refused).toEqual({ ok: false, error: expect.stringContaining('teenMode') });
        const still = await sendToBackground<SettingsReply>(browser, { type: 'settings/get' });
        expect(still.settings.teenMode).toBe(true);
        // Settings the policy leaves alone stay the person's to change.
        expect(((await sendToBackground(browser, { type: 'settings/update', patch: { showBadge: false } })) as { ok: boolean }).ok).toBe(true);
        await options.close();
      }),
    );
  });

  it.runIf(CAN_WRITE_POLICIES && browserName === 'chromium')('the policy read is kept for the next start, and the browser\'s next answer replaces it', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'candor-profile-'));
    try {
      await withPolicy(browserName, { enabled: false }, async (policy) => {
        // First start: the policy is read and kept.
        await withE2E(browserName, { ...policy.options, profile }, async ({ browser }) => {
          const reply = await sendToBackground<SettingsReply>(browser, { type: 'settings/get' });
          expect(reply.managed).toEqual(['enabled']);
          expect((await extensionStorage(browser)).policyCache).toMatchObject({ policy: { enabled: false } });
        });
        // The administrator takes the policy away; on the next start the browser says so, and
        // Candor follows: the banner is back and what is kept is "no policy".
        policy.remove();
        await withE2E(browserName, { ...policy.options, profile }, async ({ server, browser }) => {
          const page = await browser.newPage();
          await page.goto(server.fixtureUrl(widget.fixtures.match[0]!));
          await waitForBanner(page, widget.id, 30_000);
          const reply = await sendToBackground<SettingsReply>(browser, { type: 'settings/get' });
          expect(reply.managed).toEqual([]);
          expect((await extensionStorage(browser)).policyCache).toMatchObject({ policy: {} });
        });
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
