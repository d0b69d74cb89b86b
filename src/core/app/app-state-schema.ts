import { z } from 'zod';
import {
  CAMERA_STATUSES,
  INITIAL_POSE_ENGINE,
  PAUSE_DURATIONS,
  POSE_ENGINE_STATUSES,
  type AppState,
} from './app-state';

const optionalMs = z.number().finite().min(0).max(1e13).nullable();

export const poseEngineSchema = z
  .object({
    status: z.enum(POSE_ENGINE_STATUSES),
    detail: z.string().max(500).nullable(),
    backend: z.string().max(32).nullable(),
    inferenceMs: optionalMs,
    modelLoadMs: optionalMs,
    probedAt: optionalMs,
  })
  .strict();

export const appStateSchema = z
  .object({
    pause: z
      .object({ until: z.number().finite(), duration: z.enum(PAUSE_DURATIONS) })
      .strict()
      .nullable(),
    camera: z.object({ status: z.enum(CAMERA_STATUSES), detail: z.string().max(500).nullable() }).strict(),
    water: z
      .object({
        day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        glasses: z.number().int().min(0).max(1000),
      })
      .strict(),
    pose: poseEngineSchema.default({ ...INITIAL_POSE_ENGINE }),
    liveViewUntil: z.number().finite().default(0),
  })
  .strict();

/** Stored state that does not validate is dropped: it holds nothing a person could lose but a pause. */
export function parseStoredAppState(raw: unknown): AppState | null {
  const parsed = appStateSchema.safeParse(raw);
  return parsed.success ? (parsed.data as AppState) : null;
}
