import type { WebPreferences } from 'electron';
import { isAppUrl } from './app-protocol';

/** The web preferences of every window: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preloadPath: string, extra: Partial<WebPreferences> = {}): WebPreferences {
  // Extras go first so that nothing a caller passes can weaken the settings below.
  return {
    ...extra,
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click would open links in new windows; they are denied anyway, this stops the attempt.
    disableBlinkFeatures: 'Auxclick',
  };
}

export interface PermissionRequest {
  permission: string;
  requestingUrl: string;
  /** For 'media': which kinds were asked for. */
  mediaTypes?: readonly string[];
}

/**
 * The only permission the app ever grants: the camera (video only) to its own pages.
 * Microphone, notifications from pages, geolocation, anything else: denied.
 */
export function isPermissionGranted(request: PermissionRequest, devServerOrigin: string | null): boolean {
  if (request.permission !== 'media') return false;
  if (!isAppUrl(request.requestingUrl, devServerOrigin)) return false;
  const types = request.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}

/** Permission checks (not requests) are answered the same way; 'media' checks carry no types. */
export function isPermissionCheckGranted(
  permission: string,
  requestingUrl: string,
  mediaType: string | undefined,
  devServerOrigin: string | null,
): boolean {
  if (permission !== 'media') return false;
  if (!isAppUrl(requestingUrl, devServerOrigin)) return false;
  return mediaType === undefined || mediaType === 'video';
}

/** Windows never navigate away from the page they were opened on (links open nothing). */
export function isNavigationAllowed(fromUrl: string, toUrl: string, devServerOrigin: string | null): boolean {
  if (!isAppUrl(toUrl, devServerOrigin)) return false;
  try {
    // Hash routing stays on the same document; a different app page is not a navigation we make.
    const from = new URL(fromUrl);
    const to = new URL(toUrl);
    return from.protocol === to.protocol && from.host === to.host && from.pathname === to.pathname;
  } catch {
    return false;
  }
}
