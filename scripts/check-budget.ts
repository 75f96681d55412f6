/**
 * CI's size budget: the gzip size of everything a page without a chat loads (the manifest's
 * content scripts) must stay within 15 KB, in both builds. Bytes are deterministic, so this is
 * the one performance figure CI enforces; the rest are measured by `npm run bench`.
 */
import { join } from 'node:path';
import { EAGER_BUDGET_GZIP, eagerScripts } from './lib/budget';

let failed = false;
for (const browser of ['chrome', 'firefox']) {
  const { files, raw, gzip } = eagerScripts(join(import.meta.dirname, '..', 'dist', browser));
  const ok = gzip <= EAGER_BUDGET_GZIP;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${browser}: ${files.join(', ')} = ${gzip} B gzip (${raw} B raw), budget ${EAGER_BUDGET_GZIP} B`);
}
if (failed) process.exit(1);
