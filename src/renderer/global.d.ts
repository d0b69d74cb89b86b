import type { StandTallApi } from '../platform/contract';

declare global {
  interface Window {
    /** The platform contract, exposed by the Electron preload or installed by the web host. */
    readonly standTall?: StandTallApi;
  }
}
