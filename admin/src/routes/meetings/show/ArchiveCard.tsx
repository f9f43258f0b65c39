import { FolderAddOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm, Typography } from 'antd';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemText, toProblem } from '../../../api/errors';
import { graphql } from '../../../gql';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

const ArchiveMeetingMutation = graphql(`
  mutation ArchiveMeeting($input: ArchiveMeetingInput!) {
    archiveMeeting(input: $input) {
      ...MeetingPageFields
    }
  }
`);

const MeetingArchivedDocumentsQuery = graphql(`
  query MeetingArchivedDocuments($id: ID!) {
    meeting(id: $id) {
      id
      archivedDocuments {
        id
        title
        year
        current {
          file {
            name
            downloadUrl
          }
        }
      }
    }
  }
`);

/**
 * 归档 on the 文件 step: once the minutes are approved the secretariat files the meeting's three Word documents into the
 * archive (会议记录与纪要) and the meeting is 已归档; then the archived documents, each with its download.
 */
export function ArchiveCard({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const { message } = App.useApp();
  const archived = meeting.status === 'ARCHIVED';
  const [{ fetching }, archive] = useMutation(ArchiveMeetingMutation);
  const [{ data }] = useQuery({ query: MeetingArchivedDocumentsQuery, variables: { id: meeting.id }, pause: !archived });
  if (!archived && !meeting.allowedActions.includes('ARCHIVE')) return null;

  async function fileIt() {
    const result = await archive({ input: { id: meeting.id, version: meeting.version } });
    if (result.error) void message.error(problemText(toProblem(result.error), t));
    else void message.success(t('meetingArchive.done'));
  }

  return (
    <Card title={t('meetingArchive.title')} size="small" style={{ marginBottom: 16 }}>
      {archived ? (
        <List
          dataSource={data?.meeting?.archivedDocuments ?? []}
          loading={!data}
          header={<Link to={`/archive?folder=MEETING_RECORDS`}>{t('meetingArchive.open')}</Link>}
          renderItem={(document) => (
            <List.Item actions={[<a key="download" href={document.current.file.downloadUrl}>{t('meetingArchive.download')}</a>]}>
              <List.Item.Meta title={document.title} description={document.current.file.name} />
            </List.Item>
          )}
        />
      ) : (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('meetingArchive.hint')}{' '}
          <Popconfirm title={t('meetingArchive.confirm')} onConfirm={fileIt} okText={t('meetingArchive.action')}>
            <Button type="primary" icon={<FolderAddOutlined />} loading={fetching}>
              {t('meetingArchive.action')}
            </Button>
          </Popconfirm>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
