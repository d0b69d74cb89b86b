import type { PostureBaseline } from '../posture/calibration';
import type { UnknownReason } from '../posture/classifier';
import type { ScoreFloors } from '../posture/features';
import type { PostureState } from '../posture/state-machine';
import type { SystemState } from '../alerts/quiet-rules';
import type { BreakKind } from '../schedule/break-scheduler';
import type { CameraState, PauseDuration, PoseEngineState, SessionRecord } from './app-state';

/** Everything that can change the app state, from the UI, the host or the pose monitor. */
export type CoreCommand =
  | { type: 'pause'; duration: PauseDuration }
  | { type: 'resume' }
  /** From a slouch reminder: quiet for 15 minutes, camera off. */
  | { type: 'snooze' }
  /** "I've sat up": clear the reminder and the glow. */
  | { type: 'acknowledge-alert' }
  | { type: 'report-system'; system: Partial<SystemState> }
  | { type: 'log-water' }
  | { type: 'undo-water' }
  | ({ type: 'report-camera' } & CameraState)
  | ({
      type: 'report-pose-engine';
      /** True when this report carries a fresh backend probe to cache. */
      probed: boolean;
    } & Omit<PoseEngineState, 'probedAt'>)
  | { type: 'keep-live-view' }
  | { type: 'end-live-view' }
  | { type: 'keep-calibrating' }
  | { type: 'end-calibrating' }
  | { type: 'save-calibration'; name: string; baseline: PostureBaseline; floors: ScoreFloors }
  | { type: 'select-profile'; name: string }
  | { type: 'delete-profile'; name: string }
  | { type: 'report-posture'; state: PostureState }
  /** Whether the camera still sees the active calibration's place (on each change). */
  | { type: 'report-scene'; matches: boolean }
  /** Whether the picture is much darker than the light the active calibration was made in (on each change). */
  | { type: 'report-light'; darker: boolean }
  /** Why the latest frame could not be judged against the active calibration, null if it could (on each change). */
  | { type: 'report-unjudged'; because: UnknownReason | null }
  /** A routine starts (from an offer, the tray or the dashboard): it counts as that break. */
  | { type: 'start-routine'; routineId: string; kind: BreakKind }
  | { type: 'postpone-break' }
  | { type: 'skip-break' }
  | { type: 'dismiss-offer'; channel: 'water' | 'nudge' }
  | { type: 'log-session'; session: Omit<SessionRecord, 'finishedAt'> };
