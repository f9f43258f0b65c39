import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Select, Skeleton, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { problemText, toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ServiceRecordFilter, ServiceRecordRowFragment, ServiceRecordStatus } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { pick, toParams } from '../../lists/params';
import { recordLabel, SERVICE_RECORD_STATUSES, SERVICE_STATUS_COLOR } from '../enums';
import { UnitScope, useRecordsScope } from '../scope';
import { ConfirmServiceHoursMutation, DeclineDialog } from './DeclineDialog';
import { LogServiceDialog } from './LogServiceDialog';

const ServiceRecordListQuery = graphql(`
  query ServiceRecordList($first: Int!, $after: String, $filter: ServiceRecordFilter!) {
    serviceRecords(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ServiceRecordRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['ServiceRecord'];
/** `?status=ALL` shows every status; no status in the URL means the inbox (待确认). */
const ALL = 'ALL';

/**
 * /member-records/service (服务时长确认): a community's volunteer service records, pending first by default, each
 * confirmed (its hours and points count) or declined with a reason. A 村/社区's liaison sees its own; the secretariat
 * picks a community; another unit's liaison sees what its members filed (read only).
 */
export default function ServiceRecordListPage() {
  const t = useT();
  const { message } = App.useApp();
  const scope = useRecordsScope();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const rawStatus = params.get('status');
  const status: ServiceRecordStatus | undefined = rawStatus === ALL ? undefined : (pick(SERVICE_RECORD_STATUSES, rawStatus) ?? 'PENDING');
  const picked = params.get('community');
  /** A community's inbox (the secretariat's pick, or the liaison's own 村/社区); else the liaison's members' records. */
  const communityUnitId = scope.admin ? picked : scope.isCommunity ? scope.ownUnitId : null;
  const memberUnitId = !scope.admin && !scope.isCommunity ? scope.ownUnitId : null;
  const filter = useMemo<ServiceRecordFilter>(
    () => (communityUnitId ? { communityUnitId, status } : { memberUnitId, status }),
    [communityUnitId, memberUnitId, status],
  );
  const setFilter = (patch: { community?: string | null; status?: string | null }, size = pageSize) => {
    const next = { community: picked, status: rawStatus, ...patch };
    setParams(toParams(next, size), { replace: true });
  };
  const [logging, setLogging] = useState(false);
  const [declining, setDeclining] = useState<ServiceRecordRowFragment | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [, confirm] = useMutation(ConfirmServiceHoursMutation);

  const ready = !scope.fetching && Boolean(filter.communityUnitId || filter.memberUnitId);
  const table = useConnectionTable({
    query: ServiceRecordListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.serviceRecords,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
    pause: !ready,
  });

  if (scope.fetching) return <Skeleton active />;
  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  /** The secretariat and the community itself decide; another unit only reads. */
  const mayDecide = scope.admin || scope.isCommunity;

  async function confirmRecord(record: ServiceRecordRowFragment) {
    setConfirming(record.id);
    const result = await confirm({ input: { id: record.id, version: record.version, decision: 'CONFIRM' } }, { additionalTypenames: REFRESH_ON });
    setConfirming(null);
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('serviceHours.confirmed', { name: record.memberName, hours: record.hours }));
  }

  const none = t('common.none');
  const columns: TableColumnsType<ServiceRecordRowFragment> = [
    { title: t('records.member'), dataIndex: 'memberName', fixed: 'left', width: 100 },
    { title: t('records.memberUnit'), key: 'unit', width: 180, render: (_, r) => r.memberUnit?.name ?? none },
    ...(communityUnitId ? [] : [{ title: t('serviceHours.community'), key: 'community', width: 160, render: (_: unknown, r: ServiceRecordRowFragment) => r.community?.name ?? none }]),
    { title: t('serviceHours.servedOn'), dataIndex: 'servedOn', width: 110 },
    { title: t('serviceHours.hours'), dataIndex: 'hours', width: 110, align: 'right' },
    {
      title: t('serviceHours.description'),
      key: 'description',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.description}</span>
          {(r.place || r.post) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[r.place, r.post && t('serviceHours.postOf', { title: r.post.title })].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('serviceHours.status'),
      dataIndex: 'status',
      width: 100,
      render: (value: ServiceRecordStatus, r) => {
        const tag = (
          <Tag color={SERVICE_STATUS_COLOR[value]} style={{ marginInlineEnd: 0 }} data-testid="service-status">
            {t(recordLabel.serviceStatus(value))}
          </Tag>
        );
        return r.declineReason ? <Tooltip title={t('serviceHours.declinedBecause', { reason: r.declineReason })}>{tag}</Tooltip> : tag;
      },
    },
    { title: t('serviceHours.filedAt'), dataIndex: 'filedAt', width: 150, render: (v: string) => formatDateTime(v) },
    ...(mayDecide
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 190,
            render: (_: unknown, r: ServiceRecordRowFragment) =>
              r.status === 'PENDING' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    icon={<CheckOutlined />}
                    loading={confirming === r.id}
                    aria-label={t('serviceHours.confirmOf', { name: r.memberName, date: r.servedOn })}
                    onClick={() => confirmRecord(r)}
                  >
                    {t('serviceHours.confirm')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    icon={<CloseOutlined />}
                    aria-label={t('serviceHours.declineOf', { name: r.memberName, date: r.servedOn })}
                    onClick={() => setDeclining(r)}
                  >
                    {t('serviceHours.decline')}
                  </Button>
                </Space>
              ) : (
                <Typography.Text type="secondary">{r.decidedAt ? formatDateTime(r.decidedAt) : none}</Typography.Text>
              ),
          },
        ]
      : []),
  ];

  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'lists.countAll' : 'lists.countPage', { count: table.rows.length })
    : null;
  const shownCommunity = communityUnitId ? { id: communityUnitId, name: scope.admin ? null : scope.ownUnit?.name } : null;

  return (
    <Card
      title={t('serviceHours.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)}>
          {t('serviceLog.open')}
        </Button>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        {scope.admin || scope.isCommunity ? (
          <UnitScope communitiesOnly label={t('serviceHours.community')} value={picked} onChange={(community) => setFilter({ community })} />
        ) : (
          <Typography.Text>{t('serviceHours.ownMembers', { unit: scope.ownUnit?.name ?? none })}</Typography.Text>
        )}
        <Select<string>
          aria-label={t('serviceHours.status')}
          value={status ?? ALL}
          onChange={(next) => setFilter({ status: next === 'PENDING' ? null : next })}
          options={[
            ...SERVICE_RECORD_STATUSES.map((value) => ({ value, label: t(recordLabel.serviceStatus(value)) })),
            { value: ALL, label: t('records.allStatuses') },
          ]}
          style={{ width: 130 }}
        />
      </Flex>
      {!ready ? (
        <Alert type="info" showIcon title={t('serviceHours.pickCommunity')} />
      ) : (
        <>
          {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('serviceHours.title')}>
            <Table<ServiceRecordRowFragment>
              rowKey="id"
              columns={columns}
              locale={{ emptyText: t(status === 'PENDING' ? 'serviceHours.emptyPending' : 'serviceHours.empty') }}
              scroll={{ x: 1200 }}
              {...table.tableProps}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} total={count && <span data-testid="records-count">{count}</span>} />
        </>
      )}
      <LogServiceDialog
        open={logging}
        community={shownCommunity}
        fixedCommunity={scope.isCommunity && !scope.admin}
        onClose={() => setLogging(false)}
      />
      <DeclineDialog record={declining} onClose={() => setDeclining(null)} onReload={table.refresh} />
    </Card>
  );
}
