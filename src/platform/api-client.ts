import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';
import type { StandTallApi, Unsubscribe } from './contract';

/** The few things a client needs from a message channel (ipcRenderer in the preload). */
export interface ClientTransport {
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): Unsubscribe;
}

/** Builds the whole API from the contract's channel tables, so no channel name is repeated by hand. */
export function createApiClient(transport: ClientTransport): StandTallApi {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
    api[method] = (...args: unknown[]) => transport.invoke(channel, args);
  }
  for (const [method, channel] of Object.entries(EVENT_CHANNELS)) {
    api[method] = (listener: (payload: unknown) => void) => transport.on(channel, listener);
  }
  return Object.freeze(api) as unknown as StandTallApi;
}
