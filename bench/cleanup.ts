/**
 * What to stop if the bench is interrupted (Ctrl-C, SIGTERM): the servers a group started. Each group
 * registers its own stop while it runs; a normal end unregisters it and stops in its `finally`. The
 * signal handlers are there only while something is registered, so a process that runs the bench among
 * other work (the smoke test's Vitest worker) keeps its default signal handling otherwise.
 */
const pending = new Set<() => Promise<void>>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function stopOnInterrupt(stop: () => Promise<void>): () => void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  pending.add(stop);
  return () => {
    if (pending.delete(stop) && pending.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
  };
}

function onSignal(signal: NodeJS.Signals) {
  for (const s of SIGNALS) process.off(s, onSignal);
  process.stderr.write(`\nbench: ${signal}, stopping what was started…\n`);
  const timer = setTimeout(() => process.exit(130), 10_000);
  void Promise.allSettled([...pending].map((stop) => stop())).then(() => {
    clearTimeout(timer);
    process.exit(130);
  });
}
