/**
 * Build-time loading of src/rules/*.json: read, validate, compile. Shared by the vite plugin
 * (which turns it into the modules the extension imports), the tests, the benchmark and the
 * audit tools, so all of them see exactly the same rules.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { validateRule, validateRuleSet } from '../../src/detection/rule-schema';
import type { Rule } from '../../src/detection/rule';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
export const RULES_DIR = join(PROJECT_ROOT, 'src', 'rules');

export class RuleError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid detection rules:\n  ${problems.join('\n  ')}`);
    this.name = 'RuleError';
  }
}

export interface LoadedRules {
  rules: Rule[];
  /** "<newest lastVerified>.<count>.<content hash>" — goes into reports and the about page */
  version: string;
  files: string[];
}

/** Loads and validates every rule file; throws RuleError naming each bad file and field. */
export function loadRules(dir = RULES_DIR): LoadedRules {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const rules: Rule[] = [];
  const hash = createHash('sha256');
  for (const name of names) {
    const file = `src/rules/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = validateRule(data, file);
    if (result.ok) rules.push(result.rule);
    else problems.push(...result.errors);
  }
  problems.push(...validateRuleSet(rules));
  for (const rule of rules) {
    rule.signals.forEach((signal, i) => {
      if ('path' in signal && signal.path) {
        const problem = regexProblem(signal.path, 'i');
        if (problem) problems.push(`src/rules/${rule.id}.json: signals.${i}.path: ${problem}`);
      }
    });
  }
  if (problems.length > 0) throw new RuleError(problems);
  const newest = rules.map((r) => r.lastVerified).sort().at(-1) ?? 'none';
  return {
    rules,
    version: `${newest}.${rules.length}.${hash.digest('hex').slice(0, 8)}`,
    files: names.map((n) => join(dir, n)),
  };
}

const recheckCache = new Map<string, string | null>();

/**
 * A second, thorough opinion on a regular expression (recheck, an automaton-based ReDoS
 * checker), after the schema's own shape check. Returns a problem, or null when it is safe.
 */
export function regexProblem(source: string, flags: string): string | null {
  const key = `${flags}/${source}`;
  if (!recheckCache.has(key)) {
    const result = checkSync(source, flags);
    recheckCache.set(
      key,
      result.status === 'vulnerable'
        ? `may backtrack catastrophically (recheck: ${result.complexity.type}${result.attack ? `, e.g. on "${result.attack.pattern}"` : ''})`
        : result.status === 'unknown'
          ? null // too complex to decide in time; the shape check has already passed it
          : null,
    );
  }
  return recheckCache.get(key)!;
}
