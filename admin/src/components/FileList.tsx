import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { FileUploadField } from './FileUploadField';

/** Files a form adds at once (the APIs' limit on fileUploadIds: ledger items and steps, minutes, action reports). */
const MAX_FILES = 10;

/** The form value of a file list: upload ids, null while a row has no finished upload. */
export type FileUploadIds = (string | null)[] | undefined;

/** The uploads that finished, for the mutation's `fileUploadIds`. */
export const uploadedIds = (ids: FileUploadIds): string[] => (ids ?? []).filter((id): id is string => Boolean(id));

/** What a file list says, in the caller's area's words. */
export interface FileListLabels {
  /** A row's label (附件 1 …), by its order from 1. */
  file: (order: number) => string;
  remove: (order: number) => string;
  add: string;
}

/**
 * `fileUploadIds` of a form: one FileUploadField per file (createUploadUrl → PUT → upload id), added and removed
 * row by row. `onBusyChange` counts uploads under way so the form can hold its submit.
 */
export function FileList({ onBusyChange, labels }: { onBusyChange: (busy: boolean) => void; labels: FileListLabels }) {
  return (
    <Form.List name="fileUploadIds">
      {(items, { add, remove }) => (
        <>
          {items.map((item, index) => (
            <Flex key={item.key} gap={8} align="start">
              <Form.Item name={item.name} label={labels.file(index + 1)} style={{ flex: 1 }}>
                <FileUploadField onBusyChange={onBusyChange} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={labels.remove(index + 1)}
                title={labels.remove(index + 1)}
                onClick={() => remove(item.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          {items.length < MAX_FILES && (
            <Form.Item>
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(null)}>
                {labels.add}
              </Button>
            </Form.Item>
          )}
        </>
      )}
    </Form.List>
  );
}
