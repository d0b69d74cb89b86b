/** Builds (optionally) and serves the web host for scripts (bench, eval), on 127.0.0.1:4173 when it is free. */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const WEB_HOST_PORT = 4173;

export function buildWebHost() {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('web host build failed');
}

/** The page a server at `origin` gives: null when nothing answers there. */
async function pageAt(origin) {
  try {
    const response = await fetch(origin);
    return response.ok ? await response.text() : `HTTP ${response.status}`;
  } catch {
    return null;
  }
}

/** The built web host's page, as this checkout's preview serves it. */
function builtPage() {
  try {
    return readFileSync(resolve(root, 'out/web/index.html'), 'utf8');
  } catch {
    throw new Error('the web host is not built (npm run build:web, or run without --no-build)');
  }
}

/** A port nothing listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * Serves this checkout's built web host and resolves with its origin once it answers; `stop()`
 * ends it. A preview already serving this very build on the usual port (`usualPort`) (the end-to-end tests'
 * own, when a test runs a script) is used as it is; anything else there (another project's
 * preview, another checkout's build) is left alone and a preview starts on a free port, so a
 * script never measures someone else's page.
 */
export async function startWebHost(usualPort = WEB_HOST_PORT) {
  const ours = builtPage();
  const usual = `http://127.0.0.1:${usualPort}`;
  const there = await pageAt(usual);
  if (there === ours) return { origin: usual, stop: () => {} };
  const port = there === null ? usualPort : await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; ; i++) {
    if ((await pageAt(origin)) === ours) return { origin, stop };
    if (i > 150) {
      stop();
      throw new Error(`web host preview did not start on ${origin}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
