/** The toolbar popup: what Candor found on this tab and why, pause, report, human help. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Language, type MessageKey } from '../../i18n';
import { confidenceText, contextTerms, disclosureReadText, disclosureReasonText, disclosureText, evidenceText, kindLabel } from '../../i18n/describe';
import { helpFor, helpForTeens, resolveRegion } from '../../help/select';
import type { AuditSession, HiddenReason, TabDetection, TabState } from '../../messaging/protocol';
import browser from '../../platform/browser';
import { call } from '../shared/client';
import { HelpList } from '../shared/HelpList';
import { HostAccessNotice, useHostAccess } from '../shared/host-access';
import { languageOf, useDocumentLanguage, useSettings } from '../shared/hooks';
import { ReportPanel } from './ReportPanel';

const HIDDEN_REASONS: Record<HiddenReason, MessageKey> = {
  disabled: 'popupHiddenDisabled',
  paused: 'popupHiddenPaused',
  'rule-off': 'popupHiddenRuleOff',
  'kind-off': 'popupHiddenKindOff',
  'style-badge': 'popupHiddenStyleBadge',
  'dismissed-site': 'popupHiddenDismissedSite',
  'dismissed-page': 'popupHiddenDismissedPage',
};

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function formatUntil(until: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(until);
}

/** What the page is about, and how Candor knows. */
function ContextLine({ d, lang }: { d: TabDetection; lang: Language }) {
  const app = d.category === 'mental-health' || d.category === 'ai-companion';
  if (d.context !== 'mental-health') return <p class="small muted" data-testid="context">{t(lang, 'popupContextGeneral')}</p>;
  return (
    <p class="small" data-testid="context">
      <strong>{t(lang, app ? 'popupContextApp' : 'popupContextMh')}</strong>
      {!app && d.contextEvidence.length > 0 && <> · {t(lang, 'popupContextMhWhy', contextTerms(d.contextEvidence))}</>}
    </p>
  );
}

function Detection({ d, lang }: { d: TabDetection; lang: Language }) {
  const [open, setOpen] = useState(false);
  const id = `why-${d.rule}-${d.frameId}`;
  const claim = d.claims[0];
  return (
    <li class="card detection" data-rule={d.rule}>
      <div class="row">
        <strong>{d.name}</strong>
        <span class={`pill kind-${d.kind}`}>{kindLabel(d.kind, lang)}</span>
        <span class="spacer" />
        <span class="small muted">{confidenceText(d.confidence, lang)}</span>
      </div>
      <p class="small">{disclosureText(d, lang)}</p>
      {claim && (
        <p class="small notice" role="note" data-testid="claim">
          {t(lang, 'popupClaim', claim.text, claim.where)}
        </p>
      )}
      <ContextLine d={d} lang={lang} />
      {d.hiddenByPage ? (
        <p class="notice small" data-testid="hidden-by-page">
          {t(lang, 'popupHiddenByPage', String(d.timesHidden ?? 1))}
        </p>
      ) : (
        <p class="small muted">{t(lang, d.bannerShown ? 'popupBannerShown' : HIDDEN_REASONS[d.hiddenBecause ?? 'disabled'])}</p>
      )}
      <button type="button" class="link small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? t(lang, 'whyHide') : t(lang, 'popupWhy')}
      </button>
      {open && (
        <div id={id} class="small">
          <ul>
            {d.evidence.map((e, i) => (
              <li key={i}>{evidenceText(e, lang)}</li>
            ))}
          </ul>
          {d.disclosureDetail && (
            <div class="disclosure-detail" data-reason={d.disclosureDetail.reason}>
              <p>{disclosureReasonText(d.disclosureDetail, lang)}</p>
              {d.disclosureDetail.read.length > 0 && (
                <>
                  <p class="muted">{t(lang, 'disclosureRead')}</p>
                  <ul>
                    {d.disclosureDetail.read.map((r, i) => (
                      <li key={i}>{disclosureReadText(r, lang)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          <p class="muted">
            <a href={d.website} target="_blank" rel="noopener noreferrer">
              {d.website.replace(/^https:\/\//, '')}
            </a>
          </p>
        </div>
      )}
    </li>
  );
}

export function Popup() {
  const { settings, notice, update, editable, lock } = useSettings();
  const [error, setError] = useState<string | null>(null);
  const lang = languageOf(settings);
  useDocumentLanguage(lang, t(lang, 'popupTitle'));
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [showReport, setShowReport] = useState(false);
  const [audit, setAudit] = useState<AuditSession | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const access = useHostAccess();

  const refresh = async (id: number | null = tabId) => {
    if (id === null) return;
    setState(await call('tab/state', { tabId: id }));
  };
  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      void refresh(id);
    });
    void call('audit/state', {}).then((s) => setAudit(s.audit));
  }, []);
  // Settings changed (here or elsewhere): the tab's state follows.
  useEffect(() => {
    void refresh();
  }, [settings]);

  if (!settings) return <main class="popup" aria-busy="true" />;
  const region = resolveRegion(settings.region, Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.languages ?? []);
  const web = !!state?.site;
  const pause = async (duration: 'hour' | 'day' | 'always' | 'resume') => {
    if (!state?.site) return;
    const result = await call('site/pause', { site: state.site, duration });
    setError(result.ok ? null : result.error);
    await refresh();
  };

  return (
    <main class="popup">
      <header class="row">
        <img src="/icons/icon-32.png" alt="" width="24" height="24" />
        <h1>Candor</h1>
        <span class="spacer" />
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            disabled={!editable('enabled')}
            onChange={(e) => void update({ enabled: (e.currentTarget as HTMLInputElement).checked }).then(setError)}
          />
          <span>{settings.enabled ? t(lang, 'popupOn') : t(lang, 'popupOff')}</span>
        </label>
      </header>

      <HostAccessNotice lang={lang} access={access} />

      {lock.locked && (
        <p class="notice small" role="status" data-testid="popup-locked">
          {t(lang, 'popupLocked')}{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, 'lockUnlock')}
          </button>
        </p>
      )}
      {error && (
        <p class="notice small" role="alert">
          {error}
        </p>
      )}
      {notice.length > 0 && (
        <div class="notice small" role="status">
          <strong>{t(lang, 'popupSettingsRepaired')}</strong>
          <ul>
            {notice.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="this-page">
        <h2 id="this-page">{t(lang, 'popupThisPage')}</h2>
        {!state ? null : !web ? (
          <p class="muted">{t(lang, 'popupUnsupported')}</p>
        ) : state.detections.length === 0 ? (
          <p class="nothing" data-testid="nothing-found">
            {t(lang, 'popupNothing')}
          </p>
        ) : (
          <ul class="plain detections">
            {state.detections.map((d) => (
              <Detection key={`${d.rule}-${d.frameId}`} d={d} lang={lang} />
            ))}
          </ul>
        )}
      </section>

      {web && state && (
        <section aria-labelledby="pause-heading">
          <h2 id="pause-heading">{t(lang, 'popupPauseHeading', state.site ?? '')}</h2>
          {state.paused ? (
            <div class="row">
              <span data-testid="paused">
                {state.pausedUntil === null ? t(lang, 'popupPausedAlways') : t(lang, 'popupPausedUntil', formatUntil(state.pausedUntil, lang))}
              </span>
              <button type="button" disabled={lock.locked} onClick={() => void pause('resume')}>
                {t(lang, 'popupResume')}
              </button>
            </div>
          ) : (
            <div class="row" role="group" aria-labelledby="pause-heading">
              <button type="button" disabled={lock.locked} onClick={() => void pause('hour')}>
                {t(lang, 'popupPauseHour')}
              </button>
              <button type="button" disabled={lock.locked} onClick={() => void pause('day')}>
                {t(lang, 'popupPauseDay')}
              </button>
              <button type="button" disabled={lock.locked} onClick={() => void pause('always')}>
                {t(lang, 'popupPauseAlways')}
              </button>
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{t(lang, 'helpHeading')}</h2>
        <HelpList help={settings.teenMode ? helpForTeens(region) : helpFor(region)} lang={lang} initial={2} />
      </section>

      {web && state && (
        <section>
          {showReport ? (
            <ReportPanel state={state} lang={lang} onClose={() => setShowReport(false)} />
          ) : (
            <button type="button" class="link" data-testid="report-open" onClick={() => setShowReport(true)}>
              {t(lang, 'reportOpen')}
            </button>
          )}
        </section>
      )}

      {web && state && audit && tabId !== null && (
        <section aria-labelledby="audit-heading" class="card">
          <h2 id="audit-heading">{t(lang, 'popupAuditRunning', audit.name)}</h2>
          <div class="row">
            <button
              type="button"
              class="primary"
              onClick={() =>
                void call('audit/record', { tabId }).then((r) => setRecorded(r.ok ? t(lang, 'popupRecorded') : r.error))
              }
            >
              {t(lang, 'popupRecord')}
            </button>
            <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/ui/audit/index.html') })}>
              {t(lang, 'popupOpenAudit')}
            </button>
          </div>
          {recorded && (
            <p role="status" class="small" data-testid="recorded">
              {recorded}
            </p>
          )}
        </section>
      )}

      <footer class="row">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'popupSettings')}
        </button>
        {!audit && (
          <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/ui/audit/index.html') })}>
            {t(lang, 'popupAudit')}
          </button>
        )}
        <span class="spacer" />
        <span class="small muted">{t(lang, 'popupPrivate')}</span>
      </footer>
    </main>
  );
}
