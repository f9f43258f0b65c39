import { NotificationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../api/dates';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

/** Days the notice rule asks for between the notice and the start (001 附件1 §1.2). */
export const NOTICE_DAYS = 7;

interface Props {
  notice: MeetingPageFieldsFragment['notice'];
  /** A postponed meeting keeps the notice of its earlier time: it is shown as such, to be sent again. */
  postponed: boolean;
  /** Members are invited in person besides the units: the recipients are not all units. */
  withMembers?: boolean;
  canSend: boolean;
  onSend: () => void;
}

/** 会议通知: not sent yet (with 发送会议通知 when allowed), or when, by whom, how long before the start, why late, to whom. */
export function NoticeCard({ notice, postponed, withMembers, canSend, onSend }: Props) {
  const t = useT();
  return (
    <Card title={t('meetingNotice.title')} size="small" style={{ marginBottom: 16 }} data-testid="meeting-notice">
      {!notice ? (
        <Space wrap>
          <Typography.Text type="secondary">{t('meetingNotice.notSent')}</Typography.Text>
          {canSend && (
            <Button size="small" icon={<NotificationOutlined />} onClick={onSend}>
              {t('meetingNotice.send')}
            </Button>
          )}
        </Space>
      ) : (
        <>
          {postponed && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('meetingNotice.beforePostpone')} />
          )}
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
            <Descriptions.Item label={t('meetingNotice.sentAt')}>{formatDateTime(notice.sentAt)}</Descriptions.Item>
            <Descriptions.Item label={t('meetingNotice.sentBy')}>{notice.sentBy}</Descriptions.Item>
            <Descriptions.Item label={t('meetingNotice.daysBeforeStart')}>
              <Space size={6}>
                {t('meetingNotice.days', { days: notice.daysBeforeStart })}
                {notice.daysBeforeStart < NOTICE_DAYS && <Tag color="orange">{t('meetingNotice.late')}</Tag>}
              </Space>
            </Descriptions.Item>
            {notice.lateReason && <Descriptions.Item label={t('meetingNotice.lateReason')}>{notice.lateReason}</Descriptions.Item>}
            <Descriptions.Item label={t('meetingNotice.recipients')}>
              {t(withMembers ? 'meetingNotice.recipientCountWithMembers' : 'meetingNotice.recipientCount', { count: notice.recipientCount })}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  );
}
