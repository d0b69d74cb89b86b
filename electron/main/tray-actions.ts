import type { AppController } from '../../src/core/app/app-controller';
import type { TrayAction } from '../../src/core/app/tray-model';

export interface TrayActionTargets {
  app: Pick<AppController, 'dispatch'>;
  openDashboard: (route?: string) => void;
  quit: () => void;
}

/** What each tray entry does; every entry the tray model can show is handled here. */
export function performTrayAction(action: TrayAction, targets: TrayActionTargets): void {
  if (action.startsWith('routine:')) return targets.openDashboard(`/player/${action.slice('routine:'.length)}`);
  switch (action) {
    case 'open':
      return targets.openDashboard('/');
    case 'calibrate':
      return targets.openDashboard('/calibrate');
    case 'settings':
      return targets.openDashboard('/settings');
    case 'pause-15m':
      targets.app.dispatch({ type: 'pause', duration: '15m' });
      return;
    case 'pause-1h':
      targets.app.dispatch({ type: 'pause', duration: '1h' });
      return;
    case 'pause-tomorrow':
      targets.app.dispatch({ type: 'pause', duration: 'tomorrow' });
      return;
    case 'pause-until-resumed':
      targets.app.dispatch({ type: 'pause', duration: 'until-resumed' });
      return;
    case 'resume':
      targets.app.dispatch({ type: 'resume' });
      return;
    case 'log-water':
      targets.app.dispatch({ type: 'log-water' });
      return;
    case 'quit':
      return targets.quit();
  }
}
