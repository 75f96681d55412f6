import { describe, expect, it } from 'vitest';
import type { RuleFacts } from '../../src/detection/rule';
import { badgeCount, tabDetections, timesHiddenByPage } from '../../src/background/presenter';
import type { TabEntry } from '../../src/background/tab-store';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

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
