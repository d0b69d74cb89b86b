import { mountApp } from './mount';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
if (!window.standTall) {
  root.textContent = 'Stand Tall could not reach its host (preload missing).';
} else {
  void mountApp(window.standTall, root);
}
