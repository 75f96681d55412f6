/**
 * Every UI catalog besides English, for the contexts that may need any of them: the extension's
 * pages and the background (which hands one catalog to each banner it renders). Imported for
 * its effect; never imported by a content script.
 */
import de from '../../public/_locales/de/messages.json?raw';
import es from '../../public/_locales/es/messages.json?raw';
import fr from '../../public/_locales/fr/messages.json?raw';
import it from '../../public/_locales/it/messages.json?raw';
import nl from '../../public/_locales/nl/messages.json?raw';
import ptBR from '../../public/_locales/pt_BR/messages.json?raw';
import { registerCatalogText } from './index';
import type { Language } from './languages';

const TEXTS: Record<Exclude<Language, 'en'>, string> = { es, fr, de, 'pt-BR': ptBR, it, nl };
for (const [lang, text] of Object.entries(TEXTS)) registerCatalogText(lang as Language, text);
