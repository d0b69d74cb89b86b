/** Build settings shared by the Electron renderer and the web host, so both ship the same page. */
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/platform/security.ts';

/** Puts the app's CSP into every HTML page as a meta tag (servers also send it as a header). */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'stand-tall-csp',
    // Dev servers inject inline scripts for hot reload; the policy applies to what ships.
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** `projectRoot` comes from the calling config: electron-vite bundles configs, so this file cannot locate itself. */
export const sharedRendererConfig = (projectRoot: string) =>
  ({
    resolve: {
      alias: {
        // pose-detection imports these for BlazePose only; see the stubs for why they are left out.
        '@mediapipe/pose': resolve(projectRoot, 'src/renderer/pose/stubs/mediapipe-pose.ts'),
        '@tensorflow/tfjs-backend-webgpu': resolve(projectRoot, 'src/renderer/pose/stubs/tfjs-backend-webgpu.ts'),
      },
    },
    build: {
      // Model weights and wasm binaries must stay files, never inlined data: URLs.
      assetsInlineLimit: 0,
      target: 'es2023',
      sourcemap: true,
      // electron-vite leaves renderers unminified by default; the worker alone shrinks by half.
      // (Minifying breaks only tfjs-wasm's threaded build, which Stand Tall does not use.)
      minify: true,
    },
    worker: { format: 'es' as const },
  }) satisfies UserConfig;
