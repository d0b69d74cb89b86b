import { HistoryStore } from '../core/history/history-store';
import type { HostService } from '../platform/host-service';
import { HISTORY_FLUSH_MS } from '../platform/history-recorder';
import { openWasmSqlite } from './sqlite-wasm';

const DB_NAME = 'stand-tall';
const STORE = 'history';
const KEY = 'sqlite';
/** Writes to IndexedDB are batched: the page may lose at most this much on a crash. */
const SAVE_DELAY_MS = 5_000;

function idb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
  });
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The browser's history: the app's SQLite schema in SQLite WebAssembly, its bytes kept in
 * IndexedDB (saved a few seconds after each change and when the page is hidden).
 */
export async function openWebHistory(service: HostService, wasmUrl: string): Promise<void> {
  try {
    const database = await idb();
    const bytes = await request<Uint8Array | undefined>(database.transaction(STORE).objectStore(STORE).get(KEY));
    const sqlite = await openWasmSqlite(wasmUrl, bytes ?? null);
    let timer: number | null = null;
    const save = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
      const tx = database.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(sqlite.export(), KEY);
      tx.onerror = () => service.addNotice('history-write-failed', tx.error?.message ?? 'IndexedDB write failed');
    };
    service.attachHistory(new HistoryStore(sqlite));
    window.setInterval(() => service.history.flush(), HISTORY_FLUSH_MS);
    window.standTall?.onHistoryChanged(() => {
      timer ??= window.setTimeout(save, SAVE_DELAY_MS);
    });
    document.addEventListener('visibilitychange', () => {
      if (document.hidden) save();
    });
    window.addEventListener('pagehide', save);
  } catch (error) {
    service.attachHistory(null, error instanceof Error ? error.message : String(error));
  }
}
