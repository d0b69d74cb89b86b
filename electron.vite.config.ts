import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { contentSecurityPolicyPlugin, sharedRendererConfig } from './build/vite-shared.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    publicDir: resolve(root, 'resources'),
    plugins: [react(), contentSecurityPolicyPlugin()],
    ...sharedRendererConfig(root),
    build: {
      ...sharedRendererConfig(root).build,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(root, 'src/renderer/index.html'),
          monitor: resolve(root, 'src/renderer/monitor.html'),
          overlay: resolve(root, 'src/renderer/overlay.html'),
        },
      },
    },
  },
});
