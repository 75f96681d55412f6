/**
 * Vendor markup for the labelled chats: each builder reproduces what the vendor's code puts in a
 * page (outer elements, ids, classes, frames, attributes), as the rule fixtures under
 * test/fixtures/pages/<vendor>/ do, with the same sources. Where a widget's inner structure is not
 * public (the inside of a messenger frame, a chatbox's generated classes), the builder keeps the
 * structure minimal and says so: what is tested there is the words, and where they sit (a header,
 * a message, a button), not invented vendor markup.
 */

export type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl';

export interface Widget {
  /** what goes at the end of <body> (or inside <main> when `inline`) */
  html: string;
  /** an embedded chat placed in the page's content, with `before`/`after` beside it */
  inline?: boolean;
  /** a vendor's own frame on another origin, as the chat-frame reader sees it there */
  vendorFrame?: { url: string; html: string };
  /** open shadow roots the widget attaches: the element and its shadow content */
  shadow?: { selector: string; html: string };
}

export const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const esc = escapeAttr;
/** A same-origin frame a widget writes its UI into (about:blank in the page; srcdoc here). */
const srcdoc = (body: string) => esc(`<!doctype html><html><body>${body}</body></html>`);

// ---------- Intercom ----------
export const INTERCOM_SOURCES = [
  'https://developers.intercom.com/installing-intercom/web/installation/ (loader and widget.intercom.io script)',
  'enthec/webappanalyzer:src/technologies/i.json (iframe#intercom-frame)',
  'easylist/easylist:fanboy-addon/fanboy_chatapps_third-party.txt (.intercom-lightweight-app)',
  'jayhilwig/hide-chatbot-and-chat-bubbles:content.js (#intercom-container, intercom-namespace)',
  'markesplana/ecc-style:ecc-script.js (iframe[name="intercom-launcher-frame"]); title "Intercom live chat" as hidden by public filter rules',
  'iframe[name="intercom-borderless-frame"] holding message previews with .intercom-chat-card-author / .intercom-author-summary-name-from: public UI-test code (code index ids 9898852305, 35818902794, 45476438433)',
];
const INTERCOM_SCRIPT = '<script async src="https://widget.intercom.io/widget/abc12345"></script>';
const INTERCOM_BOOT = '<iframe id="intercom-frame" style="position:absolute;opacity:0;width:1px;height:1px;top:0;left:0;border:none;z-index:-1" aria-hidden="true" tabindex="-1" title="Intercom"></iframe>';

/** Before the Messenger boots: the lightweight launcher, an icon and its default label. */
export function intercomLauncher(): Widget {
  return {
    html: `${INTERCOM_SCRIPT}${INTERCOM_BOOT}<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger" aria-live="polite"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open"></div></div></div>`,
  };
}

/** The booted Messenger: its launcher frame and, when given, a message preview (author and text). */
export function intercomMessenger(preview?: { author: string; text: string }): Widget {
  const card = preview
    ? `<iframe name="intercom-borderless-frame" class="intercom-borderless-frame" srcdoc="${srcdoc(
        `<div class="intercom-chat-card"><div class="intercom-chat-card-author"><span class="intercom-author-summary-name-from">${preview.author}</span></div><div class="intercom-chat-card-body"><p>${preview.text}</p></div></div>`,
      )}"></iframe>`
    : '';
  return {
    html: `${INTERCOM_SCRIPT}${INTERCOM_BOOT}<div id="intercom-container" class="intercom-namespace"><div class="intercom-app"><iframe name="intercom-launcher-frame" title="Intercom live chat" style="position:fixed;bottom:20px;right:20px;width:60px;height:60px;border:0"></iframe>${card}</div></div>`,
  };
}

// ---------- Tidio ----------
export const TIDIO_SOURCES = [
  'Fixerq/chatbot-scanorama:supabase/functions/analyze-website/patterns.ts (/tidio-chat/)',
  'test/fixtures/pages/tidio/shop-with-tidio-widget.html (div#tidio-chat > iframe#tidio-chat-iframe title "Tidio Chat", code.tidio.co script)',
  'Tidio writes its UI into that same-origin frame; inner structure kept minimal (not public)',
];
export function tidio(inner?: string): Widget {
  const doc = inner ? ` srcdoc="${srcdoc(inner)}"` : '';
  return {
    html: `<script src="//code.tidio.co/abcdefghijklmnopqrstuvwxyz012345.js" async></script><div id="tidio-chat"><iframe title="Tidio Chat" id="tidio-chat-iframe"${doc} style="display:block;border:none;position:fixed;inset:auto 9px 35px auto;width:94px;height:94px"></iframe></div>`,
  };
}

// ---------- Zoho SalesIQ ----------
export const ZOHO_SOURCES = [
  'https://zoho.com/salesiq/help/jsapi.html (widget code, salesiq.zohopublic.com)',
  'jayhilwig/hide-chatbot-and-chat-bubbles:content.js (#zsiq_chat_wrap)',
  'test/fixtures/pages/zoho-salesiq/insurance-broker-float-button.html (.zsiq_floatmain[data-id="zsalesiq"] with #zsiq_maintitle and #zsiq_byline, default "We\'re Online!" / "How may I help you today?")',
];
export function zohoFloat(title: string, byline: string): Widget {
  return {
    html: `<script>var $zoho=$zoho||{};$zoho.salesiq=$zoho.salesiq||{widgetcode:"siq0000",values:{},ready:function(){}};</script><script id="zsiqscript" src="https://salesiq.zohopublic.com/widget?wc=siq0000" defer></script><div data-id="zsalesiq" class="zsiq_floatmain zsiq_theme1 siq_bR" style="position:fixed;bottom:10px;right:10px"><div id="zsiq_float" class="zsiq_float"><div class="zsiq_cnt"><div id="zsiq_maintitle" class="zsiq_ellips" title="${esc(title)}">${title}</div><p id="zsiq_byline" class="zsiq_ellips" title="${esc(byline)}">${byline}</p></div></div></div><div id="zsiq_chat_wrap" class="zls-sptwndw siqembed" style="display:none"></div>`,
  };
}

// ---------- Crisp ----------
export const CRISP_SOURCES = [
  'https://help.crisp.chat/en/article/how-to-install-crisp-livechat-on-nuxtjs-1nko1cm/ (snippet, client.crisp.chat/l.js)',
  'Fixerq/chatbot-scanorama:supabase/functions/analyze-website/patterns.ts (/crisp-client/), jayhilwig/hide-chatbot-and-chat-bubbles:content.js (#crisp-chatbox)',
  'Crisp renders into the page with generated class names; the open chatbox inside is kept minimal',
];
export function crisp(open?: { header: string; message: string }): Widget {
  const inside = open
    ? `<div class="cc-5rafl"><span class="cc-1ufl5">${open.header}</span></div><div class="cc-1o31k" role="log"><div class="cc-e7k3v"><span class="cc-12u3r">${open.message}</span></div></div><textarea name="message_field"></textarea>`
    : '';
  return {
    html: `<script>window.$crisp=[];window.CRISP_WEBSITE_ID="00000000-1111-2222-3333-444444444444";</script><script src="https://client.crisp.chat/l.js" async></script><div class="crisp-client"><div class="cc-1brb6" style="position:fixed;bottom:20px;right:20px"><div class="cc-1m2mf"><div id="crisp-chatbox" data-full-view="${open ? 'true' : 'false'}">${inside}</div></div></div></div>`,
  };
}

// ---------- Olark ----------
export const OLARK_SOURCES = [
  'enthec/webappanalyzer:src/technologies/o.json (static.olark.com loader)',
  'test/fixtures/pages/olark/bookkeeping-firm-chatbox.html (iframe[data-olark], div[data-olark] > #olark-wrapper > button.olark-launch-button with span.olark-button-text)',
];
export function olark(button: string): Widget {
  return {
    html: `<script async src="//static.olark.com/jsclient/loader.js"></script><iframe data-olark="true" style="width:0px;height:0px;position:absolute;left:0px;bottom:0px;border:none;" src="about:blank"></iframe><div data-olark="true"><div id="olark-wrapper" style="position:fixed;bottom:0;right:20px"><button class="olark-launch-button olark-size-md olark-text-button" aria-label="${esc(button)}"><span class="olark-button-text">${button}</span></button></div></div>`,
  };
}

// ---------- Salesforce ----------
export const SALESFORCE_SOURCES = [
  'infallibletechie/EmbeddedServiceChatWithLanguage:index.md, jay-hoyme/jay-hoyme.github.io:index.md (Embedded Service Chat: .embeddedServiceHelpButton .helpButton .uiButton, .embeddedServiceSidebar)',
  'shashunksfdev/MIAW:index.md (Embedded Messaging snippet); GitHub code search "embeddedMessagingConversationButton", "embeddedMessagingFrame"',
  'the open Embedded Service sidebar renders in the page; its inner structure is kept minimal',
];
export function salesforceLegacy(sidebar?: { header: string; message: string }): Widget {
  const open = sidebar
    ? `<div class="embeddedServiceSidebar" style="position:fixed;bottom:0;right:16px"><div class="dockableContainer"><h2 class="headerText">${sidebar.header}</h2><ul class="messageArea" role="log"><li class="chatMessage"><span class="messageText">${sidebar.message}</span></li></ul><textarea class="chasitorText" placeholder="Type your message..."></textarea></div></div>`
    : '<div class="embeddedServiceSidebar" style="display:none;"></div>';
  return {
    html: `<script src="https://service.force.com/embeddedservice/5.0/esw.min.js"></script><div class="embeddedServiceHelpButton" style="position:fixed;bottom:0;right:16px"><div class="helpButton"><button class="helpButtonEnabled uiButton"><span class="embeddedServiceIcon" aria-hidden="true"></span><span class="helpButtonLabel" id="helpButtonSpan" aria-live="polite" aria-atomic="true"><span class="assistiveText">Live chat:</span><span class="message">Chat with an Expert</span></span></button></div></div>${open}`,
  };
}
export function salesforceMessaging(label: string): Widget {
  return {
    html: `<script type="text/javascript" src="https://acme.my.site.com/ESWAcme1700000000000/assets/js/bootstrap.min.js"></script><div class="embedded-messaging"><button id="embeddedMessagingConversationButton" class="embeddedMessagingConversationButton embeddedMessagingConversationButtonLoaded" aria-label="${esc(label)}" style="position:fixed;bottom:16px;right:16px"></button><iframe id="embeddedMessagingFrame" class="embeddedMessagingFrame" src="https://acme.my.site.com/ESWAcme1700000000000/assets/index.html" title="Chat" style="display:none"></iframe></div>`,
  };
}

// ---------- Zendesk ----------
export const ZENDESK_SOURCES = [
  'https://support.zendesk.com/hc/de/articles/115007912068-Verwendung-der-JavaScript-API (ze-snippet, static.zdassets.com)',
  'test/fixtures/pages/zendesk/messaging-web-widget.html (iframe[data-product="web_widget"] title "No content"; iframe#launcher title "Button to launch messaging window")',
  'jayhilwig/hide-chatbot-and-chat-bubbles:content.js (iframe#launcher[title*="launch messaging" i]); the messaging window is another same-origin frame (#webWidget) whose inside is kept minimal',
];
export function zendeskMessaging(window?: string, windowTitle = 'Messaging window'): Widget {
  const win = window ? `<div><iframe title="${esc(windowTitle)}" id="webWidget" srcdoc="${srcdoc(window)}" style="position:fixed;bottom:90px;right:16px;width:374px;height:700px;border:0"></iframe></div>` : '';
  return {
    html: `<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=00000000-0000-0000-0000-000000000000"></script><iframe data-product="web_widget" title="No content" role="presentation" tabindex="-1" aria-hidden="true" src="about:blank" style="width:0px;height:0px;border:0px;position:absolute;top:-9999px;"></iframe><div><iframe title="Button to launch messaging window" id="launcher" tabindex="0" style="width:64px;height:64px;position:fixed;bottom:16px;right:16px;border:0px;"></iframe></div>${win}`,
  };
}

// ---------- tawk.to ----------
export const TAWK_SOURCES = [
  'hipcall/hipcall_whichtech:lib/hipcall_whichtech/detector/tawk.ex, enthec/webappanalyzer:src/technologies/t.json (embed.tawk.to)',
  'test/fixtures/pages/tawk-to/driving-school-widget-v4.html (root div.widget-visible holding about:blank iframes titled "chat widget"); their inside is kept minimal',
];
export function tawk(inside?: string): Widget {
  const frame = inside ? ` srcdoc="${srcdoc(inside)}"` : ' src="about:blank"';
  return {
    html: `<script async src="https://embed.tawk.to/000000000000000000000000/1abcdefgh"></script><div id="k3j9x2" class="widget-visible"><iframe src="about:blank" frameborder="0" scrolling="no" title="chat widget" style="position:fixed;bottom:20px;right:20px;width:64px;height:60px;border:0"></iframe><iframe${frame} frameborder="0" scrolling="no" title="chat widget" style="position:fixed;bottom:90px;right:20px;width:350px;height:520px;border:0"></iframe></div>`,
  };
}

// ---------- Gorgias ----------
export const GORGIAS_SOURCES = [
  'https://gist.github.com/juancarlosqr/bdec68bab107c8030ddda856524ba19f (gorgias-chat-widget-install-v3, config.gorgias.chat)',
  'jayhilwig/hide-chatbot-and-chat-bubbles:content.js (iframe#chat-button[title*="gorgias" i], iframe[title*="gorgias live chat" i]); GitHub code search "gorgias-chat-container"; the campaign frame\'s inside is kept minimal',
];
export function gorgias(campaign?: string): Widget {
  const c = campaign ? ` srcdoc="${srcdoc(campaign)}" style="position:fixed;bottom:100px;right:20px;width:320px;height:140px;border:0"` : ' src="about:blank" style="display:none;border:0;"';
  return {
    html: `<script id="gorgias-chat-widget-install-v3" src="https://config.gorgias.chat/bundle-loader/01ABCDEFGHJKMNPQRSTVWXYZ00"></script><div id="gorgias-chat-container"><iframe id="chat-button" title="Gorgias live chat messenger button" src="about:blank" style="position:fixed;bottom:20px;right:20px;width:70px;height:70px;border:0;"></iframe><iframe id="chat-campaigns" title="Gorgias live chat campaigns"${c}></iframe></div>`,
  };
}

// ---------- Kommunicate ----------
export const KOMMUNICATE_SOURCES = [
  'Kommunicate-io/Kommunicate-Web-SDK:kommunicate-script-example/README.md (widget.kommunicate.io/v2/kommunicate.app, iframe#kommunicate-widget-iframe)',
  'the widget frame is same-origin (no src); its inside is kept minimal',
];
export function kommunicate(inside?: string): Widget {
  const doc = inside ? ` srcdoc="${srcdoc(inside)}"` : '';
  return {
    html: `<script>(function(d,m){var kommunicateSettings={"appId":"0000000000000000000000000000000","popupWidget":true};var s=document.createElement("script");s.async=true;s.src="https://widget.kommunicate.io/v2/kommunicate.app";})(document,window.kommunicate||{});</script><script async src="https://widget.kommunicate.io/v2/kommunicate.app"></script><iframe id="kommunicate-widget-iframe" name="Kommunicate widget iframe" title="Kommunicate widget iframe"${doc} style="position:fixed;bottom:0;right:0;width:380px;height:600px;border:none;z-index:2147483647;"></iframe>`,
  };
}

// ---------- Cross-origin vendor frames ----------
export const LIVECHAT_SOURCES = [
  'https://platform.text.com/docs/docs/extending-chat-widget/javascript-api (tracking code, cdn.livechatinc.com/tracking.js)',
  'test/fixtures/pages/livechat/furniture-shop-chat-widget.html (div#chat-widget-container > iframe#chat-widget title "LiveChat chat widget" on secure.livechatinc.com/customer/action/open_chat)',
  'the frame is LiveChat\'s own page on its origin; its inside is kept minimal',
];
export const LIVECHAT_FRAME_URL = 'https://secure.livechatinc.com/customer/action/open_chat?license_id=10000000&group=0&embedded=1&widget_version=3&unique_groups=0';
export function livechat(frameBody?: string): Widget {
  return {
    html: `<script>window.__lc=window.__lc||{};window.__lc.license=10000000;</script><script async src="https://cdn.livechatinc.com/tracking.js"></script><div id="chat-widget-container" style="position:fixed;bottom:0;right:15px;width:400px;height:600px"><iframe src="${esc(LIVECHAT_FRAME_URL)}" id="chat-widget" name="chat-widget" title="LiveChat chat widget" scrolling="no" style="width:100%;height:100%;border:0px;"></iframe></div>`,
    vendorFrame: frameBody === undefined ? undefined : { url: LIVECHAT_FRAME_URL, html: frameBody },
  };
}

export const HUBSPOT_SOURCES = [
  'calibreapp/react-live-chat-loader:src/providers/hubSpot.ts (hs-script-loader), https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk',
  'taderok/Stooa:frontend/src/ui/Overrides.ts (#hubspot-messages-iframe-container); iframe#hubspot-conversations-iframe title "Chat Widget" on app.hubspot.com/conversations-visitor/…: saved pages in public repositories',
  'the frame is HubSpot\'s own page; its inside is kept minimal',
];
export const HUBSPOT_FRAME_URL = 'https://app.hubspot.com/conversations-visitor/1234567/threads/utk/00000000000000000000000000000000?uuid=00000000&mobile=false&mobileSafari=false&hideWelcomeMessage=false';
export function hubspot(frameBody?: string): Widget {
  return {
    html: `<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/1234567.js"></script><div id="hubspot-messages-iframe-container" class="widget-align-right" style="position:fixed;bottom:0;right:0"><div class="hs-shadow-container"></div><iframe id="hubspot-conversations-iframe" title="Chat Widget" data-test-id="chat-widget-iframe" src="${esc(HUBSPOT_FRAME_URL)}"></iframe></div>`,
    vendorFrame: frameBody === undefined ? undefined : { url: HUBSPOT_FRAME_URL, html: frameBody },
  };
}

export const CHATWOOT_SOURCES = [
  'chatwoot/chatwoot:app/javascript/sdk/IFrameHelper.js (.woot-widget-holder > iframe#chatwoot_live_chat_widget on <baseUrl>/widget?website_token=…, .woot--bubble-holder)',
  'the widget frame is Chatwoot\'s own page; its inside is kept minimal, its wording from chatwoot/chatwoot:app/javascript/widget/i18n/locale/<lang>.json',
];
export const CHATWOOT_FRAME_URL = 'https://app.chatwoot.com/widget?website_token=AbCdEfGhIjKlMnOpQrStUvWx';
export function chatwoot(frameBody?: string): Widget {
  return {
    html: `<script>(function(d,t){var BASE_URL="https://app.chatwoot.com";var g=d.createElement(t);g.src=BASE_URL+"/packs/js/sdk.js";})(document,"script");</script><script src="https://app.chatwoot.com/packs/js/sdk.js" defer async></script><div class="woot-widget-holder woot-elements--right" style="position:fixed;bottom:104px;right:20px"><iframe src="${esc(CHATWOOT_FRAME_URL)}" id="chatwoot_live_chat_widget" allow="camera;microphone;fullscreen;clipboard-write;"></iframe></div><div class="woot--bubble-holder"><button class="woot-widget-bubble woot-elements--right" title="Open chat window"></button></div>`,
    vendorFrame: frameBody === undefined ? undefined : { url: CHATWOOT_FRAME_URL, html: frameBody },
  };
}

export const DRIFT_SOURCES = [
  'test/fixtures/pages/drift/b2b-saas-conductor-frames.html (drift.load snippet; #drift-frame-controller > iframe on js.driftt.com/core?d=1&embedId=…, #drift-frame-chat)',
  'roodboi/drift-meta-frame:README.md ("two iframes, one for the chat window and one for the controller"); https://devdocs.drift.com/docs/enabling-drift-in-your-apps-content-security-policy-csp (js.driftt.com)',
  'the controller frame is Drift\'s own page (launcher and message previews); its inside is kept minimal',
];
export const DRIFT_FRAME_URL = 'https://js.driftt.com/core?d=1&embedId=abcd1234efgh';
export function drift(frameBody?: string): Widget {
  return {
    html: `<script>var t=window.driftt=window.drift=window.driftt||[];drift.SNIPPET_VERSION='0.3.1';drift.load('abcd1234efgh');</script><script async src="https://js.driftt.com/include/1700000000000/abcd1234efgh.js"></script><div id="drift-frame-controller" style="position:fixed;bottom:24px;right:24px;width:76px;height:76px"><iframe src="${esc(DRIFT_FRAME_URL)}" style="border:none;width:100%;height:100%"></iframe></div><div id="drift-frame-chat" aria-hidden="true" style="display:none"><iframe style="border:none"></iframe></div>`,
    vendorFrame: frameBody === undefined ? undefined : { url: DRIFT_FRAME_URL, html: frameBody },
  };
}

export const FRESHCHAT_SOURCES = [
  'test/fixtures/pages/freshchat/saas-fcwidget-init.html (wchat.freshchat.com/js/widget.js, div#fc_frame > iframe#fc_widget title "Chat")',
  'the widget frame is Freshchat\'s own page; its inside is kept minimal',
];
export const FRESHCHAT_FRAME_URL = 'https://wchat.freshchat.com/widget/index.html?appId=00000000-0000-0000-0000-000000000000';
export function freshchat(frameBody?: string): Widget {
  return {
    html: `<script src="https://wchat.freshchat.com/js/widget.js"></script><div id="fc_frame" class="fc-widget-normal" style="position:fixed;bottom:15px;right:15px"><iframe id="fc_widget" name="fc_widget" title="Chat" src="${esc(FRESHCHAT_FRAME_URL)}"></iframe></div>`,
    vendorFrame: frameBody === undefined ? undefined : { url: FRESHCHAT_FRAME_URL, html: frameBody },
  };
}

// ---------- AI chat builders ----------
export const DIALOGFLOW_SOURCES = [
  'https://cloud.google.com/dialogflow/docs/integrations/dialogflow-messenger (df-messenger and its chat-title: "the title shown at the top of the chat dialog")',
  'https://cloud.google.com/dialogflow/cx/docs/concept/integration/dialogflow-messenger/html (df-messenger-chat-bubble chat-title)',
  'df-messenger renders into an open shadow root; its inside is kept minimal',
];
export function dialogflowEs(chatTitle: string, open?: string): Widget {
  return {
    html: `<script src="https://www.gstatic.com/dialogflow-console/fast/messenger/bootstrap.js?v=1"></script><df-messenger intent="WELCOME" chat-title="${esc(chatTitle)}" agent-id="00000000-0000-0000-0000-000000000000" language-code="en"></df-messenger>`,
    shadow: open ? { selector: 'df-messenger', html: open } : undefined,
  };
}
export function dialogflowCx(chatTitle: string): Widget {
  return {
    html: `<link rel="stylesheet" href="https://www.gstatic.com/dialogflow-console/fast/df-messenger/prod/v1/themes/df-messenger-default.css"><script src="https://www.gstatic.com/dialogflow-console/fast/df-messenger/prod/v1/df-messenger.js"></script><df-messenger project-id="example-project" agent-id="00000000-0000-0000-0000-000000000000" language-code="en" max-query-length="-1"><df-messenger-chat-bubble chat-title="${esc(chatTitle)}"></df-messenger-chat-bubble></df-messenger>`,
  };
}

export const BOTPRESS_SOURCES = [
  'botpress/messaging:packages/inject/src/inject.ts (div#bp-web-widget > iframe#bp-widget.bp-widget-web, its title is the bot name)',
  'gardeniaflow/GardeniaWeb:README.md (cdn.botpress.cloud/webchat/v1/inject.js)',
];
export function botpressV1(botName: string): Widget {
  return {
    html: `<script src="https://cdn.botpress.cloud/webchat/v1/inject.js"></script><link rel="stylesheet" href="https://cdn.botpress.cloud/webchat/v1/inject.css"><div id="bp-web-widget" class="bp-widget-web bp-widget-hidden"><iframe id="bp-widget" title="${esc(botName)}" frameborder="0" src="https://cdn.botpress.cloud/webchat/v1/index.html?options=%7B%22config%22%3A%7B%7D%7D" class="bp-widget-web bp-widget-hidden"></iframe></div>`,
  };
}

export const CHATBASE_SOURCES = [
  'https://chatbase.co/docs/developer-guides/javascript-embed (iframe embed on www.chatbase.co/chatbot-iframe/<id>)',
  'test/fixtures/pages/chatbase/inline-iframe-help-page.html',
];
export function chatbaseInline(): Widget {
  return {
    inline: true,
    html: '<iframe src="https://www.chatbase.co/chatbot-iframe/AbCdEfGhIjKlMnOpQrStU" width="100%" style="height: 100%; min-height: 700px" frameborder="0"></iframe>',
  };
}
export function chatbaseBubble(): Widget {
  return {
    html: '<script src="https://www.chatbase.co/embed.min.js" chatbotId="AbCdEfGhIjKlMnOpQrStU" domain="www.chatbase.co" defer></script><div id="chatbase-bubble-button" style="position:fixed;bottom:1rem;right:1rem"></div><div id="chatbase-bubble-window" style="display:none"><iframe src="https://www.chatbase.co/chatbot-iframe/AbCdEfGhIjKlMnOpQrStU" title="Chatbot" frameborder="0"></iframe></div>',
  };
}

export const COPILOT_STUDIO_SOURCES = [
  'test/fixtures/pages/copilot-studio/coop-bank-copilot-iframe.html (iframe on copilotstudio.microsoft.com/environments/<env>/bots/<bot>/webchat?__version__=2, the embed code Copilot Studio gives)',
  'the web chat canvas is Microsoft\'s page in that frame; its inside is kept minimal',
];
export const COPILOT_FRAME_URL = 'https://copilotstudio.microsoft.com/environments/Default-00000000-0000-0000-0000-000000000000/bots/cr123_agent/webchat?__version__=2';
export function copilotStudio(frameBody?: string): Widget {
  return {
    inline: true,
    html: `<iframe src="${esc(COPILOT_FRAME_URL)}" frameborder="0" style="width: 100%; height: 600px;"></iframe>`,
    vendorFrame: frameBody === undefined ? undefined : { url: COPILOT_FRAME_URL, html: frameBody },
  };
}

export const WEBCHAT_SOURCES = [
  'microsoft/BotFramework-WebChat:README.md (cdn.botframework.com/botframework-webchat/latest/webchat.js, renderWebChat into #webchat)',
  'microsoft/BotFramework-WebChat:packages/component/src/SendBox/TextBox.js (webchat__send-box-text-box__input)',
  'microsoft/BotFramework-WebChat:packages/api/src/localization/<lang>.json (screen-reader "Bot $1 said:" before each bot message, TEXT_INPUT_PLACEHOLDER); the transcript around it is kept minimal',
];
export function webchat(activity?: { said: string; text: string }, placeholder = 'Type your message'): Widget {
  const transcript = activity
    ? `<div class="webchat__basic-transcript" role="log"><article class="webchat__basic-transcript__activity"><span class="webchat__screen-reader-only">${activity.said}</span><div class="webchat__bubble"><div class="webchat__bubble__content"><p>${activity.text}</p></div></div></article></div>`
    : '';
  return {
    inline: true,
    html: `<script src="https://cdn.botframework.com/botframework-webchat/latest/webchat.js"></script><div id="webchat" role="main">${transcript}<div class="webchat__send-box"><form><input class="webchat__send-box-text-box__input" type="text" placeholder="${esc(placeholder)}" aria-label="Message input box"></form></div></div>`,
  };
}

export const RASA_SOURCES = [
  'https://github.com/RasaHQ/chat-widget (rasa-chatbot-widget element, unpkg bundle, widget-title)',
  'rasa-webchat (botfront) class names rw-widget-container, rw-conversation-container, rw-header, rw-title, rw-messages-container, rw-message, rw-response: test/fixtures/pages/rasa-webchat/university-rasa-webchat-cdn.html and the package\'s stylesheet',
];
export function rasaWidget(title: string): Widget {
  return {
    html: `<script type="module" src="https://unpkg.com/@rasahq/chat-widget-ui/dist/rasa-chatwidget/rasa-chatwidget.esm.js"></script><rasa-chatbot-widget server-url="https://assistant.example.org" widget-title="${esc(title)}"></rasa-chatbot-widget>`,
  };
}
export function rasaWebchat(open?: { title: string; message: string }): Widget {
  const conversation = open
    ? `<div class="rw-conversation-container"><div class="rw-header"><h4 class="rw-title">${open.title}</h4></div><div id="rw-messages" class="rw-messages-container"><div class="rw-message"><div class="rw-response"><div class="rw-message-text"><div class="rw-markdown"><p>${open.message}</p></div></div></div></div></div></div>`
    : '';
  return {
    html: `<script src="https://cdn.jsdelivr.net/npm/rasa-webchat/lib/index.js" async></script><div id="rasaWebchatPro" style="position:fixed;bottom:0;right:0"><div class="rw-widget-container${open ? ' rw-chat-open' : ''}">${conversation}<button type="button" class="rw-launcher"><div class="rw-open-launcher__container"><img class="rw-open-launcher" alt=""></div></button></div></div>`,
  };
}

export const KORE_SOURCES = ['https://github.com/Koredotcom/web-kore-sdk (chat window template div.kore-chat-window with .minimized-title and .kore-chat-header); messages kept minimal'];
export function koreLegacy(title: string, message?: string): Widget {
  const body = message ? `<div class="kore-chat-body"><ul class="chat-container"><li class="fromOtherUsers"><div class="messageBubble"><div>${message}</div></div></li></ul></div>` : '';
  return {
    html: `<script src="/kore/UI/kore-main.js"></script><div class="kore-chat-window ${message ? '' : 'minimize'}" style="position:fixed;bottom:0;right:0"><div class="minimized-title">${title}</div><div class="minimized"><span class="messages"></span></div><div class="kore-chat-header"><div class="header-title">${title}</div></div>${body}</div>`,
  };
}

export const VOICEFLOW_SOURCES = [
  'test/fixtures/pages/voiceflow/dental-clinic-widget-next.html (cdn.voiceflow.com/widget-next/bundle.mjs, window.voiceflow.chat.load, the #voiceflow-chat host element)',
  'the widget renders into a shadow root of that host; its inside is kept minimal',
];
export function voiceflow(open?: string): Widget {
  return {
    html: '<script type="text/javascript">(function(d,t){var v=d.createElement(t),s=d.getElementsByTagName(t)[0];v.src="https://cdn.voiceflow.com/widget-next/bundle.mjs";v.type="text/javascript";s.parentNode.insertBefore(v,s);})(document,"script");</script><div id="voiceflow-chat" style="position:fixed;bottom:0;right:0"></div>',
    shadow: open ? { selector: '#voiceflow-chat', html: open } : undefined,
  };
}

export const DIFY_SOURCES = ['langgenius/dify:web/public/embed.js (div#dify-chatbot-bubble-button, iframe#dify-chatbot-bubble-window titled "dify chatbot bubble window" on udify.app/chatbot/<token>)'];
export const DIFY_FRAME_URL = 'https://udify.app/chatbot/XXXXXXXXXXXXXXXX?';
export function dify(frameBody?: string): Widget {
  return {
    html: `<script>window.difyChatbotConfig = { token: 'XXXXXXXXXXXXXXXX' };</script><script src="https://udify.app/embed.min.js" id="XXXXXXXXXXXXXXXX" defer></script><div id="dify-chatbot-bubble-button" style="position:fixed;bottom:1rem;right:1rem"><div></div></div><iframe allow="fullscreen;microphone" title="dify chatbot bubble window" id="dify-chatbot-bubble-window" src="${DIFY_FRAME_URL}" style="position:fixed;bottom:5rem;right:1rem"></iframe>`,
    vendorFrame: frameBody === undefined ? undefined : { url: DIFY_FRAME_URL, html: frameBody },
  };
}

/** A minimal frame body for a vendor's own chat page: a header, messages, a message box. */
export function frameBody(opts: { header?: string; messages?: string[]; placeholder?: string; button?: string; notice?: string }): string {
  return `<div class="chat">${opts.header ? `<header><h1>${opts.header}</h1></header>` : ''}<div class="messages" role="log">${(opts.messages ?? [])
    .map((m) => `<div class="message message--agent"><p>${m}</p></div>`)
    .join('')}</div>${opts.notice ? `<p class="notice">${opts.notice}</p>` : ''}${opts.button ? `<button type="button">${opts.button}</button>` : ''}${
    opts.placeholder ? `<textarea placeholder="${esc(opts.placeholder)}"></textarea>` : ''
  }</div>`;
}

// ---------- the page around the widget ----------
const HOST: Record<Lang, { title: string; h1: string; p: string; nav: string[]; footer: string }> = {
  en: { title: 'Harbour Outdoor – Tents and camping gear', h1: 'Gear for every season', p: 'Free delivery on orders over £50. Returns within 30 days.', nav: ['Shop', 'Sale', 'Stores'], footer: '© 2026 Harbour Outdoor Ltd' },
  es: { title: 'Clínica Dental Sonrisa – Citas en Valencia', h1: 'Tu sonrisa, en buenas manos', p: 'Primera visita gratuita. Abrimos de lunes a sábado.', nav: ['Tratamientos', 'Equipo', 'Contacto'], footer: '© 2026 Clínica Dental Sonrisa' },
  fr: { title: 'Maison Lumière – Luminaires design', h1: 'La lumière qui vous ressemble', p: 'Livraison offerte dès 60 €. Retours sous 30 jours.', nav: ['Boutique', 'Collections', 'Magasins'], footer: '© 2026 Maison Lumière SAS' },
  de: { title: 'Stadtwerke Bergheim – Strom und Wasser', h1: 'Ihr Versorger vor Ort', p: 'Zählerstand online melden, Abschlag ändern, Umzug anmelden.', nav: ['Strom', 'Wasser', 'Kundenservice'], footer: '© 2026 Stadtwerke Bergheim GmbH' },
  pt: { title: 'Loja Verde – Plantas e jardinagem', h1: 'Plantas para todos os cantos', p: 'Frete grátis acima de R$ 199. Troca em até 7 dias.', nav: ['Plantas', 'Vasos', 'Contato'], footer: '© 2026 Loja Verde Ltda.' },
  it: { title: 'Ottica Bellavista – Occhiali e lenti', h1: 'Vedere bene, con stile', p: 'Esame della vista gratuito su prenotazione.', nav: ['Occhiali', 'Lenti', 'Negozi'], footer: '© 2026 Ottica Bellavista S.r.l.' },
  nl: { title: 'Fietsenmaker De Spaak – Reparatie en verhuur', h1: 'Snel weer op de fiets', p: 'Reparatie binnen 24 uur. Huurfietsen vanaf € 12 per dag.', nav: ['Reparatie', 'Verhuur', 'Contact'], footer: '© 2026 De Spaak B.V.' },
};

export interface PageOptions {
  /** a heading and/or paragraph right before an embedded chat */
  before?: string;
  /** a sentence right after an embedded chat */
  after?: string;
  /** a section of the page elsewhere (an article, a feature list) */
  elsewhere?: string;
  url?: string;
}

/** A plain page in `lang` with the widget: floating widgets at the end of <body>, embedded ones in <main>. */
export function hostPage(lang: Lang, widget: Widget, options: PageOptions = {}): string {
  const h = HOST[lang];
  const elsewhere = options.elsewhere ? `<section class="features">${options.elsewhere}</section>` : '';
  const embedded = widget.inline ? `<section class="chat-section">${options.before ?? ''}<div class="chat-embed">${widget.html}</div>${options.after ?? ''}</section>` : '';
  const floating = widget.inline ? '' : widget.html;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${h.title}</title></head><body><header><strong>${h.title.split(' – ')[0]}</strong><nav>${h.nav
    .map((n) => `<a href="#">${n}</a>`)
    .join(' ')}</nav></header><main><h1>${h.h1}</h1><p>${h.p}</p>${elsewhere}${embedded}</main><footer><p>${h.footer}</p></footer>${floating}</body></html>`;
}
