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
import { emergencyNumberFor, type EmergencyNumber } from '../../src/help/emergency';
import { HELP_RESOURCES } from '../../src/help/resources';
import type { Language } from '../../src/i18n';

const gb = HELP_RESOURCES.filter((r) => r.region === 'GB');
const gbCrisis = gb.find((r) => r.kind === 'crisis')!;

let host: HTMLElement;
function show(tier: CrisisTier, { teen = false, lang = 'en' as Language, emergency = emergencyNumberFor('GB') as EmergencyNumber | null } = {}) {
  host = document.createElement('div');
  document.body.append(host);
  render(
    <Notice kind="crisis" name="ChatGPT" lang={lang} teen={teen} help={gb} abuseHelp={abuseHelpFor('GB', teen, gb)} emergency={emergency} tier={tier} minutes={0} onClose={() => {}} />,
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
    expect(HELP_RESOURCES.find((r) => r.id === first)!.audience).toBe('youth');
  });

  it('says "your local emergency number" where the region has none', () => {
    const { card } = show('danger', { emergency: null });
    expect(card.querySelector('[data-emergency]')).toBeNull();
    expect(card.textContent).toContain('call your local emergency number');
  });

  it('speaks Spanish', () => {
    const { title, text } = show('danger', { lang: 'es' });
    expect(title).toBe('Por favor, habla con alguien ahora');
    expect(text).toContain('Si estás en peligro ahora, llama al 999.');
  });
});
