import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { FileUploadField } from '../../../components/FileUploadField';
import { useT } from '../../../i18n';

/** Files one save may add (the API keeps at most MAX_MINUTES_FILES on an item). */
const MAX_NEW_FILES = 10;

/** The form value: upload ids, null while a row has no finished upload. */
export type UploadIds = (string | null)[] | undefined;
export const finishedUploads = (ids: UploadIds): string[] => (ids ?? []).filter((id): id is string => Boolean(id));

/**
 * `fileUploadIds` of the minutes form: one FileUploadField per file (createUploadUrl → PUT → upload id), as the
 * ledger attaches files. `onBusyChange` counts uploads under way so the form holds 保存 until they finish.
 */
export function MinutesFileList({ onBusyChange }: { onBusyChange: (busy: boolean) => void }) {
  const t = useT();
  return (
    <Form.List name="fileUploadIds">
      {(items, { add, remove }) => (
        <>
          {items.map((item, index) => (
            <Flex key={item.key} gap={8} align="start">
              <Form.Item name={item.name} label={t('minutes.newFile', { order: index + 1 })} style={{ flex: 1 }}>
                <FileUploadField onBusyChange={onBusyChange} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('minutes.removeFile', { order: index + 1 })}
                title={t('minutes.removeFile', { order: index + 1 })}
                onClick={() => remove(item.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          {items.length < MAX_NEW_FILES && (
            <Form.Item>
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(null)}>
                {t('minutes.addFile')}
              </Button>
            </Form.Item>
          )}
        </>
      )}
    </Form.List>
  );
}
