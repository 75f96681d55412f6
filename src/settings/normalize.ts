/**
 * Turning whatever is in storage (or in an imported file) into valid Settings, and back into
 * the small object we store. Pure; the browser-facing store lives in store.ts.
 */
import { migrate, type StoredSettings } from './migrations';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SETTING_KEYS,
  isValidSetting,
  settingProblem,
  type SettingKey,
  type Settings,
} from './schema';

export interface NormalizeResult {
  settings: Settings;
  /** fields that held invalid values and were put back to their defaults */
  reset: Array<{ key: SettingKey; problem: string }>;
  /** keys that are not settings (from an older or newer version, or junk) and were dropped */
  dropped: string[];
  /** descriptions of migrations that ran */
  migrated: string[];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * Reads a stored settings object. Corrupt input never throws here: a non-object becomes the
 * defaults, an unknown version keeps the defaults (and says so), and each invalid field is reset
 * on its own so the rest of the person's choices survive.
 */
export function normalizeStored(raw: unknown): NormalizeResult {
  const result: NormalizeResult = { settings: clone(DEFAULT_SETTINGS) as Settings, reset: [], dropped: [], migrated: [] };
  if (raw === undefined || raw === null) return result;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    result.dropped.push('(stored settings were not an object)');
    return result;
  }
  let stored: StoredSettings;
  try {
    const migrated = migrate(raw as StoredSettings, SETTINGS_VERSION);
    stored = migrated.settings;
    result.migrated = migrated.applied.map((m) => m.describe);
  } catch (error) {
    result.dropped.push(`(${(error as Error).message})`);
    return result;
  }
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'version') continue;
    if (!(SETTING_KEYS as string[]).includes(key)) {
      result.dropped.push(key);
      continue;
    }
    const k = key as SettingKey;
    if (isValidSetting(k, value)) {
      (result.settings as Record<string, unknown>)[k] = clone(value);
    } else {
      result.reset.push({ key: k, problem: settingProblem(k, value) ?? 'invalid' });
    }
  }
  return result;
}

/** Only what differs from the defaults is stored, so better defaults reach everyone else. */
export function toStored(settings: Settings): StoredSettings {
  const stored: StoredSettings = { version: SETTINGS_VERSION };
  for (const key of SETTING_KEYS) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) {
      stored[key] = clone(settings[key]);
    }
  }
  return stored;
}

export type ImportResult = { ok: true; settings: Settings; notes: string[] } | { ok: false; error: string };

export const MAX_IMPORT_BYTES = 256 * 1024;

/**
 * Parses an exported settings file. Unlike stored settings, an import is all-or-nothing: any
 * problem is reported and nothing changes, because the person can fix the file and try again.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is too large (${Math.round(text.length / 1024)} KB; settings files are under 256 KB).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'The file does not contain a settings object.' };
  }
  // Exports wrap the settings: { candor: "settings", version, settings: {...} }; accept the bare object too.
  const wrapped = data as Record<string, unknown>;
  const body = wrapped.candor === 'settings' && typeof wrapped.settings === 'object' && wrapped.settings !== null
    ? { ...(wrapped.settings as Record<string, unknown>), version: wrapped.version }
    : wrapped;
  let stored: StoredSettings;
  let notes: string[];
  try {
    const migrated = migrate(body as StoredSettings, SETTINGS_VERSION);
    stored = migrated.settings;
    notes = migrated.applied.map((m) => m.describe);
  } catch (error) {
    return { ok: false, error: `This file cannot be imported: ${(error as Error).message}.` };
  }
  const settings = clone(DEFAULT_SETTINGS) as Settings;
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'version') continue;
    if (!(SETTING_KEYS as string[]).includes(key)) return { ok: false, error: `Unknown setting "${key}".` };
    const k = key as SettingKey;
    const problem = settingProblem(k, value);
    if (problem) return { ok: false, error: `Wrong value for ${problem}.` };
    (settings as Record<string, unknown>)[k] = clone(value);
  }
  return { ok: true, settings, notes };
}

export function toExport(settings: Settings): string {
  const { version, ...rest } = toStored(settings);
  return `${JSON.stringify({ candor: 'settings', version, settings: rest }, null, 2)}\n`;
}
