/**
 * `npm run eval:posture -- --keypoints FILE...` with more than one saved file: one row per data
 * set (a framing, a head tilt, a made slump, a set of calibration choices), so a classifier change
 * is weighed on all of them at once: uprights called slouched, slumps caught, balanced accuracy,
 * and the best peer rule's beside them (bestPeer), named. Run it before and after a change;
 * `--verbose` names each photo judged wrong.
 */
import { basename } from 'node:path';
import { score, type Label, type Scores } from '../src/core/posture/evaluation';
import {
  bestPeer,
  classifyAll,
  formatRate,
  peerScores,
  PEER_RULES,
  type PeerScores,
  type Result,
} from './eval-classify';
import { operatingCurves, printUnmatchedBySet, type Curves } from './eval-curve';
import type { SubjectKeypoints } from './eval-keypoint-file';

export interface SavedSet {
  file: string;
  subjects: SubjectKeypoints[];
}

export interface SetSummary extends Scores {
  set: string;
  uprights: number;
  uprightsCalledSlouched: number;
  slumps: number;
  slumpsCaught: number;
  baselines: PeerScores;
}

function summary(set: string, results: readonly Result[]): SetSummary {
  const labelled = (label: Label) => results.filter((r) => r.label === label);
  const [uprights, slumps] = [labelled('upright'), labelled('slouched')];
  const calledSlouched = (rs: readonly Result[]) => rs.filter((r) => r.verdict === 'slouched').length;
  return {
    set,
    ...score(results),
    uprights: uprights.length,
    uprightsCalledSlouched: calledSlouched(uprights),
    slumps: slumps.length,
    slumpsCaught: calledSlouched(slumps),
    baselines: peerScores(results),
  };
}

const count = (n: number, of: number) => (of === 0 ? '—' : `${n} / ${of}`);

/** One row per saved set and one over all their photos; with `json`, the same as one last JSON line. */
export function reportSets(
  sets: readonly SavedSet[],
  { json, verbose, curve }: { json: boolean; verbose: boolean; curve: boolean },
): void {
  const judged = sets.map(({ file, subjects }) => ({
    set: basename(file).replace(/\.json$/i, ''),
    results: classifyAll(subjects, { notes: false }),
  }));
  const rows = judged.map(({ set, results }) => summary(set, results));
  const all = summary(
    `ALL (${sets.length} sets)`,
    judged.flatMap((j) => j.results),
  );
  const header = [
    'set',
    'upright→slouched',
    'slumps caught',
    'bal.acc',
    'false-al',
    'best peer',
    'its false-al',
    'rule',
  ];
  const cells = [...rows, all].map((r) => {
    const peer = bestPeer(r.baselines);
    return [
      r.set,
      count(r.uprightsCalledSlouched, r.uprights),
      count(r.slumpsCaught, r.slumps),
      formatRate(r.balancedAccuracy),
      formatRate(r.uprightFalseAlarmRate),
      formatRate(peer?.balancedAccuracy ?? null),
      formatRate(peer ? r.baselines[peer.name].uprightFalseAlarmRate : null),
      peer?.name ?? '—',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const last = header.length - 1;
  const line = (row: string[]) =>
    row
      .map((c, i) => (i === 0 || i === last ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const row of cells) console.log(line(row));
  if (verbose) {
    for (const { set, results } of judged) {
      for (const r of results.filter((r) => r.verdict !== r.label))
        console.log(`  ${set}: ${r.label} judged ${r.verdict}  ${r.subject}/${basename(r.file)}`);
    }
  }
  const curves = curve ? sets.map(({ subjects }, i) => ({ set: rows[i]!.set, curves: operatingCurves(subjects) })) : [];
  if (curve) printUnmatchedBySet(curves);
  if (json) {
    // Per set, the peer points ours does not match (the whole curves are in each set's own run).
    const unmatched = (c: Curves) => Object.fromEntries(PEER_RULES.map((name) => [name, c.peers[name].unmatched]));
    const withCurves = rows.map((row, i) => (curve ? { ...row, unmatched: unmatched(curves[i]!.curves) } : row));
    console.log(JSON.stringify({ sets: withCurves, all }));
  }
}
