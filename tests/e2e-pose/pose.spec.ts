import { expect, test, type Worker } from '@playwright/test';
import { SCENE_CELLS } from '../../src/core/pose/scene';
import { calibrationFrame } from '../../src/core/posture/baselines';
import { calibrate, scoreFloors } from '../../src/core/posture/calibration';
import { offOriginRequests, recordRequests } from '../support/web-host';
import { CALIBRATED_STATE, liveTrackCount, nextPoseSample, trackCameraTracks } from '../support/pose-page';

test.describe('pose pipeline with a real model and a fake camera showing a real person', () => {
  test('finds the face and shoulders with confidence and in plausible places, all on-device', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/');
    const sample = await nextPoseSample(page);
    const kp = Object.fromEntries(sample.keypoints.map((k) => [k.name, k]));
    for (const name of ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder']) {
      expect(kp[name]?.score, name).toBeGreaterThan(0.3);
    }
    const { nose, left_eye, right_eye, left_ear, right_ear, left_shoulder, right_shoulder } = kp as Record<
      string,
      { x: number; y: number }
    >;
    // Eyes above the nose, the nose above the shoulders; the person's left appears on the image's right.
    expect(left_eye!.y).toBeLessThan(nose!.y);
    expect(right_eye!.y).toBeLessThan(nose!.y);
    expect(nose!.y).toBeLessThan(left_shoulder!.y);
    expect(nose!.y).toBeLessThan(right_shoulder!.y);
    expect(left_eye!.x).toBeGreaterThan(right_eye!.x);
    expect(left_shoulder!.x).toBeGreaterThan(right_shoulder!.x);
    // Shoulders are wider than the head, and the nose is between the ears.
    expect(left_shoulder!.x - right_shoulder!.x).toBeGreaterThan(left_ear!.x - right_ear!.x);
    expect(nose!.x).toBeGreaterThan(right_ear!.x);
    expect(nose!.x).toBeLessThan(left_ear!.x);
    // The frame is the low capture size chosen for the model.
    expect(sample.frameWidth).toBeLessThanOrEqual(320);
    expect(sample.luminance).toBeGreaterThan(45);
    expect(['wasm', 'webgl']).toContain(sample.backend);
    await expect(page.getByRole('status', { name: 'Monitoring status' })).toContainText('Not calibrated yet');
    expect(offOriginRequests(requests)).toEqual([]);
  });

  test('the camera page shows the skeleton, backend and timings; settings show the cached probe', async ({ page }) => {
    await page.goto('/#/camera');
    await expect(page.getByRole('heading', { level: 1, name: 'Camera and live view' })).toBeVisible();
    await nextPoseSample(page);
    const stats = page.getByRole('region', { name: 'Live figures' });
    await expect(stats.getByText(/^wasm|webgl$/)).toBeVisible();
    await expect(stats.getByText(/^\d+ ms$/).first()).toBeVisible();
    // Timed over model runs only: a frame the change gate reused took no inference.
    await expect(stats.locator('dt:text-is("Inference time (median)") + dd')).toHaveText(/^[1-9][\d,]* ms$/);
    await expect(page.getByRole('img', { name: 'Detected body keypoints' })).toBeVisible();
    // Give the live view a moment of frames, then keep a picture of it.
    await nextPoseSample(page);
    await page.screenshot({ path: 'test-results/screenshots/camera.png', fullPage: true });
    await page.getByRole('link', { name: 'Settings' }).click();
    const diagnostics = page.getByRole('group', { name: 'Diagnostics' });
    await expect(diagnostics.getByText('Running')).toBeVisible();
    await expect(diagnostics.getByText(/^\d+ ms$/).first()).toBeVisible();
  });

  test('pausing stops every camera track (light off); resuming opens the camera again', async ({ page }) => {
    await trackCameraTracks(page);
    await page.goto('/');
    await nextPoseSample(page);
    expect(await liveTrackCount(page)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause 15 minutes' }).click();
    await expect(page.getByRole('status', { name: 'Monitoring status' })).toContainText('Paused, resumes at');
    await expect.poll(() => liveTrackCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Resume' }).click();
    await nextPoseSample(page);
    expect(await liveTrackCount(page)).toBeGreaterThan(0);
  });

  test('a missing model file gives a clear error instead of silence', async ({ page }) => {
    await page.route('**/models/movenet-lightning.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/');
    const status = page.getByRole('status', { name: 'Monitoring status' });
    await expect(status).toContainText("The pose model's files are missing. Reinstall Stand Tall.");
    await expect(status).toContainText('Pose model file movenet-lightning.bin is missing');
  });

  test('a damaged model file is refused by its checksum', async ({ page }) => {
    await page.route('**/models/movenet-lightning.json', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('"format": "graph-model"', '"format": "graph-modell"');
      await route.fulfill({ response, body: text });
    });
    await page.goto('/');
    const status = page.getByRole('status', { name: 'Monitoring status' });
    await expect(status).toContainText("The pose model's files are damaged. Reinstall Stand Tall.");
    await expect(status).toContainText('Pose model file movenet-lightning.json is damaged');
  });
});

test.describe('camera faults', () => {
  test('a camera unplugged mid-stream is reported, and monitoring resumes when it is back', async ({ page }) => {
    await trackCameraTracks(page);
    await page.goto('/');
    await nextPoseSample(page);
    const status = page.getByRole('status', { name: 'Monitoring status' });
    // What the browser does when the device goes: the live track ends.
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const statuses: string[] = [];
          const off = window.standTall!.onStateChanged((s) => {
            if (statuses.at(-1) !== s.camera.status) statuses.push(s.camera.status);
            if (s.camera.status === 'on' && statuses.includes('no-camera')) {
              off();
              resolve(statuses);
            }
          });
          const tracks = (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks;
          for (const track of tracks.filter((t) => t.readyState === 'live')) {
            track.stop();
            track.dispatchEvent(new Event('ended'));
          }
        }),
    );
    // Reported as gone, then found again by the retry (the fake device is still there).
    expect(seen).toEqual(expect.arrayContaining(['no-camera', 'on']));
    const sample = await nextPoseSample(page, 30_000);
    expect(sample.keypoints.length).toBe(17);
    await expect(status).toContainText('Not calibrated yet');
  });

  test('a camera in use by another app is explained, and taken as soon as it is free', async ({ page }) => {
    await page.addInitScript(() => {
      const media = navigator.mediaDevices;
      const original = media.getUserMedia.bind(media);
      let refusals = 2;
      media.getUserMedia = async (constraints) => {
        if (refusals-- > 0) throw new DOMException('Could not start video source', 'NotReadableError');
        return original(constraints);
      };
    });
    await page.goto('/');
    await expect
      .poll(async () => (await page.evaluate(() => window.standTall!.getState())).camera, { intervals: [100] })
      .toMatchObject({ status: 'in-use', reason: 'in-use' });
    const sample = await nextPoseSample(page, 30_000);
    expect(sample.keypoints.length).toBe(17);
  });

  test('a chosen camera that is gone falls back to the default, and a profile calibrated then records the default', async ({
    page,
  }) => {
    await page.goto('/');
    await nextPoseSample(page);
    const state = () => page.evaluate(() => window.standTall!.getState());
    await page.evaluate(() =>
      window.standTall!.updateSettings({ monitoring: { cameraDeviceId: 'unplugged-desk-cam' } }),
    );
    await expect
      .poll(async () => (await state()).camera, { timeout: 30_000 })
      .toMatchObject({
        status: 'on',
        reason: 'fell-back',
      });
    const sample = await nextPoseSample(page, 30_000);
    // Frames flowing from the default do not hide that it stands in for the chosen camera.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Camera' }).click();
    await expect(page.getByText('The chosen camera is not available; using the default camera.')).toBeVisible();
    await nextPoseSample(page, 30_000);
    await expect(page.getByText('The chosen camera is not available; using the default camera.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const floors = scoreFloors([sample]);
    const baseline = calibrate([calibrationFrame(sample, floors)]);
    await page.evaluate((saved) => window.standTall!.run({ type: 'save-calibration', name: 'Laptop', ...saved }), {
      baseline,
      floors,
    });
    expect((await state()).calibration.profiles[0]!.setup?.camera).toBeNull();
    // Choosing the default camera is choosing the camera it was calibrated with: nothing to suggest.
    await page.evaluate(() => window.standTall!.updateSettings({ monitoring: { cameraDeviceId: null } }));
    await expect
      .poll(async () => (await state()).camera, { timeout: 30_000 })
      .toMatchObject({
        status: 'on',
        reason: null,
      });
    await expect(page.getByRole('region', { name: 'Posture' })).toContainText('Profile “Laptop”');
    await expect(page.getByRole('region', { name: 'Posture' }).getByRole('note')).toBeHidden();
  });
});

test.describe('pose worker faults', () => {
  test('a crashed worker is restarted with back-off, the UI says so, and keypoints come back', async ({ page }) => {
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto('/');
    await nextPoseSample(page);
    const status = page.getByRole('status', { name: 'Monitoring status' });
    // An uncaught error inside the worker, as a bug in TF.js or a bad frame would raise.
    await workers[0]!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash');
      });
    });
    await expect(status).toContainText('restarting');
    const sample = await nextPoseSample(page);
    expect(sample.keypoints.length).toBe(17);
    await expect(status).toContainText('Not calibrated yet');
    expect(workers.length).toBeGreaterThanOrEqual(2);
  });

  test('a hung worker is replaced after the watchdog time-out', async ({ page }) => {
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto('/');
    await nextPoseSample(page);
    await workers[0]!.evaluate(() => {
      setTimeout(() => {
        for (;;) {
          /* spin: the worker never answers again */
        }
      });
    });
    await expect(page.getByRole('status', { name: 'Monitoring status' })).toContainText('restarting', {
      timeout: 30_000,
    });
    await nextPoseSample(page, 60_000);
  });
});

test.describe('calibration', () => {
  test('the wizard calibrates by keyboard, and the dashboard then shows the posture', async ({ page, context }) => {
    await page.goto('/#/calibrate');
    await expect(page.getByRole('heading', { level: 1, name: 'Calibrate your posture' })).toBeVisible();
    await expect(page.getByLabel('Profile name')).toHaveValue('Laptop');
    await nextPoseSample(page);
    // The live framing check: all is well before starting.
    await expect(page.getByRole('list', { name: 'How the camera sees you' }).getByRole('listitem')).toHaveText([
      /The camera sees your face/,
      /Your face is clear/,
      /Your shoulders are in view/,
      /There is room below your chin/,
    ]);
    await page.getByRole('button', { name: 'Start calibration' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Sit tall and look at the screen…')).toBeVisible();
    await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Calibrated: profile “Laptop” is active.' })).toBeVisible();
    // A clear face, shoulders in view, sitting still: nothing to advise.
    await expect(page.getByRole('note').filter({ hasText: 'To make detection more reliable' })).toHaveCount(0);
    // The new calibration can be tried at once: each frame's verdict against it, live.
    await expect(page.getByRole('region', { name: 'Posture in this frame' })).toContainText('Upright in this frame.', {
      timeout: 20_000,
    });
    await page.screenshot({ path: 'test-results/screenshots/calibrate.png', fullPage: true });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const card = page.getByRole('region', { name: 'Posture' });
    await expect(card.getByText('Sitting tall')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status', { name: 'Monitoring status' })).toContainText('Sitting tall');
    // The profile remembers the place the camera saw (a fingerprint of the frame's border, made
    // from the real camera frames), and the camera, still seeing it, reports no other place.
    const state = () => page.evaluate(() => window.standTall!.getState());
    const { scene } = (await state()).calibration.profiles[0]!.baseline;
    expect(scene).toHaveLength(SCENE_CELLS);
    expect(new Set(scene).size).toBeGreaterThan(2);
    await nextPoseSample(page);
    expect((await state()).scene.differsSince).toBeNull();
    // The calibrated profile is stored with the app state; the slump test starts from it.
    await context.storageState({ path: CALIBRATED_STATE });
  });

  test('calibrating again from the same seat keeps how the place looked before, and says so', async ({ page }) => {
    const calibrateLaptop = async () => {
      await page.goto('/#/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibrate' }).click();
      await nextPoseSample(page);
      await page.getByRole('button', { name: 'Start calibration' }).click();
      await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 20_000 });
      return page.getByRole('status').filter({ hasText: 'Calibrated: profile “Laptop” is active.' });
    };
    const profile = async () => (await page.evaluate(() => window.standTall!.getState())).calibration.profiles[0]!;
    await expect(await calibrateLaptop()).not.toContainText('The profile also keeps');
    // The same seat calibrated in other light: the border's bright and dark parts the other way
    // round (a window lit by day, black at night), saved through the contract as the wizard saves.
    const { baseline: first } = await profile();
    const otherLight = first.scene!.map((level) => -level);
    await page.evaluate(
      (baseline) => window.standTall!.run({ type: 'save-calibration', name: 'Laptop', baseline, floors: {} }),
      { ...first, scene: otherLight },
    );
    expect((await profile()).baseline.earlierLooks).toEqual([first.scene]);
    // Calibrated again in the camera's own light: that look replaces its old copy, the other stays.
    await expect(await calibrateLaptop()).toContainText(
      'The profile also keeps how this place looked at your last calibration here',
    );
    await page.screenshot({ path: 'test-results/screenshots/calibrate-looks-kept.png', fullPage: true });
    const { baseline } = await profile();
    expect(baseline.earlierLooks).toEqual([otherLight]);
    expect(baseline.scene).not.toEqual(otherLight);
  });
});
