import { version } from '../../package.json';
import i18next from 'i18next';
import { mountApp } from '../renderer/mount';
import { startPoseMonitor } from '../renderer/pose/start-monitor';
import { showRemindersAsWebNotifications, watchBattery, watchVisibility } from './web-alerts';
import { openWebHistory } from './web-history';
import { createWebHost } from './web-host';
import sqliteWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const params = new URLSearchParams(location.search);
// Tests inject time (`?test-clock`): the host's clock can be moved forward, never the page's timers.
let clockOffset = 0;
const clock = { now: () => Date.now() + clockOffset };
const host = createWebHost({ storage: window.localStorage, version, clock });
if (params.has('test-clock')) {
  const advance = (ms: number) => {
    clockOffset += ms;
    host.service.app.tick();
    host.service.history.flush();
  };
  Object.defineProperty(window, 'standTallTestClock', { value: { advance }, enumerable: false });
}
// Exposed like the Electron preload does, so tests and the console see the same contract.
Object.defineProperty(window, 'standTall', { value: host.api, enumerable: true });
const mounted = mountApp(host.api, root, clock.now);
// Notices also go to a Web Notification when the person has allowed them (never asked unprompted).
host.service.onNewNotice((notice) => {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  void mounted.then(
    () =>
      new Notification('Stand Tall', { body: i18next.t(`notices.${notice.kind}`, { detail: notice.detail ?? '' }) }),
  );
});
showRemindersAsWebNotifications(
  host.service.app,
  (key, p) => i18next.t(key, p ?? {}),
  () => host.service.settings.settings,
  clock.now,
);
watchVisibility(host.service.app, clock.now);
host.service.app.dispatch({ type: 'report-system', system: { displays: `${screen.width}x${screen.height}` } });
void openWebHistory(host.service, sqliteWasmUrl);
void watchBattery(host.service.app).catch(() => undefined);
// In the browser the UI and the monitor share one page (Electron gives the monitor its own window).
const monitor = startPoseMonitor(host.api);
if (params.has('bench') || params.has('eval')) {
  // Benchmark hooks (`npm run bench:pose`): switch sampling policy and time the bare model.
  Object.defineProperty(window, 'standTallBench', { value: monitor, enumerable: false });
}
