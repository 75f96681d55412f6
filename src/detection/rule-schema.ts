/**
 * Validates rule files. Used by the build (vite plugin) and by the tests, so a malformed rule
 * fails both with a message that names the file and the field.
 */
import * as v from 'valibot';
import {
  CATEGORIES,
  CHAT_PARTS,
  DECISIVE_CONFIDENCE,
  KINDS,
  MAX_GLOBAL_CONFIDENCE,
  SURFACES,
  isDecisive,
  type Rule,
} from './rule';
import { checkRegexSafety } from './regex-safety';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const sources = v.pipe(
  v.array(nonEmpty),
  v.minLength(1, 'needs at least one source (a URL or owner/repo:path)'),
  v.check(
    (list) => list.every((s) => /^https?:\/\/\S+$/.test(s) || /^[\w.-]+\/[\w.-]+:\S+$/.test(s)),
    'each source must be a URL or owner/repo:path',
  ),
);
const hostPattern = v.pipe(
  v.string(),
  v.regex(
    /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/,
    'must be a lowercase host name, optionally starting with "*." (e.g. widget.intercom.io or *.intercom.io)',
  ),
);
const pathPattern = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'is too long (200 characters at most)'),
  v.check((source) => {
    try {
      new RegExp(source, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression'),
  v.check((source) => checkRegexSafety(source) === null, 'may backtrack catastrophically (nested or adjacent quantifiers)'),
);
const confidence = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(100));

const urlSignal = v.strictObject({
  type: v.picklist(['script', 'frame', 'host'] as const),
  host: hostPattern,
  path: v.optional(pathPattern),
  confidence,
  sources,
});
const elementSignal = v.strictObject({
  type: v.literal('element'),
  selector: v.pipe(nonEmpty, v.maxLength(300)),
  shadow: v.optional(v.pipe(nonEmpty, v.maxLength(300))),
  confidence,
  sources,
});
const globalSignal = v.strictObject({
  type: v.literal('global'),
  name: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*){0,3}$/, 'must be a dotted property path such as Intercom or $zoho.salesiq'),
  ),
  confidence: v.pipe(
    confidence,
    v.maxValue(MAX_GLOBAL_CONFIDENCE, `must be at most ${MAX_GLOBAL_CONFIDENCE}: the page can forge globals`),
  ),
  sources,
});

const signal = v.variant('type', [urlSignal, elementSignal, globalSignal]);

const persona = v.pipe(
  v.strictObject({
    title: v.optional(v.boolean()),
    name: v.optional(v.pipe(nonEmpty, v.maxLength(300))),
    description: v.optional(v.pipe(nonEmpty, v.maxLength(300))),
    sources,
  }),
  v.check((p) => p.title === true || !!p.name || !!p.description, 'needs at least one of title, name or description'),
);

const nameList = v.strictObject({
  names: v.pipe(v.array(v.pipe(nonEmpty, v.maxLength(120))), v.minLength(1, 'needs at least one name')),
  sources,
});
const chatText = v.strictObject({
  parts: v.optional(
    v.array(
      v.strictObject({
        part: v.picklist(CHAT_PARTS),
        selector: v.pipe(nonEmpty, v.maxLength(300)),
        attribute: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_:-]*$/i, 'must be an attribute name such as chat-title'))),
        sources,
      }),
    ),
  ),
  defaultNames: v.optional(nameList),
  aiNames: v.optional(nameList),
});

const fixturePath = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9_-]+\/[a-z0-9._-]+\.html$/, 'must be "<folder>/<file>.html" under test/fixtures/pages'),
);

export const RuleSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')),
    name: nonEmpty,
    website: v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must start with https://')),
    surface: v.picklist(SURFACES),
    category: v.picklist(CATEGORIES),
    kind: v.picklist(KINDS),
    kindNote: v.pipe(nonEmpty, v.maxLength(300)),
    kindSources: sources,
    signals: v.pipe(v.array(signal), v.minLength(1, 'needs at least one signal')),
    requires: v.optional(v.strictObject({ composer: v.optional(v.boolean()) })),
    supersedes: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)))),
    persona: v.optional(persona),
    chatText: v.optional(chatText),
    lastVerified: v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD')),
    fixtures: v.strictObject({
      match: v.pipe(v.array(fixturePath), v.minLength(1, 'needs at least one page that must match')),
      noMatch: v.pipe(v.array(fixturePath), v.minLength(1, 'needs at least one near miss that must not match')),
    }),
  }),
  v.forward(
    v.check(
      (rule) => rule.signals.some(isDecisive),
      `needs at least one decisive signal (confidence ≥ ${DECISIVE_CONFIDENCE}, not a global)`,
    ),
    ['signals'],
  ),
  v.forward(
    v.check(
      (rule) => rule.surface !== 'site' || rule.signals.some((s) => s.type === 'host' && isDecisive(s)),
      'a "site" rule needs a decisive host signal',
    ),
    ['signals'],
  ),
  v.forward(
    v.check((rule) => !rule.chatText?.aiNames || rule.surface === 'site', 'only a whole-site app ("surface": "site") can name its AI product'),
    ['chatText'],
  ),
);

export type ValidationResult = { ok: true; rule: Rule } | { ok: false; errors: string[] };

/** Validates one parsed rule file. `file` is used in messages, e.g. "src/rules/intercom.json". */
export function validateRule(data: unknown, file: string): ValidationResult {
  const result = v.safeParse(RuleSchema, data);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => {
        const path = v.getDotPath(issue) ?? '(root)';
        return `${file}: ${path}: ${issue.message}`;
      }),
    };
  }
  const rule = result.output as Rule & { $schema?: string };
  delete rule.$schema;
  const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (rule.id !== expectedId) {
    return { ok: false, errors: [`${file}: id: "${rule.id}" must match the file name "${expectedId}"`] };
  }
  return { ok: true, rule };
}

/** Checks the whole set: unique ids and references between rules. */
export function validateRuleSet(rules: Rule[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) errors.push(`src/rules/${rule.id}.json: id: "${rule.id}" is used twice`);
    ids.add(rule.id);
  }
  for (const rule of rules) {
    for (const other of rule.supersedes ?? []) {
      if (!ids.has(other)) errors.push(`src/rules/${rule.id}.json: supersedes: no rule "${other}"`);
    }
  }
  return errors;
}
