/**
 * Access to web pages. Firefox lets a person withhold it at install or take it back later (and
 * Chromium lets them limit it); without it the sentinel cannot run and Candor sees nothing. The
 * welcome page and the popup say so, with one button that asks for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import browser from '../../platform/browser';

/** The host permissions in the manifest: every http and https page. */
export const WEB_ORIGINS = ['http://*/*', 'https://*/*'];

export interface HostAccess {
  /** null until known */
  granted: boolean | null;
  /** false after the person said no to the browser's question */
  refused: boolean;
  /** Asks the browser; call it straight from a click (browsers require a user gesture). */
  request(): Promise<void>;
}

export function useHostAccess(): HostAccess {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const check = () => {
      browser.permissions.contains({ origins: WEB_ORIGINS }).then(setGranted, () => setGranted(true));
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const request = async () => {
    // No await before this call: the click must still count as the person's.
    const asked = browser.permissions.request({ origins: WEB_ORIGINS });
    let ok = false;
    try {
      ok = await asked;
    } catch {
      ok = false;
    }
    setRefused(!ok);
    setGranted(ok || (await browser.permissions.contains({ origins: WEB_ORIGINS }).catch(() => false)));
  };
  return { granted, refused, request };
}

/**
 * Says that Candor cannot see pages and offers the one button that fixes it; after a grant on
 * this page, a thank-you; nothing at all when access was there from the start.
 */
export function HostAccessNotice({ lang, access }: { lang: Language; access: HostAccess }) {
  const [grantedHere, setGrantedHere] = useState(false);
  if (access.granted === null) return null;
  if (access.granted) {
    return grantedHere ? (
      <p class="ok" role="status" data-testid="access-granted">
        {t(lang, 'accessGranted')}
      </p>
    ) : null;
  }
  return (
    <div class="notice access" role="status" data-testid="access-needed">
      <p>{t(lang, 'accessNeeded')}</p>
      <button type="button" class="primary" data-testid="access-request" onClick={() => void access.request().then(() => setGrantedHere(true))}>
        {t(lang, 'accessButton')}
      </button>
      {access.refused && <p class="small">{t(lang, 'accessRefused')}</p>}
    </div>
  );
}
