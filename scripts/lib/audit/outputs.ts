/**
 * The audit folder's files: the journal (pages.jsonl, appended and flushed page by page), the
 * run's facts (run.json), and the reports built from them (report.json/csv/html,
 * summary.json/csv). Used by the audit itself and by audit:merge.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeFileSync, writeSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_FILE, RUN_FILE, journalLine, parseJournal, uniquePages } from '../../../src/audit/journal';
import { csvCell, toCsv, toHtml, type AuditPage, type AuditReport } from '../../../src/audit/report';
import { buildSummary, summaryToCsv } from '../../../src/audit/summary';

export interface RunFacts {
  tool: AuditReport['tool'];
  startedAt: string;
  /** set when a run reaches its end (absent after a crash) */
  finishedAt?: string;
  options: Record<string, unknown>;
  /** how many URLs this folder's run was given (after --shard) */
  urls: number;
}

/** Appends finished pages to DIR/pages.jsonl, each one on disk before the next is taken. */
export class Journal {
  private fd: number;

  constructor(dir: string) {
    this.fd = openSync(join(dir, JOURNAL_FILE), 'a');
  }

  append(page: AuditPage): void {
    writeSync(this.fd, journalLine(page));
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

export function readJournalFile(dir: string): { pages: AuditPage[]; problems: string[] } {
  const file = join(dir, JOURNAL_FILE);
  if (!existsSync(file)) return { pages: [], problems: [] };
  return parseJournal(readFileSync(file, 'utf8'), file);
}

export function readRunFacts(dir: string): RunFacts | null {
  const file = join(dir, RUN_FILE);
  if (!existsSync(file)) return null;
  try {
    const facts = JSON.parse(readFileSync(file, 'utf8')) as RunFacts;
    return facts?.tool?.name === 'Candor' && typeof facts.startedAt === 'string' ? facts : null;
  } catch {
    return null;
  }
}

/** Writes a file whole or not at all (a crash mid-write leaves the old one). */
export function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.part`, text);
  renameSync(`${file}.part`, file);
}

export function writeRunFacts(dir: string, facts: RunFacts): void {
  writeAtomic(join(dir, RUN_FILE), `${JSON.stringify(facts, null, 2)}\n`);
}

/** A folder's report, from its journal and run facts. */
export function reportFromFolder(dir: string, order: readonly string[] = []): { report: AuditReport; problems: string[] } | null {
  const facts = readRunFacts(dir);
  const journal = readJournalFile(dir);
  if (!facts && journal.pages.length === 0) return null;
  const { pages, duplicates } = uniquePages(journal.pages, order);
  const problems = [...journal.problems, ...duplicates.map((url) => `${url} was audited more than once in ${dir}; the first is kept`)];
  const finished = facts?.finishedAt ?? (existsSync(join(dir, JOURNAL_FILE)) ? statSync(join(dir, JOURNAL_FILE)).mtime.toISOString() : new Date().toISOString());
  const report: AuditReport = {
    tool: facts?.tool ?? { name: 'Candor', version: 'unknown', rulesVersion: 'unknown', browser: 'unknown' },
    startedAt: facts?.startedAt ?? pages[0]?.visitedAt ?? finished,
    finishedAt: finished,
    pages,
  };
  return { report, problems };
}

/** report.json, report.csv, report.html, summary.json and summary.csv for a report. */
export function writeReports(dir: string, report: AuditReport): void {
  const summary = buildSummary(report.pages);
  writeAtomic(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeAtomic(join(dir, 'report.csv'), toCsv(report));
  writeAtomic(join(dir, 'report.html'), toHtml(report));
  writeAtomic(join(dir, 'summary.json'), `${JSON.stringify({ tool: report.tool, startedAt: report.startedAt, finishedAt: report.finishedAt, ...summary }, null, 2)}\n`);
  writeAtomic(join(dir, 'summary.csv'), summaryToCsv(summary, csvCell));
}
