import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { PICKER_FORMAT, fromApiInstant, toApiInstant } from '../time';

const PostponeMeetingMutation = graphql(`
  mutation PostponeMeeting($input: PostponeMeetingInput!) {
    postponeMeeting(input: $input) {
      ...MeetingPageFields
    }
  }
`);

interface PostponeValues {
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  reason?: string;
}

interface Props {
  meeting: { id: string; title: string; version: number; startsAt: string; endsAt: string };
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** 延期: a new start and end (the end after the start, here as on the server) and the reason; the notice goes again. */
export function PostponeDialog({ meeting, open, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostponeValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, postponeMeeting] = useMutation(PostponeMeetingMutation);
  const picker = <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />;

  async function submit(values: PostponeValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await postponeMeeting({
      input: {
        id: meeting.id,
        version: meeting.version,
        reason: values.reason?.trim() ?? '',
        startsAt: toApiInstant(values.startsAt!),
        endsAt: toApiInstant(values.endsAt!),
      },
    });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('meetingStatus.postponed'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('meetingStatus.postponeTitle', { title: meeting.title })}
      okText={t('meetingStatus.postpone')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('meetingStatus.postponeHint')}</Typography.Paragraph>
      <ProblemAlert
        problem={leftToShow(problem)}
        onReload={() => {
          onClose();
          onReload();
        }}
      />
      <Form<PostponeValues>
        form={form}
        name="postponeMeeting"
        layout="vertical"
        initialValues={{ startsAt: fromApiInstant(meeting.startsAt), endsAt: fromApiInstant(meeting.endsAt) }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="startsAt" label={t('meetingStatus.newStartsAt')} rules={[{ required: true, message: t('meetingForm.startsAtRequired') }]}>
          {picker}
        </Form.Item>
        <Form.Item
          name="endsAt"
          label={t('meetingStatus.newEndsAt')}
          dependencies={['startsAt']}
          rules={[
            { required: true, message: t('meetingForm.endsAtRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, end?: Dayjs | null) => {
                const start = getFieldValue('startsAt') as Dayjs | null | undefined;
                if (start && end && !end.isAfter(start)) throw new Error(t('meetingForm.endAfterStart'));
              },
            }),
          ]}
        >
          {picker}
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('meetingStatus.reason')}
          rules={[{ required: true, whitespace: true, message: t('meetingStatus.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
