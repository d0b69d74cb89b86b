import { describe, expect, it } from 'vitest';
import { CAMERA_REASONS, CAMERA_STATUSES, POSE_ENGINE_REASONS } from '../../../src/core/app/app-state';
import { RECALIBRATION_REASONS } from '../../../src/core/app/recalibration';
import { calibrationAdvice } from '../../../src/core/posture/calibration';
import { SIGNAL_NAMES, UNKNOWN_REASONS } from '../../../src/core/posture/classifier';
import { I18N_RESOURCES, resolveLocale, SUPPORTED_LOCALES } from '../../../src/platform/i18n';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
/** Plural forms differ by language (e.g. _one/_other); compare the base keys. */
const baseKeys = (tree: Tree) => new Set(flatten(tree).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));

describe('locales', () => {
  const reference = baseKeys(I18N_RESOURCES.en.translation as unknown as Tree);
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has every key English has, and no others`, () => {
      const keys = baseKeys(I18N_RESOURCES[locale].translation as unknown as Tree);
      expect([...reference].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !reference.has(k))).toEqual([]);
    });

    it(`${locale} uses the same {{placeholders}} as English`, () => {
      const en = I18N_RESOURCES.en.translation as unknown as Tree;
      const other = I18N_RESOURCES[locale].translation as unknown as Tree;
      const lookup = (tree: Tree, key: string) =>
        key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);
      for (const key of flatten(en)) {
        const mine = lookup(other, key);
        if (typeof mine !== 'string') continue;
        const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
        expect(vars(mine), key).toEqual(vars(lookup(en, key) as string));
      }
    });
  }

  it('words every camera state and every camera and pose engine reason the monitor can report', () => {
    const keys = baseKeys(I18N_RESOURCES.en.translation as unknown as Tree);
    for (const status of CAMERA_STATUSES) expect(keys.has(`camera.${status}`), status).toBe(true);
    for (const reason of CAMERA_REASONS) expect(keys.has(`cameraReason.${reason}`), reason).toBe(true);
    for (const reason of POSE_ENGINE_REASONS) expect(keys.has(`poseReason.${reason}`), reason).toBe(true);
  });

  it('words every reason to calibrate again, and every reason a seen person was not judged', () => {
    const keys = baseKeys(I18N_RESOURCES.en.translation as unknown as Tree);
    for (const reason of RECALIBRATION_REASONS) expect(keys.has(`calibrate.suggest.${reason}`), reason).toBe(true);
    for (const reason of UNKNOWN_REASONS) expect(keys.has(`cameraPage.verdict.${reason}`), reason).toBe(true);
  });

  it('words every piece of advice the calibration wizard can give', () => {
    const keys = baseKeys(I18N_RESOURCES.en.translation as unknown as Tree);
    for (const advice of Object.keys(calibrationAdvice([]))) {
      expect(keys.has(`calibrate.advice.${advice}`), advice).toBe(true);
    }
  });

  it('has a reminder hint and a dashboard label for every posture signal', () => {
    const keys = baseKeys(I18N_RESOURCES.en.translation as unknown as Tree);
    for (const signal of SIGNAL_NAMES) {
      expect(keys.has(`alerts.hints.${signal}`), signal).toBe(true);
      expect(keys.has(`dashboard.posture.signals.${signal}`), signal).toBe(true);
    }
  });

  it('resolves the system language to a supported locale', () => {
    expect(resolveLocale('system', ['de-AT', 'en-US'])).toBe('de');
    expect(resolveLocale('system', ['fr-FR'])).toBe('en');
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
  });
});
