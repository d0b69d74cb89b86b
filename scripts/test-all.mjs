#!/usr/bin/env node
/**
 * `npm test`: every check in one run — type-check, lint, both builds, unit tests (vitest) and
 * end-to-end tests (Playwright in Debian's Chromium, plus the Electron smoke test). Each runner
 * prints its own summary; the last line is the plain total that CI reads:
 *   N passed, N failed, N skipped
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`── ${label}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds}s`);
  return status === 0;
}

/** A step that is one check (type-check, lint, build). */
function check(label, command, args) {
  const ok = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  console.log(`${label}: ${ok ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
}

/** A test runner whose counts come from its JSON report. */
function suite(label, command, args, reportPath, count) {
  rmSync(reportPath, { force: true });
  const ok = run(label, command, args);
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(reportPath)) {
    counts = count(JSON.parse(readFileSync(reportPath, 'utf8')));
    // A runner that crashed after writing a partial report still fails the run.
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  results.push({ label, ...counts });
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

mkdirSync('test-results', { recursive: true });
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('build (electron)', npx, ['electron-vite', 'build']);
check('build (web host)', 'npm', ['run', '--silent', 'build:web']);
suite(
  'unit',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }),
);
suite('security audit', 'node', ['scripts/security-audit.mjs'], 'test-results/security.json', (r) => ({
  passed: r.passed,
  failed: r.failed,
  skipped: 0,
}));
suite('e2e', npx, ['playwright', 'test'], 'test-results/e2e.json', (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
}));

const total = results.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nSummary');
for (const r of results)
  console.log(`  ${r.label.padEnd(18)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
