/**
 * Fake-camera videos for Chromium (`--use-file-for-fake-video-capture=FILE.y4m`), made with
 * Debian's ffmpeg from real photos. Shared by the end-to-end tests and `npm run bench:pose`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FAKE_CAMERA_DIR = join(root, 'test-results/fake-camera');
export const ASTRONAUT_JPG = join(root, 'tests/fixtures/astronaut-upright.jpg');

/** Runs ffmpeg quietly, overwriting its output; throws with its message if it fails. */
export function ffmpeg(args) {
  const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (result.error) throw new Error(`ffmpeg is needed (apt-get install -y ffmpeg): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
}

/** Fits a photo into 640×480 (letterboxed, like a webcam frame). */
const FIT = 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,format=yuv420p';

/** A slump as the camera sees it: the person 30 % closer and 120 px lower in the frame. */
const CLOSER_AND_LOWER = 'scale=832:624,pad=832:744:0:120,crop=640:480:96:0,setsar=1';
const SLUMP = `${FIT},${CLOSER_AND_LOWER}`;

/**
 * A short looping video of one still photo. `filter` can darken it etc. Cached by name.
 */
export function stillVideo(name, photo = ASTRONAUT_JPG, extraFilter = '') {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const out = join(FAKE_CAMERA_DIR, `${name}.y4m`);
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(photo).mtimeMs) return out;
  const filter = extraFilter ? `${FIT},${extraFilter}` : FIT;
  ffmpeg(['-loop', '1', '-i', photo, '-t', '1', '-r', '5', '-vf', filter, '-f', 'yuv4mpegpipe', out]);
  return out;
}

/** A PNG still made from the astronaut photo by an ffmpeg filter graph ending in [out]; cached. */
function astronautStill(name, graph) {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const out = join(FAKE_CAMERA_DIR, `${name}.png`);
  if (existsSync(out)) return out;
  ffmpeg(['-i', ASTRONAUT_JPG, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', out]);
  return out;
}

/** The astronaut framed as the fake camera shows her, sitting tall or slumped (closer and lower). */
export function astronautPhoto(slumped = false) {
  return slumped
    ? astronautStill('astronaut-slumped', `[0]${SLUMP}[out]`)
    : astronautStill('astronaut-framed', `[0]${FIT},setsar=1[out]`);
}

/**
 * The astronaut photo stored turned a quarter left, with an EXIF Orientation tag of 6 ("turn 90°
 * clockwise to show"), as phones and some webcams save photos: shown correctly, she is upright.
 * The EXIF block is written here by hand (ffmpeg writes none): a TIFF header and one IFD entry.
 */
export function exifRotatedAstronaut() {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const turned = join(FAKE_CAMERA_DIR, 'astronaut-stored-turned.jpg');
  const out = join(FAKE_CAMERA_DIR, 'astronaut-exif-orientation-6.jpg');
  if (existsSync(out)) return out;
  ffmpeg(['-i', ASTRONAUT_JPG, '-vf', 'transpose=cclock', '-q:v', '3', turned]);
  const tiff = Buffer.from([
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // big-endian TIFF, first IFD at 8
    ...[0x00, 0x01], // one entry
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00], // Orientation (SHORT) = 6
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([
    Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]),
    payload,
  ]);
  const jpeg = readFileSync(turned);
  // The APP1 segment goes straight after the start-of-image marker.
  writeFileSync(out, Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]));
  return out;
}

/**
 * The astronaut as a user at a desk on the left of the frame, optionally slumped (larger and
 * lower), optionally with a visitor — the same photo much larger, overlapping on the right —
 * who is more visible than the user, so a single-person model follows the visitor.
 */
export function userAndVisitorPhoto({ visitor = false, slumped = false } = {}) {
  const user = slumped ? 'scale=320:320[u];[bg][u]overlay=10:230' : 'scale=260:260[u];[bg][u]overlay=30:220';
  const layers = visitor ? `[0]split[a][b];[b]scale=420:420[v];[a]${user}[x];[x][v]overlay=260:60` : `[0]${user}`;
  return astronautStill(
    `astronaut-user${slumped ? '-slumped' : ''}${visitor ? '-visitor' : ''}`,
    `color=c=gray:s=640x480:d=1[bg];${layers},format=yuv420p,setsar=1[out]`,
  );
}

/**
 * Rooms as a 640×480 backdrop: a study with a window, a door and a lamp (by day, or at night), or a
 * kitchen with a bright wall, a dark ceiling and a cupboard.
 */
const ROOMS = {
  study:
    'color=c=0x808080:s=640x480:d=1,drawbox=x=0:y=60:w=110:h=300:color=0xe0e0d0:t=fill,' +
    'drawbox=x=540:y=140:w=80:h=340:color=0x503020:t=fill,drawbox=x=280:y=0:w=80:h=30:color=white:t=fill',
  // The study at night: the window black, the wall lit by the lamp alone.
  studyAtNight:
    'color=c=0x505050:s=640x480:d=1,drawbox=x=0:y=60:w=110:h=300:color=0x101018:t=fill,' +
    'drawbox=x=540:y=140:w=80:h=340:color=0x382010:t=fill,drawbox=x=280:y=0:w=80:h=30:color=white:t=fill',
  kitchen:
    'color=c=0x606870:s=640x480:d=1,drawbox=x=500:y=0:w=140:h=480:color=0xf0f0f0:t=fill,' +
    'drawbox=x=0:y=0:w=640:h=70:color=0x202020:t=fill,drawbox=x=0:y=300:w=150:h=180:color=0x304030:t=fill',
};

/**
 * The astronaut seated in a room (`study`, `studyAtNight` or `kitchen`), `lower` pixels lower than she sits tall,
 * as when she sinks in her chair; the room around her is the same whatever she does.
 */
export function personInRoomPhoto({ room = 'study', lower = 0 } = {}) {
  return astronautStill(
    `astronaut-in-${room}-lower-${lower}`,
    `${ROOMS[room]}[bg];[0]scale=260:260[u];[bg][u]overlay=190:${200 + lower},format=yuv420p,setsar=1[out]`,
  );
}

/**
 * The astronaut with her head tilted sideways by `degrees`: everything above the neck is turned
 * about a point low in the neck and blended in over the shoulders, which stay where they were.
 */
export function tiltedHeadPhoto(degrees) {
  const headOnly = "a='if(lt(Y,150),alpha(X,Y),if(lt(Y,172),alpha(X,Y)*(172-Y)/22,0))'";
  return astronautStill(
    `astronaut-head-tilt-${degrees}`,
    `[0]split[a][b];[a]crop=400:400:25:0,format=rgba,rotate=${degrees}*PI/180:c=none:ow=400:oh=400,` +
      `geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':${headOnly}[head];[b][head]overlay=25:0,${FIT},setsar=1[out]`,
  );
}

/**
 * The astronaut with her trunk further from the camera and her head where it was: everything
 * below the head (the photo shrunk to `scale` about her chin, over the original as the backdrop)
 * with the original head blended back in. The head is then ahead of the shoulders, nearer than
 * they are, though no nearer than when she sat tall. With `wholePerson` the head moves back with
 * the trunk: the whole person sits further back.
 */
export function trunkBackPhoto(scale, { wholePerson = false } = {}) {
  const side = 2 * Math.round((512 * scale) / 2);
  const [x, y] = [Math.round(225 * (1 - scale)), Math.round(175 * (1 - scale))];
  const body = `[bg][small]overlay=${x}:${y}`;
  const head =
    "[h]format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':" +
    "a='if(lt(Y,150),255,if(lt(Y,172),255*(172-Y)/22,0))'[head]";
  const graph = wholePerson
    ? `[0]split[bg][s];[s]scale=${side}:${side}[small];${body},${FIT},setsar=1[out]`
    : `[0]split=3[bg][s][h];[s]scale=${side}:${side}[small];${body}[back];${head};[back][head]overlay=0:0,${FIT},setsar=1[out]`;
  return astronautStill(`astronaut-${wholePerson ? 'sitting-back' : 'head-ahead'}-${side}`, graph);
}

/**
 * The astronaut's face filling a 4:3 frame, cut off at the mouth, her eyes behind a dark band
 * (dark glasses): a face so close that MoveNet, shown the whole frame, is sure of none of its
 * points.
 */
export function closeFacePhoto() {
  return astronautStill(
    'astronaut-close-face',
    '[0]drawbox=x=196:y=84:w=100:h=22:color=black@1:t=fill,crop=180:135:156:10,scale=640:480,setsar=1[out]',
  );
}

/**
 * The astronaut in a 16:9 camera picture (640×360), as most laptop webcams give one. Chromium's
 * camera hands out the first frame of each capture as a 4:3 crop of it at twice the pixels.
 */
export function widePictureVideo() {
  return stillVideo('astronaut-wide', ASTRONAUT_JPG, 'crop=640:360:0:30');
}

/** A slideshow of photos (each shown `secondsEach`), e.g. for the pose benchmark. */
export function slideshowVideo(name, photos, secondsEach = 3) {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const out = join(FAKE_CAMERA_DIR, `${name}.y4m`);
  const inputs = photos.flatMap((p) => ['-loop', '1', '-t', String(secondsEach), '-i', p]);
  const chains = photos.map((_, i) => `[${i}:v]${FIT},fps=10,setsar=1[v${i}]`).join(';');
  const concat = `${photos.map((_, i) => `[v${i}]`).join('')}concat=n=${photos.length}:v=1:a=0[out]`;
  ffmpeg([...inputs, '-filter_complex', `${chains};${concat}`, '-map', '[out]', '-f', 'yuv4mpegpipe', out]);
  return out;
}

export function fakeCameraArgs(videoFile) {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${videoFile}`,
  ];
}

/**
 * The astronaut slumped (as in slumpThenUprightVideo) in another place: the parts of the frame
 * the scene fingerprint reads (the top, and the sides above her shoulders) painted as another
 * room's dark ceiling, bright window and wooden door.
 */
export function slumpedElsewhereVideo() {
  const room =
    'drawbox=x=0:y=0:w=640:h=80:color=0x202020:t=fill,drawbox=x=0:y=80:w=160:h=220:color=0xf0f0e0:t=fill,' +
    'drawbox=x=480:y=80:w=160:h=220:color=0x503020:t=fill';
  return stillVideo('astronaut-slumped-elsewhere', ASTRONAUT_JPG, `${CLOSER_AND_LOWER},${room}`);
}

/**
 * The astronaut slumping and sitting up again, looped by the fake camera: `seconds` slumped (the
 * same photo 1.3× larger and 120 px lower: the head sinks and comes closer, as in a slump), then
 * `seconds` upright.
 */
export function slumpThenUprightVideo(name = 'astronaut-slump', seconds = 10) {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const out = join(FAKE_CAMERA_DIR, `${name}.y4m`);
  if (existsSync(out)) return out;
  const photo = ['-loop', '1', '-t', String(seconds), '-i', ASTRONAUT_JPG];
  ffmpeg([
    ...photo,
    ...photo,
    '-filter_complex',
    `[0:v]${SLUMP},fps=5[a];[1:v]${FIT},setsar=1,fps=5[b];[a][b]concat=n=2:v=1:a=0[out]`,
    '-map',
    '[out]',
    '-f',
    'yuv4mpegpipe',
    out,
  ]);
  return out;
}
