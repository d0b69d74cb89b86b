import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CameraStatus } from '../../../src/core/app/app-state';
import { Camera } from '../../../src/renderer/pose/camera';
import { CameraKeeper } from '../../../src/renderer/pose/camera-keeper';

/** A camera's track as the browser hands it out: live until stopped. */
class FakeTrack {
  readyState: 'live' | 'ended' = 'live';
  constructor(readonly deviceId: string) {}
  stop() {
    this.readyState = 'ended';
  }
  getSettings() {
    return { deviceId: this.deviceId };
  }
  addEventListener() {}
}

/** getUserMedia that answers when the test says, as a real camera takes its time to start. */
class SlowMediaDevices {
  readonly tracks: FakeTrack[] = [];
  private readonly pending = new Map<string, () => void>();
  getUserMedia(constraints: { video: { deviceId?: { exact: string } } }): Promise<MediaStream> {
    const deviceId = constraints.video.deviceId?.exact ?? 'default';
    return new Promise((resolve) => {
      this.pending.set(deviceId, () => {
        const track = new FakeTrack(deviceId);
        this.tracks.push(track);
        resolve({ getVideoTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream);
      });
    });
  }
  async started(deviceId: string) {
    this.pending.get(deviceId)!();
    await vi.waitFor(() => expect(this.tracks.some((t) => t.deviceId === deviceId)).toBe(true));
    await Promise.resolve();
  }
  live() {
    return this.tracks.filter((t) => t.readyState === 'live').map((t) => t.deviceId);
  }
}

function monitor(chosen: { deviceId: string | null; allowed: boolean }) {
  const media = new SlowMediaDevices();
  const camera = new Camera(media as unknown as MediaDevices);
  const statuses: CameraStatus[] = [];
  const opened = vi.fn();
  const keeper = new CameraKeeper(camera, {
    deviceId: () => chosen.deviceId,
    isPresent: async () => true,
    allowed: () => chosen.allowed,
    opened,
    closing: () => undefined,
    report: (status) => statuses.push(status),
    retry: () => undefined,
  });
  return { media, camera, keeper, statuses, opened };
}

describe('a camera still starting when the choice changes or monitoring pauses', () => {
  beforeEach(() => vi.stubGlobal('MediaStreamTrackProcessor', class {}));
  afterEach(() => vi.unstubAllGlobals());

  it('is given back, whichever camera starts first: only the chosen one stays on', async () => {
    for (const order of [
      ['desk', 'laptop'],
      ['laptop', 'desk'],
    ]) {
      const chosen = { deviceId: 'laptop', allowed: true };
      const { media, camera, keeper, statuses, opened } = monitor(chosen);
      void keeper.open();
      chosen.deviceId = 'desk';
      keeper.reopen();
      for (const deviceId of order) await media.started(deviceId);
      // The laptop camera's light had stayed on, its track held by nobody.
      expect(media.live(), order.join(' then ')).toEqual(['desk']);
      expect((camera.currentTrack as unknown as FakeTrack).deviceId).toBe('desk');
      expect(statuses.filter((s) => s === 'on')).toHaveLength(1);
      expect(opened).toHaveBeenCalledOnce();
      expect(keeper.busy).toBe(false);
    }
  });

  it('is given back when monitoring paused meanwhile, and says nothing more', async () => {
    const chosen = { deviceId: null, allowed: true };
    const { media, keeper, statuses } = monitor(chosen);
    void keeper.open();
    chosen.allowed = false;
    keeper.close('off');
    await media.started('default');
    expect(media.live()).toEqual([]);
    expect(statuses).toEqual(['starting', 'off']);
  });
});
