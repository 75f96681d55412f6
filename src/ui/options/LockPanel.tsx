/** Setting, using and removing the settings PIN. */
import { useState } from 'preact/hooks';
import { t, type Language } from '../../i18n';
import type { LockStatus } from '../../messaging/protocol';
import { call } from '../shared/client';

export function LockPanel({ lang, lock }: { lang: Language; lock: LockStatus }) {
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [covers, setCovers] = useState(true);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [changing, setChanging] = useState(false);
  const done = (result: { ok: boolean; error?: string }, okText: string) => {
    setMessage(result.ok ? { ok: true, text: okText } : { ok: false, text: result.error ?? '' });
    // A wrong PIN is cleared too, so the next try starts from an empty field.
    setPin('');
    setConfirm('');
    if (result.ok) setChanging(false);
  };

  let body;
  if (lock.set && lock.locked) {
    body = (
      // Keys keep Preact from reusing one branch's inputs in another (it would carry over
      // attributes such as maxlength in a broken state).
      <form key="unlock"
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void call('lock/unlock', { pin }).then((r) => done(r, t(lang, 'lockUnlocked')));
        }}
      >
        <label>
          {t(lang, 'lockEnterPin')}{' '}
          <input type="password" name="unlock-pin" autocomplete="off" maxLength={128} value={pin} onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary">
          {t(lang, 'lockUnlock')}
        </button>
      </form>
    );
  } else if (lock.set && !changing) {
    body = (
      <div class="row" key="open">
        <span>{t(lang, 'lockIsOpen')}</span>
        <button type="button" onClick={() => void call('lock/relock', {}).then(() => setMessage(null))}>
          {t(lang, 'lockNow')}
        </button>
        <button type="button" onClick={() => setChanging(true)}>
          {t(lang, 'lockChange')}
        </button>
        <button type="button" class="danger" onClick={() => void call('lock/remove', {}).then((r) => done(r, t(lang, 'lockRemoved')))}>
          {t(lang, 'lockRemove')}
        </button>
      </div>
    );
  } else {
    body = (
      <form key="set"
        class="lock-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (pin !== confirm) {
            setMessage({ ok: false, text: t(lang, 'lockMismatch') });
            return;
          }
          void call('lock/set', { pin, coversSiteDismiss: covers }).then((r) => done(r, t(lang, 'lockSet')));
        }}
      >
        <label>
          {t(lang, 'lockNewPin')}{' '}
          <input type="password" name="new-pin" autocomplete="new-password" minLength={4} maxLength={128} value={pin} onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t(lang, 'lockConfirmPin')}{' '}
          <input type="password" name="confirm-pin" autocomplete="new-password" maxLength={128} value={confirm} onInput={(e) => setConfirm((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="switch">
          <input type="checkbox" name="lock-covers-dismiss" checked={covers} onChange={(e) => setCovers((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t(lang, 'lockCoversDismiss')}</span>
        </label>
        <div class="row">
          <button type="submit" class="primary">
            {t(lang, 'lockSetButton')}
          </button>
          {changing && (
            <button type="button" onClick={() => setChanging(false)}>
              {t(lang, 'resetNo')}
            </button>
          )}
        </div>
      </form>
    );
  }

  return (
    <fieldset class="lock">
      <legend>{t(lang, 'lockTitle')}</legend>
      <p class="small muted">{t(lang, 'lockHelp')}</p>
      {body}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'notice'} data-testid="lock-message">
          {message.text}
        </p>
      )}
      <p class="small muted">{t(lang, 'lockForgot')}</p>
    </fieldset>
  );
}
