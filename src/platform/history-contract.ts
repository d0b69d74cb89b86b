/** The history part of the contract: the snapshot views read and the validated export format. */
import { z } from 'zod';
import { EVENT_KINDS } from '../core/history/history-store';
import type { DaySummary, Heatmap, SlouchKind, Streaks } from '../core/history/insights';

export const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const upTo = (max: number) => z.number().int().min(0).max(max);
/** An export file as written by `exportHistory`: checked field by field before anything is merged. */
export const historyExportSchema = z
  .object({
    format: z.literal('stand-tall-history'),
    version: z.literal(1),
    days: z
      .array(
        z.object({ day: dayKey, good: upTo(86_400_000), slouch: upTo(86_400_000), away: upTo(86_400_000) }).strict(),
      )
      .max(4000),
    minutes: z
      .array(
        z
          .object({ minute: z.number().int().min(0), good: upTo(60_000), slouch: upTo(60_000), away: upTo(60_000) })
          .strict(),
      )
      .max(600_000),
    slouchHours: z
      .array(z.object({ day: dayKey, hour: z.number().int().min(0).max(23), seconds: upTo(3600) }).strict())
      .max(100_000),
    events: z
      .array(
        z
          .object({
            at: z.number().int().min(0),
            kind: z.enum(EVENT_KINDS),
            detail: z.string().max(100),
            value: z.number().finite(),
          })
          .strict(),
      )
      .max(1_000_000),
  })
  .strict();

export interface HistorySnapshot {
  /** False when the history cannot be opened or written here; `problem` says why. */
  available: boolean;
  problem: string | null;
  week: DaySummary[];
  month: DaySummary[];
  streaks: Streaks;
  heatmap: Heatmap;
  /** The last 30 days' slouches by what made them most, the most frequent first. */
  slouchKinds: SlouchKind[];
}
