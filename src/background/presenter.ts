/**
 * Decides, from a tab's reports and the settings, what each frame shows: which detections get
 * a banner, and why the others don't. Pure, so it is unit-tested without a browser.
 */
import type { RuleFacts } from '../detection/rule';
import type { BannerItem, ClaimFinding, Disclosed, DisclosureDetail, DisclosureFinding, HiddenReason, PageContext, ReportedDetection, TabDetection, TabState } from '../messaging/protocol';
import { mergeDetails } from '../detection/verdict';
import {
  isDismissedForSite,
  isPaused,
  isRuleEnabled,
  kindShowsBanner,
  pausedUntil,
  siteKeyOf,
} from '../settings/queries';
import type { Settings } from '../settings/schema';
import type { ChatFrameReport, TabEntry } from './tab-store';

/** Categories of apps people confide in: always a mental-health context. */
const CONFIDED_IN: ReadonlyArray<RuleFacts['category']> = ['mental-health', 'ai-companion'];

/**
 * The context of a detected chat: a companion or mental-health app, or a chat that presents
 * itself as a therapist, is always `mental-health`; otherwise what the page around it is about.
 */
export function contextOf(detection: Pick<ReportedDetection, 'context' | 'claims'>, facts: Pick<RuleFacts, 'category'>): PageContext {
  if (CONFIDED_IN.includes(facts.category)) return 'mental-health';
  if ((detection.claims?.length ?? 0) > 0) return 'mental-health';
  return detection.context === 'mental-health' ? 'mental-health' : 'general';
}

export function toBannerItem(detection: ReportedDetection, facts: RuleFacts, globals: readonly string[] = []): BannerItem {
  const globalSignals = facts.signals.filter((s) => s.type === 'global' && globals.includes(s.name));
  const extra = globalSignals.reduce((sum, s) => sum + s.confidence, 0);
  return {
    rule: facts.id,
    name: facts.name,
    website: facts.website,
    kind: facts.kind,
    category: facts.category,
    surface: facts.surface,
    disclosed: detection.disclosed,
    disclosure: detection.disclosure,
    ...(detection.disclosureDetail ? { disclosureDetail: detection.disclosureDetail } : {}),
    confidence: Math.min(100, detection.confidence + extra),
    evidence: [...detection.evidence, ...globalSignals.map((s) => ({ type: 'global' as const, value: `window.${s.type === 'global' ? s.name : ''}` }))],
    context: contextOf(detection, facts),
    contextEvidence: detection.context === 'mental-health' ? (detection.contextEvidence ?? []) : [],
    claims: detection.claims ?? [],
  };
}

export function hiddenReason(
  settings: Settings,
  tab: Pick<TabEntry, 'dismissedForPage'>,
  site: string | null,
  facts: RuleFacts,
  now: number,
): HiddenReason | null {
  if (!settings.enabled) return 'disabled';
  if (isPaused(settings, site, now)) return 'paused';
  if (!isRuleEnabled(settings, facts.id)) return 'rule-off';
  if (!settings.bannerKinds[facts.kind]) return 'kind-off';
  if (!kindShowsBanner(settings, facts.kind)) return 'style-badge';
  if (isDismissedForSite(settings, site, facts.id)) return 'dismissed-site';
  if (tab.dismissedForPage.includes(facts.id)) return 'dismissed-page';
  return null;
}

const CERTAINTY: Record<Disclosed, number> = { unknown: 0, no: 1, yes: 2 };

/**
 * The page's view of a chat and the chat's own frame (when it lives on the vendor's origin)
 * are two looks at the same thing: keep whichever says more ("yes" over "no" over "unknown").
 */
export function withChatFrameDisclosure(
  detection: ReportedDetection,
  frame: { disclosed: Disclosed; disclosure: DisclosureFinding[]; detail?: DisclosureDetail; claims?: ClaimFinding[] } | undefined,
): ReportedDetection {
  if (!frame) return detection;
  const detail = mergeDetails(detection.disclosureDetail, frame.detail);
  let merged: ReportedDetection = detail ? { ...detection, disclosureDetail: detail } : detection;
  // What the chat says about itself inside its own frame counts as much as on the page.
  if (frame.claims?.length && !detection.claims?.length) {
    merged = { ...merged, claims: frame.claims.map((c) => ({ ...c, where: c.where.startsWith('chat frame') ? c.where : `chat frame: ${c.where}` })) };
  }
  if (CERTAINTY[frame.disclosed] <= CERTAINTY[detection.disclosed]) return merged;
  return { ...merged, disclosed: frame.disclosed, disclosure: frame.disclosure.map((f) => ({ ...f, where: f.where.startsWith('chat frame') ? f.where : `chat frame: ${f.where}` })) };
}

/** All of a rule's frames together: the one that says most wins, as between the page and a frame. */
export function combineFrameReports(reports: readonly ChatFrameReport[]): ChatFrameReport | undefined {
  let best: ChatFrameReport | undefined;
  let detail: DisclosureDetail | undefined;
  let claims: ClaimFinding[] | undefined;
  for (const report of reports) {
    if (!best || CERTAINTY[report.disclosed] > CERTAINTY[best.disclosed]) best = report;
    detail = mergeDetails(detail, report.detail);
    if (!claims && report.claims?.length) claims = report.claims;
  }
  if (!best) return undefined;
  const out: ChatFrameReport = { disclosed: best.disclosed, disclosure: best.disclosure };
  if (detail) out.detail = detail;
  if (claims) out.claims = claims;
  return out;
}

/** What the rule's chat frames on this tab said, all together (undefined when none reported). */
export function chatFrameSays(tab: Pick<TabEntry, 'chatFrameReports'>, rule: string): ChatFrameReport | undefined {
  const byFrame = tab.chatFrameReports?.[rule];
  return byFrame ? combineFrameReports(Object.values(byFrame)) : undefined;
}

/** Everything detected on a tab, frame by frame, with what is shown and why not. */
export function tabDetections(
  tab: TabEntry,
  settings: Settings,
  lookup: (id: string) => RuleFacts | undefined,
  now: number,
): TabDetection[] {
  const site = tab.url ? siteKeyOf(tab.url) : null;
  const out: TabDetection[] = [];
  for (const [frameKey, frame] of Object.entries(tab.frames)) {
    for (const reported of frame.detections) {
      const detection = withChatFrameDisclosure(reported, chatFrameSays(tab, reported.rule));
      const facts = lookup(detection.rule);
      if (!facts) continue; // a rule from another version of Candor
      const reason = hiddenReason(settings, tab, site, facts, now);
      const hidden = frame.hiddenByPage?.[detection.rule];
      const item: TabDetection = {
        ...toBannerItem(detection, facts, frame.globals[detection.rule]),
        frameId: Number(frameKey),
        bannerShown: reason === null,
        hiddenByPage: hidden?.gaveUp ?? false,
      };
      if (reason) item.hiddenBecause = reason;
      if (hidden) item.timesHidden = hidden.times;
      out.push(item);
    }
  }
  return out;
}

/** How often the page hid Candor's note for its chats, summed (0 when it never kept one hidden). */
export function timesHiddenByPage(detections: readonly TabDetection[]): number {
  return detections.reduce((sum, d) => sum + (d.hiddenByPage ? (d.timesHidden ?? 1) : 0), 0);
}

/** Detections counted on the toolbar badge: one per chat interface, rules switched off excluded. */
export function badgeCount(detections: readonly TabDetection[]): number {
  return new Set(detections.filter((d) => d.hiddenBecause !== 'rule-off').map((d) => d.rule)).size;
}

export function tabState(tab: TabEntry | undefined, url: string | null, settings: Settings, lookup: (id: string) => RuleFacts | undefined, now: number): TabState {
  const site = url ? siteKeyOf(url) : null;
  const until = pausedUntil(settings, site, now);
  return {
    url,
    site,
    detections: tab ? tabDetections(tab, settings, lookup, now) : [],
    paused: until !== undefined,
    pausedUntil: until ?? null,
    enabled: settings.enabled,
  };
}
