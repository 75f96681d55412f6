/** Questions the background asks of the settings. Pure. */
import type { Kind } from '../detection/rule';
import type { Settings } from './schema';

/** The key a site is stored under: its host, lowercased, without a leading "www.". */
export function siteKeyOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Whether Candor is paused on this site at `now` (an expired pause no longer counts). */
export function isPaused(settings: Settings, site: string | null, now: number): boolean {
  if (!site) return false;
  if (!(site in settings.pausedSites)) return false;
  const until = settings.pausedSites[site];
  return until === null || until === undefined || until > now;
}

/** Pauses whose time has passed, to tidy away. */
export function expiredPauses(settings: Settings, now: number): string[] {
  return Object.entries(settings.pausedSites)
    .filter(([, until]) => until !== null && until <= now)
    .map(([site]) => site);
}

/** The next moment a pause ends, to wake up then and bring banners back. */
export function nextPauseExpiry(settings: Settings, now: number): number | null {
  let next: number | null = null;
  for (const until of Object.values(settings.pausedSites)) {
    if (until !== null && until > now && (next === null || until < next)) next = until;
  }
  return next;
}

export function isRuleEnabled(settings: Settings, rule: string): boolean {
  return !settings.disabledRules.includes(rule);
}

export function isDismissedForSite(settings: Settings, site: string | null, rule: string): boolean {
  return !!site && (settings.dismissedSites[site]?.includes(rule) ?? false);
}

/** Whether a detection of this kind gets a banner at all (the badge counts every detection). */
export function kindShowsBanner(settings: Settings, kind: Kind): boolean {
  return settings.bannerKinds[kind] && settings.bannerStyle !== 'badge';
}
