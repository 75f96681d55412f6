/**
 * A broken help file stops the build with a message naming the file and the field. Each case
 * copies the real files to a scratch folder, breaks one thing, and loads them as the build does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HELP_DIR, HelpDataError, loadHelp } from '../../scripts/lib/help';
import { validateRegionFile } from '../../src/help/region-schema';

type Json = Record<string, unknown> & { resources: Array<Record<string, unknown>> };

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** Copies the real files, lets `edit` change one, and returns the build's complaint (or null). */
function problemsAfter(file: string, edit: (data: Json) => Json | string): string[] | null {
  dir = mkdtempSync(join(tmpdir(), 'candor-help-'));
  cpSync(HELP_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const changed = edit(JSON.parse(readFileSync(path, 'utf8')) as Json);
  writeFileSync(path, typeof changed === 'string' ? changed : JSON.stringify(changed));
  try {
    loadHelp(dir);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(HelpDataError);
    return (error as HelpDataError).problems;
  }
}

const first = (data: Json) => data.resources[0]!;

describe('help file schema', () => {
  it('accepts the shipped files', () => {
    expect(() => loadHelp()).not.toThrow();
  });

  it('names the file and field of a dial string with letters', () => {
    const problems = problemsAfter('FR.json', (d) => (first(d).tel = '31-14', d));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/help\/regions\/FR\.json: resources\.0\.tel: must be digits/));
  });

  it('refuses a number with only one source', () => {
    const problems = problemsAfter('BR.json', (d) => (first(d).sources = [(first(d).sources as string[])[0]], d));
    expect(problems).toContainEqual(expect.stringMatching(/BR\.json: resources\.0: a phone or text number needs at least two different sources/));
  });

  it('refuses the same source listed twice as two', () => {
    const problems = problemsAfter('IT.json', (d) => {
      const one = (first(d).sources as string[])[0]!;
      first(d).sources = [one, one];
      return d;
    });
    expect(problems).toContainEqual(expect.stringMatching(/IT\.json: resources\.0: .*two different sources/));
  });

  it('refuses a description missing a UI language', () => {
    const problems = problemsAfter('JP.json', (d) => {
      delete (first(d).description as Record<string, string>)['pt-BR'];
      return d;
    });
    expect(problems).toContainEqual(expect.stringMatching(/JP\.json: resources\.0\.description\.pt-BR: /));
  });

  it('refuses an empty translation', () => {
    const problems = problemsAfter('NL.json', (d) => (((first(d).description as Record<string, string>).nl = '  '), d));
    expect(problems).toContainEqual(expect.stringMatching(/NL\.json: resources\.0\.description\.nl: must not be empty/));
  });

  it('refuses a phone without its dial string', () => {
    const problems = problemsAfter('SE.json', (d) => (delete first(d).tel, d));
    expect(problems).toContainEqual(expect.stringMatching(/SE\.json: resources\.0: phone and tel go together/));
  });

  it('refuses a site that is not https', () => {
    const problems = problemsAfter('AT.json', (d) => ((first(d).url = 'http://www.example.at'), d));
    expect(problems).toContainEqual(expect.stringMatching(/AT\.json: resources\.0\.url: must be an https address/));
  });

  it('refuses a date that does not exist', () => {
    const problems = problemsAfter('PL.json', (d) => ((first(d).lastVerified = '2026-02-30'), d));
    expect(problems).toContainEqual(expect.stringMatching(/PL\.json: resources\.0\.lastVerified: must be a real date/));
  });

  it('refuses an unknown field (a typo would otherwise be silently ignored)', () => {
    const problems = problemsAfter('CH.json', (d) => ((first(d).phonee = '143'), d));
    expect(problems).toContainEqual(expect.stringMatching(/CH\.json: resources\.0\.phonee: /));
  });

  it('refuses a region without its emergency number, and one with a single source', () => {
    expect(problemsAfter('MX.json', (d) => (delete d.emergency, d))).toContainEqual(
      expect.stringMatching(/MX\.json: emergency: every region needs its emergency number/),
    );
    expect(
      problemsAfter('KR.json', (d) => {
        const emergency = d.emergency as { sources: string[] };
        emergency.sources = emergency.sources.slice(0, 1);
        return d;
      }),
    ).toContainEqual(expect.stringMatching(/KR\.json: emergency\.sources: an emergency number needs at least two different sources/));
  });

  it('refuses a file whose region is not its name', () => {
    const problems = problemsAfter('BE.json', (d) => ((d.region = 'NL'), d));
    expect(problems).toContainEqual(expect.stringMatching(/BE\.json: region: is "NL" but the file is named BE\.json/));
  });

  it('refuses an id that does not start with its region', () => {
    const problems = problemsAfter('FI.json', (d) => ((first(d).id = 'mieli-kriisipuhelin'), d));
    expect(problems).toContainEqual(expect.stringMatching(/FI\.json: resources\.0\.id: must start with "fi-"/));
  });

  it('refuses a youth service listed before a general one', () => {
    const problems = problemsAfter('IT.json', (d) => ((d.resources = [...d.resources].reverse()), d));
    expect(problems).toContainEqual(expect.stringMatching(/IT\.json: resources\.1: services for everyone come before youth services/));
  });

  it('names a file that is not JSON', () => {
    const problems = problemsAfter('ZA.json', () => '{ "region": "ZA", ');
    expect(problems).toContainEqual(expect.stringMatching(/^src\/help\/regions\/ZA\.json: not valid JSON/));
  });

  it('refuses a time zone claimed by two regions', () => {
    const problems = problemsAfter('AT.json', (d) => ((d.timeZones = ['Europe/Berlin']), d));
    expect(problems).toContainEqual(expect.stringMatching(/timeZones\.0: "Europe\/Berlin" is also claimed by/));
  });

  it('refuses an id used in two files', () => {
    const problems = problemsAfter('AT.json', (d) => ((first(d).id = 'at-rat-auf-draht'), d));
    expect(problems).toContainEqual(expect.stringMatching(/id: "at-rat-auf-draht" is also used in/));
  });

  it('notices a region with no file', () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-help-'));
    cpSync(HELP_DIR, dir, { recursive: true });
    unlinkSync(join(dir, 'HK.json'));
    expect(() => loadHelp(dir!)).toThrow(/src\/help\/regions\/HK\.json: missing/);
  });

  it('validates one file in isolation with the same messages', () => {
    const result = validateRegionFile({ region: 'XX', timeZones: [], languageRegions: [], resources: [] }, 'src/help/regions/XX.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.stringMatching(/^src\/help\/regions\/XX\.json: region: /));
  });
});
