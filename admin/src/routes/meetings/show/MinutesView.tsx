import { HistoryOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../api/dates';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import type { MinutesFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

interface Props {
  minutes: MinutesFieldsFragment | null;
  /** 补充说明: offered once the minutes are locked (approved). */
  onAddendum?: () => void;
  onHistory: () => void;
}

/** An item's minutes read-only: after approval (locked, with its addenda) or while they may not be written. */
export function MinutesView({ minutes, onAddendum, onHistory }: Props) {
  const t = useT();
  const none = t('common.none');
  if (!minutes) return <Typography.Text type="secondary">{t('minutes.none')}</Typography.Text>;
  return (
    <div data-testid="minutes-view">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('minutes.text')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="minutes-text">
            {minutes.text}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('minutes.decision')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{minutes.decision || none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('minutes.files')}>
          {minutes.files.length === 0 ? (
            none
          ) : (
            <Space direction="vertical" size={2}>
              {minutes.files.map((file) => (
                <ArchiveFileLink key={file.name} file={file} />
              ))}
            </Space>
          )}
        </Descriptions.Item>
      </Descriptions>
      {minutes.addenda.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('minutes.addenda')}</Typography.Text>}
          dataSource={minutes.addenda}
          data-testid="minutes-addenda"
          renderItem={(a) => (
            <List.Item>
              <List.Item.Meta description={t('minutes.addendumBy', { by: a.addedBy, at: formatDateTime(a.addedAt) })} />
              <span style={{ whiteSpace: 'pre-wrap', flex: 2 }}>{a.text}</span>
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
        <Space size={8} wrap>
          {minutes.locked && (
            <Tag icon={<LockOutlined />} color="blue" data-testid="minutes-locked">
              {t('minutes.locked')}
            </Tag>
          )}
          <Typography.Text type="secondary">
            {t('minutes.versionLine', { version: minutes.version, by: minutes.savedBy, at: formatDateTime(minutes.savedAt) })}
          </Typography.Text>
        </Space>
        <Space>
          <Button icon={<HistoryOutlined />} onClick={onHistory}>
            {t('minutes.history')}
          </Button>
          {onAddendum && (
            <Button icon={<PlusOutlined />} onClick={onAddendum}>
              {t('minutes.addAddendum')}
            </Button>
          )}
        </Space>
      </Flex>
    </div>
  );
}
