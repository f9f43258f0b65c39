import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrls: string[];
  }
}

/**
 * One local stack per browser worker (see stackUrl in browser.ts): in memory, seeded (with the demo accounts: admin, liaison,
 * member, platform, newadmin), serving the built admin (admin/dist). Pages sign in through the login page
 * (`signIn` in browser.ts); data set-up through the API signs in through the issuer's Cognito API (api.ts).
 * The issuer counts failed sign-ins for the whole run (5 lock an account for 15 minutes), so only
 * auth.test.ts tries a wrong password, and only on `member`.
 */
export default async function setup(project: TestProject) {
  const workers = Number(project.config.maxWorkers) || 1;
  const stacks: Awaited<ReturnType<typeof startLocalStack>>[] = [];
  // One after the other: seeding is CPU-bound here, two at once finish no sooner.
  for (let n = 0; n < workers; n++) stacks.push(await startLocalStack({ port: 0, inMemory: true, seed: true, quiet: true }));
  project.provide('baseUrls', stacks.map((stack) => stack.url));
  return async () => {
    await Promise.all(stacks.map((stack) => stack.stop()));
  };
}
