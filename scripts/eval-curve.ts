/**
 * `eval:posture --curve`: each measure over its whole range, not just at its one line. Ours at
 * every sensitivity the Settings page offers; each peer rule at a range of its own thresholds.
 * At one threshold a rule can look better or worse by where that line happens to fall; the curve
 * compares the measures themselves. A peer point is matched when ours, at some sensitivity, calls
 * no more uprights slouched and catches at least as many slumps.
 */
import { baselineVerdicts, PEER_THRESHOLDS, type BaselineName } from '../src/core/posture/baselines';
import { classifyFrame } from '../src/core/posture/classify-frame';
import { score, type Label, type Scores } from '../src/core/posture/evaluation';
import type { PoseSample } from '../src/core/pose/keypoints';
import type { Verdict } from '../src/core/posture/classifier';
import { formatRate, PEER_RULES } from './eval-classify';
import type { SubjectKeypoints } from './eval-keypoint-file';
import { calibrateSubject } from './eval-subject';

/** The Settings page's sensitivity steps (all three signals alike). */
export const OUR_SENSITIVITIES: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/** Hundredths from `from` to `to` in steps of `step`, without binary fractions' tails. */
const hundredths = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);

/** Each peer rule's thresholds, either side of its own line (PEER_THRESHOLDS). */
export const PEER_SWEEPS: Readonly<Record<BaselineName, readonly number[]>> = {
  noseDrop: hundredths(0.01, 0.15, 0.01),
  headHeightRatio: hundredths(0.6, 0.98, 0.02),
  faceSize: hundredths(1.02, 1.4, 0.02),
};

export interface OperatingPoint extends Pick<Scores, 'balancedAccuracy' | 'uprightFalseAlarmRate' | 'slouchRecall'> {
  /** Our sensitivity, or the peer rule's threshold. */
  setting: number;
}

export interface PeerCurve {
  points: OperatingPoint[];
  /** Points better than chance that no point of ours matches (matches). */
  unmatched: OperatingPoint[];
}

export interface Curves {
  /** Both upright and slouched photos: without both, every curve is one rate and nothing to trade. */
  comparable: boolean;
  ours: OperatingPoint[];
  peers: Record<BaselineName, PeerCurve>;
}

/** Whether `ours` calls no more uprights slouched than `theirs` and catches at least as many slumps. */
export function matches(ours: OperatingPoint, theirs: OperatingPoint): boolean {
  // Both judge the same photos, so a rate is null for both or for neither.
  const fewerAlarms = (ours.uprightFalseAlarmRate ?? 0) <= (theirs.uprightFalseAlarmRate ?? 0);
  const asManyCaught = (ours.slouchRecall ?? 0) >= (theirs.slouchRecall ?? 0);
  return fewerAlarms && asManyCaught;
}

/**
 * The peer points that none of ours matches, leaving out those no better than chance (balanced
 * accuracy ≤ 0.5: a line so far out it calls nearly everything one way says nothing).
 */
export function unmatchedPoints(peer: readonly OperatingPoint[], ours: readonly OperatingPoint[]): OperatingPoint[] {
  return peer.filter((p) => (p.balancedAccuracy ?? 0) > 0.5 && !ours.some((o) => matches(o, p)));
}

function point(setting: number, judged: readonly { label: Label; verdict: Verdict }[]): OperatingPoint {
  const { balancedAccuracy, uprightFalseAlarmRate, slouchRecall } = score(judged);
  return { setting, balancedAccuracy, uprightFalseAlarmRate, slouchRecall };
}

/** Ours and each peer rule over their ranges, each subject calibrated as classifyAll calibrates it. */
export function operatingCurves(subjects: readonly SubjectKeypoints[]): Curves {
  const photos = subjects.flatMap((subject) => {
    const { baseline, floors } = calibrateSubject(subject.calibration);
    return subject.tests.map((test) => ({ ...test, baseline, floors }));
  });
  const comparable = (['upright', 'slouched'] as const).every((label) => photos.some((p) => p.label === label));
  type Judge = (sample: PoseSample, calibration: Pick<(typeof photos)[number], 'baseline' | 'floors'>) => Verdict;
  // A photo the model saw no pose in is unknown at every setting, as in classifyAll.
  const curve = (setting: number, judge: Judge) =>
    point(
      setting,
      photos.map((photo) => ({ label: photo.label, verdict: photo.sample ? judge(photo.sample, photo) : 'unknown' })),
    );
  const ours = OUR_SENSITIVITIES.map((k) =>
    curve(
      k,
      (sample, { baseline, floors }) =>
        classifyFrame(sample, baseline, floors, { headDrop: k, forwardHead: k, shoulderTilt: k }).verdict,
    ),
  );
  const peers = Object.fromEntries(
    PEER_RULES.map((name) => {
      // This rule's line moved, the others' as they are (only this rule's verdict is read).
      const points = PEER_SWEEPS[name].map((threshold) =>
        curve(
          threshold,
          (sample, { baseline, floors }) =>
            baselineVerdicts(sample, baseline, floors, { ...PEER_THRESHOLDS, [name]: threshold })[name],
        ),
      );
      return [name, { points, unmatched: comparable ? unmatchedPoints(points, ours) : [] }];
    }),
  ) as Record<BaselineName, PeerCurve>;
  return { comparable, ours, peers };
}

const described = (p: OperatingPoint) =>
  `${p.setting} (false-al ${formatRate(p.uprightFalseAlarmRate)}, slouch-rec ${formatRate(p.slouchRecall)})`;

/** The curves as text: ours at each sensitivity, then per peer rule whether ours matches it throughout. */
export function printCurves(curves: Curves): void {
  console.log('operating curves (ours at each Settings sensitivity; each peer rule over a range of its thresholds):');
  console.log('  sensitivity  false-al  slouch-rec  bal.acc');
  for (const p of curves.ours) {
    const cells = [p.uprightFalseAlarmRate, p.slouchRecall, p.balancedAccuracy].map(formatRate);
    console.log(
      `  ${p.setting.toFixed(2).padStart(11)}  ${cells[0]!.padStart(8)}  ${cells[1]!.padStart(10)}  ${cells[2]!.padStart(7)}`,
    );
  }
  if (!curves.comparable) {
    console.log('  (no peer rule compared: that needs both upright and slouched photos)');
    return;
  }
  for (const name of PEER_RULES) {
    const { points, unmatched } = curves.peers[name];
    const range = `${points[0]!.setting}–${points.at(-1)!.setting}`;
    console.log(
      unmatched.length === 0
        ? `  ${name} at ${range}: every point better than chance is matched by ours`
        : `  ${name} at ${range}: not matched by ours at ${unmatched.map(described).join('; ')}`,
    );
  }
}

/** For many sets: those where some peer point is not matched by ours, and how many such sets. */
export function printUnmatchedBySet(sets: readonly { set: string; curves: Curves }[]): void {
  const comparable = sets.filter(({ curves }) => curves.comparable);
  const short = comparable.filter(({ curves }) => PEER_RULES.some((name) => curves.peers[name].unmatched.length > 0));
  console.log(
    `operating curves: in ${short.length} of the ${comparable.length} sets with both upright and slouched photos, ` +
      'a peer rule at some threshold is not matched by ours at any Settings sensitivity',
  );
  for (const { set, curves } of short) {
    for (const name of PEER_RULES) {
      const { unmatched } = curves.peers[name];
      if (unmatched.length > 0) console.log(`  ${set}: ${name} at ${unmatched.map(described).join('; ')}`);
    }
  }
}
