/**
 * The setup every end-to-end file shares: the fixture server (which is also the browsers'
 * proxy) and one browser with the built extension, started before a file's tests and stopped
 * after them.
 *
 *   describe.each(BROWSERS)('%s', (browserName) => {
 *     const e2e = useE2E(browserName);
 *     it('…', async () => {
 *       const page = await e2e.browser.newPage();
 *       await page.goto(e2e.server.pageUrl('host.html'));
 *     });
 *   });
 *
 * For a browser that lives only inside one test (another build, a policy written first), use
 * `withE2E(browserName, options, async ({ server, browser }) => …)`, which always closes both.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type E2EBrowser, type LaunchOptions } from './browsers';
import { startServer, type GeneratedPages, type TestServer } from './server';

export interface E2E {
  readonly server: TestServer;
  readonly browser: E2EBrowser;
}

/**
 * Launch options without the proxy, which is always the session's own server; `pages`: pages
 * and vendor frames the server makes up for this session (see startServer).
 */
export type SessionOptions = Omit<LaunchOptions, 'proxy'> & { pages?: GeneratedPages };

export interface E2ESession extends E2E {
  close(): Promise<void>;
}

/** Starts the server and the browser; close() stops both (and is safe to call twice). */
export async function startE2E(name: BrowserName, options: SessionOptions = {}): Promise<E2ESession> {
  const { pages, ...launchOptions } = options;
  const server = await startServer(pages);
  let browser: E2EBrowser;
  try {
    browser = await launch(name, { ...launchOptions, proxy: server.proxy });
  } catch (error) {
    await server.close();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    server,
    browser,
    close: () =>
      (closed ??= (async () => {
        await browser.close().catch(() => undefined);
        await server.close();
      })()),
  };
}

/** Runs `fn` with its own server and browser, and stops both whatever happens. */
export async function withE2E<R>(name: BrowserName, options: SessionOptions, fn: (e2e: E2E) => Promise<R>): Promise<R> {
  const session = await startE2E(name, options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

/**
 * For a describe block: the server and browser start before its first test and stop after its
 * last. `options` may be a function, called when the browser starts (e.g. to build a copy of
 * the extension first). Read `.server` and `.browser` inside tests and hooks.
 */
export function useE2E(name: BrowserName, options: SessionOptions | (() => SessionOptions | Promise<SessionOptions>) = {}): E2E {
  let session: E2ESession | undefined;
  beforeAll(async () => {
    session = await startE2E(name, typeof options === 'function' ? await options() : options);
  });
  afterAll(async () => {
    await session?.close();
  });
  const current = () => {
    if (!session) throw new Error('useE2E: the browser is not started yet (use it inside tests or hooks)');
    return session;
  };
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
  };
}
