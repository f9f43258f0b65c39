import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const AdjustMemberPointsMutation = graphql(`
  mutation AdjustMemberPoints($input: AdjustMemberPointsInput!) {
    adjustMemberPoints(input: $input) {
      id
      kind
      points
      reason
    }
  }
`);

interface Props {
  open: boolean;
  member: { id: string; name: string };
  year: number;
  onClose: () => void;
}

/** 加减分 (the secretariat): points added, or deducted with a negative number, always with a reason (a ledger line). */
export function AdjustDialog({ open, member, year, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ points?: number | null; reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, adjust] = useMutation(AdjustMemberPointsMutation);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  async function submit(values: { points?: number | null; reason?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const input = { memberId: member.id, year, points: values.points!, reason: values.reason?.trim() ?? '' };
    const result = await adjust({ input }, { additionalTypenames: ['PointsEntry', 'MemberPoints'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('memberPoints.adjusted', { name: member.name, points: input.points }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('memberPoints.adjustTitle', { name: member.name, year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('memberPoints.adjustHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form form={form} name="adjustPoints" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item
          name="points"
          label={t('memberPoints.adjustPoints')}
          rules={[
            { required: true, message: t('memberPoints.adjustPointsRequired') },
            { validator: async (_, value?: number | null) => { if (value === 0) throw new Error(t('memberPoints.adjustNotZero')); } },
          ]}
        >
          <InputNumber min={-1000} max={1000} step={1} precision={1} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('memberPoints.reason')} rules={[{ required: true, whitespace: true, message: t('memberPoints.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
