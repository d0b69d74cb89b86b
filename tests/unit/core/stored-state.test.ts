import { describe, expect, it } from 'vitest';
import { AppController } from '../../../src/core/app/app-controller';
import { MAX_GLASSES_PER_DAY, MAX_PROFILES, type AppState } from '../../../src/core/app/app-state';
import { restoreAppState } from '../../../src/core/app/app-state-schema';
import { canSaveProfile } from '../../../src/core/app/calibration-profiles';
import { HOUR_MS, MINUTE_MS } from '../../../src/core/clock';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate, scoreFloors } from '../../../src/core/posture/calibration';
import { seatedPose } from '../../support/poses';
import { controllerAt, FakeClock, MemoryStore, MON_0900, ONLY_PAUSES } from '../../support/fakes';

const photos = [seatedPose(), seatedPose({ shift: 1 })];
const floors = scoreFloors(photos);
const baseline = calibrate(photos.map((s) => calibrationFrame(s, floors)));

/** A stored state, as JSON would give it back, with a pause, a glass and the named profiles. */
function storedWith(names: string[]): Record<string, unknown> {
  const { app } = controllerAt();
  for (const name of names) app.dispatch({ type: 'save-calibration', name, baseline, floors });
  app.dispatch({ type: 'pause', duration: '1h' });
  app.dispatch({ type: 'log-water' });
  return JSON.parse(JSON.stringify(app.state)) as Record<string, unknown>;
}

/** A copy kept by the store, as a host keeps the file before it is written over. */
class CopyingStore extends MemoryStore<AppState> {
  copies: unknown[] = [];
  keepCopy(): string {
    this.copies.push(structuredClone(this.stored));
    return `copy-${this.copies.length}`;
  }
}

describe('the stored state, read part by part', () => {
  it('loses only the profile that does not validate, and keeps the pause, water and other profiles', () => {
    const stored = storedWith(['Laptop', 'Desk']);
    const calibration = stored.calibration as { profiles: { baseline: Record<string, unknown> }[] };
    calibration.profiles[1]!.baseline.headY = 'high';
    const store = new CopyingStore(stored);
    const app = new AppController(new FakeClock(MON_0900 + MINUTE_MS), store, ONLY_PAUSES);
    expect(app.state.calibration.profiles.map((p) => p.name)).toEqual(['Laptop']);
    // "Desk" was active; the profile left takes over, as when one is deleted.
    expect(app.state.calibration.active).toBe('Laptop');
    expect(app.state.pause?.until).toBe(MON_0900 + HOUR_MS);
    expect(app.state.water.glasses).toBe(1);
    expect(app.recovery?.dropped).toEqual([expect.stringMatching(/^calibration profile "Desk" \(baseline\.headY: /)]);
    // The file as it was is copied before the start writes over it.
    expect(app.recovery?.copy).toBe('copy-1');
    expect(store.copies).toEqual([stored]);
  });

  it('keeps the calibrations when another part is bad, and names it', () => {
    const stored = { ...storedWith(['Laptop']), water: { day: '2026-11-23', glasses: -2 }, addedLater: { x: 1 } };
    const { kept, dropped } = restoreAppState(stored);
    expect(kept.calibration?.profiles.map((p) => p.name)).toEqual(['Laptop']);
    expect(kept.pause?.duration).toBe('1h');
    expect(kept.water).toBeUndefined();
    expect(dropped).toEqual([expect.stringMatching(/^water \(glasses: /), 'addedLater (not known)']);
  });

  it('uses everything it wrote, asks for no copy, and keeps nothing from a store with nothing in it', () => {
    const store = new CopyingStore(storedWith(['Laptop']));
    const app = new AppController(new FakeClock(MON_0900), store, ONLY_PAUSES);
    expect(app.recovery).toBeNull();
    expect(store.copies).toEqual([]);
    expect(restoreAppState(undefined)).toEqual({ kept: {}, dropped: [] });
    expect(restoreAppState([1, 2]).dropped).toEqual(['the stored state is not an object']);
  });

  it('keeps one profile per name, and no more than it ever saves', () => {
    const stored = storedWith(['A']);
    const calibration = stored.calibration as { profiles: { name: string }[] };
    const one = calibration.profiles[0]!;
    calibration.profiles = [
      one,
      { ...one },
      ...Array.from({ length: MAX_PROFILES + 1 }, (_, i) => ({ ...one, name: `P${i}` })),
    ];
    const { kept, dropped } = restoreAppState(stored);
    expect(kept.calibration?.profiles).toHaveLength(MAX_PROFILES);
    expect(kept.calibration?.active).toBe('A');
    expect(dropped).toEqual([
      'calibration profile "A" (a second one of that name)',
      `calibration profile "P${MAX_PROFILES - 1}" (more than ${MAX_PROFILES} profiles)`,
      `calibration profile "P${MAX_PROFILES}" (more than ${MAX_PROFILES} profiles)`,
    ]);
  });
});

describe('what the app saves, it can read back', () => {
  it(`saves no ${MAX_PROFILES + 1}st profile (a stored state of more did not load at all), but replaces one`, () => {
    const { app, store, clock } = controllerAt();
    for (let i = 0; i < MAX_PROFILES; i++) app.dispatch({ type: 'save-calibration', name: `P${i}`, baseline, floors });
    expect(canSaveProfile(app.state, 'One more')).toBe(false);
    expect(canSaveProfile(app.state, 'P3')).toBe(true);
    app.dispatch({ type: 'save-calibration', name: 'One more', baseline, floors });
    expect(app.state.calibration.profiles).toHaveLength(MAX_PROFILES);
    expect(app.state.calibration.active).toBe(`P${MAX_PROFILES - 1}`);
    clock.advance(MINUTE_MS);
    app.dispatch({ type: 'save-calibration', name: 'P3', baseline, floors });
    expect(app.state.calibration.active).toBe('P3');

    const restarted = new AppController(clock, store, ONLY_PAUSES);
    expect(restarted.recovery).toBeNull();
    expect(restarted.state.calibration).toEqual(JSON.parse(JSON.stringify(app.state.calibration)));
  });

  it('counts glasses only up to a bound the stored state takes', () => {
    const { app, store, clock } = controllerAt();
    for (let i = 0; i < MAX_GLASSES_PER_DAY + 5; i++) app.dispatch({ type: 'log-water' });
    expect(app.state.water.glasses).toBe(MAX_GLASSES_PER_DAY);
    const restarted = new AppController(clock, store, ONLY_PAUSES);
    expect(restarted.recovery).toBeNull();
    expect(restarted.state.water.glasses).toBe(MAX_GLASSES_PER_DAY);
  });
});
