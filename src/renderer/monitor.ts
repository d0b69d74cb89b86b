/**
 * The hidden monitor window's page. It owns the camera and the pose worker (see src/renderer/pose)
 * and reports the camera state to the host. Until the pose pipeline lands it only tells the host
 * that the camera is off, so the tray shows the truth.
 */
const api = window.standTall;
if (api) void api.run({ type: 'report-camera', status: 'off', detail: null });
