/** Rule facts for the background, from the build-time generated rules.json. */
import rules from 'candor:generated/rules.json';
import meta from 'candor:generated/meta.json';
import type { RuleFacts } from '../detection/rule';

const BY_ID = new Map<string, RuleFacts>(rules.map((rule) => [rule.id, rule]));

export function ruleFacts(id: string): RuleFacts | undefined {
  return BY_ID.get(id);
}

export function allRules(): readonly RuleFacts[] {
  return rules;
}

export const RULES_VERSION = meta.rulesVersion;
export const EXTENSION_VERSION = meta.extensionVersion;
