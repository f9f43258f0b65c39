import { EditOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Flex, Form, Input, Modal, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { listLabel } from '../enums';
import { PublicationTag, PublishButton } from '../publications/PublicationControls';
import { NeedStatusTag, ProjectStatusTag } from '../StatusTags';

const NeedPageQuery = graphql(`
  query NeedPage($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
  }
`);

const CloseNeedMutation = graphql(`
  mutation CloseNeed($input: CloseNeedInput!) {
    closeNeed(input: $input) {
      ...NeedFields
    }
  }
`);

/** /lists/needs/:id: a need; 编辑 and 不予采纳 while 已征集, and 对接 (a project from it) for the secretariat. */
export default function NeedShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const access = useAccess();
  const [{ data, error }, reexecute] = useQuery({ query: NeedPageQuery, variables: { id } });
  const [closing, setClosing] = useState(false);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const need = data.need;
  if (!need) return <Result status="404" title={t('needPage.notFound')} extra={<Link to="/lists/needs">{t('needs.backToList')}</Link>} />;

  const none = t('common.none');
  const collected = need.status === 'COLLECTED';
  const ownCommunity = access.manageLists || access.listsUnitId === need.communityUnitId;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to={`/lists/needs?year=${need.year}`}>{t('needs.title')}</Link> }, { title: need.title }]} />
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <Space align="center" size={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {need.title}
            </Typography.Title>
            <NeedStatusTag status={need.status} />
            <PublicationTag publication={need.publication} />
          </Space>
          <Space wrap>
            <PublishButton record={need} type="NEED" publishable={need.status !== 'NOT_TAKEN_UP'} />
            {collected && access.manageLists && (
              <Link to={`/lists/needs/${need.id}/match`}>
                <Button type="primary" icon={<LinkOutlined />}>
                  {t('match.start')}
                </Button>
              </Link>
            )}
            {collected && ownCommunity && (
              <Link to={`/lists/needs/${need.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('common.edit')}</Button>
              </Link>
            )}
            {collected && ownCommunity && (
              <Button danger icon={<StopOutlined />} onClick={() => setClosing(true)}>
                {t('needPage.close')}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>
      {need.status === 'NOT_TAKEN_UP' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('needPage.closedAlert', { reason: need.statusReason ?? none })} />
      )}
      <Card title={t('lists.details')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('lists.year')}>{need.year}</Descriptions.Item>
          <Descriptions.Item label={t('need.category')}>{need.category}</Descriptions.Item>
          <Descriptions.Item label={t('need.urgency')}>{t(listLabel.needUrgency(need.urgency))}</Descriptions.Item>
          <Descriptions.Item label={t('need.communityUnit')}>{need.communityUnit?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('need.source')}>{t(listLabel.needSource(need.source))}</Descriptions.Item>
          <Descriptions.Item label={t('need.raisedBy')}>{need.raisedBy || none}</Descriptions.Item>
          <Descriptions.Item label={t('need.wantedFrom')}>{need.wantedFrom ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('need.wantedUntil')}>{need.wantedUntil ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('need.project')}>
            {need.project ? (
              <Space size={8}>
                <Link to={`/lists/projects/${need.project.id}`}>{need.project.title}</Link>
                <ProjectStatusTag status={need.project.status} />
              </Space>
            ) : (
              none
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('need.description')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{need.description || none}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('lists.createdAt')}>{formatDateTime(need.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('lists.updatedAt')}>{formatDateTime(need.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {collected && ownCommunity && <CloseNeedDialog need={need} open={closing} onClose={() => setClosing(false)} onReload={reload} />}
    </>
  );
}

/** 不予采纳: the need closes without a project (未采纳), with the reason. */
function CloseNeedDialog({ need, open, onClose, onReload }: { need: { id: string; title: string; version: number }; open: boolean; onClose: () => void; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, closeNeed] = useMutation(CloseNeedMutation);

  async function submit(values: { reason?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await closeNeed({ input: { id: need.id, version: need.version, reason: values.reason?.trim() ?? '' } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('needPage.closed'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('needPage.closeTitle', { title: need.title })}
      okText={t('needPage.close')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="closeNeed" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="reason" label={t('lists.reason')} rules={[{ required: true, whitespace: true, message: t('lists.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
