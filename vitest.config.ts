import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * One graphql-js for every module: Node (and so Apollo, and the Lambda bundle, and tsx) loads the package's CommonJS
 * entry, but Vite would resolve our sources' `import 'graphql'` to its `.mjs` entry — a second copy, whose schema
 * Apollo's copy refuses ("from another module or realm"). Resolve it as Node does.
 */
const sameGraphql = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] };

/**
 * Five test projects, one command (`npm test` runs them after typecheck and the codegen check):
 * - unit: domain rules and request building, no servers;
 * - integration: the GraphQL API against DynamoDB Local and s3rver, started once per run on free ports;
 * - infra: CDK assertions and cdk-nag on the synthesized stack, offline;
 * - browser: the admin SPA in headless Chromium against a full local stack;
 * - bench: the bench's smoke, every figure group once at its smallest (bench/README.md).
 */
export default defineConfig({
  test: {
    // Two files at a time (vitest's default on 2 cores is one): the integration files mostly wait on DynamoDB Local, a
    // process of its own — unit, integration and infra went from 198 s to 150 s.
    maxWorkers: 2,
    projects: [
      {
        resolve: sameGraphql,
        test: {
          name: 'unit',
          include: ['functions/**/*.test.ts', 'local/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Pure tests with fresh ports per test and no module mocks: one shared module graph instead of one per
          // file (about 2 s instead of 9 for the project).
          isolate: false,
        },
      },
      {
        resolve: sameGraphql,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: sameGraphql,
        test: {
          name: 'infra',
          include: ['infra/test/**/*.test.ts'],
          testTimeout: 120_000,
          // Synthesizing a stack in beforeAll takes seconds, more on a busy 2-core machine.
          hookTimeout: 120_000,
        },
      },
      {
        resolve: sameGraphql,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time, each worker on a stack of its own (global-setup.ts), after the parallel projects
          // (group 0) and before the bench.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // A page settles (a dropdown closes, a list refetches) in well under a second on a quiet machine, in seconds
          // on a busy 2-core one: polls wait up to 5 s, and fail with what they last saw.
          expect: { poll: { timeout: 5_000 } },
        },
      },
      {
        resolve: sameGraphql,
        test: {
          name: 'bench',
          include: ['tests/bench/**/*.test.ts'],
          testTimeout: 120_000,
          // It starts local stacks, DynamoDB Local and Chromium of its own and measures CPU: like the browser
          // files, it runs alone, one file at a time after the parallel projects, never beside their Chromium.
          fileParallelism: false,
        },
      },
    ],
  },
});
