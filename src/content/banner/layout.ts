/**
 * What shape a note takes, from the note style and the chat's context. Pure, so it is tested
 * without a browser.
 *
 *  auto    — where mental health is at stake (a mental-health page, a companion or mental-health
 *            app, a chat presenting itself as a therapist) the full card, human help first; else
 *            one quiet line: vendor, AI or people, details on click, no crisis line by default.
 *  full    — the card everywhere; compact — the line everywhere, with a crisis line in it.
 *  Whole-site apps always get the slim bar at the top (it opens into the card).
 */
import type { BannerItem } from '../../messaging/protocol';
import type { BannerStyle } from '../../settings/schema';

export type NoteLayout = 'card' | 'pill' | 'bar';

export interface NoteShape {
  layout: NoteLayout;
  /** a crisis line shown in the closed line (pill or bar) */
  lineHelp: boolean;
  /** mental-health wording: "not a therapist", human help before the rest */
  mentalHealth: boolean;
}

export function noteShape(style: BannerStyle, item: Pick<BannerItem, 'surface' | 'context' | 'claims'>): NoteShape {
  const mentalHealth = item.context === 'mental-health' || item.claims.length > 0;
  const quiet = style === 'auto' && !mentalHealth;
  if (item.surface === 'site') return { layout: 'bar', lineHelp: !quiet, mentalHealth };
  if (style === 'compact' || quiet) return { layout: 'pill', lineHelp: !quiet, mentalHealth };
  return { layout: 'card', lineHelp: false, mentalHealth };
}
