/** Unit tests sit next to the rules in src/; HTTP integration tests in test/ run against real PostgreSQL. */
// Tests are transpiled only (fast); `npm run typecheck` type-checks them.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json' }];

module.exports = {
  testTimeout: 30000,
  // Each test file loads the whole service again and a worker never gives all of it back; on CI's one
  // worker 171 files grew the heap past 3.5 GB and V8 aborted. A worker above this after a file is
  // replaced by a fresh one (and tests always run in workers, even with a single one).
  workerIdleMemoryLimit: '1500MB',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
