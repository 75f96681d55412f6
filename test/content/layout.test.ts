/** Which note a chat gets, and its title, from the note style and the chat's context. */
import { describe, expect, it } from 'vitest';
import { noteShape } from '../../src/content/banner/layout';
import '../../src/i18n/catalogs';
import { titleFor } from '../../src/i18n/describe';
import type { ClaimFinding } from '../../src/messaging/protocol';

const claim: ClaimFinding = { claim: 'therapist', text: 'Psychologist', where: 'character name', lang: 'en' };
const widget = (context: 'mental-health' | 'general', claims: ClaimFinding[] = []) => ({ surface: 'widget' as const, context, claims });

describe('noteShape', () => {
  it('auto: the full card where mental health is at stake, a quiet line without crisis lines elsewhere', () => {
    expect(noteShape('auto', widget('mental-health'))).toEqual({ layout: 'card', lineHelp: false, mentalHealth: true });
    expect(noteShape('auto', widget('general'))).toEqual({ layout: 'pill', lineHelp: false, mentalHealth: false });
    expect(noteShape('auto', widget('general', [claim]))).toMatchObject({ layout: 'card', mentalHealth: true });
  });
  it('a chosen style is kept everywhere; compact keeps its crisis line', () => {
    expect(noteShape('full', widget('general')).layout).toBe('card');
    expect(noteShape('compact', widget('mental-health'))).toEqual({ layout: 'pill', lineHelp: true, mentalHealth: true });
    expect(noteShape('compact', widget('general'))).toEqual({ layout: 'pill', lineHelp: true, mentalHealth: false });
  });
  it('whole-site apps get the bar; its crisis line only where mental health is at stake under auto', () => {
    expect(noteShape('auto', { surface: 'site', context: 'mental-health', claims: [] })).toEqual({ layout: 'bar', lineHelp: true, mentalHealth: true });
    expect(noteShape('auto', { surface: 'site', context: 'general', claims: [] })).toEqual({ layout: 'bar', lineHelp: false, mentalHealth: false });
    expect(noteShape('full', { surface: 'site', context: 'general', claims: [] }).lineHelp).toBe(true);
  });
});

describe('titleFor', () => {
  const base = { kind: 'ai' as const, surface: 'widget' as const, name: 'Botpress' };
  it('says "an AI, not a therapist" where mental health is at stake, in every language, and for teens', () => {
    expect(titleFor({ ...base, context: 'mental-health', claims: [] }, 'en')).toBe('This is an AI, not a therapist');
    expect(titleFor({ ...base, context: 'mental-health', claims: [] }, 'es')).toBe('Esto es una IA, no un terapeuta');
    expect(titleFor({ ...base, context: 'mental-health', claims: [] }, 'de')).toBe('Das ist eine KI, kein Therapeut');
    expect(titleFor({ ...base, context: 'mental-health', claims: [] }, 'en', 'teen')).toMatch(/not a therapist/);
    expect(titleFor({ ...base, surface: 'site', name: 'Character.AI', context: 'mental-health', claims: [] }, 'en')).toBe('Character.AI is an AI, not a therapist');
  });
  it('leads with the claim when the chat presents itself as a therapist', () => {
    expect(titleFor({ ...base, context: 'mental-health', claims: [claim] }, 'en')).toBe('This AI calls itself a therapist');
  });
  it('keeps the plain wording elsewhere, and for chats answered by people', () => {
    expect(titleFor({ ...base, context: 'general', claims: [] }, 'en')).toBe('This chat is answered by AI');
    expect(titleFor({ ...base, kind: 'human', context: 'mental-health', claims: [] }, 'en')).toBe('People answer this chat');
  });
});
