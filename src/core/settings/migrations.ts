import {
  DEFAULT_ALERTS,
  DEFAULT_BREAKS,
  DEFAULT_HISTORY,
  DEFAULT_HYDRATION,
  DEFAULT_QUIET,
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
} from './schema';

type RawObject = Record<string, unknown>;

/** migrations[n] turns a version-n object into a version-(n+1) object. */
export type SettingsMigrations = Readonly<Record<number, (old: RawObject) => RawObject>>;

/** One step per schema change; each turns version n into version n + 1. */
export const SETTINGS_MIGRATIONS: SettingsMigrations = {
  // Version 2 added posture judgement settings (grace period, per-signal sensitivity).
  1: (v1) => ({
    ...v1,
    version: 2,
    posture: { graceSeconds: 20, sensitivityHeadDrop: 1, sensitivityForwardHead: 1, sensitivityShoulderTilt: 1 },
  }),
  // Version 3 added the alert ladder and the quiet rules (working hours, automatic pauses).
  2: (v2) => ({
    ...v2,
    version: 3,
    alerts: { ...DEFAULT_ALERTS },
    quiet: { ...DEFAULT_QUIET, workingHours: DEFAULT_QUIET.workingHours.map((d) => ({ ...d })) },
  }),
  // Version 4 added the break coach and hydration reminders (the daily goal is kept).
  3: (v3) => ({
    ...v3,
    version: 4,
    hydration: { ...DEFAULT_HYDRATION, ...(isObject(v3.hydration) ? v3.hydration : {}) },
    breaks: { ...DEFAULT_BREAKS, customRoutines: [] },
  }),
  // Version 5 added the history's retention and weekly summary.
  4: (v4) => ({ ...v4, version: 5, history: { ...DEFAULT_HISTORY } }),
};

export interface LoadedSettings {
  settings: Settings;
  /** True when anything in the stored data could not be kept as it was (the host backs it up). */
  recovered: boolean;
  /** Human-readable reasons, for logs and the one notice shown to the person. */
  problems: string[];
}

function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns whatever was stored (possibly hand-edited, truncated or from another version) into valid
 * settings. Keeps every field that is still valid and resets only the ones that are not, so a
 * single typo never costs a person all their choices.
 */
export function loadSettings(
  raw: unknown,
  migrations: SettingsMigrations = SETTINGS_MIGRATIONS,
  currentVersion: number = SETTINGS_VERSION,
): LoadedSettings {
  if (raw === undefined || raw === null) {
    return { settings: DEFAULT_SETTINGS, recovered: false, problems: [] };
  }
  if (!isObject(raw)) {
    return { settings: DEFAULT_SETTINGS, recovered: true, problems: ['settings are not an object'] };
  }
  const problems: string[] = [];
  let data: RawObject = raw;
  let version = currentVersion;
  if (data.version === undefined) {
    problems.push('settings have no version; read as the current version');
  } else if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    problems.push(`settings version ${JSON.stringify(data.version)} is not valid`);
  } else {
    version = data.version;
  }
  if (version > currentVersion) {
    problems.push(`settings were written by a newer version (${version}); unknown fields dropped`);
    version = currentVersion;
  }
  for (let v = version; v < currentVersion; v++) {
    const step = migrations[v];
    if (!step) {
      problems.push(`no migration from settings version ${v}`);
      break;
    }
    data = step(data);
  }
  data = { ...data, version: currentVersion };

  const whole = settingsSchema.safeParse(data);
  if (whole.success && problems.length === 0) {
    return { settings: whole.data, recovered: false, problems };
  }
  if (whole.success) {
    return { settings: whole.data, recovered: true, problems };
  }
  return { settings: salvage(data, problems), recovered: true, problems };
}

/** Field-by-field rescue against the current schema's shape. */
function salvage(data: RawObject, problems: string[]): Settings {
  const result: RawObject = { version: SETTINGS_VERSION };
  const sections = settingsSchema.shape;
  for (const key of Object.keys(sections) as (keyof typeof sections)[]) {
    if (key === 'version') continue;
    const defaults = DEFAULT_SETTINGS[key] as RawObject;
    const sectionSchema = sections[key];
    const stored = data[key];
    const rebuilt: RawObject = { ...defaults };
    if (!isObject(stored)) {
      if (stored !== undefined) problems.push(`"${key}" is not an object; defaults used`);
    } else {
      for (const field of Object.keys(defaults)) {
        if (!(field in stored)) continue;
        const fieldSchema = sectionSchema.shape[field as keyof typeof sectionSchema.shape] as {
          safeParse(v: unknown): { success: boolean };
        };
        if (fieldSchema.safeParse(stored[field]).success) rebuilt[field] = stored[field];
        else problems.push(`"${key}.${field}" had an invalid value; default used`);
      }
      for (const field of Object.keys(stored)) {
        if (!(field in defaults)) problems.push(`"${key}.${field}" is not a setting; dropped`);
      }
    }
    result[key] = rebuilt;
  }
  for (const key of Object.keys(data)) {
    if (!(key in sections)) problems.push(`"${key}" is not a settings section; dropped`);
  }
  return settingsSchema.parse(result);
}
