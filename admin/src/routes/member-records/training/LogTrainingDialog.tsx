import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { isFuture, toApiDate } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { HOURS, isHalfHour } from '../enums';
import { MemberPicker } from '../MemberPicker';

const LogTrainingMutation = graphql(`
  mutation LogTraining($input: LogTrainingInput!) {
    logTraining(input: $input) {
      id
      memberId
      memberName
      year
      hours
      topic
    }
  }
`);

/** The form's values: names are the input's, so the server's `extensions.field` lands at its field. */
interface Values {
  memberId?: string | null;
  trainedOn?: Dayjs | null;
  hours?: number | null;
  topic?: string;
  provider?: string;
}

interface Props {
  open: boolean;
  /** The unit whose members are offered (a liaison's own; the secretariat's pick, or any). */
  unitId: string | null;
  onClose: () => void;
}

/** 登记培训: a training a member attended (logTraining); it counts at once. */
export function LogTrainingDialog({ open, unitId, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, logTraining] = useMutation(LogTrainingMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ trainedOn: dayjs(), hours: 2 });
  }, [open, form]);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      memberId: values.memberId!,
      trainedOn: toApiDate(values.trainedOn!),
      hours: values.hours!,
      topic: values.topic?.trim() ?? '',
      provider: values.provider?.trim() || null,
    };
    const result = await logTraining({ input }, { additionalTypenames: ['TrainingRecord', 'TrainingStatus'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const record = result.data!.logTraining;
    void message.success(t('trainingLog.done', { name: record.memberName, hours: record.hours }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('trainingLog.title')}
      okText={t('trainingLog.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">{t('trainingLog.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values> form={form} name="logTraining" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} disabled={fetching}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="memberId" label={t('records.member')} rules={[{ required: true, message: t('records.memberRequired') }]}>
              <MemberPicker unitId={unitId} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="trainedOn"
              label={t('training.trainedOn')}
              rules={[
                { required: true, message: t('trainingLog.dateRequired') },
                { validator: async (_, value?: Dayjs | null) => { if (value && isFuture(value)) throw new Error(t('records.notFuture')); } },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFuture} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="hours"
              label={t('training.hours')}
              rules={[
                { required: true, message: t('records.hoursRequired') },
                { validator: async (_, value?: number | null) => { if (value != null && !isHalfHour(value)) throw new Error(t('records.hoursHalf')); } },
              ]}
            >
              <InputNumber min={HOURS.min} max={HOURS.max} step={HOURS.step} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="topic" label={t('training.topic')} rules={[{ required: true, whitespace: true, message: t('trainingLog.topicRequired') }]}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="provider" label={t('training.provider')}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
