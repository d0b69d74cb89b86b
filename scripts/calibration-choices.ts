/**
 * Other choices of calibration photos for a data set: each subject's calibrate/ and upright/
 * photos pooled, `take` of them calibrating and the rest judged as uprights. A figure that holds
 * only for the one choice the data set's author made says little about held-out photos, where
 * someone else picks the 3–4 frames.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError, type Subject } from './eval-dataset';

export interface CalibrationChoice {
  /** The subject's folder name in the made data set: `<subject>-choice<NN>`. */
  name: string;
  calibrate: string[];
  upright: string[];
  slouched: string[];
}

/** A small seeded generator (mulberry32): the same choices on every run, so runs compare. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/** Every `take`-subset of 0…n−1, in order. */
function allSubsets(n: number, take: number): number[][] {
  const subsets: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === take) subsets.push(chosen);
    else for (let i = from; i <= n - (take - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return subsets;
}

/** `limit` distinct `take`-subsets of 0…n−1, drawn at random (there are more than `limit`). */
function sampledSubsets(n: number, take: number, limit: number, random: () => number): number[][] {
  const seen = new Map<string, number[]>();
  while (seen.size < limit) {
    const order = [...Array(n).keys()];
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(random() * (n - i));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const subset = order.slice(0, take).sort((a, b) => a - b);
    seen.set(subset.join(','), subset);
  }
  return [...seen.values()].sort((a, b) => a.join(',').localeCompare(b.join(','), 'en', { numeric: true }));
}

/**
 * The subject's choices: all of them when there are at most `limit`, else `limit` drawn with a
 * fixed seed. Null when the subject has too few upright photos to leave one to judge.
 */
export function calibrationChoices(subject: Subject, take: number, limit: number): CalibrationChoice[] | null {
  const pool = [...subject.calibrate, ...subject.upright];
  if (pool.length <= take) return null;
  const subsets =
    binomial(pool.length, take) <= limit
      ? allSubsets(pool.length, take)
      : sampledSubsets(pool.length, take, limit, seeded(pool.length * 1000 + take));
  const digits = String(subsets.length - 1).length;
  return subsets.map((subset, i) => ({
    name: `${subject.name}-choice${String(i).padStart(digits, '0')}`,
    calibrate: subset.map((at) => pool[at]!),
    upright: pool.filter((_, at) => !subset.includes(at)),
    slouched: [...subject.slouched],
  }));
}

export function parseCount(args: string[], flag: string, fallback: number, min: number, max: number): number {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`${flag} ${args[at + 1] ?? ''}: expected a whole number from ${min} to ${max}`);
  return value;
}

/**
 * A photo linked into `dir` (copied where links are not allowed: Windows without developer mode),
 * named after its old folder too when calibrate/ and upright/ both held that name.
 */
function place(file: string, dir: string): void {
  const name = basename(file);
  const target = existsSync(join(dir, name)) ? join(dir, `${basename(dirname(file))}-${name}`) : join(dir, name);
  try {
    symlinkSync(file, target);
  } catch {
    copyFileSync(file, target);
  }
}

const MADE = /-choice\d+$/;

/**
 * Lays the choices out as a data set in `out` (the layout eval:posture reads), with a
 * `choices.json` naming each choice's calibration photos. Choices made by an earlier run are
 * replaced; nothing else in `out` is touched.
 */
export function layOutChoices(choices: CalibrationChoice[], out: string): void {
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(out)) if (MADE.test(entry)) rmSync(join(out, entry), { recursive: true });
  for (const choice of choices) {
    for (const folder of ['calibrate', 'upright', 'slouched'] as const) {
      const dir = join(out, choice.name, folder);
      mkdirSync(dir, { recursive: true });
      for (const file of choice[folder]) place(file, dir);
    }
  }
  const listing = Object.fromEntries(choices.map((c) => [c.name, c.calibrate.map((file) => basename(file))]));
  writeFileSync(join(out, 'choices.json'), `${JSON.stringify(listing, null, 2)}\n`);
}
