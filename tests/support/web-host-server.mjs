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

async function answers() {
  try {
    return (await fetch(WEB_HOST_ORIGIN)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts `vite preview` and resolves once it answers; `stop()` ends it. A preview already serving
 * the build (the end-to-end tests' own, when a test runs a script) is used as it is.
 */
export async function startWebHost() {
  if (await answers()) return { stop: () => {} };
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
    if (await answers()) return { stop };
    if (i > 150) {
      stop();
      throw new Error('web host preview did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
