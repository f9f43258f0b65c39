import { describe, expect, it, vi } from 'vitest';
import { RetryableWriteError, retryOnCounterRace } from './retry';

describe('Method: retryOnCounterRace', () => {
  it('successful: runs again after a counter race, until it succeeds', async () => {
    // Prepare
    const run = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new RetryableWriteError()).mockResolvedValueOnce('done');
    // Act & Assess
    await expect(retryOnCounterRace(run)).resolves.toBe('done');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('failing: stops after the last attempt with CONFLICT (or what `exhausted` says)', async () => {
    // Prepare
    const run = vi.fn<() => Promise<string>>().mockRejectedValue(new RetryableWriteError());
    // Act & Assess
    await expect(retryOnCounterRace(run, 3)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(run).toHaveBeenCalledTimes(3);
    await expect(retryOnCounterRace(run, 2, (tries) => new Error(`gave up after ${tries}`))).rejects.toThrow('gave up after 2');
  });

  it('failing: does not retry any other error', async () => {
    // Prepare
    const refusal = new Error('stale');
    const run = vi.fn<() => Promise<string>>().mockRejectedValue(refusal);
    // Act & Assess
    await expect(retryOnCounterRace(run)).rejects.toBe(refusal);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
