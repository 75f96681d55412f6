/**
 * The settings store over browser.storage.local. Only the background writes (so locks and
 * policies hold in one place); pages read through messages.
 *
 * Reading never loses anything: a corrupt field is repaired to its default, the rest is
 * kept, the repaired object is written back, and a note says what was reset so the popup can
 * tell the person.
 */
import browser from '../platform/browser';
import { normalizeStored, toStored } from './normalize';
import type { Settings } from './schema';

export const SETTINGS_KEY = 'settings';
export const NOTICE_KEY = 'settingsNotice';
/** The last policy the browser gave us, applied at once on the next start (then refreshed). */
export const POLICY_CACHE_KEY = 'policyCache';

export interface LoadedSettings {
  settings: Settings;
  notice: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    return { settings: normalizeStored(undefined).settings, notice: [`Settings could not be read (${String(error)}); using defaults for now.`] };
  }
  const result = normalizeStored(raw);
  const notice = [
    ...result.reset.map((r) => `Reset to default: ${r.problem}`),
    ...result.dropped.map((key) => `Ignored: ${key}`),
    ...result.migrated.map((m) => `Updated: ${m}`),
  ];
  if (notice.length > 0) {
    // Write back the repaired object and keep the note until the person has seen it.
    const previous = ((await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY] as string[] | undefined) ?? [];
    await browser.storage.local.set({
      [SETTINGS_KEY]: toStored(result.settings),
      [NOTICE_KEY]: [...previous, ...notice].slice(-20),
    });
  }
  return { settings: result.settings, notice };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: toStored(settings) });
}

export async function readNotice(): Promise<string[]> {
  const value = (await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function clearNotice(): Promise<void> {
  await browser.storage.local.remove(NOTICE_KEY);
}

export interface PolicyCache {
  /** storage.managed as last read: an object of setting values (empty when there is no policy) */
  policy: Record<string, unknown>;
  readAt: number;
}

/** The policy read on an earlier start, or null when there is none (or it is unreadable). */
export async function readPolicyCache(): Promise<PolicyCache | null> {
  try {
    const value = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY] as Partial<PolicyCache> | undefined;
    const policy = value?.policy;
    if (typeof policy !== 'object' || policy === null || Array.isArray(policy) || typeof value?.readAt !== 'number') return null;
    return { policy, readAt: value.readAt };
  } catch {
    return null;
  }
}

export async function savePolicyCache(policy: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [POLICY_CACHE_KEY]: { policy, readAt: Date.now() } satisfies PolicyCache });
}
