/**
 * The banner UI. Never listed in the manifest: the background injects it with
 * scripting.executeScript into a frame only after the detector found a chat there, so pages
 * without a chat never load it. It keeps one <candor-banner> per detected chat, follows the
 * background's `banner/render` messages, and runs the companion (break reminders, crisis help)
 * beside AI chats.
 */
import { h } from 'preact';
import type { BannerItem, BannerRender, ContentMessage } from '../../messaging/protocol';
import { registerCatalog } from '../../i18n';
import { getHandle } from '../handle';
import { contextAlive, getRuntime, send } from '../runtime';
import { Banner } from './Banner';
import { Companion } from './companion';
import { Overlay, placeForChat, type OverlayOptions } from './host';
import { Notice, type NoticeKind } from './Notice';
import type { CrisisTier } from '../../crisis/match';
import type { Rect } from './placement';

const INSTALLED = '__candorBannerInstalled';

const URGENCY: Record<CrisisTier, number> = { distress: 1, abuse: 2, danger: 3 };
const moreUrgent = (a: CrisisTier, b: CrisisTier): CrisisTier => (URGENCY[b] > URGENCY[a] ? b : a);

type Base = Omit<BannerRender, 'items'>;

function install(): void {
  const g = globalThis as unknown as Record<string, boolean | undefined>;
  if (g[INSTALLED]) return; // injected again after a background restart
  g[INSTALLED] = true;

  const banners = new Map<string, { overlay: Overlay; item: BannerItem }>();
  const notices = new Map<NoticeKind, Overlay>();
  /** how urgent the crisis panel on screen is (it only ever gets more urgent while shown) */
  let crisisTier: CrisisTier = 'distress';
  let base: Base | null = null;
  /** the chats this frame's detector found, for placing notices and watching frames */
  const chatElements = () => {
    const handle = getHandle();
    return handle ? (base?.chats ?? []).flatMap((chat) => handle.anchors(chat.rule)) : [];
  };
  /** the chat a notice is about: an AI-only one first */
  const mainChat = () => {
    const chats = base?.chats ?? [];
    return chats.find((c) => c.kind === 'ai') ?? chats[0] ?? { rule: '', name: '', kind: 'ai' as const, surface: 'widget' as const };
  };
  const rectsExcept = (except: Overlay | null): Rect[] =>
    [...[...banners.values()].map((b) => b.overlay), ...notices.values()].flatMap((o) => {
      const r = o !== except ? o.cardRect() : null;
      return r && r.width > 0 ? [r] : [];
    });

  const closeNotice = (kind: NoticeKind) => {
    notices.get(kind)?.destroy();
    notices.delete(kind);
  };

  const showNotice = (kind: NoticeKind, minutes = 0, tier?: CrisisTier) => {
    if (!base) return;
    if (kind === 'crisis' && tier) crisisTier = notices.has('crisis') ? moreUrgent(crisisTier, tier) : tier;
    const chat = mainChat();
    let overlay = notices.get(kind);
    if (!overlay) {
      const options: OverlayOptions = {
        tag: 'candor-notice',
        attributes: () => ({
          'data-candor-notice': kind,
          'data-candor-rule': chat.rule,
          ...(kind === 'crisis' ? { 'data-candor-tier': crisisTier } : {}),
        }),
        place: placeForChat(chat.surface, () => getHandle()?.anchors(chat.rule) ?? [], () => rectsExcept(overlay ?? null)),
        anchors: () => getHandle()?.anchors(chat.rule) ?? [],
        onEscape: () => closeNotice(kind),
      };
      overlay = new Overlay(options);
      notices.set(kind, overlay);
      overlay.mount();
    }
    overlay.update(
      h(Notice, {
        kind,
        name: chat.name,
        lang: base.language,
        teen: base.audience === 'teen',
        help: base.help,
        abuseHelp: base.abuseHelp ?? [],
        emergency: base.emergency ?? null,
        tier: crisisTier,
        minutes,
        onClose: () => closeNotice(kind),
      }),
    );
  };

  const companion = new Companion({
    reminderMinutes: () => base?.reminderMinutes ?? null,
    crisisSupport: () => base?.crisisSupport ?? false,
    chatElements,
    onBreak: (minutes) => showNotice('break', minutes),
    onCrisis: (tier) => showNotice('crisis', 0, tier),
  });

  /**
   * Rules the person hid in this document. A render already on its way from the background may
   * still list them; they stay hidden for the life of this page view whatever arrives.
   */
  const hiddenHere = new Set<string>();
  /**
   * Rules whose banner the page kept hiding until Candor stopped putting it back: not created
   * again in this document (that would start the fight over); the background knows and says so.
   */
  const hiddenByPage = new Set<string>();

  const apply = (render: BannerRender) => {
    if (render.messages) registerCatalog(render.language, render.messages);
    const { items: all, ...rest } = render;
    const items = all.filter((i) => !hiddenHere.has(i.rule));
    base = rest;
    const wanted = new Set(items.map((i) => i.rule));
    for (const [rule, banner] of banners) {
      if (!wanted.has(rule)) {
        banner.overlay.destroy();
        banners.delete(rule);
      }
    }
    for (const item of items) {
      let banner = banners.get(item.rule);
      if (!banner && hiddenByPage.has(item.rule)) continue;
      const rule = item.rule;
      const dismiss = (scope: 'page' | 'site') => {
        hiddenHere.add(rule);
        banners.get(rule)?.overlay.destroy();
        banners.delete(rule);
        void send({ type: 'banner/dismiss', rule, scope });
      };
      if (!banner) {
        const anchors = () => getHandle()?.anchors(rule) ?? [];
        let overlay: Overlay | null = null;
        overlay = new Overlay({
          tag: getHandle()?.bannerTag ?? 'candor-banner',
          attributes: () => {
            const current = banners.get(rule)?.item ?? item;
            const attributes: Record<string, string> = {
              'data-candor-rule': current.rule,
              'data-candor-kind': current.kind,
              'data-candor-disclosed': current.disclosed,
              'data-candor-context': current.context,
            };
            // Present only when the chat presents itself as a therapist or a licensed clinician.
            if (current.claims.length > 0) attributes['data-candor-claims'] = 'therapist';
            return attributes;
          },
          place: placeForChat(item.surface, anchors, () => rectsExcept(overlay)),
          anchors,
          onEscape: () => dismiss('page'),
          onHidden: ({ timesHidden, gaveUp }) => {
            if (gaveUp) hiddenByPage.add(rule);
            void send({ type: 'banner/hidden', rule, timesHidden, gaveUp });
          },
        });
        banner = { overlay, item };
        banners.set(rule, banner);
        overlay.mount();
      }
      banner.item = item;
      const overlay = banner.overlay;
      overlay.update(h(Banner, { item, render: rest, onDismiss: dismiss, onResize: () => overlay.schedulePosition() }));
    }
    if (rest.chats.length === 0) {
      companion.stop();
      for (const kind of [...notices.keys()]) closeNotice(kind);
    } else {
      companion.refresh();
    }
  };

  const onMessage = (message: unknown) => {
    if (!contextAlive()) {
      for (const { overlay } of banners.values()) overlay.destroy();
      for (const overlay of notices.values()) overlay.destroy();
      banners.clear();
      notices.clear();
      companion.stop();
      return undefined;
    }
    const m = message as ContentMessage | null;
    if (m?.type === 'banner/render') apply(m);
    else if (m?.type === 'notice/crisis') {
      const { type: _type, tier, ...render } = m;
      if (render.messages) registerCatalog(render.language, render.messages);
      base ??= render;
      showNotice('crisis', 0, tier);
    }
    return undefined;
  };
  getRuntime()?.onMessage.addListener(onMessage);
}

install();
