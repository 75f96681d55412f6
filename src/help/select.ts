/** Picking the human-help resources to show, and the UI language. Pure. */
import { HELP_RESOURCES } from './data';
import { guessRegion } from './guess';
import type { RegionCode } from './regions';
import type { Audience, HelpResource } from './types';
import { pickLanguage, type Language } from '../i18n/languages';
import type { LanguageSetting, RegionSetting } from '../settings/schema';

export function resolveRegion(setting: RegionSetting, timeZone: string | undefined, languages: readonly string[]): RegionCode {
  return setting === 'auto' ? guessRegion(timeZone, languages) : setting;
}

/** The UI language: the one chosen in Options, else the first of the browser's that Candor speaks. */
export function resolveLanguage(setting: LanguageSetting, languages: readonly string[]): Language {
  return setting === 'auto' ? pickLanguage(languages) : setting;
}

/**
 * Resources for a region, crisis lines first. Regions with no entry of a kind fall back to the
 * international directory for it, so nobody is left with an empty list.
 */
export function helpFor(region: RegionCode, audiences: readonly Audience[] = ['everyone']): HelpResource[] {
  const order: Record<HelpResource['kind'], number> = { crisis: 0, support: 1, therapist: 2, directory: 3 };
  // Stable sort: by kind, services for one group (veterans, parents…) after the general ones.
  const pick = (r: RegionCode) =>
    HELP_RESOURCES.filter((res) => res.region === r && audiences.includes(res.audience)).sort(
      (a, b) => order[a.kind] - order[b.kind] || Number(!!a.group) - Number(!!b.group),
    );
  const local = pick(region);
  const international = region === 'INTL' ? [] : pick('INTL');
  if (!local.some((r) => r.kind === 'crisis')) return [...local, ...international];
  // Keep the international directory last as a way to look further.
  return [...local, ...international.filter((r) => r.kind === 'directory').slice(0, 1)];
}

/**
 * Teen mode: services made for young people first (Kids Help Phone, Childline…), then the
 * general crisis lines (which serve teens too), then the rest; no therapist directories, which
 * need a parent anyway.
 */
export function helpForTeens(region: RegionCode): HelpResource[] {
  const youth = helpFor(region, ['youth', 'lgbtq-youth']);
  const general = helpFor(region, ['everyone']).filter((r) => r.kind === 'crisis' && !r.group);
  const fallback = region === 'INTL' ? [] : helpFor('INTL', ['youth']);
  const seen = new Set<string>();
  return [...youth, ...general, ...(youth.length ? [] : fallback)].filter((r) => !seen.has(r.id) && seen.add(r.id));
}
