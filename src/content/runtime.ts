/**
 * The slice of the extension runtime the eager content script needs, without
 * webextension-polyfill: in MV3 both Firefox (`browser`) and Chrome (`chrome`) return
 * promises from runtime.sendMessage, and this file keeps the detector a few KB.
 */
interface MinimalRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown) => unknown): void;
    removeListener(listener: (message: unknown, sender: unknown) => unknown): void;
  };
}

const g = globalThis as unknown as { browser?: { runtime: MinimalRuntime }; chrome?: { runtime: MinimalRuntime } };

let cached: MinimalRuntime | undefined;

/**
 * The runtime API, looked up on first use. Touching the extension API object in a content
 * script sets up its bindings, which costs Chromium several milliseconds: a page without a chat
 * never pays that, because the detector only asks once it has something to report.
 */
export function getRuntime(): MinimalRuntime | undefined {
  if (!cached) {
    try {
      cached = (g.browser ?? g.chrome)?.runtime;
    } catch {
      cached = undefined;
    }
  }
  return cached;
}

/** False once the extension was reloaded or updated under this page: stop everything then. */
export function contextAlive(): boolean {
  try {
    return !!getRuntime()?.id;
  } catch {
    return false;
  }
}

/** Sends a message; never throws into the page. Resolves undefined when the context is gone. */
export async function send(message: { type: string } & Record<string, unknown>): Promise<unknown> {
  if (!contextAlive()) return undefined;
  try {
    return await getRuntime()!.sendMessage(message);
  } catch {
    return undefined;
  }
}
