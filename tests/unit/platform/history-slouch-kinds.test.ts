import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../src/core/history/history-store';
import type { PostureState } from '../../../src/core/posture/state-machine';
import { openNodeSqlite } from '../../../electron/main/sqlite-node';
import { hostOnFakeTime } from '../../support/fakes';
import { tempDirForTest } from '../../support/temp-dir';

const MINUTE = 60_000;

describe('how you slouch, from the slouches the history recorded', () => {
  it('records what made each slouch (a recovering frame naming nothing does not erase it) and counts them', async () => {
    const { service, clock } = hostOnFakeTime();
    const db = openNodeSqlite(join(tempDirForTest('kinds'), 'history.sqlite'));
    service.attachHistory(new HistoryStore(db));
    const report = async (kind: PostureState['kind'], signals: PostureState['signals'] = [], minutes = 1) => {
      await service.handlers.run([
        { type: 'report-posture', state: { kind, since: clock.now(), score: kind === 'good' ? 0.2 : 1.2, signals } },
      ]);
      clock.advance(minutes * MINUTE);
    };
    // Reclined for 6 minutes; the last frames, recovering, name no signal.
    await report('good');
    await report('slouching', ['leanBack', 'headDrop'], 5);
    await report('slouching', [], 1);
    await report('good', [], 30);
    // Two head drops of 2 minutes; the second's first frame named nothing yet.
    await report('slouching', ['headDrop'], 2);
    await report('good', [], 30);
    await report('slouching', [], 1);
    await report('slouching', ['headDrop', 'sink'], 1);
    await report('good');

    const events = db.all<{ detail: string; value: number }>(
      "SELECT detail, value FROM events WHERE kind = 'slouch' ORDER BY at",
    );
    expect(events).toEqual([
      { detail: 'leanBack,headDrop', value: 360 },
      { detail: 'headDrop', value: 120 },
      { detail: 'headDrop,sink', value: 120 },
    ]);
    const { slouchKinds } = await service.handlers.getHistory([]);
    expect(slouchKinds).toEqual([
      { signal: 'headDrop', episodes: 2, minutes: 4 },
      { signal: 'leanBack', episodes: 1, minutes: 6 },
    ]);
  });

  it('records no slouch of negative length when the clock is set back during it', async () => {
    const { service, clock } = hostOnFakeTime();
    const db = openNodeSqlite(join(tempDirForTest('set-back'), 'history.sqlite'));
    service.attachHistory(new HistoryStore(db));
    const report = (kind: PostureState['kind']) =>
      service.handlers.run([
        { type: 'report-posture', state: { kind, since: clock.now(), score: 1.2, signals: ['headDrop'] } },
      ]);
    await report('slouching');
    clock.advance(-60 * MINUTE);
    await report('good');
    const events = db.all<{ value: number }>("SELECT value FROM events WHERE kind = 'slouch'");
    expect(events).toEqual([{ value: 0 }]);
  });
});
