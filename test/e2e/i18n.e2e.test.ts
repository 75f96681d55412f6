/**
 * Candor in the browser's language and region: with the browser in French and a French time
 * zone, the banner and the popup are in French and offer French help lines; the same in
 * Brazilian Portuguese with a São Paulo time zone. Chromium gets --lang and TZ, Firefox its
 * locale preferences and TZ; nothing is chosen in Candor's own settings.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { RULES, tabIdOf, waitForBanner, waitForShadowText } from './support/checks';
import { servedUrl } from './support/server';
import { useE2E } from './support/session';

const widget = RULES.find((r) => r.id === 'intercom')!;
// With the default note style (auto) help lines are on the note where mental health is at stake:
// a widget on a counselling practice's page (the page of test/e2e/context.e2e.test.ts) and a
// companion app. Elsewhere the note is one line, its help one click away.
const MH_WIDGET = 'dialogflow-messenger';
const site = RULES.find((r) => r.id === 'replika')!;

interface Case {
  name: string;
  locale: string;
  timezone: string;
  /** <html lang> of Candor's pages */
  lang: string;
  /** the banner's help heading and a line of the card */
  heading: string;
  /** the region's first crisis line: its number and a phrase of its description */
  line: { number: string; phrase: string };
  /** "Official site: …" in this language */
  officialSite: RegExp;
  /** the full card's title for an AI chat where mental health is at stake */
  mhTitle: string;
  /** the whole-site bar's title for Replika */
  siteTitle: string;
  popup: { thisPage: string; settings: string };
  /** how the English UI would have said it: must not appear */
  english: string[];
}

const CASES: Case[] = [
  {
    name: 'French, Europe/Paris',
    locale: 'fr-FR',
    timezone: 'Europe/Paris',
    lang: 'fr',
    heading: 'Envie de parler à une personne\u00a0?',
    line: { number: '3114', phrase: 'pour parler à un infirmier ou à un psychologue' },
    officialSite: /Site officiel\u00a0: 3114\.fr · vérifié le \d+ \S+ \d{4}/,
    mhTitle: 'C’est une IA, pas un thérapeute',
    siteTitle: 'Replika est une IA, pas un thérapeute',
    popup: { thisPage: 'Sur cette page', settings: 'Paramètres' },
    english: ['Want to talk to a person?', 'Official site', 'Hide for now'],
  },
  {
    name: 'Brazilian Portuguese, America/Sao_Paulo',
    locale: 'pt-BR',
    timezone: 'America/Sao_Paulo',
    lang: 'pt-BR',
    heading: 'Quer conversar com uma pessoa?',
    line: { number: '188', phrase: 'para conversar com total sigilo' },
    officialSite: /Site oficial: cvv\.org\.br · verificado em \d+ de \S+ de \d{4}/,
    mhTitle: 'Isto é uma IA, não um terapeuta',
    siteTitle: 'Replika é uma IA, não um terapeuta',
    popup: { thisPage: 'Nesta página', settings: 'Configurações' },
    english: ['Want to talk to a person?', 'Official site', 'Hide for now'],
  },
];

describe.each(BROWSERS)('%s', (browserName) => {
  describe.each(CASES)('$name', (c) => {
    const e2e = useE2E(browserName, { locale: c.locale, timezone: c.timezone });

    it('the banner speaks the language and offers the region’s help lines, naming each service’s own site', async () => {
      const url = e2e.server.pageUrl('context/therapy-practice.html');
      const page = await e2e.browser.newPage();
      await page.goto(url);
      await waitForBanner(page, MH_WIDGET);
      const text = await waitForShadowText(e2e.browser, url, `candor-banner[data-candor-rule="${MH_WIDGET}"]`, (t) => t.includes(c.heading));
      expect(text).toContain(c.mhTitle);
      expect(text).toContain(c.line.number);
      expect(text).toContain(c.line.phrase);
      expect(text).toMatch(c.officialSite);
      for (const english of c.english) expect(text).not.toContain(english);
      await page.close();
    });

    it('the whole-site bar has its title and a call link to the region’s line', async () => {
      const url = servedUrl(e2e.server, site.fixtures.match[0]!);
      const page = await e2e.browser.newPage();
      await page.goto(url);
      await waitForBanner(page, site.id);
      const text = await waitForShadowText(e2e.browser, url, `candor-banner[data-candor-rule="${site.id}"]`, (t) => t.includes(c.siteTitle));
      expect(text).toContain(c.line.number);
      await page.close();
    });

    it('the popup is in the language, with the same help lines', async () => {
      const url = servedUrl(e2e.server, widget.fixtures.match[0]!);
      const page = await e2e.browser.newPage();
      await page.goto(url);
      await waitForBanner(page, widget.id);
      const popup = await e2e.browser.openExtensionPage(`src/ui/popup/index.html?tab=${await tabIdOf(e2e.browser, url)}`);
      await popup.waitFor((lang: string) => document.documentElement.lang === lang && !!document.querySelector('.help-list'), c.lang);
      const body = await popup.textOf('body');
      expect(body).toContain(c.popup.thisPage);
      expect(body).toContain(c.popup.settings);
      expect(await popup.textOf('.help-list')).toContain(c.line.number);
      expect(body).not.toContain('On this page');
      await popup.close();
      await page.close();
    });
  });
});
