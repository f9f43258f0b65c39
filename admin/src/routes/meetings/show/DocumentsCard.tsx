import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { downloadGenerated } from '../../../api/download';
import { graphql } from '../../../gql';
import type { MeetingDocumentKind, MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n';
import { CalendarButton } from '../CalendarButton';
import { MeetingResolutionIdsQuery } from '../fragments';
import { proceedingsLabel } from '../labels';

const MeetingDocumentMutation = graphql(`
  mutation MeetingDocument($meetingId: ID!, $kind: MeetingDocumentKind!) {
    meetingDocument(meetingId: $meetingId, kind: $kind) {
      name
      downloadUrl
    }
  }
`);

const KINDS: readonly MeetingDocumentKind[] = ['NOTICE', 'MINUTES', 'RESOLUTIONS'];

/** Why a document is not available yet (null: it is). The notice once sent; the minutes and resolutions once approved. */
function unavailable(meeting: MeetingPageFieldsFragment, kind: MeetingDocumentKind, resolutions: number | undefined): MessageKey | null {
  if (kind === 'NOTICE') return meeting.notice ? null : 'documents.noticeNotYet';
  if (!meeting.approvedAt) return 'documents.approvedNotYet';
  return kind === 'RESOLUTIONS' && resolutions === 0 ? 'documents.noResolutions' : null;
}

/** 文件: the Word documents generated from the record — 会议通知, 会议纪要, 决议通知 — downloaded at once. */
export function DocumentsCard({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const { message } = App.useApp();
  const [generating, setGenerating] = useState<MeetingDocumentKind | null>(null);
  const [, generate] = useMutation(MeetingDocumentMutation);
  const [{ data }] = useQuery({ query: MeetingResolutionIdsQuery, variables: { id: meeting.id }, pause: !meeting.approvedAt });

  async function download(kind: MeetingDocumentKind) {
    setGenerating(kind);
    const result = await generate({ meetingId: meeting.id, kind });
    setGenerating(null);
    downloadGenerated(result.data?.meetingDocument, result.error, (text) => void message.error(text), t);
  }

  return (
    <Card title={t('documents.title')} size="small" style={{ marginBottom: 16 }} extra={<CalendarButton meetingId={meeting.id} />}>
      <List
        dataSource={[...KINDS]}
        renderItem={(kind) => {
          const why = unavailable(meeting, kind, data?.meeting?.resolutions.length);
          return (
            <List.Item
              actions={[
                <Button
                  key="download"
                  icon={<DownloadOutlined />}
                  disabled={why !== null}
                  loading={generating === kind}
                  onClick={() => download(kind)}
                >
                  {t('documents.download', { kind: t(proceedingsLabel.document(kind)) })}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={t(proceedingsLabel.document(kind))}
                description={<Typography.Text type="secondary">{why ? t(why) : t('documents.ready')}</Typography.Text>}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
