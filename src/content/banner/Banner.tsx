/**
 * The banner's content, rendered by Preact inside a closed shadow root. Three layouts (layout.ts
 * picks one from the note style and the chat's context):
 *   card — beside a chat widget (style "full", or "auto" where mental health is at stake)
 *   pill — one line beside a chat widget (style "compact", or "auto" elsewhere); opens into the card
 *   bar  — a slim line at the top of a whole-site AI app; opens into the card below it
 * Where mental health is at stake the card says "an AI, not a therapist" and puts human help
 * first; when the chat presents itself as a therapist it says plainly that an AI cannot be one.
 */
import { useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import { confidenceText, contextTerms, disclosureText, evidenceText, kindLabel, kindText, titleFor } from '../../i18n/describe';
import type { HelpResource } from '../../help/types';
import type { BannerItem, BannerRender } from '../../messaging/protocol';
import { HelpList, orderForBanner } from '../../ui/shared/HelpList';
import { noteShape } from './layout';

export interface BannerProps {
  item: BannerItem;
  render: Omit<BannerRender, 'items'>;
  onDismiss(scope: 'page' | 'site'): void;
  /** the card opened or closed: the host places it again */
  onResize(): void;
}

type Lang = Language;

function Help({ help, lang, teen, first }: { help: HelpResource[]; lang: Lang; teen: boolean; first: boolean }) {
  return (
    <section class="help" aria-labelledby="candor-help">
      <h3 id="candor-help">{t(lang, teen ? 'helpHeadingTeen' : 'helpHeading')}</h3>
      {first && <p class="help-intro">{t(lang, teen ? 'mhHelpIntroTeen' : 'mhHelpIntro')}</p>}
      <HelpList help={orderForBanner(help)} lang={lang} initial={2} />
    </section>
  );
}

/** The chat presents itself as a therapist: say plainly that an AI cannot be one, and how to find one. */
function Claim({ item, render }: { item: BannerItem; render: BannerProps['render'] }) {
  const lang = render.language;
  const teen = render.audience === 'teen';
  const claim = item.claims[0]!;
  const directory = render.help.find((r) => r.kind === 'therapist');
  return (
    <div class="claim" data-candor-part="claim">
      <p>{t(lang, teen ? 'claimBodyTeen' : 'claimBody')}</p>
      <p class="muted">{t(lang, 'claimSaid', claim.text)}</p>
      {!teen && directory && (
        <p>
          {t(lang, 'claimFind')}{' '}
          <a href={directory.url} target="_blank" rel="noopener noreferrer">
            {directory.name}
          </a>
        </p>
      )}
    </div>
  );
}

function Why({ item, lang }: { item: BannerItem; lang: Lang }) {
  const app = item.category === 'mental-health' || item.category === 'ai-companion';
  return (
    <div class="why" id="candor-why">
      <p>{t(lang, 'whyIntro', item.name)}</p>
      {item.context === 'mental-health' && app && <p>{t(lang, 'whyContextApp', item.name)}</p>}
      {item.context === 'mental-health' && !app && item.contextEvidence.length > 0 && <p>{t(lang, 'whyContext', contextTerms(item.contextEvidence))}</p>}
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
  const { mentalHealth } = noteShape(render.style, item);
  const teen = render.audience === 'teen';
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
      {item.claims.length > 0 && <Claim item={item} render={render} />}
      {/* Where mental health is at stake, human help comes first. */}
      {mentalHealth && <Help help={render.help} lang={lang} teen={teen} first />}
      <p class="sub">{kindText(item, lang, render.audience)}</p>
      <p class={`disclosure disclosed-${item.disclosed}`}>{disclosureText(item, lang)}</p>
      {!mentalHealth && <Help help={render.help} lang={lang} teen={teen} first={false} />}
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
  const { layout, lineHelp } = noteShape(render.style, item);
  const [open, setOpen] = useState(layout === 'card');
  const toggle = () => {
    setOpen(!open);
    onResize();
  };

  if (layout === 'card') {
    return (
      <div class={`card kind-${item.kind}`} role="region" aria-label={t(lang, 'bannerRegion')} data-candor-layout="card">
        <Card {...props} withHead />
        <Announcement item={item} lang={lang} audience={render.audience} />
      </div>
    );
  }

  // In a quiet line (a shop's or a bank's chat) no crisis line: help is one click away, in the details.
  const firstLine = lineHelp ? render.help.find((r) => r.kind === 'crisis' && r.tel) : undefined;
  return (
    <div class={`card ${layout} kind-${item.kind}${open ? ' open' : ''}`} role="region" aria-label={t(lang, 'bannerRegion')} data-candor-layout={layout}>
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
