import { Card } from 'antd';
import { toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import { UnitTable } from '../UnitTable';

const UnitChildrenQuery = graphql(`
  query UnitChildren($id: ID!, $first: Int!, $after: String) {
    unit(id: $id) {
      id
      children(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...UnitRow
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

const REFRESH_ON = ['Unit', 'DeletedRecord'];

/** 下级党组织: the unit's direct children, paged. */
export function ChildrenCard({ unitId, childCount }: { unitId: string; childCount: number }) {
  const t = useT();
  const table = useConnectionTable({
    query: UnitChildrenQuery,
    variables: ({ first, after }) => ({ id: unitId, first, after }),
    connection: (data) => data.unit?.children,
    resetKey: unitId,
    additionalTypenames: REFRESH_ON,
  });
  return (
    <Card title={t('unitPage.childrenCount', { count: childCount })} size="small" style={{ marginBottom: 16 }}>
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <UnitTable {...table.tableProps} size="small" emptyText={t('unitPage.noChildren')} label={t('unitPage.childrenCount', { count: childCount })} />
      {(table.pager.hasNext || table.pager.hasPrevious) && <CursorPager pager={table.pager} />}
    </Card>
  );
}
