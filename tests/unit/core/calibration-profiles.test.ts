import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../src/core/app/app-state';
import { baselineSchema } from '../../../src/core/app/app-state-schema';
import {
  recalibrationReason,
  SCENE_CHANGE_MS,
  setupChange,
  UNBROKEN_SLOUCH_MS,
} from '../../../src/core/app/recalibration';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate, CALIBRATION_VERSION } from '../../../src/core/posture/calibration';
import { placeLooks } from '../../../src/core/posture/place-looks';
import { seatedPose } from '../../support/poses';
import { fingerprintOf, otherRoom, room, roomAtNight } from '../../support/scenes';
import { controllerAt as setup, MON_0900, ONLY_PAUSES } from '../../support/fakes';

describe('calibration profiles and their set-up', () => {
  const baseline = {
    headY: 0.4,
    anchors: { ears: 0.4, eyes: 0.38, ear: null },
    faceAcross: { eyes: 0, nose: 0 },
    noseAlongEyes: 0,
    headFrom: 'ears' as const,
    shoulderY: 0.7,
    faceToShoulders: 0.45,
    scene: null,
    headX: 0.5,
    faceWidth: 0.3,
    faceWidthFrom: 'ears' as const,
    neckRatio: 0.8,
    shoulderTilt: 0,
    headRoll: 0,
    headPitch: 0,
    noseY: 0.4,
    earSpanRatio: 0.4,
    noseAboveShoulders: 0.3,
    glanceHeadDrop: null,
    luminance: 120,
    earlierLooks: [],
    frameSize: null,
    frames: 30,
  };

  it('remembers the camera and displays, and suggests calibrating again when either changes', () => {
    const { app } = setup();
    app.dispatch({ type: 'report-system', system: { displays: '0,0,1920x1080' } });
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    expect(app.state.calibration.profiles[0]!.setup).toEqual({ camera: null, displays: '0,0,1920x1080' });
    expect(recalibrationReason(app.state, null, MON_0900)).toBeNull();
    expect(recalibrationReason(app.state, 'usb-cam', MON_0900)).toBe('camera');
    app.dispatch({ type: 'report-system', system: { displays: '0,0,1920x1080;1920,0,2560x1440' } });
    expect(recalibrationReason(app.state, null, MON_0900)).toBe('displays');
  });

  it('calibrated again from the same seat with the same camera, a profile keeps its earlier looks of the place', () => {
    const seatedIn = (scene: (x: number, y: number) => number) => {
      const sample = { ...seatedPose(), scene: fingerprintOf(scene) };
      return calibrate([calibrationFrame(sample), calibrationFrame(sample)]);
    };
    const [byDay, atNight] = [seatedIn(room), seatedIn(roomAtNight)];
    const { app } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline: byDay, floors: {} });
    // Page code cannot slip looks in: they come only from the profile's own earlier calibration.
    const slipped = { ...atNight, earlierLooks: [fingerprintOf(otherRoom)] };
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline: slipped, floors: {} });
    const profile = () => app.state.calibration.profiles.find((p) => p.name === 'Laptop')!;
    expect(placeLooks(profile().baseline)).toEqual([atNight.scene, byDay.scene]);
    // Another profile's looks are its own.
    app.dispatch({ type: 'save-calibration', name: 'Desk', baseline: byDay, floors: {} });
    expect(app.state.calibration.profiles.find((p) => p.name === 'Desk')!.baseline.earlierLooks).toEqual([]);
    // With another camera the earlier calibration says nothing about this one's view.
    app.configure({ ...ONLY_PAUSES, monitoring: { ...ONLY_PAUSES.monitoring, cameraDeviceId: 'usb-cam' } });
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline: byDay, floors: {} });
    expect(placeLooks(profile().baseline)).toEqual([byDay.scene]);
  });

  it('deletes a profile: another left as it was, the active one handing over to the first left, the last leaving none', () => {
    const { app, store } = setup();
    for (const name of ['Laptop', 'Desk', 'Sofa'])
      app.dispatch({ type: 'save-calibration', name, baseline, floors: {} });
    app.dispatch({ type: 'report-scene', matches: false });
    const names = () => app.state.calibration.profiles.map((p) => p.name);
    app.dispatch({ type: 'delete-profile', name: 'Desk' });
    expect(names()).toEqual(['Laptop', 'Sofa']);
    expect(app.state.calibration.active).toBe('Sofa');
    expect(app.state.scene.differsSince).not.toBeNull();
    app.dispatch({ type: 'delete-profile', name: 'Sofa' });
    expect(app.state.calibration.active).toBe('Laptop');
    // Another profile is another place's reference: judged afresh.
    expect(app.state.scene.differsSince).toBeNull();
    const before = app.state;
    app.dispatch({ type: 'delete-profile', name: 'Nowhere' });
    expect(app.state).toBe(before);
    app.dispatch({ type: 'delete-profile', name: 'Laptop' });
    expect(app.state.calibration).toEqual({ active: null, profiles: [] });
    expect(recalibrationReason(app.state, 'usb-cam', MON_0900)).toBeNull();
    expect(store.saved.at(-1)!.calibration.profiles).toEqual([]);
  });

  it('docked and undocked, follows the profile calibrated for the set-up in use', () => {
    const { app } = setup();
    const LAPTOP = '0,0,1920x1080';
    const DOCKED = '0,0,1920x1080;1920,0,2560x1440';
    const withCamera = (cameraDeviceId: string | null) =>
      app.configure({ ...ONLY_PAUSES, monitoring: { ...ONLY_PAUSES.monitoring, cameraDeviceId } });
    app.dispatch({ type: 'report-system', system: { displays: LAPTOP } });
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    app.dispatch({ type: 'report-system', system: { displays: DOCKED } });
    withCamera('usb-cam');
    app.dispatch({ type: 'save-calibration', name: 'External monitor', baseline, floors: {} });
    // Undocked: the built-in camera chosen again, the laptop's screen alone.
    withCamera(null);
    expect(app.state.calibration.active).toBe('External monitor');
    app.dispatch({ type: 'report-system', system: { displays: LAPTOP } });
    expect(app.state.calibration.active).toBe('Laptop');
    expect(recalibrationReason(app.state, null, MON_0900)).toBeNull();
    // Docked again: the displays come first, then the camera.
    app.dispatch({ type: 'report-system', system: { displays: DOCKED } });
    expect(app.state.calibration.active).toBe('Laptop');
    withCamera('usb-cam');
    expect(app.state.calibration.active).toBe('External monitor');
    expect(recalibrationReason(app.state, 'usb-cam', MON_0900)).toBeNull();
    // A profile chosen by hand stays while the set-up does not change (the idle time is reported often).
    app.dispatch({ type: 'select-profile', name: 'Laptop' });
    app.dispatch({ type: 'report-system', system: { idleMs: 90_000 } });
    withCamera('usb-cam');
    expect(app.state.calibration.active).toBe('Laptop');
    app.dispatch({ type: 'select-profile', name: 'External monitor' });
    // A set-up no profile was calibrated for keeps the active one, and calibrating again is suggested.
    app.dispatch({ type: 'report-system', system: { displays: '0,0,3840x2160' } });
    expect(app.state.calibration.active).toBe('External monitor');
    expect(recalibrationReason(app.state, 'usb-cam', MON_0900)).toBe('displays');
  });

  it('with a desk camera chosen, undocking falls back to the built-in one and to the laptop profile, and docking brings both back', () => {
    const { app } = setup();
    const [LAPTOP, DOCKED] = ['0,0,1920x1080', '0,0,1920x1080;1920,0,2560x1440'];
    app.configure({ ...ONLY_PAUSES, monitoring: { ...ONLY_PAUSES.monitoring, cameraDeviceId: 'desk-cam' } });
    const undock = () => {
      app.dispatch({ type: 'report-system', system: { displays: LAPTOP } });
      app.dispatch({ type: 'report-camera', status: 'no-camera', reason: 'disconnected', detail: null });
      app.dispatch({ type: 'report-camera', status: 'on', reason: 'fell-back', detail: null });
    };
    const dock = () => {
      app.dispatch({ type: 'report-camera', status: 'on', reason: null, detail: null });
      app.dispatch({ type: 'report-system', system: { displays: DOCKED } });
    };
    undock();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    // Calibrated with the default standing in: the built-in camera, not the chosen desk camera.
    expect(app.state.calibration.profiles[0]!.setup?.camera).toBeNull();
    dock();
    expect(recalibrationReason(app.state, 'desk-cam', MON_0900)).toBe('camera');
    app.dispatch({ type: 'save-calibration', name: 'External monitor', baseline, floors: {} });
    undock();
    expect(app.state.calibration.active).toBe('Laptop');
    expect(recalibrationReason(app.state, 'desk-cam', MON_0900)).toBeNull();
    // Paused, or in the dark, the camera in use is still the built-in one.
    for (const status of ['too-dark', 'off', 'starting'] as const) {
      app.dispatch({ type: 'report-camera', status, reason: status === 'too-dark' ? 'too-dark' : null, detail: null });
      expect(app.state.calibration.active).toBe('Laptop');
      expect(recalibrationReason(app.state, 'desk-cam', MON_0900)).toBeNull();
    }
    app.dispatch({ type: 'report-camera', status: 'on', reason: 'fell-back', detail: null });
    dock();
    expect(app.state.calibration.active).toBe('External monitor');
    expect(recalibrationReason(app.state, 'desk-cam', MON_0900)).toBeNull();
    // With only the desk's profile, the built-in camera standing in is another camera to it.
    app.dispatch({ type: 'delete-profile', name: 'Laptop' });
    undock();
    expect(setupChange(app.state, 'desk-cam', MON_0900)).toBe('camera');
  });

  it('suggests calibrating again after an unbroken 20 minutes of slouching, and not before', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    app.dispatch({
      type: 'report-posture',
      state: { kind: 'slouching', since: MON_0900, score: 1.4, signals: ['headDrop'] },
    });
    clock.advance(UNBROKEN_SLOUCH_MS - 1);
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    clock.advance(1);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('unbrokenSlouch');
    // One moment upright and the slouch, and the suspicion, start afresh.
    app.dispatch({ type: 'report-posture', state: { kind: 'good', since: clock.now(), score: 0.3, signals: [] } });
    app.dispatch({
      type: 'report-posture',
      state: { kind: 'slouching', since: clock.now(), score: 1.4, signals: ['headDrop'] },
    });
    clock.advance(UNBROKEN_SLOUCH_MS / 2);
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
  });

  it('suggests calibrating again once the camera has seen another place for a minute, not for a passing moment', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    app.dispatch({ type: 'report-scene', matches: false });
    clock.advance(SCENE_CHANGE_MS - 1);
    app.dispatch({ type: 'report-scene', matches: false });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    clock.advance(1);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('scene');
    app.dispatch({ type: 'report-scene', matches: true });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    // Calibrating again makes the place it sees the calibrated one.
    app.dispatch({ type: 'report-scene', matches: false });
    clock.advance(SCENE_CHANGE_MS);
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
  });

  it('suggests calibrating again in a light much darker than calibration for a minute, and says a reminder then may be a false alarm', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    app.dispatch({ type: 'report-light', darker: true });
    clock.advance(SCENE_CHANGE_MS - 1);
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    clock.advance(1);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('light');
    expect(setupChange(app.state, null, clock.now())).toBe('light');
    // Another place says more than the light: it is named first.
    app.dispatch({ type: 'report-scene', matches: false });
    clock.advance(SCENE_CHANGE_MS);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('scene');
    app.dispatch({ type: 'report-scene', matches: true });
    app.dispatch({ type: 'report-light', darker: false });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    // Calibrating again in the darker light ends it.
    app.dispatch({ type: 'report-light', darker: true });
    clock.advance(SCENE_CHANGE_MS);
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
  });

  it('keeps the light calibrated in, and reads a profile from before it was kept as not knowing it', () => {
    const lit = (luminance: number) => ({ ...seatedPose(), luminance });
    expect(calibrate([lit(100), lit(120), lit(140)].map((s) => calibrationFrame(s))).luminance).toBe(120);
    const { luminance: _, ...older } = baseline;
    expect(baselineSchema.parse(older).luminance).toBeNull();
  });

  it('suggests calibrating again once the head has sat far above its calibrated place for a minute', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    app.dispatch({ type: 'report-unjudged', because: 'headHigher' });
    const since = clock.now();
    expect(app.state.scene.unjudged).toEqual({ because: 'headHigher', since });
    clock.advance(SCENE_CHANGE_MS - 1);
    app.dispatch({ type: 'report-unjudged', because: 'headHigher' });
    expect(app.state.scene.unjudged).toEqual({ because: 'headHigher', since });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    clock.advance(1);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('headHigher');
    // Another place is the more telling reason; the head's height is kept beside it.
    app.dispatch({ type: 'report-scene', matches: false });
    clock.advance(SCENE_CHANGE_MS);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('scene');
    expect(app.state.scene.unjudged).toEqual({ because: 'headHigher', since });
    app.dispatch({ type: 'report-scene', matches: true });
    expect(recalibrationReason(app.state, null, clock.now())).toBe('headHigher');
    // Sitting as at calibration again, or calibrating again, ends it.
    app.dispatch({ type: 'report-unjudged', because: null });
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    app.dispatch({ type: 'report-unjudged', because: 'headHigher' });
    clock.advance(SCENE_CHANGE_MS);
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    expect(app.state.scene.unjudged).toBeNull();
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
  });

  it('suggests calibrating again after a minute of the camera picture in another shape, ahead of another place', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    // Another shape of picture shows other parts of the room at its border too.
    app.dispatch({ type: 'report-unjudged', because: 'otherView' });
    app.dispatch({ type: 'report-scene', matches: false });
    clock.advance(SCENE_CHANGE_MS - 1);
    expect(recalibrationReason(app.state, null, clock.now())).toBeNull();
    clock.advance(1);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('otherView');
    // Another reason to leave a frame unjudged starts its own minute.
    app.dispatch({ type: 'report-unjudged', because: 'headHigher' });
    expect(app.state.scene.unjudged).toEqual({ because: 'headHigher', since: clock.now() });
    expect(recalibrationReason(app.state, null, clock.now())).toBe('scene');
    // The usual picture again: only the place is left to explain.
    app.dispatch({ type: 'report-unjudged', because: null });
    expect(recalibrationReason(app.state, null, clock.now())).toBe('scene');
  });

  it('tells an unbroken slouch ahead of a changed place, which a slouch reminder still names as a changed set-up', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
    app.dispatch({ type: 'report-scene', matches: false });
    app.dispatch({
      type: 'report-posture',
      state: { kind: 'slouching', since: clock.now(), score: 1.4, signals: ['headDrop'] },
    });
    clock.advance(SCENE_CHANGE_MS);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('scene');
    expect(setupChange(app.state, null, clock.now())).toBe('scene');
    clock.advance(UNBROKEN_SLOUCH_MS);
    expect(recalibrationReason(app.state, null, clock.now())).toBe('unbrokenSlouch');
    expect(setupChange(app.state, null, clock.now())).toBe('scene');
    expect(setupChange(app.state, 'usb-cam', clock.now())).toBe('camera');
  });

  it('has nothing to suggest without a calibration', () => {
    const { app, clock } = setup();
    app.dispatch({
      type: 'report-posture',
      state: { kind: 'slouching', since: MON_0900, score: 1.4, signals: ['headDrop'] },
    });
    clock.advance(UNBROKEN_SLOUCH_MS);
    expect(recalibrationReason(app.state, 'usb-cam', clock.now())).toBeNull();
  });

  describe('a profile made by an earlier calibration', () => {
    /** A state file as an earlier release stored it: the profile without a version, or with `version`. */
    const storedWith = (storedBaseline: object, version?: number) => {
      const { app } = setup();
      app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
      const { version: _none, ...profile } = app.state.calibration.profiles[0]!;
      const file = {
        ...app.state,
        calibration: { active: 'Laptop', profiles: [{ ...profile, version, baseline: storedBaseline }] },
      };
      return setup(MON_0900, JSON.parse(JSON.stringify(file))).app;
    };

    it('is suggested for calibrating again when it predates the scene fingerprint, its last addition', () => {
      const {
        scene: _s,
        shoulderY: _a,
        faceToShoulders: _b,
        anchors: _c,
        headFrom: _d,
        faceAcross: _e,
        noseAlongEyes: _f,
        ...version1
      } = baseline;
      const app = storedWith(version1);
      expect(app.state.calibration.profiles[0]!.version).toBe(1);
      expect(recalibrationReason(app.state, null, MON_0900)).toBe('outdated');
      // Calibrating again makes it current.
      app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
      expect(app.state.calibration.profiles[0]!.version).toBe(CALIBRATION_VERSION);
      expect(recalibrationReason(app.state, null, MON_0900)).toBeNull();
    });

    it('with the fingerprint was made by version 2: outdated too, and a more urgent reason comes first', () => {
      const { faceAcross: _unknown, noseAlongEyes: _unknownToo, ...version2 } = baseline;
      const app = storedWith(version2);
      expect(app.state.calibration.profiles[0]!.version).toBe(2);
      expect(CALIBRATION_VERSION).toBeGreaterThan(2);
      expect(recalibrationReason(app.state, null, MON_0900)).toBe('outdated');
      expect(recalibrationReason(app.state, 'usb-cam', MON_0900)).toBe('camera');
    });

    it('made by version 3 is outdated only for a face sized from its eyes, which version 4 learnt more of', () => {
      expect(CALIBRATION_VERSION).toBe(4);
      const { noseAlongEyes: _unknown, ...version3 } = baseline;
      const fromEars = storedWith(version3, 3);
      expect(fromEars.state.calibration.profiles[0]!.version).toBe(3);
      expect(fromEars.state.calibration.profiles[0]!.baseline.noseAlongEyes).toBeNull();
      expect(recalibrationReason(fromEars.state, null, MON_0900)).toBeNull();
      const fromEyes = storedWith({ ...version3, faceWidthFrom: 'eyes', headFrom: 'eyes' }, 3);
      expect(recalibrationReason(fromEyes.state, null, MON_0900)).toBe('outdated');
    });

    it('saved with its version is current', () => {
      const { app } = setup();
      app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} });
      const reloaded = setup(MON_0900, JSON.parse(JSON.stringify(app.state))).app;
      expect(reloaded.state.calibration.profiles[0]!.version).toBe(CALIBRATION_VERSION);
      expect(recalibrationReason(reloaded.state, null, MON_0900)).toBeNull();
    });
  });

  it('never nags about profiles calibrated before set-ups were recorded', () => {
    const { app } = setup(MON_0900, {
      ...initialAppState(MON_0900),
      calibration: {
        active: 'Old',
        profiles: [{ name: 'Old', baseline, floors: {}, calibratedAt: 1, version: CALIBRATION_VERSION }],
      },
    });
    expect(recalibrationReason(app.state, 'any-camera', MON_0900)).toBeNull();
  });
});
