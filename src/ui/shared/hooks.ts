/** Settings and language for extension pages, kept current as they change anywhere. */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../i18n';
import { resolveLanguage } from '../../help/select';
import browser from '../../platform/browser';
import type { Settings } from '../../settings/schema';
import { SETTINGS_KEY } from '../../settings/store';
import { call } from './client';

export interface SettingsState {
  settings: Settings | null;
  notice: string[];
  /** asks the background to change settings; resolves with an error message, if any */
  update(patch: Partial<Settings>): Promise<string | null>;
  reload(): Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string[]>([]);
  const reload = async () => {
    const result = await call('settings/get', {});
    setSettings(result.settings);
    if (result.notice.length) setNotice(result.notice);
  };
  useEffect(() => {
    void reload();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) void reload();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const update = async (patch: Partial<Settings>) => {
    const result = await call('settings/update', { patch });
    if (!result.ok) return result.error;
    await reload();
    return null;
  };
  return { settings, notice, update, reload };
}

export function languageOf(settings: Settings | null): Language {
  return resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? [navigator.language]);
}

/** Sets <html lang> so screen readers read the page in the right language. */
export function useDocumentLanguage(lang: Language, titleText: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = titleText;
  }, [lang, titleText]);
}
