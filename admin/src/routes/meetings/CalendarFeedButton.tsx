import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Modal, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { useT } from '../../i18n';

const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      role
      createdAt
      lastUsedAt
    }
  }
`);

const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      feed {
        role
        createdAt
        lastUsedAt
      }
    }
  }
`);

const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

/**
 * 订阅日历: the person's own calendar subscription (the secretariat's lists the region's meetings, a liaison's its
 * unit's notices). How to subscribe in the usual calendar apps; 生成订阅地址 shows the URL this once (the API keeps
 * only its hash) with a copy button; 重新生成 replaces it (the old one stops at once); 停用订阅 stops it.
 */
export function CalendarFeedButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CalendarFeedQuery, pause: !open, requestPolicy: 'network-only' });
  const [created, create] = useMutation(CreateCalendarFeedMutation);
  const [revoked, revoke] = useMutation(RevokeCalendarFeedMutation);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  async function generate() {
    const result = await create({});
    if (result.data) {
      setUrl(new URL(result.data.createCalendarFeed.url, window.location.origin).href);
      refresh();
    }
  }

  async function stop() {
    const result = await revoke({});
    if (!result.error) {
      setUrl(null);
      refresh();
    }
  }

  const close = () => {
    setOpen(false);
    setUrl(null);
  };
  const feed = data?.calendarFeed ?? null;
  const failed = error ?? created.error ?? revoked.error;

  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} data-testid="calendar-feed-open">
        {t('feed.button')}
      </Button>
      <Modal
        open={open}
        title={t('feed.title')}
        onCancel={close}
        maskClosable={!url}
        destroyOnHidden
        footer={<Button onClick={close}>{t('feed.close')}</Button>}
      >
        <div data-testid="calendar-feed-dialog">
          <Typography.Paragraph>{t('feed.intro')}</Typography.Paragraph>
          <ul style={{ paddingInlineStart: 20 }}>
            <li>{t('feed.howOutlook')}</li>
            <li>{t('feed.howApple')}</li>
            <li>{t('feed.howGoogle')}</li>
            <li>{t('feed.howWeChat')}</li>
          </ul>
          {failed && <ProblemAlert problem={toProblem(failed)} onRetry={refresh} />}
          {url && (
            <>
              <Typography.Paragraph>
                <Typography.Text code copyable={{ text: url, tooltips: [t('feed.copy'), t('feed.copied')] }} data-testid="calendar-feed-url" style={{ wordBreak: 'break-all' }}>
                  {url}
                </Typography.Text>
              </Typography.Paragraph>
              <Alert type="warning" showIcon title={t('feed.personal')} style={{ marginBottom: 16 }} />
            </>
          )}
          {fetching && !data ? (
            <Spin />
          ) : feed ? (
            <>
              <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('feed.createdAt')}>{formatDateTime(feed.createdAt)}</Descriptions.Item>
                <Descriptions.Item label={t('feed.lastUsedAt')}>{feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : t('feed.neverUsed')}</Descriptions.Item>
              </Descriptions>
              {!url && <Typography.Paragraph type="secondary">{t('feed.shownOnce')}</Typography.Paragraph>}
              <Flex gap={8}>
                <Popconfirm title={t('feed.regenerateConfirm')} onConfirm={generate} okText={t('feed.regenerate')}>
                  <Button loading={created.fetching} data-testid="calendar-feed-regenerate">{t('feed.regenerate')}</Button>
                </Popconfirm>
                <Popconfirm title={t('feed.revokeConfirm')} onConfirm={stop} okText={t('feed.revoke')} okButtonProps={{ danger: true }}>
                  <Button danger loading={revoked.fetching} data-testid="calendar-feed-revoke">{t('feed.revoke')}</Button>
                </Popconfirm>
              </Flex>
            </>
          ) : (
            <Button type="primary" loading={created.fetching} onClick={generate} data-testid="calendar-feed-generate">
              {t('feed.generate')}
            </Button>
          )}
        </div>
      </Modal>
    </>
  );
}
