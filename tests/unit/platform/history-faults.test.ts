import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/core/history/history-store';
import { openNodeSqlite } from '../../../electron/main/sqlite-node';
import { hostOnFakeTime } from '../../support/fakes';
import { tempDirForTest } from '../../support/temp-dir';

describe('history faults', () => {
  it('a read-only history gives one notice, monitoring goes on, and writes resume when it is writable again', async () => {
    const { service, clock } = hostOnFakeTime();
    const db = openNodeSqlite(join(tempDirForTest('ro'), 'history.sqlite'));
    service.attachHistory(new HistoryStore(db));
    db.exec('PRAGMA query_only = 1'); // SQLite refuses every write, as on a read-only disk
    for (let i = 0; i < 3; i++) {
      await service.handlers.run([{ type: 'log-water' }]);
      clock.advance(1000);
    }
    expect(service.app.state.water.glasses).toBe(3);
    const notices = await service.handlers.getNotices([]);
    expect(notices.map((n) => n.kind)).toEqual(['history-write-failed']);
    expect(notices[0]!.detail).toMatch(/readonly|read-only/i);
    db.exec('PRAGMA query_only = 0');
    await service.handlers.run([{ type: 'log-water' }]);
    const exported = await service.handlers.exportHistory([]);
    expect(exported.events.filter((e) => e.kind === 'water')).toHaveLength(1);
    db.close();
  });

  it('a full disk (SQLite cannot grow the file) gives one notice and loses nothing already written', async () => {
    const { service, clock } = hostOnFakeTime();
    const db = openNodeSqlite(':memory:');
    service.attachHistory(new HistoryStore(db));
    await service.handlers.run([{ type: 'log-water' }]);
    const pages = db.all<{ page_count: number }>('PRAGMA page_count')[0]!.page_count;
    db.exec(`PRAGMA max_page_count = ${pages}`); // no room for one more page, as on a full disk
    for (let i = 0; i < 200; i++) {
      await service.handlers.run([{ type: i % 2 ? 'undo-water' : 'log-water' }]);
      clock.advance(1000);
    }
    const notices = await service.handlers.getNotices([]);
    expect(notices.map((n) => n.kind)).toEqual(['history-write-failed']);
    expect(notices[0]!.detail).toMatch(/full/i);
    expect(service.app.state.water.glasses).toBe(1);
    const exported = await service.handlers.exportHistory([]);
    expect(exported.events.filter((e) => e.kind === 'water').length).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('a history that cannot be opened is reported once; the app works and says why in the history view', async () => {
    const { service } = hostOnFakeTime();
    service.attachHistory(null, '/nowhere/history.sqlite: unable to open database file');
    await service.handlers.run([{ type: 'log-water' }]);
    expect(service.app.state.water.glasses).toBe(1);
    expect((await service.handlers.getNotices([])).map((n) => n.kind)).toEqual(['history-unavailable']);
    const snapshot = await service.handlers.getHistory([]);
    expect(snapshot).toMatchObject({ available: false, problem: expect.stringMatching(/unable to open/) });
    await expect(service.handlers.exportHistory([])).rejects.toThrow(/not available/);
  });

  it('rejects a malformed import without touching the history', async () => {
    const { service } = hostOnFakeTime();
    const db = openNodeSqlite(':memory:');
    service.attachHistory(new HistoryStore(db));
    await service.handlers.run([{ type: 'log-water' }]);
    const before = await service.handlers.exportHistory([]);
    for (const bad of [
      {},
      { format: 'stand-tall-history', version: 2 },
      { ...before, events: [{ at: -1 }] },
      'x'.repeat(10),
    ]) {
      await expect(service.handlers.importHistory([bad])).rejects.toThrow(/Rejected importHistory/);
    }
    expect(await service.handlers.exportHistory([])).toEqual(before);
  });
});
