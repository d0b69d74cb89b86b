import type { CameraState } from '../../core/app/app-state';

/**
 * A capture size chosen for the model: MoveNet looks at 192×192, so 320×240 keeps enough detail
 * for its crop while making every copy ~4× cheaper than 640×480. A low frame rate costs the
 * capture pipeline less; the sampler takes at most a few frames a second anyway.
 */
export const CAPTURE_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 320 },
  height: { ideal: 240 },
  frameRate: { ideal: 10, max: 15 },
};

/** Turns getUserMedia's errors into states a person can act on (the UI words the reason). */
export function classifyCameraError(error: unknown): CameraState {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { status: 'denied', reason: 'denied', detail: null };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return { status: 'no-camera', reason: 'not-found', detail: null };
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return { status: 'in-use', reason: 'in-use', detail: null };
    default:
      // Unexpected: the raw error, for whoever diagnoses it.
      return { status: 'error', reason: null, detail: `${name || 'Error'}: ${message}`.trim() };
  }
}

/** The opening was overtaken by a stop or another opening; its camera was released. */
export class CameraSuperseded extends Error {
  constructor() {
    super('The camera was stopped or opened again while it was starting.');
    this.name = 'CameraSuperseded';
  }
}

export interface CameraOpened {
  track: MediaStreamTrack;
  /** The device actually used (may differ from the chosen one if it has gone). */
  deviceId: string | null;
  fellBack: boolean;
}

/**
 * Owns the camera track: opens the chosen device (falling back to the default when it has gone),
 * hands out frame streams on clones of the track, and stops everything so the camera light goes off.
 */
export class Camera {
  private track: MediaStreamTrack | null = null;
  /** Whether `track` already feeds a frame stream (a stream can be handed to one worker only). */
  private feeding = false;
  private frameRate = 0;
  private onEnded: () => void = () => undefined;
  /** Counts stops: an opening that a stop overtook gives its camera back at once. */
  private attempt = 0;

  constructor(private readonly media: MediaDevices = navigator.mediaDevices) {}

  get isOpen(): boolean {
    return this.track !== null && this.track.readyState === 'live';
  }

  get currentTrack(): MediaStreamTrack | null {
    return this.track;
  }

  async open(deviceId: string | null, onEnded: () => void): Promise<CameraOpened> {
    this.stop();
    const attempt = this.attempt;
    if (!this.media?.getUserMedia) {
      throw Object.assign(new Error('This browser has no camera API.'), { name: 'NotFoundError' });
    }
    let fellBack = false;
    let stream: MediaStream;
    try {
      stream = await this.media.getUserMedia({
        audio: false,
        video: deviceId ? { ...CAPTURE_CONSTRAINTS, deviceId: { exact: deviceId } } : CAPTURE_CONSTRAINTS,
      });
    } catch (error) {
      const name = (error as Error).name;
      if (!deviceId || (name !== 'OverconstrainedError' && name !== 'NotFoundError')) throw error;
      // The chosen camera has gone (unplugged, renamed): use the default rather than nothing.
      fellBack = true;
      stream = await this.media.getUserMedia({ audio: false, video: CAPTURE_CONSTRAINTS });
    }
    if (attempt !== this.attempt) {
      // Stopped, or opened again, while this camera was starting: nobody will stop it later.
      for (const late of stream.getTracks()) late.stop();
      throw new CameraSuperseded();
    }
    const track = stream.getVideoTracks()[0];
    if (!track) throw Object.assign(new Error('The camera stream has no video track.'), { name: 'NotFoundError' });
    this.onEnded = onEnded;
    this.watchEnded(track);
    this.track = track;
    return { track, deviceId: track.getSettings().deviceId ?? null, fellBack };
  }

  private watchEnded(track: MediaStreamTrack): void {
    track.addEventListener('ended', () => {
      if (this.track === track) this.onEnded();
    });
  }

  /**
   * A frame stream for the pose worker. Only one camera track is ever live, so stopping it always
   * turns the camera off: a restarted worker gets a stream on a fresh clone, and the track whose
   * stream went to the dead worker is stopped. (Measured: no CPU change against track + clone.)
   */
  openFrames(): ReadableStream<VideoFrame> | null {
    if (!this.track || this.track.readyState !== 'live') return null;
    if (typeof MediaStreamTrackProcessor === 'undefined') return null;
    if (this.feeding) {
      const next = this.track.clone();
      this.watchEnded(next);
      this.track.stop();
      this.track = next;
    }
    this.feeding = true;
    // Keep only the newest frame: a sample is always the current picture, and old ones are dropped.
    return new MediaStreamTrackProcessor({ track: this.track, maxBufferSize: 1 }).readable;
  }

  /** Lowers or raises how many frames the tracks deliver; only calls the browser on a change. */
  setFrameRate(fps: number): void {
    if (fps === this.frameRate) return;
    this.frameRate = fps;
    if (this.track?.readyState === 'live') {
      void this.track.applyConstraints({ frameRate: { ideal: fps, max: fps } }).catch(() => undefined);
    }
  }

  stop(): void {
    this.attempt += 1;
    this.frameRate = 0;
    this.feeding = false;
    this.track?.stop();
    this.track = null;
  }
}

export async function listCameras(media: MediaDevices = navigator.mediaDevices): Promise<MediaDeviceInfo[]> {
  if (!media?.enumerateDevices) return [];
  return (await media.enumerateDevices()).filter((d) => d.kind === 'videoinput');
}
