import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { FileUploadField } from '../../components/FileUploadField';
import { useT } from '../../i18n';

/** Files an item or a step may carry (the API's limit: rules.ts fileUploadIds). */
const MAX_FILES = 10;

/** The form value of a file list: upload ids, null while a row has no finished upload. */
export type FileUploadIds = (string | null)[] | undefined;

/** The uploads that finished, for the mutation's `fileUploadIds`. */
export const uploadedIds = (ids: FileUploadIds): string[] => (ids ?? []).filter((id): id is string => Boolean(id));

/**
 * `fileUploadIds` of a form: one FileUploadField per file (createUploadUrl → PUT → upload id), added and removed
 * row by row. `onBusyChange` counts uploads under way so the form can hold its submit.
 */
export function FileList({ onBusyChange }: { onBusyChange: (busy: boolean) => void }) {
  const t = useT();
  return (
    <Form.List name="fileUploadIds">
      {(items, { add, remove }) => (
        <>
          {items.map((item, index) => (
            <Flex key={item.key} gap={8} align="start">
              <Form.Item name={item.name} label={t('ledgerForm.file', { order: index + 1 })} style={{ flex: 1 }}>
                <FileUploadField onBusyChange={onBusyChange} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('ledgerForm.removeFile', { order: index + 1 })}
                title={t('ledgerForm.removeFile', { order: index + 1 })}
                onClick={() => remove(item.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          {items.length < MAX_FILES && (
            <Form.Item>
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(null)}>
                {t('ledgerForm.addFile')}
              </Button>
            </Form.Item>
          )}
        </>
      )}
    </Form.List>
  );
}
