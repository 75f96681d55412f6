// @vitest-environment happy-dom
/**
 * The crisis panel's three tiers (src/content/banner/Notice.tsx): which words lead, where the
 * emergency number stands, which lines are offered.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Notice, crisisLines } from '../../src/content/banner/Notice';
import type { CrisisTier } from '../../src/crisis/match';
import { abuseHelpFor } from '../../src/help/abuse';
import { emergencyNumberFor } from '../../src/help/emergency';
import type { RegionCode } from '../../src/help/regions';
import { helpFor, helpForTeens } from '../../src/help/select';
import type { EmergencyNumber } from '../../src/help/types';
import type { Language } from '../../src/i18n';
// The panel gets its catalog with the render message; here every catalog is registered.
import '../../src/i18n/catalogs';

const gb = helpFor('GB');
const gbCrisis = gb.find((r) => r.kind === 'crisis')!;

let host: HTMLElement;
function show(
  tier: CrisisTier,
  { teen = false, lang = 'en' as Language, region = 'GB' as RegionCode, emergency = emergencyNumberFor('GB') as EmergencyNumber | null } = {},
) {
  host = document.createElement('div');
  document.body.append(host);
  const help = teen ? helpForTeens(region) : helpFor(region);
  render(
    <Notice kind="crisis" name="ChatGPT" lang={lang} teen={teen} help={help} abuseHelp={abuseHelpFor(region, teen)} emergency={emergency} tier={tier} minutes={0} onClose={() => {}} />,
    host,
  );
  const card = host.querySelector('.notice-crisis')!;
  // Everything in reading order: the lines by id, the emergency sentence as "EMERGENCY".
  const order = [...card.querySelectorAll('[data-resource], .emergency, p.sub[data-emergency], p.sub')].map((el) =>
    el.getAttribute('data-resource') ?? (el.hasAttribute('data-emergency') || el.classList.contains('emergency') ? 'EMERGENCY' : 'text'),
  );
  return { card, order, title: card.querySelector('h2')!.textContent!, text: card.textContent! };
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('crisis panel tiers', () => {
  it('danger: the crisis line first, then "if you are in danger now, call 999"', () => {
    const { order, title, card } = show('danger');
    expect(title).toBe('Please talk to someone right now');
    expect(order.filter((o) => o !== 'text').slice(0, 2)).toEqual([gbCrisis.id, 'EMERGENCY']);
    const emergency = card.querySelector('[data-emergency]')!;
    expect(emergency.textContent).toContain('If you are in danger now, call 999.');
    expect(emergency.querySelector('a')!.getAttribute('href')).toBe('tel:999');
    expect(emergency.classList.contains('emergency')).toBe(true);
  });

  it('distress: gentler words, the same lines, the emergency number last and quiet', () => {
    const { order, title, card } = show('distress');
    expect(title).toBe("You don't have to go through this alone");
    const lines = order.filter((o) => o !== 'text');
    expect(lines[0]).toBe(gbCrisis.id);
    expect(lines.at(-1)).toBe('EMERGENCY');
    expect(card.querySelector('[data-emergency]')!.classList.contains('emergency')).toBe(false);
    expect(lines.slice(0, -1)).toEqual(crisisLines('distress', gb, []).map((r) => r.id));
  });

  it('abuse: the emergency number, then the abuse line before any crisis line', () => {
    const { order, title } = show('abuse');
    expect(title).toBe('You deserve to be safe');
    const lines = order.filter((o) => o !== 'text');
    expect(lines[0]).toBe('EMERGENCY');
    expect(lines[1]).toBe('gb-national-domestic-abuse-helpline');
  });

  it('abuse in teen mode: a youth line comes first', () => {
    const { order } = show('abuse', { teen: true });
    const first = order.filter((o) => o !== 'text' && o !== 'EMERGENCY')[0]!;
    expect(first).toBe('gb-childline');
  });

  it('abuse where the region has no abuse line: the emergency number, then its crisis line', () => {
    const { order } = show('abuse', { region: 'CH', emergency: emergencyNumberFor('CH') });
    expect(order.filter((o) => o !== 'text')).toEqual(['EMERGENCY', 'ch-143']);
  });

  it('says "your local emergency number" where the region has none, and still offers a way to find a line', () => {
    const { card, order } = show('danger', { region: 'INTL', emergency: emergencyNumberFor('INTL') });
    expect(card.querySelector('[data-emergency]')).toBeNull();
    expect(card.textContent).toContain('call your local emergency number');
    expect(order).toContain('intl-befrienders');
  });

  it('speaks Spanish', () => {
    const { title, text } = show('danger', { lang: 'es' });
    expect(title).toBe('Por favor, habla con alguien ahora');
    expect(text).toContain('Si estás en peligro ahora, llama al 999.');
  });

  it.each([
    ['fr', 'FR', 'S’il vous plaît, parlez à quelqu’un maintenant', 'Si vous êtes en danger maintenant, appelez le 112.', 'fr-3114'],
    ['de', 'DE', 'Bitte sprechen Sie jetzt mit jemandem', 'Wenn Sie jetzt in Gefahr sind, rufen Sie die 112 an.', 'de-telefonseelsorge'],
    ['pt-BR', 'BR', 'Por favor, fale com alguém agora', 'Se você está em perigo agora, ligue para 192.', 'br-cvv'],
    ['it', 'IT', 'Per favore, parla con qualcuno adesso', 'Se sei in pericolo adesso, chiama il 112.', 'it-telefono-amico'],
    ['nl', 'NL', 'Praat alsjeblieft nu met iemand', 'Ben je nu in gevaar? Bel dan 112.', 'nl-113'],
  ] as const)('speaks %s, with that region’s line and emergency number', (lang, region, title, emergency, line) => {
    const shown = show('danger', { lang, region, emergency: emergencyNumberFor(region) });
    expect(shown.title).toBe(title);
    expect(shown.text).toContain(emergency);
    expect(shown.order.filter((o) => o !== 'text').slice(0, 2)).toEqual([line, 'EMERGENCY']);
  });

  it('abuse in German: the abuse line, in German', () => {
    const { title, order, card } = show('abuse', { lang: 'de', region: 'DE', emergency: emergencyNumberFor('DE') });
    expect(title).toBe('Sie haben ein Recht darauf, sicher zu sein');
    expect(order.filter((o) => o !== 'text').slice(0, 2)).toEqual(['EMERGENCY', 'de-hilfetelefon-gewalt-gegen-frauen']);
    expect(card.querySelector('[data-resource="de-hilfetelefon-gewalt-gegen-frauen"]')!.textContent).toContain('Rufen Sie kostenlos und anonym die 116 016 an');
  });
});
