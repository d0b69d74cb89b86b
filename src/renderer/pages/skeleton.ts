import { confidence, MIN_KEYPOINT_SCORE, type KeypointName, type PoseSample } from '../../core/pose/keypoints';

const BONES: [KeypointName, KeypointName][] = [
  ['left_ear', 'left_eye'],
  ['left_eye', 'nose'],
  ['nose', 'right_eye'],
  ['right_eye', 'right_ear'],
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'],
  ['right_elbow', 'right_wrist'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_hip', 'right_hip'],
];

/** Draws the keypoints of a sample over a canvas the size of the preview (pixels never involved). */
export function drawSkeleton(canvas: HTMLCanvasElement, sample: PoseSample | null, colour: string): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (!sample) return;
  const sx = canvas.width / sample.frameWidth;
  const sy = canvas.height / sample.frameHeight;
  const seen = new Map(sample.keypoints.filter((k) => confidence(k) >= MIN_KEYPOINT_SCORE).map((k) => [k.name, k]));
  context.strokeStyle = colour;
  context.fillStyle = colour;
  context.lineWidth = 3;
  for (const [a, b] of BONES) {
    const p = seen.get(a);
    const q = seen.get(b);
    if (!p || !q) continue;
    context.beginPath();
    context.moveTo(p.x * sx, p.y * sy);
    context.lineTo(q.x * sx, q.y * sy);
    context.stroke();
  }
  for (const k of seen.values()) {
    context.beginPath();
    context.arc(k.x * sx, k.y * sy, 4, 0, Math.PI * 2);
    context.fill();
  }
}

/** Frames analysed in the last minute, from sample capture times. */
export function framesPerMinute(captureTimes: number[], now: number): number {
  return captureTimes.filter((t) => now - t <= 60_000).length;
}
