import { PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toProblem, type ApiProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TemporaryPasswordDialog, type TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { AccountFilter, AccountRole, AccountRowFragment, AccountState } from '../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { AccountTable } from './AccountTable';
import { CreateAccountDialog } from './CreateAccountDialog';
import { ACCOUNT_ROLES, ACCOUNT_STATES, accountLabel } from './labels';
import { LiaisonAccountsDialog } from './LiaisonAccountsDialog';
import { RebindAccountDialog } from './RebindAccountDialog';

const AccountListQuery = graphql(`
  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {
    accounts(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...AccountRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Account', 'DeletedAccount'];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** The list's filters as kept in its URL (`?role=UNIT_LIAISON&unit=…&state=DISABLED`). */
function filterFromParams(params: URLSearchParams): AccountFilter {
  return {
    role: oneOf<AccountRole>(ACCOUNT_ROLES, params.get('role')),
    unitId: params.get('unit') || undefined,
    state: oneOf<AccountState>(ACCOUNT_STATES, params.get('state')),
  };
}

function paramsFromFilter(filter: AccountFilter, size: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.role) params.set('role', filter.role);
  if (filter.unitId) params.set('unit', filter.unitId);
  if (filter.state) params.set('state', filter.state);
  if (size !== pageSizeFromParams(new URLSearchParams())) params.set('size', String(size));
  return params;
}

/**
 * /accounts (账号管理): the region's sign-ins by role then username, filtered by role, unit and state, paged on the
 * server; 新建账号, 批量开通联络员账号, and per row 重置密码, 停用 / 启用, 解锁 (a locked sign-in), 重置验证器 (an admin's) and
 * 更换单位 (a liaison's). Each row shows its last sign-in and a lock. A temporary password is shown once.
 */
export default function AccountListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const pageSize = pageSizeFromParams(params);
  const setFilter = (patch: Partial<AccountFilter>) => setParams(paramsFromFilter({ ...filter, ...patch }, pageSize), { replace: true });
  const [creating, setCreating] = useState(false);
  const [bulk, setBulk] = useState(false);
  const [password, setPassword] = useState<TemporaryPassword | null>(null);
  const [actionProblem, setActionProblem] = useState<ApiProblem | null>(null);
  const [rebinding, setRebinding] = useState<AccountRowFragment | null>(null);
  const { message } = App.useApp();

  const table = useConnectionTable({
    query: AccountListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.accounts,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setParams(paramsFromFilter(filter, size), { replace: true }),
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'accounts.countAll' : 'accounts.countPage', { count: table.rows.length })
      : null;

  return (
    <Card
      title={t('accounts.title')}
      extra={
        <Space wrap>
          <Button icon={<UsergroupAddOutlined />} onClick={() => setBulk(true)}>
            {t('accounts.bulk')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('accounts.hint')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Select
          aria-label={t('account.role')}
          placeholder={t('account.role')}
          allowClear
          value={filter.role ?? undefined}
          onChange={(role?: AccountRole) => setFilter({ role })}
          options={ACCOUNT_ROLES.map((value) => ({ value, label: t(accountLabel.role(value)) }))}
          style={{ width: 150 }}
        />
        <UnitPicker
          aria-label={t('accounts.filterUnit')}
          placeholder={t('accounts.filterUnit')}
          value={filter.unitId ?? null}
          onChange={(unitId) => setFilter({ unitId: unitId ?? undefined })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('account.state')}
          placeholder={t('account.state')}
          allowClear
          value={filter.state ?? undefined}
          onChange={(state?: AccountState) => setFilter({ state })}
          options={ACCOUNT_STATES.map((value) => ({ value, label: t(accountLabel.state(value)) }))}
          style={{ width: 120 }}
        />
        <Button onClick={() => setParams(paramsFromFilter({}, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <ProblemAlert problem={actionProblem} onReload={() => (setActionProblem(null), table.refresh())} onClose={() => setActionProblem(null)} />
      <AccountTable {...table.tableProps} onPassword={setPassword} onProblem={setActionProblem} onRebind={setRebinding} />
      <CursorPager
        pager={table.pager}
        total={count && <Typography.Text type="secondary" data-testid="accounts-count">{count}</Typography.Text>}
      />
      <CreateAccountDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setPassword(result);
        }}
      />
      <LiaisonAccountsDialog open={bulk} onClose={() => setBulk(false)} />
      <RebindAccountDialog
        account={rebinding}
        onClose={() => setRebinding(null)}
        onDone={(name) => {
          setRebinding(null);
          void message.success(t('accounts.rebound', { name }));
        }}
      />
      <TemporaryPasswordDialog result={password} onClose={() => setPassword(null)} />
    </Card>
  );
}
