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

export const runtime: MinimalRuntime | undefined = (g.browser ?? g.chrome)?.runtime;

/** False once the extension was reloaded or updated under this page: stop everything then. */
export function contextAlive(): boolean {
  try {
    return !!runtime?.id;
  } catch {
    return false;
  }
}

/** Sends a message; never throws into the page. Resolves undefined when the context is gone. */
export async function send(message: { type: string } & Record<string, unknown>): Promise<unknown> {
  if (!contextAlive()) return undefined;
  try {
    return await runtime!.sendMessage(message);
  } catch {
    return undefined;
  }
}
