import { Card, Empty, List, Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../../api/dates';
import { toProblem } from '../../../../api/errors';
import { ArchiveFileLink } from '../../../../components/ArchiveFileLink';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { graphql } from '../../../../gql';
import { useT } from '../../../../i18n';

const ProjectProgressQuery = graphql(`
  query ProjectProgress($id: ID!, $after: String) {
    project(id: $id) {
      id
      progress(after: $after) {
        edges {
          cursor
          node {
            ...ProjectProgressFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

/** The context of the reports' query: a new report (a ProjectProgress) reads them again. */
const REFRESH_ON = { additionalTypenames: ['ProjectProgress'] };

/** 项目进展: the progress reports, newest first, with their photos and files (the first page; 20 are plenty). */
export function ProgressCard({ projectId }: { projectId: string }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: ProjectProgressQuery, variables: { id: projectId }, context: REFRESH_ON });
  const reports = data?.project?.progress.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('progress.card')} size="small" style={{ marginBottom: 16 }}>
      {error && <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {reports.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('progress.none')} />
      ) : (
        <List
          data-testid="project-progress"
          dataSource={reports}
          renderItem={(report) => (
            <List.Item key={report.id}>
              <div style={{ width: '100%' }}>
                <Space size={8} wrap>
                  <Typography.Text strong>{report.unit?.name ?? t('progress.secretariat')}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(report.at)} · {report.by}
                  </Typography.Text>
                </Space>
                <div className="progress-note" style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
                  {report.note}
                </div>
                {report.files.length > 0 && (
                  <Space orientation="vertical" size={2} style={{ marginTop: 4 }}>
                    {report.files.map((file) => (
                      <ArchiveFileLink key={file.downloadUrl} file={file} />
                    ))}
                  </Space>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
