#!/usr/bin/env node
/**
 * Renders every PNG icon from vector sources with headless Chromium, so icons stay crisp and
 * come from one design: tray icons per status (shape, not colour alone) for light and dark panels
 * and macOS template images, at 1x and 2x, plus the app icon at every installer size.
 * Usage: node scripts/make-icons.mjs   (needs /usr/bin/chromium; the PNGs are committed)
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'resources/icons');

// A seated figure: head + torso; the posture statuses bend it, the others add a badge shape.
const figure = (c) => `
  <circle cx="8" cy="4" r="2.4" fill="${c}"/>
  <path d="M8 7.2 L8 12.2" stroke="${c}" stroke-width="2.2" stroke-linecap="round"/>
  <path d="M4.6 9 L8 7.8 L11.4 9" stroke="${c}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`;
const bent = (c, lean) => `
  <circle cx="${8 + lean}" cy="${4 + lean * 0.8}" r="2.4" fill="${c}"/>
  <path d="M6.5 13 Q6 9.5 ${7.6 + lean * 0.7} ${7.6 + lean * 0.5}" stroke="${c}" stroke-width="2.2" stroke-linecap="round" fill="none"/>`;
const emptySeat = (c) => `
  <circle cx="8" cy="4" r="2.1" fill="none" stroke="${c}" stroke-width="1" stroke-dasharray="1.4 1.1"/>
  <path d="M8 7.4 L8 12.2" stroke="${c}" stroke-width="1" stroke-dasharray="1.4 1.1"/>`;
/** Statuses drawn with their own figure instead of the upright one. */
const figures = {
  slouching: (c) => bent(c, 3.2),
  slipping: (c) => bent(c, 1.6),
  away: emptySeat,
};
const badges = {
  watching: (c) => `<circle cx="13" cy="13" r="2.6" fill="${c}"/>`,
  good: (c) =>
    `<path d="M10.2 12.8 L12.3 14.9 L15.6 10.8" stroke="${c}" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
  slouching: (c) =>
    `<path d="M13.5 9.6 L13.5 13" stroke="${c}" stroke-width="1.6" stroke-linecap="round"/><circle cx="13.5" cy="15" r="0.9" fill="${c}"/>`,
  slipping: () => '',
  away: () => '',
  calibrating: (c) =>
    `<circle cx="13" cy="13" r="2.2" fill="none" stroke="${c}" stroke-width="1.1"/><path d="M13 9.8 V16.2 M9.8 13 H16.2" stroke="${c}" stroke-width="1"/>`,
  'too-dark': (c) => `<path d="M14.8 10.2 A3 3 0 1 0 15.6 14.6 A2.4 2.4 0 1 1 14.8 10.2 Z" fill="${c}"/>`,
  paused: (c) =>
    `<rect x="10.6" y="10.4" width="1.8" height="5" fill="${c}"/><rect x="13.6" y="10.4" width="1.8" height="5" fill="${c}"/>`,
  // An empty target: nothing to aim at until calibrated.
  uncalibrated: (c) =>
    `<circle cx="13" cy="13" r="2.4" fill="none" stroke="${c}" stroke-width="1.1" stroke-dasharray="1.3 1"/>`,
  'camera-off': (c) =>
    `<circle cx="13" cy="13" r="2.3" fill="none" stroke="${c}" stroke-width="1.2"/><path d="M10.6 15.4 L15.4 10.6" stroke="${c}" stroke-width="1.2"/>`,
  error: (c) => `<path d="M13 9.8 L16 15.6 L10 15.6 Z" fill="${c}"/>`,
};
const svg = (body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16">${body}</svg>`;

const variants = { light: '#1f2933', dark: '#f5f7fa', Template: '#000000' };
const jobs = [];
for (const [status, badge] of Object.entries(badges)) {
  for (const [variant, colour] of Object.entries(variants)) {
    const source = svg((figures[status] ?? figure)(colour) + badge(colour));
    const name = `tray-${status}-${variant}`;
    writeFileSync(join(iconsDir, 'src', `${name}.svg`), source);
    jobs.push({ source, file: `${name}.png`, size: 16 }, { source, file: `${name}@2x.png`, size: 32 });
  }
}
const appSvg = readFileSync(join(iconsDir, 'app-icon.svg'), 'utf8');
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  jobs.push({ source: appSvg, file: `app/${size}x${size}.png`, size });
}
jobs.push({ source: appSvg, file: 'app-icon.png', size: 512 });

mkdirSync(join(iconsDir, 'app'), { recursive: true });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'icons-')), {
  executablePath: chromiumPath(),
  args: chromiumArgs(),
  headless: true,
});
const page = await context.newPage();
for (const job of jobs) {
  await page.setViewportSize({ width: job.size, height: job.size });
  const inner = job.source.replace('<svg ', `<svg style="width:${job.size}px;height:${job.size}px;display:block" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${inner}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } });
  writeFileSync(join(iconsDir, job.file), png);
}
await context.close();
console.log(`wrote ${jobs.length} icons to ${iconsDir}`);
