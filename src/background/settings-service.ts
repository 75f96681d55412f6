/**
 * The person's settings, the organisation's or family's policy on top, and the PIN lock.
 * Every change goes through here, so a lock or a policy holds wherever the change comes from.
 */
import browser from '../platform/browser';
import { toStored } from '../settings/normalize';
import { applyPolicy } from '../settings/policy';
import { createLock, isLockRecord, pinProblem, verifyPin, waitBeforeNextTry, type Attempts, type LockRecord } from '../settings/lock';
import type { SettingKey, Settings } from '../settings/schema';
import { loadSettings, saveSettings } from '../settings/store';

const LOCK_KEY = 'lock';
const ATTEMPTS_KEY = 'lockAttempts';
const UNLOCKED_KEY = 'unlockedUntil';
/** An unlock lasts this long, then the lock closes by itself. */
export const UNLOCK_MS = 15 * 60_000;

import type { ChangeResult, LockStatus } from '../messaging/protocol';

export class SettingsService {
  private user: Settings | undefined;
  private loading: Promise<void> | undefined;
  private policy: unknown = {};
  private managedKeys: SettingKey[] = [];
  private policyProblems: string[] = [];
  private effective: Settings | undefined;
  private lastWritten = '';

  constructor(private readonly onChange: () => Promise<void>) {}

  private async load(): Promise<void> {
    // Chromium can take seconds to answer storage.managed at start-up. Don't make everything
    // wait: go on without a policy after a moment, and apply it as soon as it arrives.
    const policy = readPolicy();
    const [{ settings }, early] = await Promise.all([loadSettings(), Promise.race([policy, delay(400).then(() => undefined)])]);
    this.user = settings;
    this.policy = early ?? {};
    this.recompute();
    if (early === undefined) {
      void policy.then(async (late) => {
        if (JSON.stringify(late) === JSON.stringify(this.policy) || !this.user) return;
        this.policy = late;
        this.recompute();
        await this.onChange();
      });
    }
  }

  private recompute(): void {
    const result = applyPolicy(this.user!, this.policy);
    this.effective = result.settings;
    this.managedKeys = result.managed;
    this.policyProblems = result.problems;
  }

  async ready(): Promise<void> {
    if (this.effective) return;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    await this.loading;
  }

  /** The settings in force: the person's, with policy values on top. */
  async get(): Promise<Settings> {
    await this.ready();
    return this.effective!;
  }

  async managed(): Promise<SettingKey[]> {
    await this.ready();
    return [...this.managedKeys];
  }

  async problems(): Promise<string[]> {
    await this.ready();
    return [...this.policyProblems];
  }

  /** Whether a storage change is the write we just made (already applied). */
  isOwnWrite(stored: unknown): boolean {
    return JSON.stringify(stored) === this.lastWritten;
  }

  /** Storage or policy changed outside this service: read again. */
  async reload(): Promise<void> {
    this.effective = undefined;
    await this.ready();
    await this.onChange();
  }

  /**
   * Changes the person's settings. Refused while the lock is closed. (Settings a policy decides
   * keep the person's own value underneath; the policy's value stays in force on top.)
   */
  async change(update: (current: Settings) => Settings, options: { bypassLock?: boolean } = {}): Promise<ChangeResult> {
    await this.ready();
    if (!options.bypassLock && (await this.lockStatus()).locked) {
      return { ok: false, error: 'Settings are locked. Unlock them with the PIN on the options page.' };
    }
    const next = update(this.user!);
    this.user = next;
    this.lastWritten = JSON.stringify(toStored(next));
    this.recompute();
    await saveSettings(next);
    await this.onChange();
    return { ok: true };
  }

  // ---- lock ----

  private async lockRecord(): Promise<LockRecord | null> {
    const value = (await browser.storage.local.get(LOCK_KEY))[LOCK_KEY];
    return isLockRecord(value) ? value : null;
  }

  async lockStatus(): Promise<LockStatus> {
    const lock = await this.lockRecord();
    if (!lock) return { set: false, locked: false, coversSiteDismiss: false, retryAfterMs: 0 };
    const until = (await browser.storage.session.get(UNLOCKED_KEY))[UNLOCKED_KEY];
    const attempts = (await browser.storage.local.get(ATTEMPTS_KEY))[ATTEMPTS_KEY] as Attempts | undefined;
    return {
      set: true,
      locked: !(typeof until === 'number' && until > Date.now()),
      coversSiteDismiss: lock.coversSiteDismiss,
      retryAfterMs: waitBeforeNextTry(attempts, Date.now()),
    };
  }

  async setLock(pin: string, coversSiteDismiss: boolean): Promise<ChangeResult> {
    const status = await this.lockStatus();
    if (status.locked) return { ok: false, error: 'Unlock first to change the PIN.' };
    const problem = pinProblem(pin);
    if (problem) return { ok: false, error: problem };
    await browser.storage.local.set({ [LOCK_KEY]: await createLock(pin, coversSiteDismiss) });
    await browser.storage.local.remove(ATTEMPTS_KEY);
    // Setting a PIN closes the lock at once: that is what the parent expects to hand back.
    await browser.storage.session.remove(UNLOCKED_KEY);
    await this.onChange();
    return { ok: true };
  }

  async unlock(pin: string): Promise<ChangeResult & { retryAfterMs?: number }> {
    const lock = await this.lockRecord();
    if (!lock) return { ok: true };
    const attempts = (await browser.storage.local.get(ATTEMPTS_KEY))[ATTEMPTS_KEY] as Attempts | undefined;
    const wait = waitBeforeNextTry(attempts, Date.now());
    if (wait > 0) return { ok: false, error: `Too many tries. Try again in ${Math.ceil(wait / 1000)} seconds.`, retryAfterMs: wait };
    if (!(await verifyPin(pin, lock))) {
      const failures = (attempts?.failures ?? 0) + 1;
      await browser.storage.local.set({ [ATTEMPTS_KEY]: { failures, lastFailureAt: Date.now() } satisfies Attempts });
      return { ok: false, error: 'That PIN is not right.', retryAfterMs: waitBeforeNextTry({ failures, lastFailureAt: Date.now() }, Date.now()) };
    }
    await browser.storage.local.remove(ATTEMPTS_KEY);
    await browser.storage.session.set({ [UNLOCKED_KEY]: Date.now() + UNLOCK_MS });
    await this.onChange();
    return { ok: true };
  }

  async relock(): Promise<void> {
    await browser.storage.session.remove(UNLOCKED_KEY);
    await this.onChange();
  }

  async removeLock(): Promise<ChangeResult> {
    if ((await this.lockStatus()).locked) return { ok: false, error: 'Unlock first to remove the PIN.' };
    await browser.storage.local.remove([LOCK_KEY, ATTEMPTS_KEY]);
    await browser.storage.session.remove(UNLOCKED_KEY);
    await this.onChange();
    return { ok: true };
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Policy from the browser (none is the normal case; Firefox throws when there is none). */
async function readPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}
