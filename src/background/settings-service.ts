/**
 * The person's settings, the organisation's or family's policy on top, and the PIN lock.
 * Every change goes through here, so a lock or a policy holds wherever the change comes from.
 *
 * Policy first: nothing is decided until the browser's managed storage has been read at least
 * once. Chromium answers that first read only seconds after it starts (about 3 s on these
 * machines, policy or not), so the last answer is kept in storage.local and applied at once on
 * every later start, then refreshed when the browser answers again. Only the very first start of
 * a profile waits.
 */
import browser from '../platform/browser';
import { toStored } from '../settings/normalize';
import { applyPolicy } from '../settings/policy';
import { createLock, isLockRecord, pinProblem, verifyPin, waitBeforeNextTry, type Attempts, type LockRecord } from '../settings/lock';
import type { SettingKey, Settings } from '../settings/schema';
import { loadSettings, readPolicyCache, saveSettings, savePolicyCache } from '../settings/store';

const LOCK_KEY = 'lock';
const ATTEMPTS_KEY = 'lockAttempts';
const UNLOCKED_KEY = 'unlockedUntil';
/** An unlock lasts this long, then the lock closes by itself. */
export const UNLOCK_MS = 15 * 60_000;
/**
 * How long the first start of a profile waits for the browser's first policy answer before it
 * goes on without one (and says so). Chromium takes about 3 s; this is only a safety valve for
 * a browser that never answers.
 */
export const FIRST_POLICY_WAIT_MS = 30_000;

import type { ChangeResult, LockStatus } from '../messaging/protocol';

/**
 * The settings in force, the keys the policy decides and the policy's problems, all from one
 * moment: a policy that arrives later replaces the whole snapshot, never a part of it.
 */
export interface SettingsSnapshot {
  readonly settings: Settings;
  readonly managed: readonly SettingKey[];
  readonly problems: readonly string[];
}

export class SettingsService {
  private user: Settings | undefined;
  private loading: Promise<void> | undefined;
  private policy: Record<string, unknown> = {};
  private current: SettingsSnapshot | undefined;
  /** a problem reading the policy itself (as opposed to a bad value in it) */
  private policyReadProblem: string | null = null;
  private lastWritten = '';

  constructor(private readonly onChange: () => Promise<void>) {}

  private async load(): Promise<void> {
    // Ask the browser at once; the answer may take seconds.
    const answer = readPolicy();
    const [{ settings }, cached] = await Promise.all([loadSettings(), readPolicyCache()]);
    this.user = settings;
    if (cached) {
      // Read on an earlier start: in force now, refreshed when the browser answers.
      this.policy = cached.policy;
      this.recompute();
      void answer.then((policy) => this.policyAnswered(policy));
      return;
    }
    // The first start of this profile: nothing is shown, reminded or changed before the answer.
    const first = await Promise.race([answer, delay(FIRST_POLICY_WAIT_MS).then(() => undefined)]);
    if (first === undefined) {
      this.policyReadProblem = `policy: the browser did not say within ${FIRST_POLICY_WAIT_MS / 1000} s whether a policy is set; going on without one until it does`;
      this.recompute();
      void answer.then((policy) => this.policyAnswered(policy));
      return;
    }
    this.policy = first;
    this.recompute();
    await savePolicyCache(first).catch(() => undefined);
  }

  /** The browser's answer about policy: keep it for the next start; apply it if it changed. */
  private async policyAnswered(policy: Record<string, unknown>): Promise<void> {
    const changed = JSON.stringify(policy) !== JSON.stringify(this.policy) || this.policyReadProblem !== null;
    if (!changed) return;
    this.policy = policy;
    this.policyReadProblem = null;
    this.recompute();
    await savePolicyCache(policy).catch(() => undefined);
    await this.onChange();
  }

  private recompute(): void {
    const result = applyPolicy(this.user!, this.policy);
    this.current = Object.freeze({
      settings: result.settings,
      managed: Object.freeze([...result.managed]),
      problems: Object.freeze(this.policyReadProblem ? [this.policyReadProblem, ...result.problems] : result.problems),
    });
  }

  /** Resolves once settings and policy are known (see the top of this file). */
  async ready(): Promise<void> {
    if (this.current) return;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    await this.loading;
  }

  /** Settings in force, managed keys and policy problems, all from the same moment. */
  async snapshot(): Promise<SettingsSnapshot> {
    await this.ready();
    return this.current!;
  }

  /** The settings in force: the person's, with policy values on top. */
  async get(): Promise<Settings> {
    return (await this.snapshot()).settings;
  }

  /** Whether a storage change is the write we just made (already applied). */
  isOwnWrite(stored: unknown): boolean {
    return JSON.stringify(stored) === this.lastWritten;
  }

  /** The person's settings changed in storage outside this service: read them again. */
  async reloadSettings(): Promise<void> {
    await this.ready();
    this.user = (await loadSettings()).settings;
    this.recompute();
    await this.onChange();
  }

  /** The browser says the policy changed: read it again. */
  async reloadPolicy(): Promise<void> {
    await this.ready();
    await this.policyAnswered(await readPolicy());
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

/**
 * Policy from the browser: an object of setting values, empty when there is none (the normal
 * case; Firefox throws when no policy names Candor).
 */
async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const policy: unknown = await browser.storage.managed.get();
    return typeof policy === 'object' && policy !== null && !Array.isArray(policy) ? (policy as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
