import { HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { MinutesFieldsFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';
import { FileList, uploadedIds, type FileUploadIds } from '../../../components/FileList';

const SaveMinutesMutation = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      ...MinutesFields
    }
  }
`);

/** Field names are SaveMinutesInput's, so the server's `extensions.field` finds them. */
interface Values {
  text?: string;
  decision?: string;
  keepFileNames?: string[];
  fileUploadIds?: FileUploadIds;
}

interface Props {
  meetingId: string;
  agendaItemId: string;
  /** The item's minutes as read; null before the first save (version 0). */
  minutes: MinutesFieldsFragment | null;
  onHistory: () => void;
  onReload: () => void;
}

/**
 * One agenda item's minutes while they may be written: 讨论情况, 拟形成的决议, the files kept and new ones; each 保存
 * is a new version (shown), and a stale version says so and offers to reload.
 */
export function MinutesEditor({ meetingId, agendaItemId, minutes, onHistory, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(0);
  const [{ fetching }, save] = useMutation(SaveMinutesMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await save(
      {
        input: {
          meetingId,
          agendaItemId,
          version: minutes?.version ?? 0,
          text: values.text?.trim() ?? '',
          decision: values.decision?.trim() || null,
          keepFileNames: values.keepFileNames ?? [],
          fileUploadIds: uploadedIds(values.fileUploadIds),
        },
      },
      REFRESH_MEETING,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const saved = result.data?.saveMinutes;
    void message.success(t('minutes.saved', { version: saved?.version ?? '' }));
  }

  return (
    <Form<Values>
      form={form}
      name={`minutes-${agendaItemId}`}
      layout="vertical"
      initialValues={{
        text: minutes?.text ?? '',
        decision: minutes?.decision ?? '',
        keepFileNames: minutes?.files.map((f) => f.name) ?? [],
        fileUploadIds: [],
      }}
      onFinish={submit}
      onValuesChange={serverErrors.onValuesChange}
    >
      <ProblemAlert problem={leftToShow(problem)} onReload={onReload} />
      <Form.Item name="text" label={t('minutes.text')} rules={[{ required: true, whitespace: true, message: t('minutes.textRequired') }]}>
        <Input.TextArea rows={5} maxLength={10000} />
      </Form.Item>
      <Form.Item name="decision" label={t('minutes.decision')} extra={t('minutes.decisionHint')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {minutes && minutes.files.length > 0 && (
        <Form.Item name="keepFileNames" label={t('minutes.keepFiles')}>
          <Checkbox.Group options={minutes.files.map((f) => ({ value: f.name, label: f.name }))} />
        </Form.Item>
      )}
      <FileList onBusyChange={(b) => setBusy((n) => n + (b ? 1 : -1))} labels={{ file: (order) => t('minutes.newFile', { order }), remove: (order) => t('minutes.removeFile', { order }), add: t('minutes.addFile') }} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" data-testid="minutes-version">
          {minutes
            ? t('minutes.versionLine', { version: minutes.version, by: minutes.savedBy, at: formatDateTime(minutes.savedAt) })
            : t('minutes.notSaved')}
        </Typography.Text>
        <Flex gap={8}>
          {minutes && (
            <Button icon={<HistoryOutlined />} onClick={onHistory}>
              {t('minutes.history')}
            </Button>
          )}
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={fetching} disabled={busy > 0}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
