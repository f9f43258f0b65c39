import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { toProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { ProjectRowFragment } from '../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { useOwnUnit } from './own-unit';
import { toParams } from './params';
import { ProjectTable } from './projects/ProjectTable';
import { ClaimDialog } from './projects/show/ClaimDialog';
import { YearSelect, yearFromParams } from './year';

const ClaimHallQuery = graphql(`
  query ClaimHall($year: Int!, $first: Int!, $after: String) {
    claimableProjects(year: $year, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ProjectRow
          leadUnitId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Project', 'Claim'];

/**
 * /lists/hall (认领大厅): the approved projects the viewer's unit may claim now (units paired with a project's community
 * first, then everyone); a region admin sees every approved one and assigns a unit.
 */
export default function ClaimHallPage() {
  const t = useT();
  const own = useOwnUnit();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const pageSize = pageSizeFromParams(params);
  const [claiming, setClaiming] = useState<(ProjectRowFragment & { leadUnitId?: string | null }) | null>(null);
  const table = useConnectionTable({
    query: ClaimHallQuery,
    variables: ({ first, after }) => ({ year, first, after }),
    connection: (data) => data.claimableProjects,
    resetKey: String(year),
    pageSize,
    onPageSizeChange: (size) => setParams(toParams({ year }, size), { replace: true }),
    additionalTypenames: REFRESH_ON,
  });
  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  return (
    <Card title={t('hall.title')}>
      <Typography.Paragraph type="secondary">{t('hall.hint')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={year} onChange={(next) => setParams(toParams({ year: next }, pageSize), { replace: true })} />
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <ProjectTable
        label={t('hall.title')}
        empty={t('hall.empty')}
        action={(p) => (
          <Button size="small" type="primary" icon={<TeamOutlined />} onClick={() => setClaiming(p)}>
            {t('claim.submit')}
          </Button>
        )}
        {...table.tableProps}
      />
      <CursorPager pager={table.pager} />
      {claiming && (
        <ClaimDialog project={claiming} open ownUnit={own.unit} onClose={() => setClaiming(null)} onClaimed={table.refresh} />
      )}
    </Card>
  );
}
