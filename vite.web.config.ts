/**
 * The web host: the complete renderer in a plain browser page, with the platform contract
 * implemented by src/web-host. It is the test harness on machines without Electron and a
 * "try it in your browser" mode.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { SECURITY_HEADERS } from './src/platform/security.ts';
import { contentSecurityPolicyPlugin, sharedRendererConfig } from './build/vite-shared.ts';

const root = import.meta.dirname;
export const WEB_HOST_PORT = 4173;

export default defineConfig({
  root: resolve(root, 'src/web-host'),
  publicDir: resolve(root, 'resources'),
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  ...sharedRendererConfig(root),
  build: { ...sharedRendererConfig(root).build, outDir: resolve(root, 'out/web'), emptyOutDir: true },
  server: { port: WEB_HOST_PORT, strictPort: true, host: '127.0.0.1' },
  preview: { port: WEB_HOST_PORT, strictPort: true, host: '127.0.0.1', headers: SECURITY_HEADERS },
});
