/**
 * Run-time checks for every message the background accepts: the sender must be allowed to
 * send that type, and the payload must have the declared shape. Anything else is ignored.
 */
import * as v from 'valibot';
import { FIELD_SCHEMAS } from '../settings/schema';
import { CONTENT_MESSAGE_TYPES, PAGE_MESSAGE_TYPES, type MessageType, type Request } from './protocol';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const ruleId = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const evidence = v.object({
  type: v.picklist(['script', 'frame', 'element', 'host', 'global']),
  value: text(400),
});
const disclosureFinding = v.object({ text: text(300), where: text(60) });
const claimFinding = v.object({
  claim: v.literal('therapist'),
  text: text(200),
  where: text(80),
  lang: v.picklist(['en', 'es', 'fr', 'de', 'pt', 'nl']),
});
const claims = v.optional(v.pipe(v.array(claimFinding), v.maxLength(3)));
const disclosureDetail = v.object({
  verdict: v.picklist(['yes', 'no', 'unknown']),
  reason: v.picklist(['said-ai', 'read-no-ai', 'labels-only', 'frame-unreadable', 'nothing-readable']),
  read: v.pipe(
    v.array(
      v.object({
        text: text(300),
        where: text(120),
        source: v.picklist(['title', 'greeting', 'message', 'launcher', 'badge', 'notice', 'aria', 'composer', 'control', 'intro', 'text']),
        note: v.optional(v.picklist(['vendor-default', 'not-conversation', 'not-kept'])),
      }),
    ),
    v.maxLength(10),
  ),
});
const reportedDetection = v.object({
  rule: ruleId,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  evidence: v.pipe(v.array(evidence), v.maxLength(50)),
  disclosed: v.picklist(['yes', 'no', 'unknown']),
  disclosure: v.pipe(v.array(disclosureFinding), v.maxLength(10)),
  context: v.optional(v.picklist(['mental-health', 'general'])),
  contextEvidence: v.optional(v.pipe(v.array(text(120)), v.maxLength(6))),
  claims,
  disclosureDetail: v.optional(disclosureDetail),
});

const settingsPatch = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((patch) => Object.keys(patch).every((key) => key in FIELD_SCHEMAS), 'unknown setting'),
  v.check(
    (patch) => Object.entries(patch).every(([key, value]) => v.is(FIELD_SCHEMAS[key as keyof typeof FIELD_SCHEMAS], value)),
    'invalid setting value',
  ),
);

const SCHEMAS: { [K in MessageType]: v.GenericSchema } = {
  'detector/wake': v.object({ type: v.literal('detector/wake') }),
  'detections/report': v.object({
    type: v.literal('detections/report'),
    url: text(4096),
    detections: v.pipe(v.array(reportedDetection), v.maxLength(50)),
  }),
  'frame/disclosure': v.object({
    type: v.literal('frame/disclosure'),
    url: text(4096),
    rules: v.pipe(v.array(ruleId), v.maxLength(10)),
    disclosed: v.picklist(['yes', 'no', 'unknown']),
    disclosure: v.pipe(v.array(disclosureFinding), v.maxLength(10)),
    claims,
    detail: v.optional(disclosureDetail),
  }),
  'banner/dismiss': v.object({ type: v.literal('banner/dismiss'), rule: ruleId, scope: v.picklist(['page', 'site']) }),
  'banner/hidden': v.object({
    type: v.literal('banner/hidden'),
    rule: ruleId,
    timesHidden: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
    gaveUp: v.boolean(),
  }),
  'tab/state': v.object({ type: v.literal('tab/state'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'settings/get': v.object({ type: v.literal('settings/get') }),
  'settings/update': v.object({ type: v.literal('settings/update'), patch: settingsPatch }),
  // strict: a tier and nothing else (never words) may come from a chat frame
  'crisis/detected': v.strictObject({ type: v.literal('crisis/detected'), tier: v.optional(v.picklist(['danger', 'distress', 'abuse'])) }),
  'lock/set': v.object({ type: v.literal('lock/set'), pin: v.pipe(v.string(), v.maxLength(128)), coversSiteDismiss: v.boolean() }),
  'lock/unlock': v.object({ type: v.literal('lock/unlock'), pin: v.pipe(v.string(), v.maxLength(128)) }),
  'lock/relock': v.object({ type: v.literal('lock/relock') }),
  'lock/remove': v.object({ type: v.literal('lock/remove') }),
  'audit/state': v.object({ type: v.literal('audit/state') }),
  'audit/start': v.object({ type: v.literal('audit/start'), name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)) }),
  'audit/stop': v.object({ type: v.literal('audit/stop') }),
  'audit/record': v.object({ type: v.literal('audit/record'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'audit/delete': v.object({ type: v.literal('audit/delete'), id: v.pipe(v.string(), v.maxLength(80)) }),
  'site/pause': v.object({
    type: v.literal('site/pause'),
    site: v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/)),
    duration: v.picklist(['hour', 'day', 'always', 'resume']),
  }),
};

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'content' | 'page';

/**
 * Who is talking: one of our content scripts (a tab and frame, our extension id) or one of our
 * own pages (a URL under our extension origin). Anything else — another extension, a web page
 * through externally_connectable (we declare none) — is `null`.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined && sender.frameId !== undefined) return 'content';
  return null;
}

/** The message, typed, if this sender may send it and it is well-formed; otherwise null. */
export function acceptMessage(message: unknown, senderKind: SenderKind | null): Request<MessageType> | null {
  if (!senderKind || typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string') return null;
  const allowed: readonly string[] = senderKind === 'content' ? CONTENT_MESSAGE_TYPES : PAGE_MESSAGE_TYPES;
  if (!allowed.includes(type)) return null;
  const schema = SCHEMAS[type as MessageType];
  return v.is(schema, message) ? (message as Request<MessageType>) : null;
}
