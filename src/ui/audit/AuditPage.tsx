/**
 * The audit page: start and stop an audit, see the evidence recorded from the popup, export it
 * as JSON, CSV or a printable report, delete records. Everything stays on this device.
 */
import { useEffect, useState } from 'preact/hooks';
import meta from 'candor:generated/meta.json';
import { NOT_LEGAL_ADVICE, type CheckItem } from '../../audit/checklist';
import { toCsv, toHtml, type AuditReport } from '../../audit/report';
import { t, type Language, type MessageKey } from '../../i18n';
import { disclosureReadText, disclosureReasonText, evidenceText, kindLabel } from '../../i18n/describe';
import type { AuditSession, EvidenceRecord } from '../../messaging/protocol';
import { call } from '../shared/client';
import { languageOf, useDocumentLanguage, useSettings } from '../shared/hooks';

const STATUS_KEYS: Record<CheckItem['status'], MessageKey> = {
  observed: 'checkObserved',
  'not-observed': 'checkNotObserved',
  manual: 'checkManual',
};

/** The records as a report with the same shape as the command-line audit's report.json. */
export function recordsToReport(records: EvidenceRecord[], audit: AuditSession | null, browserName: string): AuditReport {
  return {
    tool: { name: 'Candor', version: meta.extensionVersion, rulesVersion: meta.rulesVersion, browser: browserName },
    startedAt: audit?.startedAt ?? records[0]?.visitedAt ?? new Date().toISOString(),
    finishedAt: records.at(-1)?.visitedAt ?? new Date().toISOString(),
    pages: records.map(({ screenshotDataUrl, id: _id, auditName: _a, versions: _v, title: _t, ...page }) => ({
      ...page,
      // Exports carry the screenshot itself, so one file holds all the evidence.
      screenshot: screenshotDataUrl,
    })),
  };
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Record({ record, lang, onDelete }: { record: EvidenceRecord; lang: Language; onDelete(): void }) {
  return (
    <article class="record card" data-record={record.id}>
      <div class="row">
        <h2>{record.title || record.url}</h2>
        <span class="spacer" />
        <button type="button" class="no-print" onClick={onDelete} aria-label={t(lang, 'auditDeleteOne', record.url)}>
          {t(lang, 'auditDelete')}
        </button>
      </div>
      <p class="small">
        <code>{record.url}</code>
        <br />
        {t(lang, 'auditRecordedAt', new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(record.visitedAt)))} ·{' '}
        {t(lang, 'auditVersions', record.versions.extension, record.versions.rules)} · <span class="muted">{record.versions.browser}</span>
      </p>
      {record.detections.length === 0 ? (
        <p>{t(lang, 'popupNothing')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t(lang, 'auditChat')}</th>
              <th>{t(lang, 'auditKind')}</th>
              <th>{t(lang, 'auditDisclosed')}</th>
              <th>{t(lang, 'auditEvidence')}</th>
            </tr>
          </thead>
          <tbody>
            {record.detections.map((d) => (
              <tr key={d.rule}>
                <td>
                  {d.name} <code>{d.rule}</code>
                  <br />
                  <span class="small muted">{d.confidence}%</span>
                  {d.context && (
                    <div class="small" data-testid="record-context">
                      {t(lang, d.context === 'mental-health' ? 'popupContextMh' : 'popupContextGeneral')}
                    </div>
                  )}
                  {(d.claims ?? []).map((c, i) => (
                    <div key={i} class="small notice" data-testid="record-claim">
                      {t(lang, 'popupClaim', c.text, c.where)}
                    </div>
                  ))}
                  {d.hiddenByPage && (
                    <p class="notice small" data-testid="record-hidden-by-page">
                      {t(lang, 'auditHiddenByPage')}
                    </p>
                  )}
                </td>
                <td>{kindLabel(d.kind, lang)}</td>
                <td>
                  {d.disclosed}
                  {d.disclosure && (
                    <div class="small" data-reason={d.disclosure.reasonCode}>
                      {disclosureReasonText({ verdict: d.disclosure.verdict, reason: d.disclosure.reasonCode, read: d.disclosure.read }, lang)}
                      {d.disclosure.verdict !== 'yes' &&
                        d.disclosure.read.map((r, i) => (
                          <div key={`r${i}`} class="muted">
                            {disclosureReadText(r, lang)}
                          </div>
                        ))}
                    </div>
                  )}
                  {record.disclosure
                    .filter((f) => f.rule === d.rule)
                    .map((f, i) => (
                      <div key={i} class="small">
                        “{f.text}” <span class="muted">({f.where})</span>
                      </div>
                    ))}
                </td>
                <td>
                  <ul class="small">
                    {d.evidence.map((e, i) => (
                      <li key={i}>
                        {evidenceText(e, lang)} <code>{e.value}</code>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {record.checklist.length > 0 && (
        <details open>
          <summary>{t(lang, 'auditChecklist')}</summary>
          <table>
            <thead>
              <tr>
                <th>{t(lang, 'auditLaw')}</th>
                <th>{t(lang, 'auditStatus')}</th>
                <th>{t(lang, 'auditLookedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {record.checklist.map((c, i) => (
                <tr key={i}>
                  <td>
                    {c.law}
                    <br />
                    <span class="small muted">{c.citation}</span>
                    <br />
                    {c.sources.map((s) => (
                      <a key={s} class="small" href={s} target="_blank" rel="noopener noreferrer">
                        {new URL(s).hostname}{' '}
                      </a>
                    ))}
                  </td>
                  <td class={`status-${c.status}`}>{t(lang, STATUS_KEYS[c.status])}</td>
                  <td class="small">
                    {c.requirement}
                    <br />
                    <span class="muted">{c.lookedAt}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {record.screenshotDataUrl ? (
        <img src={record.screenshotDataUrl} alt={t(lang, 'auditScreenshotOf', record.url)} />
      ) : (
        <p class="small muted">{record.screenshotError}</p>
      )}
    </article>
  );
}

export function AuditPage() {
  const { settings } = useSettings();
  const lang = languageOf(settings);
  useDocumentLanguage(lang, t(lang, 'auditTitle'));
  const [audit, setAudit] = useState<AuditSession | null>(null);
  const [records, setRecords] = useState<EvidenceRecord[] | null>(null);
  const [name, setName] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);

  const refresh = async () => {
    const state = await call('audit/state', {});
    setAudit(state.audit);
    setRecords(state.records);
  };
  useEffect(() => {
    void refresh();
  }, []);
  if (!records) return <main class="audit" aria-busy="true" />;

  const report = () => recordsToReport(records, audit, navigator.userAgent);
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <main class="audit">
      <header>
        <h1>{t(lang, 'auditTitle')}</h1>
        <p class="muted">{t(lang, 'auditIntro')}</p>
        <p class="notice small">{NOT_LEGAL_ADVICE}</p>
      </header>

      <section class="no-print" aria-labelledby="session">
        <h2 id="session">{t(lang, 'auditSession')}</h2>
        {audit ? (
          <div class="row">
            <span data-testid="audit-running">{t(lang, 'auditRunning', audit.name, new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(audit.startedAt)))}</span>
            <button type="button" onClick={() => void call('audit/stop', {}).then(refresh)}>
              {t(lang, 'auditStop')}
            </button>
          </div>
        ) : (
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void call('audit/start', { name: name.trim() }).then(refresh);
            }}
          >
            <label>
              {t(lang, 'auditName')}{' '}
              <input type="text" name="audit-name" value={name} maxLength={200} required onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit" class="primary">
              {t(lang, 'auditStart')}
            </button>
          </form>
        )}
        <p class="small muted">{t(lang, 'auditHowTo')}</p>
      </section>

      <section aria-labelledby="records">
        <div class="row">
          <h2 id="records">{t(lang, 'auditRecords', String(records.length))}</h2>
          <span class="spacer" />
          <div class="row no-print">
            <button type="button" disabled={!records.length} onClick={() => download(`candor-audit-${stamp}.json`, 'application/json', `${JSON.stringify(report(), null, 2)}\n`)}>
              JSON
            </button>
            <button type="button" disabled={!records.length} onClick={() => download(`candor-audit-${stamp}.csv`, 'text/csv', toCsv(report()))}>
              CSV
            </button>
            <button type="button" disabled={!records.length} onClick={() => download(`candor-audit-${stamp}.html`, 'text/html', toHtml(report()))}>
              HTML
            </button>
            <button type="button" disabled={!records.length} onClick={() => window.print()}>
              {t(lang, 'auditPrint')}
            </button>
            {confirmAll ? (
              <>
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    setConfirmAll(false);
                    void call('audit/delete', { id: 'all' }).then(refresh);
                  }}
                >
                  {t(lang, 'auditDeleteAllYes')}
                </button>
                <button type="button" onClick={() => setConfirmAll(false)}>
                  {t(lang, 'resetNo')}
                </button>
              </>
            ) : (
              <button type="button" class="danger" disabled={!records.length} onClick={() => setConfirmAll(true)}>
                {t(lang, 'auditDeleteAll')}
              </button>
            )}
          </div>
        </div>
        {records.length === 0 ? (
          <p class="muted">{t(lang, 'auditNoRecords')}</p>
        ) : (
          <div class="records">
            {records.map((r) => (
              <Record key={r.id} record={r} lang={lang} onDelete={() => void call('audit/delete', { id: r.id }).then(refresh)} />
            ))}
          </div>
        )}
      </section>
    </main>
  );
}
