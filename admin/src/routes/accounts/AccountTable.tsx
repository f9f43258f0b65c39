import { Space, Table, Tag, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import { formatDateTime } from '../../api/dates';
import type { ApiProblem } from '../../api/errors';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import type { TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { UnitLink } from '../../components/UnitLink';
import { graphql } from '../../gql';
import type { AccountRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { AccountActions } from './AccountActions';
import { accountLabel, LOCKOUT_FAILURES, STATE_COLOR } from './labels';

graphql(`
  fragment AccountRow on Account {
    username
    name
    phone
    role
    unitId
    unit {
      id
      name
    }
    memberId
    member {
      id
      name
    }
    state
    temporaryPasswordSetAt
    lastSignInAt
    failedSignIns
    lockedUntil
    createdAt
    version
  }
`);

interface Props extends TableProps<AccountRowFragment> {
  onPassword: (result: TemporaryPassword) => void;
  onProblem: (problem: ApiProblem | null) => void;
  /** 更换单位 on a liaison's row: opens the dialog. */
  onRebind: (account: AccountRowFragment) => void;
}

/** The region's accounts as rows (账号管理), by role then username as the API gives them, with each row's actions. */
export function AccountTable({ onPassword, onProblem, onRebind, ...props }: Props) {
  const t = useT();
  const none = t('common.none');
  const columns: TableColumnsType<AccountRowFragment> = [
    {
      title: t('account.username'),
      dataIndex: 'username',
      fixed: 'left',
      width: 150,
      render: (v: string) => <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</Typography.Text>,
    },
    { title: t('account.name'), dataIndex: 'name', width: 110 },
    { title: t('account.role'), dataIndex: 'role', width: 120, render: (v: AccountRowFragment['role']) => t(accountLabel.role(v)) },
    {
      title: t('account.unit'),
      key: 'unit',
      width: 200,
      render: (_, a) => (a.unit ? <UnitLink id={a.unit.id} name={a.unit.name} /> : none),
    },
    {
      title: t('account.state'),
      dataIndex: 'state',
      width: 170,
      render: (v: AccountRowFragment['state'], a) => (
        <Space size={4} wrap>
          <Tag color={STATE_COLOR[v]}>{t(accountLabel.state(v))}</Tag>
          {a.lockedUntil ? (
            <Tooltip title={t('accounts.lockedHint')}>
              <Tag color="red" data-testid="locked-tag">
                {t('accounts.locked', { until: formatDateTime(a.lockedUntil) })}
              </Tag>
            </Tooltip>
          ) : a.failedSignIns >= LOCKOUT_FAILURES ? (
            <Tooltip title={t('accounts.lockingHint')}>
              <Tag color="orange" data-testid="locked-tag">
                {t('accounts.locking', { count: a.failedSignIns })}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('account.lastSignInAt'),
      dataIndex: 'lastSignInAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{t('account.neverSignedIn')}</Typography.Text>),
    },
    {
      title: t('account.temporaryPasswordSetAt'),
      dataIndex: 'temporaryPasswordSetAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{t('account.passwordChosen')}</Typography.Text>),
    },
    { title: t('account.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 260,
      render: (_, a) => <AccountActions account={a} onPassword={onPassword} onProblem={onProblem} onRebind={onRebind} />,
    },
  ];
  return (
    <KeyboardScrollable label={t('accounts.title')}>
      <Table<AccountRowFragment>
        rowKey="username"
        columns={columns}
        locale={{ emptyText: t('accounts.empty') }}
        scroll={{ x: 1470 }}
        {...props}
      />
    </KeyboardScrollable>
  );
}
