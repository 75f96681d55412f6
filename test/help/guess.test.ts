/**
 * The region guess (time zone first, then the region in a language tag, then a language spoken
 * almost only in one region) for every region Candor has help for.
 */
import { describe, expect, it } from 'vitest';
import { REGION_FILES } from '../../src/help/data';
import { guessRegion, regionFromLanguage, regionFromTimeZone } from '../../src/help/guess';
import { REGION_CODES, type RegionCode } from '../../src/help/regions';
import { resolveRegion } from '../../src/help/select';

/**
 * A person in each region as a browser describes them: a time zone that is there, and a
 * language tag someone there may well use. Written by hand, not read from the data.
 */
const PEOPLE: Record<Exclude<RegionCode, 'INTL'>, { timeZone: string; language: string }> = {
  US: { timeZone: 'America/Chicago', language: 'en-US' },
  CA: { timeZone: 'America/Toronto', language: 'fr-CA' },
  MX: { timeZone: 'America/Mexico_City', language: 'es-MX' },
  BR: { timeZone: 'America/Sao_Paulo', language: 'pt-BR' },
  AR: { timeZone: 'America/Argentina/Buenos_Aires', language: 'es-AR' },
  CO: { timeZone: 'America/Bogota', language: 'es-CO' },
  CL: { timeZone: 'America/Santiago', language: 'es-CL' },
  GB: { timeZone: 'Europe/London', language: 'en-GB' },
  IE: { timeZone: 'Europe/Dublin', language: 'en-IE' },
  ES: { timeZone: 'Europe/Madrid', language: 'es-ES' },
  PT: { timeZone: 'Europe/Lisbon', language: 'pt-PT' },
  FR: { timeZone: 'Europe/Paris', language: 'fr-FR' },
  BE: { timeZone: 'Europe/Brussels', language: 'nl-BE' },
  NL: { timeZone: 'Europe/Amsterdam', language: 'nl-NL' },
  DE: { timeZone: 'Europe/Berlin', language: 'de-DE' },
  AT: { timeZone: 'Europe/Vienna', language: 'de-AT' },
  CH: { timeZone: 'Europe/Zurich', language: 'de-CH' },
  IT: { timeZone: 'Europe/Rome', language: 'it-IT' },
  SE: { timeZone: 'Europe/Stockholm', language: 'sv-SE' },
  NO: { timeZone: 'Europe/Oslo', language: 'nb-NO' },
  DK: { timeZone: 'Europe/Copenhagen', language: 'da-DK' },
  FI: { timeZone: 'Europe/Helsinki', language: 'fi-FI' },
  PL: { timeZone: 'Europe/Warsaw', language: 'pl-PL' },
  IN: { timeZone: 'Asia/Kolkata', language: 'hi-IN' },
  JP: { timeZone: 'Asia/Tokyo', language: 'ja-JP' },
  KR: { timeZone: 'Asia/Seoul', language: 'ko-KR' },
  HK: { timeZone: 'Asia/Hong_Kong', language: 'zh-Hant-HK' },
  SG: { timeZone: 'Asia/Singapore', language: 'en-SG' },
  PH: { timeZone: 'Asia/Manila', language: 'fil-PH' },
  AU: { timeZone: 'Australia/Sydney', language: 'en-AU' },
  NZ: { timeZone: 'Pacific/Auckland', language: 'en-NZ' },
  ZA: { timeZone: 'Africa/Johannesburg', language: 'en-ZA' },
};

const REGIONS = REGION_CODES.filter((code): code is Exclude<RegionCode, 'INTL'> => code !== 'INTL');

describe('guessRegion', () => {
  it('has a person for every region (a new region needs a row here)', () => {
    expect(Object.keys(PEOPLE).sort()).toEqual([...REGIONS].sort());
  });

  it.each(REGIONS)('%s: from the time zone alone', (region) => {
    expect(guessRegion(PEOPLE[region].timeZone, [])).toBe(region);
  });

  it.each(REGIONS)('%s: from the language tag alone, when the time zone says nothing', (region) => {
    expect(guessRegion(undefined, [PEOPLE[region].language])).toBe(region);
    // a language tag's region beats a bare language listed before it
    expect(guessRegion('Etc/UTC', ['ja', PEOPLE[region].language])).toBe(region);
  });

  it.each(REGIONS)('%s: the time zone wins over an English browser', (region) => {
    expect(guessRegion(PEOPLE[region].timeZone, ['en-US', 'en'])).toBe(region);
  });

  it.each(REGIONS)('%s: every time zone its file claims leads back to it', (region) => {
    for (const zone of REGION_FILES[region]!.timeZones) {
      const sample = zone.endsWith('/') ? `${zone}Somewhere` : zone;
      expect(regionFromTimeZone(sample), sample).toBe(region);
    }
  });

  it.each(REGIONS)('%s: every language region its file claims leads back to it', (region) => {
    for (const tag of REGION_FILES[region]!.languageRegions) expect(regionFromLanguage(`xx-${tag}`), tag).toBe(region);
  });

  it('uses a language spoken almost only in one region when nothing else says where', () => {
    expect(guessRegion('Etc/UTC', ['ja'])).toBe('JP');
    expect(guessRegion(undefined, ['ko', 'en'])).toBe('KR');
    expect(guessRegion(undefined, ['sv'])).toBe('SE');
    expect(guessRegion(undefined, ['nb'])).toBe('NO');
    expect(guessRegion(undefined, ['da'])).toBe('DK');
    expect(guessRegion(undefined, ['fi'])).toBe('FI');
    expect(guessRegion(undefined, ['pl'])).toBe('PL');
    // ...but a language tag's region comes first, whatever its position
    expect(guessRegion(undefined, ['ja', 'en-GB'])).toBe('GB');
    // and widely shared languages say nothing on their own
    expect(guessRegion(undefined, ['fr', 'de', 'es', 'en', 'pt', 'nl', 'it'])).toBe('INTL');
  });

  it('reads prefixes and legacy zone names', () => {
    expect(regionFromTimeZone('America/Argentina/Salta')).toBe('AR');
    expect(regionFromTimeZone('America/Indiana/Knox')).toBe('US');
    expect(regionFromTimeZone('Australia/Perth')).toBe('AU');
    expect(regionFromTimeZone('Brazil/East')).toBe('BR');
    expect(regionFromTimeZone('Asia/Calcutta')).toBe('IN');
    expect(regionFromTimeZone('Europe/Busingen')).toBe('DE');
    expect(regionFromTimeZone('Europe/Vaduz')).toBe('CH');
    expect(regionFromTimeZone('Europe/Mariehamn')).toBe('FI');
  });

  it('does not mistake neighbours', () => {
    expect(regionFromTimeZone('America/Montevideo')).toBeNull(); // Uruguay
    expect(regionFromTimeZone('America/Lima')).toBeNull(); // Peru
    expect(regionFromTimeZone('Europe/Luxembourg')).toBeNull();
    expect(regionFromTimeZone('Asia/Macau')).toBeNull();
    expect(regionFromTimeZone('America/Caracas')).toBeNull();
    expect(regionFromLanguage('es-419')).toBeNull();
    expect(regionFromLanguage('en')).toBeNull();
  });

  it('falls back to the international directory', () => {
    expect(guessRegion(undefined, [])).toBe('INTL');
    expect(guessRegion('Asia/Bangkok', ['th-TH'])).toBe('INTL');
    expect(guessRegion('Not/AZone', ['not a tag'])).toBe('INTL');
  });

  it('is overridden by a region chosen in Options', () => {
    expect(resolveRegion('JP', 'Europe/Paris', ['fr-FR'])).toBe('JP');
    expect(resolveRegion('auto', 'Europe/Paris', ['en-US'])).toBe('FR');
  });
});
