import { Modal, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useT } from '../../../i18n';
import { MinutesVersionsQuery } from '../fragments';
import { proceedingsLabel } from '../labels';

interface Props {
  meetingId: string;
  /** The item whose versions show; null: closed. */
  item: { id: string; title: string } | null;
  onClose: () => void;
}

/** 历史版本: every saved version of an item's minutes, newest first, with the fields each changed. */
export function MinutesHistoryDialog({ meetingId, item, onClose }: Props) {
  const t = useT();
  return (
    <Modal
      open={item !== null}
      title={t('minutes.historyTitle', { title: item?.title ?? '' })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {item && <Versions meetingId={meetingId} agendaItemId={item.id} />}
    </Modal>
  );
}

function Versions({ meetingId, agendaItemId }: { meetingId: string; agendaItemId: string }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MinutesVersionsQuery, variables: { id: meetingId }, requestPolicy: 'network-only' });
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.meeting) return <Skeleton active />;
  const versions = data.meeting.minutes.find((m) => m.agendaItemId === agendaItemId)?.versions.edges.map((e) => e.node) ?? [];
  if (versions.length === 0) return <Typography.Text type="secondary">{t('minutes.noVersions')}</Typography.Text>;
  return (
    <Timeline
      data-testid="minutes-versions"
      items={versions.map((v) => ({
        key: v.version,
        children: (
          <div className="minutes-version">
            <Typography.Text strong>{t('minutes.versionNumber', { version: v.version })}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {v.savedBy} · {formatDateTime(v.savedAt)}
            </Typography.Text>
            <div style={{ margin: '4px 0' }}>
              {v.changed.length === 0 ? (
                <Typography.Text type="secondary">{t('minutes.firstVersion')}</Typography.Text>
              ) : (
                <>
                  <Typography.Text type="secondary">{t('minutes.changed')}</Typography.Text>
                  {v.changed.map((field) => (
                    <Tag key={field} style={{ marginInlineStart: 4 }}>
                      {t(proceedingsLabel.minutesField(field))}
                    </Tag>
                  ))}
                </>
              )}
            </div>
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('minutes.more') }} style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
              {v.text}
            </Typography.Paragraph>
            {v.decision && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                {t('minutes.decision')}：{v.decision}
              </Typography.Paragraph>
            )}
            {v.fileNames.length > 0 && <Typography.Text type="secondary">{t('minutes.files')}：{v.fileNames.join('、')}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}
