/**
 * Writes the build-time products of the rules (the compiled content-script index, the rule
 * facts for the background and pages, versions) and the compiled page-context words to
 * node_modules/.candor-generated, which the
 * code imports as "candor:generated/<file>". Shared by vite.config.ts and the benchmark.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, sentinelIndex } from '../../src/detection/compile';
import { compileLexicon } from '../../src/detection/context-terms';
import type { RuleFacts } from '../../src/detection/rule';
import { PROJECT_ROOT, loadRules } from './rules';

export const GENERATED_DIR = join(PROJECT_ROOT, 'node_modules', '.candor-generated');

export function writeGenerated(): { rulesVersion: string; ruleCount: number } {
  const { rules, version } = loadRules();
  mkdirSync(GENERATED_DIR, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const facts: RuleFacts[] = rules.map(({ fixtures: _fixtures, ...rest }) => rest);
  const contentIndex = compileRules(rules, { withoutGlobals: true });
  const files: Record<string, unknown> = {
    'content-index.json': contentIndex,
    'sentinel-index.json': sentinelIndex(contentIndex),
    'rules.json': facts,
    'meta.json': { extensionVersion: pkg.version, rulesVersion: version, ruleCount: rules.length },
    // The page-context words, compiled once here so a page with a chat pays nothing to build them.
    'context-lexicon.json': compileLexicon(),
  };
  for (const [name, data] of Object.entries(files)) {
    const path = join(GENERATED_DIR, name);
    const text = JSON.stringify(data);
    let previous = '';
    try {
      previous = readFileSync(path, 'utf8');
    } catch {
      /* first build */
    }
    if (previous !== text) writeFileSync(path, text);
  }
  return { rulesVersion: version, ruleCount: rules.length };
}
