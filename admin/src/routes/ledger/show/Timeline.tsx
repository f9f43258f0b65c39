import { Card, Space, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../api/dates';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import type { LedgerAction, LedgerItemFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ledgerLabel } from '../enums';

/** Dot colours by step: the red of a reopen or decline stands out; the action's name says it in words too. */
const COLORS: Record<LedgerAction, string> = {
  RAISE: 'blue',
  ASSIGN: 'blue',
  PROGRESS: 'gray',
  RESOLVE: 'cyan',
  SIGN_OFF: 'green',
  REOPEN: 'red',
  DECLINE: 'red',
};

/** 办理过程: the item's steps, oldest first — what, who, when, the note and the files (links). */
export function LedgerTimeline({ history }: { history: LedgerItemFieldsFragment['history'] }) {
  const t = useT();
  return (
    <Card title={t('ledgerPage.history')} size="small" style={{ marginBottom: 16 }}>
      <div data-testid="ledger-history">
        <Timeline
          items={history.map((event, i) => ({
            key: i,
            color: COLORS[event.action],
            content: (
              <div>
                <Space size={8} wrap>
                  <Typography.Text strong className="ledger-history-action">
                    {t(ledgerLabel.action(event.action))}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(event.at)} · {event.by}
                  </Typography.Text>
                </Space>
                {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>{event.note}</div>}
                {event.files.length > 0 && (
                  <Space orientation="vertical" size={2} style={{ marginTop: 4 }}>
                    {event.files.map((file) => (
                      <ArchiveFileLink key={file.downloadUrl} file={file} />
                    ))}
                  </Space>
                )}
              </div>
            ),
          }))}
        />
      </div>
    </Card>
  );
}
