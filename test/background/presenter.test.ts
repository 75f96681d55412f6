/**
 * The background's view of a detection: its context (a companion or mental-health app, a chat
 * presenting itself as a therapist, or the page around it) and what a vendor's own chat frame
 * adds to it.
 */
import { describe, expect, it } from 'vitest';
import { contextOf, toBannerItem, withChatFrameDisclosure } from '../../src/background/presenter';
import type { RuleFacts } from '../../src/detection/rule';
import type { ClaimFinding, ReportedDetection } from '../../src/messaging/protocol';

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
