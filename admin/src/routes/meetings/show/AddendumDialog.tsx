import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';

const AddMinutesAddendumMutation = graphql(`
  mutation AddMinutesAddendum($input: AddMinutesAddendumInput!) {
    addMinutesAddendum(input: $input) {
      ...MinutesFields
    }
  }
`);

interface Props {
  meetingId: string;
  /** The item the addendum joins; null: closed. */
  item: { id: string; title: string } | null;
  onClose: () => void;
}

/** 补充说明: a correction of locked minutes, a new linked entry (the approved text itself never changes). */
export function AddendumDialog({ meetingId, item, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, addAddendum] = useMutation(AddMinutesAddendumMutation);

  async function submit(values: { text?: string }) {
    if (!item) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await addAddendum({ input: { meetingId, agendaItemId: item.id, text: values.text?.trim() ?? '' } }, REFRESH_MEETING);
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('minutes.addendumAdded'));
    onClose();
  }

  return (
    <Modal
      open={item !== null}
      title={t('minutes.addendumTitle', { title: item?.title ?? '' })}
      okText={t('minutes.addAddendum')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('minutes.addendumHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form form={form} name="minutesAddendum" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} preserve={false}>
        <Form.Item name="text" label={t('minutes.addendumText')} rules={[{ required: true, whitespace: true, message: t('minutes.addendumRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
