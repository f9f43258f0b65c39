import { conflict } from './errors';

/**
 * Thrown by a repository when a write's condition failed only because a counter it read changed
 * concurrently (not because the caller's version is stale): the use case can simply run again.
 */
export class RetryableWriteError extends Error {
  constructor() {
    super('concurrent counter change; retry');
    this.name = 'RetryableWriteError';
  }
}

/**
 * Runs a use case again (bounded, with jitter) when its write lost a race on a counter only. After the
 * last attempt it throws `exhausted()` (by default a CONFLICT for the user).
 */
export async function retryOnCounterRace<T>(run: () => Promise<T>, attempts = 6, exhausted: (tries: number) => Error = () => conflict()): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof RetryableWriteError)) throw error;
      if (attempt >= attempts) throw exhausted(attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
