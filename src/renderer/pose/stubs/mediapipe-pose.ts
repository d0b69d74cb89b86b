/**
 * Build-time stand-in for `@mediapipe/pose`. pose-detection imports it for BlazePose's MediaPipe
 * runtime, which Stand Tall does not use (MoveNet only): the real package fails Vite's build and
 * would add megabytes. Constructing it is a programming error.
 */
export class Pose {
  constructor() {
    throw new Error('BlazePose (MediaPipe runtime) is not bundled in Stand Tall; use MoveNet.');
  }
}
export const VERSION = 'stub';
