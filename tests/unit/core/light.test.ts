import { describe, expect, it } from 'vitest';
import { DARKER_THAN_CALIBRATION, LIGHT_AGAIN, LightWatch } from '../../../src/core/posture/light';

describe('the light against calibration', () => {
  const calibrated = 120;
  const at = (share: number) => share * calibrated;

  it('says once when the picture turns much darker than calibration, and once when it is light again', () => {
    const watch = new LightWatch();
    expect(watch.observe('Laptop@1', calibrated, at(1))).toBe(false);
    expect(watch.observe('Laptop@1', calibrated, at(0.6))).toBeNull();
    expect(watch.observe('Laptop@1', calibrated, at(DARKER_THAN_CALIBRATION - 0.01))).toBe(true);
    expect(watch.observe('Laptop@1', calibrated, at(0.3))).toBeNull();
    expect(watch.observe('Laptop@1', calibrated, at(1.8))).toBe(false);
  });

  it('a lamp at the threshold does not toggle it: light again only past a margin', () => {
    const watch = new LightWatch();
    watch.observe('Laptop@1', calibrated, at(0.4));
    expect(watch.observe('Laptop@1', calibrated, at(DARKER_THAN_CALIBRATION + 0.02))).toBeNull();
    expect(watch.observe('Laptop@1', calibrated, at(LIGHT_AGAIN + 0.01))).toBe(false);
  });

  it('a brighter room than calibration is not a change, and a new calibration starts afresh', () => {
    const watch = new LightWatch();
    expect(watch.observe('Laptop@1', calibrated, at(3))).toBe(false);
    expect(watch.observe('Laptop@1', calibrated, at(0.3))).toBe(true);
    // Calibrated again in that light: it is the calibrated light now.
    expect(watch.observe('Laptop@2', at(0.3), at(0.3))).toBe(false);
    expect(watch.observe('Laptop@2', at(0.3), at(1))).toBeNull();
  });

  it('a room too dark to see in is not "much darker": it says so itself, and nobody can calibrate in it', () => {
    const watch = new LightWatch();
    expect(watch.observe('Laptop@1', calibrated, at(0.4))).toBe(true);
    expect(watch.observe('Laptop@1', calibrated, at(0.2), true)).toBe(false);
    expect(watch.observe('Laptop@1', calibrated, at(0.4))).toBe(true);
  });

  it('says nothing against a calibration without a light', () => {
    expect(new LightWatch().observe('Laptop@1', 0, 50)).toBeNull();
  });
});
