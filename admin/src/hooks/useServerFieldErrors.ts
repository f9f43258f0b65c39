import type { FormInstance } from 'antd';
import { useMemo, useRef } from 'react';
import { placeFieldErrors, type ApiProblem, type FormFieldName } from '../api/errors';

/** `changed` (a form's onValuesChange values, nested like the form) holds a value at `path`. */
function touches(changed: unknown, path: readonly (string | number)[]): boolean {
  let node = changed;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * The server's field errors in one form (`leader.phone`: 电话号码格式不正确). antd keeps an error put there by
 * `setFields` until that field is validated again, and a field without rules (a phone, a note) never is: the
 * corrected value kept showing the old complaint, also after a save that no longer made it. Here each
 * server error goes as soon as its field changes, and all of them when the form is sent again (the new
 * answer says what is still wrong).
 */
export function useServerFieldErrors(form: FormInstance) {
  /** Fields holding a server error, by dotted name. */
  const placed = useRef(new Map<string, FormFieldName>());
  return useMemo(() => {
    const clear = (keys: string[]) => {
      if (keys.length === 0) return;
      form.setFields(keys.map((key) => ({ name: placed.current.get(key)!, errors: [] })));
      keys.forEach((key) => placed.current.delete(key));
    };
    return {
      /** Before sending the form again. */
      clearAll: () => clear([...placed.current.keys()]),
      /** Puts the answer's field errors under their fields; returns what is left to show above the form. */
      place: (problem: ApiProblem, rename?: Record<string, string[]>): ApiProblem => {
        const { placed: names, left } = placeFieldErrors(form, problem, rename);
        names.forEach((name) => placed.current.set(name.join('.'), name));
        return left;
      },
      /** The form's `onValuesChange`: a changed field loses its server error. */
      onValuesChange: (changed: object) =>
        clear([...placed.current].filter(([, name]) => touches(changed, name)).map(([key]) => key)),
    };
  }, [form]);
}
