/**
 * The keypoints an evaluation run gathered, saved to a file (`--save-keypoints FILE`) and scored
 * again from it (`--keypoints FILE`) without the model: checking a classifier change on many data
 * sets then takes seconds rather than a model run per set. Calibration and verdicts are computed
 * afresh from the saved keypoints; only what the model saw is reused, so a change to the
 * calibrated view or the person lock (which decide what the model is shown) needs a model run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { PoseSample } from '../src/core/pose/keypoints';
import type { Label } from '../src/core/posture/evaluation';
import { UsageError } from './eval-dataset';

export interface TestPhoto {
  file: string;
  label: Label;
  /** Keypoints as the classifier got them (after the person lock); null: no pose, or unreadable. */
  sample: PoseSample | null;
}

export interface SubjectKeypoints {
  name: string;
  /** How many calibrate/ photos there were, including those that showed nobody. */
  calibratePhotos: number;
  calibration: PoseSample[];
  tests: TestPhoto[];
}

const FORMAT = 'stand-tall-eval-keypoints';
/** 2: each sample keeps its photo's scene fingerprint (2026-12-05), which the classifier reads. */
const VERSION = 2;

export function saveKeypoints(file: string, subjects: readonly SubjectKeypoints[]): void {
  writeFileSync(file, JSON.stringify({ format: FORMAT, version: VERSION, subjects }));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function isSample(x: unknown): x is PoseSample {
  return (
    isObject(x) &&
    Array.isArray(x.keypoints) &&
    x.keypoints.every(
      (k) =>
        isObject(k) &&
        typeof k.name === 'string' &&
        typeof k.x === 'number' &&
        typeof k.y === 'number' &&
        typeof k.score === 'number',
    ) &&
    typeof x.frameWidth === 'number' &&
    typeof x.frameHeight === 'number' &&
    (x.scene === null || (Array.isArray(x.scene) && x.scene.every((v) => typeof v === 'number')))
  );
}

function isSubject(x: unknown): x is SubjectKeypoints {
  return (
    isObject(x) &&
    typeof x.name === 'string' &&
    typeof x.calibratePhotos === 'number' &&
    Array.isArray(x.calibration) &&
    x.calibration.every(isSample) &&
    Array.isArray(x.tests) &&
    x.tests.every(
      (t) =>
        isObject(t) &&
        typeof t.file === 'string' &&
        (t.label === 'upright' || t.label === 'slouched') &&
        (t.sample === null || isSample(t.sample)),
    )
  );
}

/** Reads a file `saveKeypoints` wrote; anything else is a UsageError naming the file. */
export function loadKeypoints(file: string): SubjectKeypoints[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--keypoints ${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  if (!isObject(parsed) || parsed.format !== FORMAT)
    throw new UsageError(`--keypoints ${file}: not a file written by --save-keypoints`);
  if (parsed.version !== VERSION)
    throw new UsageError(
      `--keypoints ${file}: version ${String(parsed.version)}, this eval reads ${VERSION} (gather it again with --data)`,
    );
  const { subjects } = parsed;
  if (!Array.isArray(subjects) || subjects.length === 0 || !subjects.every(isSubject))
    throw new UsageError(`--keypoints ${file}: its subjects are malformed`);
  return subjects;
}
