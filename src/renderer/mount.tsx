import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StandTallApi } from '../platform/contract';
import { App } from './App';
import { HostProvider } from './host-context';
import { initI18n } from './i18n';
import './styles.css';

/**
 * Starts the UI against whichever host provides the contract (Electron preload or web host), on
 * the host's clock: the same one its state is computed with (tests move the web host's).
 */
export async function mountApp(api: StandTallApi, container: HTMLElement, now: () => number = Date.now): Promise<void> {
  const [info, settings, state, notices] = await Promise.all([
    api.getHostInfo(),
    api.getSettings(),
    api.getState(),
    api.getNotices(),
  ]);
  await initI18n(settings.general.language);
  createRoot(container).render(
    <StrictMode>
      <HostProvider initial={{ api, info, settings, state, notices }} now={now}>
        <App />
      </HostProvider>
    </StrictMode>,
  );
}
