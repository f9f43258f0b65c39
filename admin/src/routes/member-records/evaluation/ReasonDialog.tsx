import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { EvaluationGradeFieldsFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { SetEvaluationGradeMutation } from './fragments';

export interface ReasonRequest {
  member: { id: string; name: string };
  year: number;
  comment: string | null;
  /** The grade's version read (0: not graded yet). */
  version: number;
  reason: string | null;
}

interface Props {
  request: ReasonRequest | null;
  onSaved: (grade: EvaluationGradeFieldsFragment) => void;
  onCancel: () => void;
}

/** 不合格 needs its reason (004 art.15): asked here, then the grade is saved with it. */
export function ReasonDialog({ request, onSaved, onCancel }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, setGrade] = useMutation(SetEvaluationGradeMutation);

  useEffect(() => {
    if (!request) return;
    form.resetFields();
    form.setFieldsValue({ reason: request.reason ?? '' });
  }, [request, form]);

  async function submit(values: { reason?: string }) {
    if (!request) return;
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      memberId: request.member.id,
      year: request.year,
      grade: 'UNQUALIFIED' as const,
      comment: request.comment,
      reason: values.reason?.trim() || null,
      version: request.version,
    };
    const result = await setGrade({ input }, { additionalTypenames: ['EvaluationGrade'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    onSaved(result.data!.setEvaluationGrade);
  }

  return (
    <Modal
      open={request !== null}
      title={request ? t('grading.reasonTitle', { name: request.member.name }) : ''}
      okText={t('grading.reasonSave')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('grading.reasonHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form form={form} name="gradeReason" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="reason" label={t('grading.reason')} rules={[{ required: true, whitespace: true, message: t('grading.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
