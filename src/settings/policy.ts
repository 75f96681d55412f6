/**
 * Settings set by an organisation or family through browser policy (storage.managed: Chrome's
 * policy for extensions, Firefox's policies.json "3rdparty" section). Policy values win over
 * the person's own and cannot be changed from Candor's pages. Pure.
 */
import { FIELD_SCHEMAS, isValidSetting, settingProblem, type SettingKey, type Settings } from './schema';

/** The settings a policy may set (managed_schema.json describes them for administrators). */
export const POLICY_KEYS = [
  'enabled',
  'bannerKinds',
  'bannerStyle',
  'region',
  'language',
  'showBadge',
  'allowSiteDismiss',
  'teenMode',
  'breakReminders',
  'reminderMinutes',
  'crisisSupport',
  'disabledRules',
] as const satisfies readonly SettingKey[];

export interface PolicyResult {
  settings: Settings;
  /** settings the policy decides */
  managed: SettingKey[];
  /** policy values that were ignored, and why */
  problems: string[];
}

export function applyPolicy(settings: Settings, policy: unknown): PolicyResult {
  const result: PolicyResult = { settings: { ...settings }, managed: [], problems: [] };
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return result;
  for (const [key, raw] of Object.entries(policy)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      if (key in FIELD_SCHEMAS) result.problems.push(`policy: ${key} cannot be set by policy`);
      else result.problems.push(`policy: unknown setting "${key}"`);
      continue;
    }
    const k = key as SettingKey;
    let value: unknown = raw;
    if (k === 'reminderMinutes' && value === 0) value = 'auto';
    if (k === 'bannerKinds' && typeof value === 'object' && value !== null) {
      // An administrator may set only some kinds; the rest keep the person's choice.
      value = { ...settings.bannerKinds, ...(value as object) };
    }
    if (!isValidSetting(k, value)) {
      result.problems.push(`policy: ${settingProblem(k, value)}`);
      continue;
    }
    (result.settings as Record<string, unknown>)[k] = structuredClone(value);
    result.managed.push(k);
  }
  return result;
}
