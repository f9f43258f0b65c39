import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One local stack for the browser suite: in memory, seeded (with the demo accounts: admin, liaison,
 * member, platform, newadmin), serving the built admin (admin/dist). Pages sign in through the login page
 * (`signIn` in browser.ts); data set-up through the API signs in through the issuer's Cognito API (api.ts).
 * The issuer counts failed sign-ins for the whole run (5 lock an account for 15 minutes), so only
 * auth.test.ts tries a wrong password, and only on `member`.
 */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({ port: 0, inMemory: true, seed: true, quiet: true });
  project.provide('baseUrl', stack.url);
  return async () => {
    await stack.stop();
  };
}
