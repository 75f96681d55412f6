import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RULES_DIR = join(ROOT, 'src', 'rules');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures', 'pages');

export interface RuleFile {
  path: string;
  data: unknown;
}

/** Reads every src/rules/*.json file; a file that is not JSON yields its parse error as data. */
export function loadRuleFiles(): RuleFile[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = `src/rules/${name}`;
      const text = readFileSync(join(RULES_DIR, name), 'utf8');
      try {
        return { path, data: JSON.parse(text) as unknown };
      } catch (error) {
        return { path, data: { invalidJson: String(error) } };
      }
    });
}
