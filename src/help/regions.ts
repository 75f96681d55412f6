/**
 * Regions Candor has human-help resources for, and how the person's region is guessed:
 * from the browser's time zone first (where they are), then the region in their language
 * tag, else the international directory.
 */
export const REGION_CODES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'DE', 'FR', 'NL', 'INTL'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** IANA time zones (and their prefixes) that identify one of our regions. */
const TIME_ZONES: Array<[prefixOrZone: string, region: RegionCode]> = [
  ['Europe/London', 'GB'],
  ['Europe/Belfast', 'GB'],
  ['GB', 'GB'],
  ['Europe/Dublin', 'IE'],
  ['Eire', 'IE'],
  ['Europe/Madrid', 'ES'],
  ['Atlantic/Canary', 'ES'],
  ['Africa/Ceuta', 'ES'],
  ['Europe/Berlin', 'DE'],
  ['Europe/Busingen', 'DE'],
  ['Europe/Paris', 'FR'],
  ['Europe/Amsterdam', 'NL'],
  ['Australia/', 'AU'],
  ['Pacific/Auckland', 'NZ'],
  ['Pacific/Chatham', 'NZ'],
  ['NZ', 'NZ'],
  // Canada's zones, before the generic America/ ones below.
  ['America/Toronto', 'CA'],
  ['America/Montreal', 'CA'],
  ['America/Vancouver', 'CA'],
  ['America/Edmonton', 'CA'],
  ['America/Winnipeg', 'CA'],
  ['America/Halifax', 'CA'],
  ['America/St_Johns', 'CA'],
  ['America/Regina', 'CA'],
  ['America/Moncton', 'CA'],
  ['America/Glace_Bay', 'CA'],
  ['America/Goose_Bay', 'CA'],
  ['America/Whitehorse', 'CA'],
  ['America/Dawson', 'CA'],
  ['America/Dawson_Creek', 'CA'],
  ['America/Fort_Nelson', 'CA'],
  ['America/Creston', 'CA'],
  ['America/Yellowknife', 'CA'],
  ['America/Iqaluit', 'CA'],
  ['America/Rankin_Inlet', 'CA'],
  ['America/Resolute', 'CA'],
  ['America/Cambridge_Bay', 'CA'],
  ['America/Inuvik', 'CA'],
  ['America/Swift_Current', 'CA'],
  ['America/Atikokan', 'CA'],
  ['America/Nipigon', 'CA'],
  ['America/Thunder_Bay', 'CA'],
  ['America/Rainy_River', 'CA'],
  ['America/Blanc-Sablon', 'CA'],
  ['Canada/', 'CA'],
  // United States.
  ['America/New_York', 'US'],
  ['America/Chicago', 'US'],
  ['America/Denver', 'US'],
  ['America/Los_Angeles', 'US'],
  ['America/Phoenix', 'US'],
  ['America/Anchorage', 'US'],
  ['America/Juneau', 'US'],
  ['America/Sitka', 'US'],
  ['America/Nome', 'US'],
  ['America/Yakutat', 'US'],
  ['America/Metlakatla', 'US'],
  ['America/Adak', 'US'],
  ['America/Boise', 'US'],
  ['America/Detroit', 'US'],
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
  ['America/Menominee', 'US'],
  ['America/Puerto_Rico', 'US'],
  ['Pacific/Honolulu', 'US'],
  ['US/', 'US'],
];

/** Language-tag regions that map to ours ("en-GB" -> GB, "es-US" -> US). */
const LANGUAGE_REGIONS: Record<string, RegionCode> = {
  US: 'US',
  CA: 'CA',
  GB: 'GB',
  UK: 'GB',
  IE: 'IE',
  AU: 'AU',
  NZ: 'NZ',
  ES: 'ES',
  DE: 'DE',
  FR: 'FR',
  NL: 'NL',
};

export function regionFromTimeZone(timeZone: string | undefined): RegionCode | null {
  if (!timeZone) return null;
  for (const [zone, region] of TIME_ZONES) {
    if (zone.endsWith('/') ? timeZone.startsWith(zone) : timeZone === zone) return region;
  }
  return null;
}

export function regionFromLanguage(language: string | undefined): RegionCode | null {
  if (!language) return null;
  const subtag = language.split(/[-_]/)[1]?.toUpperCase();
  return (subtag && LANGUAGE_REGIONS[subtag]) || null;
}

/** The person's region: time zone first, language second, else the international list. */
export function guessRegion(timeZone: string | undefined, languages: readonly string[]): RegionCode {
  const fromZone = regionFromTimeZone(timeZone);
  if (fromZone) return fromZone;
  for (const language of languages) {
    const fromLanguage = regionFromLanguage(language);
    if (fromLanguage) return fromLanguage;
  }
  return 'INTL';
}
