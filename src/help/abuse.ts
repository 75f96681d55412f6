/**
 * Lines for people who say someone at home or a partner hurts them, for the crisis panel's abuse
 * tier. Kept apart from the general list (resources.ts) so the banner and the popup are
 * unchanged, and so the entries can move into the per-region help files as they are. The same
 * rules hold: every number is stated by at least two independent sources listed in `sources`,
 * `url` is the service's own site as a source names it, descriptions are short and calm.
 *
 * The panel shows these, then the child and youth lines the region already has (youth lines first
 * in teen mode), then the region's first crisis line.
 */
import { HELP_RESOURCES } from './resources';
import type { RegionCode } from './regions';
import type { HelpResource } from './types';

const CHECKED = '2026-11-30';

export const ABUSE_RESOURCES: readonly HelpResource[] = [
  {
    id: 'us-domestic-violence-hotline',
    region: 'US',
    kind: 'support',
    audience: 'everyone',
    name: 'National Domestic Violence Hotline',
    description: {
      en: 'If someone you are close to is hurting or scaring you. Call, text START to 88788, or chat, any time. Free and confidential.',
      es: 'Si alguien cercano te hace daño o te da miedo. Llama, envía START al 88788 o chatea, a cualquier hora. Gratis y confidencial.',
    },
    phone: '1-800-799-7233',
    tel: '18007997233',
    sms: { number: '88788', keyword: 'START' },
    url: 'https://www.thehotline.org',
    free: true,
    hours: '24/7',
    sources: [
      'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      'https://areachbeyondthesurface.org/the-national-domestic-violence-hotline-a-lifeline-for-those-in-crisis',
      'https://www.northcarolinadivorcelawyersblog.com/an-overview-national-domestic-violence-hotline/',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'gb-national-domestic-abuse-helpline',
    region: 'GB',
    kind: 'support',
    audience: 'everyone',
    name: 'National Domestic Abuse Helpline (Refuge)',
    description: {
      en: 'Freephone 0808 2000 247, any time, if someone at home or a partner is hurting you. Free and confidential.',
      es: 'Llama gratis al 0808 2000 247, a cualquier hora, si alguien en casa o tu pareja te hace daño. Gratis y confidencial.',
    },
    phone: '0808 2000 247',
    tel: '08082000247',
    url: 'https://www.nationaldahelpline.org.uk',
    free: true,
    hours: '24/7',
    sources: [
      'https://www.refuge.org.uk/category/news/',
      'https://www.centre56.org.uk/domestic-abuse',
      'https://disabilitypartnershipcalderdale.org/disability-partnership-calderdale/coronavirus-new-index/coronavirus-support-for-domestic-abuse-victims/',
      'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'ie-womens-aid',
    region: 'IE',
    kind: 'support',
    audience: 'everyone',
    name: "Women's Aid 24hr National Freephone Helpline",
    description: {
      en: 'Freephone 1800 341 900, any time, if a partner or ex-partner is hurting or frightening you.',
      es: 'Llama gratis al 1800 341 900, a cualquier hora, si tu pareja o expareja te hace daño o te da miedo.',
    },
    phone: '1800 341 900',
    tel: '1800341900',
    url: 'https://www.womensaid.ie',
    free: true,
    hours: '24/7',
    sources: [
      'https://www.thejournal.ie/womens-aid-helpline-2-2964358-Sep2016/',
      'https://irishcentral.com/news/womens-aid-domestic-violence-helpline',
      'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'au-1800respect',
    region: 'AU',
    kind: 'support',
    audience: 'everyone',
    name: '1800RESPECT',
    description: {
      en: 'Call 1800 737 732 for confidential support about domestic, family or sexual violence, any time.',
      es: 'Llama al 1800 737 732 para recibir apoyo confidencial ante la violencia doméstica, familiar o sexual, a cualquier hora.',
    },
    phone: '1800 737 732',
    tel: '1800737732',
    url: 'https://www.1800respect.org.au',
    hours: '24/7',
    sources: ['https://www.surfcoast.vic.gov.au/My_Community/Domestic_violence', 'https://fral.org.au/faq/family-safety', 'https://yourtoolkit.com/?p=3056'],
    lastVerified: CHECKED,
  },
  {
    id: 'nz-womens-refuge',
    region: 'NZ',
    kind: 'support',
    audience: 'everyone',
    name: "Women's Refuge Crisisline",
    description: {
      en: 'Call 0800 REFUGE (0800 733 843) free, any time, if someone you live with or are close to is hurting you.',
      es: 'Llama gratis al 0800 REFUGE (0800 733 843), a cualquier hora, si alguien con quien vives o tienes relación te hace daño.',
    },
    phone: '0800 733 843',
    tel: '0800733843',
    url: 'https://womensrefuge.org.nz',
    free: true,
    hours: '24/7',
    sources: [
      'https://womensrefuge.org.nz/get-help/',
      'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
      'https://www.communityconnections.org.nz/safety-in-new-zealand',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'es-016',
    region: 'ES',
    kind: 'support',
    audience: 'everyone',
    name: '016',
    description: {
      en: 'Call 016, any time, about violence against women, including from a partner or family. Free, confidential, and it does not show on the bill. WhatsApp: 600 000 016.',
      es: 'Llama al 016, a cualquier hora, ante la violencia contra las mujeres, también de la pareja o la familia. Gratuito, confidencial y no deja rastro en la factura. WhatsApp: 600 000 016.',
    },
    phone: '016',
    tel: '016',
    url: 'https://www.igualdad.gob.es',
    free: true,
    hours: '24/7',
    sources: [
      'https://www.europapress.es/epsocial/igualdad/noticia-suben-levemente-consultas-016-primer-semestre-2025-59317-casi-330-diarias-20250807133253.html',
      'https://elmirondesoria.es/nacional/politica/el-servicio-016-recibe-59-317-consultas-de-enero-a-junio',
      'https://www.elperiodicoextremadura.com/noticias/extremadura/extremadura-realizan-tres-llamadas-dia-telefono-016_1194873.html',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'de-hilfetelefon-gewalt-gegen-frauen',
    region: 'DE',
    kind: 'support',
    audience: 'everyone',
    name: 'Hilfetelefon Gewalt gegen Frauen',
    description: {
      en: 'Call 116 016 free and anonymously, day or night, about any violence, including from a partner. Many languages; chat online too.',
      es: 'Llama gratis y de forma anónima al 116 016, de día o de noche, ante cualquier violencia, también de la pareja. En muchos idiomas; también por chat.',
    },
    phone: '116 016',
    tel: '116016',
    url: 'https://www.hilfetelefon.de',
    free: true,
    hours: '24/7',
    sources: [
      'https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html',
      'https://utopia.de/news/116-016-hilfetelefon-gewalt-gegen-frauen-neue-nummer-kurz',
      'https://unternehmen.rossmann.de/hilfetelefon.html',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'fr-3919',
    region: 'FR',
    kind: 'support',
    audience: 'everyone',
    name: '3919 – Violences Femmes Info',
    description: {
      en: 'Call 3919 free and anonymously, any time, about violence from a partner or any violence against women.',
      es: 'Llama gratis y de forma anónima al 3919, a cualquier hora, ante la violencia de la pareja o cualquier violencia contra las mujeres.',
    },
    phone: '3919',
    tel: '3919',
    url: 'https://solidaritefemmes.org/appeler-le-3919/',
    free: true,
    hours: '24/7',
    sources: [
      'https://solidaritefemmes.org/appeler-le-3919/',
      'https://www.groupe3f.fr/actualites/violences-familiales-donner-lalerte',
      'https://docteurtamalou.fr/confinement-les-victimes-de-violence-peuvent-envoyer-un-sms-au-114/',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'fr-119',
    region: 'FR',
    kind: 'support',
    audience: 'youth',
    name: '119 – Allô Enfance en Danger',
    description: {
      en: 'For children and teenagers who are being hurt, or anyone worried about a child. Call 119 free, any time. It does not show on the phone bill.',
      es: 'Para niños y adolescentes a los que alguien hace daño, o para quien se preocupa por un menor. Llama gratis al 119, a cualquier hora. No aparece en la factura.',
    },
    phone: '119',
    tel: '119',
    url: 'https://www.allo119.gouv.fr',
    free: true,
    hours: '24/7',
    sources: [
      'https://www.service-public.gouv.fr/particuliers/actualites/A14455',
      'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence',
      'https://www.tiktok.com/safety/resources/preventing-the-risk-of-child-abuse?lang=fr&appLaunch=web',
      'https://www.groupe3f.fr/actualites/violences-familiales-donner-lalerte',
    ],
    lastVerified: CHECKED,
  },
  {
    id: 'nl-veilig-thuis',
    region: 'NL',
    kind: 'support',
    audience: 'everyone',
    name: 'Veilig Thuis',
    description: {
      en: 'Call 0800-2000 free, any time, about violence or abuse at home, for yourself or someone else. You can stay anonymous.',
      es: 'Llama gratis al 0800-2000, a cualquier hora, ante la violencia o el maltrato en casa, por ti o por otra persona. Puedes seguir en el anonimato.',
    },
    phone: '0800-2000',
    tel: '08002000',
    url: 'https://www.vooreenveiligthuis.nl',
    free: true,
    hours: '24/7',
    sources: [
      'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
      'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld',
      'https://www.geldrop-mierlo.nl/mishandeling-of-huiselijk-geweld',
      'https://www.detranssamenverder.nl/mensen-om-jou-heen/veilig-thuis-meldpunt.aspx',
    ],
    lastVerified: CHECKED,
  },
];

/**
 * Who to call about abuse in a region: its abuse lines, its child and youth lines (first in
 * teen mode), then its first crisis line, so the panel never lacks a person to talk to. Regions
 * with none of these fall back to the crisis lines `general` holds (what the panel already has).
 */
export function abuseHelpFor(region: RegionCode, teen: boolean, general: readonly HelpResource[] = []): HelpResource[] {
  const abuse = ABUSE_RESOURCES.filter((r) => r.region === region);
  const adultAbuse = abuse.filter((r) => r.audience === 'everyone');
  const childAbuse = abuse.filter((r) => r.audience !== 'everyone');
  const youth = HELP_RESOURCES.filter((r) => r.region === region && r.audience === 'youth');
  const crisis = general.filter((r) => r.kind === 'crisis').slice(0, 1);
  const ordered = teen ? [...childAbuse, ...youth, ...adultAbuse, ...crisis] : [...adultAbuse, ...childAbuse, ...youth, ...crisis];
  const seen = new Set<string>();
  return ordered.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
