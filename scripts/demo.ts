/**
 * Shows Candor working: Chromium with the built extension on local pages that carry real
 * widget markup (the test fixtures), served on 127.0.0.1 with the same offline "internet" the
 * tests use. With a display, a browser window opens and stays until you close it; without one
 * (or with --headless), screenshots go to demo-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/support/browsers';
import { startServer, servedUrl } from '../test/e2e/support/server';
import { loadRules } from './lib/rules';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'chrome', 'manifest.json'))) {
  console.error('No build found: run `npm run build` first (or `npm run setup`).');
  process.exit(1);
}
const headless = process.argv.includes('--headless') || !process.env.DISPLAY || !!process.env.CI;
const outDir = join(root, 'demo-output');

const { rules } = loadRules();
const pick = (id: string) => rules.find((r) => r.id === id);
const showcase = ['intercom', 'tidio', 'zendesk', 'chatgpt', 'character-ai']
  .map(pick)
  .filter((r): r is NonNullable<typeof r> => !!r);
const pair = [pick('drift'), pick('crisp')].filter((r): r is NonNullable<typeof r> => !!r);

const server = await startServer();
const browser = await launchChromium({ proxy: server.proxy, headless });
const pages: Array<{ name: string; url: string }> = showcase.map((rule) => ({
  name: rule.id,
  url: servedUrl(server, rule.fixtures.match[0]!),
}));
if (pair.length === 2) {
  pages.push({
    name: 'two-widgets',
    url: `${server.pageUrl('host.html')}?fixtures=${pair.map((r) => r.fixtures.match[0]).join(',')}`,
  });
}

if (headless) mkdirSync(outDir, { recursive: true });
for (const { name, url } of pages) {
  const page = await browser.newPage();
  await page.goto(url);
  try {
    await page.waitFor(() => document.querySelectorAll('candor-banner').length > 0, undefined, 10_000);
    // Let the banner's gentle fade-in finish before the picture.
    await new Promise((resolve) => setTimeout(resolve, 400));
  } catch {
    console.warn(`  no banner appeared on ${name}`);
  }
  const banners = await page.banners();
  console.log(`${name.padEnd(14)} ${banners.map((b) => `${b.rule} (${b.kind}, disclosed: ${b.disclosed})`).join('; ') || '—'}`);
  if (headless) {
    const file = join(outDir, `${name}.png`);
    await page.screenshot(file);
    console.log(`               screenshot: ${file}`);
    await page.close();
  }
}

if (headless) {
  await browser.close();
  await server.close();
  console.log(`\nDone. Screenshots are in ${outDir}/`);
} else {
  console.log('\nCandor is running in the Chromium window. Close the window (or press Ctrl+C) to finish.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  await browser.waitForClose();
  await stop();
}
