import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { astronautDataSet, runScript } from '../support/pose-page';

/** `npm run check:camera` as a user runs it: the wizard, then each photo as the camera's picture. */
test('check:camera plays each photo through the app’s camera after the wizard calibrates', async () => {
  test.setTimeout(150_000);
  const data = astronautDataSet('stand-tall-camera-');
  try {
    const run = runScript('check-camera', '--data', data, '--json');
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ upright: 1, uprightSlouching: 0, slouched: 1, slouchedSlouching: 1, unknown: 0 });
    const [upright, slumped] = result.photos;
    expect(upright.states.at(-1)).toBe('good');
    expect(upright.verdicts.upright).toBeGreaterThan(0);
    expect(slumped.states).toEqual(expect.arrayContaining(['slipping', 'slouching']));
    expect(slumped.verdicts.slouched).toBeGreaterThan(0);
    // The scores' range says how near the threshold (1) each photo sat.
    expect(upright.scores.lowest).toBeLessThanOrEqual(upright.scores.highest);
    expect(upright.scores.highest).toBeLessThan(1);
    expect(slumped.scores.highest).toBeGreaterThanOrEqual(1);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  // A missing folder is named.
  const missing = runScript('check-camera', '--data', '/nonexistent/photos');
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain('/nonexistent/photos');
});
