/** Preview, copy or download a local report about a wrong or missed detection. */
import { useState } from 'preact/hooks';
import meta from 'candor:generated/meta.json';
import { t, type Language } from '../../i18n';
import type { TabState } from '../../messaging/protocol';
import { buildReport } from './report';

export function ReportPanel({ state, lang, onClose }: { state: TabState; lang: Language; onClose(): void }) {
  const [problem, setProblem] = useState<'wrong' | 'missed' | 'other'>(state.detections.length ? 'wrong' : 'missed');
  const [note, setNote] = useState('');
  const [fullUrl, setFullUrl] = useState(false);
  const [copied, setCopied] = useState(false);
  const report = buildReport(state, {
    problem,
    note,
    fullUrl,
    versions: { extension: meta.extensionVersion, rules: meta.rulesVersion, browser: navigator.userAgent },
    now: new Date(),
  });
  const text = JSON.stringify(report, null, 2);
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `candor-report-${report.createdAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <fieldset class="report">
      <legend>{t(lang, 'reportTitle')}</legend>
      <p class="small muted">{t(lang, 'reportIntro')}</p>
      <label class="row small">
        {t(lang, 'reportProblem')}
        <select value={problem} onChange={(e) => setProblem((e.currentTarget as HTMLSelectElement).value as typeof problem)}>
          <option value="wrong">{t(lang, 'reportWrong')}</option>
          <option value="missed">{t(lang, 'reportMissed')}</option>
          <option value="other">{t(lang, 'reportOther')}</option>
        </select>
      </label>
      <label class="small">
        {t(lang, 'reportNote')}
        <textarea rows={2} maxLength={2000} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} style="width:100%" />
      </label>
      <label class="switch small">
        <input type="checkbox" checked={fullUrl} onChange={(e) => setFullUrl((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t(lang, 'reportFullUrl')}</span>
      </label>
      <pre aria-label={t(lang, 'reportPreview')} tabIndex={0} data-testid="report-preview">
        {text}
      </pre>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t(lang, 'reportCopied') : t(lang, 'reportCopy')}
        </button>
        <button type="button" onClick={download}>
          {t(lang, 'reportDownload')}
        </button>
        <span class="spacer" />
        <button type="button" class="link" onClick={onClose}>
          {t(lang, 'close')}
        </button>
      </div>
      <p class="small muted">{t(lang, 'reportNothingSent')}</p>
    </fieldset>
  );
}
