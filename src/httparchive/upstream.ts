/**
 * What HTTP Archive's Wappalyzer fork already knows about Candor's vendors: the name it files
 * each one under, and its `saas` and `pricing` values. Read from HTTPArchive/wappalyzer at commit
 * 3e2c38649c79de12b262c9008b79f07440f426b9 (2026-08-18), src/technologies/<letter>.json (GPLv3);
 * facts noted by hand, no file of theirs is copied here.
 *
 * An export entry for one of these keeps the fork's name, so its patterns are merged into the
 * existing technology instead of adding a duplicate. Vendors missing here are new to the fork.
 */
export const WAPPALYZER_FORK_COMMIT = '3e2c38649c79de12b262c9008b79f07440f426b9';

export const PRICING_VALUES = ['low', 'mid', 'high', 'freemium', 'poa', 'payg', 'onetime', 'recurring'] as const;
export type Pricing = (typeof PRICING_VALUES)[number];

export interface UpstreamEntry {
  /** the technology's name in the fork */
  name: string;
  saas?: boolean;
  pricing?: Pricing[];
}

export const UPSTREAM: Readonly<Record<string, UpstreamEntry>> = {
  ada: { name: 'Ada', saas: true, pricing: ['poa'] },
  chatwoot: { name: 'Chatwoot', saas: true, pricing: ['freemium', 'low', 'recurring'] },
  crisp: { name: 'Crisp Live Chat', saas: true, pricing: ['freemium', 'low', 'recurring'] },
  drift: { name: 'Drift', saas: true, pricing: ['poa', 'mid'] },
  freshchat: { name: 'Freshchat', saas: true, pricing: ['low', 'recurring'] },
  'genesys-messenger': { name: 'Genesys Cloud', saas: true, pricing: ['low', 'recurring'] },
  gorgias: { name: 'Gorgias', saas: true, pricing: ['recurring', 'mid'] },
  'hubspot-chat': { name: 'HubSpot Chat', saas: true, pricing: ['freemium'] },
  intercom: { name: 'Intercom', saas: true, pricing: ['mid', 'recurring'] },
  jivochat: { name: 'JivoChat', saas: true, pricing: ['freemium', 'recurring', 'payg'] },
  landbot: { name: 'Landbot', pricing: ['recurring', 'freemium', 'mid'] },
  livechat: { name: 'LiveChat', saas: true, pricing: ['payg'] },
  liveperson: { name: 'LivePerson', saas: true, pricing: ['mid', 'recurring', 'payg'] },
  olark: { name: 'Olark', saas: true, pricing: ['payg'] },
  'tawk-to': { name: 'Tawk.to', saas: true, pricing: ['freemium', 'payg'] },
  tidio: { name: 'Tidio', saas: true, pricing: ['low', 'freemium', 'recurring'] },
  userlike: { name: 'UserLike', saas: true, pricing: ['freemium', 'payg'] },
  'yellow-ai': { name: 'yellow.ai', saas: true, pricing: ['poa'] },
  zendesk: { name: 'Zendesk', saas: true, pricing: ['low'] },
};

/**
 * Category ids of src/categories.json in the fork at that commit (1–111, with gaps). A
 * technology may only name these; `52` is "Live chat", `19` "Miscellaneous".
 */
export const FORK_CATEGORY_IDS: ReadonlySet<number> = new Set(
  Array.from({ length: 111 }, (_, i) => i + 1).filter((id) => id !== 40 && id !== 43 && id !== 61),
);
export const LIVE_CHAT_CATEGORY = 52;
export const MISCELLANEOUS_CATEGORY = 19;
