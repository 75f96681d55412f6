/**
 * UI strings. The source of truth is public/_locales/<lang>/messages.json (the browser reads it
 * for the manifest); the UI reads the same files so the person can choose a language other
 * than the browser's in the options.
 */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

export type Language = 'en' | 'es';
export type MessageKey = keyof typeof en;

const CATALOGS: Record<Language, Record<string, { message: string }>> = { en, es };

/** The message for `key` in `lang` (English if missing), with $1…$9 replaced by `subs`. */
export function t(lang: Language, key: MessageKey, ...subs: string[]): string {
  const message = CATALOGS[lang][key]?.message ?? en[key]?.message ?? key;
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
