/**
 * One error type for the whole domain, told apart by code. graphql/errors.ts maps each code once to
 * `extensions.code`. Messages are Chinese and meant for the user; `cause` stays in the logs.
 */
export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the input field at fault, a dot path (`leader.phone`). */
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, field);

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${what}不存在: ${id}`);

export const conflict = (message = '记录已被他人修改，请刷新后重试'): DomainError =>
  new DomainError('CONFLICT', message);

export const forbidden = (message = '无权执行此操作'): DomainError => new DomainError('FORBIDDEN', message);

export const unauthenticated = (message = '请先登录'): DomainError => new DomainError('UNAUTHENTICATED', message);
