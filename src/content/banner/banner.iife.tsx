/**
 * The banner UI. Never listed in the manifest: the background injects it with
 * scripting.executeScript into a frame only after the detector found a chat there, so pages
 * without a chat never load it. It keeps one BannerHost per detected chat and follows the
 * background's `banner/render` messages.
 */
import type { BannerRender, ContentMessage } from '../../messaging/protocol';
import { getHandle } from '../handle';
import { contextAlive, runtime, send } from '../runtime';
import { BannerHost } from './host';

const INSTALLED = '__candorBannerInstalled';

function install(): void {
  const g = globalThis as unknown as Record<string, boolean | undefined>;
  if (g[INSTALLED]) return; // injected again after a background restart
  g[INSTALLED] = true;

  const hosts = new Map<string, BannerHost>();

  const apply = (render: BannerRender) => {
    const { items, ...base } = render;
    const wanted = new Set(items.map((i) => i.rule));
    for (const [rule, host] of hosts) {
      if (!wanted.has(rule)) {
        host.destroy();
        hosts.delete(rule);
      }
    }
    for (const item of items) {
      let host = hosts.get(item.rule);
      if (!host) {
        const rule = item.rule;
        host = new BannerHost(item, {
          anchors: () => getHandle()?.anchors(rule) ?? [],
          otherRects: () =>
            [...hosts.entries()].flatMap(([other, h]) => {
              const r = other !== rule ? h.cardRect() : null;
              return r && r.width > 0 ? [r] : [];
            }),
          onDismiss: (scope) => {
            hosts.get(rule)?.destroy();
            hosts.delete(rule);
            void send({ type: 'banner/dismiss', rule, scope });
          },
        });
        hosts.set(item.rule, host);
        host.mount();
      }
      host.update(item, base);
    }
  };

  const onMessage = (message: unknown) => {
    if (!contextAlive()) {
      for (const host of hosts.values()) host.destroy();
      hosts.clear();
      return undefined;
    }
    const m = message as ContentMessage | null;
    if (m?.type === 'banner/render') apply(m);
    return undefined;
  };
  runtime?.onMessage.addListener(onMessage);
}

install();
