/**
 * UI strings. The source of truth is public/_locales/<lang>/messages.json (the browser reads it
 * for the manifest and the store); the UI reads the same files so the person can choose a
 * language other than the browser's in the options.
 *
 * Only English is bundled here: it types the keys and is the fallback for any key a catalog
 * lacks. The other catalogs are registered by catalogs.ts in the extension's pages and the
 * background; a banner injected into a web page receives just the one catalog it needs with
 * the background's render message (registerCatalog), so pages with a chat do not carry seven.
 */
import en from '../../public/_locales/en/messages.json';
import type { Language } from './languages';

export { LANGUAGE_NAMES, UI_LANGUAGES, isLanguage, matchLanguage, pickLanguage, type Language } from './languages';

export type MessageKey = keyof typeof en;
/** A messages.json as read: `{ key: { message } }`. */
export type Catalog = Partial<Record<string, { message?: unknown }>>;

const catalogs = new Map<Language, Catalog>([['en', en]]);
/** Catalogs kept as text until first used (parsing all seven on every page is wasted work). */
const unparsed = new Map<Language, string>();

/** Makes a catalog available (the banner gets its one catalog from the background). */
export function registerCatalog(lang: Language, catalog: Catalog): void {
  if (lang !== 'en') catalogs.set(lang, catalog);
}

/** Registers a catalog's JSON text, parsed the first time the language is used. */
export function registerCatalogText(lang: Language, text: string): void {
  if (lang !== 'en' && !catalogs.has(lang)) unparsed.set(lang, text);
}

/** The catalog for a language, if this context has it. */
export function catalogFor(lang: Language): Catalog | undefined {
  const found = catalogs.get(lang);
  if (found) return found;
  const text = unparsed.get(lang);
  if (text === undefined) return undefined;
  unparsed.delete(lang);
  let parsed: Catalog = {};
  try {
    parsed = JSON.parse(text) as Catalog;
  } catch {
    // An unreadable catalog (the unit tests keep one from shipping) falls back to English.
  }
  catalogs.set(lang, parsed);
  return parsed;
}

/** The message for `key` in `lang` (English if missing), with $1…$9 replaced by `subs`. */
export function t(lang: Language, key: MessageKey, ...subs: string[]): string {
  const own = catalogFor(lang)?.[key]?.message;
  const message = typeof own === 'string' ? own : (en[key]?.message ?? key);
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A last-verified date ("2026-11-30") as the language writes dates; the ISO text if unreadable. */
export function formatDay(isoDate: string, lang: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
