import { THUMB_COLUMNS, THUMB_ROWS } from './frame-convert';

/**
 * Decides whether a new frame is worth running the model on. A person sitting still produces
 * almost the same picture second after second; comparing a 16×12 luma thumbnail with the one of
 * the last analysed frame costs microseconds, while the model costs ~25 ms. The comparison is
 * against the last *analysed* frame, so a slow drift (a gradual slump) adds up until it counts,
 * and a fresh analysis is forced every `maxReuseMs` whatever happens.
 */
export const CHANGE_GATE = {
  /** Mean absolute luma difference per cell (0–255) under which the picture counts as unchanged. */
  meanThreshold: 2.5,
  /** Any single cell changing this much means something moved (a head, a hand). */
  cellThreshold: 12,
  maxReuseMs: 10_000,
} as const;

export interface GateDecision {
  analyse: boolean;
  meanDiff: number;
  maxDiff: number;
}

export class ChangeGate {
  private reference: Float32Array | null = null;
  private analysedAt = -Infinity;

  constructor(private readonly limits: typeof CHANGE_GATE = CHANGE_GATE) {}

  /** `haveResult` is false when no keypoints exist yet to reuse. */
  decide(thumbnail: Float32Array, now: number, haveResult: boolean): GateDecision {
    if (!this.reference || !haveResult || now - this.analysedAt >= this.limits.maxReuseMs) {
      return { analyse: true, meanDiff: Infinity, maxDiff: Infinity };
    }
    let sum = 0;
    let max = 0;
    for (let i = 0; i < THUMB_COLUMNS * THUMB_ROWS; i++) {
      const d = Math.abs(thumbnail[i]! - this.reference[i]!);
      sum += d;
      if (d > max) max = d;
    }
    const meanDiff = sum / (THUMB_COLUMNS * THUMB_ROWS);
    const analyse = meanDiff >= this.limits.meanThreshold || max >= this.limits.cellThreshold;
    return { analyse, meanDiff, maxDiff: max };
  }

  /** Call after the model ran on this frame: it becomes the new reference. */
  analysed(thumbnail: Float32Array, now: number): void {
    this.reference = Float32Array.from(thumbnail);
    this.analysedAt = now;
  }

  reset(): void {
    this.reference = null;
    this.analysedAt = -Infinity;
  }
}
