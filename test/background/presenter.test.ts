/**
 * The background's view of a detection: its context (a companion or mental-health app, a chat
 * presenting itself as a therapist, or the page around it), and the page's report and the
 * chat's own frames (launcher frame, window frame) merged into one verdict with its reason and
 * any therapist claim made inside the frame.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/lib/rules';
import { badgeCount, combineFrameReports, contextOf, tabDetections, timesHiddenByPage, toBannerItem, withChatFrameDisclosure } from '../../src/background/presenter';
import type { TabEntry } from '../../src/background/tab-store';
import type { RuleFacts } from '../../src/detection/rule';
import type { ClaimFinding, ReportedDetection } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const facts = (category: RuleFacts['category']): RuleFacts => ({
  id: 'x',
  name: 'X',
  website: 'https://x.example',
  surface: 'widget',
  category,
  kind: 'ai',
  kindNote: 'n',
  kindSources: ['https://x.example'],
  signals: [],
  lastVerified: '2026-11-29',
});
const claim: ClaimFinding = { claim: 'therapist', text: 'I am your AI therapist', where: 'chat window', lang: 'en' };
const reported = (over: Partial<ReportedDetection> = {}): ReportedDetection => ({ rule: 'x', confidence: 90, evidence: [], disclosed: 'no', disclosure: [], ...over });

describe('contextOf', () => {
  it('companion and mental-health apps are always mental-health, whatever the page', () => {
    expect(contextOf(reported({ context: 'general' }), facts('ai-companion'))).toBe('mental-health');
    expect(contextOf(reported(), facts('mental-health'))).toBe('mental-health');
  });
  it('a support widget follows its page, and a therapist claim makes it mental-health', () => {
    expect(contextOf(reported({ context: 'general' }), facts('support-widget'))).toBe('general');
    expect(contextOf(reported({ context: 'mental-health' }), facts('support-widget'))).toBe('mental-health');
    expect(contextOf(reported({ context: 'general', claims: [claim] }), facts('support-widget'))).toBe('mental-health');
    // An older detector that says nothing about context: general.
    expect(contextOf(reported(), facts('general-assistant'))).toBe('general');
  });
  it('the banner item carries context, its evidence only when it is mental-health, and claims', () => {
    const item = toBannerItem(reported({ context: 'mental-health', contextEvidence: ['title: “therapy”'], claims: [claim] }), facts('support-widget'));
    expect(item).toMatchObject({ context: 'mental-health', contextEvidence: ['title: “therapy”'], claims: [claim] });
    expect(toBannerItem(reported({ context: 'general', contextEvidence: ['x'] }), facts('support-widget'))).toMatchObject({ context: 'general', contextEvidence: [], claims: [] });
  });
});

describe('contextOf on the shipped rules', () => {
  it('every companion and mental-health rule is a mental-health context, whatever the page says', () => {
    const confided = loadRules().rules.filter((r) => r.category === 'ai-companion' || r.category === 'mental-health');
    // Among them the chats people confide in that issue 11 added (Janitor AI … 7 Cups).
    for (const id of ['janitor-ai', 'spicychat', 'crushon', 'chub-ai', 'talkie', 'polybuzz', 'anima', '7-cups']) expect(confided.map((r) => r.id)).toContain(id);
    expect(confided.length).toBeGreaterThanOrEqual(16);
    for (const rule of confided) expect(contextOf(reported({ context: 'general' }), rule), rule.id).toBe('mental-health');
    // General assistants follow their page (never read: a whole-site app's page is the person's own).
    for (const id of ['grok', 'deepseek', 'mistral-le-chat', 'poe', 'huggingchat', 'qwen-chat']) {
      expect(contextOf(reported({ context: 'general' }), loadRules().rules.find((r) => r.id === id)!), id).toBe('general');
    }
  });
});

describe('withChatFrameDisclosure', () => {
  it('takes a therapist claim from the vendor’s own frame, marked as from there', () => {
    const merged = withChatFrameDisclosure(reported(), { disclosed: 'unknown', disclosure: [], claims: [claim] });
    expect(merged.claims).toEqual([{ ...claim, where: 'chat frame: chat window' }]);
    expect(merged.disclosed).toBe('no');
  });
  it('keeps the page’s own claim and the stronger disclosure', () => {
    const own: ClaimFinding = { ...claim, text: 'Psychologist', where: 'chat title' };
    const merged = withChatFrameDisclosure(reported({ claims: [own] }), { disclosed: 'yes', disclosure: [{ text: 'AI', where: 'chat window' }], claims: [claim] });
    expect(merged.claims).toEqual([own]);
    expect(merged.disclosed).toBe('yes');
  });
});

const page = (disclosed: ReportedDetection['disclosed'], reason: NonNullable<ReportedDetection['disclosureDetail']>['reason']): ReportedDetection => ({
  rule: 'livechat',
  confidence: 90,
  evidence: [],
  disclosed,
  disclosure: [],
  disclosureDetail: { verdict: disclosed, reason, read: [] },
});

describe('withChatFrameDisclosure: the verdict', () => {
  it("takes the frame's verdict and reason when it says more than the page", () => {
    const merged = withChatFrameDisclosure(page('unknown', 'frame-unreadable'), {
      disclosed: 'no',
      disclosure: [],
      detail: { verdict: 'no', reason: 'read-no-ai', read: [{ text: 'Welcome!', where: 'chat frame: greeting', source: 'greeting' }] },
    });
    expect(merged.disclosed).toBe('no');
    expect(merged.disclosureDetail).toMatchObject({ verdict: 'no', reason: 'read-no-ai' });
  });
  it("keeps the page's verdict when the frame says less, and a better reason between unknowns", () => {
    expect(withChatFrameDisclosure(page('yes', 'said-ai'), { disclosed: 'no', disclosure: [] }).disclosed).toBe('yes');
    const unknowns = withChatFrameDisclosure(page('unknown', 'frame-unreadable'), { disclosed: 'unknown', disclosure: [], detail: { verdict: 'unknown', reason: 'nothing-readable', read: [] } });
    expect(unknowns.disclosureDetail!.reason).toBe('nothing-readable');
  });
});

describe('combineFrameReports', () => {
  it("one rule's frames together: a launcher frame with nothing does not undo a window frame's greeting", () => {
    const window = { disclosed: 'no' as const, disclosure: [], detail: { verdict: 'no' as const, reason: 'read-no-ai' as const, read: [] } };
    const launcher = { disclosed: 'unknown' as const, disclosure: [], detail: { verdict: 'unknown' as const, reason: 'labels-only' as const, read: [] } };
    expect(combineFrameReports([window, launcher])!.disclosed).toBe('no');
    expect(combineFrameReports([launcher, window])!.detail!.reason).toBe('read-no-ai');
    expect(combineFrameReports([])).toBeUndefined();
  });
  it('a claim made in one frame survives the frames being combined', () => {
    const claim: ClaimFinding = { claim: 'therapist', text: 'Your AI therapist', where: 'chat header', lang: 'en' };
    const launcher = { disclosed: 'unknown' as const, disclosure: [] };
    const window = { disclosed: 'no' as const, disclosure: [], claims: [claim] };
    expect(combineFrameReports([launcher, window])!.claims).toEqual([claim]);
    expect(combineFrameReports([launcher])!.claims).toBeUndefined();
  });
});

describe("a tab's detections with its chat frames", () => {
  it("read what every frame of the rule said, combined: a later empty launcher frame does not undo the window's verdict", () => {
    const claim: ClaimFinding = { claim: 'therapist', text: 'Your AI therapist', where: 'chat header', lang: 'en' };
    const entry: TabEntry = {
      url: 'https://clinic.example/',
      dismissedForPage: [],
      frames: { 0: { url: 'https://clinic.example/', detections: [reported({ disclosed: 'unknown' })], bannerInjected: true, globals: {} } },
      chatFrameReports: {
        x: {
          7: { disclosed: 'yes', disclosure: [{ text: 'I am a virtual assistant', where: 'greeting' }], claims: [claim] },
          9: { disclosed: 'unknown', disclosure: [] },
        },
      },
    };
    const [d] = tabDetections(entry, DEFAULT_SETTINGS, () => facts('support-widget'), 0);
    expect(d!.disclosed).toBe('yes');
    expect(d!.disclosure[0]!.where).toBe('chat frame: greeting');
    expect(d!.claims).toHaveLength(1);
    expect(d!.context).toBe('mental-health');
    // Without frame reports the page's own reading stands.
    const [alone] = tabDetections({ ...entry, chatFrameReports: {} }, DEFAULT_SETTINGS, () => facts('support-widget'), 0);
    expect(alone!.disclosed).toBe('unknown');
  });
});

const widgetFacts = (id: string): RuleFacts =>
  ({ id, name: id, website: `https://${id}.example`, kind: 'hybrid', category: 'support-widget', surface: 'widget', signals: [] }) as unknown as RuleFacts;
const lookup = (id: string) => (['intercom', 'drift'].includes(id) ? widgetFacts(id) : undefined);
const reportedFor = (rule: string) => ({ rule, confidence: 90, evidence: [], disclosed: 'unknown' as const, disclosure: [] });

const tab = (hiddenByPage?: Record<string, { times: number; gaveUp: boolean }>): TabEntry => ({
  url: 'https://shop.example/',
  dismissedForPage: [],
  frames: { 0: { url: 'https://shop.example/', detections: [reportedFor('intercom'), reportedFor('drift')], bannerInjected: true, globals: {}, ...(hiddenByPage ? { hiddenByPage } : {}) } },
});

describe('hidden by the page', () => {
  it('is false for every chat of a page that left Candor alone', () => {
    const detections = tabDetections(tab(), structuredClone(DEFAULT_SETTINGS), lookup, 0);
    expect(detections.map((d) => [d.rule, d.hiddenByPage, d.timesHidden])).toEqual([
      ['intercom', false, undefined],
      ['drift', false, undefined],
    ]);
    expect(timesHiddenByPage(detections)).toBe(0);
  });

  it('a note hidden once and put back is counted, not accused', () => {
    const detections = tabDetections(tab({ drift: { times: 1, gaveUp: false } }), structuredClone(DEFAULT_SETTINGS), lookup, 0);
    expect(detections.find((d) => d.rule === 'drift')).toMatchObject({ hiddenByPage: false, timesHidden: 1 });
    expect(timesHiddenByPage(detections)).toBe(0);
  });

  it('marks the chat whose note the page kept hiding, with how often, and only that one', () => {
    const detections = tabDetections(tab({ drift: { times: 4, gaveUp: true } }), structuredClone(DEFAULT_SETTINGS), lookup, 0);
    expect(detections.find((d) => d.rule === 'drift')).toMatchObject({ hiddenByPage: true, timesHidden: 4 });
    expect(detections.find((d) => d.rule === 'intercom')).toMatchObject({ hiddenByPage: false });
    expect(timesHiddenByPage(detections)).toBe(4);
    expect(badgeCount(detections)).toBe(2);
  });
});
