/**
 * Real browser policy files for the end-to-end tests. These are machine-wide: only tests run
 * under the e2e lock (flock /tmp/candor-e2e.lock) may write them, and every file written here is
 * removed again in a `finally`, whatever the test does.
 *
 *  - Chromium reads /etc/chromium/policies/managed/*.json; "3rdparty.extensions.<id>" becomes
 *    that extension's storage.managed. The test runs a copy of the build, whose unpacked
 *    extension id (from its folder) is its own, so the policy touches nothing else.
 *  - Debian's firefox-esr reads /etc/firefox/policies/policies.json (tried: see README, "Policy");
 *    "3rdparty.Extensions.<gecko id>" becomes storage.managed.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DIST, GECKO_ID, type BrowserName } from './browsers';
import type { SessionOptions } from './session';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';
/** Writing /etc needs root (the project's test machines run as root). */
export const CAN_WRITE_POLICIES = process.getuid?.() === 0;

/** Chromium's id for an unpacked extension: the SHA-256 of its path, as letters a–p. */
export function chromiumExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export interface PolicyHandle {
  /** launch options for the build the policy is written for */
  readonly options: SessionOptions;
  /** writes (or rewrites) the policy: Candor's values, as an administrator would */
  write(values: Record<string, unknown>): void;
  /** takes the policy away, as an administrator would */
  remove(): void;
}

/**
 * Runs `fn` with a policy file for Candor in place (written before `fn`, removed after it, and
 * the folders this made removed too). `fn` launches its browsers with `policy.options`.
 */
export async function withPolicy<R>(browserName: BrowserName, values: Record<string, unknown>, fn: (policy: PolicyHandle) => Promise<R>): Promise<R> {
  const made: string[] = [];
  const mkdir = (dir: string) => {
    if (existsSync(dir)) return;
    mkdir(dirname(dir));
    mkdirSync(dir);
    made.push(dir);
  };
  const copy = mkdtempSync(join(tmpdir(), 'candor-policy-'));
  let file: string;
  let content: (v: Record<string, unknown>) => object;
  let options: SessionOptions;
  if (browserName === 'chromium') {
    const dist = join(copy, 'chrome');
    cpSync(DIST.chromium, dist, { recursive: true });
    file = join(CHROMIUM_POLICY_DIR, `candor-e2e-${process.pid}.json`);
    content = (v) => ({ '3rdparty': { extensions: { [chromiumExtensionId(dist)]: v } } });
    options = { dist };
  } else {
    file = FIREFOX_POLICY_FILE;
    // Never overwrite an administrator's own policy.
    if (existsSync(file)) throw new Error(`${file} already exists: not touching it. Run the policy tests on a machine without one.`);
    content = (v) => ({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: v } } } });
    options = {};
  }
  const handle: PolicyHandle = {
    options,
    write(v) {
      mkdir(dirname(file));
      writeFileSync(file, JSON.stringify(content(v)));
    },
    remove() {
      rmSync(file, { force: true });
    },
  };
  try {
    handle.write(values);
    return await fn(handle);
  } finally {
    rmSync(file, { force: true });
    for (const dir of made.reverse()) {
      if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    }
    rmSync(copy, { recursive: true, force: true });
  }
}
