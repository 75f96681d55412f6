/**
 * Notices beside an AI chat: a break reminder, and human help after crisis words were typed,
 * worded for how urgent they sounded (the tier, see src/crisis/match.ts): danger leads with a
 * crisis line and the emergency number, distress says gently that someone can talk now, abuse
 * offers abuse and child lines (youth lines first in teen mode) and the emergency number.
 *
 * The crisis wording follows suicide-prevention safe-messaging guidance: say that help is
 * available and people do get through hard times, offer a person to talk to now, no talk of
 * methods, no alarm (National Action Alliance for Suicide Prevention, Framework for Successful
 * Messaging: https://suicidepreventionmessaging.org/safety/tips-messaging-safely ; state
 * safe-messaging pages: https://utahsuicideprevention.org/safe-messaging ,
 * https://nvsuicideprevention.org/safe-messaging/). It never quotes what the person typed.
 */
import { useState } from 'preact/hooks';
import { t, type Language, type MessageKey } from '../../i18n';
import type { EmergencyNumber, HelpResource } from '../../help/types';
import type { CrisisTier } from '../../crisis/match';
import { Resource } from '../../ui/shared/HelpList';

export type NoticeKind = 'break' | 'crisis';

export interface NoticeProps {
  kind: NoticeKind;
  name: string;
  lang: Language;
  teen: boolean;
  help: HelpResource[];
  /** abuse and child lines, for the abuse tier */
  abuseHelp?: HelpResource[];
  /** the region's emergency number (src/help/regions/<CC>.json); null for "your local emergency number" */
  emergency?: EmergencyNumber | null;
  /** how urgent what was typed sounds; decides the words and the order of the lines */
  tier?: CrisisTier;
  minutes: number;
  onClose(): void;
}

/** Title and body for each tier, with the teen wording where there is one. */
const WORDS: Record<CrisisTier, { title: MessageKey; body: MessageKey; titleTeen: MessageKey; bodyTeen: MessageKey }> = {
  danger: { title: 'crisisDangerTitle', body: 'crisisDangerBody', titleTeen: 'crisisDangerTitleTeen', bodyTeen: 'crisisDangerBodyTeen' },
  distress: { title: 'crisisTitle', body: 'crisisBody', titleTeen: 'crisisTitleTeen', bodyTeen: 'crisisBodyTeen' },
  abuse: { title: 'crisisAbuseTitle', body: 'crisisAbuseBody', titleTeen: 'crisisAbuseTitleTeen', bodyTeen: 'crisisAbuseBodyTeen' },
};

/**
 * The lines a tier shows, at most three: crisis lines (and youth lines in teen mode), or abuse
 * and child lines; a directory where the region has no line (the international one).
 */
export function crisisLines(tier: CrisisTier, help: HelpResource[], abuseHelp: HelpResource[]): HelpResource[] {
  const lines = help.filter((r) => r.kind === 'crisis' || r.audience !== 'everyone');
  const general = lines.length > 0 ? lines : help.filter((r) => r.kind === 'directory');
  return (tier === 'abuse' && abuseHelp.length > 0 ? abuseHelp : general).slice(0, 3);
}

/** "If you are in danger now, call 112." with the number as a call link, or the generic sentence. */
function EmergencyLine({ lang, emergency, strong }: { lang: Language; emergency: EmergencyNumber | null; strong: boolean }) {
  if (!emergency) return <p class={strong ? 'emergency' : 'sub'}>{t(lang, 'crisisEmergency')}</p>;
  // The number is the digits to dial (region-schema.ts), so it is also the tel: link.
  return (
    <p class={strong ? 'emergency' : 'sub'} data-emergency={emergency.number}>
      {t(lang, 'crisisEmergencyNow', emergency.number)}{' '}
      <a href={`tel:${emergency.number}`}>{t(lang, 'helpCall', emergency.number)}</a>
    </p>
  );
}

export function Notice({ kind, name, lang, teen, help, abuseHelp = [], emergency = null, tier = 'distress', minutes, onClose }: NoticeProps) {
  const [why, setWhy] = useState(false);
  const close = (
    <button type="button" class="x" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={onClose}>
      ×
    </button>
  );
  if (kind === 'break') {
    return (
      <div class="card notice-break" role="status" aria-label={t(lang, 'bannerRegion')}>
        <div class="head">
          <span class="mark" aria-hidden="true" />
          <div class="head-text">
            <h2 class="title">{t(lang, teen ? 'breakTitleTeen' : 'breakTitle')}</h2>
          </div>
          {close}
        </div>
        <p class="sub">{t(lang, teen ? 'breakBodyTeen' : 'breakBody', name, String(Math.round(minutes)))}</p>
        <div class="actions">
          <span class="spacer" />
          <button type="button" onClick={onClose}>
            {t(lang, 'breakOk')}
          </button>
        </div>
      </div>
    );
  }
  const words = WORDS[tier];
  const title = t(lang, teen ? words.titleTeen : words.title);
  const lines = crisisLines(tier, help, abuseHelp);
  // Danger: the first crisis line leads, then what to do if in danger now, then the others.
  // Abuse: what to do if in danger now comes first, then the abuse and child lines.
  // Distress: the lines, then the emergency sentence as a quiet last line.
  const [lead, ...rest] = lines;
  const list = (items: HelpResource[]) =>
    items.length > 0 && (
      <ul class="plain help-list">
        {items.map((res) => (
          <Resource key={res.id} res={res} lang={lang} />
        ))}
      </ul>
    );
  return (
    // A region with a polite announcement, not a dialog: it must never take focus from the
    // person's typing.
    <div class={`card notice-crisis tier-${tier}`} role="region" aria-labelledby="candor-crisis-title">
      <span class="sr-only" role="status">
        {title}
      </span>
      <div class="head">
        <span class="mark" aria-hidden="true" />
        <div class="head-text">
          <h2 class="title" id="candor-crisis-title">
            {title}
          </h2>
        </div>
        {close}
      </div>
      <p class="sub" id="candor-crisis-body">
        {t(lang, teen ? words.bodyTeen : words.body)}
      </p>
      {tier === 'danger' && (
        <>
          {list(lead ? [lead] : [])}
          <EmergencyLine lang={lang} emergency={emergency} strong />
          {list(rest)}
        </>
      )}
      {tier === 'abuse' && (
        <>
          <EmergencyLine lang={lang} emergency={emergency} strong />
          {list(lines)}
        </>
      )}
      {tier === 'distress' && (
        <>
          {list(lines)}
          <EmergencyLine lang={lang} emergency={emergency} strong={false} />
        </>
      )}
      {why && (
        <p class="why muted" id="candor-crisis-why">
          {t(lang, 'crisisWhy')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="link" aria-expanded={why} aria-controls="candor-crisis-why" onClick={() => setWhy(!why)}>
          {why ? t(lang, 'whyHide') : t(lang, 'whyButton')}
        </button>
        <span class="spacer" />
        <button type="button" onClick={onClose}>
          {t(lang, 'close')}
        </button>
      </div>
    </div>
  );
}
