/** One place for how tests, benchmarks and scripts start Chromium (Debian's, on these machines). */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Playwright keeps a browser it installed (never installed here); null when it cannot say. */
function playwrightsOwn() {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The browser to drive: CHROMIUM_PATH if set, else Debian's Chromium, else a Chrome or a
 * Playwright-installed Chromium where another machine has one (the evaluation tools run
 * wherever someone has photos to score). Never downloads one.
 */
export function chromiumPath(env = process.env, exists = existsSync) {
  const candidates = [
    env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    playwrightsOwn(),
  ].filter(Boolean);
  // A CHROMIUM_PATH that is not there is a mistake to report, not to work around.
  if (env.CHROMIUM_PATH && !exists(env.CHROMIUM_PATH))
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH}: no such file`);
  const found = candidates.find((p) => exists(p));
  if (!found)
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}); install it with: apt-get install -y chromium, or set CHROMIUM_PATH`,
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
