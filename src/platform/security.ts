/**
 * The Content-Security-Policy of every app page, in Electron (sent by the app:// protocol handler
 * and as a meta tag) and on the web host (sent by its server and as a meta tag). No remote origin
 * appears anywhere: the app makes zero network requests at run time.
 * 'wasm-unsafe-eval' lets TF.js compile its WebAssembly backend; nothing allows eval of scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Sent as a header only: browsers ignore frame-ancestors in a meta tag (and warn about it). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Headers every app response carries (the CSP plus defaults that cost nothing). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
