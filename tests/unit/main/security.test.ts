import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, mimeTypeFor, resolveAppFile } from '../../../electron/main/app-protocol';
import {
  isNavigationAllowed,
  isPermissionCheckGranted,
  isPermissionGranted,
  secureWebPreferences,
} from '../../../electron/main/security';

const bundle = path.resolve('/opt/stand-tall/renderer');
const DEV = 'http://localhost:5173';

describe('app:// file resolution', () => {
  it.each([
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/', 'index.html'],
    ['app://bundle/models/movenet-lightning.bin', 'models/movenet-lightning.bin'],
    ['app://bundle/assets/a%20b.js', 'assets/a b.js'],
    ['app://bundle/index.html?x=1#/settings', 'index.html'],
  ])('maps %s into the bundle', (url, rel) => {
    expect(resolveAppFile(url, bundle)).toBe(path.join(bundle, rel));
  });

  it.each(['app://bundle/../secret.txt', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps dot segments inside the bundle (%s)',
    (url) => {
      const resolved = resolveAppFile(url, bundle);
      expect(resolved === null || resolved.startsWith(bundle + path.sep)).toBe(true);
    },
  );

  it.each([
    'app://bundle/..%2F..%2Fetc%2Fpasswd',
    'app://bundle/..%5C..%5Cwindows%5Cwin.ini',
    'app://bundle/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
    'not a url',
    'app://bundle/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, bundle)).toBeNull();
  });

  it('serves wasm with its own MIME type (needed for streaming compilation)', () => {
    expect(mimeTypeFor('x/tfjs-backend-wasm-simd.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('x/unknown.xyz')).toBe('application/octet-stream');
  });
});

describe('permissions', () => {
  it('grants the camera (video only) to the app pages', () => {
    expect(
      isPermissionGranted(
        { permission: 'media', requestingUrl: 'app://bundle/monitor.html', mediaTypes: ['video'] },
        null,
      ),
    ).toBe(true);
  });

  it.each([
    [{ permission: 'media', requestingUrl: 'app://bundle/monitor.html', mediaTypes: ['audio'] }],
    [{ permission: 'media', requestingUrl: 'app://bundle/monitor.html', mediaTypes: ['video', 'audio'] }],
    [{ permission: 'media', requestingUrl: 'app://bundle/monitor.html', mediaTypes: [] }],
    [{ permission: 'media', requestingUrl: 'https://evil.example/', mediaTypes: ['video'] }],
    [{ permission: 'media', requestingUrl: DEV + '/index.html', mediaTypes: ['video'] }],
    [{ permission: 'geolocation', requestingUrl: 'app://bundle/index.html' }],
    [{ permission: 'notifications', requestingUrl: 'app://bundle/index.html' }],
    [{ permission: 'clipboard-read', requestingUrl: 'app://bundle/index.html' }],
    [{ permission: 'openExternal', requestingUrl: 'app://bundle/index.html' }],
  ])('denies %j', (request) => {
    expect(isPermissionGranted(request, null)).toBe(false);
  });

  it('allows the dev server origin only when one is running', () => {
    const request = { permission: 'media', requestingUrl: DEV + '/monitor.html', mediaTypes: ['video'] };
    expect(isPermissionGranted(request, DEV)).toBe(true);
    expect(isPermissionGranted(request, null)).toBe(false);
  });

  it('answers permission checks the same way', () => {
    expect(isPermissionCheckGranted('media', 'app://bundle/index.html', 'video', null)).toBe(true);
    expect(isPermissionCheckGranted('media', 'app://bundle/index.html', 'audio', null)).toBe(false);
    expect(isPermissionCheckGranted('notifications', 'app://bundle/index.html', undefined, null)).toBe(false);
    expect(isPermissionCheckGranted('media', 'https://x.example', 'video', null)).toBe(false);
  });
});

describe('navigation', () => {
  it('allows only in-page (hash) navigation on the same app page', () => {
    expect(isNavigationAllowed('app://bundle/index.html#/', 'app://bundle/index.html#/settings', null)).toBe(true);
    expect(isNavigationAllowed('app://bundle/index.html', 'app://bundle/monitor.html', null)).toBe(false);
    expect(isNavigationAllowed('app://bundle/index.html', 'https://example.com/', null)).toBe(false);
    expect(isNavigationAllowed('app://bundle/index.html', 'file:///etc/passwd', null)).toBe(false);
    expect(isNavigationAllowed('app://bundle/index.html', 'javascript:alert(1)', null)).toBe(false);
  });

  it('recognises app URLs', () => {
    expect(isAppUrl('app://bundle/index.html', null)).toBe(true);
    expect(isAppUrl('app://bundlex/index.html', null)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false);
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes every window and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/p/preload.cjs', {
      contextIsolation: false,
      sandbox: false,
      nodeIntegration: true,
      backgroundThrottling: false,
    });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.backgroundThrottling).toBe(false);
  });
});
