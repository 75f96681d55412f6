/**
 * A list of human-help resources: call, text and web links. Each names the service's own site
 * and when its details were last checked; the independent sources they were checked against
 * are one click further, under "How we checked". Shared by the banner, the popup and the
 * options page.
 */
import { useState } from 'preact/hooks';
import { formatDay, t, type Language } from '../../i18n';
import { hostOf } from '../../i18n/describe';
import type { HelpResource } from '../../help/types';

export function Resource({ res, lang }: { res: HelpResource; lang: Language }) {
  return (
    <li class="res" data-resource={res.id}>
      <span class="res-name">{res.name}</span>
      <span class="res-desc">{res.description[lang] || res.description.en}</span>
      <span class="res-actions">
        {res.phone && res.tel && <a href={`tel:${res.tel}`}>{t(lang, 'helpCall', res.phone)}</a>}
        {res.sms &&
          (res.sms.keyword ? (
            <a href={`sms:${res.sms.number}`}>{t(lang, 'helpTextKeyword', res.sms.keyword, res.sms.number)}</a>
          ) : (
            <a href={`sms:${res.sms.number}`}>{t(lang, 'helpText', res.sms.number)}</a>
          ))}
        <a href={res.url} target="_blank" rel="noopener noreferrer">
          {t(lang, 'helpWebsite')}
        </a>
      </span>
      <span class="res-source">{t(lang, 'helpSource', hostOf(res.url), formatDay(res.lastVerified, lang))}</span>
      <details class="res-checked">
        <summary>{t(lang, 'helpHowChecked')}</summary>
        <p>{t(lang, res.phone || res.sms ? 'helpCheckedNumber' : 'helpCheckedService')}</p>
        <ul>
          {res.sources.map((source) => (
            <li key={source}>
              <a href={source} target="_blank" rel="noopener noreferrer">
                {hostOf(source)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Shows the first `initial` resources, crisis lines first, and the rest on request. */
export function HelpList({ help, lang, initial }: { help: HelpResource[]; lang: Language; initial: number }) {
  const [more, setMore] = useState(false);
  const first = help.slice(0, initial);
  const rest = help.slice(initial);
  return (
    <div class="help-list">
      <ul class="plain">
        {(more ? help : first).map((res) => (
          <Resource key={res.id} res={res} lang={lang} />
        ))}
      </ul>
      {rest.length > 0 && (
        <button type="button" class="link" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? t(lang, 'helpLess') : t(lang, 'helpMore')}
        </button>
      )}
    </div>
  );
}

/** The banner's pick: two crisis lines and a way to find a therapist, then everything else. */
export function orderForBanner(help: HelpResource[]): HelpResource[] {
  const crisis = help.filter((r) => r.kind === 'crisis').slice(0, 2);
  const therapist = help.filter((r) => r.kind === 'therapist').slice(0, 1);
  const first = [...crisis, ...therapist];
  return [...first, ...help.filter((r) => !first.includes(r))];
}
