import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../auth/AuthProvider';
import { graphql } from '../gql';
import { useT } from '../i18n';

graphql(`
  fragment NotificationFeedFields on NotificationFeed {
    unreadCount
    items {
      id
      kind
      title
      body
      meetingId
      dueAt
      read
    }
  }
`);

const NotificationsQuery = graphql(`
  query Notifications {
    viewer {
      notifications(first: 20) {
        ...NotificationFeedFields
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      ...NotificationFeedFields
    }
  }
`);

const MarkAllReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      ...NotificationFeedFields
    }
  }
`);

/** Every 5 minutes a reminder may have fallen due. */
const REFRESH_MS = 5 * 60_000;

/**
 * The bell of a liaison or member (消息提醒): its unit's meeting notices, the reminders the region's offsets make due,
 * postponements and cancellations, unread ones counted on the badge. Opening one marks it read; a liaison goes to the
 * notice's page. 全部已读 marks everything read.
 */
export default function NotificationBell() {
  const t = useT();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const hasBell = viewer.roles.includes('UNIT_LIAISON') || viewer.roles.includes('MEMBER');
  const [{ data }, refetch] = useQuery({ query: NotificationsQuery, pause: !hasBell, requestPolicy: 'cache-and-network' });
  const [, markRead] = useMutation(MarkReadMutation);
  const [, markAllRead] = useMutation(MarkAllReadMutation);
  useEffect(() => {
    if (!hasBell) return undefined;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [hasBell, refetch]);
  if (!hasBell) return null;
  const feed = data?.viewer?.notifications;
  const liaison = viewer.roles.includes('UNIT_LIAISON');

  const content = (
    // Scrolls when long: focusable, so a keyboard can scroll it too.
    <div
      style={{ width: 340, maxWidth: 'calc(100vw - 48px)', maxHeight: 420, overflowY: 'auto' }}
      data-testid="notification-list"
      tabIndex={0}
      role="region"
      aria-label={t('bell.title')}
    >
      <List
        size="small"
        dataSource={feed?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bell.empty')} /> }}
        renderItem={(item) => (
          <List.Item
            style={{ cursor: 'pointer', alignItems: 'start' }}
            onClick={() => {
              if (!item.read) void markRead({ ids: [item.id] });
              setOpen(false);
              if (liaison) navigate(`/notices/${item.meetingId}`);
            }}
          >
            <List.Item.Meta
              avatar={<Badge status={item.read ? 'default' : 'error'} />}
              title={<Typography.Text strong={!item.read}>{item.title}</Typography.Text>}
              description={
                <>
                  <div>{item.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dayjs(item.dueAt).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refetch({ requestPolicy: 'network-only' });
      }}
      trigger="click"
      placement="bottomRight"
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>{t('bell.title')}</span>
          <Button size="small" type="link" disabled={!feed?.unreadCount} onClick={() => void markAllRead({})}>
            {t('bell.markAll')}
          </Button>
        </div>
      }
      content={content}
    >
      <Badge count={feed?.unreadCount ?? 0} size="small">
        <Button type="text" icon={<BellOutlined />} aria-label={t('bell.open', { count: feed?.unreadCount ?? 0 })} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
