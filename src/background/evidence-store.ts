/**
 * Evidence records of an audit the person started, in the extension's own IndexedDB (records
 * carry screenshots, too big for storage.local). Nothing is written here unless an audit is
 * running; deleting removes it for good.
 */
import type { EvidenceRecord } from '../messaging/protocol';

const DB_NAME = 'candor-audit';
const STORE = 'records';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function addRecord(record: EvidenceRecord): Promise<void> {
  await withStore('readwrite', (store) => store.put(record));
}

export async function listRecords(): Promise<EvidenceRecord[]> {
  const records = await withStore<EvidenceRecord[]>('readonly', (store) => store.getAll() as IDBRequest<EvidenceRecord[]>);
  return records.sort((a, b) => a.visitedAt.localeCompare(b.visitedAt));
}

export async function deleteRecord(id: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(id));
}

export async function deleteAllRecords(): Promise<void> {
  await withStore('readwrite', (store) => store.clear());
}
