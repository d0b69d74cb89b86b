import { z } from 'zod';
import { EXERCISE_IDS } from '../exercises/catalogue';
import { KEYPOINT_NAMES } from '../pose/keypoints';
import { SCENE_CELLS, SCENE_LEVELS } from '../pose/scene';
import { SIGNAL_NAMES } from '../posture/classifier';
import { MAX_EARLIER_LOOKS } from '../posture/place-looks';
import { POSTURE_STATE_KINDS } from '../posture/state-machine';
import {
  MAX_GLASSES_PER_DAY,
  MAX_PROFILES,
  MAX_SESSIONS_PER_DAY,
  type CalibrationProfile,
  type CalibrationState,
  type SessionRecord,
  PAUSE_DURATIONS,
  POSE_ENGINE_REASONS,
  POSE_ENGINE_STATUSES,
  type AppState,
} from './app-state';

const optionalMs = z.number().finite().min(0).max(1e13).nullable();

const nullableNumber = z.number().finite().nullable();

/** A scene fingerprint: SCENE_CELLS levels of −SCENE_LEVELS…SCENE_LEVELS, or none. */
export const sceneSchema = z
  .array(z.number().int().min(-SCENE_LEVELS).max(SCENE_LEVELS))
  .length(SCENE_CELLS)
  .nullable();

export const baselineSchema = z
  .object({
    headY: nullableNumber,
    // Profiles saved before the head anchors and the shoulder line were kept have none: the
    // classifier then compares with headY from the dominant anchor, as it did then.
    anchors: z
      .object({ ears: nullableNumber, eyes: nullableNumber, ear: nullableNumber })
      .strict()
      .nullable()
      .default(null),
    faceAcross: z.object({ eyes: nullableNumber, nose: nullableNumber }).strict().nullable().default(null),
    noseAlongEyes: nullableNumber.default(null),
    headFrom: z.enum(['ears', 'eyes', 'ear']).nullable().default(null),
    shoulderY: nullableNumber.default(null),
    faceToShoulders: nullableNumber.default(null),
    scene: sceneSchema.default(null),
    earlierLooks: z.array(sceneSchema.unwrap()).max(MAX_EARLIER_LOOKS).default([]),
    frameSize: z
      .object({ width: z.number().int().min(1).max(100_000), height: z.number().int().min(1).max(100_000) })
      .strict()
      .nullable()
      .default(null),
    headX: nullableNumber,
    faceWidth: nullableNumber,
    faceWidthFrom: z.enum(['ears', 'eyes']).nullable(),
    neckRatio: nullableNumber,
    shoulderTilt: nullableNumber,
    // Profiles saved before head roll was kept have none: level is the best guess.
    headRoll: nullableNumber.default(null),
    headPitch: nullableNumber,
    noseY: nullableNumber,
    earSpanRatio: nullableNumber,
    noseAboveShoulders: nullableNumber,
    glanceHeadDrop: nullableNumber,
    luminance: z.number().min(0).max(255).nullable().default(null),
    frames: z.number().int().min(0).max(10_000),
  })
  .strict();

export const floorsSchema = z.partialRecord(z.enum(KEYPOINT_NAMES), z.number().min(0).max(1));

/**
 * A profile stored before versions were kept was made by version 2 if it has the scene
 * fingerprint (that version's last addition), else by version 1.
 */
function inferCalibrationVersion(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || 'version' in stored) return stored;
  const { baseline } = stored as { baseline?: unknown };
  const withScene = typeof baseline === 'object' && baseline !== null && 'scene' in baseline;
  return { ...stored, version: withScene ? 2 : 1 };
}

export const calibrationProfileSchema = z.preprocess(
  inferCalibrationVersion,
  z
    .object({
      name: z.string().min(1).max(60),
      baseline: baselineSchema,
      floors: floorsSchema,
      calibratedAt: z.number().finite().min(0),
      setup: z
        .object({ camera: z.string().max(512).nullable(), displays: z.string().max(500) })
        .strict()
        .optional(),
      // Not capped at today's version: a profile from a newer release still loads after a downgrade.
      version: z.number().int().min(1).max(1000),
    })
    .strict(),
);

export const postureStateSchema = z
  .object({
    kind: z.enum(POSTURE_STATE_KINDS),
    since: z.number().finite(),
    score: z.number().finite().min(0).max(1000),
    signals: z.array(z.enum(SIGNAL_NAMES)).max(SIGNAL_NAMES.length),
  })
  .strict();

export const poseEngineSchema = z
  .object({
    status: z.enum(POSE_ENGINE_STATUSES),
    reason: z.enum(POSE_ENGINE_REASONS).nullable().default(null),
    detail: z.string().max(500).nullable(),
    backend: z.string().max(32).nullable(),
    inferenceMs: optionalMs,
    modelLoadMs: optionalMs,
    probedAt: optionalMs,
  })
  .strict();

export const sessionSchema = z
  .object({
    routineId: z.string().min(1).max(40),
    finishedAt: z.number().finite().min(0),
    seconds: z
      .number()
      .finite()
      .min(0)
      .max(24 * 3600),
    exercises: z.array(z.enum(EXERCISE_IDS)).max(100),
    completed: z.boolean(),
  })
  .strict();

const pauseSchema = z
  .object({
    until: z.number().finite(),
    duration: z.enum(PAUSE_DURATIONS),
    kind: z.enum(['pause', 'snooze']).default('pause'),
  })
  .strict()
  .nullable();

const waterSchema = z
  .object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    glasses: z.number().int().min(0).max(MAX_GLASSES_PER_DAY),
  })
  .strict();

const activitySchema = z
  .object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sessions: z.array(z.unknown()),
  })
  .strict();

const calibrationSchema = z.object({ active: z.string().max(60).nullable(), profiles: z.array(z.unknown()) }).strict();

const KEPT_PARTS = ['pause', 'water', 'pose', 'calibration', 'activity'];

/** Parts written by older versions and live facts, rebuilt at start: whatever was written is ignored. */
const IGNORED_PARTS = new Set([
  'camera',
  'liveViewUntil',
  'calibratingUntil',
  'posture',
  'cameraStandIn',
  'system',
  'scene',
  'quiet',
  'alert',
  'breaks',
  'hydration',
  'nudges',
]);

/** What a start keeps of the stored state: the pause, water, calibrations, today's sessions and the backend probe. */
export type KeptAppState = Partial<Pick<AppState, 'pause' | 'water' | 'pose' | 'calibration' | 'activity'>>;

export interface RestoredAppState {
  kept: KeptAppState;
  /** What was stored and could not be used, each named with why (empty when everything could). */
  dropped: string[];
}

const why = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join(', ');

/**
 * The stored state, part by part: each part, calibration profile and session that validates is
 * kept, and what does not is named, so one bad value (a hand edit, a file from another version)
 * costs that value alone, never the calibrations beside it.
 */
export function restoreAppState(raw: unknown): RestoredAppState {
  if (raw === undefined || raw === null) return { kept: {}, dropped: [] };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { kept: {}, dropped: ['the stored state is not an object'] };
  const stored = raw as Record<string, unknown>;
  const kept: KeptAppState = {};
  const dropped: string[] = [];
  const part = <T>(key: string, schema: z.ZodType<T>, keep: (value: T) => void) => {
    if (!(key in stored)) return;
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) keep(parsed.data);
    else dropped.push(`${key} (${why(parsed.error)})`);
  };
  part('pause', pauseSchema, (pause) => (kept.pause = pause));
  part('water', waterSchema, (water) => (kept.water = water));
  part('pose', poseEngineSchema, (pose) => (kept.pose = pose));
  part('calibration', calibrationSchema, (calibration) => (kept.calibration = restoreProfiles(calibration, dropped)));
  part('activity', activitySchema, ({ day, sessions }) => {
    kept.activity = { day, sessions: restoreSessions(sessions, dropped) };
  });
  for (const key of Object.keys(stored)) {
    if (!KEPT_PARTS.includes(key) && !IGNORED_PARTS.has(key)) dropped.push(`${key} (not known)`);
  }
  return { kept, dropped };
}

function restoreSessions(stored: unknown[], dropped: string[]): SessionRecord[] {
  const sessions: SessionRecord[] = [];
  stored.forEach((item, index) => {
    const parsed = sessionSchema.safeParse(item);
    if (!parsed.success) dropped.push(`session ${index + 1} (${why(parsed.error)})`);
    else sessions.push(parsed.data);
  });
  return sessions.slice(-MAX_SESSIONS_PER_DAY);
}

/** The profiles that validate, one per name, at most MAX_PROFILES; the active one if it is kept, else the first. */
function restoreProfiles(stored: z.infer<typeof calibrationSchema>, dropped: string[]): CalibrationState {
  const profiles: CalibrationProfile[] = [];
  stored.profiles.forEach((item, index) => {
    const name = (item as { name?: unknown } | null)?.name;
    const label =
      typeof name === 'string' ? `calibration profile "${name.slice(0, 60)}"` : `calibration profile ${index + 1}`;
    const parsed = calibrationProfileSchema.safeParse(item);
    if (!parsed.success) dropped.push(`${label} (${why(parsed.error)})`);
    else if (profiles.some((p) => p.name === parsed.data.name)) dropped.push(`${label} (a second one of that name)`);
    else if (profiles.length >= MAX_PROFILES) dropped.push(`${label} (more than ${MAX_PROFILES} profiles)`);
    else profiles.push(parsed.data);
  });
  const activeKept = profiles.some((p) => p.name === stored.active);
  return { active: activeKept || stored.active === null ? stored.active : (profiles[0]?.name ?? null), profiles };
}
