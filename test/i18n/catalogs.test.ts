/**
 * Every UI language is complete: each public/_locales catalog has every key English has, no
 * more, no empty message, the same $1…$9 placeholders, and nothing left in English except the
 * few strings listed below with the reason they read the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/i18n/catalogs';
import { catalogFor, formatDay, registerCatalog, t, type MessageKey } from '../../src/i18n';
import { UI_LANGUAGES, localeFolder, type Language } from '../../src/i18n/languages';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (folder: string) => JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const OTHERS = UI_LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

/**
 * Messages that are rightly the same as in English. Keep this list short: anything else that
 * matches English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<Exclude<Language, 'en'>, Partial<Record<MessageKey, string>>> = {
  es: {
    popupTitle: 'the product name, "Candor"',
    badgeOnlyLabel: '"Candor: $1" is only the name and a placeholder',
    announce: '"Candor: $1. $2" is only the name and placeholders',
    sectionGeneral: '"General" is the Spanish word too',
    auditChat: '"Chat" is the Spanish word too',
    lockEnterPin: '"PIN" is used as is in Spanish',
  },
  fr: {
    popupTitle: 'the product name',
    regionInternational: '"International" is the French word too',
    sectionSites: '"Sites" is the French word too',
    auditSession: '"Audit" is the French word too',
    auditChat: '"Chat" is the French word too',
    breakOk: '"OK" is used as is',
    minutesValue: '"$1 minutes" is the French too',
    chatSourceMessage: '"message" is the French word too',
    chatSourceBadge: '"badge" is the French word too',
  },
  de: {
    popupTitle: 'the product name',
    settingRegion: '"Region" is the German word too',
    regionInternational: '"International" is the German word too',
    auditChat: '"Chat" is the German word too',
    breakOk: '"OK" is used as is',
    lockEnterPin: '"PIN" is the German word too',
  },
  'pt-BR': {
    popupTitle: 'the product name',
    sectionSites: '"Sites" is the Portuguese word too',
    auditChat: '"Chat" is the Brazilian Portuguese word too',
    breakOk: '"OK" is used as is',
    lockEnterPin: '"PIN" is used as is',
  },
  it: {
    popupTitle: 'the product name',
    aboutPrivacyTitle: '"Privacy" is the usual Italian word',
    auditChat: '"Chat" is the Italian word too',
    breakOk: '"OK" is used as is',
    lockEnterPin: '"PIN" is the Italian word too',
  },
  nl: {
    popupTitle: 'the product name',
    helpWebsite: '"Website" is the Dutch word too',
    styleCompact: '"Compact" is the Dutch word too',
    aboutPrivacyTitle: '"Privacy" is the Dutch word too',
    auditChat: '"Chat" is the Dutch word too',
    chatSourceBadge: '"badge" is the Dutch word too',
    chatSourceAria: '"label" is the Dutch word too',
  },
};

const placeholders = (message: string) => (message.match(/\$\d/g) ?? []).sort();

describe('UI catalogs', () => {
  it('exist for exactly the UI languages', () => {
    const folders = readdirSync(LOCALES).sort();
    expect(folders).toEqual(UI_LANGUAGES.map(localeFolder).sort());
  });

  describe.each(OTHERS)('%s', (lang) => {
    const messages = read(localeFolder(lang));

    it('has every English key and no other', () => {
      expect(Object.keys(en).filter((k) => !(k in messages))).toEqual([]);
      expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
    });

    it('has a message in every entry', () => {
      for (const [key, value] of Object.entries(messages)) expect(typeof value.message === 'string' && value.message.trim() !== '', key).toBe(true);
    });

    it('keeps the placeholders of each English message', () => {
      for (const key of Object.keys(en)) expect(placeholders(messages[key]?.message ?? ''), key).toEqual(placeholders(en[key]!.message));
    });

    it('leaves nothing in English except the listed strings', () => {
      const same = Object.keys(en).filter((key) => messages[key]?.message === en[key]!.message);
      expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH[lang]).sort());
    });

    it('fits the store limits for the name and the description', () => {
      // Chrome Web Store and AMO: name up to 75 characters, manifest description up to 132.
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    });

    it('is what t() gives once the catalogs are registered', () => {
      expect(t(lang, 'helpHeading')).toBe(messages.helpHeading!.message);
      expect(t(lang, 'helpCall', '3114')).toBe(messages.helpCall!.message.replace('$1', '3114'));
    });
  });

  it('fits the store limits in English too', () => {
    expect(en.extName!.message.length).toBeLessThanOrEqual(75);
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('falls back to English for a key a catalog lacks, and for a catalog that was never registered', () => {
    registerCatalog('nl', { helpHeading: { message: 'Alleen dit' } });
    expect(t('nl', 'helpHeading')).toBe('Alleen dit');
    expect(t('nl', 'helpLess')).toBe(en.helpLess!.message);
    registerCatalog('nl', read('nl'));
    expect(catalogFor('nl')?.helpLess?.message).toBe(read('nl').helpLess!.message);
  });

  it('writes check dates as each language does', () => {
    expect(formatDay('2026-11-30', 'en')).toBe('Nov 30, 2026');
    expect(formatDay('2026-11-30', 'fr')).toBe('30 nov. 2026');
    expect(formatDay('2026-11-30', 'de')).toBe('30.11.2026');
    expect(formatDay('not a date', 'de')).toBe('not a date');
  });
});
