/** The options page: every setting, explained. */
import { useState } from 'preact/hooks';
import meta from 'candor:generated/meta.json';
import rules from 'candor:generated/rules.json';
import { CATEGORIES, KINDS, type Category, type RuleFacts } from '../../detection/rule';
import { REGION_CODES } from '../../help/regions';
import { helpFor, resolveRegion } from '../../help/select';
import { t, type Language, type MessageKey } from '../../i18n';
import { kindLabel } from '../../i18n/describe';
import { MAX_IMPORT_BYTES, parseImport, toExport } from '../../settings/normalize';
import { BANNER_STYLES, DEFAULT_SETTINGS, LANGUAGES, type Settings } from '../../settings/schema';
import { HelpList } from '../shared/HelpList';
import { languageOf, useDocumentLanguage, useSettings } from '../shared/hooks';

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  'support-widget': 'categorySupportWidget',
  'ai-companion': 'categoryAiCompanion',
  'mental-health': 'categoryMentalHealth',
  'general-assistant': 'categoryGeneralAssistant',
};
const STYLE_KEYS: Record<Settings['bannerStyle'], [MessageKey, MessageKey]> = {
  full: ['styleFull', 'styleFullHelp'],
  compact: ['styleCompact', 'styleCompactHelp'],
  badge: ['styleBadge', 'styleBadgeHelp'],
};

function regionName(code: string, lang: Language): string {
  if (code === 'INTL') return t(lang, 'regionInternational');
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Switch(props: { checked: boolean; label: string; help?: string; onChange(value: boolean): void; name?: string }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {props.label}
        {props.help && <span class="help small muted">{props.help}</span>}
      </span>
    </label>
  );
}

function Sites({ settings, lang, update }: { settings: Settings; lang: Language; update(p: Partial<Settings>): void }) {
  const entries = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  const now = Date.now();
  const remove = (site: string) => {
    const sites = { ...settings.sites };
    delete sites[site];
    update({ sites });
  };
  if (entries.length === 0) return <p class="muted">{t(lang, 'sitesNone')}</p>;
  return (
    <ul class="plain sites">
      {entries.map(([site, choice]) => (
        <li key={site} class="row card" data-site={site}>
          <strong>{site}</strong>
          <span class="small muted">
            {choice.pausedUntil === null
              ? t(lang, 'sitesPausedAlways')
              : typeof choice.pausedUntil === 'number'
                ? choice.pausedUntil > now
                  ? t(lang, 'sitesPausedUntil', new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(choice.pausedUntil))
                  : t(lang, 'sitesPauseEnded')
                : ''}
            {choice.hiddenRules?.length ? ` ${t(lang, 'sitesHidden', choice.hiddenRules.map((id) => rules.find((r) => r.id === id)?.name ?? id).join(', '))}` : ''}
          </span>
          <span class="spacer" />
          <button type="button" onClick={() => remove(site)} aria-label={t(lang, 'sitesForgetLabel', site)}>
            {t(lang, 'sitesForget')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Rules({ settings, lang, update }: { settings: Settings; lang: Language; update(p: Partial<Settings>): void }) {
  const toggle = (rule: RuleFacts, on: boolean) => {
    const disabled = new Set(settings.disabledRules);
    if (on) disabled.delete(rule.id);
    else disabled.add(rule.id);
    update({ disabledRules: [...disabled].sort() });
  };
  return (
    <div class="rules">
      {CATEGORIES.map((category) => {
        const list = rules.filter((r) => r.category === category).sort((a, b) => a.name.localeCompare(b.name));
        if (list.length === 0) return null;
        return (
          <fieldset key={category}>
            <legend>{t(lang, CATEGORY_KEYS[category])}</legend>
            <ul class="plain rule-list">
              {list.map((rule) => (
                <li key={rule.id} class="row">
                  <label class="switch">
                    <input type="checkbox" name={`rule-${rule.id}`} checked={!settings.disabledRules.includes(rule.id)} onChange={(e) => toggle(rule, (e.currentTarget as HTMLInputElement).checked)} />
                    <span>{rule.name}</span>
                  </label>
                  <span class={`pill kind-${rule.kind}`}>{kindLabel(rule.kind, lang)}</span>
                  <span class="spacer" />
                  <a class="small" href={rule.website} target="_blank" rel="noopener noreferrer">
                    {rule.website.replace(/^https:\/\/(www\.)?/, '')}
                  </a>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}

function Backup({ settings, lang, update }: { settings: Settings; lang: Language; update(p: Partial<Settings>): Promise<string | null> }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const exportSettings = () => {
    const url = URL.createObjectURL(new Blob([toExport(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'candor-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ ok: false, text: t(lang, 'importTooLarge', String(Math.round(file.size / 1024))) });
      return;
    }
    const result = parseImport(await file.text());
    if (!result.ok) {
      setMessage({ ok: false, text: `${t(lang, 'importFailed')} ${result.error}` });
      return;
    }
    const error = await update(result.settings);
    setMessage(error ? { ok: false, text: `${t(lang, 'importFailed')} ${error}` } : { ok: true, text: t(lang, 'importDone') });
  };
  return (
    <div class="backup">
      <div class="row">
        <button type="button" onClick={exportSettings}>
          {t(lang, 'exportButton')}
        </button>
        <label class="file-button">
          <span>{t(lang, 'importButton')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void importFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        {confirming ? (
          <span class="row" role="group" aria-label={t(lang, 'resetConfirm')}>
            <span>{t(lang, 'resetConfirm')}</span>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                void update(structuredClone(DEFAULT_SETTINGS) as Settings).then(() => setMessage({ ok: true, text: t(lang, 'resetDone') }));
              }}
            >
              {t(lang, 'resetYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(lang, 'resetNo')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t(lang, 'resetButton')}
          </button>
        )}
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'notice'} data-testid="backup-message">
          {message.text}
        </p>
      )}
    </div>
  );
}

const PERMISSIONS: Array<[string, MessageKey]> = [
  ['http://*/*, https://*/*', 'permHosts'],
  ['scripting', 'permScripting'],
  ['storage', 'permStorage'],
  ['alarms', 'permAlarms'],
];

export function Options() {
  const { settings, notice, update } = useSettings();
  const lang = languageOf(settings);
  useDocumentLanguage(lang, t(lang, 'optionsTitle'));
  if (!settings) return <main aria-busy="true" />;
  const set = (patch: Partial<Settings>) => void update(patch);
  const region = resolveRegion(settings.region, Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.languages ?? []);

  return (
    <main class="options">
      <header class="row">
        <img src="/icons/icon-48.png" alt="" width="40" height="40" />
        <div>
          <h1>{t(lang, 'optionsTitle')}</h1>
          <p class="muted">{t(lang, 'optionsIntro')}</p>
        </div>
      </header>

      {notice.length > 0 && (
        <div class="notice" role="status">
          <strong>{t(lang, 'popupSettingsRepaired')}</strong>
          <ul>
            {notice.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="general">
        <h2 id="general">{t(lang, 'sectionGeneral')}</h2>
        <Switch name="enabled" checked={settings.enabled} label={t(lang, 'settingEnabled')} help={t(lang, 'settingEnabledHelp')} onChange={(enabled) => set({ enabled })} />
        <Switch name="showBadge" checked={settings.showBadge} label={t(lang, 'settingBadge')} help={t(lang, 'settingBadgeHelp')} onChange={(showBadge) => set({ showBadge })} />
        <fieldset>
          <legend>{t(lang, 'settingKinds')}</legend>
          <p class="small muted">{t(lang, 'settingKindsHelp')}</p>
          {KINDS.map((kind) => (
            <Switch
              key={kind}
              name={`kind-${kind}`}
              checked={settings.bannerKinds[kind]}
              label={t(lang, kind === 'ai' ? 'kindSettingAi' : kind === 'hybrid' ? 'kindSettingHybrid' : 'kindSettingHuman')}
              onChange={(on) => set({ bannerKinds: { ...settings.bannerKinds, [kind]: on } })}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'settingStyle')}</legend>
          {BANNER_STYLES.map((style) => (
            <label key={style} class="switch">
              <input type="radio" name="bannerStyle" value={style} checked={settings.bannerStyle === style} onChange={() => set({ bannerStyle: style })} />
              <span>
                {t(lang, STYLE_KEYS[style][0])}
                <span class="help small muted">{t(lang, STYLE_KEYS[style][1])}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="help-settings">
        <h2 id="help-settings">{t(lang, 'sectionHelp')}</h2>
        <div class="row">
          <label>
            {t(lang, 'settingRegion')}{' '}
            <select name="region" value={settings.region} onChange={(e) => set({ region: (e.currentTarget as HTMLSelectElement).value as Settings['region'] })}>
              <option value="auto">{t(lang, 'settingAuto', regionName(region, lang))}</option>
              {REGION_CODES.map((code) => (
                <option key={code} value={code}>
                  {regionName(code, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'settingLanguage')}{' '}
            <select name="language" value={settings.language} onChange={(e) => set({ language: (e.currentTarget as HTMLSelectElement).value as Settings['language'] })}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {code === 'auto' ? t(lang, 'settingAuto', lang === 'es' ? 'Español' : 'English') : code === 'en' ? 'English' : 'Español'}
                </option>
              ))}
            </select>
          </label>
        </div>
        <details>
          <summary>{t(lang, 'helpPreview', regionName(region, lang))}</summary>
          <HelpList help={helpFor(region)} lang={lang} initial={20} />
        </details>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">{t(lang, 'sectionSites')}</h2>
        <p class="small muted">{t(lang, 'sitesHelp')}</p>
        <Sites settings={settings} lang={lang} update={set} />
      </section>

      <section aria-labelledby="rules">
        <h2 id="rules">{t(lang, 'sectionRules')}</h2>
        <p class="small muted">{t(lang, 'rulesHelp')}</p>
        <Rules settings={settings} lang={lang} update={set} />
      </section>

      <section aria-labelledby="backup">
        <h2 id="backup">{t(lang, 'sectionBackup')}</h2>
        <p class="small muted">{t(lang, 'backupHelp')}</p>
        <Backup settings={settings} lang={lang} update={update} />
      </section>

      <section aria-labelledby="about">
        <h2 id="about">{t(lang, 'sectionAbout')}</h2>
        <p data-testid="versions">
          {t(lang, 'aboutVersions', meta.extensionVersion, meta.rulesVersion, String(meta.ruleCount))}
        </p>
        <h3>{t(lang, 'aboutPrivacyTitle')}</h3>
        <p>{t(lang, 'aboutPrivacy')}</p>
        <h3>{t(lang, 'aboutPermissionsTitle')}</h3>
        <dl class="permissions">
          {PERMISSIONS.map(([name, key]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{t(lang, key)}</dd>
            </div>
          ))}
        </dl>
        <p class="small muted">{t(lang, 'aboutNotAdvice')}</p>
      </section>
    </main>
  );
}
