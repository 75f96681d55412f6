/** Settings and language for extension pages, kept current as they change anywhere. */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../i18n';
import { resolveLanguage } from '../../help/select';
import browser from '../../platform/browser';
import type { LockStatus } from '../../messaging/protocol';
import type { SettingKey, Settings } from '../../settings/schema';
import { POLICY_CACHE_KEY, SETTINGS_KEY } from '../../settings/store';
import { call } from './client';

export interface SettingsState {
  settings: Settings | null;
  notice: string[];
  /** settings decided by policy */
  managed: SettingKey[];
  lock: LockStatus;
  /** whether this setting can be changed here and now */
  editable(key: SettingKey): boolean;
  /** asks the background to change settings; resolves with an error message, if any */
  update(patch: Partial<Settings>): Promise<string | null>;
  reload(): Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string[]>([]);
  const [managed, setManaged] = useState<SettingKey[]>([]);
  const [lock, setLock] = useState<LockStatus>({ set: false, locked: false, coversSiteDismiss: false, retryAfterMs: 0 });
  const reload = async () => {
    const result = await call('settings/get', {});
    setSettings(result.settings);
    setManaged(result.managed);
    setLock(result.lock);
    if (result.notice.length) setNotice(result.notice);
  };
  useEffect(() => {
    void reload();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      // (The policy cache changes when the background has applied a new policy.)
      const local = SETTINGS_KEY in changes || 'lock' in changes || POLICY_CACHE_KEY in changes;
      if ((area === 'local' && local) || area === 'session' || area === 'managed') void reload();
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
  const editable = (key: SettingKey) => !managed.includes(key) && !lock.locked;
  return { settings, notice, managed, lock, editable, update, reload };
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
