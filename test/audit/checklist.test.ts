/** The mental-health laws in the audit checklist: where they are listed, and what they record. */
import { describe, expect, it } from 'vitest';
import { EVIDENCE_NOTE, LAWS, buildChecklist, type ChecklistDetection } from '../../src/audit/checklist';
import { toCsv, toHtml, type AuditReport } from '../../src/audit/report';

const widget: ChecklistDetection = { rule: 'botpress', name: 'Botpress', kind: 'ai', category: 'support-widget', disclosed: 'no', disclosure: [] };
const claim = { claim: 'therapist', text: 'Hello! I am your AI therapist.', where: 'chat window' };
const NOW = new Date('2026-11-29T12:00:00Z');
const MH_LAWS = ['Nevada AB 406', 'California AB 489', 'Illinois', 'Utah SB 226'];
const lawsIn = (items: ReturnType<typeof buildChecklist>) => items.map((i) => i.law);

describe('mental-health laws', () => {
  it('are listed where mental health is at stake, not beside a shop’s chat', () => {
    const shop = lawsIn(buildChecklist([{ ...widget, context: 'general' }], NOW));
    for (const law of MH_LAWS) expect(shop.some((l) => l.startsWith(law)), law).toBe(false);
    const clinic = lawsIn(buildChecklist([{ ...widget, context: 'mental-health' }], NOW));
    for (const law of MH_LAWS) expect(clinic.some((l) => l.startsWith(law)), law).toBe(true);
    const app = lawsIn(buildChecklist([{ ...widget, category: 'ai-companion' }], NOW));
    expect(app.some((l) => l.startsWith('Nevada AB 406'))).toBe(true);
  });

  it('record a therapist claim as the requirement not observed, quoting it', () => {
    const items = buildChecklist([{ ...widget, context: 'general', claims: [claim] }], NOW);
    for (const law of ['Nevada AB 406', 'California AB 489', 'Illinois']) {
      const item = items.find((i) => i.law.startsWith(law))!;
      expect(item.status, law).toBe('not-observed');
      expect(item.lookedAt).toContain('I am your AI therapist');
      expect(item.lookedAt).toContain(EVIDENCE_NOTE);
    }
  });

  it('with no claim in text Candor could read: observed, with the later replies left to a person; unread: manual', () => {
    const read = buildChecklist([{ ...widget, context: 'mental-health', disclosed: 'no' }], NOW).find((i) => i.law.startsWith('Nevada'))!;
    expect(read.status).toBe('observed');
    expect(read.lookedAt).toMatch(/Needs a manual check/);
    const unread = buildChecklist([{ ...widget, context: 'mental-health', disclosed: 'unknown' }], NOW).find((i) => i.law.startsWith('Nevada'))!;
    expect(unread.status).toBe('manual');
  });

  it('bring Utah HB 452 into scope on a mental-health page, and Utah SB 226 checks the disclosure', () => {
    const items = buildChecklist([{ ...widget, context: 'mental-health', disclosed: 'no' }], NOW);
    expect(items.find((i) => i.law.startsWith('Utah Code 13-72a-203'))!.status).toBe('not-observed');
    expect(items.find((i) => i.law.startsWith('Utah SB 226'))!.status).toBe('not-observed');
    const general = buildChecklist([{ ...widget, context: 'general', disclosed: 'no' }], NOW);
    expect(general.find((i) => i.law.startsWith('Utah Code 13-72a-203'))!.status).toBe('manual');
  });

  it('list Washington HB 2225 only once it is in force (1 January 2027)', () => {
    const companion = { ...widget, category: 'ai-companion' as const };
    expect(lawsIn(buildChecklist([companion], NOW)).some((l) => l.startsWith('Washington'))).toBe(false);
    const later = buildChecklist([companion], new Date('2027-01-02T00:00:00Z')).find((i) => i.law.startsWith('Washington'))!;
    expect(later.status).toBe('not-observed');
    expect(later.lookedAt).toContain(EVIDENCE_NOTE);
  });

  it('every law cites at least two sources', () => {
    for (const law of LAWS) expect(law.sources.length, law.law).toBeGreaterThanOrEqual(2);
  });
});

describe('context and claims in report.json, CSV and HTML', () => {
  const report: AuditReport = {
    tool: { name: 'Candor', version: '0.1.0', rulesVersion: 'r', browser: 'Chromium' },
    startedAt: '2026-11-29T10:00:00.000Z',
    finishedAt: '2026-11-29T10:01:00.000Z',
    pages: [
      {
        url: 'https://therapy.example/',
        finalUrl: 'https://therapy.example/',
        status: 'ok',
        httpStatus: 200,
        visitedAt: '2026-11-29T10:00:01.000Z',
        detections: [
          { rule: 'botpress', name: 'Botpress', kind: 'ai', category: 'support-widget', disclosed: 'no', confidence: 90, evidence: [], context: 'mental-health', claims: [{ claim: 'therapist', text: 'I am your AI therapist', where: 'chat window' }] },
          { rule: 'intercom', name: 'Intercom', kind: 'hybrid', category: 'support-widget', disclosed: 'no', confidence: 90, evidence: [], context: 'mental-health', claims: [] },
        ],
        disclosure: [],
        checklist: [],
        screenshot: null,
      },
    ],
  };
  it('CSV adds context, claims and the claim’s words as columns after the original ones', () => {
    const [header, first, second] = toCsv(report).trim().split('\r\n');
    const names = header!.split(',');
    const cells = (line: string) => ['context', 'claims', 'claimText'].map((name) => line.split(',')[names.indexOf(name)]);
    expect(names.indexOf('context')).toBeGreaterThan(names.indexOf('visitedAt'));
    expect(cells(first!)).toEqual(['mental-health', 'therapist', 'I am your AI therapist']);
    expect(cells(second!)).toEqual(['mental-health', '', '']);
  });
  it('HTML shows the context and the claim with where it was found', () => {
    const html = toHtml(report);
    expect(html).toContain('mental-health');
    expect(html).toContain('Presents itself as a therapist:</strong> <q>I am your AI therapist</q>');
  });
});
