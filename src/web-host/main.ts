import { version } from '../../package.json';
import i18next from 'i18next';
import { mountApp } from '../renderer/mount';
import { startPoseMonitor } from '../renderer/pose/start-monitor';
import { createWebHost } from './web-host';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const host = createWebHost({ storage: window.localStorage, version });
// Exposed like the Electron preload does, so tests and the console see the same contract.
Object.defineProperty(window, 'standTall', { value: host.api, enumerable: true });
const mounted = mountApp(host.api, root);
// Notices also go to a Web Notification when the person has allowed them (never asked unprompted).
host.service.onNewNotice((notice) => {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  void mounted.then(
    () =>
      new Notification('Stand Tall', { body: i18next.t(`notices.${notice.kind}`, { detail: notice.detail ?? '' }) }),
  );
});
// In the browser the UI and the monitor share one page (Electron gives the monitor its own window).
const monitor = startPoseMonitor(host.api);
if (new URLSearchParams(location.search).has('bench') || new URLSearchParams(location.search).has('eval')) {
  // Benchmark hooks (`npm run bench:pose`): switch sampling policy and time the bare model.
  Object.defineProperty(window, 'standTallBench', { value: monitor, enumerable: false });
}
