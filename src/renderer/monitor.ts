/**
 * The hidden monitor window's page (Electron): it owns the camera and the pose worker. The UI
 * windows only ever see keypoints and states, through the host.
 */
import { startPoseMonitor } from './pose/start-monitor';

const api = window.standTall;
if (api) startPoseMonitor(api);
