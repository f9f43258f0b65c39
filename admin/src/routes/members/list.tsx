import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT, type MessageKey } from '../../i18n';
import { COMMUNITY_KINDS, MEMBER_CATEGORIES, MEMBER_ROLES, MEMBER_STATUSES, enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';
import { ExportDialog } from './ExportDialog';
import { filtersFromParams, paramsFromFilters, toMemberFilter, type MemberListFilters } from './filters';
import { MemberTable } from './MemberTable';

const MemberListQuery = graphql(`
  query MemberList($first: Int!, $after: String, $filter: MemberFilter) {
    members(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...MemberRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Member'];

/**
 * /members (党员名册): the region's roster by name, paged and filtered on the server, the filters in the URL.
 * A unit liaison's roster is its own unit's (the API forces it): no unit filter, and a line saying so.
 */
export default function MemberListPage() {
  const t = useT();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const ownUnit = access.rosterUnitId;
  const filters = useMemo(() => {
    const read = filtersFromParams(params);
    return ownUnit ? { ...read, unitId: undefined } : read;
  }, [params, ownUnit]);
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo(() => toMemberFilter(filters), [filters]);
  const [exporting, setExporting] = useState(false);

  const setFilters = (patch: Partial<MemberListFilters>) =>
    setParams(paramsFromFilters({ ...filters, ...patch }, pageSize), { replace: true });

  const table = useConnectionTable({
    query: MemberListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.members,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setParams(paramsFromFilters(filters, size), { replace: true }),
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'members.countAll' : 'members.countPage', {
          count: table.rows.length,
        })
      : null;
  const enumOptions = <T extends string>(values: readonly T[], label: (v: T) => MessageKey) =>
    values.map((value) => ({ value, label: t(label(value)) }));
  const newMember = filters.unitId ? `/members/new?unit=${encodeURIComponent(filters.unitId)}` : '/members/new';

  return (
    <Card
      title={t('members.title')}
      extra={
        <Space wrap>
          {access.exportMembers && (
            <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
              {t('members.export')}
            </Button>
          )}
          {access.importMembers && (
            <Link to="/members/import">
              <Button icon={<UploadOutlined />}>{t('members.import')}</Button>
            </Link>
          )}
          {access.manageMembers && (
            <Link to={newMember}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('members.create')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      {ownUnit && <Alert type="info" showIcon title={t('members.ownUnitOnly')} style={{ marginBottom: 16 }} />}
      <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          key={filters.namePrefix ?? ''}
          aria-label={t('members.namePrefix')}
          placeholder={t('members.namePrefix')}
          defaultValue={filters.namePrefix}
          allowClear
          onSearch={(value) => setFilters({ namePrefix: value.trim() || undefined })}
          style={{ width: 200 }}
        />
        {!ownUnit && (
          <UnitPicker
            aria-label={t('member.unitShort')}
            placeholder={t('member.unitShort')}
            value={filters.unitId ?? null}
            onChange={(unitId) => setFilters({ unitId: unitId ?? undefined })}
            style={{ width: 220 }}
          />
        )}
        {access.manageUnits && (
          <UnitPicker
            aria-label={t('member.community')}
            placeholder={t('member.community')}
            hostKinds={COMMUNITY_KINDS}
            value={filters.communityId ?? null}
            onChange={(communityId) => setFilters({ communityId: communityId ?? undefined })}
            style={{ width: 200 }}
          />
        )}
        <Select
          aria-label={t('member.category')}
          placeholder={t('member.category')}
          allowClear
          value={filters.category}
          onChange={(category) => setFilters({ category })}
          options={enumOptions(MEMBER_CATEGORIES, enumLabel.memberCategory)}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('member.status')}
          placeholder={t('member.status')}
          allowClear
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          options={enumOptions(MEMBER_STATUSES, enumLabel.memberStatus)}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('member.roles')}
          placeholder={t('member.roles')}
          allowClear
          value={filters.role}
          onChange={(role) => setFilters({ role })}
          options={enumOptions(MEMBER_ROLES, enumLabel.memberRole)}
          style={{ width: 140 }}
        />
        <Button onClick={() => setParams(paramsFromFilters({}, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <MemberTable {...table.tableProps} />
      <CursorPager
        pager={table.pager}
        total={count && <Typography.Text type="secondary" data-testid="members-count">{count}</Typography.Text>}
      />
      {access.exportMembers && (
        <ExportDialog open={exporting} filter={filter} ownUnitOnly={ownUnit !== null} onClose={() => setExporting(false)} />
      )}
    </Card>
  );
}
