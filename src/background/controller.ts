/**
 * The background's state and actions: receives reports, keeps settings, injects and updates
 * banners, sets the badge. index.ts only wires browser events to these methods.
 */
import bannerScript from '../content/banner/banner.iife.tsx?script';
import chatFrameScript from '../content/chat-frame.iife.ts?script';
import detectorScript from '../content/detector.iife.ts?script';
import type { GlobalSignal } from '../detection/rule';
import { helpFor, helpForTeens, resolveLanguage, resolveRegion } from '../help/select';
import { emergencyNumberFor } from '../help/emergency';
import { abuseHelpFor } from '../help/abuse';
import type { CrisisTier } from '../crisis/match';
import { catalogFor } from '../i18n';
// The banner is injected with English only; each render carries the catalog it needs.
import '../i18n/catalogs';
import type { BannerRender, ContentMessage, Request, ReportedDetection, Response, TabState } from '../messaging/protocol';
import browser from '../platform/browser';
import { nextPauseExpiry, siteKeyOf, withSiteChoice, withoutExpiredPauses } from '../settings/queries';
import { reminderMinutes, type Settings } from '../settings/schema';
import { clearNotice, readNotice } from '../settings/store';
import { SettingsService } from './settings-service';
import { badgeCount, chatFrameSays, tabDetections, tabState, timesHiddenByPage, toBannerItem, withChatFrameDisclosure } from './presenter';
import { readPageGlobals } from './page-probe';
import { ruleFacts } from './rules';
import { TabStore } from './tab-store';

const PAUSE_ALARM = 'candor-pause-expiry';
const DURATIONS = { hour: 60 * 60 * 1000, day: 24 * 60 * 60 * 1000 } as const;

export class Controller {
  readonly tabs = new TabStore();
  readonly settings = new SettingsService(async () => {
    await this.scheduleExpiry(await this.settings.get());
    await this.refreshAll();
  });

  getSettings(): Promise<Settings> {
    return this.settings.get();
  }

  private async scheduleExpiry(settings: Settings): Promise<void> {
    const next = nextPauseExpiry(settings, Date.now());
    await browser.alarms.clear(PAUSE_ALARM);
    if (next !== null) browser.alarms.create(PAUSE_ALARM, { when: next + 1000 });
  }

  /** A pause ended: tidy it away, which brings the banners back on open tabs. */
  async onAlarm(name: string): Promise<void> {
    if (name !== PAUSE_ALARM) return;
    const now = Date.now();
    // Tidying an expired pause is not a change the person makes: the lock does not apply.
    const result = await this.settings.change((s) => withoutExpiredPauses(s, now), { bypassLock: true });
    if (!result.ok) await this.refreshAll();
  }

  // ---- content script messages ----

  /**
   * The sentinel in this frame saw something that could be a chat: inject the engine there. It
   * guards itself against a second injection (a restarted background does not remember).
   */
  async wakeDetector(tabId: number, frameId: number): Promise<void> {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [detectorScript] }).catch(() => undefined);
  }

  async onReport(tabId: number, frameId: number, message: Request<'detections/report'>): Promise<void> {
    await this.tabs.ready();
    const frame = this.tabs.report(tabId, frameId, message.url, message.detections);
    // Banner first; the page-globals probe only ever adds confidence, so it comes after.
    await this.refreshTab(tabId);
    if (await this.probeGlobals(tabId, frameId, message.detections, frame.globals)) await this.refreshTab(tabId);
  }

  async onChatFrame(tabId: number, frameId: number, message: Request<'frame/disclosure'>): Promise<void> {
    await this.tabs.ready();
    const firstReport = this.tabs.chatFrame(tabId, frameId, message.rules, message.disclosed, message.disclosure, message.detail, message.claims);
    await this.refreshTab(tabId);
    // Crisis help inside the vendor's frame, where the person types, for chats that may be AI.
    const settings = await this.getSettings();
    const mayBeAi = message.rules.some((rule) => ruleFacts(rule)?.kind !== 'human');
    if (firstReport && settings.enabled && settings.crisisSupport && mayBeAi) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [chatFrameScript] }).catch(() => undefined);
    }
  }

  /**
   * A vendor's chat frame saw crisis words typed. The frames where the chat was detected show
   * human help, worded for the tier (the banner UI is injected there if it is not yet).
   */
  async onCrisisInFrame(tabId: number, tier: CrisisTier): Promise<void> {
    const settings = await this.getSettings();
    const tab = this.tabs.get(tabId);
    if (!tab || !settings.enabled || !settings.crisisSupport) return;
    const base = await this.renderBase(settings);
    for (const [frameKey, frame] of Object.entries(tab.frames)) {
      const chats = frame.detections.flatMap((d) => {
        const facts = ruleFacts(d.rule);
        return facts && facts.kind !== 'human' ? [{ rule: facts.id, name: facts.name, kind: facts.kind, surface: facts.surface }] : [];
      });
      if (chats.length === 0) continue;
      const frameId = Number(frameKey);
      try {
        if (!frame.bannerInjected) {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [bannerScript] });
          this.tabs.update(tabId, frameId, { bannerInjected: true });
        }
        const message: ContentMessage<'notice/crisis'> = { type: 'notice/crisis', ...base, chats, tier };
        await browser.tabs.sendMessage(tabId, message, { frameId });
      } catch {
        /* the frame is gone */
      }
    }
  }

  async onDismiss(tabId: number, frameId: number, message: Request<'banner/dismiss'>): Promise<void> {
    if (message.scope === 'page') {
      this.tabs.dismissForPage(tabId, message.rule);
      await this.refreshTab(tabId);
      return;
    }
    const site = siteKeyOf(this.tabs.get(tabId)?.frames[frameId]?.url ?? this.tabs.get(tabId)?.url ?? '');
    if (!site) return;
    if (!(await this.siteDismissAllowed())) {
      // Not allowed here (family setting or lock): hide it for now instead.
      this.tabs.dismissForPage(tabId, message.rule);
      await this.refreshTab(tabId);
      return;
    }
    const settings = await this.getSettings();
    if (settings.sites[site]?.hiddenRules?.includes(message.rule)) return;
    await this.settings.change(
      (s) => withSiteChoice(s, site, (choice) => ({ ...choice, hiddenRules: [...(choice.hiddenRules ?? []), message.rule] })),
      { bypassLock: true },
    );
  }

  /**
   * The page put a chat's note out of sight. Remembered for this page view; once the page has
   * kept doing it and the banner stopped putting it back, the toolbar badge says so, where the
   * page cannot reach.
   */
  async onHiddenByPage(tabId: number, frameId: number, message: Request<'banner/hidden'>): Promise<void> {
    await this.tabs.ready();
    if (this.tabs.markHiddenByPage(tabId, frameId, message.rule, message.timesHidden, message.gaveUp) && message.gaveUp) await this.refreshTab(tabId);
  }

  /** "Hide on this site" is offered unless a family setting or the lock says otherwise. */
  private async siteDismissAllowed(): Promise<boolean> {
    const settings = await this.getSettings();
    if (!settings.allowSiteDismiss) return false;
    const lock = await this.settings.lockStatus();
    return !(lock.locked && lock.coversSiteDismiss);
  }

  /**
   * Reads page globals for detected rules; they only ever add confidence to a detection.
   * Returns whether any was found.
   */
  private async probeGlobals(tabId: number, frameId: number, detections: ReportedDetection[], known: Record<string, string[]>): Promise<boolean> {
    const wanted: Array<[rule: string, name: string]> = [];
    for (const d of detections) {
      if (known[d.rule]) continue;
      for (const signal of ruleFacts(d.rule)?.signals ?? []) {
        if (signal.type === 'global') wanted.push([d.rule, (signal as GlobalSignal).name]);
      }
    }
    if (wanted.length === 0) return false;
    const found = await readPageGlobals(tabId, frameId, wanted.map(([, name]) => name));
    const globals = { ...known };
    for (const d of detections) globals[d.rule] ??= [];
    wanted.forEach(([rule, name], i) => {
      if (found[i]) globals[rule]!.push(name);
    });
    this.tabs.update(tabId, frameId, { globals });
    return found.some(Boolean);
  }

  // ---- applying state to tabs ----

  async refreshAll(): Promise<void> {
    await this.tabs.ready();
    await Promise.all([...this.tabs.entries()].map(([tabId]) => this.refreshTab(tabId)));
  }

  async refreshTab(tabId: number): Promise<void> {
    const tab = this.tabs.get(tabId);
    if (!tab) return this.setBadge(tabId, 0);
    const settings = await this.getSettings();
    const now = Date.now();
    const detections = tabDetections(tab, settings, ruleFacts, now);
    const hidden = settings.enabled ? timesHiddenByPage(detections.filter((d) => d.bannerShown)) : 0;
    const badge = this.setBadge(
      tabId,
      settings.showBadge || hidden > 0 ? badgeCount(detections) : 0,
      !settings.enabled || detections.every((d) => d.hiddenBecause === 'paused'),
      hidden,
    );
    const base = await this.renderBase(settings);
    for (const [frameKey, frame] of Object.entries(tab.frames)) {
      const frameId = Number(frameKey);
      // Chats Candor is active for here, shown or not: reminders and crisis help run beside them.
      const active = detections.filter(
        (d) => d.frameId === frameId && d.hiddenBecause !== 'disabled' && d.hiddenBecause !== 'paused' && d.hiddenBecause !== 'rule-off',
      );
      const chats = active.map((d) => ({ rule: d.rule, name: d.name, kind: d.kind, surface: d.surface }));
      const frameBase = {
        ...base,
        chats,
        reminderMinutes: chats.some((c) => c.kind === 'ai') ? base.reminderMinutes : null,
        crisisSupport: base.crisisSupport && chats.some((c) => c.kind !== 'human'),
      };
      const items = detections
        .filter((d) => d.frameId === frameId && d.bannerShown)
        .map((d) => {
          const reported = withChatFrameDisclosure(frame.detections.find((r) => r.rule === d.rule)!, chatFrameSays(tab, d.rule));
          return toBannerItem(reported, ruleFacts(d.rule)!, frame.globals[d.rule]);
        });
      const needed = items.length > 0 || frameBase.reminderMinutes !== null || frameBase.crisisSupport;
      if (!needed && !frame.bannerInjected) continue;
      await this.render(tabId, frameId, { ...frameBase, items });
    }
    await badge;
  }

  private async renderBase(settings: Settings): Promise<Omit<BannerRender, 'items' | 'chats'>> {
    const languages = navigator.languages ?? [navigator.language];
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const region = resolveRegion(settings.region, timeZone, languages);
    const language = resolveLanguage(settings.language, languages);
    const messages = language === 'en' ? undefined : catalogFor(language);
    return {
      style: settings.bannerStyle,
      language,
      ...(messages ? { messages } : {}),
      region,
      audience: settings.teenMode ? 'teen' : 'everyone',
      help: settings.teenMode ? helpForTeens(region) : helpFor(region),
      emergency: emergencyNumberFor(region),
      abuseHelp: abuseHelpFor(region, settings.teenMode),
      allowSiteDismiss: await this.siteDismissAllowed(),
      reminderMinutes: reminderMinutes(settings),
      crisisSupport: settings.crisisSupport,
    };
  }

  /** Injects the banner UI into the frame if needed, then hands it what to show. */
  private async render(tabId: number, frameId: number, render: BannerRender): Promise<void> {
    const frame = this.tabs.get(tabId)?.frames[frameId];
    if (!frame) return;
    const message: ContentMessage<'banner/render'> = { type: 'banner/render', ...render };
    const inject = async () => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [bannerScript] });
      this.tabs.update(tabId, frameId, { bannerInjected: true });
    };
    try {
      if (!frame.bannerInjected) {
        if (render.items.length === 0 && render.chats.length === 0) return;
        await inject();
      }
      await browser.tabs.sendMessage(tabId, message, { frameId });
    } catch {
      // The frame's document changed since we injected (reload, bfcache): inject again once.
      if (render.items.length === 0 && render.chats.length === 0) return;
      try {
        await inject();
        await browser.tabs.sendMessage(tabId, message, { frameId });
      } catch {
        /* the frame is gone */
      }
    }
  }

  /**
   * The toolbar badge: how many chats, and — in amber, with a "!" and a title that says why —
   * when the page hid Candor's note (`hiddenTimes` > 0).
   */
  private async setBadge(tabId: number, count: number, muted = false, hiddenTimes = 0): Promise<void> {
    try {
      const hidden = hiddenTimes > 0 && count > 0;
      await browser.action.setBadgeText({ tabId, text: count > 0 ? `${count}${hidden ? '!' : ''}` : '' });
      if (count > 0) {
        await browser.action.setBadgeBackgroundColor({ tabId, color: hidden ? '#b45309' : muted ? '#6b7280' : '#4338ca' });
        await browser.action.setTitle({
          tabId,
          title: hidden
            ? browser.i18n.getMessage('badgeTitleHidden', [String(hiddenTimes)])
            : browser.i18n.getMessage(count === 1 ? 'badgeTitleOne' : 'badgeTitleMany', [String(count)]),
        });
      } else {
        await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
      }
    } catch {
      /* the tab closed */
    }
  }

  // ---- tab lifecycle ----

  /** A real navigation in the top frame: the old page's findings no longer apply. */
  async onNavigate(tabId: number): Promise<void> {
    await this.tabs.ready();
    if (this.tabs.clear(tabId)) {
      this.pendingRescan.add(tabId);
      await this.setBadge(tabId, 0);
    }
  }

  private pendingRescan = new Set<number>();

  /**
   * Page finished loading. If we forgot findings on the way (a same-document navigation also
   * fires "loading"), ask the frames to report again; detectors with nothing found stay quiet.
   */
  async onLoaded(tabId: number): Promise<void> {
    if (!this.pendingRescan.delete(tabId)) return;
    try {
      await browser.tabs.sendMessage(tabId, { type: 'detector/rescan' });
    } catch {
      /* no detector on this page */
    }
  }

  onTabRemoved(tabId: number): void {
    this.tabs.clear(tabId);
    this.pendingRescan.delete(tabId);
  }

  // ---- extension pages ----

  async getTabState(tabId: number): Promise<TabState> {
    await this.tabs.ready();
    let url: string | null = null;
    try {
      url = (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      url = null;
    }
    return tabState(this.tabs.get(tabId), url, await this.getSettings(), ruleFacts, Date.now());
  }

  async getSettingsWithNotice(): Promise<Response<'settings/get'>> {
    // One snapshot: a policy that lands while this reply is put together cannot split it.
    const { settings, managed, problems } = await this.settings.snapshot();
    const notice = [...(await readNotice()), ...problems];
    await clearNotice();
    return { settings, notice, managed: [...managed], lock: await this.settings.lockStatus() };
  }

  /**
   * Changes settings from Candor's pages. A setting the policy decides can't be changed: asking
   * for another value is refused (and names it); the policy's own value is accepted as a no-op.
   */
  async updateSettings(patch: Partial<Settings>): Promise<Response<'settings/update'>> {
    const { settings: effective, managed } = await this.settings.snapshot();
    const keys = Object.keys(patch) as Array<keyof Settings>;
    const blocked = keys.filter((k) => managed.includes(k) && JSON.stringify(patch[k]) !== JSON.stringify(effective[k]));
    if (blocked.length > 0) return { ok: false, error: `Set by your organization or family: ${blocked.join(', ')}.` };
    const allowed = Object.fromEntries(keys.filter((k) => !managed.includes(k)).map((k) => [k, structuredClone(patch[k])]));
    return this.settings.change((s) => ({ ...s, ...allowed }));
  }

  async pauseSite(site: string, duration: Request<'site/pause'>['duration']): Promise<Response<'site/pause'>> {
    return this.settings.change((s) =>
      withSiteChoice(s, site, ({ pausedUntil: _previous, ...choice }) =>
        duration === 'resume' ? choice : { ...choice, pausedUntil: duration === 'always' ? null : Date.now() + DURATIONS[duration] },
      ),
    );
  }
}
