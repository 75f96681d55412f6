/**
 * What each tab's frames reported. Kept in memory and mirrored to storage.session (which is
 * never written to disk and is cleared when the browser closes), because an MV3 background
 * can be stopped at any moment. Nothing here is browsing history: a tab's entry goes away when
 * the tab navigates or closes.
 */
import type { ClaimFinding, Disclosed, DisclosureDetail, DisclosureFinding, ReportedDetection } from '../messaging/protocol';
import browser from '../platform/browser';

export interface FrameState {
  url: string;
  detections: ReportedDetection[];
  /** whether the banner UI has been injected into this frame's current document */
  bannerInjected: boolean;
  /** page globals the MAIN-world probe confirmed, per rule */
  globals: Record<string, string[]>;
  /** rules whose note this document put out of sight: how often, and whether Candor gave up */
  hiddenByPage?: Record<string, { times: number; gaveUp: boolean }>;
}

export interface TabEntry {
  url: string | null;
  frames: Record<number, FrameState>;
  /** rules dismissed "for now" on this page view */
  dismissedForPage: string[];
  /** what vendors' own chat frames (other origins) said, by rule and frame id (a launcher frame and a window frame are two looks at one chat) */
  chatFrameReports?: Record<string, Record<number, ChatFrameReport>>;
  /** vendors' chat frames that reported, by frame id */
  chatFrameIds?: number[];
}

/** What a vendor's own chat frame said about itself. */
export interface ChatFrameReport {
  disclosed: Disclosed;
  disclosure: DisclosureFinding[];
  detail?: DisclosureDetail;
  /** the chat presenting itself as a therapist inside its frame */
  claims?: ClaimFinding[];
}

const SESSION_KEY = 'tabs';

export class TabStore {
  private tabs = new Map<number, TabEntry>();
  private restored: Promise<void>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.restored = this.restore();
  }

  private async restore(): Promise<void> {
    try {
      const saved = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as Record<string, TabEntry> | undefined;
      if (saved && typeof saved === 'object') {
        for (const [id, entry] of Object.entries(saved)) {
          if (!this.tabs.has(Number(id))) this.tabs.set(Number(id), entry);
        }
      }
    } catch {
      /* storage.session unavailable: memory only */
    }
  }

  ready(): Promise<void> {
    return this.restored;
  }

  private persist(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      const data = Object.fromEntries(this.tabs);
      browser.storage.session.set({ [SESSION_KEY]: data }).catch(() => undefined);
    }, 50);
  }

  get(tabId: number): TabEntry | undefined {
    return this.tabs.get(tabId);
  }

  entries(): IterableIterator<[number, TabEntry]> {
    return this.tabs.entries();
  }

  /** Records a frame's report; returns the frame's state. */
  report(tabId: number, frameId: number, url: string, detections: ReportedDetection[]): FrameState {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = { url: frameId === 0 ? url : null, frames: {}, dismissedForPage: [] };
      this.tabs.set(tabId, tab);
    }
    if (frameId === 0) tab.url = url;
    const previous = tab.frames[frameId];
    const frame: FrameState = {
      url,
      detections,
      bannerInjected: previous?.url === url ? previous.bannerInjected : false,
      globals: previous?.url === url ? previous.globals : {},
    };
    if (previous?.url === url && previous.hiddenByPage) frame.hiddenByPage = previous.hiddenByPage;
    tab.frames[frameId] = frame;
    this.persist();
    return frame;
  }

  update(tabId: number, frameId: number, change: Partial<FrameState>): void {
    const frame = this.tabs.get(tabId)?.frames[frameId];
    if (!frame) return;
    Object.assign(frame, change);
    this.persist();
  }

  /** The page in this frame hid the rule's note (again); returns false for an unknown frame. */
  markHiddenByPage(tabId: number, frameId: number, rule: string, timesHidden: number, gaveUp: boolean): boolean {
    const frame = this.tabs.get(tabId)?.frames[frameId];
    if (!frame) return false;
    const before = frame.hiddenByPage?.[rule];
    frame.hiddenByPage = {
      ...frame.hiddenByPage,
      [rule]: { times: Math.max(timesHidden, before?.times ?? 0), gaveUp: gaveUp || (before?.gaveUp ?? false) },
    };
    this.persist();
    return true;
  }

  dismissForPage(tabId: number, rule: string): void {
    const tab = this.tabs.get(tabId);
    if (!tab || tab.dismissedForPage.includes(rule)) return;
    tab.dismissedForPage.push(rule);
    this.persist();
  }

  /** Records what a vendor's chat frame said; returns whether this frame reported for the first time. */
  chatFrame(
    tabId: number,
    frameId: number,
    rules: string[],
    disclosed: Disclosed,
    disclosure: DisclosureFinding[],
    detail?: DisclosureDetail,
    claims: ClaimFinding[] = [],
  ): boolean {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = { url: null, frames: {}, dismissedForPage: [] };
      this.tabs.set(tabId, tab);
    }
    tab.chatFrameReports ??= {};
    const report: ChatFrameReport = { disclosed, disclosure };
    if (detail) report.detail = detail;
    if (claims.length > 0) report.claims = claims;
    for (const rule of rules) (tab.chatFrameReports[rule] ??= {})[frameId] = report;
    tab.chatFrameIds ??= [];
    const first = !tab.chatFrameIds.includes(frameId);
    if (first) tab.chatFrameIds.push(frameId);
    this.persist();
    return first;
  }

  /** The tab navigated to a new document: forget everything about the old one. */
  clear(tabId: number): boolean {
    const had = this.tabs.has(tabId);
    this.tabs.delete(tabId);
    if (had) this.persist();
    return had;
  }
}
