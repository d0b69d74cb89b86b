/** Builds (optionally) and serves the web host on 127.0.0.1:4173 for scripts (bench, eval). */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const WEB_HOST_ORIGIN = 'http://127.0.0.1:4173';

export function buildWebHost() {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('web host build failed');
}

/** Starts `vite preview` and resolves once it answers; `stop()` ends it. */
export async function startWebHost() {
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(WEB_HOST_ORIGIN)).ok) return { stop };
    } catch {
      /* not up yet */
    }
    if (i > 150) {
      stop();
      throw new Error('web host preview did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
