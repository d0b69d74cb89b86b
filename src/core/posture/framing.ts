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
 * ../shared/posture-photos cropped to seven framings (docs/evaluation/framing.md).
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

/**
 * A face far too close for a whole-body model can defeat it outright: in the whole frame it then
 * finds no face it is sure of (a masked face filling a 4:3 frame: every head point under 0.3 and
 * on the frame's bottom edge). With the frame at half the input's width it finds the face, and
 * the view is then framed on that face.
 */
const CLOSE_FACE_ZOOM_OUT = 2;

/** The view to look again through when the whole frame showed no face. */
export function zoomedOutView(frame: { width: number; height: number }): AnalysisView {
  return { minSide: CLOSE_FACE_ZOOM_OUT * Math.max(frame.width, frame.height), centreX: 0.5 };
}
