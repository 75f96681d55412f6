/**
 * The verification sources behind every number (docs/HELP-SOURCES.md): no paste, proxy, mirror,
 * content farm, open wiki or blog; no site listed twice; and every phone, text or emergency
 * number backed by two independent organisations, the service's own site counting once.
 */
import { describe, expect, it } from 'vitest';
import { loadHelp } from '../../scripts/lib/help';
import { deniedReason, organisationOf, registrableDomain, sourceProblems } from '../../scripts/lib/help-sources';
import type { RegionFile } from '../../src/help/types';

describe('the help data sources', () => {
  it('are all credible, none listed twice, and every number rests on two independent organisations', () => {
    expect(sourceProblems(loadHelp())).toEqual([]);
  });
});

describe('deniedReason', () => {
  it.each([
    ['https://pastebin.com/j17gjD2s', 'paste'],
    ['https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.samhsa.gov%2F', 'proxy'],
    ['https://example.org/fetch?u=https://www.samhsa.gov/', 'proxy'],
    ['https://articles.rudixops.dev/article/4bb93cf4a9099539262ae1e95e5f2b9e', 'content farm'],
    ['https://calendarz.com/es/amp/on-this-day/june/30/emergency-telephone-number', 'content farm'],
    ['https://issuu.com./chi-childhelplineinternational/docs/x', 'mirror'],
    ['https://docslib.org/doc/8409934/annual-review-2018', 'mirror'],
    ['http://dev.theportugalnews.com/br/noticias/2025-09-06/x', 'mirror'],
    ['https://fr.m.wikipedia.org/wiki/Fil_Sant%C3%A9_Jeunes', 'user-generated'],
    ['https://kilcullenbridge.blogspot.com/2023/07/x.html', 'user-generated'],
    ['https://www.kickstherapy.com/blog/mental-health-crisis-resources-uk', 'blog'],
    ['https://web.archive.org/web/2020/https://pastebin.com/abc', 'paste'],
  ])('refuses %s (%s)', (source, kind) => {
    expect(deniedReason(source)).toContain(kind);
  });

  it.each([
    'https://www.samhsa.gov/find-help/national-helpline',
    'https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352',
    'https://www.klecks-os.de/service/news-detail.html?tx_news_pi1%5Baction%5D=detail&cHash=d407ef7d9a639810944ac622fee72495',
    'https://webarchive.library.unt.edu/web/20161102235127/https://www.disasterassistance.gov/get-assistance/forms-of-assistance/4506/0/D03',
  ])('accepts %s', (source) => {
    expect(deniedReason(source)).toBeNull();
  });
});

describe('registrableDomain and organisationOf', () => {
  it.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['myszkow.policja.gov.pl', 'policja.gov.pl'],
    ['burgenland.orf.at', 'orf.at'],
    ['blogs.flinders.edu.au', 'flinders.edu.au'],
    ['www.oundlesurgery.nhs.uk', 'oundlesurgery.nhs.uk'],
    ['issuu.com.', 'issuu.com'],
    ['health.wyo.gov', 'wyo.gov'],
  ])('%s belongs to %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it('counts the service, its other domains and its press releases as one organisation', () => {
    expect(organisationOf('https://www.va.gov/x', 'https://www.veteranscrisisline.net')).toBe('own');
    expect(organisationOf('https://www.ots.at/presseaussendung/x', 'https://www.rataufdraht.at')).toBe('own');
    expect(organisationOf('https://www.rataufdraht.at/x', 'https://www.rataufdraht.at')).toBe('own');
    expect(organisationOf('https://www.vol.at/x', 'https://www.rataufdraht.at')).toBe('vol.at');
  });
});

describe('sourceProblems', () => {
  const file = (sources: string[], extra: Partial<RegionFile['resources'][number]> = {}): RegionFile => ({
    region: 'NZ',
    timeZones: ['Pacific/Auckland'],
    languageRegions: ['NZ'],
    emergency: { number: '111', sources: ['https://www.govt.nz/a', 'https://www.police.govt.nz/b'], lastVerified: '2026-11-30' },
    resources: [
      {
        id: 'nz-line',
        kind: 'crisis',
        audience: 'everyone',
        name: 'A line',
        description: { en: 'x', es: 'x', fr: 'x', de: 'x', 'pt-BR': 'x', it: 'x', nl: 'x' },
        phone: '1737',
        tel: '1737',
        url: 'https://1737.org.nz',
        sources,
        lastVerified: '2026-11-30',
        ...extra,
      },
    ],
  });

  it('passes a number confirmed by the service and an independent outlet', () => {
    expect(sourceProblems([file(['https://1737.org.nz/about', 'https://www.nzherald.co.nz/a'])])).toEqual([]);
  });

  it('does not count the service twice', () => {
    const problems = sourceProblems([file(['https://1737.org.nz/about', 'https://www.scoop.co.nz/stories/x'])]);
    expect(problems.join('\n')).toMatch(/nz-line: needs two independent credible sources, has 1 \(own\)/);
  });

  it('does not count one site twice, nor a denied source at all', () => {
    const problems = sourceProblems([file(['https://www.nrk.no/a', 'https://www.nrk.no/b', 'https://pastebin.com/x'])]);
    expect(problems.join('\n')).toContain('nrk.no is listed twice');
    expect(problems.join('\n')).toContain('https://pastebin.com/x is not a credible source: paste');
    expect(problems.join('\n')).toContain('nz-line: needs two independent credible sources, has 1 (nrk.no)');
  });

  it('holds emergency numbers to the same bar, and lets a website-only link rest on one source', () => {
    const single = file(['https://1737.org.nz/about'], { phone: undefined, tel: undefined });
    single.emergency!.sources = ['https://www.nzherald.co.nz/a', 'https://www.starsinsider.com/amp/885029'];
    const problems = sourceProblems([single]);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('emergency 111: needs two independent credible sources, has 1 (nzherald.co.nz)');
  });
});
