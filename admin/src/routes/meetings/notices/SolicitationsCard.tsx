import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { OwnSolicitationFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

graphql(`
  fragment OwnSolicitation on AgendaSolicitation {
    meetingId
    meetingTitle
    meetingStartsAt
    question
    closesAt
    state
    replies {
      unitId
      opinion
      repliedAt
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

const MySolicitationsQuery = graphql(`
  query MySolicitations {
    viewer {
      userId
      agendaSolicitations {
        ...OwnSolicitation
      }
    }
  }
`);

const ReplyMutation = graphql(`
  mutation ReplyToAgendaSolicitation($input: ReplyToAgendaSolicitationInput!) {
    replyToAgendaSolicitation(input: $input) {
      ...OwnSolicitation
    }
  }
`);

/**
 * 议题征集 on a liaison's 会议通知: the open rounds asking its unit (even before the meeting is noticed), each with the
 * unit's written reply — proposed 议题 and an opinion — sent or replaced until the closing time.
 */
export function SolicitationsCard() {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MySolicitationsQuery });
  const rounds = data?.viewer?.agendaSolicitations ?? [];
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (rounds.length === 0) return null;
  return (
    <Card title={t('mySolicitations.title')} style={{ marginBottom: 16 }} data-testid="my-solicitations">
      {rounds.map((round) => <RoundReply key={round.meetingId} round={round} />)}
    </Card>
  );
}

interface Values {
  proposals?: { title?: string; description?: string; presenter?: string }[];
  opinion?: string;
}

function RoundReply({ round }: { round: OwnSolicitationFragment }) {
  const t = useT();
  const { message } = App.useApp();
  const reply = round.replies[0] ?? null;
  const [editing, setEditing] = useState(reply === null);
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, send] = useMutation(ReplyMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const proposals = (values.proposals ?? [])
      .filter((p) => p.title?.trim())
      .map((p) => ({ title: p.title!.trim(), description: p.description?.trim() || null, presenter: p.presenter?.trim() || null }));
    const result = await send({ input: { meetingId: round.meetingId, proposals, opinion: values.opinion?.trim() || null, version: reply?.version ?? 0 } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('mySolicitations.sent'));
    setEditing(false);
  }

  return (
    <section style={{ marginBottom: 16 }} data-testid="solicitation-round">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {round.meetingTitle}
        <Typography.Text type="secondary" style={{ fontSize: 13, marginLeft: 8, fontWeight: 'normal' }}>
          {t('mySolicitations.meta', { startsAt: formatDateTime(round.meetingStartsAt), closesAt: formatDateTime(round.closesAt) })}
        </Typography.Text>
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{round.question}</Typography.Paragraph>
      {!editing && reply ? (
        <>
          <Space wrap style={{ marginBottom: 4 }}>
            <Tag color="success">{t('mySolicitations.replied')}</Tag>
            <Typography.Text type="secondary">{formatDateTime(reply.repliedAt)}</Typography.Text>
            <Button size="small" onClick={() => setEditing(true)}>{t('mySolicitations.change')}</Button>
          </Space>
          {reply.proposals.map((p) => (
            <div key={p.index}>
              {t('solicitation.proposal', { n: p.index + 1 })}{p.title}
              {p.adopted && <Tag color="success" style={{ marginLeft: 8 }}>{t('solicitation.adopted')}</Tag>}
            </div>
          ))}
          {reply.opinion && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{t('solicitation.opinion')}：{reply.opinion}</Typography.Paragraph>}
        </>
      ) : (
        <Form<Values> form={form} name={`reply-${round.meetingId}`} layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}
          initialValues={{
            proposals: reply ? reply.proposals.map((p) => ({ title: p.title, description: p.description ?? '', presenter: p.presenter ?? '' })) : [{}],
            opinion: reply?.opinion ?? '',
          }}>
          <ProblemAlert problem={leftToShow(problem)} />
          <Form.List name="proposals">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'title']} label={t('mySolicitations.proposalTitle', { n: i + 1 })}>
                      <Input maxLength={200} style={{ width: 280 }} autoComplete="off" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'presenter']} label={t('agenda.presenter')}>
                      <Input maxLength={100} style={{ width: 160 }} autoComplete="off" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'description']} label={t('mySolicitations.description')}>
                      <Input maxLength={2000} style={{ width: 280 }} autoComplete="off" />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('mySolicitations.removeProposal')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 12 }}>
                  {t('mySolicitations.addProposal')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="opinion" label={t('solicitation.opinion')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={fetching}>{t('mySolicitations.send')}</Button>
            {reply && <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>}
          </Space>
        </Form>
      )}
    </section>
  );
}
