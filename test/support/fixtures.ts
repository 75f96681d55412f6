import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { FIXTURES_DIR } from './rule-files';

/** Where a fixture page stands: its own <meta name="candor-fixture-url">, else a neutral URL. */
export function fixtureUrl(html: string, path: string): string {
  const meta = /<meta\s+name=["']candor-fixture-url["']\s+content=["']([^"']+)["']/i.exec(html);
  return meta?.[1] ?? `http://127.0.0.1/fixtures/${path}`;
}

/** Rule ids a fixture expects besides its own rule (a page with two widgets), from its meta. */
export function fixtureAlsoExpects(html: string): string[] {
  const meta = /<meta\s+name=["']candor-fixture-expect["']\s+content=["']([^"']+)["']/i.exec(html);
  return meta?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES_DIR, path), 'utf8');
}

export function listFixtures(folder: string): string[] {
  return readdirSync(join(FIXTURES_DIR, folder))
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => `${folder}/${n}`);
}

/** Parses a fixture page in happy-dom without running its scripts or loading anything. */
export function parseFixture(path: string): { doc: Document; url: string; html: string; close: () => Promise<void> } {
  const html = readFixture(path);
  const url = fixtureUrl(html, path);
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, url, html, close: () => window.happyDOM.close() };
}

/** Rows of a CSV file as RFC 4180 writes them (quoted cells may hold commas, quotes, line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}
