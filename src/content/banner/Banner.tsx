/** The banner's content, rendered by Preact inside a closed shadow root. */
import { useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import type { HelpResource } from '../../help/types';
import type { BannerItem, BannerRender, Evidence } from '../../messaging/protocol';

export interface BannerProps {
  item: BannerItem;
  render: Omit<BannerRender, 'items'>;
  onDismiss(scope: 'page' | 'site'): void;
}

type Lang = Language;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function titleFor(item: BannerItem, lang: Lang): string {
  if (item.kind === 'ai') return item.surface === 'site' ? t(lang, 'titleAiSite', item.name) : t(lang, 'titleAi');
  return item.kind === 'hybrid' ? t(lang, 'titleHybrid') : t(lang, 'titleHuman');
}

function kindText(item: BannerItem, lang: Lang): string {
  if (item.kind === 'ai') return item.surface === 'site' ? t(lang, 'kindAiSite') : t(lang, 'kindAi', item.name);
  return item.kind === 'hybrid' ? t(lang, 'kindHybrid', item.name) : t(lang, 'kindHuman', item.name);
}

export function disclosureText(item: BannerItem, lang: Lang): string {
  if (item.disclosed === 'yes') return t(lang, 'disclosedYes', item.disclosure[0]?.text ?? '');
  return item.disclosed === 'no' ? t(lang, 'disclosedNo') : t(lang, 'disclosedUnknown');
}

function evidenceText(e: Evidence, lang: Lang): string {
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

function Resource({ res, lang }: { res: HelpResource; lang: Lang }) {
  return (
    <li class="res">
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
      <span class="res-source">
        {t(lang, 'helpSource', res.sources.slice(0, 2).map(hostOf).join(', '), res.lastVerified)}
      </span>
    </li>
  );
}

function Help({ help, lang }: { help: HelpResource[]; lang: Lang }) {
  const [more, setMore] = useState(false);
  const crisis = help.filter((r) => r.kind === 'crisis').slice(0, 2);
  const therapist = help.filter((r) => r.kind === 'therapist').slice(0, 1);
  const first = [...crisis, ...therapist];
  const rest = help.filter((r) => !first.includes(r));
  return (
    <section class="help" aria-labelledby="candor-help">
      <h3 id="candor-help">{t(lang, 'helpHeading')}</h3>
      <p class="help-intro">{t(lang, 'helpIntro')}</p>
      <ul>
        {(more ? [...first, ...rest] : first).map((res) => (
          <Resource key={res.id} res={res} lang={lang} />
        ))}
      </ul>
      {rest.length > 0 && (
        <button type="button" class="link" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? t(lang, 'helpLess') : t(lang, 'helpMore')}
        </button>
      )}
    </section>
  );
}

function Why({ item, lang }: { item: BannerItem; lang: Lang }) {
  return (
    <div class="why" id="candor-why">
      <p>{t(lang, 'whyIntro', item.name)}</p>
      <ul>
        {item.evidence.slice(0, 6).map((e, i) => (
          <li key={i}>{evidenceText(e, lang)}</li>
        ))}
      </ul>
      <p>{t(lang, 'whyConfidence', item.confidence >= 80 ? t(lang, 'confidenceHigh') : t(lang, 'confidenceMedium'))}</p>
      <p class="muted">{t(lang, 'whyPrivacy')}</p>
    </div>
  );
}

export function Banner({ item, render, onDismiss }: BannerProps) {
  const lang = render.language;
  const [why, setWhy] = useState(false);
  const [expanded, setExpanded] = useState(render.style !== 'compact');
  const title = titleFor(item, lang);

  if (!expanded) {
    const first = render.help.find((r) => r.kind === 'crisis');
    return (
      <div class={`card compact kind-${item.kind}`} role="region" aria-label={t(lang, 'bannerRegion')}>
        <span class="mark" aria-hidden="true" />
        <span class="compact-title">
          {t(lang, item.kind === 'ai' ? 'compactAi' : item.kind === 'hybrid' ? 'compactHybrid' : 'compactHuman')} · {item.name}
        </span>
        {first?.tel && (
          <a class="compact-help" href={`tel:${first.tel}`}>
            {t(lang, 'compactTalk')}: {first.phone}
          </a>
        )}
        <button type="button" class="link" aria-expanded="false" onClick={() => setExpanded(true)}>
          {t(lang, 'whyButton')}
        </button>
        <button type="button" class="x" aria-label={t(lang, 'dismissNow')} title={t(lang, 'dismissNow')} onClick={() => onDismiss('page')}>
          ×
        </button>
        <span class="sr-only" role="status">
          {t(lang, 'announce', title, disclosureText(item, lang))}
        </span>
      </div>
    );
  }

  return (
    <div class={`card kind-${item.kind} surface-${item.surface}`} role="region" aria-label={t(lang, 'bannerRegion')}>
      <div class="head">
        <span class="mark" aria-hidden="true" />
        <div class="head-text">
          <h2 class="title">{title}</h2>
          <p class="sub">{kindText(item, lang)}</p>
        </div>
        <button type="button" class="x" aria-label={t(lang, 'dismissNow')} title={t(lang, 'dismissNow')} onClick={() => onDismiss('page')}>
          ×
        </button>
      </div>
      <p class={`disclosure disclosed-${item.disclosed}`}>{disclosureText(item, lang)}</p>
      <Help help={render.help} lang={lang} />
      {why && <Why item={item} lang={lang} />}
      <div class="actions">
        <button type="button" class="link" aria-expanded={why} aria-controls="candor-why" onClick={() => setWhy(!why)}>
          {why ? t(lang, 'whyHide') : t(lang, 'whyButton')}
        </button>
        <span class="spacer" />
        <button type="button" onClick={() => onDismiss('page')}>
          {t(lang, 'dismissNow')}
        </button>
        {render.allowSiteDismiss && (
          <button type="button" onClick={() => onDismiss('site')}>
            {t(lang, 'dismissSite')}
          </button>
        )}
      </div>
      <span class="sr-only" role="status">
        {t(lang, 'announce', title, disclosureText(item, lang))}
      </span>
    </div>
  );
}
