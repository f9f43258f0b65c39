import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';

/**
 * The record an edit form was filled from, and 重新加载 after a CONFLICT. `base` is the first record the
 * query answered (or `initialBase`, a restored draft's): its version goes with the save. `reload` asks the
 * query again; only a newer answer than the one on screen refills the form and becomes the base (then
 * `onReloaded` runs, e.g. to drop the conflict message).
 */
export function useEditedRecord<R, V>(options: {
  /** The query's current answer and the record in it. */
  data: unknown;
  record: R | null | undefined;
  form: FormInstance<V>;
  toValues: (record: R) => V;
  /** Runs the query again, from the network. */
  refetch: () => void;
  initialBase?: R | null;
  onReloaded?: () => void;
}) {
  const { data, record, form, toValues, refetch, onReloaded } = options;
  const [base, setBase] = useState<R | null>(options.initialBase ?? null);
  /** Set by reload: the answer that was on screen then, so the form refills only from a newer one. */
  const [reloadFrom, setReloadFrom] = useState<unknown>(null);
  const reloading = reloadFrom !== null;

  useEffect(() => {
    if (!record) return;
    if (base === null) {
      setBase(record); // the form mounts with these as its initial values
    } else if (reloading && data !== reloadFrom) {
      setBase(record);
      form.resetFields();
      form.setFieldsValue(toValues(record) as never);
      setReloadFrom(null);
      onReloaded?.();
    }
    // toValues and onReloaded are plain functions of the page: a new identity each render changes nothing.
  }, [data, record, base, reloading, reloadFrom, form]);

  const reload = () => {
    setReloadFrom(data);
    refetch();
  };
  return { base, reload, reloading };
}
