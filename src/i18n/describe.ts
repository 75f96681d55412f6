/** Words for detections, shared by the banner, the popup and the audit pages. */
import type { BannerItem, DisclosureDetail, DisclosureRead, Evidence } from '../messaging/protocol';
import { t, type Language, type MessageKey } from './index';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Teen mode has its own, shorter and warmer wording. */
export type Audience = 'everyone' | 'teen';

type TitleItem = Pick<BannerItem, 'kind' | 'surface' | 'name'> & Partial<Pick<BannerItem, 'context' | 'claims'>>;

/**
 * The note's title. Where mental health is at stake it says first what matters most: this is an
 * AI, not a therapist — and, when the chat presents itself as one, that it does.
 */
export function titleFor(item: TitleItem, lang: Language, audience: Audience = 'everyone'): string {
  const teen = audience === 'teen';
  if (item.kind !== 'human' && item.claims?.length) return t(lang, teen ? 'claimTitleTeen' : 'claimTitle');
  if (item.kind !== 'human' && item.context === 'mental-health') {
    if (item.kind === 'hybrid') return t(lang, teen ? 'titleMhHybridTeen' : 'titleMhHybrid');
    return item.surface === 'site' ? t(lang, teen ? 'titleMhAiSiteTeen' : 'titleMhAiSite', item.name) : t(lang, teen ? 'titleMhAiTeen' : 'titleMhAi');
  }
  if (item.kind === 'ai') {
    return item.surface === 'site' ? t(lang, teen ? 'titleAiSiteTeen' : 'titleAiSite', item.name) : t(lang, teen ? 'titleAiTeen' : 'titleAi');
  }
  return item.kind === 'hybrid' ? t(lang, teen ? 'titleHybridTeen' : 'titleHybrid') : t(lang, 'titleHuman');
}

export function kindText(item: Pick<BannerItem, 'kind' | 'surface' | 'name'>, lang: Language, audience: Audience = 'everyone'): string {
  const teen = audience === 'teen';
  if (item.kind === 'ai') {
    return item.surface === 'site' ? t(lang, teen ? 'kindAiSiteTeen' : 'kindAiSite') : t(lang, teen ? 'kindAiTeen' : 'kindAi', item.name);
  }
  return item.kind === 'hybrid' ? t(lang, teen ? 'kindHybridTeen' : 'kindHybrid', item.name) : t(lang, 'kindHuman', item.name);
}

/** A short label for a kind: "AI", "AI or people", "People". */
export function kindLabel(kind: BannerItem['kind'], lang: Language): string {
  return t(lang, kind === 'ai' ? 'compactAi' : kind === 'hybrid' ? 'compactHybrid' : 'compactHuman');
}

export function disclosureText(item: Pick<BannerItem, 'disclosed' | 'disclosure'>, lang: Language): string {
  if (item.disclosed === 'yes') return t(lang, 'disclosedYes', item.disclosure[0]?.text ?? '');
  return item.disclosed === 'no' ? t(lang, 'disclosedNo') : t(lang, 'disclosedUnknown');
}

const SOURCE_KEYS: Record<DisclosureRead['source'], MessageKey> = {
  title: 'chatSourceTitle',
  greeting: 'chatSourceGreeting',
  message: 'chatSourceMessage',
  launcher: 'chatSourceLauncher',
  badge: 'chatSourceBadge',
  notice: 'chatSourceNotice',
  aria: 'chatSourceAria',
  composer: 'chatSourceComposer',
  control: 'chatSourceControl',
  intro: 'chatSourceIntro',
  text: 'chatSourceText',
};

/** Where in the chat something was read, in plain words ("greeting", "chat button"). */
export function chatSourceText(source: DisclosureRead['source'], lang: Language): string {
  return t(lang, SOURCE_KEYS[source] ?? 'chatSourceText');
}

/** Why the disclosure verdict is what it is, in one sentence (popup, audit page). */
export function disclosureReasonText(detail: DisclosureDetail, lang: Language): string {
  const first = detail.read[0];
  switch (detail.reason) {
    case 'said-ai':
      return first ? t(lang, 'disclosureReasonSaidAi', first.text, chatSourceText(first.source, lang)) : t(lang, 'disclosedYes', '');
    case 'read-no-ai':
      return t(lang, 'disclosureReasonReadNoAi', [...new Set(detail.read.map((r) => chatSourceText(r.source, lang)))].join(', '));
    case 'labels-only':
      return t(lang, 'disclosureReasonLabelsOnly');
    case 'frame-unreadable':
      return t(lang, 'disclosureReasonFrameUnreadable');
    default:
      return t(lang, 'disclosureReasonNothingReadable');
  }
}

/** One thing Candor read, for a list: “words” — where (and why it did not count). */
export function disclosureReadText(r: DisclosureRead, lang: Language): string {
  const where = chatSourceText(r.source, lang);
  const note =
    r.note === 'vendor-default' ? t(lang, 'disclosureNoteVendorDefault') : r.note === 'not-conversation' ? t(lang, 'disclosureNoteLabel') : r.note === 'not-kept' ? t(lang, 'disclosureNoteNotKept') : '';
  const words = r.text ? `“${r.text}” — ${where}` : where;
  return note ? `${words} (${note})` : words;
}

export function evidenceText(e: Evidence, lang: Language): string {
  switch (e.type) {
    case 'script':
      return t(lang, 'evidenceScript', hostOf(e.value));
    case 'frame':
      return t(lang, 'evidenceFrame', hostOf(e.value));
    case 'host':
      return t(lang, 'evidenceHost', hostOf(e.value));
    case 'global':
      return t(lang, 'evidenceGlobal', e.value);
    default:
      return t(lang, 'evidenceElement', e.value);
  }
}

/** The words that made a page a mental-health page, without where they were found: “therapy”, “anxiety”. */
export function contextTerms(evidence: readonly string[]): string {
  const terms = evidence.map((e) => /“([^”]+)”/.exec(e)?.[1] ?? e.replace(/^[\w.]+: /, '')).filter(Boolean);
  return [...new Set(terms)].slice(0, 4).map((term) => `“${term}”`).join(', ');
}

export function confidenceText(confidence: number, lang: Language): string {
  return t(lang, 'whyConfidence', `${confidence >= 80 ? t(lang, 'confidenceHigh') : t(lang, 'confidenceMedium')} (${confidence}%)`);
}
