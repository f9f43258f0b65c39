import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A friendly, one-line failure of the local stack (printed without a stack trace). */
export class LocalStackError extends Error {
  override name = 'LocalStackError';
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new LocalStackError(`Port ${port} (${what}) is already in use: stop what uses it or choose another port (see README).`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export interface Child {
  process: ChildProcess;
  stop(): Promise<void>;
  /** Rejects when the process exits before stop() was called. */
  exited: Promise<never>;
  output(): string;
}

/** Starts a server process directly (no npx / sh -c, so that stopping it really stops it). */
export function startChild(name: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; missingHint?: string } = {}): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let stopping = false;
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(new LocalStackError(error.code === 'ENOENT' ? (options.missingHint ?? `${command} not found`) : `${name}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      if (!stopping) reject(new LocalStackError(`${name} exited early (code ${code ?? signal}): ${lastLine(output)}`));
    });
  });
  exited.catch(() => undefined);
  return {
    process: child,
    exited,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).slice(-3).join(' | ') || '(no output)';
}

/** Polls until `probe` succeeds, the child dies, or time runs out. */
export async function waitUntilReady(child: Child, probe: () => Promise<unknown>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const attempt = probe().then(
      () => true,
      () => false,
    );
    if (await Promise.race([attempt, child.exited])) return;
    if (Date.now() > deadline) throw new LocalStackError(`${what} did not become ready in ${timeoutMs / 1000}s: ${child.output().slice(-300)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
