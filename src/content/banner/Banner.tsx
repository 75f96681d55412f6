/** The banner's content, rendered by Preact inside a closed shadow root. */
import { useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import { confidenceText, disclosureText, evidenceText, kindText, titleFor } from '../../i18n/describe';
import { HelpList, orderForBanner } from '../../ui/shared/HelpList';
import type { HelpResource } from '../../help/types';
import type { BannerItem, BannerRender } from '../../messaging/protocol';

export interface BannerProps {
  item: BannerItem;
  render: Omit<BannerRender, 'items'>;
  onDismiss(scope: 'page' | 'site'): void;
}

type Lang = Language;

function Help({ help, lang }: { help: HelpResource[]; lang: Lang }) {
  const ordered = orderForBanner(help);
  const initial = Math.max(1, ordered.length - help.filter((r) => !ordered.slice(0, 3).includes(r)).length);
  return (
    <section class="help" aria-labelledby="candor-help">
      <h3 id="candor-help">{t(lang, 'helpHeading')}</h3>
      <p class="help-intro">{t(lang, 'helpIntro')}</p>
      <HelpList help={ordered} lang={lang} initial={Math.min(3, initial)} />
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
      <p>{confidenceText(item.confidence, lang)}</p>
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
