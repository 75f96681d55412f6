/**
 * The help files (src/help/regions/*.json), bundled. They were validated when the extension was
 * built (vite.config.ts → scripts/lib/help.ts) and are validated again by the unit tests, so
 * here they are only typed and flattened.
 */
import type { RegionCode } from './regions';
import type { EmergencyNumber, HelpResource, RegionFile } from './types';

const files = import.meta.glob<RegionFile>('./regions/*.json', { eager: true, import: 'default' });

/** Every region's file, by region code. */
export const REGION_FILES: Readonly<Partial<Record<RegionCode, RegionFile>>> = Object.fromEntries(
  Object.values(files).map((file) => [file.region, file]),
);

/** Every resource of every region, each with its region. */
export const HELP_RESOURCES: readonly HelpResource[] = Object.values(files).flatMap((file) =>
  file.resources.map((resource) => ({ ...resource, region: file.region })),
);

/** The newest last-verified date in the data: the help data's version. */
export const HELP_DATA_VERSION: string = [
  ...HELP_RESOURCES.map((r) => r.lastVerified),
  ...Object.values(files).flatMap((f) => (f.emergency ? [f.emergency.lastVerified] : [])),
].sort().at(-1) ?? 'none';

export function regionFile(region: RegionCode): RegionFile | undefined {
  return REGION_FILES[region];
}

export type { EmergencyNumber };
