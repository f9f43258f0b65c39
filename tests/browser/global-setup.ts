import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One local stack for the browser suite: in memory, seeded, serving the built admin (admin/dist). */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({ port: 0, inMemory: true, seed: true, quiet: true });
  project.provide('baseUrl', stack.url);
  return async () => {
    await stack.stop();
  };
}
