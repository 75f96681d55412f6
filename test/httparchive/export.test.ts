/**
 * `npm run export:httparchive` end to end, in Node: the files it writes, that they are the same
 * on every run, and that candor.js is a self-contained function body with no way to the network.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHttpArchive, metricBody, type ExportResult } from '../../scripts/export-httparchive';
import { loadRules } from '../../scripts/lib/rules';
import { placementProblems, validateTechnologies } from '../../src/httparchive/wappalyzer-validate';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'candor-export-'));
  dirs.push(dir);
  return dir;
};
const readAll = (dir: string) =>
  Object.fromEntries(
    ['README.md', 'candor.js', 'export-report.json', 'technologies.json', ...readdirSync(join(dir, 'technologies')).map((f) => `technologies/${f}`)].map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

let first: ExportResult;
let files: Record<string, string>;
beforeAll(async () => {
  first = await exportHttpArchive({ outDir: fresh() });
  files = readAll(first.outDir);
}, 120_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run export:httparchive', () => {
  it('writes the same bytes every time', { timeout: 120_000 }, async () => {
    const second = await exportHttpArchive({ outDir: fresh() });
    expect(readAll(second.outDir)).toEqual(files);
  });

  it('writes technologies that pass the fork’s checks, one letter file per first letter', () => {
    const technologies = JSON.parse(files['technologies.json']!) as Record<string, unknown>;
    expect(validateTechnologies(technologies).errors).toEqual([]);
    const letterFiles = Object.keys(files).filter((f) => f.startsWith('technologies/'));
    const merged = {};
    for (const file of letterFiles) {
      const entries = JSON.parse(files[file]!) as Record<string, unknown>;
      expect(placementProblems(file.slice('technologies/'.length), entries)).toEqual([]);
      Object.assign(merged, entries);
    }
    expect(merged).toEqual(technologies);
  });

  it('accounts for every rule in export-report.json', () => {
    const report = JSON.parse(files['export-report.json']!) as { exported: Record<string, string>; notExportable: Array<{ rule: string; reason: string }> };
    const { rules } = loadRules();
    for (const rule of rules) expect(rule.id in report.exported || report.notExportable.some((n) => n.rule === rule.id), rule.id).toBe(true);
  });

  it('bundles candor.js as one function body that reaches nothing outside the page', () => {
    const metric = files['candor.js']!;
    expect(metric.trimEnd()).toMatch(/return '\{"error":"Candor could not run on this page"\}';\n\}$/);
    // Compiles as the body of a function, as WebPageTest wraps it.
    expect(() => new Function(metric)).not.toThrow();
    // The agent substitutes this name with the request list: it must appear exactly once.
    expect(metric.split('$WPT_REQUESTS').length - 1).toBe(1);
    for (const forbidden of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'import(', 'importScripts', 'eval(', 'new Function', 'innerHTML', 'localStorage', 'document.cookie']) {
      expect(metric.includes(forbidden), forbidden).toBe(false);
    }
    expect(first.metricBytes).toBe(Buffer.byteLength(metric));
  });

  it('puts the versions in candor.js and the README', () => {
    expect(files['candor.js']).toContain(`Candor ${first.version}, rules ${first.rulesVersion}`);
    expect(files['README.md']).toContain(`from Candor ${first.version}, rules ${first.rulesVersion}`);
  });

  it('adds a proposed AI category to AI and hybrid entries only when asked', async () => {
    const result = await exportHttpArchive({ outDir: fresh(), aiCategory: 112 });
    const { rules } = loadRules();
    for (const rule of rules) {
      const tech = result.technologies.technologies[result.technologies.names[rule.id]!];
      if (tech) expect(tech.cats.includes(112), rule.id).toBe(rule.kind !== 'human');
    }
    expect(files['technologies.json']).not.toContain('112');
  }, 120_000);

  it('wraps a bundle so a failure inside it still returns JSON', () => {
    const body = metricBody('var candorMetric = { run: function () { throw new Error("boom"); } };', '1', 'r');
    expect(JSON.parse(new Function(body)() as string)).toEqual({ error: 'Candor could not run on this page' });
  });
});
