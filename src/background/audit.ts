/**
 * Audits: the person starts one, records evidence of pages from the popup, exports and deletes.
 * Outside a running audit, recording is refused: Candor keeps no browsing history otherwise.
 */
import { buildChecklist } from '../audit/checklist';
import { toAuditDetection, toAuditDisclosure } from '../audit/report';
import type { AuditSession, EvidenceRecord, Response, TabState } from '../messaging/protocol';
import browser from '../platform/browser';
import { addRecord, deleteAllRecords, deleteRecord, listRecords } from './evidence-store';
import { EXTENSION_VERSION, RULES_VERSION } from './rules';

const AUDIT_KEY = 'audit';

export async function currentAudit(): Promise<AuditSession | null> {
  const value = (await browser.storage.local.get(AUDIT_KEY))[AUDIT_KEY] as AuditSession | undefined;
  return value && typeof value.name === 'string' && typeof value.startedAt === 'string' ? value : null;
}

export async function auditState(): Promise<Response<'audit/state'>> {
  return { audit: await currentAudit(), records: await listRecords() };
}

export async function startAudit(name: string): Promise<void> {
  await browser.storage.local.set({ [AUDIT_KEY]: { name, startedAt: new Date().toISOString() } satisfies AuditSession });
}

export async function stopAudit(): Promise<void> {
  await browser.storage.local.remove(AUDIT_KEY);
}

export async function deleteEvidence(id: string): Promise<void> {
  if (id === 'all') await deleteAllRecords();
  else await deleteRecord(id);
}

export async function recordEvidence(tabId: number, state: TabState): Promise<Response<'audit/record'>> {
  const audit = await currentAudit();
  if (!audit) return { ok: false, error: 'No audit is running. Start one on the audit page first.' };
  if (!state.url || !state.site) return { ok: false, error: 'Candor can only record web pages.' };
  const tab = await browser.tabs.get(tabId);
  let screenshotDataUrl: string | null = null;
  let screenshotError: string | undefined;
  try {
    if (!tab.active) throw new Error('the tab is not the visible one in its window');
    screenshotDataUrl = await browser.tabs.captureVisibleTab(tab.windowId!, { format: 'png' });
  } catch (error) {
    const reason = (error as Error).message;
    // Candor asks only for activeTab, which the browser grants when the person opens Candor from
    // the toolbar on that tab; a record made any other way has no screenshot, and says why.
    screenshotError = /activeTab|all_urls/i.test(reason)
      ? 'No screenshot: the browser allows one only right after you open Candor from the toolbar on this tab.'
      : `No screenshot: ${reason}`;
  }
  const record: EvidenceRecord = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    auditName: audit.name,
    title: tab.title ?? '',
    url: state.url,
    finalUrl: state.url,
    status: 'ok',
    httpStatus: null,
    visitedAt: new Date().toISOString(),
    // The same rows as the command-line audit: fields the detector adds later come along.
    detections: state.detections.map(toAuditDetection),
    disclosure: toAuditDisclosure(state.detections),
    checklist: buildChecklist(state.detections),
    screenshot: null,
    screenshotDataUrl,
    versions: { extension: EXTENSION_VERSION, rules: RULES_VERSION, browser: navigator.userAgent },
  };
  if (screenshotError) record.screenshotError = screenshotError;
  await addRecord(record);
  return { ok: true, id: record.id };
}
