import { App, Button, Card, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const MeetingReceiptsQuery = graphql(`
  query MeetingReceipts($id: ID!) {
    meeting(id: $id) {
      id
      receiptSummary {
        expected
        acknowledged
        pending
      }
      receipts {
        ...ReceiptFields
      }
    }
  }
`);

graphql(`
  fragment ReceiptFields on ResolutionReceipt {
    meetingId
    unitId
    unit {
      id
      name
    }
    acknowledged
    acknowledgedAt
    acknowledgedBy
    onBehalf
    note
  }
`);

export const AcknowledgeResolutionsMutation = graphql(`
  mutation AcknowledgeResolutions($input: AcknowledgeResolutionsInput!) {
    acknowledgeResolutions(input: $input) {
      ...ReceiptFields
    }
  }
`);

const CONTEXT = { additionalTypenames: ['ResolutionReceipt'] };

/**
 * 签收情况: every invited unit's receipt of the resolutions notice (attending or not), acknowledged or pending, with
 * the secretariat's 代为签收 for a pending unit (a note of how it was received, e.g. 纸质签收).
 */
export function ReceiptsPanel({ meetingId }: { meetingId: string }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingReceiptsQuery, variables: { id: meetingId }, context: CONTEXT });
  const [onBehalfOf, setOnBehalfOf] = useState<{ id: string; name: string } | null>(null);
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const summary = data?.meeting?.receiptSummary;
  if (!data?.meeting || !summary) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="receipts-panel"
      title={t('receipts.title')}
      extra={
        <Typography.Text data-testid="receipts-summary">
          {t('receipts.summary', { acknowledged: summary.acknowledged, expected: summary.expected, pending: summary.pending })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary">{t('receipts.hint')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={data.meeting.receipts}
        columns={[
          { title: t('receipts.unit'), key: 'unit', render: (_, r) => r.unit?.name ?? r.unitId },
          {
            title: t('receipts.status'),
            key: 'status',
            render: (_, r) =>
              r.acknowledged ? <Tag color="green">{t(r.onBehalf ? 'receipts.onBehalfTag' : 'receipts.acknowledged')}</Tag> : <Tag color="orange">{t('receipts.pending')}</Tag>,
          },
          {
            title: t('receipts.by'),
            key: 'by',
            render: (_, r) => (r.acknowledgedAt ? `${r.acknowledgedBy ?? ''} · ${formatDateTime(r.acknowledgedAt)}` : ''),
          },
          { title: t('receipts.note'), dataIndex: 'note', key: 'note' },
          {
            title: '',
            key: 'actions',
            render: (_, r) =>
              r.acknowledged ? null : (
                <Button size="small" onClick={() => setOnBehalfOf({ id: r.unitId, name: r.unit?.name ?? r.unitId })}>
                  {t('receipts.onBehalf')}
                </Button>
              ),
          },
        ]}
      />
      <OnBehalfDialog meetingId={meetingId} unit={onBehalfOf} onClose={() => setOnBehalfOf(null)} />
    </Card>
  );
}

function OnBehalfDialog({ meetingId, unit, onClose }: { meetingId: string; unit: { id: string; name: string } | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeResolutionsMutation);

  async function submit(values: { note?: string }) {
    if (!unit) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await acknowledge({ input: { meetingId, unitId: unit.id, note: values.note?.trim() ?? '' } }, CONTEXT);
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('receipts.done'));
    onClose();
  }

  return (
    <Modal
      open={unit !== null}
      title={t('receipts.onBehalfTitle', { unit: unit?.name ?? '' })}
      okText={t('receipts.onBehalf')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form form={form} name="receiptOnBehalf" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} preserve={false}>
        <Form.Item name="note" label={t('receipts.note')} rules={[{ required: true, whitespace: true, message: t('receipts.noteRequired') }]}>
          <Input placeholder={t('receipts.notePlaceholder')} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
