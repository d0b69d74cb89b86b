import { trayModel, type TrayAction, type TrayMenuItem, type TrayModel } from '../../src/core/app/tray-model';
import type { AppState } from '../../src/core/app/app-state';
import { describeDetail } from '../../src/core/app/display-status';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A menu entry already translated, ready for Menu.buildFromTemplate. */
export type RenderedMenuItem =
  | { type: 'normal'; label: string; action: TrayAction }
  | { type: 'submenu'; label: string; submenu: RenderedMenuItem[] }
  | { type: 'separator' };

/** The slice of Electron's Tray the controller drives (faked in unit tests). */
export interface TrayAdapter {
  setImage(iconBaseName: string): void;
  setToolTip(text: string): void;
  setMenu(items: RenderedMenuItem[], onAction: (action: TrayAction) => void): void;
}

export interface TrayControllerDeps {
  adapter: TrayAdapter;
  translate: Translate;
  formatTime: (epochMs: number) => string;
  now: () => number;
  onAction: (action: TrayAction) => void;
}

/** Keeps the tray's icon, tooltip and menu in step with the app state. */
export class TrayController {
  private lastRendered = '';

  constructor(private readonly deps: TrayControllerDeps) {}

  render(state: AppState, settings: { waterGoal: number; showPosture: boolean }): TrayModel {
    const model = trayModel(state, this.deps.now(), settings, this.deps.formatTime);
    // The error's explanation in the UI language, the raw text after it.
    const raw = String(model.tooltipParams.detail ?? '') || null;
    const detail = describeDetail(model.tooltipDetailKey, raw, (key) => this.deps.translate(key));
    const params = { ...model.tooltipParams, detail };
    const tooltip = this.deps.translate(model.tooltipKey, params);
    const menu = model.menu.map((item) => this.renderItem(item));
    // Rebuilding a native menu is not free and flickers on some desktops: skip identical renders.
    const signature = JSON.stringify([model.icon, tooltip, menu]);
    if (signature !== this.lastRendered) {
      this.lastRendered = signature;
      this.deps.adapter.setImage(model.icon);
      this.deps.adapter.setToolTip(tooltip);
      this.deps.adapter.setMenu(menu, this.deps.onAction);
    }
    return model;
  }

  private renderItem(item: TrayMenuItem): RenderedMenuItem {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return {
          type: 'submenu',
          label: this.deps.translate(item.labelKey),
          submenu: item.items.map((i) => this.renderItem(i)),
        };
      case 'action':
        return { type: 'normal', label: this.deps.translate(item.labelKey, item.labelParams), action: item.action };
    }
  }
}
