/**
 * Checks technology entries the way HTTP Archive's Wappalyzer fork does before it accepts them,
 * without vendoring its files (the fork is GPLv3; we encode its rules, we do not copy them).
 * Read at HTTPArchive/wappalyzer commit 3e2c38649c79de12b262c9008b79f07440f426b9:
 *
 *  - schema.json ("Wappalyzer schema"): an object of technologies; each an object with no other
 *    keys than those listed in ALLOWED_KEYS, `cats` (numbers, at least one) and `website`
 *    required, `description` one line of at most 500 characters, `pricing` from a fixed list,
 *    `cpe` in CPE 2.3 form, string-or-list fields made of non-blank strings, keyed fields
 *    (`js`, `headers`, `meta`, `cookies`, …) objects of strings, `dom` a selector, a list of
 *    them or an object keyed by selector.
 *  - scripts/validate.js: each technology sits in src/technologies/<first letter>.json (`_` for
 *    a digit or symbol); every pattern compiles as a RegExp; tags after `\;` are only `version`
 *    and `confidence` (a whole number 0–99); a pattern has no more capture groups than its
 *    version tag uses; `html` patterns contain < or >; categories exist; an icon is a PNG or SVG
 *    (a missing icon is a warning); `website` is an http(s) URL; `implies` and `excludes` name
 *    existing technologies. (validate.js lists `script` where the schema says `scriptSrc`; we
 *    check `scriptSrc` too.)
 *  - src/js/wappalyzer.js parsePattern: before compiling, the fork escapes "/", turns "+" into
 *    "{1,250}" and "*" into "{0,250}", and adds the "i" flag. A pattern must still compile (and
 *    mean the same) after that, so we compile what the fork will compile.
 *  - README: descriptions of at most 250 characters.
 */
import { FORK_CATEGORY_IDS, PRICING_VALUES } from './upstream';

export const ALLOWED_KEYS = [
  'description', 'oss', 'saas', 'pricing', 'cats', 'cpe', 'cookies', 'js', 'dom', 'dns', 'headers', 'html', 'text',
  'css', 'robots', 'probe', 'certIssuer', 'excludes', 'implies', 'requires', 'requiresCategory', 'meta', 'scriptSrc',
  'scripts', 'url', 'website', 'icon', 'xhr',
] as const;

const STRING_OR_LIST = ['html', 'text', 'css', 'robots', 'certIssuer', 'excludes', 'implies', 'requires', 'scriptSrc', 'scripts', 'url', 'xhr'];
const KEYED = ['cookies', 'js', 'headers', 'meta', 'probe', 'dns'];
/** Fields whose values are regex patterns (validate.js's list, plus scriptSrc). */
const PATTERN_FIELDS = ['url', 'html', 'meta', 'headers', 'cookies', 'script', 'scriptSrc', 'js'];
export const MAX_DESCRIPTION = 250;
const CPE = /cpe:2.3:(a|h|o):[^*:]+:[^:]+:\*:\*:\*:\*:\*:[^:]+:\*:\*/;

export interface ValidationResult {
  errors: string[];
  warnings: string[];
}

export interface ValidateOptions {
  /** category ids that exist (the fork's, plus any proposed one being tried) */
  categories?: ReadonlySet<number>;
  /** names of technologies already in the fork, for implies/excludes */
  knownTechnologies?: ReadonlySet<string>;
}

const isBlank = (value: unknown) => typeof value !== 'string' || !/^(?!\s*$).+/.test(value);

/** The regex the fork compiles from a pattern's source (src/js/wappalyzer.js parsePattern). */
export function forkRegex(source: string): RegExp {
  return new RegExp(
    source
      .replace(/\//g, '\\/')
      .replace(/\\\+/g, '__escapedPlus__')
      .replace(/\+/g, '{1,250}')
      .replace(/\*/g, '{0,250}')
      .replace(/__escapedPlus__/g, '\\+'),
    'i',
  );
}

/** Problems with one pattern string ("regex\;confidence:50\;version:\1"). */
export function patternProblems(pattern: string, id: string): string[] {
  const problems: string[] = [];
  const [regex = '', ...tags] = pattern.split('\\;');
  let versionGroups = 0;
  for (const tag of tags) {
    const [key, value = ''] = tag.split(':');
    if (key === 'version') {
      for (const ref of value.match(/\\(\d+)/g) ?? []) versionGroups = Math.max(versionGroups, Number(ref.slice(1)));
    } else if (key === 'confidence') {
      if (!/^\d+$/.test(value) || Number(value) > 99) problems.push(`${id}: confidence must be a whole number from 0 to 99, not "${value}"`);
    } else {
      problems.push(`${id}: unknown tag "${key}" (only version and confidence)`);
    }
  }
  try {
    const groups = (new RegExp(`${regex}|`).exec('')?.length ?? 1) - 1;
    if (groups > versionGroups) problems.push(`${id}: ${groups} capture group(s) but the version tag uses ${versionGroups}; use (?:…)`);
  } catch (error) {
    problems.push(`${id}: does not compile: ${(error as Error).message}`);
    return problems;
  }
  // The fork rewrites every "*" into "{0,250}", an escaped one too, which would then match "{0,250}".
  if (/(?:^|[^\\])(?:\\\\)*\\\*/.test(regex)) problems.push(`${id}: an escaped * is rewritten by the fork (its "*" -> "{0,250}"); write [*]`);
  try {
    forkRegex(regex);
  } catch (error) {
    problems.push(`${id}: does not compile once the fork rewrites it (/ + *): ${(error as Error).message}`);
  }
  return problems;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Checks one technology entry. */
export function validateTechnology(name: string, tech: unknown, options: ValidateOptions = {}): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const categories = options.categories ?? FORK_CATEGORY_IDS;
  if (!tech || typeof tech !== 'object' || Array.isArray(tech)) return { errors: [`${name}: must be an object`], warnings };
  const t = tech as Record<string, unknown>;

  for (const key of Object.keys(t)) if (!(ALLOWED_KEYS as readonly string[]).includes(key)) errors.push(`${name}: unknown field "${key}"`);
  for (const key of ['cats', 'website']) if (!(key in t)) errors.push(`${name}: "${key}" is required`);

  if ('description' in t) {
    if (typeof t.description !== 'string' || !/^.{0,500}$/.test(t.description)) errors.push(`${name}: description must be one line of at most 500 characters`);
    else if (t.description.length > MAX_DESCRIPTION) errors.push(`${name}: description is ${t.description.length} characters; the fork asks for at most ${MAX_DESCRIPTION}`);
  }
  for (const key of ['oss', 'saas']) if (key in t && typeof t[key] !== 'boolean') errors.push(`${name}: ${key} must be true or false`);
  if ('pricing' in t) {
    if (!Array.isArray(t.pricing)) errors.push(`${name}: pricing must be a list`);
    else for (const p of t.pricing) if (!(PRICING_VALUES as readonly unknown[]).includes(p)) errors.push(`${name}: pricing "${String(p)}" is not one of ${PRICING_VALUES.join(', ')}`);
  }
  if ('cats' in t) {
    if (!Array.isArray(t.cats) || t.cats.length === 0 || !t.cats.every((c) => typeof c === 'number')) errors.push(`${name}: cats must be a non-empty list of numbers`);
    else for (const c of t.cats as number[]) if (!categories.has(c)) errors.push(`${name}: no such category: ${c}`);
  }
  if ('cpe' in t && (typeof t.cpe !== 'string' || !CPE.test(t.cpe))) errors.push(`${name}: cpe must be a CPE 2.3 string`);
  for (const key of STRING_OR_LIST) {
    if (!(key in t)) continue;
    const value = t[key];
    if (isBlank(value) && !(Array.isArray(value) && value.every((v) => !isBlank(v)))) errors.push(`${name}: ${key} must be a non-blank string or a list of them`);
  }
  for (const key of KEYED) {
    if (!(key in t)) continue;
    const value = t[key];
    if (!value || typeof value !== 'object' || Array.isArray(value)) errors.push(`${name}: ${key} must be an object`);
  }
  if ('requiresCategory' in t && !asList(t.requiresCategory).every((c) => typeof c === 'number')) errors.push(`${name}: requiresCategory must be a number or numbers`);
  for (const key of ['website', 'icon']) if (key in t && isBlank(t[key])) errors.push(`${name}: ${key} must be a non-blank string`);

  // dom: a selector, a list of selectors, or { selector: { exists, text, attributes, properties } }
  if ('dom' in t) {
    const dom = t.dom;
    if (typeof dom === 'string' || Array.isArray(dom)) {
      if (asList(dom).some(isBlank)) errors.push(`${name}: dom selectors must be non-blank strings`);
    } else if (dom && typeof dom === 'object') {
      for (const [selector, spec] of Object.entries(dom as Record<string, unknown>)) {
        if (isBlank(selector)) errors.push(`${name}: dom has a blank selector`);
        if (!spec || typeof spec !== 'object') {
          errors.push(`${name}: dom["${selector}"] must be an object`);
          continue;
        }
        for (const [part, value] of Object.entries(spec as Record<string, unknown>)) {
          const id = `${name}: dom["${selector}"].${part}`;
          if (part === 'exists' || part === 'text') {
            if (typeof value !== 'string') errors.push(`${id} must be a string`);
            else errors.push(...patternProblems(value, id));
          } else if (part === 'attributes' || part === 'properties') {
            if (!value || typeof value !== 'object') errors.push(`${id} must be an object`);
            else for (const [key, pattern] of Object.entries(value as Record<string, unknown>)) {
              if (typeof pattern !== 'string') errors.push(`${id}.${key} must be a string`);
              else errors.push(...patternProblems(pattern, `${id}.${key}`));
            }
          } else {
            errors.push(`${id}: unknown part (exists, text, attributes, properties)`);
          }
        }
      }
    } else {
      errors.push(`${name}: dom must be a selector, a list or an object`);
    }
  }

  for (const type of PATTERN_FIELDS) {
    if (!(type in t)) continue;
    const value = t[type];
    const keyed: Record<string, unknown> = typeof value === 'string' || Array.isArray(value) ? { _: value } : (value as Record<string, unknown>);
    if (!keyed || typeof keyed !== 'object') continue;
    for (const [key, patterns] of Object.entries(keyed)) {
      asList(patterns).forEach((pattern, i) => {
        const id = `${name}: ${type}[${key === '_' ? i : key}]`;
        if (typeof pattern !== 'string') errors.push(`${id} must be a string`);
        else {
          errors.push(...patternProblems(pattern, id));
          if (type === 'html' && !/[<>]/.test(pattern.split('\\;')[0]!)) errors.push(`${id}: an html pattern must include < or >`);
        }
      });
    }
  }

  if (!('icon' in t)) warnings.push(`${name}: no icon (add one to src/images/icons in the pull request)`);
  else if (typeof t.icon === 'string' && !/\.(png|svg)$/i.test(t.icon)) errors.push(`${name}: icon must be a PNG or SVG file`);

  if (typeof t.website === 'string') {
    try {
      const { protocol } = new URL(t.website);
      if (protocol !== 'http:' && protocol !== 'https:') errors.push(`${name}: website must be an http(s) URL`);
    } catch {
      errors.push(`${name}: website is not a URL: ${t.website}`);
    }
  }
  return { errors, warnings };
}

/** Checks a whole file or export: every entry, and implies/excludes against the names known. */
export function validateTechnologies(technologies: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!technologies || typeof technologies !== 'object' || Array.isArray(technologies)) return { errors: ['technologies must be an object of name -> entry'], warnings: [] };
  const entries = technologies as Record<string, unknown>;
  const known = new Set([...(options.knownTechnologies ?? []), ...Object.keys(entries)]);
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const [name, tech] of Object.entries(entries)) {
    const result = validateTechnology(name, tech, options);
    errors.push(...result.errors);
    warnings.push(...result.warnings);
    if (!tech || typeof tech !== 'object') continue;
    const t = tech as Record<string, unknown>;
    for (const key of ['implies', 'excludes']) {
      if (!(key in t)) continue;
      for (const ref of asList(t[key])) {
        const target = String(ref).split('\\;')[0]!;
        if (!known.has(target)) errors.push(`${name}: ${key} names "${target}", which does not exist`);
      }
    }
  }
  return { errors, warnings };
}

/** Placement check: every technology in a letter file starts with that letter (validate.js). */
export function placementProblems(file: string, technologies: Record<string, unknown>): string[] {
  const letter = file.replace(/\.json$/, '');
  const problems: string[] = [];
  for (const name of Object.keys(technologies)) {
    const code = name.toLowerCase().charCodeAt(0);
    const expected = code >= 97 && code <= 122 ? String.fromCharCode(code) : '_';
    if (expected !== letter) problems.push(`${name} should be in ${expected}.json, not ${file}`);
  }
  return problems;
}
