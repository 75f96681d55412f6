/**
 * The container and Kubernetes files refer to things that must exist and agree: they cannot be
 * built or applied on the test machines (no container engine), so their wiring is checked here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/rule-files';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('deploy files', () => {
  it('the Indexed Job has as many shards as completions, and runs scripts that exist and can run', () => {
    const job = read('deploy/k8s/audit-job.yaml');
    expect(job).toMatch(/completionMode: Indexed/);
    const completions = /^\s*completions: (\d+)/m.exec(job)?.[1];
    const shards = /- name: SHARDS\s+value: "(\d+)"/.exec(job)?.[1];
    expect(completions).toBeTruthy();
    expect(shards).toBe(completions);
    for (const file of [job, read('deploy/k8s/merge-job.yaml')]) {
      for (const [, script] of file.matchAll(/"(deploy\/k8s\/[\w-]+\.sh)"/g)) {
        expect(existsSync(join(ROOT, script!)), script).toBe(true);
        expect(statSync(join(ROOT, script!)).mode & 0o111, `${script} is executable`).not.toBe(0);
      }
    }
    expect(read('deploy/k8s/run-shard.sh')).toMatch(/--shard "\$shard\/\$SHARDS"[^\n]*--resume/);
  });
  it('the Dockerfile is Debian with Debian’s Chromium, builds the Chromium extension and starts the audit CLI', () => {
    const docker = read('Dockerfile');
    expect(docker).toMatch(/^FROM node:20-bookworm-slim AS build$/m);
    expect(docker).toMatch(/apt-get install[^\n]* chromium /);
    expect(docker).toMatch(/vite build --mode chrome/);
    const entry = /^ENTRYPOINT \[(.*)\]$/m.exec(docker)?.[1];
    expect(entry).toContain('"scripts/audit.ts"');
    expect(existsSync(join(ROOT, 'scripts/audit.ts'))).toBe(true);
  });
});
