import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.mjs';
import {
  fakeCameraArgs,
  slumpedElsewhereVideo,
  slumpThenUprightVideo,
  stillVideo,
  widePictureVideo,
} from './tests/support/fake-camera.mjs';
import { CALIBRATED_STATE, WEB_HOST_URL } from './tests/support/web-host';

/** The astronaut's head only, chin at the frame's bottom edge (shoulders well out of view), at 640×480. */
const HEAD_ONLY = 'crop=210:158:182:0,scale=640:480';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the built web host,
 * plus the Electron smoke test that runs wherever the Electron binary exists.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: WEB_HOST_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs() },
      },
    },
    {
      // A fake camera fed by a video of a real person (the public-domain astronaut photo).
      name: 'pose',
      testDir: 'tests/e2e-pose',
      testMatch: [
        'pose.spec.ts',
        'head-movement.spec.ts',
        'person-lock.spec.ts',
        'eval-images.spec.ts',
        'close-face.spec.ts',
        'head-ahead.spec.ts',
        'steady-face.spec.ts',
        'head-higher.spec.ts',
        'eval-cli.spec.ts',
        'head-tilts-cli.spec.ts',
        'calibration-choices-cli.spec.ts',
        'check-camera-cli.spec.ts',
        'slump-moves-cli.spec.ts',
        'plain-wall-cli.spec.ts',
        'photo-set-cli.spec.ts',
        'web-host-port.spec.ts',
        'model-memory.spec.ts',
        'profile-limit.spec.ts',
        'narrow-window.spec.ts',
      ],
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(fakeCameraArgs(stillVideo('astronaut'))) },
      },
    },
    {
      // Calibrated by the 'pose' project (its saved storage), then shown a slump and a recovery.
      name: 'pose-slump',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-slump.spec.ts',
      dependencies: ['pose'],
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        storageState: CALIBRATED_STATE,
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(fakeCameraArgs(slumpThenUprightVideo())) },
      },
    },
    {
      // The alert ladder end to end: longer slumps, so each step can be answered mid-slouch.
      name: 'pose-alerts',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-alerts.spec.ts',
      dependencies: ['pose'],
      use: {
        browserName: 'chromium',
        permissions: ['camera', 'notifications'],
        storageState: CALIBRATED_STATE,
        launchOptions: {
          executablePath: chromiumPath(),
          args: chromiumArgs(fakeCameraArgs(slumpThenUprightVideo('astronaut-slump-20s', 20))),
        },
      },
    },
    {
      // Calibrated by the 'pose' project, then shown the same person slumped in another room.
      name: 'pose-elsewhere',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-elsewhere.spec.ts',
      dependencies: ['pose'],
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        storageState: CALIBRATED_STATE,
        launchOptions: {
          executablePath: chromiumPath(),
          args: chromiumArgs(fakeCameraArgs(slumpedElsewhereVideo())),
        },
      },
    },
    {
      // Calibrated by the 'pose' project, then told that calibration was made in a brighter light.
      name: 'pose-light',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-light.spec.ts',
      dependencies: ['pose'],
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        storageState: CALIBRATED_STATE,
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(fakeCameraArgs(stillVideo('astronaut'))) },
      },
    },
    {
      name: 'pose-dark',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-dark.spec.ts',
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: chromiumArgs(fakeCameraArgs(stillVideo('astronaut-dark', undefined, 'eq=brightness=-0.55'))),
        },
      },
    },
    {
      // The camera frames the head only (shoulders out of view), as a tilted laptop screen does.
      name: 'pose-head-only',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-head-only.spec.ts',
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: chromiumArgs(fakeCameraArgs(stillVideo('astronaut-head-only-chin', undefined, HEAD_ONLY))),
        },
      },
    },
    {
      // A 16:9 camera picture, calibrated here, then the camera restarted.
      name: 'pose-wide',
      testDir: 'tests/e2e-pose',
      testMatch: 'wide-camera.spec.ts',
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(fakeCameraArgs(widePictureVideo())) },
      },
    },
    {
      // Calibrated by the 'pose' project with a 4:3 camera, which now gives a 16:9 picture.
      name: 'pose-reshaped',
      testDir: 'tests/e2e-pose',
      testMatch: 'reshaped-camera.spec.ts',
      dependencies: ['pose'],
      use: {
        browserName: 'chromium',
        permissions: ['camera'],
        storageState: CALIBRATED_STATE,
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs(fakeCameraArgs(widePictureVideo())) },
      },
    },
    {
      // A camera exists but the person said no.
      name: 'pose-denied',
      testDir: 'tests/e2e-pose',
      testMatch: 'pose-denied.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath(),
          args: chromiumArgs(['--use-fake-device-for-media-stream', '--deny-permission-prompts']),
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: 'npx vite preview --config vite.web.config.ts',
    url: WEB_HOST_URL,
    // Never another server's page: a preview left running from another checkout (or an earlier,
    // killed run) would be tested in place of this build, and pass or fail for its code.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
