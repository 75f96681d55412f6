/**
 * Cookie-consent pop-ups, handled by DuckDuckGo's maintained autoconsent library
 * (@duckduckgo/autoconsent): its rules recognise hundreds of consent platforms and know which
 * button accepts or rejects on each. Candor writes no clicker of its own; this file only wires
 * autoconsent's Playwright content script to the audited page, as its docs describe
 * (docs/puppeteer.md and playwright/runner.ts in the package), and notes what it reports.
 *
 * --consent none   recognise the platform and its pop-up, click nothing, hide nothing
 * --consent accept autoconsent opts in (full rules: the compact set has no opt-in steps)
 * --consent reject autoconsent opts out (the compact rules, filtered for each frame by the library)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { filterCompactRules } from '@duckduckgo/autoconsent';
import type { Frame, Page } from 'playwright-core';
import type { AuditConsent } from '../../../src/audit/report';
import type { ConsentMode } from './options';

const require = createRequire(import.meta.url);
const PACKAGE_DIST = dirname(require.resolve('@duckduckgo/autoconsent'));
const PACKAGE_ROOT = dirname(PACKAGE_DIST);

let loaded: { script: string; fullRules: FullRule[]; compactRules: Parameters<typeof filterCompactRules>[0]; version: string } | null = null;

interface FullRule {
  name: string;
  runContext?: { main?: boolean; frame?: boolean; urlPattern?: string };
  [key: string]: unknown;
}

function library() {
  loaded ??= {
    script: readFileSync(join(PACKAGE_DIST, 'autoconsent.playwright.js'), 'utf8'),
    fullRules: (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'rules', 'rules.json'), 'utf8')) as { autoconsent: FullRule[] }).autoconsent,
    compactRules: JSON.parse(readFileSync(join(PACKAGE_ROOT, 'rules', 'compact-rules.json'), 'utf8')),
    version: (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  };
  return loaded;
}

/** The autoconsent version in use, for the report's tool line. */
export function autoconsentVersion(): string {
  return library().version;
}

/**
 * The full rules that can run in this frame. Autoconsent checks each rule's run context itself;
 * leaving out the site-specific rules of other sites only keeps the message small.
 */
function fullRulesFor(url: string, mainFrame: boolean): FullRule[] {
  return library().fullRules.filter((rule) => {
    const context = rule.runContext ?? {};
    if (mainFrame ? context.main === false : context.frame !== true) return false;
    if (!context.urlPattern) return true;
    try {
      return new RegExp(context.urlPattern).test(url);
    } catch {
      return true;
    }
  });
}

type AutoconsentMessage = { type: string; [key: string]: unknown };

/** Lifecycle states in which autoconsent is still working on a frame. */
const WORKING = new Set(['loading', 'initialized', 'waitingForInitResponse', 'openPopupDetected', 'runningOptIn', 'runningOptOut']);
/** A found platform may show its pop-up a little later; autoconsent looks for about 5 s. */
const POPUP_LOOK_MS = 6000;
/** Autoconsent's first searches for a platform take a second or so (then it waits for changes). */
const FIRST_LOOKS_MS = 2500;

export class ConsentWatcher {
  private platforms: Array<{ name: string; main: boolean }> = [];
  private popup = false;
  private result: boolean | null = null;
  private frames = new Map<string, { lifecycle: string; main: boolean; since: number }>();

  constructor(
    private readonly page: Page,
    readonly mode: ConsentMode,
  ) {}

  /** Call before the page navigates to the audited URL. */
  async attach(): Promise<void> {
    await this.page.exposeBinding('autoconsentSendMessage', ({ frame }: { frame: Frame }, message: unknown) => {
      if (message && typeof message === 'object' && typeof (message as AutoconsentMessage).type === 'string') {
        void this.onMessage(frame, message as AutoconsentMessage).catch(() => undefined);
      }
    });
    await this.page.addInitScript({ content: library().script });
  }

  private send(frame: Frame, message: object): Promise<unknown> {
    return frame
      .evaluate((m) => (window as unknown as { autoconsentReceiveMessage?: (m: unknown) => unknown }).autoconsentReceiveMessage?.(m), message)
      .catch(() => undefined);
  }

  private async onMessage(frame: Frame, message: AutoconsentMessage): Promise<void> {
    const main = frame === this.page.mainFrame();
    switch (message.type) {
      case 'init': {
        const url = frame.url();
        const rules =
          this.mode === 'accept'
            ? { autoconsent: fullRulesFor(url, main) }
            : { compact: filterCompactRules(library().compactRules, { url, mainFrame: main }) };
        const config = {
          enabled: true,
          autoAction: this.mode === 'accept' ? 'optIn' : this.mode === 'reject' ? 'optOut' : null,
          disabledCmps: [],
          // "none" changes nothing on the page: no hiding, before or instead of a click.
          enablePrehide: this.mode !== 'none',
          // Hiding a pop-up is neither accepting nor rejecting it: only rules that click.
          enableCosmeticRules: false,
          enableGeneratedRules: true,
          enableHeuristicDetection: false,
          detectRetries: 20,
          isMainWorld: false,
          prehideTimeout: 2000,
          visualTest: false,
          logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
        };
        await this.send(frame, { type: 'initResp', config, rules });
        return;
      }
      case 'eval': {
        // A rule asks for a snippet of autoconsent's own (eval-snippets.ts) to run in the page.
        let result: unknown = false;
        try {
          result = await frame.evaluate(String(message.code));
        } catch {
          /* a failed check counts as "no" */
        }
        await this.send(frame, { type: 'evalResp', id: message.id, result });
        return;
      }
      case 'cmpDetected':
        if (typeof message.cmp === 'string' && !this.platforms.some((p) => p.name === message.cmp)) this.platforms.push({ name: message.cmp, main });
        return;
      case 'popupFound':
        this.popup = true;
        if (typeof message.cmp === 'string' && !this.platforms.some((p) => p.name === message.cmp)) this.platforms.push({ name: message.cmp, main });
        return;
      case 'optInResult':
      case 'optOutResult':
        // One failure is not the last word: a platform with a pop-up in two frames may succeed in the other.
        this.result = this.result === true ? true : message.result === true;
        return;
      case 'report': {
        const state = message.state as { lifecycle?: unknown } | undefined;
        const id = String(message.instanceId);
        const lifecycle = typeof state?.lifecycle === 'string' ? state.lifecycle : 'loading';
        const previous = this.frames.get(id);
        this.frames.set(id, { lifecycle, main: message.mainFrame === true, since: previous?.lifecycle === lifecycle ? previous.since : Date.now() });
        return;
      }
      default:
        return;
    }
  }

  /** Whether autoconsent is still deciding or clicking, so the page may yet change. */
  working(now = Date.now()): boolean {
    if (this.mode === 'none') return false;
    for (const frame of this.frames.values()) {
      if (WORKING.has(frame.lifecycle)) return true;
      if (frame.lifecycle === 'cmpDetected' && now - frame.since < POPUP_LOOK_MS) return true;
      // Its first looks for a platform on the page itself (not every ad frame). After that it
      // only looks again when the page changes, for up to a minute: the --settle wait covers
      // that, and a platform found meanwhile makes it busy again.
      if (frame.lifecycle === 'started' && frame.main && now - frame.since < FIRST_LOOKS_MS) return true;
    }
    return false;
  }

  record(): AuditConsent {
    const platform = (this.platforms.find((p) => p.main) ?? this.platforms[0])?.name ?? null;
    let action: AuditConsent['action'] = 'none';
    if (this.mode !== 'none' && this.result !== null) action = this.result ? (this.mode === 'accept' ? 'accepted' : 'rejected') : 'failed';
    return { mode: this.mode, platform, popup: this.popup, action };
  }
}
