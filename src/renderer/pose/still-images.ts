/** Still photos for the evaluation hooks (`npm run eval:posture`): decoding, and what is answered. */
import { stillImageSize } from '../../core/pose/frame-convert';
import type { PoseSample } from '../../core/pose/keypoints';
import type { SceneFingerprint } from '../../core/pose/scene';
import type { WorkerSample } from './protocol';

/**
 * What the evaluation hooks answer for a still image: keypoints, the frame they are measured in,
 * and what the image shows around the person.
 */
export interface StillKeypoints {
  keypoints: PoseSample['keypoints'];
  width: number;
  height: number;
  scene: SceneFingerprint | null;
}

export const stillKeypoints = (result: WorkerSample | null): StillKeypoints | null =>
  result
    ? { keypoints: result.keypoints, width: result.width, height: result.height, scene: result.scene ?? null }
    : null;

/**
 * Decodes an image file into RGBA pixels, honouring its EXIF orientation as a camera app would,
 * at the size that measures it in a frame as wide as a camera's (`stillImageSize`).
 */
export async function decodeImage(blob: Blob): Promise<{ rgba: ArrayBuffer; width: number; height: number }> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const size = stillImageSize(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for image decoding');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  return { rgba: data.buffer as ArrayBuffer, width: canvas.width, height: canvas.height };
}
