/**
 * The regions Candor has human help for: one file each in src/help/regions/<CC>.json (checked
 * against this list at build time). Kept free of the data itself so that the settings schema
 * and the help schema can import it cheaply; the guess from time zone and language is in
 * guess.ts.
 */
export const REGION_CODES = [
  // The Americas
  'US', 'CA', 'MX', 'BR', 'AR', 'CO', 'CL',
  // Europe
  'GB', 'IE', 'ES', 'PT', 'FR', 'BE', 'NL', 'DE', 'AT', 'CH', 'IT', 'SE', 'NO', 'DK', 'FI', 'PL',
  // Asia and Oceania
  'IN', 'JP', 'KR', 'HK', 'SG', 'PH', 'AU', 'NZ',
  // Africa
  'ZA',
  // Everyone else: international directories
  'INTL',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

