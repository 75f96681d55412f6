import { describe, expect, it } from 'vitest';
import { loadRuleFiles } from '../support/rule-files';
import { validateRule, validateRuleSet } from '../../src/detection/rule-schema';

const files = loadRuleFiles();

describe('every rule file passes the schema', () => {
  it('has rule files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file.path, () => {
      const result = validateRule(file.data, file.path);
      expect(result.ok ? [] : result.errors).toEqual([]);
    });
  }
  it('ids are unique and references resolve', () => {
    const rules = files.map((f) => validateRule(f.data, f.path)).flatMap((r) => (r.ok ? [r.rule] : []));
    expect(validateRuleSet(rules)).toEqual([]);
  });
});
