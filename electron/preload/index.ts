/**
 * Exposes exactly the platform contract to the page, and nothing else: no ipcRenderer, no
 * channel names, no Node. Every method is generated from the contract table.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApiClient } from '../../src/platform/api-client';

const api = createApiClient({
  invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
  on: (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('standTall', api);
