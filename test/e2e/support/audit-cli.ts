/**
 * Running the command-line audit from the audit end-to-end tests: the CLI runs as a child
 * process (as a person would run it) while this process serves the pages it visits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditPage, AuditReport } from '../../../src/audit/report';
import { ROOT } from '../../support/rule-files';

export interface CliRun {
  child: ChildProcess;
  /** resolves when the process has exited */
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  stderr(): string;
}

/**
 * Starts `npx tsx <script> ...args` in its own process group, so a test can kill the whole
 * run (node and its Chromium) the way a crash or an out-of-memory killer would.
 */
export function startCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const child = spawn('npx', ['tsx', script, ...args], { cwd: ROOT, detached: true, env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

export function runCli(script: string, args: string[], env?: NodeJS.ProcessEnv) {
  return startCli(script, args, env).done;
}

/** Runs a shell script of the repository (e.g. deploy/k8s/run-shard.sh) with extra environment. */
export function runCommand(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(join(ROOT, script), args, { cwd: ROOT, env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  return new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

export const runAudit = (args: string[], env?: NodeJS.ProcessEnv) => runCli('scripts/audit.ts', args, env);
export const runMerge = (args: string[]) => runCli('scripts/audit-merge.ts', args);

export function readReport(dir: string): AuditReport {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
}

/** The journal's rows (DIR/pages.jsonl), skipping a torn last line as the CLI does. */
export function readJournal(dir: string): AuditPage[] {
  const file = join(dir, 'pages.jsonl');
  if (!existsSync(file)) return [];
  const rows: AuditPage[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      rows.push(JSON.parse(line) as AuditPage);
    } catch {
      /* a line cut short by a kill */
    }
  }
  return rows;
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function pollUntil<T>(what: string, check: () => T | undefined | false, timeoutMs: number, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Kills a started run and everything it launched (its process group), without warning. */
export function killGroup(run: CliRun, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-run.child.pid!, signal);
  } catch {
    /* already gone */
  }
}

/** One row's chats as sorted rule ids. */
export const rulesOf = (page: AuditPage) => page.detections.map((d) => d.rule).sort();

/** Process ids below `root` (children, their children, …), read from /proc. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The main Chromium process a run started (the one without --type=, loading the extension). */
export function browserProcess(root: number): number | undefined {
  return descendants(root).find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return /chrom/i.test(args[0] ?? '') && args.some((a) => a.startsWith('--load-extension=')) && !args.some((a) => a.startsWith('--type='));
    } catch {
      return false;
    }
  });
}
