import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/help/select';
import { matchLanguage, pickLanguage } from '../../src/i18n/languages';
import { LANGUAGES, isValidSetting } from '../../src/settings/schema';

describe('UI language', () => {
  it('follows the first of the browser’s languages that Candor speaks', () => {
    expect(pickLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(pickLanguage(['ja-JP', 'de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['nl-BE'])).toBe('nl');
    expect(pickLanguage(['it'])).toBe('it');
    expect(pickLanguage(['es-419'])).toBe('es');
    expect(pickLanguage(['ja', 'ko'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('gives Brazilian Portuguese to any Portuguese', () => {
    expect(pickLanguage(['pt-BR'])).toBe('pt-BR');
    expect(pickLanguage(['pt-PT'])).toBe('pt-BR');
    expect(pickLanguage(['pt'])).toBe('pt-BR');
    expect(matchLanguage('pt_BR')).toBe('pt-BR');
  });

  it('ignores tags that are not languages it has', () => {
    expect(matchLanguage('')).toBeNull();
    expect(matchLanguage('x-klingon')).toBeNull();
    expect(matchLanguage('pt-BR-x')).toBe('pt-BR');
  });

  it('is the one chosen in Options when one is', () => {
    expect(resolveLanguage('it', ['fr-FR'])).toBe('it');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('fr');
  });

  it('offers every language as a setting; old stored values stay valid (no migration needed)', () => {
    expect(LANGUAGES).toEqual(['auto', 'en', 'es', 'fr', 'de', 'pt-BR', 'it', 'nl']);
    for (const old of ['auto', 'en', 'es']) expect(isValidSetting('language', old)).toBe(true);
    expect(isValidSetting('language', 'pt')).toBe(false);
  });
});
