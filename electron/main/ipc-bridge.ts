import { invokeMethodByChannel, type InvokeMethod } from '../../src/platform/contract';

/** The slice of ipcMain the bridge needs (faked in unit tests). */
export interface IpcMainAdapter {
  handle(channel: string, handler: (senderUrl: string, args: unknown[]) => Promise<unknown>): void;
}

export type RawHandlers = { [M in InvokeMethod]: (raw: unknown[]) => Promise<unknown> };

export interface IpcLogger {
  warn(message: string): void;
}

/**
 * Registers one handler per contract channel. Each call is checked twice before it reaches a
 * service: the sender must be one of the app's own pages, and the arguments must match the
 * contract (the handlers validate). Anything else is rejected with a specific error.
 */
export function registerIpcHandlers(
  ipc: IpcMainAdapter,
  handlers: RawHandlers,
  isTrustedSender: (url: string) => boolean,
  logger: IpcLogger,
): void {
  for (const [channel, method] of invokeMethodByChannel) {
    ipc.handle(channel, async (senderUrl, args) => {
      if (!isTrustedSender(senderUrl)) {
        logger.warn(`IPC ${channel} refused: untrusted sender ${senderUrl}`);
        throw new Error(`Refused ${channel}: sender is not a Stand Tall page`);
      }
      if (!Array.isArray(args)) throw new Error(`Refused ${channel}: arguments must be a list`);
      try {
        return await handlers[method](args);
      } catch (error) {
        logger.warn(`IPC ${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
}
