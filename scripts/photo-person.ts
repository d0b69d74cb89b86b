/**
 * The person in a photo as the app's own pose worker finds them, in the photo's own pixels: what
 * the tools that move parts of a photo with ffmpeg (make:head-tilts, make:slump-moves) place
 * their moves by.
 */
import type { Page } from 'playwright-core';
import type { PoseSample } from '../src/core/pose/keypoints';
import { postureFeatures, seenKeypoint } from '../src/core/posture/features';
import { keypointsOf, UnreadableImageError } from './eval-keypoints';
import { imageSize } from './photo-files';
import type { PersonPlacement } from './slump-move';

export interface PhotoPerson {
  sample: PoseSample;
  /** The head centre (between the ears, else the eyes) and the face width, in the photo's pixels. */
  head: { x: number; y: number; faceWidth: number };
  size: { width: number; height: number };
  /** The photo's pixels per pixel of the analysed frame. */
  scale: number;
}

/** The person with a head to place; null, said on stderr as `tool`'s, when there is none or the photo cannot be moved. */
export async function personInPhoto(page: Page, file: string, tool: string): Promise<PhotoPerson | null> {
  const skip = (why: string) => {
    console.error(`${tool}: skipped ${file}: ${why}`);
    return null;
  };
  let sample;
  try {
    sample = await keypointsOf(page, file);
  } catch (error) {
    if (error instanceof UnreadableImageError) return skip('not a readable image');
    throw error;
  }
  if (!sample) return skip('no person found');
  const size = imageSize(file);
  // ffmpeg ignores an EXIF rotation that the page honoured: the person would be looked for sideways.
  if (size.width > size.height !== sample.frameWidth > sample.frameHeight)
    return skip('rotated by its EXIF orientation');
  const features = postureFeatures(sample);
  if (features.headX === null || features.headY === null || !features.faceWidth)
    return skip('no face to place the head');
  const scale = size.width / sample.frameWidth;
  const head = {
    x: features.headX * size.width,
    y: features.headY * size.height,
    faceWidth: features.faceWidth * scale,
  };
  return { sample, head, size, scale };
}

/** Where the person is in the photo's own pixels (head and shoulders); null (said on stderr) as for personInPhoto. */
export async function personPlacement(
  page: Page,
  file: string,
  tool: string,
): Promise<{ placement: PersonPlacement; size: PhotoPerson['size'] } | null> {
  const person = await personInPhoto(page, file, tool);
  if (!person) return null;
  const shoulders = (['left_shoulder', 'right_shoulder'] as const)
    .map((name) => seenKeypoint(person.sample, name))
    .flatMap((k) => (k ? [k.x * person.scale] : []));
  return { placement: { ...person.head, shoulders }, size: person.size };
}
