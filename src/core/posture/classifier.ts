import type { PostureBaseline } from './calibration';
import type { PostureFeatures } from './features';
import { cutOffHeadDrop, faintHeadDrop, headDrops } from './head-drop';
import { forgivenRoll, headFarAbove, headReference, rollFromCalibration, tiltSwing } from './head-reference';
import { isCalibratedPerson } from './person-lock';
import { inCalibratedPlace } from './place-looks';
import {
  draggedShoulder,
  headAheadOfShoulders,
  shoulderLineInView,
  shouldersCalibratedInView,
  shouldersWentBack,
} from './shoulders';
import {
  AGREEMENT_MAX_ROLL,
  DEFAULT_SENSITIVITY,
  HAND_SUPPORT,
  sensitivityForRoll,
  THRESHOLDS,
  type Sensitivity,
} from './thresholds';

export type Verdict = 'upright' | 'slouched' | 'unknown';
/**
 * forwardHead: the face nearer (grown, or ahead of the shoulders); leanBack: the face further
 * away (a reclined slump). Both are the face's size, told apart because they need opposite advice.
 */
export const SIGNAL_NAMES = ['headDrop', 'forwardHead', 'leanBack', 'neck', 'sink', 'shoulderTilt'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export { AGREEMENT_MAX_ROLL, DEFAULT_SENSITIVITY, HAND_SUPPORT, THRESHOLDS, type Sensitivity } from './thresholds';

/**
 * A slump moves the head down, nearer and lower over the shoulders at once; each alone can come
 * from something else (sitting a little lower, leaning in to read, a shrug). The face's change
 * and one of the head's two positions (in the frame, over the shoulders) each `two` of the way
 * to their thresholds agree on a slump, as do all three each `all` of the way (three moving
 * together by chance is rarer still). The two positions alone do not: with the shoulders where
 * they were they are one move of the head measured twice, and a camera looking down from
 * another angle lowers the head in the frame and shortens the neck at once. Score: the weakest
 * of them over its fraction.
 */
export const AGREEMENT = { two: 0.75, all: 0.5 } as const;

/** The head signals that agree, with their fractions of the way (the face's change either way counts once). */
function agreeingSignals(signals: Partial<Record<SignalName, number>>): [SignalName, number][] {
  const face = (signals.leanBack ?? 0) > (signals.forwardHead ?? 0) ? 'leanBack' : 'forwardHead';
  return (['headDrop', face, 'neck'] as const).map((name): [SignalName, number] => [name, signals[name] ?? 0]);
}

/**
 * A rolled head misleads the face's measures. On the photos here with the head alone rolled
 * 20–35° (shoulders unmoved; made three ways with ffmpeg), MoveNet placed the unmasked person's
 * ears typically 7–12 % further apart (up to 21 %), and on the masked one often read less roll
 * than there was, so the tilt's swing is under-forgiven: the head seems nearer, lower and closer
 * to the shoulders at once. So a rolled face must grow by this × sin(roll) more before it counts
 * as nearer (at 20°: 25 % rather than 15 %), and shrink by as much more before it counts as
 * leaning back (rolled 35°, the masked one's ears came 25–33 % closer), unless the shoulders
 * narrowed too: a reclined slump often rolls the head as well (one real one here by 33°).
 */
export const ROLLED_FACE_GROWTH = 0.3;

/**
 * How strongly the head signals agree on a slump (≥ 1: they do). Beyond AGREEMENT_MAX_ROLL the
 * head signals err together (above), so their agreement proves nothing: each must pass its own
 * threshold. So too in another place than calibration's (the scene fingerprint says so): another
 * chair, desk or camera angle moves the head against the calibration lower, nearer and over the
 * shoulders at once, the very pattern agreement takes for a slump, so there it is no longer rare
 * by chance. The deepwork author's upright from another room read 0.94, 0.52 and 0.71 of the
 * thresholds in a dim set, and was called slouched by their agreement alone. (The mirror of the
 * steady face, which asks less in the calibrated place.)
 */
function agreement(
  signals: Partial<Record<SignalName, number>>,
  roll: number,
  features: PostureFeatures,
  baseline: PostureBaseline,
): number {
  if (Math.abs(roll) > AGREEMENT_MAX_ROLL || inCalibratedPlace(baseline, features.scene) === false) return 0;
  const [drop, face, neck] = agreeingSignals(signals).map(([, value]) => value) as [number, number, number];
  // Two agreeing include the face's change: the head's two positions alone are one move (AGREEMENT).
  const two = Math.min(face, Math.max(drop, neck));
  return Math.max(two / AGREEMENT.two, Math.min(drop, face, neck) / AGREEMENT.all);
}

/**
 * What made a slouched verdict, strongest first: the signals past their own thresholds, else (a
 * slump the head signals agreed on) those of them at least AGREEMENT.all of the way. The first
 * names the advice a reminder gives.
 */
export function contributingSignals(c: Classification): SignalName[] {
  if (c.verdict !== 'slouched') return [];
  const over = (Object.entries(c.signals) as [SignalName, number][]).filter(([, value]) => value >= 1);
  const named = over.length > 0 ? over : agreeingSignals(c.signals).filter(([, value]) => value >= AGREEMENT.all);
  return named.sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/**
 * A face rolled at most this far from its calibrated roll and turned at most this far aside
 * (radians: 10°, 20°) meets the camera level and frontal: sized from its ears, its width is the
 * surest measure of how near it is, so it counts as nearer from THRESHOLDS.levelForwardHead (a
 * rolled face's ears were placed up to 20 % wider; a turn's correction adds its own error). Sized
 * from the eyes (ears hidden), each pixel MoveNet misplaces is over twice the share of the width:
 * the masked subject's upright faces so sized, low in a frame cut at the bottom, read up to 26 %
 * nearer (from the ears at most 11 %), so those count from THRESHOLDS.forwardHead.
 */
const LEVEL_FACE = { roll: AGREEMENT_MAX_ROLL, turn: Math.PI / 9 } as const;

function faceGrowthThreshold(features: PostureFeatures, roll: number): number {
  const level =
    features.faceWidthFrom === 'ears' &&
    Math.abs(roll) <= LEVEL_FACE.roll &&
    features.headTurn !== null &&
    features.headTurn <= LEVEL_FACE.turn;
  return level ? THRESHOLDS.levelForwardHead : THRESHOLDS.forwardHead;
}

/** Beyond this turn (radians, 45°) the face's width no longer tells how near the head is. */
const MAX_SIZING_TURN = Math.PI / 4;

/**
 * A neck measured down to faintly seen shoulders (either under the usual confidence, above the
 * calibrated floor) must shrink this much more to call a slump on its own: faint shoulder points
 * wander. In the 85 % zoom mirrored, the masked subject's three calibration frames (shoulders
 * scoring 0.30–0.38) disagreed on her neck by a fifth, and eight of her upright photos (shoulders
 * 0.22–0.31) read 1.01–1.08 of the threshold. It still joins the head's signals in agreement,
 * where another signal must back it.
 */
export const FAINT_SHOULDERS_NECK = 1.5;

/**
 * Why a frame is `unknown` though the camera gave one: the head far above its calibrated place,
 * or a frame of another shape than calibration's (another view of the camera's picture).
 */
export const UNKNOWN_REASONS = ['headHigher', 'otherView'] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export interface Classification {
  verdict: Verdict;
  /** Set when the person was seen but the calibration could not judge them (UnknownReason). */
  because?: UnknownReason;
  /**
   * The strongest signal relative to its threshold, or the head signals' agreement: ≥ 1 means
   * slouched (a neck to faint shoulders counts alone only from FAINT_SHOULDERS_NECK).
   */
  score: number;
  /** Each signal that could be measured, as a fraction of its threshold. */
  signals: Partial<Record<SignalName, number>>;
}

const UNKNOWN: Classification = { verdict: 'unknown', score: 0, signals: {} };

/**
 * Only faint keypoints place the head, or the head sank out of view (cut off by the frame's
 * bottom edge, so the person lock cannot vouch for it): a head that sank clearly enough is a
 * slump (a face turned down to the desk is exactly when MoveNet grows unsure), anything less is
 * unknown: a head placed this way never vouches for good posture.
 */
function positionOnly(headDrop: number | null): Classification {
  return headDrop !== null && headDrop >= 1 ? { verdict: 'slouched', score: headDrop, signals: { headDrop } } : UNKNOWN;
}

/**
 * A face calibrated with its nose, now without it and without a pair of shoulders: too little to
 * vouch for good posture. The nose is MoveNet's surest face point; a head lying on the desk, its
 * face hidden, still gets two eyes and an ear placed at its edge, at the calibrated height
 * ("upright" in the app's camera frames of `slouched_val_c7911517`). The shoulders, where seen,
 * are the body that can still vouch. In the 30 made sets here only two upright photos lack both
 * (masked faces rolled 35°, placed from one ear alone). A clear slump is still called.
 */
function nothingToVouch(features: PostureFeatures, baseline: PostureBaseline): boolean {
  return features.noseY === null && baseline.noseY !== null && features.shoulderWidth === null;
}

/**
 * A hand at the face with the shoulders clearly in view: the head rests on the hand, and elbows
 * on the desk carry it in towards the screen, so how near the face came says where the elbows
 * are, not how the spine is. Its nearness is not counted then; a slump the hand props up still
 * shows in the neck and the shoulders. Calibrated on three hand-free uprights of his, the
 * deepwork author's two uprights resting on a hand read 27 % and 30 % nearer (past
 * HAND_SUPPORT's allowance), his slump with a hand at the chin as near: its neck calls it (1.7–1.8).
 * Without the shoulders the face is all there is, and its nearness counts (with HAND_SUPPORT).
 */
function handCarriesHead(features: PostureFeatures, baseline: PostureBaseline): boolean {
  return features.handAtFace && features.shouldersConfident && shoulderLineInView(features, baseline);
}

export function classify(
  features: PostureFeatures,
  baseline: PostureBaseline,
  chosen: Sensitivity = DEFAULT_SENSITIVITY,
): Classification {
  // Without the head we cannot see a slump, and we never claim "upright" without evidence.
  if (baseline.headY === null) return UNKNOWN;
  if (features.headY === null) return positionOnly(faintHeadDrop(features, baseline, chosen));
  // Someone who is clearly not the calibrated person is not classified, unless what looks like
  // someone else is the user's own head cut off by the bottom edge.
  if (!isCalibratedPerson(features, baseline)) return positionOnly(cutOffHeadDrop(features, baseline, chosen));
  const signals: Partial<Record<SignalName, number>> = {};
  const reference = headReference(baseline);
  const support = features.handAtFace ? HAND_SUPPORT : 1;
  const measuredRoll = rollFromCalibration(features, baseline);
  const roll = forgivenRoll(features, baseline);
  const sensitivity = sensitivityForRoll(chosen, roll);
  const drops = reference && headDrops(features, baseline, reference, roll, measuredRoll, support, sensitivity);
  if (drops) signals.headDrop = drops.usual;
  // A head turned far aside shows too little of its width to tell how near it is.
  const turnedAside = (features.headTurn ?? 0) > MAX_SIZING_TURN;
  if (features.faceWidth && baseline.faceWidth && features.faceWidthFrom === baseline.faceWidthFrom && !turnedAside) {
    const growth = features.faceWidth / baseline.faceWidth - 1;
    const rolledAllowance = ROLLED_FACE_GROWTH * Math.abs(Math.sin(roll));
    const nearer = Math.max(
      growth / (faceGrowthThreshold(features, roll) * support + rolledAllowance),
      (headAheadOfShoulders(features, baseline, roll) ?? 0) / (THRESHOLDS.headAhead * support),
    );
    const further = -growth / (THRESHOLDS.leanBack + (shouldersWentBack(features, baseline) ? 0 : rolledAllowance));
    signals.forwardHead = handCarriesHead(features, baseline) ? 0 : nearer * sensitivity.forwardHead;
    signals.leanBack = further * sensitivity.forwardHead;
  }
  // The neck is compared only when measured from the same anchor as at calibration; a tilt's
  // swing and a hand under the chin are forgiven here as they are for the head drop.
  if (
    reference &&
    features.neckRatio !== null &&
    features.shoulderWidth &&
    baseline.neckRatio &&
    baseline.faceWidth &&
    shouldersCalibratedInView(baseline) &&
    features.headFrom === (baseline.headFrom ?? 'ears')
  ) {
    const swingRatio = (tiltSwing(roll, features.headFrom, reference) * baseline.faceWidth) / features.shoulderWidth;
    const compression =
      1 - (features.neckRatio + swingRatio + draggedShoulder(features, baseline, roll)) / baseline.neckRatio;
    signals.neck = (compression / (THRESHOLDS.neck * support)) * sensitivity.headDrop;
  }
  if (
    features.shoulderY !== null &&
    baseline.shoulderY !== null &&
    baseline.faceWidth &&
    shouldersCalibratedInView(baseline)
  ) {
    const sink = ((features.shoulderY - baseline.shoulderY) * features.frameHeight) / baseline.faceWidth;
    signals.sink = (sink / THRESHOLDS.sink) * sensitivity.headDrop;
  }
  // An angle needs well-placed points: only confidently seen shoulders clear of the bottom edge,
  // against the calibrated tilt (the camera itself may sit at an angle).
  if (
    features.shoulderTilt !== null &&
    features.shouldersConfident &&
    baseline.shoulderTilt !== null &&
    shoulderLineInView(features, baseline)
  ) {
    const lean = Math.abs(features.shoulderTilt - baseline.shoulderTilt);
    signals.shoulderTilt = (lean / THRESHOLDS.shoulderTilt) * sensitivity.shoulderTilt;
  }
  // A steady face's drop, at its lower step, counts in the head signals' agreement too: leaning in
  // towards a camera below the eyes takes a steady face nearer and lower at once, each short of
  // its own threshold (leaning in 10 %, faces here read 5–9 % larger, 0.12–0.14 face widths lower).
  if (drops && drops.steady > drops.usual) signals.headDrop = drops.steady;
  const agreeing = agreement(signals, roll, features, baseline);
  const alone = { ...signals };
  if (alone.neck !== undefined && !features.shouldersConfident) alone.neck /= FAINT_SHOULDERS_NECK;
  const score = Math.max(0, agreeing, ...Object.values(alone));
  if (score >= 1) return { verdict: 'slouched', score, signals };
  // Never "upright" on a calibration that no longer describes where the head is.
  if (reference && headFarAbove(features, reference)) return { ...UNKNOWN, because: 'headHigher' };
  if (nothingToVouch(features, baseline)) return UNKNOWN;
  return { verdict: 'upright', score, signals };
}
