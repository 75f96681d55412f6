/**
 * The UI languages Candor speaks, and how one is picked from the browser's preferences. No
 * catalogs here: the settings schema, the help data and its schema import this without pulling
 * every translation in.
 */

/** BCP 47 tags. Brazilian Portuguese is the one regional variant; its _locales folder is pt_BR. */
export const UI_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'it', 'nl'] as const;
export type Language = (typeof UI_LANGUAGES)[number];

/** Each language named in itself, as a language menu shows them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
};

/** The folder under public/_locales that holds a language's messages.json. */
export function localeFolder(lang: Language): string {
  return lang.replace('-', '_');
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language for one preference tag: "fr-CA" -> fr, "de-AT" -> de, "nl-BE" -> nl,
 * "es-419" -> es. Any Portuguese gets the Brazilian translation: closer to European
 * Portuguese than English is.
 */
export function matchLanguage(tag: string | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  if (primary === 'pt') return 'pt-BR';
  return isLanguage(primary) && primary !== 'pt-BR' ? primary : null;
}

/** The first of the person's languages (browser order) that Candor speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}
