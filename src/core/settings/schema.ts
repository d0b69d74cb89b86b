import { z } from 'zod';

export const SETTINGS_VERSION = 1;

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

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    general: generalSettingsSchema,
    monitoring: monitoringSettingsSchema,
    hydration: hydrationSettingsSchema,
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
}) as Settings;

/** A change request: any subset of sections, each with any subset of its fields. */
export const settingsPatchSchema = z
  .object({
    general: generalSettingsSchema.partial().strict().optional(),
    monitoring: monitoringSettingsSchema.partial().strict().optional(),
    hydration: hydrationSettingsSchema.partial().strict().optional(),
  })
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({
    ...current,
    general: { ...current.general, ...patch.general },
    monitoring: { ...current.monitoring, ...patch.monitoring },
    hydration: { ...current.hydration, ...patch.hydration },
  });
}
