/**
 * What counts as a verification source for the help data (docs/HELP-SOURCES.md), as code: the
 * hosts that never count, how a source is tied to an organisation, and the check that every
 * number rests on two independent organisations. Used by test/help/sources.test.ts.
 */
import type { RegionFile } from '../../src/help/types';

export type DeniedKind = 'paste' | 'proxy' | 'mirror' | 'content farm' | 'user-generated' | 'blog' | 'student paper';

/**
 * Hosts that are never a source, with why. A host matches itself and its subdomains. Kept to
 * what we have seen (or its plain kind): a new bad host is added here when it is removed from
 * the data, so it cannot come back.
 */
export const DENIED_HOSTS: ReadonlyArray<{ host: string; kind: DeniedKind }> = [
  // Pastes: anyone can write anything, nobody answers for it.
  ...['pastebin.com', 'paste.ee', 'hastebin.com', 'rentry.co', 'justpaste.it', 'controlc.com', 'dpaste.org', 'gist.github.com'].map(
    (host) => ({ host, kind: 'paste' as const }),
  ),
  // Web proxies and caches: the page shown is someone else's, fetched through a third party.
  ...['altruwe.org', 'translate.goog', 'webcache.googleusercontent.com', 'bardy.io', 'croxyproxy.com'].map((host) => ({ host, kind: 'proxy' as const })),
  // Copies of other people's pages and documents.
  ...[
    'docslib.org',
    'issuu.com',
    'vdocuments.us',
    'dokumen.pub',
    'pdfcoffee.com',
    'cinxe.com',
    'de-academic.com',
    'en-academic.com',
    'lifelines.name',
    'smi24.net',
    'dweb.link',
    'publicnow.com',
    'menafn.com',
    'miragenews.com',
    'daily8.com',
  ].map((host) => ({ host, kind: 'mirror' as const })),
  // Content farms: pages written to be found, not to be right.
  ...[
    'rudixops.dev',
    'calendarz.com',
    'pointshop.com',
    'starsinsider.com',
    'savagerose.org',
    'crackittoday.com',
    'statuscheck.co.za',
  ].map((host) => ({ host, kind: 'content farm' as const })),
  // A high-school newspaper (SPASH's "The Mirror"): no editor answers for it to the public.
  { host: 'spashmirror.com', kind: 'student paper' },
  // Wikis and platforms where anyone publishes.
  ...[
    'wikipedia.org',
    'fandom.com',
    'wikihow.com',
    'dissociative.cafe',
    'theodysseyonline.com',
    'blogspot.com',
    'medium.com',
    'audio.com',
    'scribd.com',
    'slideshare.net',
    'reddit.com',
    'quora.com',
  ].map((host) => ({ host, kind: 'user-generated' as const })),
  // Practice marketing, personal and travel blogs.
  ...[
    'kickstherapy.com',
    'therapywithemilee.com',
    'ftmwellness.com',
    'thewrightinitiative.com',
    'davidmglasgow.com',
    'sabineruesing.de',
    'dr-andrea-gross.de',
    'nostalgieimkinderzimmer.de',
    'safetymatters.ie',
    'dramaunfolded.com',
    'frequentbusinesstraveler.com',
    'latinosinfronteras.com',
    'lifeunscripted.ca',
    'simplyamsterdam.nl',
    'thepushupchallenge.com.au',
  ].map((host) => ({ host, kind: 'blog' as const })),
];

/** Public web archives: a dated copy of a page counts as that page (its address is inside). */
const ARCHIVES = ['web.archive.org', 'webarchive.library.unt.edu', 'webarchive.nationalarchives.gov.uk'];

/** Press-release wires: a release there is the word of whoever issued it, usually the service. */
const PRESS_WIRES = ['ots.at', 'presseportal.ch', 'presseportal.de', 'newswire.ca', 'prnewswire.com', 'businesswire.com', 'globenewswire.com', 'sttinfo.fi', 'scoop.co.nz'];

/**
 * Other domains of the organisation behind a service's own site (by the registrable domain of
 * its `url`): a page there is the service speaking about itself, not a second opinion.
 */
export const SAME_ORGANISATION: Readonly<Record<string, readonly string[]>> = {
  'veteranscrisisline.net': ['va.gov'],
  'mieli.fi': ['mentalhealth.fi'],
  '147.ch': ['projuventute.ch'],
  'childline.org.uk': ['nspcc.org.uk'],
  '116117.de': ['kbv.de'],
  'onlineberatung-telefonseelsorge.at': ['katholisch.at', 'telefonseelsorge.at'],
  '116111.pl': ['fdn.pl'],
  'bogota.gov.co': ['saludcapital.gov.co'],
  'shallwetalk.hk': ['news.gov.hk'],
  '116111.no': ['kristiansand.kommune.no'],
};

/**
 * Second-level labels under which names are handed out (co.uk, gov.au, or.jp …), so that the
 * registrable domain is the label before them. A small stand-in for the Public Suffix List,
 * enough for the hosts our sources use; the unit test pins the cases that matter.
 */
const SECOND_LEVEL = new Set([
  'ac', 'co', 'com', 'edu', 'go', 'gob', 'gov', 'govt', 'gv', 'health', 'kommune', 'lg', 'mil', 'ne', 'net', 'nhs', 'or', 'org', 're', 'police', 'sch',
  // Canadian provinces (on.ca, qc.ca …)
  'ab', 'bc', 'mb', 'nb', 'nl', 'ns', 'on', 'pe', 'qc', 'sk',
]);

const normaliseHost = (host: string) => host.toLowerCase().replace(/\.$/, '');

/** "www.bbc.co.uk" -> "bbc.co.uk"; "myszkow.policja.gov.pl" -> "policja.gov.pl". */
export function registrableDomain(host: string): string {
  const labels = normaliseHost(host).split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

const matchesHost = (host: string, pattern: string) => host === pattern || host.endsWith(`.${pattern}`);

/** The page a source stands for: an archived copy stands for the page it archived. */
export function effectiveSource(source: string): URL {
  const url = new URL(source);
  if (ARCHIVES.some((archive) => matchesHost(normaliseHost(url.hostname), archive))) {
    const inner = /\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i.exec(url.pathname + url.search)?.[1];
    if (inner) return new URL(inner);
  }
  return url;
}

/** Why a source can never count, or null if it may. */
export function deniedReason(source: string): string | null {
  let url: URL;
  try {
    url = effectiveSource(source);
  } catch {
    return 'not a web address';
  }
  const host = normaliseHost(url.hostname);
  const denied = DENIED_HOSTS.find((d) => matchesHost(host, d.host));
  if (denied) return `${denied.kind} (${denied.host})`;
  // Another page's address in the query, or a /proxy path: a page fetched through someone else.
  if (/[?&][\w-]*=https?(%3A|:)/i.test(url.search) || /\/proxy\b/i.test(url.pathname)) return 'proxy (another address inside the link)';
  // dev., staging., test. hosts: a site's unfinished copy, not what it publishes.
  if (/^(dev|staging|stage|test|preview)\./.test(host)) return `mirror (a non-production copy: ${host})`;
  return null;
}

/**
 * The organisation a source speaks for: its registrable domain, except that the service's own
 * domains — its site, the other domains of the same organisation, press releases — are "own".
 */
export function organisationOf(source: string, serviceUrl?: string): string {
  const domain = registrableDomain(effectiveSource(source).hostname);
  if (serviceUrl === undefined) return domain;
  const own = registrableDomain(new URL(serviceUrl).hostname);
  if (domain === own || (SAME_ORGANISATION[own] ?? []).includes(domain) || PRESS_WIRES.includes(domain)) return 'own';
  return domain;
}

/** Every problem with the verification sources of the help files, each naming file and entry. */
export function sourceProblems(files: readonly RegionFile[]): string[] {
  const problems: string[] = [];
  const check = (where: string, sources: readonly string[], needsTwo: boolean, serviceUrl?: string) => {
    for (const source of sources) {
      const reason = deniedReason(source);
      if (reason) problems.push(`${where}: ${source} is not a credible source: ${reason}`);
    }
    const domains = sources.map((s) => registrableDomain(effectiveSource(s).hostname));
    domains.forEach((domain, i) => {
      if (domains.indexOf(domain) !== i) problems.push(`${where}: ${domain} is listed twice (one site counts once)`);
    });
    if (needsTwo) {
      const organisations = new Set(sources.filter((s) => !deniedReason(s)).map((s) => organisationOf(s, serviceUrl)));
      if (organisations.size < 2) {
        problems.push(`${where}: needs two independent credible sources, has ${organisations.size} (${[...organisations].join(', ') || 'none'})`);
      }
    }
  };
  for (const file of files) {
    const path = `src/help/regions/${file.region}.json`;
    if (file.emergency) check(`${path} emergency ${file.emergency.number}`, file.emergency.sources, true);
    for (const r of file.resources) check(`${path} ${r.id}`, r.sources, Boolean(r.phone || r.sms), r.url);
  }
  return problems;
}
