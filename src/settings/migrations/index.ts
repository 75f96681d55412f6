/**
 * Versioned migrations, one file each, looked up by the version they start from — never by
 * position in a list, so a migration can be retired without renumbering the rest.
 *
 * A migration receives the stored object of its `from` version (only what differed from the
 * defaults back then, plus `version`) and returns the object for `to`.
 */
import { v1SiteRecords } from './v1-site-records';
import { v2AutoNoteStyle } from './v2-auto-note-style';

export type StoredSettings = Record<string, unknown> & { version?: unknown };

export interface Migration {
  from: number;
  to: number;
  /** one line for the changelog and for the popup's "what was changed" note */
  describe: string;
  up(stored: StoredSettings): StoredSettings;
}

/** Every migration, keyed by the version it upgrades from. */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map<number, Migration>(
  [v1SiteRecords, v2AutoNoteStyle].map((m) => [m.from, m]),
);

export class UnknownVersionError extends Error {
  constructor(readonly found: unknown, readonly newest: number) {
    super(
      typeof found === 'number' && found > newest
        ? `settings version ${found} is newer than this version of Candor understands (${newest})`
        : `settings version ${JSON.stringify(found)} is not one Candor knows`,
    );
    this.name = 'UnknownVersionError';
  }
}

/**
 * Runs the chain of migrations from the stored version to `target`. Objects without a version
 * are treated as version 1 (the first shape, which had no field for it).
 */
export function migrate(
  stored: StoredSettings,
  target: number,
  migrations: ReadonlyMap<number, Migration> = MIGRATIONS,
): { settings: StoredSettings; applied: Migration[] } {
  const found = stored.version === undefined ? 1 : stored.version;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1 || found > target) {
    throw new UnknownVersionError(stored.version, target);
  }
  let version: number = found;
  let current: StoredSettings = { ...stored, version };
  const applied: Migration[] = [];
  while (version < target) {
    const step = migrations.get(version);
    if (!step || step.to <= version) throw new UnknownVersionError(version, target);
    current = { ...step.up(current), version: step.to };
    applied.push(step);
    version = step.to;
  }
  return { settings: current, applied };
}
