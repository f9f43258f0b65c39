import { Button, Card, Flex, Select, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ProjectFilter } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { PROJECT_STATUSES, listLabel } from '../enums';
import { ExportButton } from '../ExportButton';
import { pick, toParams } from '../params';
import { UnitOptionPicker } from '../UnitOptionPicker';
import { YearSelect, yearFromParams } from '../year';
import { ProjectTable } from './ProjectTable';

const ProjectListQuery = graphql(`
  query ProjectList($first: Int!, $after: String, $filter: ProjectFilter!) {
    projects(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ProjectRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Project'];

/** /lists/projects (项目清单): a year's projects, newest first; status and a claiming unit are the URL's. */
export default function ProjectListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo<ProjectFilter>(
    () => ({
      year: yearFromParams(params),
      status: pick(PROJECT_STATUSES, params.get('status')),
      unitId: params.get('unit') || undefined,
      overdue: params.get('overdue') === '1' || undefined,
    }),
    [params],
  );
  const setFilter = (patch: Partial<ProjectFilter>, size = pageSize) => {
    const next = { ...filter, ...patch };
    setParams(toParams({ year: next.year, status: next.status, unit: next.unitId, overdue: next.overdue ? 1 : undefined }, size), { replace: true });
  };
  const table = useConnectionTable({
    query: ProjectListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.projects,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'lists.countAll' : 'lists.countPage', { count: table.rows.length })
    : null;

  return (
    <Card title={t('projects.title')} extra={<ExportButton list="projects" filter={filter} />}>
      <Typography.Paragraph type="secondary">{t('projects.hint')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={filter.year} onChange={(year) => setFilter({ year })} />
        <Select
          aria-label={t('project.status')}
          placeholder={t('project.status')}
          allowClear
          value={filter.status ?? undefined}
          onChange={(status) => setFilter({ status })}
          options={PROJECT_STATUSES.map((value) => ({ value, label: t(listLabel.projectStatus(value)) }))}
          style={{ width: 120 }}
        />
        <UnitOptionPicker
          aria-label={t('projects.claimingUnit')}
          placeholder={t('projects.claimingUnit')}
          value={filter.unitId ?? null}
          onChange={(id) => setFilter({ unitId: id ?? undefined })}
          style={{ width: 220 }}
        />
        <Flex gap={8} align="center">
          <Switch id="projects-overdue" checked={Boolean(filter.overdue)} onChange={(overdue) => setFilter({ overdue: overdue || undefined })} />
          <label htmlFor="projects-overdue">{t('projects.onlyOverdue')}</label>
        </Flex>
        <Button onClick={() => setParams(toParams({ year: filter.year }, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <ProjectTable label={t('projects.title')} empty={t('projects.empty')} publication {...table.tableProps} />
      <CursorPager pager={table.pager} total={count && <Typography.Text type="secondary" data-testid="lists-count">{count}</Typography.Text>} />
    </Card>
  );
}
