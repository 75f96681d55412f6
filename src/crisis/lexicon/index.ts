/** Every language the crisis matcher knows. All of them run on every text: people type in the language they think in, whatever the UI language. */
import type { Lexicon } from './types';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { DE } from './de';
import { PT } from './pt';
import { IT } from './it';
import { NL } from './nl';

export const LEXICONS: readonly Lexicon[] = [EN, ES, FR, DE, PT, IT, NL];
