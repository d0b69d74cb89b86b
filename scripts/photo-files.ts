/** Small file helpers shared by the tools that make data sets from photos with ffmpeg. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from './eval-dataset';

/** The photo's size in pixels, as ffmpeg (which ignores EXIF rotation) reads it. */
export function imageSize(file: string): { width: number; height: number } {
  const args = ['-v', 'error', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', file];
  const result = spawnSync('ffprobe', args, { encoding: 'utf8' });
  if (result.error) throw new UsageError(`ffprobe is needed (apt-get install -y ffmpeg): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`ffprobe failed: ${result.stderr}`);
  const [width, height] = result.stdout.trim().split(',').map(Number);
  return { width: width!, height: height! };
}

/** Copies each file into `dir` (made if missing) under its own name. */
export function copyInto(dir: string, files: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const file of files) copyFileSync(file, join(dir, basename(file)));
}

/** Where `file` goes in `dir` as a PNG (no second lossy encoding). */
export function pngIn(dir: string, file: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, basename(file).replace(/\.\w+$/, '.png'));
}

function ffmpegBytes(args: string[], input?: Uint8Array): Buffer {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    input,
    maxBuffer: 1 << 30,
  });
  if (result.error) throw new UsageError(`ffmpeg is needed (apt-get install -y ffmpeg): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** The photo's pixels as RGB bytes, scaled to `width` × `height` as ffmpeg decodes it. */
export function photoRgb(file: string, width: number, height: number): Uint8Array {
  return ffmpegBytes([
    '-i',
    file,
    '-frames:v',
    '1',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-s',
    `${width}x${height}`,
    '-',
  ]);
}

/** Writes RGB bytes (`width` × `height`) as a PNG. */
export function writeRgbPng(file: string, rgb: Uint8Array, width: number, height: number): void {
  ffmpegBytes(
    ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${width}x${height}`, '-i', '-', '-frames:v', '1', file],
    rgb,
  );
}
