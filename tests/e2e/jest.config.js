/**
 * End-to-end tests: the built dist/ (run `npm run build` first; `npm run test:e2e` does) served on
 * 127.0.0.1 and driven in Debian's Chromium (/usr/bin/chromium) by playwright-core. One browser per
 * file, files one after another: the timings they print mean something only on a quiet machine.
 */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }] },
  maxWorkers: 1,
  testTimeout: 180_000,
};
