import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { StandTallApi } from '../../platform/contract';
import { PoseMonitor } from './pose-monitor';

/** Starts camera monitoring in this page, with the bundled worker, WASM binaries and model. */
export function startPoseMonitor(api: StandTallApi): PoseMonitor {
  const monitor = new PoseMonitor({
    api,
    createWorker: () =>
      new Worker(new URL('./pose.worker.ts', import.meta.url), { type: 'module', name: 'stand-tall-pose' }),
    modelBaseUrl: new URL('./models/', document.baseURI).href,
    wasmPaths: {
      'tfjs-backend-wasm.wasm': new URL(wasmPlainUrl, document.baseURI).href,
      'tfjs-backend-wasm-simd.wasm': new URL(wasmSimdUrl, document.baseURI).href,
      'tfjs-backend-wasm-threaded-simd.wasm': new URL(wasmThreadedUrl, document.baseURI).href,
    },
  });
  void monitor.start();
  return monitor;
}
