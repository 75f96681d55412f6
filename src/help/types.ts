import type { Language } from '../i18n/languages';
import type { RegionCode } from './regions';

/** Text in every UI language (the help files are checked for all of them at build time). */
export type Localized = Record<Language, string>;

export type HelpKind = 'crisis' | 'support' | 'therapist' | 'directory';
export type Audience = 'everyone' | 'youth' | 'lgbtq-youth';

/**
 * One human-help resource. Every phone number, text number and link carries the sources it was
 * checked against (at least two for any number) and the date it was last checked.
 */
export interface HelpResource {
  id: string;
  region: RegionCode;
  kind: HelpKind;
  audience: Audience;
  name: string;
  /** one short line: what they offer, when */
  description: Localized;
  /** human-readable phone number as the service writes it, e.g. "988" or "116 123" */
  phone?: string;
  /** dial string for tel: links: digits with an optional leading + (or * for a short code) */
  tel?: string;
  /** SMS: number and optional keyword ("Text HOME to 741741") */
  sms?: { number: string; keyword?: string };
  /**
   * The service's own site (chat, info). This, not the verification sources, is what a person
   * sees as where the service comes from.
   */
  url: string;
  /**
   * false when no source named the site: `url` is then the operator's own domain as we know it
   * (listed in the README so it is checked by hand before a release).
   */
  siteNamedBySource?: boolean;
  /** free to call / text */
  free?: boolean;
  /** a service for one group of people, listed after the general ones */
  group?: 'veterans' | 'first-nations' | 'parents';
  /** e.g. "24/7" */
  hours?: string;
  /** where the number and details were checked (shown behind "How we checked") */
  sources: string[];
  lastVerified: string;
}

/** The number to call in an emergency in one region, with where it was checked. */
export interface EmergencyNumber {
  /** what to dial, as written locally: "112", "000", "911" */
  number: string;
  sources: string[];
  lastVerified: string;
}

/** One file in src/help/regions/: everything Candor knows about help in one region. */
export interface RegionFile {
  region: RegionCode;
  /** IANA time zones (or prefixes ending in "/") that place a person in this region */
  timeZones: string[];
  /** region subtags of language tags that point here ("en-GB" -> GB; "UK" too) */
  languageRegions: string[];
  /** bare language subtags spoken (almost) only here: "ja" -> JP; used last */
  languages?: string[];
  /** absent only for the international directory */
  emergency?: EmergencyNumber;
  resources: Array<Omit<HelpResource, 'region'>>;
}
