/**
 * A labelled page sample for the page-context classifier: what a page says about itself, written
 * as the kinds of sites people really visit (therapy practices, crisis lines, recovery centres…
 * and their hard near misses: physiotherapy, speech therapy, spas, pharmacies, insurers, general
 * hospitals, sleep-only meditation apps, yoga studios, HR software, data recovery…). The text is
 * ours, modelled on such sites; no page is copied. Each sample is rendered into a whole HTML
 * page (with a nav and a footer in its language) and read by the same code the extension runs.
 */
export type ContextLabel = 'mental-health' | 'general';

export interface PageSample {
  id: string;
  lang: 'en' | 'es' | 'fr' | 'de' | 'pt' | 'nl' | 'it';
  label: ContextLabel;
  /** what kind of site this is, e.g. "physiotherapy" or "therapy-practice" */
  kind: string;
  url: string;
  title: string;
  description?: string;
  /** h1 first, then h2s */
  headings: string[];
  /** paragraphs of body text */
  text: string[];
  /** menu items (defaults to a neutral menu in the page's language) */
  nav?: string[];
  /** schema.org JSON-LD, when the site has it */
  jsonld?: unknown;
}

const NAV: Record<PageSample['lang'], string[]> = {
  en: ['Home', 'About', 'Services', 'Blog', 'Contact'],
  es: ['Inicio', 'Quiénes somos', 'Servicios', 'Blog', 'Contacto'],
  fr: ['Accueil', 'À propos', 'Services', 'Blog', 'Contact'],
  de: ['Startseite', 'Über uns', 'Leistungen', 'Blog', 'Kontakt'],
  pt: ['Início', 'Sobre nós', 'Serviços', 'Blog', 'Contato'],
  nl: ['Home', 'Over ons', 'Diensten', 'Blog', 'Contact'],
  it: ['Home', 'Chi siamo', 'Servizi', 'Blog', 'Contatti'],
};

const FOOTER: Record<PageSample['lang'], string> = {
  en: 'We use cookies to improve your experience. Privacy policy · Terms of use · Accessibility · © 2026',
  es: 'Usamos cookies para mejorar tu experiencia. Política de privacidad · Aviso legal · Accesibilidad · © 2026',
  fr: 'Nous utilisons des cookies pour améliorer votre expérience. Politique de confidentialité · Mentions légales · © 2026',
  de: 'Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Datenschutz · Impressum · Barrierefreiheit · © 2026',
  pt: 'Usamos cookies para melhorar sua experiência. Política de privacidade · Termos de uso · © 2026',
  nl: 'Wij gebruiken cookies om uw ervaring te verbeteren. Privacybeleid · Algemene voorwaarden · © 2026',
  it: 'Utilizziamo i cookie per migliorare la tua esperienza. Privacy · Termini di utilizzo · © 2026',
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The sample as a whole page, the way a site would serve it. */
export function renderSample(sample: PageSample): string {
  const [h1, ...h2s] = sample.headings;
  const paragraphs = [...sample.text];
  const sections: string[] = [];
  // Spread the paragraphs under the headings, the way pages are built.
  const per = Math.max(1, Math.ceil(paragraphs.length / Math.max(1, h2s.length + 1)));
  sections.push(`<h1>${escape(h1 ?? '')}</h1>${paragraphs.splice(0, per).map((p) => `<p>${escape(p)}</p>`).join('')}`);
  for (const h2 of h2s) sections.push(`<section><h2>${escape(h2)}</h2>${paragraphs.splice(0, per).map((p) => `<p>${escape(p)}</p>`).join('')}</section>`);
  if (paragraphs.length) sections.push(paragraphs.map((p) => `<p>${escape(p)}</p>`).join(''));
  const nav = (sample.nav ?? NAV[sample.lang]).map((item) => `<li><a href="#">${escape(item)}</a></li>`).join('');
  return `<!doctype html><html lang="${sample.lang}"><head><meta charset="utf-8"><title>${escape(sample.title)}</title>${
    sample.description ? `<meta name="description" content="${escape(sample.description)}">` : ''
  }${sample.jsonld ? `<script type="application/ld+json">${JSON.stringify(sample.jsonld).replace(/</g, '\\u003c')}</script>` : ''}<style>body{font-family:sans-serif}</style></head><body><header><nav><ul>${nav}</ul></nav></header><main>${sections.join(
    '',
  )}</main><footer><p>${escape(FOOTER[sample.lang])}</p></footer><script>window.dataLayer=window.dataLayer||[];</script></body></html>`;
}
