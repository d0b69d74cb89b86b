import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWebHost } from '../support/web-host-server.mjs';

/**
 * The tools (eval:posture, check:camera, bench:pose) serve the built web host on the usual port;
 * another project's preview already listening there must not be measured in its place.
 */
test('a tool never measures another server’s page on the usual port: it serves this build elsewhere', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const foreign: Server = createServer((_, response) => response.end('<!doctype html><title>Another app</title>'));
  await new Promise<void>((done) => foreign.listen(0, '127.0.0.1', done));
  const taken = (foreign.address() as AddressInfo).port;
  const host = await startWebHost(taken);
  try {
    expect(host.origin).not.toBe(`http://127.0.0.1:${taken}`);
    const served = await (await fetch(host.origin)).text();
    expect(served).toBe(readFileSync('out/web/index.html', 'utf8'));
    const page = await browser.newPage();
    await page.goto(`${host.origin}/?eval`);
    await expect(page).toHaveTitle(/Stand Tall/);
    await page.close();
  } finally {
    host.stop();
    foreign.close();
  }
  // Its own preview is gone once stopped.
  await expect
    .poll(async () =>
      fetch(host.origin).then(
        () => 'answers',
        () => 'gone',
      ),
    )
    .toBe('gone');
});
