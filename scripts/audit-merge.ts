/**
 * npm run audit:merge -- <report.json or its folder>... [--out DIR]
 *
 * Merges the reports of several shards (see `npm run audit -- --shard i/n`) into one
 * report.json, report.csv and report.html, copying each page's screenshot along.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkReport, mergeReports, toCsv, toHtml, type AuditReport } from '../src/audit/report';

const args = process.argv.slice(2);
let out = 'audit-merged';
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i] ?? out;
  else if (args[i] === '--help' || args[i] === '-h') {
    process.stdout.write('Usage: npm run audit:merge -- <report.json or folder>... [--out DIR]\n');
    process.exit(0);
  } else inputs.push(args[i]!);
}
if (inputs.length === 0) {
  process.stderr.write('Give the report.json files (or their folders) to merge.\n');
  process.exit(2);
}

const outDir = resolve(out);
mkdirSync(join(outDir, 'screenshots'), { recursive: true });
const reports: AuditReport[] = [];
for (const input of inputs) {
  const file = existsSync(input) && statSync(input).isDirectory() ? join(input, 'report.json') : input;
  let report: AuditReport;
  try {
    report = checkReport(JSON.parse(readFileSync(file, 'utf8')), file);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  // Screenshots move into the merged folder; names stay unique by shard prefix.
  const prefix = `${reports.length + 1}-`;
  for (const page of report.pages) {
    if (!page.screenshot) continue;
    const from = join(dirname(file), page.screenshot);
    const name = `screenshots/${prefix}${basename(page.screenshot)}`;
    if (existsSync(from)) copyFileSync(from, join(outDir, name));
    page.screenshot = name;
  }
  reports.push(report);
}
const { report, warnings } = mergeReports(reports);
for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(outDir, 'report.csv'), toCsv(report));
writeFileSync(join(outDir, 'report.html'), toHtml(report));
process.stderr.write(`Merged ${reports.length} reports, ${report.pages.length} pages, into ${outDir}\n`);
