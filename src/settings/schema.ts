/**
 * The settings schema: one valibot schema per field, the defaults, and the Settings type.
 *
 * Fields are validated one by one so a single bad value (a corrupt write, a hand-edited
 * import) is repaired to its default while everything else the person chose is kept.
 */
import * as v from 'valibot';
import { REGION_CODES } from '../help/regions';
import { UI_LANGUAGES } from '../i18n/languages';

export const SETTINGS_VERSION = 3;

/**
 * How the note looks: `auto` (the default) fits it to the page — the full note on a mental-health
 * page or in a companion or mental-health app, a one-line note elsewhere; `full`, `compact` and
 * `badge` (toolbar only) everywhere.
 */
export const BANNER_STYLES = ['auto', 'full', 'compact', 'badge'] as const;
export type BannerStyle = (typeof BANNER_STYLES)[number];

/**
 * 'auto' follows the browser's languages. Adding a language widens the picklist: every value
 * stored before stays valid, so no migration is needed (a narrowing would need one).
 */
export const LANGUAGES = ['auto', ...UI_LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];

export const REGION_SETTINGS = ['auto', ...REGION_CODES] as const;
export type RegionSetting = (typeof REGION_SETTINGS)[number];

/** A site key is a host name, lowercased ("www.example.com"). */
const siteKey = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/));
const ruleId = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/**
 * What the person chose for one site: paused until a time (epoch ms) or for good (null), and
 * banners they hid there ("Hide on this site").
 */
const siteChoice = v.strictObject({
  pausedUntil: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  hiddenRules: v.optional(v.pipe(v.array(ruleId), v.maxLength(200))),
});
export type SiteChoice = v.InferOutput<typeof siteChoice>;

export const FIELD_SCHEMAS = {
  enabled: v.boolean(),
  bannerKinds: v.strictObject({ ai: v.boolean(), hybrid: v.boolean(), human: v.boolean() }),
  bannerStyle: v.picklist(BANNER_STYLES),
  region: v.picklist(REGION_SETTINGS),
  language: v.picklist(LANGUAGES),
  showBadge: v.boolean(),
  sites: v.pipe(v.record(siteKey, siteChoice), v.check((r) => Object.keys(r).length <= 5000, 'too many sites')),
  disabledRules: v.pipe(v.array(ruleId), v.maxLength(1000)),
  /** wording and help made for young people */
  teenMode: v.boolean(),
  /** a calm "this is an AI, take a break" reminder after continuous use of an AI chat */
  breakReminders: v.boolean(),
  /** minutes of continuous use before the reminder; "auto" = 180, or 60 in teen mode */
  reminderMinutes: v.union([v.literal('auto'), v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(720))]),
  /** crisis words typed into an AI chat bring up human help (checked on the device only) */
  crisisSupport: v.boolean(),
  /** banners offer "Hide on this site" */
  allowSiteDismiss: v.boolean(),
} as const;

export type SettingKey = keyof typeof FIELD_SCHEMAS;
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof FIELD_SCHEMAS)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  bannerKinds: { ai: true, hybrid: true, human: false },
  bannerStyle: 'auto',
  region: 'auto',
  language: 'auto',
  showBadge: true,
  sites: {},
  disabledRules: [],
  teenMode: false,
  breakReminders: true,
  reminderMinutes: 'auto',
  crisisSupport: true,
  allowSiteDismiss: true,
});

/** The cadence California SB 243 and New York GBL Art. 47 set for operators: every 3 hours. */
export const DEFAULT_REMINDER_MINUTES = 180;
export const TEEN_REMINDER_MINUTES = 60;

/** Minutes before a break reminder, or null when reminders are off. */
export function reminderMinutes(settings: Pick<Settings, 'breakReminders' | 'reminderMinutes' | 'teenMode'>): number | null {
  if (!settings.breakReminders) return null;
  if (settings.reminderMinutes !== 'auto') return settings.reminderMinutes;
  return settings.teenMode ? TEEN_REMINDER_MINUTES : DEFAULT_REMINDER_MINUTES;
}

export const SETTING_KEYS = Object.keys(FIELD_SCHEMAS) as SettingKey[];

export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return v.is(FIELD_SCHEMAS[key], value);
}

/** Why a value was rejected, in words for the person reading the popup or an import error. */
export function settingProblem(key: SettingKey, value: unknown): string | null {
  const result = v.safeParse(FIELD_SCHEMAS[key], value);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return `${key}${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}`;
}
