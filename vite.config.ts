/**
 * Two builds from one manifest: `vite build --mode chrome` -> dist/chrome (MV3 service worker)
 * and `vite build --mode firefox` -> dist/firefox (MV3 with background scripts and a gecko id).
 * `npm run build` runs both and packs the store zips (scripts/package.ts).
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { GENERATED_DIR, writeGenerated } from './scripts/lib/generated';
import { HELP_DIR, loadHelp } from './scripts/lib/help';

export const GECKO_ID = 'candor@candor-extension.org';

type Browser = 'chrome' | 'firefox';

function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  if (browser === 'firefox') {
    const { service_worker, type } = manifest.background;
    (manifest as Record<string, unknown>).background = { scripts: [service_worker], type };
    (manifest as Record<string, unknown>).browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as ManifestV3Export;
}

/** Validates and compiles src/rules at the start of every build; a bad rule stops the build. */
function candorRules(): Plugin {
  return {
    name: 'candor:rules',
    enforce: 'pre',
    config() {
      writeGenerated();
    },
    buildStart() {
      this.addWatchFile(resolve(import.meta.dirname, 'src/rules'));
    },
  };
}

/** Validates src/help/regions at the start of every build; a bad help file stops the build. */
function candorHelp(): Plugin {
  return {
    name: 'candor:help',
    enforce: 'pre',
    config() {
      loadHelp();
    },
    buildStart() {
      this.addWatchFile(HELP_DIR);
    },
  };
}

/**
 * Least exposure: the content scripts are self-contained IIFEs and the banner is injected with
 * scripting.executeScript, which needs no web-accessible resources. CRXJS still lists the banner
 * as web-accessible to every page (which would let any page probe for Candor) and leaves the
 * intermediate ESM chunk of each IIFE behind; both are removed here.
 */
function candorPackaging(outDir: string): Plugin {
  return {
    name: 'candor:packaging',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      delete manifest.web_accessible_resources;
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      const assets = join(outDir, 'assets');
      for (const file of readdirSync(assets)) {
        if (/\.iife\.tsx?-[\w-]+\.js$/.test(file)) rmSync(join(assets, file));
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      candorRules(),
      candorHelp(),
      preact(),
      crx({ manifest: manifestFor(browser), browser }),
      candorPackaging(resolve(import.meta.dirname, `dist/${browser}`)),
    ],
    resolve: {
      alias: [{ find: /^candor:generated\/(.*)$/, replacement: `${GENERATED_DIR}/$1` }],
    },
    // The content scripts are built by CRXJS in a separate IIFE build that inherits these.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: { __CANDOR_BROWSER__: JSON.stringify(browser) },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      // CANDOR_NO_MINIFY=1 keeps names readable in CPU profiles.
      minify: !process.env.CANDOR_NO_MINIFY,
      sourcemap: false,
      modulePreload: false,
      // Extension pages not named in the manifest.
      rollupOptions: { input: { audit: 'src/ui/audit/index.html' } },
    },
  };
});
