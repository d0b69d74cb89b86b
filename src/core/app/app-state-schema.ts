import { z } from 'zod';
import { CAMERA_STATUSES, PAUSE_DURATIONS, type AppState } from './app-state';

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
  })
  .strict();

/** Stored state that does not validate is dropped: it holds nothing a person could lose but a pause. */
export function parseStoredAppState(raw: unknown): AppState | null {
  const parsed = appStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
