/** Background wiring only: browser events in, controller methods out. */
import browser, { type Runtime } from '../platform/browser';
import { SETTINGS_KEY } from '../settings/store';
import { Controller } from './controller';
import { createRouter } from './router';
import { openWelcome, shouldWelcome } from './welcome';

const controller = new Controller();
const route = createRouter(controller, browser.runtime.id, browser.runtime.getURL(''));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.storage.onChanged.addListener((changes, area) => {
  // Settings written elsewhere (another Candor page in an older state, an import) or a new policy.
  const settingsChanged = area === 'local' && SETTINGS_KEY in changes && !controller.settings.isOwnWrite(changes[SETTINGS_KEY]?.newValue);
  if (settingsChanged) void controller.settings.reloadSettings();
  if (area === 'managed') void controller.settings.reloadPolicy();
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void controller.onNavigate(tabId);
  else if (change.status === 'complete') void controller.onLoaded(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => controller.onTabRemoved(tabId));
browser.alarms.onAlarm.addListener((alarm) => void controller.onAlarm(alarm.name));

browser.runtime.onInstalled.addListener((details) => {
  if (!shouldWelcome(details.reason, navigator)) return;
  // Policy first: the welcome page too waits until the browser has answered about policy.
  void controller.settings.ready().then(openWelcome).catch(() => undefined);
});
