/**
 * Build-time stand-in for `@tensorflow/tfjs-backend-webgpu` (616 kB). pose-detection only needs it
 * for BlazePose's GPU path. Stand Tall leaves WebGPU out: MoveNet Lightning at one frame a second
 * is dominated by dispatch and read-back on a GPU, WASM SIMD already runs it in ~20 ms, and the
 * backend cannot be tested on machines without a GPU. `instanceof WebGPUBackend` is always false.
 */
export class WebGPUBackend {}
export const webgpu_util = {};
