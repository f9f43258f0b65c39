import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { MeetingCadenceRowFragment } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { MEETING_KINDS, enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';

graphql(`
  fragment MeetingCadenceRow on MeetingCadence {
    kind
    everyMonths
    lastHeldOn
    nextDueOn
    overdue
  }
`);

const MeetingCadenceQuery = graphql(`
  query MeetingCadence {
    meetingCadence {
      ...MeetingCadenceRow
    }
  }
`);

const SetMeetingCadenceMutation = graphql(`
  mutation SetMeetingCadence($input: SetMeetingCadenceInput!) {
    setMeetingCadence(input: $input) {
      ...MeetingCadenceRow
    }
  }
`);

/** MeetingCadence has no id: the document cache refreshes this list on any change of one. */
const REFRESH_ON = { additionalTypenames: ['MeetingCadence', 'Meeting'] };

/** /meetings/cadence (会议频次): each kind's rule (每 N 个月), when it was last held, when the next is due, 逾期. */
export default function MeetingCadencePage() {
  const t = useT();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MeetingCadenceQuery, context: REFRESH_ON });
  const [editing, setEditing] = useState<MeetingCadenceRowFragment | null>(null);
  const none = t('common.none');

  if (error && !data) {
    const readProblem = toProblem(error);
    if (readProblem.code === 'FORBIDDEN') return <Forbidden />;
  }
  const order = (row: MeetingCadenceRowFragment) => MEETING_KINDS.indexOf(row.kind);
  const rows = [...(data?.meetingCadence ?? [])].sort((a, b) => order(a) - order(b));

  const columns: TableColumnsType<MeetingCadenceRowFragment> = [
    { title: t('cadence.kind'), dataIndex: 'kind', render: (kind: MeetingCadenceRowFragment['kind']) => t(enumLabel.meetingKind(kind)) },
    {
      title: t('cadence.everyMonths'),
      dataIndex: 'everyMonths',
      render: (months: number | null) => (months ? t('cadence.every', { months }) : t('cadence.noRule')),
    },
    { title: t('cadence.lastHeldOn'), dataIndex: 'lastHeldOn', render: (on: string | null) => on ?? t('cadence.neverHeld') },
    { title: t('cadence.nextDueOn'), dataIndex: 'nextDueOn', render: (on: string | null) => on ?? none },
    {
      title: t('cadence.state'),
      key: 'state',
      render: (_, row) =>
        row.overdue ? <Tag color="red">{t('cadence.overdue')}</Tag> : row.everyMonths ? <Tag color="green">{t('cadence.onTrack')}</Tag> : none,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, row) => {
        const kind = t(enumLabel.meetingKind(row.kind));
        return (
          <Button size="small" icon={<EditOutlined />} aria-label={t('cadence.editOf', { kind })} onClick={() => setEditing(row)}>
            {t('common.edit')}
          </Button>
        );
      },
    },
  ];

  return (
    <Card title={t('cadence.title')}>
      <Typography.Paragraph type="secondary">{t('cadence.hint')}</Typography.Paragraph>
      {error && <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <KeyboardScrollable label={t('cadence.title')}>
        <Table<MeetingCadenceRowFragment>
          rowKey="kind"
          columns={columns}
          dataSource={rows}
          loading={fetching}
          pagination={false}
          scroll={{ x: 760 }}
        />
      </KeyboardScrollable>
      <CadenceDialog row={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

/** 修改频次 of one kind: every N months, or empty to remove the rule (`everyMonths: null`). */
function CadenceDialog({ row, onClose }: { row: MeetingCadenceRowFragment | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ everyMonths?: number | null }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, setCadence] = useMutation(SetMeetingCadenceMutation);
  const kind = row ? t(enumLabel.meetingKind(row.kind)) : '';

  async function submit(values: { everyMonths?: number | null }) {
    if (!row) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await setCadence({ input: { kind: row.kind, everyMonths: values.everyMonths ?? null } }, REFRESH_ON);
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('cadence.saved', { kind }));
    onClose();
  }

  return (
    <Modal
      open={row !== null}
      title={t('cadence.editTitle', { kind })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form
        form={form}
        name="meetingCadence"
        layout="vertical"
        initialValues={{ everyMonths: row?.everyMonths ?? null }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="everyMonths" label={t('cadence.months')} extra={t('cadence.monthsHint')}>
          <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
