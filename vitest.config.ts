import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// One copy of graphql, or type-graphql and Apollo disagree ("another module or realm").
const shared = {
  oxc: { decorator: { legacy: true } },
  resolve: { alias: { graphql: require.resolve('graphql') } },
};

// Database tests run once on embedded PGlite and, when DATABASE_URL is set, once more on that server.
const dbTargets = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['api/src/**/*.test.ts', 'schema/**/*.test.ts', 'console/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      ...dbTargets.map((target) => ({
        ...shared,
        test: {
          name: `db:${target}`,
          include: ['api/src/**/*.db.test.ts'],
          env: { HUIMIN_TEST_DB: target },
          globalSetup: ['api/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      {
        ...shared,
        test: {
          name: 'browser',
          // The console in Chromium, and `npm start` as a real process.
          include: ['console/e2e/**/*.e2e.test.ts', 'api/src/**/*.e2e.test.ts'],
          env: { HUIMIN_TEST_DB: 'pglite' },
          globalSetup: ['api/src/testing/global-setup.ts', 'console/e2e/build-console.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
