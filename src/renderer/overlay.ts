/**
 * The page inside each click-through overlay window (Electron): the screen-edge glow, drawn from
 * the alert level in the app state. Main destroys the window once the glow has faded out.
 */
import './components/edge-glow.css';

const glow = document.getElementById('glow');
const api = window.standTall;
if (glow && api) {
  // Start hidden and switch on in the next frame, so the fade-in runs.
  const show = (level: number) => requestAnimationFrame(() => (glow.className = `edge-glow edge-glow-${level}`));
  void api.getState().then((state) => show(state.alert.glow));
  api.onStateChanged((state) => show(state.alert.glow));
}
