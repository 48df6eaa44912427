import type { Config } from 'jest';

// Shared libraries resolve to their TypeScript source in tests (no build needed for unit tests).
const moduleNameMapper = {
  '^@portal/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
};

const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/apps/api/tsconfig.json', diagnostics: false }],
};

const base = { rootDir: __dirname, testEnvironment: 'node', transform, moduleNameMapper, setupFiles: ['reflect-metadata'] };

const config: Config = {
  // Integration tests share one database; run files one after another.
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30_000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,packages}/*/src/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$', '/node_modules/'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/*/src/**/*.int.test.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
  ],
};

export default config;
