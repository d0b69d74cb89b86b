import { version } from '../../package.json';
import { mountApp } from '../renderer/mount';
import { createWebHost } from './web-host';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const host = createWebHost({ storage: window.localStorage, version });
// Exposed like the Electron preload does, so tests and the console see the same contract.
Object.defineProperty(window, 'standTall', { value: host.api, enumerable: true });
void mountApp(host.api, root);
