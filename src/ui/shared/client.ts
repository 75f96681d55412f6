/** Typed messages from extension pages to the background. */
import type { MessageType, Protocol, Request, Response } from '../../messaging/protocol';
import browser from '../../platform/browser';

export async function call<K extends MessageType>(type: K, payload: Protocol[K]['req']): Promise<Response<K>> {
  const message = { type, ...payload } as Request<K>;
  return (await browser.runtime.sendMessage(message)) as Response<K>;
}
