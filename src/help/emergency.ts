/**
 * The emergency number for a region, for the crisis panel's "if you are in danger now, call …".
 * One small function over minimal data, so it can be pointed at the per-region help files
 * (src/help/regions/<CC>.json) when they carry the number. Every number is confirmed by at least
 * two sources, with the date they were read; a region without one gets null and the panel says
 * "your local emergency number" instead.
 */

export interface EmergencyNumber {
  /** as people write it: "911", "112 / 999" */
  number: string;
  /** dial string for tel: links, digits only */
  tel: string;
  sources: string[];
  lastVerified: string;
}

const CHECKED = '2026-11-30';

/** 112 answers in every EU member state (the sources say so for all of them). */
const EU_112 = ['https://www.govtech.com/public-safety/European-Emergency-Number-112-Now-Works.html', 'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12'];

const EMERGENCY: Readonly<Record<string, EmergencyNumber>> = {
  US: {
    number: '911',
    tel: '911',
    sources: ['https://internationalmentalhealth.org/resources/', 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline', 'https://www.liveandworkwell.com/en/member/article.16198.html'],
    lastVerified: CHECKED,
  },
  CA: {
    number: '911',
    tel: '911',
    sources: ['https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html', 'https://lifeunscripted.ca/9-8-8-a-new-canada-wide-suicide-help-line/'],
    lastVerified: CHECKED,
  },
  GB: {
    number: '999',
    tel: '999',
    sources: ['https://www.centre56.org.uk/domestic-abuse', 'https://dev.refuge.org.uk/get-help-now/children/', 'https://amadudu.org/welcome-kim-jones-on-board-as-interim-director/'],
    lastVerified: CHECKED,
  },
  IE: {
    number: '112 / 999',
    tel: '112',
    sources: ['https://www.garda.ie/en/crime/domestic-abuse/how-do-i-report-domestic-abuse-.html', 'http://www.112.ie/What_happens_/128', 'http://nationalambulanceservice.ie/Calling-999-112/When-to-call-999-112/'],
    lastVerified: CHECKED,
  },
  AU: {
    number: '000',
    tel: '000',
    sources: ['https://www.surfcoast.vic.gov.au/My_Community/Domestic_violence', 'https://www.lifeline.org.au/get-help/topics/domestic-family-violence', 'https://fral.org.au/faq/family-safety'],
    lastVerified: CHECKED,
  },
  NZ: {
    number: '111',
    tel: '111',
    sources: ['https://womensrefuge.org.nz/get-help/', 'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/', 'http://areyouok.org.nz/i-need-help/experiencing-violence/'],
    lastVerified: CHECKED,
  },
  ES: {
    number: '112',
    tel: '112',
    sources: ['https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html', 'https://ssssparacuellos.blogspot.com/2015/08/como-funciona-el-telefono-016.html', ...EU_112],
    lastVerified: CHECKED,
  },
  DE: { number: '112', tel: '112', sources: EU_112, lastVerified: CHECKED },
  FR: {
    number: '112',
    tel: '112',
    sources: ['https://www.parolesdefemmes81.fr/présentation/3919/', 'https://docteurtamalou.fr/confinement-les-victimes-de-violence-peuvent-envoyer-un-sms-au-114/', 'https://www.service-public.gouv.fr/particuliers/actualites/A14455', ...EU_112],
    lastVerified: CHECKED,
  },
  NL: {
    number: '112',
    tel: '112',
    sources: ['https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld', 'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld', 'https://www.ikvermoedhuiselijkgeweld.nl/kindermishandeling', ...EU_112],
    lastVerified: CHECKED,
  },
};

/** The emergency number for a region code ("US", "DE"…), or null when Candor does not know it. */
export function emergencyNumberFor(region: string): EmergencyNumber | null {
  return Object.hasOwn(EMERGENCY, region) ? EMERGENCY[region]! : null;
}

/** Regions with a number, for tests and the README table. */
export const EMERGENCY_REGIONS: readonly string[] = Object.keys(EMERGENCY);
