import { redact } from './redact';

export interface LoggedError {
  name: string;
  message: string;
  stack?: string;
}

/**
 * An unexpected error as it may be logged: its name, message and stack with tokens and long numbers cut
 * out (an SDK or parser message can quote what it was given). Never the error object itself: Powertools
 * would serialize its message, stack and cause as they are.
 */
export function describeError(error: unknown): LoggedError {
  if (error instanceof Error) {
    return { name: error.name, message: redact(error.message, 500), ...(error.stack ? { stack: redact(error.stack, 4_000) } : {}) };
  }
  return { name: 'NonError', message: redact(String(error), 500) };
}
