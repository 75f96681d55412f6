/**
 * The background's view of a chat's disclosure: the page's report and the chat's own frames
 * (launcher frame, window frame) merged into one verdict with its reason.
 */
import { describe, expect, it } from 'vitest';
import { combineFrameReports, withChatFrameDisclosure } from '../../src/background/presenter';
import type { ReportedDetection } from '../../src/messaging/protocol';

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
