/**
 * Version 1 kept paused sites and sites where banners were hidden in two maps. Version 2 keeps
 * one record per site ({ pausedUntil, hiddenRules }), so a site's choices are listed, exported
 * and forgotten together.
 */
import type { Migration, StoredSettings } from './index';

export const v1SiteRecords: Migration = {
  from: 1,
  to: 2,
  describe: 'paused sites and hidden banners are now kept together, per site',
  up(stored: StoredSettings): StoredSettings {
    const { pausedSites, dismissedSites, ...rest } = stored;
    const sites: Record<string, { pausedUntil?: unknown; hiddenRules?: unknown }> = {};
    if (pausedSites && typeof pausedSites === 'object' && !Array.isArray(pausedSites)) {
      for (const [site, until] of Object.entries(pausedSites)) (sites[site] ??= {}).pausedUntil = until;
    }
    if (dismissedSites && typeof dismissedSites === 'object' && !Array.isArray(dismissedSites)) {
      for (const [site, rules] of Object.entries(dismissedSites)) (sites[site] ??= {}).hiddenRules = rules;
    }
    // Anything malformed passes through as is: the per-field check afterwards repairs it.
    const out: StoredSettings = { ...rest };
    if (Object.keys(sites).length > 0 || pausedSites !== undefined || dismissedSites !== undefined) out.sites = sites;
    return out;
  },
};
