/**
 * `npm run eval:posture -- --data DIR [--json]`: scores the posture classifier on labelled photos,
 * with the app's own model, preprocessing and classifier. Keypoints come from the real pose
 * worker in Debian's Chromium (the built web host, images decoded honouring EXIF orientation);
 * features, calibration and verdicts are the same src/core code the app runs.
 *
 * DIR/<subject>/calibrate/*.jpg|png  upright frames, used only to calibrate that subject
 * DIR/<subject>/upright/*            expected: not slouched
 * DIR/<subject>/slouched/*           expected: slouched
 * (WebP, AVIF and BMP are taken too, and the folder names in any case; see eval-dataset.ts.)
 *
 * `--save-keypoints FILE` also saves what the model saw; `--keypoints FILE` scores that again
 * without the model (see eval-keypoint-file.ts), and several such files at once one row per set
 * (eval-sets.ts).
 */
import type { Page } from 'playwright-core';
import type { PoseSample } from '../src/core/pose/keypoints';
import type { BaselineName } from '../src/core/posture/baselines';
import { score, type PairedComparison, type Scores } from '../src/core/posture/evaluation';
import { leftOutNotes, option, options, readDataset, UsageError, userPath, type Subject } from './eval-dataset';
import { calibrateSubject } from './eval-subject';
import { loadKeypoints, saveKeypoints, type SubjectKeypoints, type TestPhoto } from './eval-keypoint-file';
import { agreedView } from '../src/core/posture/calibration-framing';
import { calibratedView } from '../src/core/posture/framing';
import { followUser } from '../src/core/posture/person-lock';
import type { ViewRequest } from '../src/renderer/pose/protocol';
import { keypointsOf, relookOf, UnreadableImageError, withEvalPage } from './eval-keypoints';
import {
  bestPeer,
  classifyAll,
  peerComparisons,
  peerScores,
  PEER_RULES,
  type PeerScores,
  type Result,
} from './eval-classify';
import { operatingCurves, printCurves } from './eval-curve';
import { reportSets } from './eval-sets';

const fmt = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

/**
 * Keypoints of one photo; a photo that cannot be decoded is named on stderr and treated as
 * "no pose" (an unknown verdict, so wrong), so one bad file neither stops the run nor flatters it.
 */
async function keypointsOrWarn(page: Page, file: string, view: ViewRequest): Promise<PoseSample | null> {
  try {
    return await keypointsOf(page, file, view);
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error;
    console.error(`eval:posture: unreadable image, scored as unknown: ${error.message}`);
    return null;
  }
}

/** What the model saw of each subject's photos, framed as the app frames them. */
async function gatherKeypoints(page: Page, subjects: readonly Subject[]): Promise<SubjectKeypoints[]> {
  const gathered: SubjectKeypoints[] = [];
  for (const subject of subjects) {
    // Framed as the wizard frames the camera's frames (calibration-framing.ts): each on the face
    // it shows, to find where the person sits; then all in the view those agree on.
    const found: { file: string; sample: PoseSample }[] = [];
    for (const file of subject.calibrate) {
      const sample = await keypointsOrWarn(page, file, 'self-framed');
      if (sample) found.push({ file, sample });
    }
    const agreed = agreedView(found.map((f) => f.sample));
    const calibration: PoseSample[] = [];
    for (const { file, sample } of found) {
      const framed = agreed && (await keypointsOrWarn(page, file, agreed));
      calibration.push(framed || sample);
    }
    // Calibrated here only to frame the test photos as the app would; classifyAll calibrates
    // again from the keypoints alone, as a run from a saved file must.
    const { baseline, floors } = calibrateSubject(calibration);
    const view = calibratedView(baseline);
    const tests: TestPhoto[] = [];
    for (const label of ['upright', 'slouched'] as const) {
      for (const file of subject[label]) {
        const found = await keypointsOrWarn(page, file, view);
        // The person lock, as the monitor applies it (someone else in front: look where the user sits).
        const sample =
          found &&
          (await followUser(
            found,
            (s) => s,
            baseline,
            floors,
            (region) => relookOf(page, region),
          ));
        tests.push({ file, label, sample });
      }
    }
    gathered.push({ name: subject.name, calibratePhotos: subject.calibrate.length, calibration, tests });
  }
  return gathered;
}

function printComparisons(comparisons: Record<BaselineName, PairedComparison>): void {
  console.log('photo by photo against each peer rule (exact paired test):');
  const width = Math.max(...PEER_RULES.map((name) => name.length));
  for (const name of PEER_RULES) {
    const { onlyOurs, onlyTheirs, pValue } = comparisons[name];
    console.log(
      `  ${name.padEnd(width)}  right only for ours ${onlyOurs}, only for it ${onlyTheirs}, p ${pValue < 0.001 ? '< 0.001' : `= ${pValue.toFixed(3)}`}`,
    );
  }
}

interface ReportOptions {
  json: boolean;
  verbose: boolean;
  /** Trace each measure's operating curve (eval-curve.ts). */
  curve: boolean;
}

function report(subjects: readonly SubjectKeypoints[], results: readonly Result[], options: ReportOptions) {
  const { json, verbose } = options;
  // Each subject with the peer rules beside it, so "ahead on every data set" can be read per subject.
  const perSubject: Record<string, Scores & { baselines: PeerScores }> = {};
  for (const s of subjects) {
    const own = results.filter((r) => r.subject === s.name);
    perSubject[s.name] = { ...score(own), baselines: peerScores(own) };
  }
  const overall = score(results);
  const baselineScores = peerScores(results);

  // Beside each subject and the whole, the best peer rule there: ours must beat it on each.
  const best = (scores: PeerScores) => {
    const peer = bestPeer(scores);
    return peer ? `${fmt(peer.balancedAccuracy)} ${peer.name}` : fmt(null);
  };
  const rows: [string, Partial<Scores>, string][] = [
    ...Object.entries(perSubject).map(([name, s]): [string, Scores, string] => [name, s, best(s.baselines)]),
    ['ALL (Stand Tall)', overall, best(baselineScores)],
    ...Object.entries(baselineScores).map(([name, s]): [string, Partial<Scores>, string] => [
      `peer rule: ${name}`,
      s,
      '',
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length), 'subject'.length);
  const cell = (x: number | null | undefined, size: number, text = (v: number) => fmt(v)) =>
    (x === undefined ? '' : x === null ? fmt(null) : text(x)).padStart(size);
  console.log(`${'subject'.padEnd(width)}  images  unknown  bal.acc  false-al  slouch-rec  best peer rule`);
  for (const [label, s, peer] of rows) {
    const counts = `${cell(s.images, 6, String)}  ${cell(s.unknown, 7, String)}`;
    const rates = `${cell(s.balancedAccuracy, 7)}  ${cell(s.uprightFalseAlarmRate, 8)}  ${cell(s.slouchRecall, 10)}`;
    console.log(`${label.padEnd(width)}  ${counts}  ${rates}  ${peer}`.trimEnd());
  }
  const comparisons = peerComparisons(results);
  printComparisons(comparisons);
  const curves = options.curve ? operatingCurves(subjects) : undefined;
  if (curves) printCurves(curves);
  if (verbose) {
    for (const r of results)
      console.log(`${r.label.padEnd(9)} ${r.verdict.padEnd(9)} ${r.score.toFixed(2).padStart(6)}  ${r.file}`);
  }
  if (json) {
    const all = { ...overall, subjects: subjects.length, perSubject, baselines: baselineScores, comparisons };
    console.log(JSON.stringify(curves ? { ...all, curves } : all));
  }
}

const USAGE =
  'usage: npm run eval:posture -- --data DIR [--json] [--curve] [--save-keypoints FILE] | --keypoints FILE... [--json] [--curve] [--verbose]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const curve = args.includes('--curve');
  const [data, saved, saveTo] = [
    option(args, '--data', USAGE),
    options(args, '--keypoints', USAGE),
    option(args, '--save-keypoints', USAGE),
  ];
  if ((data === undefined) === (saved === undefined) || (saved && saveTo)) throw new UsageError(USAGE);
  if (saved && saved.length > 1) {
    // Every file is read before anything is printed: one that is not a saved set stops the run.
    reportSets(
      saved.map((file) => ({ file, subjects: loadKeypoints(userPath(file)) })),
      { json, verbose, curve },
    );
    return;
  }
  let subjects: SubjectKeypoints[];
  if (saved) subjects = loadKeypoints(userPath(saved[0]!));
  else {
    const dataset = readDataset(userPath(data!));
    for (const note of leftOutNotes(dataset)) console.error(`eval:posture: ${note}`);
    subjects = await withEvalPage(!args.includes('--no-build'), (page) => gatherKeypoints(page, dataset.subjects));
    if (saveTo) saveKeypoints(userPath(saveTo), subjects);
  }
  report(subjects, classifyAll(subjects, { verbose }), { json, verbose, curve });
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `eval:posture: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
