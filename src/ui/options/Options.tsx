/** The options page: every setting, explained. */
import { useState } from 'preact/hooks';
import meta from 'candor:generated/meta.json';
import rules from 'candor:generated/rules.json';
import { CATEGORIES, KINDS, type Category, type RuleFacts } from '../../detection/rule';
import { REGION_CODES } from '../../help/regions';
import { helpFor, helpForTeens, resolveRegion } from '../../help/select';
import { LANGUAGE_NAMES, t, type Language, type MessageKey } from '../../i18n';
import { kindLabel } from '../../i18n/describe';
import { MAX_IMPORT_BYTES, parseImport, toExport } from '../../settings/normalize';
import {
  BANNER_STYLES,
  DEFAULT_REMINDER_MINUTES,
  DEFAULT_SETTINGS,
  LANGUAGES,
  TEEN_REMINDER_MINUTES,
  reminderMinutes,
  type SettingKey,
  type Settings,
} from '../../settings/schema';
import { LockPanel } from './LockPanel';
import { HelpList } from '../shared/HelpList';
import { languageOf, useDocumentLanguage, useSettings } from '../shared/hooks';

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  'support-widget': 'categorySupportWidget',
  'ai-companion': 'categoryAiCompanion',
  'mental-health': 'categoryMentalHealth',
  'general-assistant': 'categoryGeneralAssistant',
};
const STYLE_KEYS: Record<Settings['bannerStyle'], [MessageKey, MessageKey]> = {
  auto: ['styleAuto', 'styleAutoHelp'],
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

/** The regions by name in the page's language, the international directory last. */
function sortedRegions(lang: Language): Array<[string, string]> {
  const named = REGION_CODES.filter((code) => code !== 'INTL').map((code): [string, string] => [code, regionName(code, lang)]);
  named.sort(([, a], [, b]) => a.localeCompare(b, lang));
  return [...named, ['INTL', regionName('INTL', lang)]];
}

function Switch(props: {
  checked: boolean;
  label: string;
  help?: string;
  onChange(value: boolean): void;
  name?: string;
  disabled?: boolean;
  managedNote?: string | null;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {props.label}
        {props.help && <span class="help small muted">{props.help}</span>}
        {props.managedNote && <span class="help small managed">{props.managedNote}</span>}
      </span>
    </label>
  );
}

/** Why a control is read-only, if it is. */
function ManagedNote({ text }: { text: string | null }) {
  return text ? <p class="small managed">{text}</p> : null;
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

function Backup({
  settings,
  lang,
  update,
  managed,
}: {
  settings: Settings;
  lang: Language;
  update(p: Partial<Settings>): Promise<string | null>;
  managed: SettingKey[];
}) {
  /** Settings a policy decides are left out of imports and resets: they are not ours to change. */
  const withoutManaged = (all: Settings): Partial<Settings> =>
    Object.fromEntries(Object.entries(all).filter(([key]) => !managed.includes(key as SettingKey))) as Partial<Settings>;
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
    const error = await update(withoutManaged(result.settings));
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
                void update(withoutManaged(structuredClone(DEFAULT_SETTINGS) as Settings)).then(() => setMessage({ ok: true, text: t(lang, 'resetDone') }));
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
  ['activeTab', 'permActiveTab'],
];

export function Options() {
  const state = useSettings();
  const { settings, notice, update, editable, managed, lock } = state;
  const lang = languageOf(settings);
  useDocumentLanguage(lang, t(lang, 'optionsTitle'));
  const [error, setError] = useState<string | null>(null);
  if (!settings) return <main aria-busy="true" />;
  const set = (patch: Partial<Settings>) => void update(patch).then(setError);
  const note = (key: SettingKey) => (managed.includes(key) ? t(lang, 'managedNote') : null);
  const region = resolveRegion(settings.region, Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.languages ?? []);
  /** what "Automatic" means here: the language the browser's preferences give */
  const autoLanguage = languageOf({ ...settings, language: 'auto' });

  return (
    <main class="options">
      <header class="row">
        <img src="/icons/icon-48.png" alt="" width="40" height="40" />
        <div>
          <h1>{t(lang, 'optionsTitle')}</h1>
          <p class="muted">{t(lang, 'optionsIntro')}</p>
        </div>
      </header>

      {lock.locked && (
        <p class="notice" role="status" data-testid="locked-banner">
          {t(lang, 'lockedNotice')}
        </p>
      )}
      {error && (
        <p class="notice" role="alert">
          {error}
        </p>
      )}
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
        <Switch
          name="enabled"
          checked={settings.enabled}
          label={t(lang, 'settingEnabled')}
          help={t(lang, 'settingEnabledHelp')}
          disabled={!editable('enabled')}
          managedNote={note('enabled')}
          onChange={(enabled) => set({ enabled })}
        />
        <Switch
          name="showBadge"
          checked={settings.showBadge}
          label={t(lang, 'settingBadge')}
          help={t(lang, 'settingBadgeHelp')}
          disabled={!editable('showBadge')}
          managedNote={note('showBadge')}
          onChange={(showBadge) => set({ showBadge })}
        />
        <fieldset disabled={!editable('bannerKinds')}>
          <legend>{t(lang, 'settingKinds')}</legend>
          <p class="small muted">{t(lang, 'settingKindsHelp')}</p>
          <ManagedNote text={note('bannerKinds')} />
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
        <fieldset disabled={!editable('bannerStyle')}>
          <legend>{t(lang, 'settingStyle')}</legend>
          <ManagedNote text={note('bannerStyle')} />
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
            <select name="region" disabled={!editable('region')} value={settings.region} onChange={(e) => set({ region: (e.currentTarget as HTMLSelectElement).value as Settings['region'] })}>
              <option value="auto">{t(lang, 'settingAuto', regionName(region, lang))}</option>
              {sortedRegions(lang).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'settingLanguage')}{' '}
            <select name="language" disabled={!editable('language')} value={settings.language} onChange={(e) => set({ language: (e.currentTarget as HTMLSelectElement).value as Settings['language'] })}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {code === 'auto' ? t(lang, 'settingAuto', LANGUAGE_NAMES[autoLanguage]) : LANGUAGE_NAMES[code]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ManagedNote text={note('region') ?? note('language')} />
        <details>
          <summary>{t(lang, 'helpPreview', regionName(region, lang))}</summary>
          <HelpList help={settings.teenMode ? helpForTeens(region) : helpFor(region)} lang={lang} initial={30} />
        </details>
      </section>

      <section aria-labelledby="family">
        <h2 id="family">{t(lang, 'sectionFamily')}</h2>
        <p class="small muted">{t(lang, 'familyHelp')}</p>
        <Switch
          name="teenMode"
          checked={settings.teenMode}
          label={t(lang, 'settingTeenMode')}
          help={t(lang, 'settingTeenModeHelp')}
          disabled={!editable('teenMode')}
          managedNote={note('teenMode')}
          onChange={(teenMode) => set({ teenMode })}
        />
        <Switch
          name="breakReminders"
          checked={settings.breakReminders}
          label={t(lang, 'settingReminders')}
          help={t(lang, 'settingRemindersHelp', String(reminderMinutes({ ...settings, breakReminders: true })))}
          disabled={!editable('breakReminders')}
          managedNote={note('breakReminders')}
          onChange={(breakReminders) => set({ breakReminders })}
        />
        <label class="indent">
          {t(lang, 'settingReminderMinutes')}{' '}
          <select
            name="reminderMinutes"
            disabled={!editable('reminderMinutes') || !settings.breakReminders}
            value={String(settings.reminderMinutes)}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              set({ reminderMinutes: value === 'auto' ? 'auto' : Number(value) });
            }}
          >
            <option value="auto">{t(lang, 'settingAuto', t(lang, 'minutesValue', String(settings.teenMode ? TEEN_REMINDER_MINUTES : DEFAULT_REMINDER_MINUTES)))}</option>
            {[...new Set([15, 30, 45, 60, 90, 120, 180, 240, ...(typeof settings.reminderMinutes === 'number' ? [settings.reminderMinutes] : [])])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={String(m)}>
                  {t(lang, 'minutesValue', String(m))}
                </option>
              ))}
          </select>
        </label>
        <Switch
          name="crisisSupport"
          checked={settings.crisisSupport}
          label={t(lang, 'settingCrisis')}
          help={t(lang, 'settingCrisisHelp')}
          disabled={!editable('crisisSupport')}
          managedNote={note('crisisSupport')}
          onChange={(crisisSupport) => set({ crisisSupport })}
        />
        <Switch
          name="allowSiteDismiss"
          checked={settings.allowSiteDismiss}
          label={t(lang, 'settingAllowSiteDismiss')}
          help={t(lang, 'settingAllowSiteDismissHelp')}
          disabled={!editable('allowSiteDismiss')}
          managedNote={note('allowSiteDismiss')}
          onChange={(allowSiteDismiss) => set({ allowSiteDismiss })}
        />
        <LockPanel lang={lang} lock={lock} />
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">{t(lang, 'sectionSites')}</h2>
        <p class="small muted">{t(lang, 'sitesHelp')}</p>
        <fieldset class="plain-fieldset" disabled={lock.locked}>
          <Sites settings={settings} lang={lang} update={set} />
        </fieldset>
      </section>

      <section aria-labelledby="rules">
        <h2 id="rules">{t(lang, 'sectionRules')}</h2>
        <p class="small muted">{t(lang, 'rulesHelp')}</p>
        <ManagedNote text={note('disabledRules')} />
        <fieldset class="plain-fieldset" disabled={!editable('disabledRules')}>
          <Rules settings={settings} lang={lang} update={set} />
        </fieldset>
      </section>

      <section aria-labelledby="backup">
        <h2 id="backup">{t(lang, 'sectionBackup')}</h2>
        <p class="small muted">{t(lang, 'backupHelp')}</p>
        <fieldset class="plain-fieldset" disabled={lock.locked}>
          <Backup settings={settings} lang={lang} update={update} managed={managed} />
        </fieldset>
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
