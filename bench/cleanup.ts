/**
 * What to stop if the bench is interrupted (Ctrl-C, SIGTERM): the servers a group started. Each group
 * registers its own stop while it runs; a normal end unregisters it and stops in its `finally`.
 */
const pending = new Set<() => Promise<void>>();
let installed = false;

export function stopOnInterrupt(stop: () => Promise<void>): () => void {
  install();
  pending.add(stop);
  return () => pending.delete(stop);
}

function install() {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping what was started…\n`);
      const timer = setTimeout(() => process.exit(130), 10_000);
      void Promise.allSettled([...pending].map((stop) => stop())).then(() => {
        clearTimeout(timer);
        process.exit(130);
      });
    });
  }
}
