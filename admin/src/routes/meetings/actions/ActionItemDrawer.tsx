import { FormOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../api/dates';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import type { SupervisionRowFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ActionOverdueTag, ActionStatusTag } from './StatusTags';

interface Props {
  item: SupervisionRowFragment | null;
  meetingPath: (meeting: { id: string; startsAt: string }) => string;
  /** A liaison's unit reports on its items; null: nothing to report from here (the secretariat reads). */
  onReport: ((item: SupervisionRowFragment) => void) | null;
  onClose: () => void;
}

/** One 督办事项: what the resolution asks, of whom, by when, and every unit's 落实情况 reports, newest last. */
export function ActionItemDrawer({ item, meetingPath, onReport, onClose }: Props) {
  const t = useT();
  const none = t('common.none');
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size="large"
      title={item?.title}
      extra={
        item && onReport && item.status === 'OPEN' ? (
          <Button type="primary" icon={<FormOutlined />} onClick={() => onReport(item)}>
            {t('supervision.report')}
          </Button>
        ) : null
      }
    >
      {item && (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('supervision.meeting')}>
              {item.meeting ? <Link to={meetingPath(item.meeting)}>{item.meeting.title}</Link> : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.responsibleUnits')}>{item.responsibleUnits.map((u) => u.name).join('、') || none}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.dueOn')}>{item.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.doneWhen')}>{item.doneWhen || none}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.statusLabel')}>
              <Space size={4}>
                <ActionStatusTag status={item.status} />
                {item.overdue && <ActionOverdueTag />}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('supervision.reports')}</Typography.Title>
          {item.reports.length === 0 ? (
            <Empty description={t('supervision.noReports')} />
          ) : (
            <Timeline
              items={item.reports.map((report, index) => ({
                key: index,
                color: report.done ? 'green' : 'blue',
                content: (
                  <div data-testid="action-report">
                    <Space size={6} wrap>
                      <Typography.Text strong>{report.unit?.name ?? none}</Typography.Text>
                      {report.done && <Tag color="green">{t('supervision.reportedDone')}</Tag>}
                      <Typography.Text type="secondary">
                        {t('supervision.reportedBy', { by: report.reportedBy, at: formatDateTime(report.reportedAt) })}
                      </Typography.Text>
                    </Space>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{report.text}</Typography.Paragraph>
                    {report.files.length > 0 && (
                      <Space orientation="vertical" size={2}>
                        {report.files.map((file) => (
                          <ArchiveFileLink key={file.downloadUrl} file={file} />
                        ))}
                      </Space>
                    )}
                  </div>
                ),
              }))}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
