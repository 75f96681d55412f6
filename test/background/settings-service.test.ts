/**
 * Policy first: nothing is decided before the browser's managed storage has answered once; the
 * last answer is kept and applied at once on later starts; settings, managed keys and policy
 * problems always come from one moment.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A browser whose managed storage answers only when the test says so. */
const fake = vi.hoisted(() => {
  const state = {
    local: {} as Record<string, unknown>,
    session: {} as Record<string, unknown>,
    managedCalls: 0,
    pending: [] as Array<{ resolve(v: unknown): void; reject(e: unknown): void }>,
  };
  const area = (store: () => Record<string, unknown>) => ({
    async get(key?: string | string[] | null) {
      const all = store();
      if (key === null || key === undefined) return structuredClone(all);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, structuredClone(all[k])]));
    },
    async set(values: Record<string, unknown>) {
      Object.assign(store(), structuredClone(values));
    },
    async remove(key: string | string[]) {
      for (const k of Array.isArray(key) ? key : [key]) delete store()[k];
    },
  });
  const browser = {
    storage: {
      local: area(() => state.local),
      session: area(() => state.session),
      managed: {
        get: () => {
          state.managedCalls++;
          return new Promise((resolve, reject) => state.pending.push({ resolve, reject }));
        },
      },
    },
  };
  return { state, browser };
});
vi.mock('../../src/platform/browser', () => ({ default: fake.browser }));

import { FIRST_POLICY_WAIT_MS, SettingsService } from '../../src/background/settings-service';
import { POLICY_CACHE_KEY } from '../../src/settings/store';

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The browser answers every waiting storage.managed.get() with `policy`. */
function answer(policy: unknown): void {
  for (const p of fake.state.pending.splice(0)) p.resolve(policy);
}

function service() {
  const onChange = vi.fn(async () => undefined);
  return { service: new SettingsService(onChange), onChange };
}

beforeEach(() => {
  fake.state.local = {};
  fake.state.session = {};
  fake.state.managedCalls = 0;
  fake.state.pending = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the first start of a profile', () => {
  it('decides nothing until the browser has answered about policy, then applies and keeps the answer', async () => {
    vi.useFakeTimers();
    const { service: s } = service();
    let settled = false;
    const got = s.get().then((settings) => {
      settled = true;
      return settings;
    });
    // Chromium takes seconds to answer the first time.
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.state.managedCalls).toBe(1);
    expect(settled).toBe(false);
    answer({ enabled: false });
    const settings = await got;
    expect(settings.enabled).toBe(false);
    expect((await s.snapshot()).managed).toEqual(['enabled']);
    expect(fake.state.local[POLICY_CACHE_KEY]).toMatchObject({ policy: { enabled: false } });
  });

  it('takes a browser that throws (Firefox, when no policy names Candor) as "no policy"', async () => {
    const { service: s } = service();
    const got = s.get();
    await settle();
    for (const p of fake.state.pending.splice(0)) p.reject(new Error('Managed storage manifest not found'));
    expect((await got).enabled).toBe(true);
    expect((await s.snapshot()).managed).toEqual([]);
    expect(fake.state.local[POLICY_CACHE_KEY]).toMatchObject({ policy: {} });
  });

  it('goes on without a policy if the browser never answers, says so, and applies a late answer', async () => {
    vi.useFakeTimers();
    const { service: s, onChange } = service();
    const got = s.snapshot();
    await vi.advanceTimersByTimeAsync(FIRST_POLICY_WAIT_MS - 1000);
    expect(fake.state.pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    const snap = await got;
    expect(snap.settings.enabled).toBe(true);
    expect(snap.problems.join()).toMatch(/did not say/);
    answer({ teenMode: true });
    await vi.advanceTimersByTimeAsync(0);
    const later = await s.snapshot();
    expect(later.settings.teenMode).toBe(true);
    expect(later.problems).toEqual([]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('later starts', () => {
  it('apply the policy read before at once, then the browser answer when it comes', async () => {
    fake.state.local[POLICY_CACHE_KEY] = { policy: { enabled: false }, readAt: 1 };
    const { service: s, onChange } = service();
    // No answer from the browser yet: the kept policy is in force.
    expect((await s.get()).enabled).toBe(false);
    expect(fake.state.pending).toHaveLength(1);
    answer({ teenMode: true });
    await settle();
    await settle();
    const snap = await s.snapshot();
    expect(snap.settings).toMatchObject({ enabled: true, teenMode: true });
    expect(snap.managed).toEqual(['teenMode']);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(fake.state.local[POLICY_CACHE_KEY]).toMatchObject({ policy: { teenMode: true } });
  });

  it('change nothing when the browser confirms the policy kept', async () => {
    fake.state.local[POLICY_CACHE_KEY] = { policy: { enabled: false }, readAt: 1 };
    const { service: s, onChange } = service();
    await s.get();
    answer({ enabled: false });
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(fake.state.local[POLICY_CACHE_KEY]).toEqual({ policy: { enabled: false }, readAt: 1 });
  });

  it('treat a damaged cache as none and wait for the browser', async () => {
    fake.state.local[POLICY_CACHE_KEY] = { policy: 'enabled=false', readAt: 'yesterday' };
    const { service: s } = service();
    let settled = false;
    void s.get().then(() => (settled = true));
    await settle();
    await settle();
    expect(settled).toBe(false);
    answer({});
    await settle();
    expect(settled).toBe(true);
  });
});

describe('one snapshot', () => {
  it('never mixes settings from before a late policy with managed keys from after it', async () => {
    fake.state.local[POLICY_CACHE_KEY] = { policy: {}, readAt: 1 };
    const { service: s } = service();
    const before = await s.snapshot();
    answer({ teenMode: true, allowSiteDismiss: false });
    await settle();
    await settle();
    const after = await s.snapshot();
    // Each snapshot is whole and frozen: the first still says what it said.
    expect(before.managed).toEqual([]);
    expect(before.settings.teenMode).toBe(false);
    expect(after.managed).toEqual(['teenMode', 'allowSiteDismiss']);
    expect(after.settings).toMatchObject({ teenMode: true, allowSiteDismiss: false });
    expect(Object.isFrozen(before)).toBe(true);
  });

  it('a policy change the browser reports is read again and applied', async () => {
    const { service: s, onChange } = service();
    const first = s.get();
    await settle();
    answer({});
    await first;
    const reload = s.reloadPolicy();
    await settle();
    answer({ bannerStyle: 'compact' });
    await reload;
    expect((await s.get()).bannerStyle).toBe('compact');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
