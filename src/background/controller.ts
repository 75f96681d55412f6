/**
 * The background's state and actions: receives reports, keeps settings, injects and updates
 * banners, sets the badge. index.ts only wires browser events to these methods.
 */
import bannerScript from '../content/banner/banner.iife.tsx?script';
import type { GlobalSignal } from '../detection/rule';
import { helpFor, resolveLanguage, resolveRegion } from '../help/select';
import type { BannerRender, ContentMessage, Request, ReportedDetection, Response, TabState } from '../messaging/protocol';
import browser from '../platform/browser';
import { nextPauseExpiry, siteKeyOf, withSiteChoice, withoutExpiredPauses } from '../settings/queries';
import type { Settings } from '../settings/schema';
import { toStored } from '../settings/normalize';
import { loadSettings, readNotice, clearNotice, saveSettings } from '../settings/store';
import { badgeCount, tabDetections, tabState, toBannerItem, withChatFrameDisclosure } from './presenter';
import { readPageGlobals } from './page-probe';
import { ruleFacts } from './rules';
import { TabStore } from './tab-store';

const PAUSE_ALARM = 'candor-pause-expiry';
const DURATIONS = { hour: 60 * 60 * 1000, day: 24 * 60 * 60 * 1000 } as const;

export class Controller {
  readonly tabs = new TabStore();
  private settings: Settings | undefined;
  private settingsLoading: Promise<Settings> | undefined;

  async getSettings(): Promise<Settings> {
    if (this.settings) return this.settings;
    this.settingsLoading ??= loadSettings().then(({ settings }) => {
      this.settings = settings;
      return settings;
    });
    return this.settingsLoading;
  }

  /** Settings changed in storage (by us, or another window): re-apply everywhere. */
  async onSettingsStored(): Promise<void> {
    this.settings = undefined;
    this.settingsLoading = undefined;
    await this.refreshAll();
  }

  private lastWritten = '';

  /** Whether a storage change is the write we just made (already applied). */
  isOwnWrite(stored: unknown): boolean {
    return JSON.stringify(stored) === this.lastWritten;
  }

  private async writeSettings(next: Settings): Promise<void> {
    this.settings = next;
    this.lastWritten = JSON.stringify(toStored(next));
    await saveSettings(next);
    await this.scheduleExpiry(next);
    await this.refreshAll();
  }

  private async scheduleExpiry(settings: Settings): Promise<void> {
    const next = nextPauseExpiry(settings, Date.now());
    await browser.alarms.clear(PAUSE_ALARM);
    if (next !== null) browser.alarms.create(PAUSE_ALARM, { when: next + 1000 });
  }

  /** A pause ended: tidy it away, which brings the banners back on open tabs. */
  async onAlarm(name: string): Promise<void> {
    if (name !== PAUSE_ALARM) return;
    const settings = await this.getSettings();
    const tidied = withoutExpiredPauses(settings, Date.now());
    if (tidied === settings) await this.scheduleExpiry(settings);
    else await this.writeSettings(tidied);
  }

  // ---- content script messages ----

  async onReport(tabId: number, frameId: number, message: Request<'detections/report'>): Promise<void> {
    await this.tabs.ready();
    const frame = this.tabs.report(tabId, frameId, message.url, message.detections);
    // Banner first; the page-globals probe only ever adds confidence, so it comes after.
    await this.refreshTab(tabId);
    if (await this.probeGlobals(tabId, frameId, message.detections, frame.globals)) await this.refreshTab(tabId);
  }

  async onChatFrame(tabId: number, message: Request<'frame/disclosure'>): Promise<void> {
    await this.tabs.ready();
    this.tabs.chatFrame(tabId, message.rules, message.disclosed, message.disclosure);
    await this.refreshTab(tabId);
  }

  async onDismiss(tabId: number, frameId: number, message: Request<'banner/dismiss'>): Promise<void> {
    if (message.scope === 'page') {
      this.tabs.dismissForPage(tabId, message.rule);
      await this.refreshTab(tabId);
      return;
    }
    const site = siteKeyOf(this.tabs.get(tabId)?.frames[frameId]?.url ?? this.tabs.get(tabId)?.url ?? '');
    if (!site) return;
    const settings = await this.getSettings();
    if (settings.sites[site]?.hiddenRules?.includes(message.rule)) return;
    await this.writeSettings(
      withSiteChoice(settings, site, (choice) => ({ ...choice, hiddenRules: [...(choice.hiddenRules ?? []), message.rule] })),
    );
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
    const badge = this.setBadge(tabId, settings.showBadge ? badgeCount(detections) : 0, !settings.enabled || detections.every((d) => d.hiddenBecause === 'paused'));
    const base = this.renderBase(settings);
    for (const [frameKey, frame] of Object.entries(tab.frames)) {
      const frameId = Number(frameKey);
      const items = detections
        .filter((d) => d.frameId === frameId && d.bannerShown)
        .map((d) => {
          const reported = withChatFrameDisclosure(frame.detections.find((r) => r.rule === d.rule)!, tab.chatFrames?.[d.rule]);
          return toBannerItem(reported, ruleFacts(d.rule)!, frame.globals[d.rule]);
        });
      if (items.length === 0 && !frame.bannerInjected) continue;
      await this.render(tabId, frameId, { ...base, items });
    }
    await badge;
  }

  private renderBase(settings: Settings): Omit<BannerRender, 'items'> {
    const languages = navigator.languages ?? [navigator.language];
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const region = resolveRegion(settings.region, timeZone, languages);
    return {
      style: settings.bannerStyle,
      language: resolveLanguage(settings.language, languages),
      region,
      help: helpFor(region),
      allowSiteDismiss: true,
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
        if (render.items.length === 0) return;
        await inject();
      }
      await browser.tabs.sendMessage(tabId, message, { frameId });
    } catch {
      // The frame's document changed since we injected (reload, bfcache): inject again once.
      if (render.items.length === 0) return;
      try {
        await inject();
        await browser.tabs.sendMessage(tabId, message, { frameId });
      } catch {
        /* the frame is gone */
      }
    }
  }

  private async setBadge(tabId: number, count: number, muted = false): Promise<void> {
    try {
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      if (count > 0) {
        await browser.action.setBadgeBackgroundColor({ tabId, color: muted ? '#6b7280' : '#4338ca' });
        await browser.action.setTitle({
          tabId,
          title: browser.i18n.getMessage(count === 1 ? 'badgeTitleOne' : 'badgeTitleMany', [String(count)]),
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
    const settings = await this.getSettings();
    const notice = await readNotice();
    if (notice.length > 0) await clearNotice();
    return { settings, notice };
  }

  async updateSettings(patch: Partial<Settings>): Promise<Response<'settings/update'>> {
    const settings = await this.getSettings();
    await this.writeSettings({ ...settings, ...structuredClone(patch) });
    return { ok: true };
  }

  async pauseSite(site: string, duration: Request<'site/pause'>['duration']): Promise<void> {
    const settings = await this.getSettings();
    await this.writeSettings(
      withSiteChoice(settings, site, ({ pausedUntil: _previous, ...choice }) =>
        duration === 'resume' ? choice : { ...choice, pausedUntil: duration === 'always' ? null : Date.now() + DURATIONS[duration] },
      ),
    );
  }
}
