/**
 * Version 3 adds the note style `auto` and makes it the default: the full note where mental
 * health is at stake (a mental-health page, a companion or mental-health app), a one-line note
 * elsewhere (a shop's or a bank's chat).
 *
 * Settings are stored as a difference from the defaults, so a version-2 object without
 * `bannerStyle` is someone who kept the old default (`full`): they get `auto` by leaving it out.
 * A style that was written down (compact, badge — or full, from a hand-edited or imported file)
 * was chosen, and is kept as it is.
 */
import type { Migration, StoredSettings } from './index';

export const v2AutoNoteStyle: Migration = {
  from: 2,
  to: 3,
  describe: 'the note now fits the page: the full note on mental-health pages and apps, one line elsewhere (a style you chose is kept)',
  up(stored: StoredSettings): StoredSettings {
    // Nothing to rewrite: an absent style now means the new default, a present one is kept.
    return { ...stored };
  },
};
