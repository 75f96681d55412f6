/**
 * Watches one page's network, to tell when it has gone quiet: no request started or finished
 * for a while, and at most a couple still open (a chat's long poll or a stalled beacon never
 * finishes, and must not hold the audit for ever; Puppeteer's "networkidle2" counts the same way).
 */
import type { Page, Request } from 'playwright-core';

export const QUIET_MS = 1000;
const OPEN_ALLOWED = 2;

export class NetworkMonitor {
  private open = new Set<Request>();
  private lastActivity = Date.now();

  constructor(page: Page) {
    const start = (request: Request) => {
      if (!/^https?:/i.test(request.url())) return;
      this.open.add(request);
      this.lastActivity = Date.now();
    };
    const end = (request: Request) => {
      if (this.open.delete(request)) this.lastActivity = Date.now();
    };
    page.on('request', start);
    page.on('requestfinished', end);
    page.on('requestfailed', end);
  }

  /** Milliseconds the network has been quiet, or 0 when it is busy. */
  quietFor(now = Date.now()): number {
    if (this.open.size > OPEN_ALLOWED) return 0;
    return Math.max(0, now - this.lastActivity);
  }
}
