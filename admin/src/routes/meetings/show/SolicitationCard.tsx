import { App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, List, Modal, Popconfirm, Select, Skeleton, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { PICKER_FORMAT, toApiInstant } from '../time';

graphql(`
  fragment SolicitationFields on AgendaSolicitation {
    meetingId
    question
    closesAt
    state
    askedUnits {
      id
      name
    }
    pendingUnits {
      id
      name
    }
    repliedCount
    pendingCount
    openedBy
    replies {
      unitId
      unit {
        id
        name
      }
      opinion
      repliedAt
      repliedBy
      version
      proposals {
        index
        title
        description
        presenter
        adopted
      }
    }
  }
`);

const MeetingSolicitationQuery = graphql(`
  query MeetingSolicitation($id: ID!) {
    meeting(id: $id) {
      id
      agendaSolicitation {
        ...SolicitationFields
      }
    }
  }
`);

const OpenSolicitationMutation = graphql(`
  mutation OpenAgendaSolicitation($input: OpenAgendaSolicitationInput!) {
    openAgendaSolicitation(input: $input) {
      ...MeetingPageFields
    }
  }
`);

const CloseSolicitationMutation = graphql(`
  mutation CloseAgendaSolicitation($meetingId: ID!) {
    closeAgendaSolicitation(meetingId: $meetingId) {
      ...MeetingPageFields
    }
  }
`);

const AdoptProposalMutation = graphql(`
  mutation AdoptAgendaProposal($input: AdoptAgendaProposalInput!) {
    adoptAgendaProposal(input: $input) {
      ...MeetingPageFields
    }
  }
`);

const REFRESH = { additionalTypenames: ['Meeting', 'AgendaSolicitation'] };

interface Props {
  meeting: MeetingPageFieldsFragment;
  /** The meeting takes a round now (SOLICIT_AGENDA). */
  canSolicit: boolean;
  /** Adopting adds to the agenda (EDIT: a draft). */
  canAdopt: boolean;
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * 议题征集 (003 doc 3 §3): open a round (what is asked, closing time, units), see each unit's reply and who has not
 * replied, 采纳 a proposal into the agenda, 截止征集.
 */
export function SolicitationCard({ meeting, canSolicit, canAdopt, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingSolicitationQuery, variables: { id: meeting.id } });
  const [opening, setOpening] = useState(false);
  const [, close] = useMutation(CloseSolicitationMutation);
  const [{ fetching: adopting }, adopt] = useMutation(AdoptProposalMutation);
  const round = data?.meeting?.agendaSolicitation ?? null;
  if (!round && !canSolicit) return null;

  const onResult = (result: { error?: Parameters<typeof toProblem>[0] }, done: string) => {
    if (result.error) return onProblem(toProblem(result.error));
    void message.success(done);
  };

  return (
    <Card
      title={t('solicitation.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="solicitation"
      extra={
        round ? (
          <Space>
            <Tag color={round.state === 'OPEN' ? 'processing' : 'default'}>{t(round.state === 'OPEN' ? 'solicitation.open' : 'solicitation.closed')}</Tag>
            {round.state === 'OPEN' && (
              <Popconfirm title={t('solicitation.closeConfirm')} okText={t('solicitation.close')} cancelText={t('common.cancel')}
                onConfirm={async () => onResult(await close({ meetingId: meeting.id }, REFRESH), t('solicitation.closedDone'))}>
                <Button size="small">{t('solicitation.close')}</Button>
              </Popconfirm>
            )}
          </Space>
        ) : (
          <Button size="small" type="primary" onClick={() => setOpening(true)}>{t('solicitation.start')}</Button>
        )
      }
    >
      {error && !data ? (
        <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !round ? (
        <Typography.Text type="secondary">{t('solicitation.none')}</Typography.Text>
      ) : (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={[
            { key: 'q', label: t('solicitation.question'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{round.question}</span> },
            { key: 'c', label: t('solicitation.closesAt'), children: formatDateTime(round.closesAt) },
            { key: 'n', label: t('solicitation.progress'), children: t('solicitation.counts', { replied: round.repliedCount ?? 0, pending: round.pendingCount ?? 0 }) },
            {
              key: 'p',
              label: t('solicitation.pending'),
              children: round.pendingUnits.length ? <span data-testid="solicitation-pending">{round.pendingUnits.map((u) => u.name).join('、')}</span> : t('solicitation.nonePending'),
            },
          ]} />
          {round.replies.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('solicitation.noReplies')} />
          ) : (
            <List
              size="small"
              dataSource={round.replies}
              renderItem={(reply) => (
                <List.Item key={reply.unitId} data-testid="solicitation-reply">
                  <div style={{ width: '100%' }}>
                    <Typography.Text strong>{reply.unit?.name ?? reply.unitId}</Typography.Text>
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {t('solicitation.repliedBy', { by: reply.repliedBy, at: formatDateTime(reply.repliedAt), version: reply.version })}
                    </Typography.Text>
                    {reply.proposals.map((p) => (
                      <div key={p.index} style={{ marginTop: 6 }}>
                        <Space wrap>
                          <span>{t('solicitation.proposal', { n: p.index + 1 })}{p.title}</span>
                          {p.presenter && <Typography.Text type="secondary">{t('solicitation.presenter', { presenter: p.presenter })}</Typography.Text>}
                          {p.adopted ? (
                            <Tag color="success">{t('solicitation.adopted')}</Tag>
                          ) : canAdopt ? (
                            <Button size="small" loading={adopting} onClick={async () =>
                              onResult(await adopt({ input: { meetingId: meeting.id, version: meeting.version, unitId: reply.unitId, proposalIndex: p.index } }, REFRESH), t('solicitation.adoptedDone'))}>
                              {t('solicitation.adopt')}
                            </Button>
                          ) : null}
                        </Space>
                        {p.description && <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Paragraph>}
                      </div>
                    ))}
                    {reply.opinion && (
                      <Typography.Paragraph style={{ marginTop: 6, marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                        {t('solicitation.opinion')}：{reply.opinion}
                      </Typography.Paragraph>
                    )}
                  </div>
                </List.Item>
              )}
            />
          )}
        </>
      )}
      {canSolicit && <OpenSolicitationDialog meeting={meeting} open={opening} onClose={() => setOpening(false)} />}
    </Card>
  );
}

interface OpenValues {
  question?: string;
  closesAt?: Dayjs | null;
  unitIds?: string[];
}

/** 发起议题征集: field names are OpenAgendaSolicitationInput's, so the server's field errors land in place. */
function OpenSolicitationDialog({ meeting, open, onClose }: { meeting: MeetingPageFieldsFragment; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, openRound] = useMutation(OpenSolicitationMutation);

  async function submit(values: OpenValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await openRound(
      {
        input: {
          meetingId: meeting.id,
          question: values.question?.trim() ?? '',
          closesAt: values.closesAt ? toApiInstant(values.closesAt) : '',
          unitIds: values.unitIds?.length ? values.unitIds : null,
        },
      },
      REFRESH,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('solicitation.started'));
    onClose();
  }

  return (
    <Modal open={open} title={t('solicitation.start')} okText={t('solicitation.start')} cancelText={t('common.cancel')} confirmLoading={fetching}
      onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<OpenValues> form={form} name="openSolicitation" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}
        initialValues={{ unitIds: meeting.invitedUnits.map((u) => u.id) }}>
        <Form.Item name="question" label={t('solicitation.question')} rules={[{ required: true, whitespace: true, message: t('solicitation.questionRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="closesAt" label={t('solicitation.closesAt')} rules={[{ required: true, message: t('solicitation.closesAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="unitIds" label={t('solicitation.units')} extra={t('solicitation.unitsHint')}>
          <Select mode="multiple" options={meeting.invitedUnits.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
