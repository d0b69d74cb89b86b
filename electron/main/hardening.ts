import { protocol, type Session, type WebContents } from 'electron';
import fs from 'node:fs/promises';
import { SECURITY_HEADERS } from '../../src/platform/security';
import { APP_SCHEME, isAppUrl, mimeTypeFor, resolveAppFile } from './app-protocol';
import { isNavigationAllowed, isPermissionCheckGranted, isPermissionGranted } from './security';

/** Must run before `app` is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer bundle (pages, workers, wasm, model) from disk with the app's security headers. */
export function serveAppProtocol(bundleDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, bundleDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, { headers: { 'Content-Type': mimeTypeFor(file), ...SECURITY_HEADERS } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Session-wide rules: camera for our pages only, nothing else, and no request leaves the machine. */
export function hardenSession(session: Session, devServerOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      isPermissionGranted({ permission, requestingUrl: details.requestingUrl ?? '', mediaTypes }, devServerOrigin),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionCheckGranted(permission, details.requestingUrl ?? requestingOrigin, details.mediaType, devServerOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      // Only the local dev server (during `npm run dev`) may be reached; everything else is cancelled.
      callback({ cancel: !isAppUrl(details.url, devServerOrigin) });
    },
  );
}

/** Per-window rules: no new windows, no navigation away, no webviews. */
export function hardenWebContents(contents: WebContents, devServerOrigin: string | null): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!isNavigationAllowed(contents.getURL(), url, devServerOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
