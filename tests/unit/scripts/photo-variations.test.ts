import { describe, expect, it } from 'vitest';
import { PHOTO_SET, variationFilter } from '../../../scripts/photo-variations';

describe('the variations make:photo-set makes of one photo', () => {
  it('three to calibrate and ten uprights, named apart', () => {
    expect(PHOTO_SET.calibrate).toHaveLength(3);
    expect(PHOTO_SET.upright).toHaveLength(10);
    const names = [...PHOTO_SET.calibrate, ...PHOTO_SET.upright].map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('on a 512 × 512 photo are the astronaut set’s own filters (third-face.md)', () => {
    const [c0, c1, c2] = PHOTO_SET.calibrate.map((v) => variationFilter(v, 512, 512));
    expect([c0, c1, c2]).toEqual(['null', 'crop=504:504:4:4,scale=512:512', 'crop=500:500:0:6,scale=512:512']);
    expect(variationFilter(PHOTO_SET.upright[9]!, 512, 512)).toBe('crop=500:500:6:12,scale=512:512,eq=brightness=0.03');
    expect(PHOTO_SET.upright[6]).toMatchObject({ quality: 25 });
    expect(variationFilter(PHOTO_SET.upright[6]!, 512, 512)).toBe('null');
  });

  it('scale each crop to the photo’s sides, so a taller photo is cropped alike', () => {
    expect(variationFilter(PHOTO_SET.calibrate[1]!, 512, 600)).toBe('crop=504:591:4:5,scale=512:600');
    expect(variationFilter(PHOTO_SET.upright[8]!, 1280, 720)).toBe('crop=1225:689:0:14,scale=1280:720');
  });
});
