import type { Page } from '@playwright/test';
import type { PoseSample } from '../../src/core/pose/keypoints';

export { CALIBRATED_STATE } from './web-host';

/**
 * Waits in the page for the next pose sample with a person in it and returns it. Samples are only
 * shared while a view watches, so this holds the live-view lease as the Camera page does.
 */
export async function nextPoseSample(page: Page, timeoutMs = 45_000): Promise<PoseSample> {
  return page.evaluate(
    (timeout) =>
      new Promise<PoseSample>((resolve, reject) => {
        void window.standTall!.run({ type: 'keep-live-view' });
        const timer = setTimeout(() => reject(new Error('no pose sample in time')), timeout);
        const off = window.standTall!.onPoseSample((sample) => {
          if (sample.keypoints.length === 0) return;
          clearTimeout(timer);
          off();
          resolve(sample);
        });
      }),
    timeoutMs,
  );
}

/** Records every camera track the page opens (getUserMedia and clones), to check they stop. */
export async function trackCameraTracks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      tracks.push(...stream.getVideoTracks());
      return stream;
    };
    const clone = MediaStreamTrack.prototype.clone;
    MediaStreamTrack.prototype.clone = function (this: MediaStreamTrack) {
      const copy = clone.call(this);
      tracks.push(copy);
      return copy;
    };
  });
}

export async function liveTrackCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter((t) => t.readyState === 'live').length,
  );
}
