/**
 * The background's view of a chat's disclosure: the page's report and the chat's own frames
 * (launcher frame, window frame) merged into one verdict with its reason.
 */
import { describe, expect, it } from 'vitest';
import { combineFrameReports, withChatFrameDisclosure } from '../../src/background/presenter';
import type { ReportedDetection } from '../../src/messaging/protocol';
import type { RuleFacts } from '../../src/detection/rule';
import { badgeCount, tabDetections, timesHiddenByPage } from '../../src/background/presenter';
import type { TabEntry } from '../../src/background/tab-store';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const page = (disclosed: ReportedDetection['disclosed'], reason: NonNullable<ReportedDetection['disclosureDetail']>['reason']): ReportedDetection => ({
  rule: 'livechat',
  confidence: 90,
  evidence: [],
  disclosed,
  disclosure: [],
  disclosureDetail: { verdict: disclosed, reason, read: [] },
});

describe('withChatFrameDisclosure', () => {
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
});
const facts = (id: string): RuleFacts =>
  ({ id, name: id, website: `https://${id}.example`, kind: 'hybrid', category: 'support-widget', surface: 'widget', signals: [] }) as unknown as RuleFacts;
const lookup = (id: string) => (['intercom', 'drift'].includes(id) ? facts(id) : undefined);
const reported = (rule: string) => ({ rule, confidence: 90, evidence: [], disclosed: 'unknown' as const, disclosure: [] });

const tab = (hiddenByPage?: Record<string, { times: number; gaveUp: boolean }>): TabEntry => ({
  url: 'https://shop.example/',
  dismissedForPage: [],
  frames: { 0: { url: 'https://shop.example/', detections: [reported('intercom'), reported('drift')], bannerInjected: true, globals: {}, ...(hiddenByPage ? { hiddenByPage } : {}) } },
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
