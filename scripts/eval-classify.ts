/**
 * Verdicts of `eval:posture` from gathered keypoints: each subject calibrated on its calibration
 * keypoints, each test photo classified after it by ours and by the peer rules. Shared by the
 * one-data-set report (eval-posture.ts) and the many-set summary (eval-sets.ts).
 */
import { baselineVerdicts, type BaselineName } from '../src/core/posture/baselines';
import type { UnknownReason, Verdict } from '../src/core/posture/classifier';
import { classifyFrame } from '../src/core/posture/classify-frame';
import {
  pairedComparison,
  score,
  type Label,
  type PairedComparison,
  type Scores,
} from '../src/core/posture/evaluation';
import type { SubjectKeypoints } from './eval-keypoint-file';
import { calibrateSubject, noteCalibration, noteOtherViews } from './eval-subject';

export interface Result {
  subject: string;
  file: string;
  label: Label;
  verdict: Verdict;
  because?: UnknownReason;
  score: number;
  baselines: Record<BaselineName, Verdict>;
}

export const PEER_RULES: readonly BaselineName[] = ['noseDrop', 'headHeightRatio', 'faceSize'];

/** What every peer rule says of a photo the model saw no pose in. */
const NO_PEER_VERDICTS = Object.fromEntries(PEER_RULES.map((name) => [name, 'unknown'])) as Record<
  BaselineName,
  Verdict
>;

/** A rate as the tables print it: three decimals, a dash where nothing could be scored. */
export const formatRate = (x: number | null) => (x === null ? '—' : x.toFixed(3));

export type PeerScores = Record<BaselineName, Pick<Scores, 'balancedAccuracy' | 'uprightFalseAlarmRate'>>;

const rounded = (_key: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);

export interface ClassifyOptions {
  /** Print each photo's keypoint scores and signals. */
  verbose?: boolean;
  /** Say on stderr what the wizard would of each calibration (off when many sets are scored). */
  notes?: boolean;
}

/** Each subject calibrated on its calibration keypoints, and each test photo classified after it. */
export function classifyAll(subjects: readonly SubjectKeypoints[], options: ClassifyOptions = {}): Result[] {
  const { verbose = false, notes = true } = options;
  const results: Result[] = [];
  for (const subject of subjects) {
    const { baseline, floors, otherShape } = calibrateSubject(subject.calibration);
    if (notes) noteCalibration(subject.name, subject.calibratePhotos, subject.calibration, baseline, otherShape);
    for (const { file, label, sample } of subject.tests) {
      const verdict = sample ? classifyFrame(sample, baseline, floors) : null;
      const baselines = sample ? baselineVerdicts(sample, baseline, floors) : NO_PEER_VERDICTS;
      results.push({
        subject: subject.name,
        file,
        label,
        verdict: verdict?.verdict ?? 'unknown',
        because: verdict?.because,
        score: verdict?.score ?? 0,
        baselines,
      });
      if (verbose && sample && verdict) {
        const head = sample.keypoints
          .slice(0, 7)
          .map((k) => `${k.name.replace('left_', 'l').replace('right_', 'r')}=${k.score.toFixed(2)}`);
        const signals = JSON.stringify(verdict.signals, rounded);
        const judged = verdict.because ? `${verdict.verdict} (${verdict.because})` : verdict.verdict;
        console.log(`  ${label} ${judged} ${head.join(' ')} ${signals} ${file.split('/').pop()}`);
      }
    }
    if (!notes) continue;
    const otherViews = results.filter((r) => r.subject === subject.name && r.because === 'otherView');
    noteOtherViews(
      subject.name,
      otherViews.map((r) => r.file),
    );
  }
  return results;
}

/** The peer rules' scores on these photos, from the same keypoints and calibration as ours. */
export function peerScores(results: readonly Result[]): PeerScores {
  return Object.fromEntries(
    PEER_RULES.map((name) => {
      const s = score(results.map((r) => ({ label: r.label, verdict: r.baselines[name] })));
      return [name, { balancedAccuracy: s.balancedAccuracy, uprightFalseAlarmRate: s.uprightFalseAlarmRate }];
    }),
  ) as PeerScores;
}

/** The peer rule with the highest balanced accuracy (the first on a tie); null when none could be scored. */
export function bestPeer(scores: PeerScores): { name: BaselineName; balancedAccuracy: number } | null {
  let best: { name: BaselineName; balancedAccuracy: number } | null = null;
  for (const name of PEER_RULES) {
    const accuracy = scores[name].balancedAccuracy;
    if (accuracy !== null && (!best || accuracy > best.balancedAccuracy)) best = { name, balancedAccuracy: accuracy };
  }
  return best;
}

/** Ours against each peer rule photo by photo: how much a lead rests on (evaluation.ts, pairedComparison). */
export function peerComparisons(results: readonly Result[]): Record<BaselineName, PairedComparison> {
  const ours = results.map((r) => r.verdict === r.label);
  return Object.fromEntries(
    PEER_RULES.map((name) => [
      name,
      pairedComparison(
        ours,
        results.map((r) => r.baselines[name] === r.label),
      ),
    ]),
  ) as Record<BaselineName, PairedComparison>;
}
