/**
 * The banner's content, rendered by Preact inside a closed shadow root. Three layouts:
 *   card — beside a chat widget (banner style "full")
 *   pill — one line beside a chat widget (style "compact"); opens into the card
 *   bar  — a slim line at the top of a whole-site AI app; opens into the card below it
 */
import { useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import { confidenceText, disclosureText, evidenceText, kindLabel, kindText, titleFor } from '../../i18n/describe';
import type { HelpResource } from '../../help/types';
import type { BannerItem, BannerRender } from '../../messaging/protocol';
import { HelpList, orderForBanner } from '../../ui/shared/HelpList';

export interface BannerProps {
  item: BannerItem;
  render: Omit<BannerRender, 'items'>;
  onDismiss(scope: 'page' | 'site'): void;
  /** the card opened or closed: the host places it again */
  onResize(): void;
}

type Lang = Language;

function Help({ help, lang, teen }: { help: HelpResource[]; lang: Lang; teen: boolean }) {
  return (
    <section class="help" aria-labelledby="candor-help">
      <h3 id="candor-help">{t(lang, teen ? 'helpHeadingTeen' : 'helpHeading')}</h3>
      <HelpList help={orderForBanner(help)} lang={lang} initial={2} />
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

function CloseButton({ lang, onDismiss }: { lang: Lang; onDismiss(scope: 'page'): void }) {
  return (
    <button type="button" class="x" aria-label={t(lang, 'dismissNow')} title={t(lang, 'dismissNow')} onClick={() => onDismiss('page')}>
      ×
    </button>
  );
}

function Announcement({ item, lang, audience }: { item: BannerItem; lang: Lang; audience: BannerRender['audience'] }) {
  return (
    <span class="sr-only" role="status">
      {t(lang, 'announce', titleFor(item, lang, audience), disclosureText(item, lang))}
    </span>
  );
}

/** The full content: what this chat is, whether it said so, human help, why, and hiding. */
function Card({ item, render, onDismiss, onResize, withHead }: BannerProps & { withHead: boolean }) {
  const lang = render.language;
  const [why, setWhy] = useState(false);
  return (
    <>
      {withHead && (
        <div class="head">
          <span class="mark" aria-hidden="true" />
          <div class="head-text">
            <h2 class="title">{titleFor(item, lang, render.audience)}</h2>
          </div>
          <CloseButton lang={lang} onDismiss={onDismiss} />
        </div>
      )}
      <p class="sub">{kindText(item, lang, render.audience)}</p>
      <p class={`disclosure disclosed-${item.disclosed}`}>{disclosureText(item, lang)}</p>
      <Help help={render.help} lang={lang} teen={render.audience === 'teen'} />
      {why && <Why item={item} lang={lang} />}
      <div class="actions">
        <button
          type="button"
          class="link"
          aria-expanded={why}
          aria-controls="candor-why"
          onClick={() => {
            setWhy(!why);
            onResize();
          }}
        >
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
    </>
  );
}

export function Banner(props: BannerProps) {
  const { item, render, onDismiss, onResize } = props;
  const lang = render.language;
  const layout = item.surface === 'site' ? 'bar' : render.style === 'compact' ? 'pill' : 'card';
  const [open, setOpen] = useState(layout === 'card');
  const toggle = () => {
    setOpen(!open);
    onResize();
  };

  if (layout === 'card') {
    return (
      <div class={`card kind-${item.kind}`} role="region" aria-label={t(lang, 'bannerRegion')}>
        <Card {...props} withHead />
        <Announcement item={item} lang={lang} audience={render.audience} />
      </div>
    );
  }

  const firstLine = render.help.find((r) => r.kind === 'crisis' && r.tel);
  return (
    <div class={`card ${layout} kind-${item.kind}${open ? ' open' : ''}`} role="region" aria-label={t(lang, 'bannerRegion')}>
      <div class="line">
        <span class="mark" aria-hidden="true" />
        <span class="line-title">
          {layout === 'bar' ? titleFor(item, lang, render.audience) : `${kindLabel(item.kind, lang)} · ${item.name}`}
        </span>
        {!open && firstLine && (
          <a class="line-help" href={`tel:${firstLine.tel}`}>
            {t(lang, 'compactTalk')}: {firstLine.phone}
          </a>
        )}
        <span class="spacer" />
        <button type="button" class="link" aria-expanded={open} onClick={toggle}>
          {open ? t(lang, 'lessButton') : t(lang, 'moreButton')}
        </button>
        <CloseButton lang={lang} onDismiss={onDismiss} />
      </div>
      {open && (
        <div class="line-body">
          <Card {...props} withHead={false} />
        </div>
      )}
      <Announcement item={item} lang={lang} audience={render.audience} />
    </div>
  );
}
