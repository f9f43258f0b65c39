import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';

const RecentImportsQuery = graphql(`
  query RecentMemberImports {
    memberImports(first: 10) {
      edges {
        node {
          id
          fileName
          status
          toImport
          processed
          createdBy
          createdAt
        }
      }
    }
  }
`);

/** The region's latest imports: one left half-way is continued from here, whoever lost its page. */
export function RecentImports() {
  const t = useT();
  const [{ data }] = useQuery({ query: RecentImportsQuery, requestPolicy: 'cache-and-network' });
  const rows = data?.memberImports.edges.map((e) => e.node) ?? [];
  if (rows.length === 0) return null;
  return (
    <Card size="small" title={t('import.recent')}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: t('import.file'), dataIndex: 'fileName', render: (name: string, row) => <Link to={`/members/import/${row.id}`}>{name}</Link> },
          {
            title: t('import.recentStatus'),
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={status === 'COMPLETED' ? 'green' : status === 'IMPORTING' ? 'blue' : 'default'}>{t(`import.status.${status}` as never)}</Tag>
            ),
          },
          { title: t('import.recentProgress'), render: (_, row) => `${row.processed} / ${row.toImport}` },
          { title: t('import.recentBy'), dataIndex: 'createdBy' },
          { title: t('import.recentAt'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }) },
        ]}
      />
    </Card>
  );
}
