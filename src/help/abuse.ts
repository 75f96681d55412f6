/**
 * Who the crisis panel offers when what was typed sounds like abuse: the region's abuse lines
 * (domestic and partner violence, child protection), kept with the rest of its help in
 * src/help/regions/<CC>.json and marked `"topic": "abuse"`, under the same rules (two independent
 * credible sources for every number, a date, descriptions in every UI language).
 *
 * Order: the abuse lines for adults, then child-protection lines (which also take calls from
 * adults worried about a child), then one crisis line. In teen mode, child-protection lines and
 * the region's youth lines come first. A region without an abuse line falls back to its crisis
 * line (the panel also gives the emergency number), or to a directory where it has none.
 */
import { HELP_RESOURCES } from './data';
import type { RegionCode } from './regions';
import type { HelpResource } from './types';

export function abuseHelpFor(region: RegionCode, teen: boolean): HelpResource[] {
  const here = HELP_RESOURCES.filter((r) => r.region === region);
  const abuse = here.filter((r) => r.topic === 'abuse');
  const adultAbuse = abuse.filter((r) => r.audience === 'everyone');
  const childAbuse = abuse.filter((r) => r.audience !== 'everyone');
  const general = here.filter((r) => !r.topic && r.audience === 'everyone' && !r.group);
  const crisis = general.filter((r) => r.kind === 'crisis').slice(0, 1);
  const lastResort = crisis.length > 0 ? crisis : general.filter((r) => r.kind === 'directory').slice(0, 1);
  // Youth lines that take any worry (Childline, Nummer gegen Kummer) before youth suicide lines.
  const youth = here.filter((r) => !r.topic && r.audience === 'youth').sort((a, b) => Number(a.kind !== 'support') - Number(b.kind !== 'support'));
  const ordered = teen ? [...childAbuse, ...youth, ...adultAbuse, ...lastResort] : [...adultAbuse, ...childAbuse, ...lastResort];
  const seen = new Set<string>();
  return ordered.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
