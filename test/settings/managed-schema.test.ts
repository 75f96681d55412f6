/**
 * public/managed_schema.json is what administrators' policy tools read; it must offer exactly
 * the values the settings schema accepts, or a policy could set a value Candor then repairs away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_STYLES, LANGUAGES, REGION_SETTINGS } from '../../src/settings/schema';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'managed_schema.json'), 'utf8')) as {
  properties: Record<string, { enum?: string[] }>;
};

describe('managed_schema.json', () => {
  it('offers exactly the regions, languages and styles the settings accept', () => {
    expect(schema.properties.region?.enum).toEqual([...REGION_SETTINGS]);
    expect(schema.properties.language?.enum).toEqual([...LANGUAGES]);
    expect(schema.properties.bannerStyle?.enum).toEqual([...BANNER_STYLES]);
  });
});
