/**
 * npm run audit:merge -- <audit folder or report.json>... [--out DIR]
 *
 * Merges the folders of several shards (npm run audit -- --shard i/n, one folder each, e.g.
 * one per Kubernetes pod) into one report: report.json, report.csv, report.html, summary.json
 * and summary.csv, with each page's screenshot copied along. A folder is read from its
 * pages.jsonl, so a shard that was stopped part-way still gives the pages it finished; a
 * report.json (or a folder with only that) is read as it is.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { JOURNAL_FILE, RUN_FILE } from '../src/audit/journal';
import { checkReport, mergeReports, type AuditReport } from '../src/audit/report';
import { reportFromFolder, writeReports } from './lib/audit/outputs';

const USAGE = 'Usage: npm run audit:merge -- <audit folder or report.json>... [--out DIR]\n';
const args = process.argv.slice(2);
let out = 'audit-merged';
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') {
    const value = args[++i];
    if (!value) {
      process.stderr.write(`--out needs a folder\n\n${USAGE}`);
      process.exit(2);
    }
    out = value;
  } else if (args[i] === '--help' || args[i] === '-h') {
    process.stdout.write(USAGE);
    process.exit(0);
  } else inputs.push(args[i]!);
}
if (inputs.length === 0) {
  process.stderr.write(`Give the audit folders (or report.json files) to merge.\n\n${USAGE}`);
  process.exit(2);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** One input as a report, with the folder its screenshot paths are relative to. */
function readInput(input: string): { report: AuditReport; base: string } {
  if (!existsSync(input)) fail(`${input}: no such file or folder`);
  if (statSync(input).isDirectory()) {
    if (existsSync(join(input, JOURNAL_FILE)) || existsSync(join(input, RUN_FILE))) {
      const built = reportFromFolder(input);
      if (!built) fail(`${input}: no audited pages in this folder`);
      for (const problem of built.problems) process.stderr.write(`warning: ${problem}\n`);
      return { report: built.report, base: input };
    }
    input = join(input, 'report.json');
    if (!existsSync(input)) fail(`${dirname(input)}: neither ${JOURNAL_FILE} nor report.json is in this folder`);
  }
  try {
    return { report: checkReport(JSON.parse(readFileSync(input, 'utf8')), input), base: dirname(input) };
  } catch (error) {
    fail((error as Error).message);
  }
}

const outDir = resolve(out);
mkdirSync(join(outDir, 'screenshots'), { recursive: true });
const reports: AuditReport[] = [];
for (const input of inputs) {
  const { report, base } = readInput(input);
  // Screenshots move into the merged folder; names stay unique by a prefix per input.
  const prefix = `${reports.length + 1}-`;
  for (const page of report.pages) {
    if (!page.screenshot) continue;
    const from = join(base, page.screenshot);
    const name = `screenshots/${prefix}${basename(page.screenshot)}`;
    if (existsSync(from)) {
      copyFileSync(from, join(outDir, name));
      page.screenshot = name;
    } else page.screenshot = null;
  }
  reports.push(report);
}
const { report, warnings } = mergeReports(reports);
for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
writeReports(outDir, report);
process.stderr.write(`Merged ${reports.length} audit${reports.length === 1 ? '' : 's'}, ${report.pages.length} pages, into ${outDir}\n`);
