import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const SubmitOpinionMutation = graphql(`
  mutation SubmitOpinion($input: SubmitOpinionInput!) {
    submitOpinion(input: $input) {
      agendaItemId
      unitId
      text
      submittedBy
      submittedAt
    }
  }
`);

interface Values {
  text?: string;
}

interface Props {
  meetingId: string;
  unitId: string;
  /** The agenda item the opinion is on; null while closed. */
  item: { id: string; order: number; title: string } | null;
  /** The unit's earlier opinion on it (a new one replaces it). */
  current: string | null;
  onClose: () => void;
}

/** 书面意见 (003 doc 3 §5): the unit's written opinion on one 议题, before the meeting; sending again replaces it. */
export function OpinionDialog({ meetingId, unitId, item, current, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, submitOpinion] = useMutation(SubmitOpinionMutation);

  async function submit(values: Values) {
    if (!item) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await submitOpinion(
      { input: { meetingId, agendaItemId: item.id, unitId, text: values.text?.trim() ?? '' } },
      { additionalTypenames: ['MeetingOpinion', 'Meeting'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('myNotices.opinionDone'));
    onClose();
  }

  return (
    <Modal
      open={item !== null}
      title={item ? t('myNotices.opinionTitle', { order: item.order, title: item.title }) : ''}
      okText={t('myNotices.opinionSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph>{t(current ? 'myNotices.opinionReplaceHint' : 'myNotices.opinionHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values>
        form={form}
        name="submitOpinion"
        layout="vertical"
        initialValues={{ text: current ?? '' }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        preserve={false}
      >
        <Form.Item name="text" label={t('myNotices.opinionText')} rules={[{ required: true, whitespace: true, message: t('myNotices.opinionRequired') }]}>
          <Input.TextArea rows={6} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
