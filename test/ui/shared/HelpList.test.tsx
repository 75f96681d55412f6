// @vitest-environment happy-dom
/**
 * What a person sees as a help line's source is the service's own site; the independent pages
 * it was checked against are behind "How we checked".
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/i18n/catalogs';
import { HELP_RESOURCES } from '../../../src/help/data';
import { Resource } from '../../../src/ui/shared/HelpList';

const byId = (id: string) => HELP_RESOURCES.find((r) => r.id === id)!;
let root: HTMLElement;
afterEach(() => root?.remove());

function show(id: string, lang: Parameters<typeof Resource>[0]['lang']) {
  root = document.createElement('ul');
  document.body.append(root);
  render(h(Resource, { res: byId(id), lang }), root);
  return root;
}

describe('Resource', () => {
  it('names the service’s own site, not the pages it was checked against', () => {
    const el = show('us-crisis-text-line', 'en');
    const source = el.querySelector('.res-source')!.textContent!;
    expect(source).toContain('crisistextline.org');
    expect(source).not.toMatch(/sfisd|alexproject/);
    expect(source).toMatch(/^Official site: crisistextline\.org · checked Nov 28, 2026$/);
  });

  it('keeps every verification source, as links, behind "How we checked"', () => {
    const el = show('us-crisis-text-line', 'en');
    const details = el.querySelector('details.res-checked')!;
    expect(details.querySelector('summary')!.textContent).toBe('How we checked');
    const links = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(byId('us-crisis-text-line').sources);
    for (const a of details.querySelectorAll('a')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(details.hasAttribute('open')).toBe(false);
  });

  it('speaks the page’s language, dates included', () => {
    const el = show('fr-3114', 'fr');
    expect(el.querySelector('.res-desc')!.textContent).toBe(byId('fr-3114').description.fr);
    expect(el.querySelector('.res-source')!.textContent).toBe('Site officiel\u00a0: 3114.fr · vérifié le 28 nov. 2026');
    expect(el.querySelector('.res-actions a')!.textContent).toBe('Appeler le 3114');
    expect(el.querySelector('details summary')!.textContent).toBe('Comment nous avons vérifié');
  });

  it('dials short codes as written (*4141 in Chile)', () => {
    const el = show('cl-4141', 'es');
    expect(el.querySelector('.res-actions a')!.getAttribute('href')).toBe('tel:*4141');
  });
});
