/** Questions the background asks of the settings. Pure. */
import type { Kind } from '../detection/rule';
import type { SiteChoice, Settings } from './schema';

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

/** Until when the site is paused: a time, null for "always", undefined when not paused (or expired). */
export function pausedUntil(settings: Settings, site: string | null, now: number): number | null | undefined {
  if (!site) return undefined;
  const until = settings.sites[site]?.pausedUntil;
  if (until === undefined) return undefined;
  return until === null || until > now ? until : undefined;
}

/** Whether Candor is paused on this site at `now` (an expired pause no longer counts). */
export function isPaused(settings: Settings, site: string | null, now: number): boolean {
  return pausedUntil(settings, site, now) !== undefined;
}

/** Settings with expired pauses tidied away (and sites with nothing left dropped). */
export function withoutExpiredPauses(settings: Settings, now: number): Settings {
  const sites: Settings['sites'] = {};
  let changed = false;
  for (const [site, choice] of Object.entries(settings.sites)) {
    if (typeof choice.pausedUntil === 'number' && choice.pausedUntil <= now) {
      changed = true;
      const { pausedUntil: _expired, ...rest } = choice;
      if (rest.hiddenRules?.length) sites[site] = rest;
    } else {
      sites[site] = choice;
    }
  }
  return changed ? { ...settings, sites } : settings;
}

/** The next moment a pause ends, to wake up then and bring banners back. */
export function nextPauseExpiry(settings: Settings, now: number): number | null {
  let next: number | null = null;
  for (const { pausedUntil: until } of Object.values(settings.sites)) {
    if (typeof until === 'number' && until > now && (next === null || until < next)) next = until;
  }
  return next;
}

/** A copy of the settings with one site's choice changed; empty choices are dropped. */
export function withSiteChoice(settings: Settings, site: string, change: (choice: SiteChoice) => SiteChoice): Settings {
  const next = change({ ...(settings.sites[site] ?? {}) });
  const sites = { ...settings.sites };
  if (next.pausedUntil === undefined && !next.hiddenRules?.length) delete sites[site];
  else sites[site] = next;
  return { ...settings, sites };
}

export function isRuleEnabled(settings: Settings, rule: string): boolean {
  return !settings.disabledRules.includes(rule);
}

export function isDismissedForSite(settings: Settings, site: string | null, rule: string): boolean {
  return !!site && (settings.sites[site]?.hiddenRules?.includes(rule) ?? false);
}

/** Whether a detection of this kind gets a banner at all (the badge counts every detection). */
export function kindShowsBanner(settings: Settings, kind: Kind): boolean {
  return settings.bannerKinds[kind] && settings.bannerStyle !== 'badge';
}
