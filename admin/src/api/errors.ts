import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import type { Translate } from '../i18n';

/** `extensions.code` values the API promises (ARCHITECTURE.md, GraphQL API). */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const CODES: readonly string[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED'];

export interface FieldProblem {
  /** The input field as a path: `leader.phone` → ['leader', 'phone']. */
  name: string[];
  message: string;
}

/** What went wrong with one request, split the way the UI shows it. */
export interface ApiProblem {
  /** `network`: the request did not get a GraphQL answer (offline, 5xx, bad gateway …). */
  kind: 'network' | 'graphql';
  /** The first GraphQL error's code, when it has a known one. */
  code: ApiErrorCode | null;
  /** Errors tied to an input field (BAD_USER_INPUT with `extensions.field`). */
  fields: FieldProblem[];
  /** User-facing messages not tied to a field (already Chinese, from the server). */
  messages: string[];
}

export function toProblem(error: CombinedError): ApiProblem {
  if (error.networkError || error.graphQLErrors.length === 0) {
    return { kind: 'network', code: null, fields: [], messages: [] };
  }
  const fields: FieldProblem[] = [];
  const messages: string[] = [];
  let code: ApiErrorCode | null = null;
  for (const e of error.graphQLErrors) {
    const ext = e.extensions ?? {};
    const thisCode = typeof ext.code === 'string' && CODES.includes(ext.code) ? (ext.code as ApiErrorCode) : null;
    code ??= thisCode;
    if (thisCode === 'BAD_USER_INPUT' && typeof ext.field === 'string' && ext.field) {
      fields.push({ name: ext.field.split('.'), message: e.message });
    } else {
      messages.push(e.message);
    }
  }
  return { kind: 'graphql', code, fields, messages };
}

export const isConflict = (problem: ApiProblem | null | undefined): boolean => problem?.code === 'CONFLICT';

/** A form field's name as antd keys it: a list's index is a number (`agenda.0.title` → ['agenda', 0, 'title']). */
export type FormFieldName = (string | number)[];

const formFieldName = (path: readonly string[]): FormFieldName => path.map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts each field error under its antd Form field and says which fields got one, with the problem left to
 * show above the form: the errors that found no field, as messages (so nothing the server said is lost).
 * `rename` maps an input field name to a form field name where they differ.
 */
export function placeFieldErrors(
  form: FormInstance,
  problem: ApiProblem,
  rename: Record<string, string[]> = {},
): { placed: FormFieldName[]; left: ApiProblem } {
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const placed: { name: FormFieldName; errors: string[] }[] = [];
  const unplaced: string[] = [];
  for (const field of problem.fields) {
    const name = formFieldName(rename[field.name.join('.')] ?? field.name);
    if (registered.has(name.join('.'))) placed.push({ name, errors: [field.message] });
    else unplaced.push(field.message);
  }
  if (placed.length > 0) {
    form.setFields(placed);
    form.scrollToField(placed[0]!.name, { block: 'center' });
  }
  return {
    placed: placed.map((p) => p.name),
    left: { ...problem, fields: [], messages: [...unplaced, ...problem.messages] },
  };
}

/** One line for a message box: the server's words when it gave some, else a translated fallback. */
export function problemText(problem: ApiProblem, t: Translate): string {
  if (problem.kind === 'network') return t('error.network');
  if (problem.code === 'CONFLICT') return t('error.conflict');
  const words = [...problem.messages, ...problem.fields.map((f) => f.message)];
  if (words.length > 0) return words.join('；');
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return t('error.unauthenticated');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'NOT_FOUND':
      return t('error.notFound');
    default:
      return t('error.unknown');
  }
}

/** The problem if anything is left to show above the form once field errors are placed; else null. */
export function leftToShow(problem: ApiProblem | null): ApiProblem | null {
  if (!problem) return null;
  const visible = problem.kind === 'network' || problem.code === 'CONFLICT' || problem.messages.length > 0 || problem.fields.length > 0;
  return visible ? problem : null;
}
