/** One place for how tests, benchmarks and scripts start Debian's Chromium on these machines. */
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}); install it with: apt-get install -y chromium`,
    );
  return found;
}

/** Flags that keep Chromium from reaching out to the (closed) network. */
export function chromiumArgs(extra = []) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--metrics-recording-only',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
    ...extra,
  ];
}
