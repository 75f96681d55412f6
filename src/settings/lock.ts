/**
 * The settings lock: a PIN or passphrase, kept only as a salted PBKDF2-SHA-256 hash (WebCrypto),
 * never in plain text. Wrong attempts slow down. There is no recovery: a lock anyone could reset
 * would not protect anything, so forgetting it means removing and reinstalling Candor, which
 * resets its settings (the options page says so). Pure apart from WebCrypto.
 */

export interface LockRecord {
  v: 1;
  /** base64 */
  salt: string;
  /** base64 of the derived 256-bit key */
  hash: string;
  iterations: number;
  /** the lock also hides "Hide on this site" from banners */
  coversSiteDismiss: boolean;
}

export interface Attempts {
  failures: number;
  lastFailureAt: number;
}

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PIN_LENGTH = 4;
export const MAX_PIN_LENGTH = 128;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function pinProblem(pin: string): string | null {
  if (pin.length < MIN_PIN_LENGTH) return `Use at least ${MIN_PIN_LENGTH} characters.`;
  if (pin.length > MAX_PIN_LENGTH) return `Use at most ${MAX_PIN_LENGTH} characters.`;
  return null;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function createLock(pin: string, coversSiteDismiss: boolean, iterations = PBKDF2_ITERATIONS): Promise<LockRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { v: 1, salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations, coversSiteDismiss };
}

export async function verifyPin(pin: string, lock: LockRecord): Promise<boolean> {
  const actual = await derive(pin, fromBase64(lock.salt), lock.iterations);
  const expected = fromBase64(lock.hash);
  // Compare every byte, so the time taken says nothing about where they differ.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= actual[i]! ^ expected[i]!;
  return diff === 0;
}

/** The first three tries are free; after that each wrong one doubles the wait, up to 5 minutes. */
export function retryDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5 * 60_000, 1000 * 2 ** (failures - 3));
}

/** How long until the next try is allowed (0 = now). */
export function waitBeforeNextTry(attempts: Attempts | undefined, now: number): number {
  if (!attempts) return 0;
  return Math.max(0, attempts.lastFailureAt + retryDelayMs(attempts.failures) - now);
}

export function isLockRecord(value: unknown): value is LockRecord {
  const v = value as Partial<LockRecord> | null;
  return (
    !!v &&
    v.v === 1 &&
    typeof v.salt === 'string' &&
    typeof v.hash === 'string' &&
    typeof v.iterations === 'number' &&
    v.iterations >= 100_000 &&
    typeof v.coversSiteDismiss === 'boolean'
  );
}
