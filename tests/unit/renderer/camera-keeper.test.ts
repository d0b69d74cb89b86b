import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CameraState } from '../../../src/core/app/app-state';
import { CameraKeeper, type CameraKeeperHooks } from '../../../src/renderer/pose/camera-keeper';

/** getUserMedia's side of the camera, scripted: each open() takes the next answer. */
class ScriptedCamera {
  isOpen = false;
  currentTrack: object | null = null;
  opens = 0;
  ended: () => void = () => undefined;
  constructor(private readonly answers: (Error | 'ok' | 'fell-back')[]) {}
  async open(_deviceId: string | null, onEnded: () => void) {
    this.opens++;
    const answer = this.answers.shift() ?? 'ok';
    if (answer instanceof Error) throw answer;
    [this.isOpen, this.currentTrack, this.ended] = [true, {}, onEnded];
    return { track: {} as MediaStreamTrack, deviceId: null, fellBack: answer === 'fell-back' };
  }
  stop() {
    [this.isOpen, this.currentTrack] = [false, null];
  }
}

const named = (name: string) => Object.assign(new Error(name), { name });

function keeperWith(
  camera: ScriptedCamera,
  allowed = () => true,
  chosen: { deviceId: string | null; present: boolean } = { deviceId: null, present: false },
) {
  const reports: CameraState[] = [];
  const [opened, closing] = [vi.fn(), vi.fn()];
  const hooks: CameraKeeperHooks = {
    deviceId: () => chosen.deviceId,
    isPresent: async (deviceId) => deviceId === chosen.deviceId && chosen.present,
    allowed,
    opened,
    closing,
    report: (status, reason = null, detail = null) => reports.push({ status, reason, detail }),
    retry: () => {
      if (!camera.isOpen && !keeper.busy) void keeper.open();
    },
  };
  const keeper = new CameraKeeper(camera as never, hooks);
  return { keeper, hooks: { opened, closing }, reports, statuses: () => reports.map(({ status }) => status) };
}

describe('camera keeper', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MediaStreamTrackProcessor', class {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('retries a camera in use by another app with back-off, and takes it once it is free', async () => {
    const camera = new ScriptedCamera([named('NotReadableError'), named('NotReadableError')]);
    const { keeper, hooks, statuses } = keeperWith(camera);
    await keeper.open();
    expect(statuses()).toEqual(['starting', 'in-use']);
    expect(keeper.retrying).toBe(true);
    await vi.advanceTimersByTimeAsync(1999);
    expect(camera.opens).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(camera.opens).toBe(2);
    // The second wait is twice as long.
    await vi.advanceTimersByTimeAsync(3999);
    expect(camera.opens).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(camera.opens).toBe(3);
    expect(statuses().at(-1)).toBe('on');
    expect(hooks.opened).toHaveBeenCalledOnce();
  });

  it('tries at once when a device appears, instead of waiting out the back-off', async () => {
    const camera = new ScriptedCamera([named('NotFoundError')]);
    const { keeper, statuses } = keeperWith(camera);
    await keeper.open();
    expect(statuses().at(-1)).toBe('no-camera');
    keeper.deviceChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(camera.opens).toBe(2);
    expect(statuses().at(-1)).toBe('on');
  });

  it('goes back to the chosen camera when it is plugged in again, and stays on the default until then', async () => {
    const chosen = { deviceId: 'desk-cam', present: false };
    const camera = new ScriptedCamera(['fell-back', 'ok']);
    const { keeper, reports } = keeperWith(camera, () => true, chosen);
    await keeper.open();
    expect(reports.at(-1)).toEqual({ status: 'on', reason: 'fell-back', detail: null });
    // Another device (a headset) comes and goes: the default stays.
    keeper.deviceChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(camera.opens).toBe(1);
    chosen.present = true;
    keeper.deviceChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(camera.opens).toBe(2);
    expect(reports.at(-1)).toEqual({ status: 'on', reason: null, detail: null });
    // On the chosen camera, a device change has nothing to go back to.
    keeper.deviceChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(camera.opens).toBe(2);
  });

  it('does not retry what cannot heal by itself (a denied permission)', async () => {
    const camera = new ScriptedCamera([named('NotAllowedError')]);
    const { keeper, statuses } = keeperWith(camera);
    await keeper.open();
    expect(statuses()).toEqual(['starting', 'denied']);
    expect(keeper.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(camera.opens).toBe(1);
  });

  it('releases a camera that finished starting after monitoring was paused', async () => {
    let allowed = true;
    const camera = new ScriptedCamera([]);
    const { keeper, hooks, statuses } = keeperWith(camera, () => allowed);
    const opening = keeper.open();
    allowed = false;
    await opening;
    expect(camera.isOpen).toBe(false);
    expect(statuses()).toEqual(['starting', 'off']);
    expect(hooks.opened).not.toHaveBeenCalled();
  });

  it('says so when the camera is unplugged, and picks it up again when it is back', async () => {
    const camera = new ScriptedCamera(['ok', named('NotFoundError')]);
    const { keeper, hooks, reports } = keeperWith(camera);
    await keeper.open();
    camera.isOpen = false; // the track ended
    camera.ended();
    expect(hooks.closing).toHaveBeenCalledOnce();
    expect(reports.at(-1)).toEqual({ status: 'no-camera', reason: 'disconnected', detail: null });
    await vi.advanceTimersByTimeAsync(2000);
    expect(reports.at(-1)).toMatchObject({ status: 'no-camera', reason: 'not-found' });
    await vi.advanceTimersByTimeAsync(4000);
    expect(camera.opens).toBe(3);
    expect(reports.at(-1)).toEqual({ status: 'on', reason: null, detail: null });
  });

  it('closing cancels a pending retry and stops taking frames first', async () => {
    const camera = new ScriptedCamera([named('NotReadableError')]);
    const { keeper, hooks, statuses } = keeperWith(camera);
    await keeper.open();
    keeper.close('off');
    expect(keeper.busy).toBe(false);
    expect(hooks.closing).toHaveBeenCalledOnce();
    expect(statuses().at(-1)).toBe('off');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(camera.opens).toBe(1);
  });

  it('explains a browser that cannot hand camera frames to a worker, and does not open the camera', async () => {
    vi.stubGlobal('MediaStreamTrackProcessor', undefined);
    const camera = new ScriptedCamera([]);
    const { keeper, reports } = keeperWith(camera);
    await keeper.open();
    expect(camera.opens).toBe(0);
    expect(reports).toEqual([
      { status: 'error', reason: 'no-frame-api', detail: expect.stringContaining('MediaStreamTrackProcessor') },
    ]);
  });
});
