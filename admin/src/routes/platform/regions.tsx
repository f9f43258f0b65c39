import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { formatDateTime } from '../../api/dates';
import { toProblem, type ApiProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TemporaryPasswordDialog, type TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { graphql } from '../../gql';
import type { RegionRowFragment } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { AppointAdminDialog } from './AppointAdminDialog';
import { EditRegionDialog } from './EditRegionDialog';
import { RegionActions, SuspendRegionDialog, VisitRegionDialog, type RegionAction } from './RegionActions';
import { RegionAdmins } from './RegionAdmins';
import { regionLevelLabel, regionStateLabel } from './labels';

graphql(`
  fragment RegionRow on Region {
    id
    name
    level
    slug
    superiorOrganization
    unitCount
    memberCount
    accountCount
    lastActivityAt
    adminCount
    admins {
      username
      name
      phone
      role
      state
      temporaryPasswordSetAt
      version
    }
    state
    suspendedAt
    suspendedReason
    version
    createdAt
  }
`);

const RegionListQuery = graphql(`
  query RegionList($first: Int!, $after: String) {
    regions(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...RegionRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Region', 'Account', 'DeletedAccount'];

/**
 * /regions (区域列表): the platform admin's home; every region, newest first, with its state and admins, and per region
 * 任命管理员, 修改, 停用 / 恢复 and 代管查看 (the read-only visit).
 */
export default function RegionListPage() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  /** A region just made (新建区域 passes it): its admin is the next step. */
  const [appointing, setAppointing] = useState<{ id: string; name: string } | null>(
    () => (location.state as { appoint?: { id: string; name: string } } | null)?.appoint ?? null,
  );
  // Once: a reload or 返回 does not open it again.
  useEffect(() => {
    if (location.state) navigate('.', { replace: true, state: null });
  }, [location.state, navigate]);
  const [password, setPassword] = useState<TemporaryPassword | null>(null);
  const [actionProblem, setActionProblem] = useState<ApiProblem | null>(null);
  const [editing, setEditing] = useState<RegionRowFragment | null>(null);
  const [suspending, setSuspending] = useState<RegionRowFragment | null>(null);
  const [visiting, setVisiting] = useState<RegionRowFragment | null>(null);
  const onAction = (action: RegionAction, r: RegionRowFragment) => {
    setActionProblem(null);
    if (action === 'appoint') setAppointing({ id: r.id, name: r.name });
    else if (action === 'edit') setEditing(r);
    else if (action === 'suspend') setSuspending(r);
    else setVisiting(r);
  };
  const table = useConnectionTable({
    query: RegionListQuery,
    variables: ({ first, after }) => ({ first, after }),
    connection: (data) => data.regions,
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const none = t('common.none');
  const columns: TableColumnsType<RegionRowFragment> = [
    { title: t('region.name'), dataIndex: 'name', fixed: 'left', width: 180 },
    {
      title: t('region.state'),
      dataIndex: 'state',
      width: 90,
      render: (v: RegionRowFragment['state'], r) =>
        v === 'SUSPENDED' ? (
          <Tooltip
            title={[
              r.suspendedReason && t('region.suspendedReason', { reason: r.suspendedReason }),
              r.suspendedAt && t('region.suspendedAt', { at: formatDateTime(r.suspendedAt) }),
            ]
              .filter(Boolean)
              .join('；')}
          >
            <Tag color="error" tabIndex={0} data-testid="region-state">
              {t(regionStateLabel(v))}
            </Tag>
          </Tooltip>
        ) : (
          <Tag color="success" data-testid="region-state">
            {t(regionStateLabel(v))}
          </Tag>
        ),
    },
    { title: t('region.level'), dataIndex: 'level', width: 90, render: (v: RegionRowFragment['level']) => t(regionLevelLabel(v)) },
    { title: t('region.slug'), dataIndex: 'slug', width: 120, render: (v: string | null) => (v ? <Typography.Text code>{v}</Typography.Text> : none) },
    { title: t('region.superiorOrganization'), dataIndex: 'superiorOrganization', width: 180, render: (v: string | null) => v || none },
    { title: t('region.unitCount'), dataIndex: 'unitCount', width: 90, align: 'right' },
    { title: t('region.memberCount'), dataIndex: 'memberCount', width: 80, align: 'right' },
    { title: t('region.accountCount'), dataIndex: 'accountCount', width: 80, align: 'right' },
    {
      title: t('region.admins'),
      key: 'admins',
      width: 200,
      render: (_, r) =>
        r.admins.length > 0 ? (
          r.admins.map((a) => a.name).join('、')
        ) : (
          <Typography.Text type="warning">{t('region.noAdmin')}</Typography.Text>
        ),
    },
    { title: t('region.lastActivityAt'), dataIndex: 'lastActivityAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : none) },
    { title: t('region.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 260,
      render: (_, r) => <RegionActions region={r} onAction={onAction} onProblem={setActionProblem} />,
    },
  ];
  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'regions.countAll' : 'regions.countPage', { count: table.rows.length })
      : null;

  return (
    <Card
      title={t('regions.title')}
      extra={
        <Link to="/regions/new">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('regions.create')}
          </Button>
        </Link>
      }
    >
      <Typography.Paragraph type="secondary">{t('regions.hint')}</Typography.Paragraph>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <ProblemAlert problem={actionProblem} onReload={() => (setActionProblem(null), table.refresh())} onClose={() => setActionProblem(null)} />
      <KeyboardScrollable label={t('regions.title')}>
        <Table<RegionRowFragment>
          rowKey="id"
          columns={columns}
          locale={{ emptyText: t('regions.empty') }}
          scroll={{ x: 1470 }}
          expandable={{
            expandedRowRender: (r) => <RegionAdmins admins={r.admins} onPassword={setPassword} onProblem={setActionProblem} />,
            rowExpandable: (r) => r.admins.length > 0,
          }}
          {...table.tableProps}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} total={count} />
      <AppointAdminDialog
        region={appointing}
        onClose={() => setAppointing(null)}
        onAppointed={(result) => {
          setAppointing(null);
          setPassword(result);
        }}
      />
      <TemporaryPasswordDialog result={password} onClose={() => setPassword(null)} />
      <EditRegionDialog region={editing} onClose={() => setEditing(null)} onReload={table.refresh} />
      <SuspendRegionDialog region={suspending} onClose={() => setSuspending(null)} onReload={table.refresh} />
      <VisitRegionDialog region={visiting} onClose={() => setVisiting(null)} />
    </Card>
  );
}
