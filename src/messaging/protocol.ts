/**
 * The one message protocol between Candor's parts. Every message is `{ type, ...payload }`;
 * the map below gives each type its payload and its reply, grouped by who may send it. The
 * background router is typed against it, so a missing handler fails the type check, and
 * guards.ts validates every payload at run time before a handler sees it.
 */
import type { AuditPage } from '../audit/report';
import type { ClaimFinding } from '../detection/claims';
import type { PageContext } from '../detection/context';
import type { Kind, Category, Surface } from '../detection/rule';
import type { DisclosureDetail } from '../detection/verdict';
import type { EmergencyNumber, HelpResource } from '../help/types';
import type { CrisisTier } from '../crisis/match';
import type { RegionCode } from '../help/regions';
import type { Catalog } from '../i18n';
import type { Language } from '../i18n/languages';
import type { BannerStyle, SettingKey, Settings } from '../settings/schema';

export type Disclosed = 'yes' | 'no' | 'unknown';
export type { DisclosureDetail, DisclosureRead, DisclosureReason } from '../detection/verdict';

/** One piece of evidence, as the content script saw it. */
export interface Evidence {
  type: 'script' | 'frame' | 'element' | 'host' | 'global';
  /** a URL, a host or an element description */
  value: string;
}

export interface DisclosureFinding {
  /** the words that disclosed AI, as found */
  text: string;
  /** where: "chat window", "launcher label", "chat frame" */
  where: string;
}

export type { ClaimFinding, PageContext };

/** A detection as the content script reports it. */
export interface ReportedDetection {
  rule: string;
  confidence: number;
  evidence: Evidence[];
  disclosed: Disclosed;
  disclosure: DisclosureFinding[];
  /** what the page around the chat is about (context.ts); absent from older detectors */
  context?: PageContext;
  /** the words that made the page a mental-health page, for "why" */
  contextEvidence?: string[];
  /** where the chat presents itself as a therapist or licensed clinician (claims.ts) */
  claims?: ClaimFinding[];
  /** what was read, where, and why the verdict (absent from older reports) */
  disclosureDetail?: DisclosureDetail;
}

/** What a banner needs to render one detected chat. */
export interface BannerItem {
  rule: string;
  name: string;
  website: string;
  kind: Kind;
  category: Category;
  surface: Surface;
  disclosed: Disclosed;
  disclosure: DisclosureFinding[];
  disclosureDetail?: DisclosureDetail;
  confidence: number;
  evidence: Evidence[];
  /**
   * `mental-health` on a page about mental health, in a companion or mental-health app, or when
   * the chat presents itself as a therapist; `general` otherwise (data-candor-context)
   */
  context: PageContext;
  contextEvidence: string[];
  /** the chat presenting itself as a therapist, with where (data-candor-claims="therapist") */
  claims: ClaimFinding[];
}

export interface BannerRender {
  items: BannerItem[];
  style: BannerStyle;
  language: Language;
  /** the UI catalog for `language` (absent for English, which the banner carries itself) */
  messages?: Catalog;
  region: RegionCode;
  /** teen mode: wording and help for young people */
  audience: 'everyone' | 'teen';
  help: HelpResource[];
  /** whether "dismiss for this site" is offered */
  allowSiteDismiss: boolean;
  /**
   * The chats detected in this frame that Candor is active for (banner shown or not): the
   * break reminder and the crisis check run beside them.
   */
  chats: Array<{ rule: string; name: string; kind: Kind; surface: Surface }>;
  /** minutes of continuous use before a break reminder; null when off or no AI-only chat here */
  reminderMinutes: number | null;
  /** check what is typed into the chat for crisis words (on the device only) */
  crisisSupport: boolean;
  /** the region's emergency number, for the crisis panel; null when unknown */
  emergency: EmergencyNumber | null;
  /** abuse and child lines for the crisis panel's abuse tier (youth lines first in teen mode) */
  abuseHelp: HelpResource[];
}

export interface LockStatus {
  set: boolean;
  locked: boolean;
  coversSiteDismiss: boolean;
  retryAfterMs: number;
}

export type ChangeResult = { ok: true } | { ok: false; error: string };

/** Why a detection has no banner. */
export type HiddenReason = 'disabled' | 'paused' | 'rule-off' | 'kind-off' | 'style-badge' | 'dismissed-site' | 'dismissed-page';

/** A detection with its rule's facts, for the popup. */
export interface TabDetection extends BannerItem {
  frameId: number;
  bannerShown: boolean;
  /** why no banner, when there is none */
  hiddenBecause?: HiddenReason;
  /**
   * The page kept hiding or removing Candor's note for this chat until Candor stopped putting it
   * back (see content/banner/hide-tracker.ts); false otherwise.
   */
  hiddenByPage: boolean;
  /** how often the page put the note out of sight in this page view, when it did at all */
  timesHidden?: number;
}

export interface TabState {
  url: string | null;
  site: string | null;
  detections: TabDetection[];
  paused: boolean;
  pausedUntil: number | null;
  enabled: boolean;
}

/** An audit the person started: only while one runs can evidence be recorded. */
export interface AuditSession {
  name: string;
  startedAt: string;
}

/** One page's evidence, recorded from the popup during an audit. */
export interface EvidenceRecord extends AuditPage {
  id: string;
  title: string;
  auditName: string;
  /** the visible tab as a PNG data URL, or null when it could not be captured */
  screenshotDataUrl: string | null;
  screenshotError?: string;
  versions: { extension: string; rules: string; browser: string };
}

/** Messages content scripts may send. */
export interface ContentToBackground {
  /** the sentinel saw something that could be a chat: inject the engine into this frame */
  'detector/wake': { req: Record<string, never>; res: void };
  'detections/report': { req: { url: string; detections: ReportedDetection[] }; res: void };
  'banner/dismiss': { req: { rule: string; scope: 'page' | 'site' }; res: void };
  /**
  /**
   * the page put this chat's note out of sight (`timesHidden` so far in this document);
   * `gaveUp`: it kept doing so, and Candor stopped putting it back
   */
  'banner/hidden': { req: { rule: string; timesHidden: number; gaveUp: boolean }; res: void };
  /**
   * crisis words were typed in a vendor's chat frame: only the fact and how urgent it sounded
   * (the tier), never the words
   */
  'crisis/detected': { req: { tier?: CrisisTier }; res: void };
  /** from a vendor's chat frame on another origin: what its own text says */
  'frame/disclosure': {
    req: { url: string; rules: string[]; disclosed: Disclosed; disclosure: DisclosureFinding[]; detail?: DisclosureDetail; claims?: ClaimFinding[] };
    res: void;
  };
}

/** Messages only Candor's own pages (popup, options) may send. */
export interface PageToBackground {
  'tab/state': { req: { tabId: number }; res: TabState };
  'settings/get': { req: Record<string, never>; res: { settings: Settings; notice: string[]; managed: SettingKey[]; lock: LockStatus } };
  'settings/update': { req: { patch: Partial<Settings> }; res: ChangeResult };
  'site/pause': { req: { site: string; duration: 'hour' | 'day' | 'always' | 'resume' }; res: ChangeResult };
  'lock/set': { req: { pin: string; coversSiteDismiss: boolean }; res: ChangeResult };
  'lock/unlock': { req: { pin: string }; res: ChangeResult & { retryAfterMs?: number } };
  'lock/relock': { req: Record<string, never>; res: void };
  'lock/remove': { req: Record<string, never>; res: ChangeResult };
  'audit/state': { req: Record<string, never>; res: { audit: AuditSession | null; records: EvidenceRecord[] } };
  'audit/start': { req: { name: string }; res: void };
  'audit/stop': { req: Record<string, never>; res: void };
  'audit/record': { req: { tabId: number }; res: { ok: true; id: string } | { ok: false; error: string } };
  'audit/delete': { req: { id: string }; res: void };
}

/** Messages the background sends into a frame. */
export interface BackgroundToContent {
  'banner/render': { req: BannerRender; res: void };
  'detector/rescan': { req: Record<string, never>; res: void };
  /** crisis words were typed in this tab's chat frame: show human help (with what to show) */
  'notice/crisis': { req: Omit<BannerRender, 'items'> & { tier: CrisisTier }; res: void };
}

export type Protocol = ContentToBackground & PageToBackground;
export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = { type: K } & Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];
export type ContentMessage<K extends keyof BackgroundToContent = keyof BackgroundToContent> = {
  [T in K]: { type: T } & BackgroundToContent[T]['req'];
}[K];

export const CONTENT_MESSAGE_TYPES = ['detector/wake', 'detections/report', 'banner/dismiss', 'banner/hidden', 'frame/disclosure', 'crisis/detected'] as const satisfies ReadonlyArray<
  keyof ContentToBackground
>;
export const PAGE_MESSAGE_TYPES = [
  'tab/state',
  'settings/get',
  'settings/update',
  'site/pause',
  'audit/state',
  'audit/start',
  'audit/stop',
  'audit/record',
  'audit/delete',
  'lock/set',
  'lock/unlock',
  'lock/relock',
  'lock/remove',
] as const satisfies ReadonlyArray<
  keyof PageToBackground
>;
