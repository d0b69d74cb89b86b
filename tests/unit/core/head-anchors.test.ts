import { describe, expect, it } from 'vitest';
import type { KeypointName, PoseSample } from '../../../src/core/pose/keypoints';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify, FAINT_SHOULDERS_NECK, HAND_SUPPORT, THRESHOLDS } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import { learnGlance } from '../../../src/core/posture/head-reference';
import { HEAD } from '../../support/head-moves';
import { seatedPose } from '../../support/poses';

/**
 * The head is placed from whichever anchor a frame allows — the ears, the eyes, or one ear when
 * a turn or a hand hides the other — and compared only with the same anchor at calibration.
 * seatedPose's face is 44 px wide; its eyes sit 6 px (0.14 face widths) above its ears.
 */
const FACE = 44;
const baseline = calibrate(
  [seatedPose(), seatedPose({ shift: 1 }), seatedPose({ shift: -1 })].map((s) => ({
    features: postureFeatures(s),
    earSpanRatio: null,
    noseAboveShoulders: null,
  })),
);
const classified = (sample: PoseSample) => classify(postureFeatures(sample), baseline);

function moved(sample: PoseSample, names: readonly KeypointName[], dy: number): PoseSample {
  return { ...sample, keypoints: sample.keypoints.map((k) => (names.includes(k.name) ? { ...k, y: k.y + dy } : k)) };
}

/** The face `factor` times its size about the ears' midpoint (nearer the camera), the body unmoved. */
function spreadHead(sample: PoseSample, factor: number): PoseSample {
  return {
    ...sample,
    keypoints: sample.keypoints.map((k) =>
      HEAD.includes(k.name) ? { ...k, x: 160 + (k.x - 160) * factor, y: 76 + (k.y - 76) * factor } : k,
    ),
  };
}

function withPoint(sample: PoseSample, name: KeypointName, x: number, y: number): PoseSample {
  return { ...sample, keypoints: sample.keypoints.map((k) => (k.name === name ? { name, x, y, score: 0.7 } : k)) };
}

describe('head anchors', () => {
  it('calibrates every anchor, the dominant one and the shoulder line', () => {
    expect(baseline.anchors).toEqual({ ears: 76 / 240, eyes: 70 / 240, ear: null });
    expect(baseline.headFrom).toBe('ears');
    expect(baseline.shoulderY).toBeCloseTo(150 / 240);
  });

  it('with the ears hidden, compares the eyes with the calibrated eyes, not with the ears', () => {
    const earsHidden = seatedPose({ hidden: ['left_ear', 'right_ear'] });
    expect(classified(earsHidden).signals.headDrop).toBeCloseTo(0);
    // A slump of 0.35 face widths: eyes against the ear line would have hidden 0.14 of it.
    const slumped = moved(earsHidden, HEAD, 0.35 * FACE);
    expect(classified(slumped)).toMatchObject({ verdict: 'slouched' });
  });

  it('does not vouch for a face without its nose when no shoulders are seen, but calls a clear slump', () => {
    // A head lying on the desk: its nose hidden, two eyes and an ear placed at its edge, no body.
    const hidden = ['nose', 'left_ear', 'left_shoulder', 'right_shoulder'] as const;
    expect(classified(seatedPose({ hidden: [...hidden] }))).toMatchObject({ verdict: 'unknown' });
    expect(classified(seatedPose({ drop: 30, hidden: [...hidden] })).verdict).toBe('slouched');
    // The shoulders, or the nose, vouch: a hand or a mug over the nose, or the shoulders out of view.
    expect(classified(seatedPose({ hidden: ['nose', 'left_ear'] })).verdict).toBe('upright');
    expect(classified(seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] })).verdict).toBe('upright');
    // Someone whose nose calibration never saw is judged by the points it did see.
    const noseless = calibrate([
      { features: postureFeatures(seatedPose({ hidden: ['nose'] })), earSpanRatio: null, noseAboveShoulders: null },
    ]);
    expect(classify(postureFeatures(seatedPose({ hidden: [...hidden] })), noseless).verdict).toBe('upright');
  });

  it('learns a glance at the keyboard as a slump is measured: eyes against the calibrated eyes', () => {
    // Looking down, the ears lost and the face 0.3 face widths lower: learnt as 0.3, not 0.16.
    const glance = moved(seatedPose({ hidden: ['left_ear', 'right_ear'] }), HEAD, 0.3 * FACE);
    const learnt = learnGlance(
      baseline,
      [glance, glance, seatedPose()].map((s) => postureFeatures(s)),
    );
    expect(learnt.glanceHeadDrop).toBeCloseTo(0.3);
    // That glance is then normal for this person; a deeper slump still is not.
    expect(classify(postureFeatures(glance), learnt).verdict).toBe('upright');
    expect(classify(postureFeatures(moved(glance, HEAD, 0.3 * FACE)), learnt).verdict).toBe('slouched');
  });

  it('calls the whole face sunk a quarter face width a slump: ears, eyes and nose all lower', () => {
    const unseen = seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] });
    const drop = ((THRESHOLDS.wholeFaceDrop + THRESHOLDS.headDrop) / 2) * FACE;
    const sunk = classified(moved(unseen, HEAD, drop));
    expect(sunk.verdict).toBe('slouched');
    expect(sunk.signals.headDrop).toBeGreaterThan(1);
    // Only the ear line that far down (the eyes and nose where they were: a misplaced point, or
    // the head tipped back) is judged by the ear line's own threshold.
    expect(classified(moved(unseen, ['left_ear', 'right_ear'], drop)).verdict).toBe('upright');
    // So is the whole face without a nose to confirm it (with no shoulders either, not judged).
    expect(classified(moved(seatedPose({ hidden: ['nose'] }), HEAD, drop)).signals.headDrop).toBeLessThan(1);
    expect(
      classified(moved(seatedPose({ hidden: ['nose', 'left_shoulder', 'right_shoulder'] }), HEAD, drop)).verdict,
    ).toBe('unknown');
  });

  it('places a head turned to profile from the one ear still seen', () => {
    const profile = seatedPose({ hidden: ['left_ear', 'left_eye', 'right_eye'] });
    expect(postureFeatures(profile).headFrom).toBe('ear');
    expect(classified(profile)).toMatchObject({ verdict: 'upright' });
    expect(classified(moved(profile, HEAD, 0.45 * FACE))).toMatchObject({ verdict: 'slouched' });
  });

  it('reads a chin resting on a hand as held, not slumped, unless the drop is larger still', () => {
    const lowered = moved(seatedPose(), HEAD, 0.35 * FACE);
    expect(classified(lowered).verdict).toBe('slouched');
    // The wrist just under the chin.
    const onHand = withPoint(lowered, 'right_wrist', 165, 80 + 0.35 * FACE + 30);
    expect(postureFeatures(onHand).handAtFace).toBe(true);
    expect(classified(onHand).verdict).toBe('upright');
    const sunkOnHand = withPoint(moved(seatedPose(), HEAD, 0.6 * FACE), 'right_wrist', 165, 80 + 0.6 * FACE + 30);
    expect(classified(sunkOnHand).verdict).toBe('slouched');
    expect(THRESHOLDS.headDrop * HAND_SUPPORT).toBeLessThan(0.6);
  });

  it('a hand far from the face (on the desk) changes nothing', () => {
    const typing = withPoint(moved(seatedPose(), HEAD, 0.35 * FACE), 'right_wrist', 120, 230);
    expect(postureFeatures(typing).handAtFace).toBe(false);
    expect(classified(typing).verdict).toBe('slouched');
  });

  it('sees the trunk sink: the shoulder line going down with the head', () => {
    const sunk = moved(seatedPose(), [...HEAD, 'left_shoulder', 'right_shoulder'], 0.45 * FACE);
    const c = classified(sunk);
    expect(c.verdict).toBe('slouched');
    expect(c.signals.sink).toBeGreaterThan(1);
    // Shoulders that rise (a shrug) are not a sink.
    expect(classified(moved(seatedPose(), ['left_shoulder', 'right_shoulder'], -20)).signals.sink).toBeLessThan(0);
  });

  it('measures neck and sink against shoulders only when calibration saw them clear of the bottom edge', () => {
    // Shoulders calibrated at 94 % of the frame's height are half out of view: a guess, no reference.
    const low = (s: PoseSample) => moved(s, ['left_shoulder', 'right_shoulder'], 226 - 150);
    const lowBaseline = calibrate(
      [low(seatedPose()), low(seatedPose({ shift: 1 }))].map((s) => ({
        features: postureFeatures(s),
        earSpanRatio: null,
        noseAboveShoulders: null,
      })),
    );
    const guessedHigher = moved(low(seatedPose()), ['left_shoulder', 'right_shoulder'], -20);
    const c = classify(postureFeatures(guessedHigher), lowBaseline);
    expect(c.signals.neck).toBeUndefined();
    expect(c.signals.sink).toBeUndefined();
    expect(c.verdict).toBe('upright');
    // The same shoulder move against shoulders calibrated in view does count (a shrug shortens the neck).
    expect(classified(moved(seatedPose(), ['left_shoulder', 'right_shoulder'], -20)).signals.neck).toBeGreaterThan(0);
  });

  it("reads the shoulder line's lean only while both its points are clear of the bottom edge", () => {
    // The line tilted 20° about its middle: 17 px down on the left, 17 px up on the right.
    const tilted = (s: PoseSample, dy = 0) => moved(moved(s, ['left_shoulder'], 17 + dy), ['right_shoulder'], -17 + dy);
    const inView = classified(tilted(seatedPose()));
    expect(inView.signals.shoulderTilt).toBeGreaterThan(1);
    expect(inView.verdict).toBe('slouched');
    // The same lean with its lower point at 94 % of the frame's height, half out of view: no angle.
    const atEdge = classified(tilted(seatedPose(), 226 - 167));
    expect(atEdge.signals.shoulderTilt).toBeUndefined();
    // Just clear of that last 8 %, it is read.
    expect(classified(tilted(seatedPose(), 218 - 167)).signals.shoulderTilt).toBeGreaterThan(1);
  });

  it('needs a neck measured to faintly seen shoulders to shrink further before it alone is a slump', () => {
    const shoulders: KeypointName[] = ['left_shoulder', 'right_shoulder'];
    // Seen above a floor calibration lowered (a dim room), under the usual confidence.
    const floors = { left_shoulder: 0.15, right_shoulder: 0.15 };
    const faint = (s: PoseSample): PoseSample => ({
      ...s,
      keypoints: s.keypoints.map((k) => (shoulders.includes(k.name) ? { ...k, score: 0.25 } : k)),
    });
    const judged = (s: PoseSample) => classify(postureFeatures(s, floors), baseline);
    // The neck (74 px over a 100 px shoulder line) shortened by 1.2× its threshold.
    const shorter = moved(seatedPose(), shoulders, -1.2 * THRESHOLDS.neck * 74);
    expect(judged(shorter)).toMatchObject({ verdict: 'slouched' });
    const faintlyShorter = judged(faint(shorter));
    expect(faintlyShorter.signals.neck).toBeCloseTo(1.2, 1);
    expect(faintlyShorter.verdict).toBe('upright');
    const muchShorter = moved(seatedPose(), shoulders, -FAINT_SHOULDERS_NECK * 1.1 * THRESHOLDS.neck * 74);
    expect(judged(faint(muchShorter)).verdict).toBe('slouched');
    // With the face 0.8 of the way nearer as well, the faint neck still agrees on a slump.
    const nearer = spreadHead(seatedPose(), 1 + 0.8 * THRESHOLDS.levelForwardHead);
    expect(judged(faint(nearer)).verdict).toBe('upright');
    const alsoShorter = judged(faint(moved(nearer, shoulders, -0.9 * THRESHOLDS.neck * 74)));
    expect(alsoShorter.signals.neck! / FAINT_SHOULDERS_NECK).toBeLessThan(1);
    expect(alsoShorter.verdict).toBe('slouched');
  });

  it("measures a rolled head's neck to the lower shoulder: MoveNet drags the near one up with the head", () => {
    // The head rolled 25° about the neck (eyes hidden: the roll is read from the ears), and the
    // shoulder point on its side lifted by 12°, as MoveNet did on the real tilted photo.
    const pivot = { x: 160, y: 76 + FACE };
    const roll = (25 * Math.PI) / 180;
    const rolled = seatedPose({ hidden: ['left_eye', 'right_eye'] });
    const tilted: PoseSample = {
      ...rolled,
      keypoints: rolled.keypoints.map((k) => {
        if (HEAD.includes(k.name) && k.score > 0.3) {
          const [dx, dy] = [k.x - pivot.x, k.y - pivot.y];
          return {
            ...k,
            x: pivot.x + dx * Math.cos(roll) - dy * Math.sin(roll),
            y: pivot.y + dx * Math.sin(roll) + dy * Math.cos(roll),
          };
        }
        return k.name === 'right_shoulder' ? { ...k, y: k.y - Math.tan((12 * Math.PI) / 180) * 100 } : k;
      }),
    };
    expect(postureFeatures(tilted).headRoll).toBeCloseTo(roll, 1);
    const c = classified(tilted);
    expect(c.verdict).toBe('upright');
    // The same dragged shoulder under a level head does shorten the neck as measured.
    const draggedOnly = moved(seatedPose(), ['right_shoulder'], -Math.tan((12 * Math.PI) / 180) * 100);
    expect(classified(draggedOnly).signals.neck!).toBeGreaterThan(c.signals.neck!);
  });

  it('still classifies with a profile saved before anchors were kept', () => {
    const legacy = { ...baseline, anchors: null, headFrom: null, shoulderY: null };
    expect(classify(postureFeatures(seatedPose()), legacy).verdict).toBe('upright');
    expect(classify(postureFeatures(moved(seatedPose(), HEAD, 0.45 * FACE)), legacy).verdict).toBe('slouched');
  });
});
