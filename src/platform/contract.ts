/**
 * The one typed contract between the UI and its host (Electron main or the web host).
 * Defined once: main validates every incoming message with these schemas, the preload and the
 * web host build the same `StandTallApi` from this table, and the renderer only sees the interface.
 */
import { z } from 'zod';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';
import {
  CAMERA_REASONS,
  CAMERA_STATUSES,
  PAUSE_DURATIONS,
  POSE_ENGINE_REASONS,
  POSE_ENGINE_STATUSES,
  type AppState,
} from '../core/app/app-state';
import { KEYPOINT_NAMES, type PoseSample } from '../core/pose/keypoints';
import { SIGNAL_NAMES, UNKNOWN_REASONS, type Classification } from '../core/posture/classifier';
import {
  baselineSchema,
  floorsSchema,
  postureStateSchema,
  sceneSchema,
  sessionSchema,
} from '../core/app/app-state-schema';
import { BREAK_KINDS } from '../core/schedule/break-scheduler';
import { settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch } from '../core/settings/schema';
import type { HistoryExport } from '../core/history/history-store';
import { historyExportSchema, type HistorySnapshot } from './history-contract';

export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pause'), duration: z.enum(PAUSE_DURATIONS) }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('snooze') }).strict(),
  z.object({ type: z.literal('acknowledge-alert') }).strict(),
  z
    .object({
      type: z.literal('start-routine'),
      routineId: z.string().min(1).max(40),
      kind: z.enum(BREAK_KINDS),
    })
    .strict(),
  z.object({ type: z.literal('postpone-break') }).strict(),
  z.object({ type: z.literal('skip-break') }).strict(),
  z.object({ type: z.literal('dismiss-offer'), channel: z.enum(['water', 'nudge']) }).strict(),
  z
    .object({
      type: z.literal('log-session'),
      session: sessionSchema.omit({ finishedAt: true }),
    })
    .strict(),
  z.object({ type: z.literal('log-water') }).strict(),
  z.object({ type: z.literal('undo-water') }).strict(),
  z
    .object({
      type: z.literal('report-camera'),
      status: z.enum(CAMERA_STATUSES),
      reason: z.enum(CAMERA_REASONS).nullable(),
      detail: z.string().max(500).nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('report-pose-engine'),
      status: z.enum(POSE_ENGINE_STATUSES),
      reason: z.enum(POSE_ENGINE_REASONS).nullable(),
      detail: z.string().max(500).nullable(),
      backend: z.string().max(32).nullable(),
      inferenceMs: z.number().finite().min(0).max(600_000).nullable(),
      modelLoadMs: z.number().finite().min(0).max(600_000).nullable(),
      probed: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('keep-live-view') }).strict(),
  z.object({ type: z.literal('end-live-view') }).strict(),
  z.object({ type: z.literal('keep-calibrating') }).strict(),
  z.object({ type: z.literal('end-calibrating') }).strict(),
  z
    .object({
      type: z.literal('save-calibration'),
      name: z.string().min(1).max(60),
      baseline: baselineSchema,
      floors: floorsSchema,
    })
    .strict(),
  z.object({ type: z.literal('select-profile'), name: z.string().min(1).max(60) }).strict(),
  z.object({ type: z.literal('delete-profile'), name: z.string().min(1).max(60) }).strict(),
  z.object({ type: z.literal('report-posture'), state: postureStateSchema }).strict(),
  z.object({ type: z.literal('report-scene'), matches: z.boolean() }).strict(),
  z.object({ type: z.literal('report-light'), darker: z.boolean() }).strict(),
  z.object({ type: z.literal('report-unjudged'), because: z.enum(UNKNOWN_REASONS).nullable() }).strict(),
]);
export type Command = z.infer<typeof commandSchema>;

const finite = z.number().finite();
const ms = finite.min(0).max(600_000);
export const poseSampleSchema = z
  .object({
    keypoints: z
      .array(z.object({ name: z.enum(KEYPOINT_NAMES), x: finite, y: finite, score: finite.min(0).max(1) }).strict())
      .max(KEYPOINT_NAMES.length),
    score: finite.min(0).max(1),
    frameWidth: z.number().int().min(1).max(8192),
    frameHeight: z.number().int().min(1).max(8192),
    luminance: finite.min(0).max(255),
    capturedAt: finite.min(0),
    timings: z.object({ copyMs: ms, inferenceMs: ms, frameToKeypointsMs: ms }).strict(),
    backend: z.string().max(32),
    reused: z.boolean(),
    scene: sceneSchema.optional(),
    verdict: z
      .object({
        verdict: z.enum(['upright', 'slouched', 'unknown']),
        because: z.enum(UNKNOWN_REASONS).optional(),
        score: finite,
        signals: z.partialRecord(z.enum(SIGNAL_NAMES), finite),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A frame's keypoints as the monitor shares them with the views (never pixels), with the frame's
 * verdict against the active profile when it was judged: the live view shows how far each signal is
 * from a slouch.
 */
export type LiveSample = PoseSample & { verdict?: Classification };

export const noticeIdSchema = z.string().min(1).max(64);

export interface Notice {
  id: string;
  kind:
    | 'settings-recovered'
    | 'state-recovered'
    | 'state-write-failed'
    | 'shortcut-failed'
    | 'history-unavailable'
    | 'history-write-failed';
  /** Extra facts for the message (e.g. where the backup of a corrupt file went). */
  detail: string | null;
}

export interface HostInfo {
  kind: 'electron' | 'web';
  version: string;
  /** What this host can do; the UI hides what is not there rather than showing dead controls. */
  features: {
    openAtLogin: boolean;
    tray: boolean;
    globalShortcut: boolean;
    lockDetection: boolean;
    fullscreenDetection: boolean;
  };
}

export type Unsubscribe = () => void;

export interface StandTallApi {
  getHostInfo(): Promise<HostInfo>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  getState(): Promise<AppState>;
  run(command: Command): Promise<AppState>;
  getNotices(): Promise<Notice[]>;
  dismissNotice(id: string): Promise<void>;
  /** The monitor shares each analysed frame's keypoints (never pixels) with the views. */
  publishPoseSample(sample: LiveSample): Promise<void>;
  /** Today, the last 7 and 30 days, streaks and the slouch heatmap, from the history store. */
  getHistory(): Promise<HistorySnapshot>;
  exportHistory(): Promise<HistoryExport>;
  /** Merges an export into the history (no duplicates); returns what was added. */
  importHistory(data: HistoryExport): Promise<{ events: number; days: number }>;
  deleteHistory(): Promise<void>;
  onSettingsChanged(listener: (settings: Settings) => void): Unsubscribe;
  onStateChanged(listener: (state: AppState) => void): Unsubscribe;
  onNoticesChanged(listener: (notices: Notice[]) => void): Unsubscribe;
  onPoseSample(listener: (sample: LiveSample) => void): Unsubscribe;
  /** Something was written to the history (views refetch what they show). */
  onHistoryChanged(listener: (payload: null) => void): Unsubscribe;
}

export type InvokeMethod = {
  [K in keyof StandTallApi]: K extends `on${string}` ? never : K;
}[keyof StandTallApi];
export type EventMethod = Exclude<keyof StandTallApi, InvokeMethod>;

/** Request/response channels: name on the wire and the validator of the arguments. */
export const invokeChannels = {
  getHostInfo: { channel: INVOKE_CHANNELS.getHostInfo, args: z.tuple([]) },
  getSettings: { channel: INVOKE_CHANNELS.getSettings, args: z.tuple([]) },
  updateSettings: { channel: INVOKE_CHANNELS.updateSettings, args: z.tuple([settingsPatchSchema]) },
  getState: { channel: INVOKE_CHANNELS.getState, args: z.tuple([]) },
  run: { channel: INVOKE_CHANNELS.run, args: z.tuple([commandSchema]) },
  getNotices: { channel: INVOKE_CHANNELS.getNotices, args: z.tuple([]) },
  dismissNotice: { channel: INVOKE_CHANNELS.dismissNotice, args: z.tuple([noticeIdSchema]) },
  publishPoseSample: { channel: INVOKE_CHANNELS.publishPoseSample, args: z.tuple([poseSampleSchema]) },
  getHistory: { channel: INVOKE_CHANNELS.getHistory, args: z.tuple([]) },
  exportHistory: { channel: INVOKE_CHANNELS.exportHistory, args: z.tuple([]) },
  importHistory: { channel: INVOKE_CHANNELS.importHistory, args: z.tuple([historyExportSchema]) },
  deleteHistory: { channel: INVOKE_CHANNELS.deleteHistory, args: z.tuple([]) },
} as const satisfies Record<InvokeMethod, { channel: string; args: z.ZodTuple }>;

/** Host-to-UI events. */
export const eventChannels = EVENT_CHANNELS satisfies Record<EventMethod, string>;

// Compile-time proof that the wire tables cover the API exactly.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const invokeNamesCoverApi: Exact<keyof typeof INVOKE_CHANNELS, InvokeMethod> = true;
const eventNamesCoverApi: Exact<keyof typeof EVENT_CHANNELS, EventMethod> = true;
void invokeNamesCoverApi;
void eventNamesCoverApi;

export type InvokeArgs<M extends InvokeMethod> = Parameters<StandTallApi[M]>;
export type InvokeResult<M extends InvokeMethod> = Awaited<ReturnType<StandTallApi[M]>>;
export type EventPayload<M extends EventMethod> = Parameters<Parameters<StandTallApi[M]>[0]>[0];

/** What the host side implements; events are pushed separately. */
export type HostHandlers = { [M in InvokeMethod]: (...args: InvokeArgs<M>) => Promise<InvokeResult<M>> };

export class ContractError extends Error {
  constructor(
    readonly method: string,
    message: string,
  ) {
    super(`Rejected ${method}: ${message}`);
    this.name = 'ContractError';
  }
}

/** Validates raw arguments for a method; throws a ContractError naming what was wrong. */
export function validateArgs<M extends InvokeMethod>(method: M, raw: unknown[]): InvokeArgs<M> {
  const parsed = invokeChannels[method].args.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ContractError(method, `${issue?.message ?? 'invalid arguments'}${where}`);
  }
  return parsed.data as InvokeArgs<M>;
}

export const invokeMethodByChannel: ReadonlyMap<string, InvokeMethod> = new Map(
  (Object.keys(invokeChannels) as InvokeMethod[]).map((m) => [invokeChannels[m].channel, m]),
);

export { settingsSchema };
