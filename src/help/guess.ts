/**
 * Guessing the person's region: from the browser's time zone first (where they are), then the
 * region in their language tags ("es-MX"), then a language spoken almost only in one region
 * ("ja"), else the international directory. The tables come from the help files.
 */
import { REGION_FILES } from './data';
import type { RegionCode } from './regions';

type Entry = [zoneOrPrefix: string, region: RegionCode];

/** Exact zones first, then prefixes longest first, so "America/Argentina/" is decided before "America/". */
const ZONES: Entry[] = Object.values(REGION_FILES)
  .flatMap((file) => file.timeZones.map((zone): Entry => [zone, file.region]))
  .sort(([a], [b]) => Number(a.endsWith('/')) - Number(b.endsWith('/')) || b.length - a.length);

const LANGUAGE_REGIONS = new Map<string, RegionCode>(
  Object.values(REGION_FILES).flatMap((file) => file.languageRegions.map((tag): [string, RegionCode] => [tag, file.region])),
);
const LANGUAGES = new Map<string, RegionCode>(
  Object.values(REGION_FILES).flatMap((file) => (file.languages ?? []).map((tag): [string, RegionCode] => [tag, file.region])),
);

export function regionFromTimeZone(timeZone: string | undefined): RegionCode | null {
  if (!timeZone) return null;
  for (const [zone, region] of ZONES) {
    if (zone.endsWith('/') ? timeZone.startsWith(zone) : timeZone === zone) return region;
  }
  return null;
}

/** The region subtag of a language tag: "en-GB" -> GB, "es-419" -> null, "zh-Hant-HK" -> HK. */
export function regionFromLanguage(language: string | undefined): RegionCode | null {
  if (!language) return null;
  const subtags = language.split(/[-_]/).slice(1);
  const region = subtags.find((s) => /^[A-Za-z]{2}$/.test(s))?.toUpperCase();
  return (region && LANGUAGE_REGIONS.get(region)) || null;
}

/** A bare language spoken almost only in one of our regions: "ja" -> JP, "ko-KR" -> KR. */
export function regionFromLanguageOnly(language: string | undefined): RegionCode | null {
  const primary = language?.split(/[-_]/)[0]?.toLowerCase();
  return (primary && LANGUAGES.get(primary)) || null;
}

/** The person's region: time zone, then language tag's region, then language, else INTL. */
export function guessRegion(timeZone: string | undefined, languages: readonly string[]): RegionCode {
  const fromZone = regionFromTimeZone(timeZone);
  if (fromZone) return fromZone;
  for (const language of languages) {
    const fromLanguage = regionFromLanguage(language);
    if (fromLanguage) return fromLanguage;
  }
  for (const language of languages) {
    const fromLanguage = regionFromLanguageOnly(language);
    if (fromLanguage) return fromLanguage;
  }
  return 'INTL';
}
