/** The repository says MPL-2.0 (package.json) and carries the license's full text. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('LICENSE', () => {
  it('is the unmodified Mozilla Public License 2.0 text that package.json names', () => {
    const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MPL-2.0');
    expect(text.startsWith('Mozilla Public License Version 2.0\n==================================\n')).toBe(true);
    expect(text).toContain('Exhibit B - "Incompatible With Secondary Licenses" Notice');
    // Byte for byte the text Mozilla's own packages ship (web-ext, webextension-polyfill,
    // addons-scanner-utils, addons-moz-compare and eslint-plugin-no-unsanitized all agree).
    expect(createHash('sha256').update(text).digest('hex')).toBe('1f256ecad192880510e84ad60474eab7589218784b9a50bc7ceee34c2b91f1d5');
  });
});
