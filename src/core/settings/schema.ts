import { z } from 'zod';

export const SETTINGS_VERSION = 2;

export const LANGUAGES = ['system', 'en', 'de'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const generalSettingsSchema = z
  .object({
    openAtLogin: z.boolean(),
    language: z.enum(LANGUAGES),
    theme: z.enum(THEMES),
  })
  .strict();

export const monitoringSettingsSchema = z
  .object({
    /** The camera the person chose; null means "the system default". */
    cameraDeviceId: z.string().max(512).nullable(),
  })
  .strict();

export const hydrationSettingsSchema = z
  .object({
    dailyGoalGlasses: z.number().int().min(1).max(30),
  })
  .strict();

const sensitivity = z.number().min(0.5).max(2);

/** How posture is judged: the grace period before a slouch counts, and per-signal sensitivity. */
export const postureSettingsSchema = z
  .object({
    graceSeconds: z.number().int().min(0).max(120),
    sensitivityHeadDrop: sensitivity,
    sensitivityForwardHead: sensitivity,
    sensitivityShoulderTilt: sensitivity,
  })
  .strict();

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    general: generalSettingsSchema,
    monitoring: monitoringSettingsSchema,
    hydration: hydrationSettingsSchema,
    posture: postureSettingsSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type Language = (typeof LANGUAGES)[number];
export type Theme = (typeof THEMES)[number];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  general: { openAtLogin: false, language: 'system', theme: 'system' },
  monitoring: { cameraDeviceId: null },
  hydration: { dailyGoalGlasses: 8 },
  posture: { graceSeconds: 20, sensitivityHeadDrop: 1, sensitivityForwardHead: 1, sensitivityShoulderTilt: 1 },
}) as Settings;

/** A change request: any subset of sections, each with any subset of its fields. */
export const settingsPatchSchema = z
  .object({
    general: generalSettingsSchema.partial().strict().optional(),
    monitoring: monitoringSettingsSchema.partial().strict().optional(),
    hydration: hydrationSettingsSchema.partial().strict().optional(),
    posture: postureSettingsSchema.partial().strict().optional(),
  })
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({
    ...current,
    general: { ...current.general, ...patch.general },
    monitoring: { ...current.monitoring, ...patch.monitoring },
    hydration: { ...current.hydration, ...patch.hydration },
    posture: { ...current.posture, ...patch.posture },
  });
}
