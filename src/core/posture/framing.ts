import type { PosePoints } from '../pose/keypoints';
import type { AnalysisView } from '../pose/model-input';
import type { PostureBaseline } from './calibration';
import { postureFeatures } from './features';

/**
 * MoveNet is a whole-body model: it places a face's and shoulders' points best when the face is
 * small in its input, about a sixth of it across. A laptop camera close to the face makes that a
 * quarter or more, and the points then shift with the framing by more than a subtle slump moves
 * them. So the model always looks at a view at least this many face widths wide, zooming out
 * (with black around the frame) when the person is closer than that. Measured on the photos of
 * ../shared/posture-photos cropped to seven framings (docs/posture-detection.md).
 */
export const VIEW_FACE_WIDTHS = 5.5;

function viewFor(faceWidth: number | null, headX: number | null): AnalysisView | null {
  return faceWidth && headX !== null ? { minSide: VIEW_FACE_WIDTHS * faceWidth, centreX: headX } : null;
}

/** The view every frame is analysed in once calibrated: framed on the calibrated face. */
export function calibratedView(baseline: PostureBaseline): AnalysisView | null {
  return viewFor(baseline.faceWidth, baseline.headX);
}

/**
 * The view for a frame from the person the whole frame shows (calibration frames are framed this
 * way, each on its own, so the calibration sees what monitoring will). Null: the whole frame.
 */
export function viewOfSample(sample: PosePoints): AnalysisView | null {
  const features = postureFeatures(sample);
  return viewFor(features.faceWidth, features.headX);
}
