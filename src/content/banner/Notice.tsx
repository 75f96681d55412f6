/**
 * Notices beside an AI chat: a break reminder, and human help after crisis words were typed.
 *
 * The crisis wording follows suicide-prevention safe-messaging guidance: say that help is
 * available and people do get through hard times, offer a person to talk to now, no talk of
 * methods, no alarm (National Action Alliance for Suicide Prevention, Framework for Successful
 * Messaging: https://suicidepreventionmessaging.org/safety/tips-messaging-safely ; state
 * safe-messaging pages: https://utahsuicideprevention.org/safe-messaging ,
 * https://nvsuicideprevention.org/safe-messaging/). It never quotes what the person typed.
 */
import { useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import type { HelpResource } from '../../help/types';
import { Resource } from '../../ui/shared/HelpList';

export type NoticeKind = 'break' | 'crisis';

export interface NoticeProps {
  kind: NoticeKind;
  name: string;
  lang: Language;
  teen: boolean;
  help: HelpResource[];
  minutes: number;
  onClose(): void;
}

export function Notice({ kind, name, lang, teen, help, minutes, onClose }: NoticeProps) {
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
  const lines = help.filter((r) => r.kind === 'crisis' || r.audience !== 'everyone').slice(0, 3);
  return (
    // A region with a polite announcement, not a dialog: it must never take focus from the
    // person's typing.
    <div class="card notice-crisis" role="region" aria-labelledby="candor-crisis-title">
      <span class="sr-only" role="status">
        {t(lang, teen ? 'crisisTitleTeen' : 'crisisTitle')}
      </span>
      <div class="head">
        <span class="mark" aria-hidden="true" />
        <div class="head-text">
          <h2 class="title" id="candor-crisis-title">
            {t(lang, teen ? 'crisisTitleTeen' : 'crisisTitle')}
          </h2>
        </div>
        {close}
      </div>
      <p class="sub" id="candor-crisis-body">
        {t(lang, teen ? 'crisisBodyTeen' : 'crisisBody')}
      </p>
      <ul class="plain help-list">
        {lines.map((res) => (
          <Resource key={res.id} res={res} lang={lang} />
        ))}
      </ul>
      <p class="sub">{t(lang, 'crisisEmergency')}</p>
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
