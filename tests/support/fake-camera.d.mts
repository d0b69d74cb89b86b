export const FAKE_CAMERA_DIR: string;
export const ASTRONAUT_JPG: string;
export function stillVideo(name: string, photo?: string, extraFilter?: string): string;
export function slideshowVideo(name: string, photos: string[], secondsEach?: number): string;
export function fakeCameraArgs(videoFile: string): string[];
export function slumpThenUprightVideo(name?: string, seconds?: number): string;
export function astronautPhoto(slumped?: boolean): string;
export function tiltedHeadPhoto(degrees: number): string;
export function userAndVisitorPhoto(options?: { visitor?: boolean; slumped?: boolean }): string;
