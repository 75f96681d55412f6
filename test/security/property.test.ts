/**
 * Bad input, generated: every settings import, stored settings object, rule file and message
 * either parses or yields a clear error; nothing throws; nothing valid is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCrisis } from '../../src/crisis/match';
import { validateRule } from '../../src/detection/rule-schema';
import { findDisclosures } from '../../src/detection/disclosure';
import { acceptMessage, classifySender } from '../../src/messaging/guards';
import { findTherapistClaim } from '../../src/detection/claims';
import { classifyPage } from '../../src/detection/context';
import { lexicon } from '../../src/detection/context-terms';
import { CONTENT_MESSAGE_TYPES, PAGE_MESSAGE_TYPES } from '../../src/messaging/protocol';
import { normalizeStored, parseImport, toStored } from '../../src/settings/normalize';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SETTING_KEYS, isValidSetting, type Settings } from '../../src/settings/schema';

const anyJson = fc.jsonValue({ maxDepth: 4 });
const settingsLike = fc.dictionary(
  fc.oneof(fc.constantFrom(...SETTING_KEYS, 'version', 'pausedSites', 'dismissedSites'), fc.string({ maxLength: 12 })),
  fc.oneof(anyJson, fc.constant(SETTINGS_VERSION), fc.constant(1)),
  { maxKeys: 12 },
);

describe('settings', () => {
  it('normalizeStored never throws and always yields valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, settingsLike), (raw) => {
        const { settings } = normalizeStored(raw);
        for (const key of SETTING_KEYS) expect(isValidSetting(key, settings[key]), key).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a corrupt field never takes valid ones with it', () => {
    const valid: Partial<Settings> = { bannerStyle: 'compact', region: 'IE', disabledRules: ['drift'] };
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_KEYS.filter((k) => !(k in valid))), anyJson, (key, junk) => {
        const { settings } = normalizeStored({ version: SETTINGS_VERSION, ...valid, [key]: junk });
        expect(settings.bannerStyle).toBe('compact');
        expect(settings.region).toBe('IE');
        expect(settings.disabledRules).toEqual(['drift']);
      }),
      { numRuns: 300 },
    );
  });

  it('parseImport never throws: it imports or explains', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), anyJson.map((v) => JSON.stringify(v)), settingsLike.map((v) => JSON.stringify(v))), (text) => {
        const result = parseImport(text);
        if (result.ok) for (const key of SETTING_KEYS) expect(isValidSetting(key, result.settings[key])).toBe(true);
        else expect(result.error.length).toBeGreaterThan(5);
      }),
      { numRuns: 500 },
    );
  });

  it('what is stored reads back the same', () => {
    const style = fc.constantFrom('auto', 'full', 'compact', 'badge');
    fc.assert(
      fc.property(fc.boolean(), style, fc.constantFrom('auto', 'US', 'GB', 'NZ'), (enabled, bannerStyle, region) => {
        const settings = { ...structuredClone(DEFAULT_SETTINGS), enabled, bannerStyle, region } as Settings;
        expect(normalizeStored(toStored(settings)).settings).toEqual(settings);
      }),
    );
  });
});

describe('rules', () => {
  it('validateRule never throws on any input, and names the file in every error', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.dictionary(fc.constantFrom('id', 'name', 'signals', 'kind', 'fixtures', 'website'), anyJson)), (data) => {
        const result = validateRule(data, 'src/rules/fuzz.json');
        if (!result.ok) for (const e of result.errors) expect(e.startsWith('src/rules/fuzz.json')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('messages', () => {
  const senders = fc.constantFrom<[object, 'content' | 'page' | null]>(
    [{ id: 'candor', tab: { id: 1 }, frameId: 0, url: 'https://shop.example/' }, 'content'],
    [{ id: 'candor', url: 'chrome-extension://candor/src/ui/popup/index.html' }, 'page'],
    [{ id: 'other-extension', tab: { id: 1 }, frameId: 0 }, null],
    [{ url: 'https://evil.example/' }, null],
  );
  it('senders are classified by extension id and origin', () => {
    fc.assert(
      fc.property(senders, ([sender, kind]) => {
        expect(classifySender(sender, 'candor', 'chrome-extension://candor/')).toBe(kind);
      }),
    );
  });
  it('acceptMessage never throws and lets through only known types from allowed senders', () => {
    const message = fc.oneof(
      anyJson,
      fc.record({ type: fc.constantFrom(...CONTENT_MESSAGE_TYPES, ...PAGE_MESSAGE_TYPES, 'evil/run', 'settings/set'), tabId: anyJson, patch: anyJson, detections: anyJson, url: anyJson, rule: anyJson }),
    );
    fc.assert(
      fc.property(message, fc.constantFrom<'content' | 'page' | null>('content', 'page', null), (m, kind) => {
        const accepted = acceptMessage(m, kind);
        if (accepted) {
          const allowed: readonly string[] = kind === 'content' ? CONTENT_MESSAGE_TYPES : PAGE_MESSAGE_TYPES;
          expect(allowed).toContain(accepted.type);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('a page cannot send what only content scripts may, and the reverse', () => {
    expect(acceptMessage({ type: 'settings/update', patch: { enabled: false } }, 'content')).toBeNull();
    expect(acceptMessage({ type: 'detections/report', url: 'x', detections: [] }, 'page')).toBeNull();
    expect(acceptMessage({ type: 'settings/update', patch: { enabled: 'no' } }, 'page')).toBeNull();
    expect(acceptMessage({ type: 'settings/update', patch: { enabled: false } }, 'page')).not.toBeNull();
  });
  it('a report’s context and claims must have their declared shape', () => {
    const detection = { rule: 'botpress', confidence: 90, evidence: [], disclosed: 'no', disclosure: [] };
    const claim = { claim: 'therapist', text: 'I am your AI therapist', where: 'chat window', lang: 'en' };
    const report = (d: object) => ({ type: 'detections/report', url: 'https://a.example/', detections: [{ ...detection, ...d }] });
    expect(acceptMessage(report({}), 'content')).not.toBeNull(); // an older detector says nothing of them
    expect(acceptMessage(report({ context: 'mental-health', contextEvidence: ['title: “therapy”'], claims: [claim] }), 'content')).not.toBeNull();
    expect(acceptMessage(report({ context: 'therapy' }), 'content')).toBeNull();
    expect(acceptMessage(report({ claims: [{ ...claim, claim: 'lawyer' }] }), 'content')).toBeNull();
    expect(acceptMessage(report({ claims: [{ ...claim, text: 'x'.repeat(500) }] }), 'content')).toBeNull();
    expect(acceptMessage(report({ claims: [claim, claim, claim, claim] }), 'content')).toBeNull();
    expect(acceptMessage({ type: 'frame/disclosure', url: 'https://v.example/', rules: ['botpress'], disclosed: 'no', disclosure: [], claims: [claim] }, 'content')).not.toBeNull();
  });
});

describe('text matchers', () => {
  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        findCrisis(text);
        findDisclosures(text);
        findTherapistClaim([{ text, where: 'chat window', source: 'greeting' }, { text, where: 'chat title', source: 'title' }]);
        classifyPage({ url: text, lang: text.slice(0, 2), title: text, description: text, headings: [text], jsonld: { types: [text], specialties: [text], text }, text }, lexicon());
      }),
      { numRuns: 500 },
    );
  });
});
