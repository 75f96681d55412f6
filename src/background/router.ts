/**
 * Routes accepted messages to the controller. The handler map is typed against the protocol,
 * so a message type without a handler fails the type check.
 */
import { acceptMessage, classifySender, type SenderInfo } from '../messaging/guards';
import type { MessageType, Request, Response } from '../messaging/protocol';
import { auditState, deleteEvidence, recordEvidence, startAudit, stopAudit } from './audit';
import type { Controller } from './controller';

type Handler<K extends MessageType> = (message: Request<K>, sender: SenderInfo) => Promise<Response<K>>;
type Handlers = { [K in MessageType]: Handler<K> };

export function createRouter(controller: Controller, extensionId: string, extensionOrigin: string) {
  const handlers: Handlers = {
    'detector/wake': (_m, s) => controller.wakeDetector(s.tab!.id!, s.frameId!),
    'detections/report': (m, s) => controller.onReport(s.tab!.id!, s.frameId!, m),
    'banner/dismiss': (m, s) => controller.onDismiss(s.tab!.id!, s.frameId!, m),
    'banner/hidden': (m, s) => controller.onHiddenByPage(s.tab!.id!, s.frameId!, m),
    'frame/disclosure': (m, s) => controller.onChatFrame(s.tab!.id!, s.frameId!, m),
    'tab/state': (m) => controller.getTabState(m.tabId),
    'settings/get': () => controller.getSettingsWithNotice(),
    'settings/update': (m) => controller.updateSettings(m.patch),
    'site/pause': (m) => controller.pauseSite(m.site, m.duration),
    'crisis/detected': (m, s) => controller.onCrisisInFrame(s.tab!.id!, m.tier ?? 'distress'),
    'lock/set': (m) => controller.settings.setLock(m.pin, m.coversSiteDismiss),
    'lock/unlock': (m) => controller.settings.unlock(m.pin),
    'lock/relock': () => controller.settings.relock(),
    'lock/remove': () => controller.settings.removeLock(),
    'audit/state': () => auditState(),
    'audit/start': (m) => startAudit(m.name),
    'audit/stop': () => stopAudit(),
    'audit/record': async (m) => recordEvidence(m.tabId, await controller.getTabState(m.tabId)),
    'audit/delete': (m) => deleteEvidence(m.id),
  };

  /** Returns a promise for messages we answer, undefined for everything we ignore. */
  return (message: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    const accepted = acceptMessage(message, classifySender(sender, extensionId, extensionOrigin));
    if (!accepted) return undefined;
    const handler = handlers[accepted.type] as Handler<MessageType>;
    return handler(accepted, sender).catch((error: unknown) => {
      console.error(`Candor: ${accepted.type} failed`, error);
      return undefined;
    });
  };
}
