import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, List, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { PublicationTag, PublishButton } from '../../lists/publications/PublicationControls';
import { MeetingResolutionsQuery } from '../fragments';
import { ActionItemDialog } from './ActionItemDialog';
import { ActionItemList } from './ActionItemList';
import { ReceiptsPanel } from './ReceiptsPanel';

type Target = { id: string; number: string; title: string };

/**
 * 决议与落实: the resolutions the approved minutes wrote (number, text, reserved views), each with 添加督办事项 and
 * its action items with the units' reports; above them 签收情况, the units' receipts of the resolutions notice.
 */
export function ResolutionsStep({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingResolutionsQuery, variables: { id: meeting.id } });
  const [adding, setAdding] = useState<Target | null>(null);
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.meeting) return <Skeleton active />;
  const resolutions = data.meeting.resolutions;

  if (resolutions.length === 0) {
    return (
      <Card size="small">
        <Typography.Text type="secondary">{t(meeting.approvedAt ? 'resolutions.none' : 'resolutions.notYet')}</Typography.Text>
      </Card>
    );
  }
  return (
    <>
      <ReceiptsPanel meetingId={meeting.id} />
      {resolutions.map((resolution) => (
        <Card
          key={resolution.id}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="resolution"
          title={t('resolutions.heading', { number: resolution.number, title: resolution.title })}
          extra={
            <Space size="small">
              {/* 公示: the resolution on the public page (决议公开); the secretariat's only, nothing for others. */}
              <PublicationTag publication={resolution.publication} />
              <PublishButton record={resolution} type="RESOLUTION" compact />
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(resolution)}>
                {t('actionItems.add')}
              </Button>
            </Space>
          }
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} className="resolution-text">
            {resolution.text}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('resolutions.adoptedAt', { at: formatDateTime(resolution.adoptedAt) })}</Typography.Paragraph>
          {resolution.reservedViews.length > 0 && (
            <List
              size="small"
              header={<Typography.Text strong>{t('resolutions.reservedViews')}</Typography.Text>}
              dataSource={resolution.reservedViews}
              renderItem={(v) => (
                <List.Item>
                  <Typography.Text>{v.unit?.name ?? v.unitId}</Typography.Text>：{v.view}
                </List.Item>
              )}
            />
          )}
          <Typography.Title level={5}>{t('actionItems.title2')}</Typography.Title>
          <ActionItemList items={resolution.actionItems} testId="action-items" />
        </Card>
      ))}
      <ActionItemDialog resolution={adding} onClose={() => setAdding(null)} />
    </>
  );
}
