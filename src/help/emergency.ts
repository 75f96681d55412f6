/** The emergency number of a region, for "if you are in danger now, call …". */
import { regionFile } from './data';
import type { RegionCode } from './regions';
import type { EmergencyNumber } from './types';

/**
 * The region's emergency number with the sources it was checked against, or null for the
 * international directory: there is no single number that is right everywhere, so the crisis
 * panel then says "your local emergency number".
 */
export function emergencyNumberFor(region: RegionCode): EmergencyNumber | null {
  return regionFile(region)?.emergency ?? null;
}
