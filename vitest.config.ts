import { defineConfig } from 'vitest/config';

// A fixed zone with daylight saving makes "until tomorrow" and day rollovers testable. Set here,
// in the main process, because the time zone is process-wide and worker threads share it.
process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
