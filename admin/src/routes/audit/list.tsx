import { Card, Typography } from 'antd';
import { toProblem } from '../../api/errors';
import { AUDIT_REFRESH_ON, AuditTable } from './AuditTrail';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';

const RegionAuditTrailQuery = graphql(`
  query RegionAuditTrail($first: Int!, $after: String) {
    regionAuditTrail(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AuditEntryRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** /audit (审计日志): every change in the region, newest first, paged; units linked where they still exist. */
export default function RegionAuditPage() {
  const t = useT();
  const table = useConnectionTable({
    query: RegionAuditTrailQuery,
    variables: ({ first, after }) => ({ first, after }),
    connection: (data) => data.regionAuditTrail,
    additionalTypenames: AUDIT_REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  return (
    <Card title={t('audit.title')}>
      <Typography.Paragraph type="secondary">{t('audit.hint')}</Typography.Paragraph>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <AuditTable {...table.tableProps} showRecord />
      <CursorPager pager={table.pager} />
    </Card>
  );
}
