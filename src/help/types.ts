import type { RegionCode } from './regions';

/** Text in each UI language; English is required, Spanish strongly wanted. */
export interface Localized {
  en: string;
  es: string;
}

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
  /** dial string for tel: links, digits and + only */
  tel?: string;
  /** SMS: number and optional keyword ("Text HOME to 741741") */
  sms?: { number: string; keyword?: string };
  /** the service's own web page (chat, info) */
  url: string;
  /** free to call / text */
  free?: boolean;
  /** a service for one group of people, listed after the general ones */
  group?: 'veterans' | 'first-nations' | 'parents';
  /** e.g. "24/7" */
  hours?: string;
  sources: string[];
  lastVerified: string;
}
