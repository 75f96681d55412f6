/**
 * The command-line audit's journal, DIR/pages.jsonl: one finished page per line, appended and
 * flushed as each page finishes, so a crash loses at most the pages still open. Reading it is
 * forgiving: a line cut short by a kill, or a line that is not a page, is set aside with a
 * message, and the rest is kept. Pure; the CLI and audit:merge do the file work.
 */
import type { AuditPage } from './report';

export const JOURNAL_FILE = 'pages.jsonl';
/** The run's facts (tool versions, start time, options), written when a run starts. */
export const RUN_FILE = 'run.json';

export interface JournalRead {
  pages: AuditPage[];
  /** plain words about each line that was set aside */
  problems: string[];
}

function looksLikePage(value: unknown): value is AuditPage {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Partial<AuditPage>;
  return typeof page.url === 'string' && Array.isArray(page.detections) && typeof page.status === 'string';
}

/** Reads a journal's text. Pages come in the order they finished; a URL may appear more than once. */
export function parseJournal(text: string, source: string): JournalRead {
  const pages: AuditPage[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const last = i >= lines.length - 2;
      problems.push(
        last
          ? `${source}: the last line was cut short (the run was stopped while writing it); that page will be visited again`
          : `${source}: line ${i + 1} is not JSON; it was skipped`,
      );
      return;
    }
    if (looksLikePage(value)) pages.push(value);
    else problems.push(`${source}: line ${i + 1} is not an audited page; it was skipped`);
  });
  return { pages, problems };
}

/**
 * Each URL once: its first finished row (a journal holds one row per URL unless two runs wrote
 * to the same folder without --resume, or folders overlap in a merge). Rows come in `order`'s
 * order where the URL is listed there, then the rest in the order they were read.
 */
export function uniquePages(rows: readonly AuditPage[], order: readonly string[] = []): { pages: AuditPage[]; duplicates: string[] } {
  const byUrl = new Map<string, AuditPage>();
  const duplicates: string[] = [];
  for (const row of rows) {
    if (byUrl.has(row.url)) duplicates.push(row.url);
    else byUrl.set(row.url, row);
  }
  const pages: AuditPage[] = [];
  for (const url of order) {
    const row = byUrl.get(url);
    if (row) {
      pages.push(row);
      byUrl.delete(url);
    }
  }
  pages.push(...byUrl.values());
  return { pages, duplicates };
}

/** One journal line for a finished page (no newline inside: JSON escapes them). */
export function journalLine(page: AuditPage): string {
  return `${JSON.stringify(page)}\n`;
}
