import { z } from 'zod';
import { EXERCISE_IDS } from '../exercises/catalogue';

export const SETTINGS_VERSION = 5;

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

export const WATER_UNITS = ['glasses', 'ml', 'oz'] as const;

export const hydrationSettingsSchema = z
  .object({
    dailyGoalGlasses: z.number().int().min(1).max(30),
    /** Reminders spread over the working day, adapting to what is left. */
    reminders: z.boolean(),
    /** How amounts are shown; the goal is always counted in glasses. */
    unit: z.enum(WATER_UNITS),
    glassMl: z.number().int().min(50).max(1000),
  })
  .strict();

const routineIdSchema = z.string().regex(/^[a-zA-Z0-9-]{1,40}$/);

export const customRoutineSchema = z
  .object({
    id: z.string().regex(/^custom-[a-z0-9-]{1,32}$/),
    name: z.string().trim().min(1).max(60),
    steps: z
      .array(z.object({ exercise: z.enum(EXERCISE_IDS), variant: z.enum(['desk', 'floor']) }).strict())
      .min(1)
      .max(20),
  })
  .strict();

/** Micro-breaks, movement breaks, their rhythm and how firmly they are kept; posture nudges. */
export const breakSettingsSchema = z
  .object({
    microEnabled: z.boolean(),
    microIntervalMinutes: z.number().int().min(5).max(120),
    microRoutine: routineIdSchema,
    movementEnabled: z.boolean(),
    movementIntervalMinutes: z.number().int().min(15).max(240),
    movementRoutine: routineIdSchema,
    /** Seconds of warning before a break; 0 for none. */
    warningSeconds: z.number().int().min(0).max(300),
    postponeMinutes: z.number().int().min(1).max(30),
    maxPostpones: z.number().int().min(0).max(5),
    /** Strict: a due break starts by itself and cannot be skipped or postponed. */
    strict: z.boolean(),
    voiceCues: z.boolean(),
    /** Propose a routine when slouching recurs this often within this many minutes. */
    nudges: z.boolean(),
    nudgeEpisodes: z.number().int().min(2).max(10),
    nudgeWindowMinutes: z.number().int().min(10).max(120),
    customRoutines: z.array(customRoutineSchema).max(20),
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

/** The alert ladder: each step on or off, and how often reminders may repeat. */
export const alertSettingsSchema = z
  .object({
    /** (a) The tray icon shows posture at once. */
    trayIcon: z.boolean(),
    /** (b) A notification once a slouch has lasted the grace period. */
    notification: z.boolean(),
    /** (c) A soft glow at the screen edges while the slouch lasts. */
    screenGlow: z.boolean(),
    /** At most one notification per this many minutes. */
    cooldownMinutes: z.number().int().min(1).max(120),
    /** A slouch lasting this long gets a firmer reminder; 0 never escalates. */
    escalateAfterMinutes: z.number().int().min(0).max(240),
  })
  .strict();

const minuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
export const workdaySchema = z
  .object({ enabled: z.boolean(), start: minuteOfDay, end: minuteOfDay })
  .strict()
  // An end at or before the start is the next day's (a night shift); an end at the start is no time at all.
  .refine((d) => d.start !== d.end, { message: 'a working day must not end when it starts' });

/** When Stand Tall stays quiet by itself (and releases the camera). */
export const quietSettingsSchema = z
  .object({
    workingHoursEnabled: z.boolean(),
    /** One entry per weekday, Sunday first (as Date.getDay counts). */
    workingHours: z.array(workdaySchema).length(7),
    pauseOnLock: z.boolean(),
    pauseOnBattery: z.boolean(),
    pauseOnFullscreen: z.boolean(),
    /** Global shortcut (Electron accelerator) that pauses for 15 min or resumes; empty for none. */
    pauseShortcut: z.string().max(60),
  })
  .strict();

/** How long the history keeps what it records. */
export const historySettingsSchema = z
  .object({
    retentionDays: z.number().int().min(30).max(3650),
    /** A summary of the past week, each Monday morning. */
    weeklySummary: z.boolean(),
  })
  .strict();

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    general: generalSettingsSchema,
    monitoring: monitoringSettingsSchema,
    hydration: hydrationSettingsSchema,
    posture: postureSettingsSchema,
    alerts: alertSettingsSchema,
    quiet: quietSettingsSchema,
    breaks: breakSettingsSchema,
    history: historySettingsSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type Language = (typeof LANGUAGES)[number];
export type Theme = (typeof THEMES)[number];
export type AlertSettings = z.infer<typeof alertSettingsSchema>;
export type MonitoringSettings = z.infer<typeof monitoringSettingsSchema>;
export type QuietSettings = z.infer<typeof quietSettingsSchema>;
export type Workday = z.infer<typeof workdaySchema>;
export type BreakSettings = z.infer<typeof breakSettingsSchema>;
export type HydrationSettings = z.infer<typeof hydrationSettingsSchema>;
export type CustomRoutine = z.infer<typeof customRoutineSchema>;

export const DEFAULT_HYDRATION: HydrationSettings = {
  dailyGoalGlasses: 8,
  reminders: true,
  unit: 'glasses',
  glassMl: 250,
};

export const DEFAULT_HISTORY = { retentionDays: 365, weeklySummary: true };

export const DEFAULT_BREAKS: BreakSettings = {
  microEnabled: true,
  microIntervalMinutes: 25,
  microRoutine: 'deskReset',
  movementEnabled: true,
  movementIntervalMinutes: 60,
  movementRoutine: 'movementBreak',
  warningSeconds: 30,
  postponeMinutes: 5,
  maxPostpones: 2,
  strict: false,
  voiceCues: false,
  nudges: true,
  nudgeEpisodes: 3,
  nudgeWindowMinutes: 30,
  customRoutines: [],
};

const OFFICE_DAY: Workday = { enabled: true, start: 9 * 60, end: 17 * 60 + 30 };
const WEEKEND_DAY: Workday = { ...OFFICE_DAY, enabled: false };

export const DEFAULT_ALERTS: AlertSettings = {
  trayIcon: true,
  notification: true,
  screenGlow: false,
  cooldownMinutes: 5,
  escalateAfterMinutes: 10,
};

export const DEFAULT_QUIET: QuietSettings = {
  workingHoursEnabled: false,
  workingHours: [WEEKEND_DAY, OFFICE_DAY, OFFICE_DAY, OFFICE_DAY, OFFICE_DAY, OFFICE_DAY, WEEKEND_DAY],
  pauseOnLock: true,
  pauseOnBattery: false,
  pauseOnFullscreen: false,
  pauseShortcut: 'CommandOrControl+Alt+P',
};

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  general: { openAtLogin: false, language: 'system', theme: 'system' },
  monitoring: { cameraDeviceId: null },
  hydration: DEFAULT_HYDRATION,
  posture: { graceSeconds: 20, sensitivityHeadDrop: 1, sensitivityForwardHead: 1, sensitivityShoulderTilt: 1 },
  alerts: DEFAULT_ALERTS,
  quiet: DEFAULT_QUIET,
  breaks: DEFAULT_BREAKS,
  history: DEFAULT_HISTORY,
}) as Settings;

/** A change request: any subset of sections, each with any subset of its fields. */
export const settingsPatchSchema = z
  .object({
    general: generalSettingsSchema.partial().strict().optional(),
    monitoring: monitoringSettingsSchema.partial().strict().optional(),
    hydration: hydrationSettingsSchema.partial().strict().optional(),
    posture: postureSettingsSchema.partial().strict().optional(),
    alerts: alertSettingsSchema.partial().strict().optional(),
    quiet: quietSettingsSchema.partial().strict().optional(),
    breaks: breakSettingsSchema.partial().strict().optional(),
    history: historySettingsSchema.partial().strict().optional(),
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
    alerts: { ...current.alerts, ...patch.alerts },
    quiet: { ...current.quiet, ...patch.quiet },
    breaks: { ...current.breaks, ...patch.breaks },
    history: { ...current.history, ...patch.history },
  });
}
