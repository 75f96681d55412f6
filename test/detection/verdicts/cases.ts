/**
 * The labelled chats: real widget states across vendors and the seven UI languages, each with
 * the reviewer's label (REVIEWER.md), written down before Candor's verdict was looked at. The
 * markup comes from widgets.ts (sources there); the words from the sources cited here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../support/rule-files';
import * as W from './widgets';
import { hostPage, type Lang, type PageOptions, type Widget } from './widgets';

export type Label = 'yes' | 'no' | 'unknown';

export interface LabelledChat {
  id: string;
  /** the rule that must detect it */
  vendor: string;
  lang: Lang;
  label: Label;
  /** the widget's state, in a few words */
  state: string;
  /** the reviewer's reason */
  why: string;
  sources: string[];
  page: string;
  url?: string;
  vendorFrame?: Widget['vendorFrame'];
  shadow?: Widget['shadow'];
}

// ---------- the words, with where they come from ----------

const WEEDGO = 'chat-widget greeting translations in public code (code index id 10729445836)';
/** A welcome without a word about AI. */
const WELCOME: Record<Lang, string> = {
  en: 'Welcome! How can I assist you today? You can type or use voice input.',
  es: '¡Bienvenido! ¿Cómo puedo ayudarte hoy? Puedes escribir o usar entrada de voz.',
  fr: "Bienvenue ! Comment puis-je vous aider aujourd'hui ? Vous pouvez taper ou utiliser la saisie vocale.",
  de: 'Willkommen! Wie kann ich Ihnen heute helfen? Sie können tippen oder Spracheingabe verwenden.',
  pt: 'Bem-vindo! Como posso ajudá-lo hoje? Você pode digitar ou usar entrada de voz.',
  it: "Benvenuto! Come posso aiutarti oggi? Puoi digitare o utilizzare l'input vocale.",
  nl: 'Welkom! Hoe kan ik u vandaag helpen? U kunt typen of spraakinvoer gebruiken.',
};
/** A persona greeting: a name and "sales assistant", nothing that says AI. */
const PERSONA: Record<Lang, string> = {
  en: "Hi! I'm Carlos, your WeedGo sales assistant. 👋 I'm here to help you discover how WeedGo can transform your cannabis retail business.",
  es: '¡Hola! Soy Carlos, tu asistente de ventas de WeedGo. 👋 Estoy aquí para ayudarte a descubrir cómo WeedGo puede transformar tu negocio de cannabis.',
  fr: 'Bonjour ! Je suis Carlos, votre assistant commercial WeedGo. 👋 Je suis là pour vous aider à découvrir comment WeedGo peut transformer votre entreprise de cannabis.',
  de: 'Hallo! Ich bin Carlos, Ihr WeedGo-Verkaufsassistent. 👋 Ich bin hier, um Ihnen zu helfen, herauszufinden, wie WeedGo Ihr Cannabis-Einzelhandelsgeschäft transformieren kann.',
  pt: 'Olá! Sou Carlos, seu assistente de vendas WeedGo. 👋 Estou aqui para ajudá-lo a descobrir como o WeedGo pode transformar seu negócio de varejo de cannabis.',
  it: 'Ciao! Sono Carlos, il tuo assistente alle vendite WeedGo. 👋 Sono qui per aiutarti a scoprire come WeedGo può trasformare la tua attività al dettaglio di cannabis.',
  nl: 'Hallo! Ik ben Carlos, uw WeedGo-verkoopassistent. 👋 Ik ben hier om u te helpen ontdekken hoe WeedGo uw cannabisdetailhandel kan transformeren.',
};
const ART50 = 'Article 50 opening-message wording in public code (code index id 61384761826)';
/** An opening message that says it is an AI assistant. */
const AI_OPENING: Record<Lang, string> = {
  en: "You're chatting with an AI assistant. It can make mistakes — ask for a human at any time.",
  es: 'Estás hablando con un asistente de IA. Puede cometer errores — pide hablar con una persona cuando quieras.',
  fr: 'Vous discutez avec un assistant IA. Il peut se tromper — demandez un conseiller humain à tout moment.',
  de: 'Sie chatten mit einem KI-Assistenten. Er kann Fehler machen — fragen Sie jederzeit nach einem Menschen.',
  pt: 'Está a falar com um assistente de IA. Ele pode cometer erros — peça para falar com uma pessoa a qualquer momento.',
  it: 'Stai parlando con un assistente IA. Può commettere errori — puoi chiedere un operatore umano in qualsiasi momento.',
  nl: 'Je chat met een AI-assistent. Deze kan fouten maken — vraag altijd om een medewerker.',
};
const EXPORT = 'site-builder live-chat export welcomeMessage (public code, code index id 1266976265)';
/** A welcome from a "virtual assistant". */
const VIRTUAL: Record<Lang, string> = {
  en: "Hello! I'm a virtual assistant from Harbour Outdoor. How can I help you? 👋",
  es: '¡Hola! Soy un asistente virtual de Clínica Sonrisa. ¿Cómo puedo ayudarles? 👋',
  fr: 'Bonjour ! Je suis un assistant virtuel de Maison Lumière. Comment puis-je vous aider ? 👋',
  de: 'Hallo! Ich bin ein virtueller Assistent von Stadtwerke Bergheim. Wie kann ich Ihnen helfen? 👋',
  pt: 'Olá! Sou um assistente virtual da Loja Verde. Como posso ajudá-los? 👋',
  it: 'Ciao! Sono un assistente virtuale di Ottica Bellavista. Come posso aiutarvi? 👋',
  nl: 'Hallo! Ik ben een virtuele assistent van De Spaak. Hoe kan ik u helpen? 👋',
};
const CHATWOOT_LOCALE = 'chatwoot/chatwoot:app/javascript/widget/i18n/locale/<lang>.json (BUBBLE.LABEL, REPLY_TIME.IN_A_FEW_MINUTES)';
const BUBBLE: Record<Lang, string> = {
  en: 'Chat with us',
  es: 'Chatea con nosotros',
  fr: 'Discutez avec nous',
  de: 'Chatten Sie mit uns',
  pt: 'Fale conosco no chat',
  it: 'Chatta con noi',
  nl: 'Chat met ons',
};
const REPLY_TIME: Record<Lang, string> = {
  en: 'Typically replies in a few minutes',
  es: 'Normalmente responde en unos minutos',
  fr: 'Répond généralement en quelques minutes',
  de: 'Antworten in der Regel in wenigen Minuten',
  pt: 'Normalmente responde em alguns minutos',
  it: 'In genere risponde in pochi minuti',
  nl: 'Reageert meestal binnen een paar minuten',
};
const WEBCHAT_LOCALE = 'microsoft/BotFramework-WebChat:packages/api/src/localization/<lang>.json (ACTIVITY_BOT_SAID_ALT, TEXT_INPUT_PLACEHOLDER)';
const BOT_SAID: Record<Lang, string> = {
  en: 'Bot WC said:',
  es: 'El bot WC dijo:',
  fr: 'Le bot WC a dit :',
  de: 'Bot WC sagte:',
  pt: 'O bot WC disse:',
  it: 'Il bot WC ha detto:',
  nl: 'Bot WC zei:',
};
const INKEEP = 'logto-io/logto:packages/phrases/src/locales/<lang>/translation/admin-console/inkeep-ai-bot.ts (ask_ai_label, disclaimer_tooltip)';
const ASK_AI: Partial<Record<Lang, string>> = { en: 'Ask AI', es: 'Preguntar a la IA', fr: "Demander à l'IA", de: 'KI fragen', pt: 'Perguntar à IA', it: "Chiedi all'AI" };
const AI_DISCLAIMER: Partial<Record<Lang, string>> = {
  en: 'Responses are AI-generated and may require verification.',
  es: 'Las respuestas son generadas por IA y pueden requerir verificación.',
  fr: "Les réponses sont générées par l'IA et peuvent nécessiter une vérification.",
  de: 'Antworten werden von KI generiert und könnten einer Überprüfung bedürfen.',
  pt: 'As respostas são geradas por IA e podem necessitar de verificação.',
  it: "Le risposte sono generate dall'AI e potrebbero richiedere verifica.",
};
const BOTTY = 'https://learn.microsoft.com/<lang>/microsoft-copilot-studio/configure-bot-greeting (the sample greeting)';
const BOTTY_TEXT: Partial<Record<Lang, string>> = {
  en: "Hi, I'm Botty, a virtual agent",
  es: 'Hola, soy Botty, un agente virtual',
  fr: 'Salut, je suis Botty, un agent virtuel',
  de: 'Hallo, ich bin Botty, ein virtueller Agent',
};
const FIN = "Intercom Fin opening line as recorded in public transcripts on GitHub (code index): \"Hi there! I'm Fin, an AI assistant.\"";
const EINSTEIN = 'https://developer.salesforce.com/docs/atlas.en-us.214.0.api_meta.meta/api_meta/meta_bot.htm (Einstein Bot Welcome dialog sample "Hi! I\'m your helpful bot.")';
const ORION = 'custom Crisp greeting set with $crisp.push(["set", "message:text", …]) in public site code (code index, lib/crisp.js)';

// ---------- building cases ----------

const cases: LabelledChat[] = [];
function add(
  id: string,
  vendor: string,
  lang: Lang,
  label: Label,
  state: string,
  why: string,
  widget: Widget,
  sources: string[],
  options: PageOptions = {},
): void {
  cases.push({ id, vendor, lang, label, state, why, sources, page: hostPage(lang, widget, options), vendorFrame: widget.vendorFrame, shadow: widget.shadow });
}
/** A rule fixture page as it is, with the URL it stands for. */
function fixture(id: string, vendor: string, path: string, lang: Lang, label: Label, state: string, why: string): void {
  const html = readFileSync(join(FIXTURES_DIR, path), 'utf8');
  const url = /<meta\s+name=["']candor-fixture-url["']\s+content=["']([^"']+)["']/i.exec(html)?.[1];
  cases.push({ id, vendor, lang, label, state, why, sources: [`test/fixtures/pages/${path} (its sources are cited at its top)`], page: html, ...(url ? { url } : {}) });
}
const msg = (text: string) => `<p>${text}</p>`;
const LABEL_ONLY = 'only a launcher label or the vendor\'s default name is visible, not the chat speaking';
const ICON_ONLY = 'an icon-only launcher: the chat shows no words';

// ---------- Intercom ----------
add('intercom-launcher-en', 'intercom', 'en', 'unknown', 'lightweight launcher, icon only', `${ICON_ONLY}; "Open Intercom Messenger" is the vendor's default label`, W.intercomLauncher(), W.INTERCOM_SOURCES);
add('intercom-launcher-it', 'intercom', 'it', 'unknown', 'lightweight launcher, icon only', ICON_ONLY, W.intercomLauncher(), W.INTERCOM_SOURCES);
add('intercom-messenger-de', 'intercom', 'de', 'unknown', 'booted Messenger, launcher frame only', '"Intercom live chat" is the vendor\'s frame title, nothing the chat said', W.intercomMessenger(), W.INTERCOM_SOURCES);
add('intercom-preview-persona-en', 'intercom', 'en', 'no', 'message preview from a persona', 'the greeting is readable and says nothing about AI', W.intercomMessenger({ author: 'Carlos from WeedGo', text: PERSONA.en }), [...W.INTERCOM_SOURCES, WEEDGO]);
add('intercom-preview-fin-en', 'intercom', 'en', 'yes', 'message preview from Fin', 'the greeting says "an AI assistant"', W.intercomMessenger({ author: 'Fin', text: "Hi there! I'm Fin, an AI assistant. How can I help?" }), [...W.INTERCOM_SOURCES, FIN]);
add('intercom-preview-art50-fr', 'intercom', 'fr', 'yes', 'message preview with an AI opening message', 'the preview says "assistant IA"', W.intercomMessenger({ author: 'Maison Lumière', text: AI_OPENING.fr }), [...W.INTERCOM_SOURCES, ART50]);
add('intercom-preview-persona-es', 'intercom', 'es', 'no', 'message preview from a persona', 'a persona greeting, no AI statement', W.intercomMessenger({ author: 'Carlos', text: PERSONA.es }), [...W.INTERCOM_SOURCES, WEEDGO]);
add('intercom-preview-welcome-nl', 'intercom', 'nl', 'no', 'message preview with a welcome', 'the welcome is readable, no AI statement', W.intercomMessenger({ author: 'De Spaak', text: WELCOME.nl }), [...W.INTERCOM_SOURCES, WEEDGO]);
add('intercom-preview-virtual-pt', 'intercom', 'pt', 'yes', 'message preview from a virtual assistant', 'the preview says "assistente virtual"', W.intercomMessenger({ author: 'Loja Verde', text: VIRTUAL.pt }), [...W.INTERCOM_SOURCES, EXPORT]);

// ---------- Tidio ----------
add('tidio-icon-en', 'tidio', 'en', 'unknown', 'closed widget, icon only', `${ICON_ONLY}; "Tidio Chat" is the vendor's frame title`, W.tidio(), W.TIDIO_SOURCES);
add('tidio-welcome-pt', 'tidio', 'pt', 'no', 'greeting bubble', 'the greeting is readable, no AI statement', W.tidio(`<div class="message-bubble" role="log">${msg(WELCOME.pt)}</div><button type="button" aria-label="Open chat"></button>`), [...W.TIDIO_SOURCES, WEEDGO]);
add('tidio-virtual-pt', 'tidio', 'pt', 'yes', 'greeting bubble from a virtual assistant', 'the greeting says "assistente virtual"', W.tidio(`<div class="message-bubble" role="log">${msg(VIRTUAL.pt)}</div>`), [...W.TIDIO_SOURCES, EXPORT]);
add('tidio-art50-de', 'tidio', 'de', 'yes', 'greeting bubble with an AI opening message', 'the greeting says "KI-Assistenten"', W.tidio(`<div class="message-bubble" role="log">${msg(AI_OPENING.de)}</div>`), [...W.TIDIO_SOURCES, ART50]);
add('tidio-label-es', 'tidio', 'es', 'unknown', 'launcher with a caption', LABEL_ONLY, W.tidio(`<button type="button">${BUBBLE.es}</button>`), [...W.TIDIO_SOURCES, CHATWOOT_LOCALE]);
add('tidio-persona-it', 'tidio', 'it', 'no', 'greeting bubble from a persona', 'a persona greeting, no AI statement', W.tidio(`<div class="message-bubble" role="log">${msg(PERSONA.it)}</div>`), [...W.TIDIO_SOURCES, WEEDGO]);
add('tidio-page-prose-en', 'tidio', 'en', 'unknown', 'icon-only widget on a page that talks about AI elsewhere', 'the page\'s own prose about AI is not the chat, and is not beside it', W.tidio(), W.TIDIO_SOURCES, {
  elsewhere: '<h2>Smarter recommendations</h2><p>Our AI-powered size finder suggests the right fit from your past orders.</p>',
});

// ---------- Zoho SalesIQ ----------
add('zoho-default-en', 'zoho-salesiq', 'en', 'unknown', 'float button with its default caption', 'the float button\'s default caption is a launcher label, not the chat speaking', W.zohoFloat("We're Online!", 'How may I help you today?'), W.ZOHO_SOURCES);
add('zoho-caption-es', 'zoho-salesiq', 'es', 'unknown', 'float button with a custom caption', LABEL_ONLY, W.zohoFloat('¿Necesitas ayuda?', BUBBLE.es), [...W.ZOHO_SOURCES, CHATWOOT_LOCALE]);
add('zoho-virtual-en', 'zoho-salesiq', 'en', 'yes', 'float button captioned by a virtual assistant', 'the launcher caption says "virtual assistant"', W.zohoFloat("We're Online!", VIRTUAL.en), [...W.ZOHO_SOURCES, EXPORT]);
add('zoho-askai-it', 'zoho-salesiq', 'it', 'yes', 'float button captioned "Chiedi all\'AI"', 'the launcher caption says AI', W.zohoFloat('Siamo online', ASK_AI.it!), [...W.ZOHO_SOURCES, INKEEP, CHATWOOT_LOCALE]);
add('zoho-caption-fr', 'zoho-salesiq', 'fr', 'unknown', 'float button with a reply-time caption', LABEL_ONLY, W.zohoFloat(BUBBLE.fr, REPLY_TIME.fr), [...W.ZOHO_SOURCES, CHATWOOT_LOCALE]);

// ---------- Crisp ----------
add('crisp-closed-en', 'crisp', 'en', 'unknown', 'closed chatbox', ICON_ONLY, W.crisp(), W.CRISP_SOURCES);
add('crisp-orion-en', 'crisp', 'en', 'no', 'open chatbox with a custom greeting', 'the greeting is readable, no AI statement', W.crisp({ header: 'Harbour Outdoor', message: '👋 Hi, I’m Orion. Let me know how I can help.' }), [...W.CRISP_SOURCES, ORION]);
add('crisp-virtual-fr', 'crisp', 'fr', 'yes', 'open chatbox, greeting from a virtual assistant', 'the greeting says "assistant virtuel"', W.crisp({ header: 'Maison Lumière', message: VIRTUAL.fr }), [...W.CRISP_SOURCES, EXPORT]);
add('crisp-persona-nl', 'crisp', 'nl', 'no', 'open chatbox with a persona greeting', 'a persona greeting, no AI statement', W.crisp({ header: 'De Spaak', message: PERSONA.nl }), [...W.CRISP_SOURCES, WEEDGO]);
add('crisp-art50-es', 'crisp', 'es', 'yes', 'open chatbox with an AI opening message', 'the greeting says "asistente de IA"', W.crisp({ header: 'Clínica Sonrisa', message: AI_OPENING.es }), [...W.CRISP_SOURCES, ART50]);
add('crisp-welcome-de', 'crisp', 'de', 'no', 'open chatbox with a welcome', 'the welcome is readable, no AI statement', W.crisp({ header: 'Stadtwerke Bergheim', message: WELCOME.de }), [...W.CRISP_SOURCES, WEEDGO]);

// ---------- Olark ----------
add('olark-chat-now-en', 'olark', 'en', 'unknown', 'launch button "Chat now"', LABEL_ONLY, W.olark('Chat now'), W.OLARK_SOURCES);
add('olark-caption-de', 'olark', 'de', 'unknown', 'launch button with a German caption', LABEL_ONLY, W.olark(BUBBLE.de), [...W.OLARK_SOURCES, CHATWOOT_LOCALE]);
add('olark-askai-en', 'olark', 'en', 'yes', 'launch button captioned "Ask AI"', 'the launcher label says AI', W.olark(ASK_AI.en!), [...W.OLARK_SOURCES, INKEEP]);
add('olark-caption-pt', 'olark', 'pt', 'unknown', 'launch button with a Portuguese caption', LABEL_ONLY, W.olark(BUBBLE.pt), [...W.OLARK_SOURCES, CHATWOOT_LOCALE]);

// ---------- Salesforce ----------
add('salesforce-button-en', 'salesforce-messaging', 'en', 'unknown', 'Embedded Service help button', 'the button\'s default label only', W.salesforceLegacy(), W.SALESFORCE_SOURCES);
add('salesforce-einstein-en', 'salesforce-messaging', 'en', 'yes', 'open sidebar, Einstein bot welcome', 'the welcome says "bot"', W.salesforceLegacy({ header: 'Chat with an Expert', message: "Hi! I'm your helpful bot." }), [...W.SALESFORCE_SOURCES, EINSTEIN]);
add('salesforce-welcome-fr', 'salesforce-messaging', 'fr', 'no', 'open sidebar with a welcome', 'the welcome is readable, no AI statement', W.salesforceLegacy({ header: 'Maison Lumière', message: WELCOME.fr }), [...W.SALESFORCE_SOURCES, WEEDGO]);
add('salesforce-messaging-es', 'salesforce-messaging', 'es', 'unknown', 'Embedded Messaging button, frame not open', 'only the button\'s label; the conversation lives in a frame not shown', W.salesforceMessaging(BUBBLE.es), [...W.SALESFORCE_SOURCES, CHATWOOT_LOCALE]);
add('salesforce-messaging-askai-de', 'salesforce-messaging', 'de', 'yes', 'Embedded Messaging button labelled "KI fragen"', 'the launcher label says KI', W.salesforceMessaging(ASK_AI.de!), [...W.SALESFORCE_SOURCES, INKEEP]);
add('salesforce-persona-pt', 'salesforce-messaging', 'pt', 'no', 'open sidebar with a persona greeting', 'a persona greeting, no AI statement', W.salesforceLegacy({ header: 'Loja Verde', message: PERSONA.pt }), [...W.SALESFORCE_SOURCES, WEEDGO]);

// ---------- Zendesk ----------
add('zendesk-launcher-en', 'zendesk', 'en', 'unknown', 'messaging launcher', 'the launcher frame\'s default title only', W.zendeskMessaging(), W.ZENDESK_SOURCES);
add('zendesk-art50-en', 'zendesk', 'en', 'yes', 'messaging window with an AI opening message', 'the first message says "AI assistant"', W.zendeskMessaging(`<header><h1>Harbour Outdoor</h1></header><div role="log">${msg(AI_OPENING.en)}</div>`), [...W.ZENDESK_SOURCES, ART50]);
add('zendesk-welcome-de', 'zendesk', 'de', 'no', 'messaging window with a welcome', 'the welcome is readable, no AI statement', W.zendeskMessaging(`<header><h1>Stadtwerke Bergheim</h1></header><div role="log">${msg(WELCOME.de)}</div>`), [...W.ZENDESK_SOURCES, WEEDGO]);
add('zendesk-askai-pt', 'zendesk', 'pt', 'yes', 'messaging window with an AI disclaimer', 'the notice says "geradas por IA"', W.zendeskMessaging(`<div role="log">${msg(WELCOME.pt)}</div><footer><p>${AI_DISCLAIMER.pt}</p></footer>`), [...W.ZENDESK_SOURCES, WEEDGO, INKEEP]);
add('zendesk-persona-es', 'zendesk', 'es', 'no', 'messaging window with a persona greeting', 'a persona greeting, no AI statement', W.zendeskMessaging(`<header><h1>Clínica Sonrisa</h1></header><div role="log">${msg(PERSONA.es)}</div>`), [...W.ZENDESK_SOURCES, WEEDGO]);
fixture('zendesk-classic-fr', 'zendesk', 'zendesk/classic-web-widget-rendered.html', 'fr', 'unknown', 'classic launcher, French', 'the launcher frame\'s default French title only');

// ---------- tawk.to ----------
add('tawk-closed-en', 'tawk-to', 'en', 'unknown', 'widget frames, closed', 'frames titled "chat widget" by default, nothing shown', W.tawk(), W.TAWK_SOURCES);
add('tawk-welcome-es', 'tawk-to', 'es', 'no', 'greeting in the chat frame', 'the welcome is readable, no AI statement', W.tawk(`<div class="tawk-card" role="log">${msg(WELCOME.es)}</div>`), [...W.TAWK_SOURCES, WEEDGO]);
add('tawk-art50-nl', 'tawk-to', 'nl', 'yes', 'greeting with an AI opening message', 'the greeting says "AI-assistent"', W.tawk(`<div class="tawk-card" role="log">${msg(AI_OPENING.nl)}</div>`), [...W.TAWK_SOURCES, ART50]);
add('tawk-label-it', 'tawk-to', 'it', 'unknown', 'chat frame with a caption and reply time only', LABEL_ONLY, W.tawk(`<button type="button">${BUBBLE.it}</button><p>${REPLY_TIME.it}</p>`), [...W.TAWK_SOURCES, CHATWOOT_LOCALE]);

// ---------- Gorgias ----------
add('gorgias-button-en', 'gorgias', 'en', 'unknown', 'chat button frame', 'the frame titles are the vendor\'s', W.gorgias(), W.GORGIAS_SOURCES);
add('gorgias-campaign-persona-it', 'gorgias', 'it', 'no', 'campaign message from a persona', 'the campaign message is readable, no AI statement', W.gorgias(`<div class="campaign" role="log">${msg(PERSONA.it)}</div>`), [...W.GORGIAS_SOURCES, WEEDGO]);
add('gorgias-campaign-virtual-en', 'gorgias', 'en', 'yes', 'campaign message from a virtual assistant', 'the message says "virtual assistant"', W.gorgias(`<div class="campaign" role="log">${msg(VIRTUAL.en)}</div>`), [...W.GORGIAS_SOURCES, EXPORT]);

// ---------- Kommunicate ----------
add('kommunicate-closed-en', 'kommunicate', 'en', 'unknown', 'widget frame, closed', 'the frame title is the vendor\'s', W.kommunicate(), W.KOMMUNICATE_SOURCES);
add('kommunicate-art50-pt', 'kommunicate', 'pt', 'yes', 'open window with an AI opening message', 'the greeting says "assistente de IA"', W.kommunicate(`<header><h1>Loja Verde</h1></header><div role="log">${msg(AI_OPENING.pt)}</div>`), [...W.KOMMUNICATE_SOURCES, ART50]);
add('kommunicate-welcome-fr', 'kommunicate', 'fr', 'no', 'open window with a welcome', 'the welcome is readable, no AI statement', W.kommunicate(`<header><h1>Maison Lumière</h1></header><div role="log">${msg(WELCOME.fr)}</div>`), [...W.KOMMUNICATE_SOURCES, WEEDGO]);

// ---------- LiveChat (its own frame on livechatinc.com) ----------
add('livechat-blocked-en', 'livechat', 'en', 'unknown', 'widget frame that did not load', 'the frame on LiveChat\'s site showed nothing', W.livechat(), W.LIVECHAT_SOURCES);
add('livechat-empty-en', 'livechat', 'en', 'unknown', 'widget frame loaded empty', 'the frame shows no words', W.livechat('<div id="root"></div>'), W.LIVECHAT_SOURCES);
add('livechat-persona-de', 'livechat', 'de', 'no', 'widget frame with a persona greeting', 'the greeting is readable, no AI statement', W.livechat(W.frameBody({ header: 'Stadtwerke Bergheim', messages: [PERSONA.de], placeholder: 'Nachricht schreiben' })), [...W.LIVECHAT_SOURCES, WEEDGO]);
add('livechat-art50-fr', 'livechat', 'fr', 'yes', 'widget frame with an AI opening message', 'the greeting says "assistant IA"', W.livechat(W.frameBody({ header: 'Maison Lumière', messages: [AI_OPENING.fr] })), [...W.LIVECHAT_SOURCES, ART50]);
add('livechat-label-nl', 'livechat', 'nl', 'unknown', 'minimized bar with a caption', LABEL_ONLY, W.livechat(W.frameBody({ button: BUBBLE.nl })), [...W.LIVECHAT_SOURCES, CHATWOOT_LOCALE]);

// ---------- HubSpot (its own frame on hubspot.com) ----------
add('hubspot-blocked-en', 'hubspot-chat', 'en', 'unknown', 'chat frame that did not load', 'the frame showed nothing', W.hubspot(), W.HUBSPOT_SOURCES);
add('hubspot-virtual-en', 'hubspot-chat', 'en', 'yes', 'welcome message from a virtual assistant', 'the welcome says "virtual assistant"', W.hubspot(W.frameBody({ messages: [VIRTUAL.en] })), [...W.HUBSPOT_SOURCES, EXPORT]);
add('hubspot-welcome-nl', 'hubspot-chat', 'nl', 'no', 'welcome message', 'the welcome is readable, no AI statement', W.hubspot(W.frameBody({ messages: [WELCOME.nl] })), [...W.HUBSPOT_SOURCES, WEEDGO]);
add('hubspot-persona-en', 'hubspot-chat', 'en', 'no', 'welcome message from a persona', 'a persona greeting, no AI statement', W.hubspot(W.frameBody({ messages: [PERSONA.en] })), [...W.HUBSPOT_SOURCES, WEEDGO]);

// ---------- Chatwoot (its own frame on app.chatwoot.com) ----------
add('chatwoot-blocked-en', 'chatwoot', 'en', 'unknown', 'widget frame that did not load', 'the frame showed nothing', W.chatwoot(), W.CHATWOOT_SOURCES);
add('chatwoot-team-pt', 'chatwoot', 'pt', 'no', 'open widget: team name and reply time', 'the header someone wrote ("Loja Verde Atendimento") is readable and says nothing about AI', W.chatwoot(W.frameBody({ header: 'Loja Verde Atendimento', button: BUBBLE.pt, notice: REPLY_TIME.pt })), [...W.CHATWOOT_SOURCES, CHATWOOT_LOCALE]);
add('chatwoot-labels-en', 'chatwoot', 'en', 'unknown', 'open widget with only stock labels', LABEL_ONLY, W.chatwoot(W.frameBody({ button: BUBBLE.en, notice: REPLY_TIME.en })), [...W.CHATWOOT_SOURCES, CHATWOOT_LOCALE]);
add('chatwoot-art50-it', 'chatwoot', 'it', 'yes', 'open widget with an AI opening message', 'the greeting says "assistente IA"', W.chatwoot(W.frameBody({ header: 'Ottica Bellavista', messages: [AI_OPENING.it] })), [...W.CHATWOOT_SOURCES, ART50]);
add('chatwoot-persona-es', 'chatwoot', 'es', 'no', 'open widget with a persona greeting', 'a persona greeting, no AI statement', W.chatwoot(W.frameBody({ header: 'Clínica Sonrisa', messages: [PERSONA.es] })), [...W.CHATWOOT_SOURCES, WEEDGO]);

// ---------- Drift (its controller frame on js.driftt.com) ----------
add('drift-blocked-en', 'drift', 'en', 'unknown', 'controller frame that did not load', 'the frame showed nothing', W.drift(), W.DRIFT_SOURCES);
add('drift-persona-en', 'drift', 'en', 'no', 'message preview from a persona', 'a persona greeting, no AI statement', W.drift(W.frameBody({ messages: [PERSONA.en] })), [...W.DRIFT_SOURCES, WEEDGO]);
add('drift-virtual-de', 'drift', 'de', 'yes', 'message preview from a virtual assistant', 'the preview says "virtueller Assistent"', W.drift(W.frameBody({ messages: [VIRTUAL.de] })), [...W.DRIFT_SOURCES, EXPORT]);

// ---------- Freshchat (its own frame on freshchat.com) ----------
add('freshchat-blocked-en', 'freshchat', 'en', 'unknown', 'widget frame that did not load', 'the frame showed nothing', W.freshchat(), W.FRESHCHAT_SOURCES);
add('freshchat-welcome-fr', 'freshchat', 'fr', 'no', 'open widget with a welcome', 'the welcome is readable, no AI statement', W.freshchat(W.frameBody({ header: 'Maison Lumière', messages: [WELCOME.fr] })), [...W.FRESHCHAT_SOURCES, WEEDGO]);
add('freshchat-art50-es', 'freshchat', 'es', 'yes', 'open widget with an AI opening message', 'the greeting says "asistente de IA"', W.freshchat(W.frameBody({ header: 'Clínica Sonrisa', messages: [AI_OPENING.es] })), [...W.FRESHCHAT_SOURCES, ART50]);

// ---------- Dialogflow Messenger ----------
add('dialogflow-title-ai-en', 'dialogflow-messenger', 'en', 'yes', 'closed messenger whose chat-title says "(AI)"', 'the configured title, shown at the top of the chat, says AI', W.dialogflowEs('Store Assistant (AI)'), [...W.DIALOGFLOW_SOURCES, 'issue 17: "a messenger\'s own chat-title says (AI)"']);
add('dialogflow-title-virtual-es', 'dialogflow-messenger', 'es', 'yes', 'CX chat bubble titled "Asistente virtual"', 'the configured title says "asistente virtual"', W.dialogflowCx('Asistente virtual'), [...W.DIALOGFLOW_SOURCES, EXPORT]);
add('dialogflow-title-plain-de', 'dialogflow-messenger', 'de', 'unknown', 'closed messenger titled "Kundenservice"', 'a configured title nobody sees until the chat opens, and it says nothing about AI', W.dialogflowEs('Kundenservice'), W.DIALOGFLOW_SOURCES);
fixture('dialogflow-book-finder-en', 'dialogflow-messenger', 'dialogflow-messenger/es-bootstrap-bookshop.html', 'en', 'unknown', 'closed messenger titled "Book finder"', 'configured title without AI, no conversation visible');
add('dialogflow-open-welcome-en', 'dialogflow-messenger', 'en', 'no', 'open messenger showing the welcome', 'the welcome is readable, no AI statement', W.dialogflowEs('Harbour Outdoor', `<div class="chat-wrapper"><div class="title-wrapper"><div id="dfTitlebar">Harbour Outdoor</div></div><div id="messageList" class="message-list" role="log"><div class="message bot-message">${WELCOME.en}</div></div></div>`), [...W.DIALOGFLOW_SOURCES, WEEDGO]);
add('dialogflow-open-botty-fr', 'dialogflow-messenger', 'fr', 'yes', 'open messenger, agent says it is a virtual agent', 'the welcome says "agent virtuel"', W.dialogflowEs('Maison Lumière', `<div class="chat-wrapper"><div id="messageList" class="message-list" role="log"><div class="message bot-message">${BOTTY_TEXT.fr}</div></div></div>`), [...W.DIALOGFLOW_SOURCES, BOTTY]);
add('dialogflow-title-ki-de', 'dialogflow-messenger', 'de', 'yes', 'CX chat bubble titled "KI-Assistent"', 'the configured title says KI', W.dialogflowCx('KI-Assistent'), W.DIALOGFLOW_SOURCES);

// ---------- Botpress ----------
add('botpress-name-ki-de', 'botpress', 'de', 'yes', 'webchat v1 with the bot named "KI-Assistent"', 'the bot\'s name, the chat frame\'s title, says KI', W.botpressV1('KI-Assistent'), W.BOTPRESS_SOURCES);
fixture('botpress-plant-helper-en', 'botpress', 'botpress/v1-cloud-inject-rendered.html', 'en', 'unknown', 'webchat v1 named "Plant helper", closed', 'a bot name with no AI word, no conversation visible');
add('botpress-name-virtual-nl', 'botpress', 'nl', 'yes', 'webchat v1 named "Virtuele assistent"', 'the bot\'s name says "virtuele assistent"', W.botpressV1('Virtuele assistent'), W.BOTPRESS_SOURCES);
fixture('botpress-v3-fab-en', 'botpress', 'botpress/v3-embed-fab-iframes.html', 'en', 'unknown', 'webchat v3 button and closed window', ICON_ONLY);
add('botpress-name-plain-it', 'botpress', 'it', 'unknown', 'webchat v1 named "Ottica Bellavista"', 'a bot name with no AI word', W.botpressV1('Ottica Bellavista'), W.BOTPRESS_SOURCES);

// ---------- Chatbase ----------
fixture('chatbase-bubble-en', 'chatbase', 'chatbase/bakery-chat-bubble.html', 'en', 'unknown', 'chat bubble, closed', ICON_ONLY);
add('chatbase-bubble-title-en', 'chatbase', 'en', 'unknown', 'chat bubble whose frame is titled "Chatbot" by the embed', 'the frame title is set by the vendor\'s embed, not the chat speaking', W.chatbaseBubble(), [...W.CHATBASE_SOURCES, 'chatbase embed: the bubble window frame title']);
add('chatbase-frame-title-visible-en', 'chatbase', 'en', 'unknown', 'open bubble window whose frame is titled "Chatbot" by the embed', 'the frame title is the embed\'s generic name; the chat frame itself is not readable', { html: W.chatbaseBubble().html.replace('id="chatbase-bubble-window" style="display:none"', 'id="chatbase-bubble-window" style="position:fixed;bottom:5rem;right:1rem"') }, [...W.CHATBASE_SOURCES, 'chatbase embed: the bubble window frame title']);
add('tidio-caption-hi-en', 'tidio', 'en', 'unknown', 'launcher caption "Hi! Need help? Chat with us"', 'a launcher caption made of stock lines', W.tidio(`<div class="widget-caption"><span>Hi! Need help? ${BUBBLE.en}</span></div>`), [...W.TIDIO_SOURCES, CHATWOOT_LOCALE]);
add('chatbase-inline-askai-en', 'chatbase', 'en', 'yes', 'inline chat under the heading "Ask AI"', 'the heading right above the chat says AI', W.chatbaseInline(), [...W.CHATBASE_SOURCES, INKEEP], { before: `<h2>${ASK_AI.en}</h2>` });
add('chatbase-inline-disclaimer-es', 'chatbase', 'es', 'yes', 'inline chat with an AI notice under it', 'the sentence right under the chat says "generadas por IA"', W.chatbaseInline(), [...W.CHATBASE_SOURCES, INKEEP], { before: '<h2>¿Tienes dudas?</h2>', after: `<p class="small">${AI_DISCLAIMER.es}</p>` });
fixture('chatbase-inline-plain-en', 'chatbase', 'chatbase/inline-iframe-help-page.html', 'en', 'unknown', 'inline chat introduced as "our assistant"', '"assistant" alone does not say AI; the chat frame is not readable');
add('chatbase-inline-far-prose-fr', 'chatbase', 'fr', 'unknown', 'inline chat, AI mentioned in another section', 'the AI prose is in another section, not introducing the chat', W.chatbaseInline(), W.CHATBASE_SOURCES, {
  elsewhere: "<h2>Notre technologie</h2><p>Nous utilisons l'intelligence artificielle pour choisir la bonne ampoule.</p>",
  before: '<h2>Besoin d\'aide ?</h2>',
});
add('chatbase-inline-disclaimer-de', 'chatbase', 'de', 'yes', 'inline chat with an AI notice under it', 'the sentence under the chat says "von KI generiert"', W.chatbaseInline(), [...W.CHATBASE_SOURCES, INKEEP], { before: '<h2>Fragen zur Rechnung?</h2>', after: `<p>${AI_DISCLAIMER.de}</p>` });
add('chatbase-inline-askai-pt', 'chatbase', 'pt', 'yes', 'inline chat under the heading "Perguntar à IA"', 'the heading right above the chat says IA', W.chatbaseInline(), [...W.CHATBASE_SOURCES, INKEEP], { before: `<h2>${ASK_AI.pt}</h2>` });
add('chatbase-inline-plain-nl', 'chatbase', 'nl', 'unknown', 'inline chat under the heading "Klantenservice"', 'the heading does not say AI; the chat frame is not readable', W.chatbaseInline(), W.CHATBASE_SOURCES, { before: '<h2>Klantenservice</h2>' });

// ---------- Copilot Studio (its web chat frame) ----------
fixture('copilot-coop-bank-en', 'copilot-studio', 'copilot-studio/coop-bank-copilot-iframe.html', 'en', 'yes', 'inline agent introduced as a virtual assistant', 'the paragraph right before the chat says "virtual assistant"');
fixture('copilot-powerva-en', 'copilot-studio', 'copilot-studio/legacy-powerva-iframe.html', 'en', 'unknown', 'inline agent with a plain introduction', 'the introduction does not say AI; the frame is not readable');
add('copilot-frame-virtual-it', 'copilot-studio', 'it', 'yes', 'web chat canvas greeting from a virtual assistant', 'the greeting says "assistente virtuale"', W.copilotStudio(W.frameBody({ header: 'Ottica Bellavista', messages: [VIRTUAL.it] })), [...W.COPILOT_STUDIO_SOURCES, EXPORT], { before: '<h2>Assistenza</h2>' });
add('copilot-frame-welcome-de', 'copilot-studio', 'de', 'no', 'web chat canvas greeting without AI', 'the greeting is readable, no AI statement', W.copilotStudio(W.frameBody({ header: 'Stadtwerke Bergheim', messages: [WELCOME.de] })), [...W.COPILOT_STUDIO_SOURCES, WEEDGO], { before: '<h2>Fragen?</h2>' });
add('copilot-heading-askai-it', 'copilot-studio', 'it', 'yes', 'inline agent under the heading "Chiedi all\'AI"', 'the heading right above the chat says AI', W.copilotStudio(), [...W.COPILOT_STUDIO_SOURCES, INKEEP], { before: `<h2>${ASK_AI.it}</h2>` });
add('copilot-frame-botty-en', 'copilot-studio', 'en', 'yes', 'web chat canvas greeting "a virtual agent"', 'the greeting says "virtual agent"', W.copilotStudio(W.frameBody({ messages: [BOTTY_TEXT.en!] })), [...W.COPILOT_STUDIO_SOURCES, BOTTY], { before: '<h2>Support</h2>' });

// ---------- Bot Framework Web Chat ----------
fixture('webchat-sendbox-en', 'microsoft-bot-framework', 'microsoft-bot-framework/js-embed-webchat-rendered.html', 'en', 'unknown', 'Web Chat with an empty transcript', 'only the message box and its placeholder');
add('webchat-botsaid-en', 'microsoft-bot-framework', 'en', 'yes', 'Web Chat with a bot message', 'each bot message is announced "Bot … said:"', W.webchat({ said: BOT_SAID.en, text: WELCOME.en }), [...W.WEBCHAT_SOURCES, WEBCHAT_LOCALE, WEEDGO]);
add('webchat-botsaid-nl', 'microsoft-bot-framework', 'nl', 'yes', 'Web Chat with a bot message (Dutch)', 'announced "Bot … zei:"', W.webchat({ said: BOT_SAID.nl, text: WELCOME.nl }, 'Typ uw bericht'), [...W.WEBCHAT_SOURCES, WEBCHAT_LOCALE, WEEDGO]);
add('webchat-botsaid-pt', 'microsoft-bot-framework', 'pt', 'yes', 'Web Chat with a bot message (Portuguese)', 'announced "O bot … disse:"', W.webchat({ said: BOT_SAID.pt, text: WELCOME.pt }, 'Digite sua mensagem'), [...W.WEBCHAT_SOURCES, WEBCHAT_LOCALE, WEEDGO]);
add('webchat-botsaid-it', 'microsoft-bot-framework', 'it', 'yes', 'Web Chat with a bot message (Italian)', 'announced "Il bot … ha detto:"', W.webchat({ said: BOT_SAID.it, text: WELCOME.it }, 'Digita il tuo messaggio'), [...W.WEBCHAT_SOURCES, WEBCHAT_LOCALE, WEEDGO]);
add('webchat-empty-de', 'microsoft-bot-framework', 'de', 'unknown', 'Web Chat before its first message', 'only the message box', W.webchat(), W.WEBCHAT_SOURCES);
fixture('webchat-iframe-nl', 'microsoft-bot-framework', 'microsoft-bot-framework/iframe-embed-europe.html', 'nl', 'unknown', 'Web Chat frame embed', 'the frame on botframework.com is not readable and the introduction does not say AI');

// ---------- Rasa ----------
fixture('rasa-widget-claims-en', 'rasa-webchat', 'rasa-webchat/rasa-pro-chat-widget.html', 'en', 'unknown', 'chat widget titled "Claims assistant", closed', 'a title without an AI word');
fixture('rasa-webchat-launcher-en', 'rasa-webchat', 'rasa-webchat/university-rasa-webchat-cdn.html', 'en', 'unknown', 'launcher only; the page says "ask our admissions bot" elsewhere', 'page prose, not beside the floating chat; the chat shows no words');
add('rasa-widget-ai-title-en', 'rasa-webchat', 'en', 'yes', 'chat widget titled "AI Claims Assistant", closed', 'the configured title, shown on the widget, says AI', W.rasaWidget('AI Claims Assistant'), W.RASA_SOURCES);
add('rasa-widget-plain-title-it', 'rasa-webchat', 'it', 'unknown', 'chat widget titled "Assistenza sinistri", closed', 'a configured title without an AI word, no conversation', W.rasaWidget('Assistenza sinistri'), W.RASA_SOURCES);
add('rasa-webchat-open-es', 'rasa-webchat', 'es', 'no', 'open webchat with a welcome', 'the welcome is readable, no AI statement', W.rasaWebchat({ title: 'Clínica Sonrisa', message: WELCOME.es }), [...W.RASA_SOURCES, WEEDGO]);
add('rasa-webchat-open-virtual-fr', 'rasa-webchat', 'fr', 'yes', 'open webchat, greeting from a virtual assistant', 'the greeting says "assistant virtuel"', W.rasaWebchat({ title: 'Maison Lumière', message: VIRTUAL.fr }), [...W.RASA_SOURCES, EXPORT]);
add('rasa-webchat-closed-pt', 'rasa-webchat', 'pt', 'unknown', 'launcher only', ICON_ONLY, W.rasaWebchat(), W.RASA_SOURCES);

// ---------- Kore.ai ----------
fixture('kore-minimized-en', 'kore-ai', 'kore-ai/legacy-kore-chat-window.html', 'en', 'unknown', 'minimized window titled "Keystone Assistant"', 'a title without an AI word, no conversation');
add('kore-open-virtual-en', 'kore-ai', 'en', 'yes', 'open window, bot greeting from a virtual assistant', 'the greeting says "virtual assistant"', W.koreLegacy('Harbour Assistant', VIRTUAL.en), [...W.KORE_SOURCES, EXPORT]);
add('kore-open-welcome-it', 'kore-ai', 'it', 'no', 'open window with a welcome', 'the welcome is readable, no AI statement', W.koreLegacy('Ottica Bellavista', WELCOME.it), [...W.KORE_SOURCES, WEEDGO]);

// ---------- Voiceflow ----------
fixture('voiceflow-closed-en', 'voiceflow', 'voiceflow/dental-clinic-widget-next.html', 'en', 'unknown', 'widget host before it opens', ICON_ONLY);
add('voiceflow-open-botty-de', 'voiceflow', 'de', 'yes', 'open widget, agent says it is a virtual agent', 'the greeting says "virtueller Agent"', W.voiceflow(`<div class="vfrc-chat"><div class="vfrc-header"><span class="vfrc-header__title">Stadtwerke Bergheim</span></div><div class="vfrc-chat-messages" role="log"><div class="vfrc-system-response">${BOTTY_TEXT.de}</div></div></div>`), [...W.VOICEFLOW_SOURCES, BOTTY]);
add('voiceflow-open-persona-en', 'voiceflow', 'en', 'no', 'open widget with a persona greeting', 'a persona greeting, no AI statement', W.voiceflow(`<div class="vfrc-chat"><div class="vfrc-chat-messages" role="log"><div class="vfrc-system-response">${PERSONA.en}</div></div></div>`), [...W.VOICEFLOW_SOURCES, WEEDGO]);

// ---------- Dify ----------
fixture('dify-bubble-en', 'dify', 'dify/cloud-bubble-embed.html', 'en', 'unknown', 'bubble whose frame is titled "dify chatbot bubble window"', 'the frame title is the vendor\'s default, not the chat speaking');
add('dify-frame-virtual-es', 'dify', 'es', 'yes', 'chatbot frame greeting from a virtual assistant', 'the greeting says "asistente virtual"', W.dify(W.frameBody({ header: 'Clínica Sonrisa', messages: [VIRTUAL.es] })), [...W.DIFY_SOURCES, EXPORT]);
add('dify-frame-welcome-en', 'dify', 'en', 'no', 'chatbot frame with a welcome', 'the welcome is readable, no AI statement', W.dify(W.frameBody({ header: 'Harbour Outdoor', messages: [WELCOME.en] })), [...W.DIFY_SOURCES, WEEDGO]);

// ---------- More fixtures of other vendors, as they are saved ----------
fixture('ada-iframe-en', 'ada', 'ada/iframe-only-messaging-embed.html', 'en', 'unknown', 'Ada messaging frame, inline', 'the frame is not readable and "Need help?" does not say AI');
fixture('ada-button-en', 'ada', 'ada/telehealth-embed2-script.html', 'en', 'unknown', 'Ada chat button', ICON_ONLY);
fixture('flowise-bubble-en', 'flowise', 'flowise/bubble-chatbot-embed.html', 'en', 'unknown', 'Flowise bubble, closed', ICON_ONLY);
fixture('genesys-en', 'genesys-messenger', 'genesys-messenger/bank-support-messenger.html', 'en', 'unknown', 'Genesys Messenger launcher', ICON_ONLY);
fixture('jivo-en', 'jivochat', 'jivochat/dental-clinic-jivo-widget.html', 'en', 'unknown', 'Jivo button', ICON_ONLY);
fixture('landbot-en', 'landbot', 'landbot/travel-agency-livechat-v3.html', 'en', 'unknown', 'Landbot v3 launcher', ICON_ONLY);
fixture('limbic-en', 'limbic', 'limbic/behavioral-health-popup-widget.html', 'en', 'unknown', 'Limbic popup frame not loaded', 'the frame showed nothing');
fixture('liveperson-en', 'liveperson', 'liveperson/bank-lptag-engagement-button.html', 'en', 'unknown', 'LivePerson engagement button "Chat now"', LABEL_ONLY);
fixture('sendbird-en', 'sendbird', 'sendbird/fintech-ai-chatbot-widget.html', 'en', 'unknown', 'Sendbird AI chatbot widget, closed', ICON_ONLY);
fixture('userlike-de', 'userlike', 'userlike/bike-rental-messenger.html', 'de', 'unknown', 'Userlike messenger button', ICON_ONLY);
fixture('watsonx-en', 'watsonx-assistant', 'watsonx-assistant/telecom-web-chat-rendered.html', 'en', 'unknown', 'watsonx launcher', ICON_ONLY);
fixture('yellow-en', 'yellow-ai', 'yellow-ai/pizza-chain-yellow-widget.html', 'en', 'unknown', 'Yellow.ai bot frame not loaded', 'the frame showed nothing');
fixture('hubspot-agency-en', 'hubspot-chat', 'hubspot-chat/agency-site-chat-widget.html', 'en', 'unknown', 'HubSpot frame titled "Chat Widget"', 'the vendor\'s default frame title only');
fixture('gorgias-store-en', 'gorgias', 'gorgias/shopify-skincare-store-chat.html', 'en', 'unknown', 'Gorgias chat button', 'the vendor\'s default frame titles only');
fixture('intercom-tag-manager-en', 'intercom', 'intercom/tag-manager-rendered-messenger.html', 'en', 'unknown', 'Intercom launcher frame', '"Intercom live chat" is the vendor\'s title');
fixture('kommunicate-edtech-en', 'kommunicate', 'kommunicate/edtech-landing-kommunicate.html', 'en', 'unknown', 'Kommunicate frame', 'the vendor\'s frame title only');
fixture('salesforce-legacy-en', 'salesforce-messaging', 'salesforce-messaging/legacy-embedded-service-chat.html', 'en', 'unknown', 'Embedded Service button', 'the default button label only');
fixture('zoho-broker-en', 'zoho-salesiq', 'zoho-salesiq/insurance-broker-float-button.html', 'en', 'unknown', 'Zoho float button, default caption', 'the float button\'s default caption');
fixture('tidio-shop-en', 'tidio', 'tidio/shop-with-tidio-widget.html', 'en', 'unknown', 'Tidio frame titled "Tidio Chat"', ICON_ONLY);
fixture('zendesk-messaging-en', 'zendesk', 'zendesk/messaging-web-widget.html', 'en', 'unknown', 'Zendesk messaging launcher', 'the vendor\'s default frame titles only');

// ---------- Whole-site apps ----------
fixture('chatgpt-conversation-en', 'chatgpt', 'chatgpt/chat-prosemirror-composer.html', 'en', 'yes', 'conversation', 'each reply is labelled "ChatGPT said:" and the notice names ChatGPT');
fixture('chatgpt-legacy-en', 'chatgpt', 'chatgpt/chat-openai-legacy-textarea.html', 'en', 'yes', '2023 conversation', 'the notice under the composer names ChatGPT');
fixture('claude-conversation-en', 'claude', 'claude/new-chat-prosemirror.html', 'en', 'yes', 'conversation', 'the notice "Claude can make mistakes" and the composer name Claude');
fixture('gemini-conversation-en', 'gemini', 'gemini/app-rich-textarea.html', 'en', 'yes', 'conversation', '"Ask Gemini" and the notice name Gemini');
fixture('copilot-conversation-en', 'microsoft-copilot', 'microsoft-copilot/chat-userinput-textarea.html', 'en', 'yes', 'conversation', '"Message Copilot" and "Copilot may make mistakes"');
fixture('meta-ai-prompt-en', 'meta-ai', 'meta-ai/prompt-contenteditable.html', 'en', 'yes', 'prompt page', '"Messages are generated by AI"');
fixture('character-ai-chat-en', 'character-ai', 'character-ai/chat-page-textarea.html', 'en', 'yes', 'chat with a character', '"This is A.I. and not a real person"');
fixture('character-ai-old-en', 'character-ai', 'character-ai/old-site-user-input.html', 'en', 'no', 'legacy chat page', 'the character\'s messages are readable; nothing says AI');
fixture('perplexity-thread-en', 'perplexity', 'perplexity/search-thread-ask-input.html', 'en', 'no', 'answer thread', 'the answer is readable and nothing in the thread says AI');
fixture('replika-chat-en', 'replika', 'replika/chat-send-message-textarea.html', 'en', 'no', 'chat', 'the companion\'s messages are readable; nothing says AI');
fixture('pi-talk-en', 'pi', 'pi/talk-textarea.html', 'en', 'no', 'chat', 'Pi\'s messages are readable; nothing says AI');
fixture('nomi-chat-en', 'nomi', 'nomi/nomi-chat-input.html', 'en', 'no', 'chat', 'the companion\'s messages are readable; nothing says AI');
fixture('kindroid-chat-en', 'kindroid', 'kindroid/home-chat-textarea.html', 'en', 'no', 'chat', 'the companion\'s messages are readable; nothing says AI');
fixture('chai-chat-en', 'chai', 'chai/shared-bot-chat.html', 'en', 'no', 'shared bot chat', 'the bot\'s messages are readable; nothing says AI');
fixture('abby-chat-en', 'abby', 'abby/chat-app.html', 'en', 'no', 'chat', 'the replies are readable; nothing says AI');

// ---------- More greetings in the seven languages, from chat code on GitHub ----------
const CODE = (id: string, what: string) => `${what} (public chat code, code index id ${id})`;
add('crisp-sophie-fr', 'crisp', 'fr', 'yes', 'open chatbox, "votre conseillère virtuelle"', 'the greeting says "conseillère virtuelle"', W.crisp({ header: 'Maison Lumière', message: "Bonjour, je suis Sophie, votre conseillère virtuelle. Comment puis-je vous aider aujourd'hui ?" }), [...W.CRISP_SOURCES, CODE('8983872765', 'first bot message of a chat component')]);
add('tidio-marie-fr', 'tidio', 'fr', 'yes', 'greeting bubble from a virtual adviser', 'the greeting says "conseillère virtuelle"', W.tidio(`<div class="message-bubble" role="log">${msg('Bonjour et bienvenue ! 👋 Je suis Marie, votre conseillère virtuelle. Je suis là pour vous accompagner dans votre projet.')}</div>`), [...W.TIDIO_SOURCES, CODE('52191456095', 'first bot message of a chat component (shortened)')]);
add('zendesk-siqueira-pt', 'zendesk', 'pt', 'yes', 'messaging window, "Sou a assistente virtual"', 'the greeting says "assistente virtual"', W.zendeskMessaging(`<header><h1>Siqueira Campos Imóveis</h1></header><div role="log">${msg('Olá! 👋 Sou a assistente virtual da Siqueira Campos Imóveis. Como posso ajudá-lo hoje?')}</div>`), [...W.ZENDESK_SOURCES, CODE('45873042829', 'first bot message of a chat component')]);
add('kommunicate-dakkai-pt', 'kommunicate', 'pt', 'yes', 'open window, restaurant bot greeting', 'the greeting says "assistente virtual"', W.kommunicate(`<div role="log">${msg('Olá! Sou a assistente virtual do DAKKAI 🍣 Posso ajudar com cardápio, pedidos, horários, endereço e reservas.')}</div>`), [...W.KOMMUNICATE_SOURCES, CODE('58009631974', 'greeting of a restaurant chat widget')]);
add('tawk-consultorio-es', 'tawk-to', 'es', 'yes', 'chat frame, clinic greeting', 'the greeting says "asistente virtual"', W.tawk(`<div class="tawk-card" role="log">${msg('Hola, soy la asistente virtual de su consultorio. ¿En qué puedo ayudarte hoy?')}</div>`), [...W.TAWK_SOURCES, CODE('61085693109', 'aiGreetingMessage default of a clinic assistant')]);
add('livechat-juana-es', 'livechat', 'es', 'yes', 'widget frame, named virtual assistant', 'the greeting says "asistente virtual"', W.livechat(W.frameBody({ header: 'Conectia', messages: ['🙌 Hola mi nombre es Juana, soy la asistente virtual de Conectia. Estoy aquí para brindarte la mejor atención.'] })), [...W.LIVECHAT_SOURCES, CODE('38977887864', 'welcome flow of a chatbot')]);
add('gorgias-kapsalon-nl', 'gorgias', 'nl', 'yes', 'campaign message from a digital assistant', 'the message says "digitale assistent"', W.gorgias(`<div class="campaign" role="log">${msg('Hoi! 👋 Ik ben de digitale assistent van Kapsalon Demo. Waarmee kan ik je helpen?')}</div>`), [...W.GORGIAS_SOURCES, CODE('58675284046', 'start message of a salon booking bot')]);
add('hubspot-golden-nl', 'hubspot-chat', 'nl', 'yes', 'welcome message from a digital assistant', 'the welcome says "digitale assistent"', W.hubspot(W.frameBody({ messages: ['Hallo! Ik ben de digitale assistent van The Golden Glow. Stel gerust een vraag over onze behandelingen, prijzen of het maken van een afspraak.'] })), [...W.HUBSPOT_SOURCES, CODE('55068418713', 'WELCOME message of a clinic chat')]);
add('intercom-dentist-it', 'intercom', 'it', 'yes', 'message preview from a digital assistant', 'the preview says "assistente digitale"', W.intercomMessenger({ author: 'Studio Dentistico', text: "👋 Ciao! Sono l'assistente digitale di Studio Dentistico Demo. Come posso aiutarti oggi?" }), [...W.INTERCOM_SOURCES, CODE('36384863351', 'welcome message of a dental-studio chat')]);
add('drift-iconacasa-it', 'drift', 'it', 'yes', 'message preview from a digital assistant', 'the preview says "assistente digitale"', W.drift(W.frameBody({ messages: ["Ciao! Sono l'assistente digitale di IconaCasa Lambrate. Posso chiederti alcune informazioni da passare all'agente che ti richiamerà?"] })), [...W.DRIFT_SOURCES, CODE('25274046829', 'welcome message of an estate-agency assistant')]);
add('freshchat-miete-de', 'freshchat', 'de', 'yes', 'open widget, "Ihr digitaler Assistent"', 'the greeting says "digitaler Assistent"', W.freshchat(W.frameBody({ messages: ['Hallo! Ich bin Ihr digitaler Assistent. Ich kann Ihnen bei häufigen Fragen helfen.'] })), [...W.FRESHCHAT_SOURCES, CODE('27586280172', 'first assistant message of a tenant chat')]);
add('chatwoot-transport-de', 'chatwoot', 'de', 'yes', 'open widget, "Ihr digitaler Assistent"', 'the greeting says "digitaler Assistent"', W.chatwoot(W.frameBody({ header: 'Spedition Weber', messages: ['Hallo! Ich bin Ihr digitaler Assistent. Wie kann ich Ihnen bei Ihren Transport- oder Lageranfragen helfen?'] })), [...W.CHATWOOT_SOURCES, CODE('11881488302', 'first bot message of a logistics chat')]);
const WIDGET_CONFIG = CODE('68686693449', 'a chat widget\'s default widget_greeting');
add('crisp-default-greeting-en', 'crisp', 'en', 'no', 'open chatbox with the widget\'s default greeting', 'the greeting is readable, no AI statement', W.crisp({ header: 'Harbour Outdoor', message: 'Hi! How can we help you today?' }), [...W.CRISP_SOURCES, WIDGET_CONFIG]);
add('tidio-greeting-en', 'tidio', 'en', 'no', 'greeting bubble', 'the greeting is readable, no AI statement', W.tidio(`<div class="message-bubble" role="log">${msg('Hi! How can we help you today?')}</div>`), [...W.TIDIO_SOURCES, WIDGET_CONFIG]);

// More "no" and "unknown" outside English, so every language has all three verdicts.
add('zoho-default-de', 'zoho-salesiq', 'de', 'unknown', 'float button, German caption', LABEL_ONLY, W.zohoFloat('Wir sind online', BUBBLE.de), [...W.ZOHO_SOURCES, CHATWOOT_LOCALE]);
add('intercom-launcher-pt', 'intercom', 'pt', 'unknown', 'lightweight launcher, icon only', ICON_ONLY, W.intercomLauncher(), W.INTERCOM_SOURCES);
add('intercom-launcher-nl', 'intercom', 'nl', 'unknown', 'lightweight launcher, icon only', ICON_ONLY, W.intercomLauncher(), W.INTERCOM_SOURCES);
add('tidio-icon-fr', 'tidio', 'fr', 'unknown', 'closed widget, icon only, on a page whose hero talks about an AI adviser', 'the hero text is the page\'s, not beside the floating chat; the chat shows no words', W.tidio(), [...W.TIDIO_SOURCES, CODE('66940522459', 'French hero text of a skin-care site: "guidés par Lily, votre conseillère virtuelle"')], {
  elsewhere: '<p class="hero">Analyse de peau et soins personnalisés — guidés par Lily, votre conseillère virtuelle.</p>',
});
add('tawk-closed-de', 'tawk-to', 'de', 'unknown', 'widget frames, closed', 'frames titled "chat widget" by default, nothing shown', W.tawk(), W.TAWK_SOURCES);
add('tawk-closed-pt', 'tawk-to', 'pt', 'unknown', 'widget frames, closed', 'frames titled "chat widget" by default, nothing shown', W.tawk(), W.TAWK_SOURCES);
add('crisp-closed-it', 'crisp', 'it', 'unknown', 'closed chatbox', ICON_ONLY, W.crisp(), W.CRISP_SOURCES);
add('crisp-closed-es', 'crisp', 'es', 'unknown', 'closed chatbox', ICON_ONLY, W.crisp(), W.CRISP_SOURCES);
add('hubspot-blocked-fr', 'hubspot-chat', 'fr', 'unknown', 'chat frame that did not load', 'the frame showed nothing', W.hubspot(), W.HUBSPOT_SOURCES);
add('livechat-blocked-it', 'livechat', 'it', 'unknown', 'widget frame that did not load', 'the frame showed nothing', W.livechat(), W.LIVECHAT_SOURCES);
add('drift-blocked-nl', 'drift', 'nl', 'unknown', 'controller frame that did not load', 'the frame showed nothing', W.drift(), W.DRIFT_SOURCES);
add('chatwoot-labels-es', 'chatwoot', 'es', 'unknown', 'open widget with only stock labels', LABEL_ONLY, W.chatwoot(W.frameBody({ button: BUBBLE.es, notice: REPLY_TIME.es })), [...W.CHATWOOT_SOURCES, CHATWOOT_LOCALE]);
add('olark-caption-nl', 'olark', 'nl', 'unknown', 'launch button with a Dutch caption', LABEL_ONLY, W.olark(BUBBLE.nl), [...W.OLARK_SOURCES, CHATWOOT_LOCALE]);
add('olark-caption-it', 'olark', 'it', 'unknown', 'launch button with an Italian caption', LABEL_ONLY, W.olark(BUBBLE.it), [...W.OLARK_SOURCES, CHATWOOT_LOCALE]);
add('gorgias-button-fr', 'gorgias', 'fr', 'unknown', 'chat button frame', 'the frame titles are the vendor\'s', W.gorgias(), W.GORGIAS_SOURCES);
add('kommunicate-closed-es', 'kommunicate', 'es', 'unknown', 'widget frame, closed', 'the frame title is the vendor\'s', W.kommunicate(), W.KOMMUNICATE_SOURCES);
add('zendesk-launcher-nl', 'zendesk', 'nl', 'unknown', 'messaging launcher', 'the launcher frame\'s default title only', W.zendeskMessaging(), W.ZENDESK_SOURCES);
add('gorgias-campaign-welcome-es', 'gorgias', 'es', 'no', 'campaign message with a welcome', 'the welcome is readable, no AI statement', W.gorgias(`<div class="campaign" role="log">${msg(WELCOME.es)}</div>`), [...W.GORGIAS_SOURCES, WEEDGO]);
add('tawk-persona-fr', 'tawk-to', 'fr', 'no', 'greeting from a persona', 'a persona greeting, no AI statement', W.tawk(`<div class="tawk-card" role="log">${msg(PERSONA.fr)}</div>`), [...W.TAWK_SOURCES, WEEDGO]);
add('zendesk-welcome-it', 'zendesk', 'it', 'no', 'messaging window with a welcome', 'the welcome is readable, no AI statement', W.zendeskMessaging(`<header><h1>Ottica Bellavista</h1></header><div role="log">${msg(WELCOME.it)}</div>`), [...W.ZENDESK_SOURCES, WEEDGO]);
add('kommunicate-persona-de', 'kommunicate', 'de', 'no', 'open window with a persona greeting', 'a persona greeting, no AI statement', W.kommunicate(`<div role="log">${msg(PERSONA.de)}</div>`), [...W.KOMMUNICATE_SOURCES, WEEDGO]);
add('freshchat-persona-pt', 'freshchat', 'pt', 'no', 'open widget with a persona greeting', 'a persona greeting, no AI statement', W.freshchat(W.frameBody({ header: 'Loja Verde', messages: [PERSONA.pt] })), [...W.FRESHCHAT_SOURCES, WEEDGO]);
add('drift-welcome-nl', 'drift', 'nl', 'no', 'message preview with a welcome', 'the welcome is readable, no AI statement', W.drift(W.frameBody({ messages: [WELCOME.nl] })), [...W.DRIFT_SOURCES, WEEDGO]);
add('chatwoot-welcome-it', 'chatwoot', 'it', 'no', 'open widget with a welcome', 'the welcome is readable, no AI statement', W.chatwoot(W.frameBody({ header: 'Ottica Bellavista', messages: [WELCOME.it] })), [...W.CHATWOOT_SOURCES, WEEDGO]);
add('livechat-welcome-pt', 'livechat', 'pt', 'no', 'widget frame with a welcome', 'the welcome is readable, no AI statement', W.livechat(W.frameBody({ header: 'Loja Verde', messages: [WELCOME.pt] })), [...W.LIVECHAT_SOURCES, WEEDGO]);

// A site's own button opens the widget (Intercom's custom_launcher_selector): the button is the site's, not a signal.
add('intercom-custom-launcher-en', 'intercom', 'en', 'yes', 'the site\'s own launcher button "Ask AI" opens the Messenger', 'known miss: the launcher label says AI, but the button is the site\'s own element, not one Candor knows as the chat\'s', { html: `${W.intercomLauncher().html}<button class="intercom-launcher-custom" type="button" style="position:fixed;bottom:24px;left:24px">${ASK_AI.en}</button>` }, [...W.INTERCOM_SOURCES, INKEEP, 'custom_launcher_selector on a site\'s own button: public Intercom settings objects']);

// A closed chat window the widget has already rendered, hidden by its stylesheet: nothing a visitor reads.
add('crisp-prerendered-hidden-en', 'crisp', 'en', 'unknown', 'closed chatbox whose window (with a virtual-assistant greeting) is rendered but hidden', 'the visitor sees only the closed launcher; the hidden window is not shown', { html: `<style>.cc-hidden{display:none}</style>${W.crisp().html.replace('data-full-view="false"></div>', `data-full-view="false"><div class="cc-hidden"><div role="log"><p>${VIRTUAL.en}</p></div></div></div>`)}` }, [...W.CRISP_SOURCES, EXPORT]);
add('salesforce-hidden-sidebar-de', 'salesforce-messaging', 'de', 'unknown', 'help button with the sidebar rendered but not shown', 'the sidebar (with a greeting) is display:none; the visitor sees the button only', { html: W.salesforceLegacy({ header: 'Stadtwerke Bergheim', message: PERSONA.de }).html.replace('class="embeddedServiceSidebar" style="position:fixed;bottom:0;right:16px"', 'class="embeddedServiceSidebar" style="display:none"') }, [...W.SALESFORCE_SOURCES, WEEDGO]);

// ---------- Where Candor is expected to be wrong (kept on purpose) ----------
add('intercom-preview-image-en', 'intercom', 'en', 'yes', 'message preview whose only disclosure is an "AI" badge drawn as an image', 'known miss: the badge is an image without text; a visitor sees "AI"', W.intercomMessenger({ author: '<img src="/badges/ai-agent.png" width="48" height="16"> Harbour Outdoor', text: 'How can we help you today?' }), W.INTERCOM_SOURCES);

export const LABELLED_CHATS: readonly LabelledChat[] = cases;
