import { z } from 'zod';
import { EXERCISE_IDS } from '../exercises/catalogue';
import { KEYPOINT_NAMES } from '../pose/keypoints';
import { SCENE_CELLS, SCENE_LEVELS } from '../pose/scene';
import { SIGNAL_NAMES } from '../posture/classifier';
import { MAX_EARLIER_LOOKS } from '../posture/place-looks';
import { POSTURE_STATE_KINDS } from '../posture/state-machine';
import {
  CAMERA_REASONS,
  CAMERA_STATUSES,
  INITIAL_POSE_ENGINE,
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

export const appStateSchema = z
  .object({
    pause: z
      .object({
        until: z.number().finite(),
        duration: z.enum(PAUSE_DURATIONS),
        kind: z.enum(['pause', 'snooze']).default('pause'),
      })
      .strict()
      .nullable(),
    camera: z
      .object({
        status: z.enum(CAMERA_STATUSES),
        reason: z.enum(CAMERA_REASONS).nullable().default(null),
        detail: z.string().max(500).nullable(),
      })
      .strict(),
    water: z
      .object({
        day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        glasses: z.number().int().min(0).max(1000),
      })
      .strict(),
    pose: poseEngineSchema.default({ ...INITIAL_POSE_ENGINE }),
    liveViewUntil: z.number().finite().default(0),
    calibratingUntil: z.number().finite().default(0),
    calibration: z
      .object({ active: z.string().max(60).nullable(), profiles: z.array(calibrationProfileSchema).max(20) })
      .strict()
      .default({ active: null, profiles: [] }),
    posture: postureStateSchema.default({ kind: 'unknown', since: 0, score: 0, signals: [] }),
    // Live facts, rebuilt at start: whatever was written is ignored.
    cameraStandIn: z.unknown().optional(),
    system: z.unknown().optional(),
    scene: z.unknown().optional(),
    quiet: z.unknown().optional(),
    alert: z.unknown().optional(),
    breaks: z.unknown().optional(),
    hydration: z.unknown().optional(),
    nudges: z.unknown().optional(),
    activity: z
      .object({
        day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        sessions: z.array(sessionSchema).max(200),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Stored state that does not validate is dropped: it holds nothing a person could lose but a pause. */
export function parseStoredAppState(raw: unknown): AppState | null {
  const parsed = appStateSchema.safeParse(raw);
  return parsed.success ? (parsed.data as AppState) : null;
}
