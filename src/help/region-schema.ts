/**
 * The schema of a help file (src/help/regions/<CC>.json), like the rules' schema: checked when
 * the extension is built (vite.config.ts) and in the unit tests. Every problem names the file
 * and the field ("src/help/regions/FR.json: resources.0.tel: …").
 */
import * as v from 'valibot';
import { UI_LANGUAGES } from '../i18n/languages';
import { REGION_CODES, type RegionCode } from './regions';
import type { HelpKind, RegionFile } from './types';

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a real date'),
);
const webUrl = (protocols: readonly string[], message: string) =>
  v.pipe(
    v.string(),
    v.check((s) => {
      try {
        return protocols.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, message),
  );
/** A page a fact was checked against: an address of the web (old http pages are still citable). */
const sourceUrl = webUrl(['https:', 'http:'], 'must be an http(s) address');
const sources = v.pipe(v.array(sourceUrl), v.minLength(1, 'needs at least one source'));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

const description = v.strictObject(
  Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, text(320)])) as Record<(typeof UI_LANGUAGES)[number], ReturnType<typeof text>>,
);

const resource = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"')),
    kind: v.picklist(['crisis', 'support', 'therapist', 'directory'] satisfies HelpKind[]),
    audience: v.picklist(['everyone', 'youth', 'lgbtq-youth']),
    name: text(100),
    description,
    phone: v.optional(text(40)),
    tel: v.optional(v.pipe(v.string(), v.regex(/^(\+|\*)?\d{3,15}$/, 'must be digits, with an optional leading + or *'))),
    sms: v.optional(
      v.strictObject({
        number: v.pipe(v.string(), v.regex(/^\+?\d{3,15}$/, 'must be digits, with an optional leading +')),
        keyword: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]{1,20}$/, 'must be a short keyword in capitals'))),
      }),
    ),
    url: webUrl(['https:'], 'must be an https address'),
    siteNamedBySource: v.optional(v.boolean()),
    free: v.optional(v.boolean()),
    group: v.optional(v.picklist(['veterans', 'first-nations', 'parents'])),
    hours: v.optional(text(40)),
    sources,
    lastVerified: isoDate,
  }),
  v.check((r) => Boolean(r.phone) === Boolean(r.tel), 'phone and tel go together: both or neither'),
  v.check(
    (r) => !(r.phone || r.sms) || new Set(r.sources).size >= 2,
    'a phone or text number needs at least two different sources',
  ),
);

const fileSchema = v.strictObject({
  region: v.picklist(REGION_CODES),
  timeZones: v.array(v.pipe(v.string(), v.regex(/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)*\/?$/, 'must be an IANA time zone or a prefix ending in "/"'))),
  languageRegions: v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter region subtag in capitals'))),
  languages: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a lowercase language subtag')))),
  emergency: v.optional(
    v.strictObject({
      number: v.pipe(v.string(), v.regex(/^\d{2,6}$/, 'must be the digits to dial')),
      sources: v.pipe(
        v.array(sourceUrl),
        v.check((list) => new Set(list).size >= 2, 'an emergency number needs at least two different sources'),
      ),
      lastVerified: isoDate,
    }),
  ),
  resources: v.pipe(v.array(resource), v.minLength(1, 'needs at least one resource')),
});

export type RegionFileResult = { ok: true; file: RegionFile } | { ok: false; errors: string[] };

/** Validates one parsed help file. `file` is its path, for messages; its name must be the region. */
export function validateRegionFile(data: unknown, file: string): RegionFileResult {
  const result = v.safeParse(fileSchema, data);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => `${file}: ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`),
    };
  }
  const parsed = result.output as RegionFile;
  const errors: string[] = [];
  const expected = /([^/\\]+)\.json$/.exec(file)?.[1];
  if (expected !== undefined && expected !== parsed.region) errors.push(`${file}: region: is "${parsed.region}" but the file is named ${expected}.json`);
  const prefix = `${parsed.region.toLowerCase()}-`;
  parsed.resources.forEach((r, i) => {
    if (!r.id.startsWith(prefix)) errors.push(`${file}: resources.${i}.id: must start with "${prefix}"`);
  });
  if (parsed.region === 'INTL') {
    if (parsed.emergency) errors.push(`${file}: emergency: the international directory has no single emergency number`);
  } else {
    if (!parsed.emergency) errors.push(`${file}: emergency: every region needs its emergency number, with sources`);
    if (parsed.timeZones.length === 0) errors.push(`${file}: timeZones: needs at least one time zone`);
  }
  errors.push(...orderProblems(parsed, file));
  return errors.length ? { ok: false, errors } : { ok: true, file: parsed };
}

const RANK: Record<HelpKind, number> = { crisis: 0, support: 1, therapist: 2, directory: 3 };

/** Within a file: general services crisis → support → therapist → directory; youth ones last. */
function orderProblems(file: RegionFile, path: string): string[] {
  const problems: string[] = [];
  let seenYouth = false;
  let lastRank = -1;
  file.resources.forEach((r, i) => {
    if (r.audience !== 'everyone') {
      seenYouth = true;
      return;
    }
    if (seenYouth) problems.push(`${path}: resources.${i}: services for everyone come before youth services`);
    if (RANK[r.kind] < lastRank) problems.push(`${path}: resources.${i}.kind: "${r.kind}" comes after a later kind (order: crisis, support, therapist, directory)`);
    lastRank = Math.max(lastRank, RANK[r.kind]);
  });
  return problems;
}

/** Checks across files: one file per region, ids unique, no time zone or tag claimed twice. */
export function validateRegionSet(files: ReadonlyArray<{ path: string; file: RegionFile }>): string[] {
  const problems: string[] = [];
  const byRegion = new Map<RegionCode, string>();
  const ids = new Map<string, string>();
  const zones = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const { path, file } of files) {
    if (byRegion.has(file.region)) problems.push(`${path}: region: ${file.region} is also ${byRegion.get(file.region)}`);
    byRegion.set(file.region, path);
    file.resources.forEach((r, i) => {
      if (ids.has(r.id)) problems.push(`${path}: resources.${i}.id: "${r.id}" is also used in ${ids.get(r.id)}`);
      ids.set(r.id, path);
    });
    const claim = (map: Map<string, string>, key: string, field: string) => {
      if (map.has(key) && map.get(key) !== path) problems.push(`${path}: ${field}: "${key}" is also claimed by ${map.get(key)}`);
      map.set(key, path);
    };
    file.timeZones.forEach((z, i) => claim(zones, z, `timeZones.${i}`));
    file.languageRegions.forEach((tag, i) => claim(tags, tag, `languageRegions.${i}`));
    (file.languages ?? []).forEach((tag, i) => claim(tags, tag, `languages.${i}`));
  }
  for (const code of REGION_CODES) {
    if (!byRegion.has(code)) problems.push(`src/help/regions/${code}.json: missing (every region in REGION_CODES needs a file)`);
  }
  return problems;
}
