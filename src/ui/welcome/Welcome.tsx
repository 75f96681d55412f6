/**
 * The first page a person sees after installing Candor (opened once, on install): what Candor
 * does and does not do, the privacy promise, and three ways in. Where the browser withheld
 * access to web pages, it says so first and offers the button that asks for it.
 */
import { t, type MessageKey } from '../../i18n';
import browser from '../../platform/browser';
import { HostAccessNotice, useHostAccess } from '../shared/host-access';
import { languageOf, useDocumentLanguage, useSettings } from '../shared/hooks';

const DOES: MessageKey[] = ['welcomeDoes1', 'welcomeDoes2', 'welcomeDoes3', 'welcomeDoes4'];
const DOES_NOT: MessageKey[] = ['welcomeDoesNot1', 'welcomeDoesNot2', 'welcomeDoesNot3'];

/** Closes this tab (the person is done here); a tab we did not open ourselves is left as is. */
async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id).catch(() => undefined);
}

export function Welcome() {
  const { settings } = useSettings();
  const lang = languageOf(settings);
  useDocumentLanguage(lang, t(lang, 'welcomeTitle'));
  const access = useHostAccess();

  return (
    <main class="options welcome">
      <header class="row">
        <img src="/icons/icon-48.png" alt="" width="40" height="40" />
        <div>
          <h1>{t(lang, 'welcomeTitle')}</h1>
          <p class="muted">{t(lang, 'welcomeIntro')}</p>
        </div>
      </header>

      <HostAccessNotice lang={lang} access={access} />

      <section aria-labelledby="does">
        <h2 id="does">{t(lang, 'welcomeDoesTitle')}</h2>
        <ul class="points">
          {DOES.map((key) => (
            <li key={key}>{t(lang, key)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="does-not">
        <h2 id="does-not">{t(lang, 'welcomeDoesNotTitle')}</h2>
        <ul class="points">
          {DOES_NOT.map((key) => (
            <li key={key}>{t(lang, key)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{t(lang, 'welcomePrivacyTitle')}</h2>
        <p>{t(lang, 'welcomePrivacy')}</p>
      </section>

      <section aria-labelledby="ways">
        <h2 id="ways">{t(lang, 'welcomeWaysTitle')}</h2>
        <div class="ways">
          <div class="card" data-way="browse">
            <h3>{t(lang, 'welcomeWayBrowseTitle')}</h3>
            <p class="small">{t(lang, 'welcomeWayBrowse')}</p>
            <button type="button" class="primary" onClick={() => void closeThisTab()}>
              {t(lang, 'welcomeWayBrowseButton')}
            </button>
          </div>
          <div class="card" data-way="teen">
            <h3>{t(lang, 'welcomeWayTeenTitle')}</h3>
            <p class="small">{t(lang, 'welcomeWayTeen')}</p>
            <a href="../options/index.html#family">{t(lang, 'welcomeWayTeenLink')}</a>
          </div>
          <div class="card" data-way="audit">
            <h3>{t(lang, 'welcomeWayAuditTitle')}</h3>
            <p class="small">{t(lang, 'welcomeWayAudit')}</p>
            <a href="../audit/index.html">{t(lang, 'welcomeWayAuditLink')}</a>
          </div>
        </div>
      </section>
    </main>
  );
}
