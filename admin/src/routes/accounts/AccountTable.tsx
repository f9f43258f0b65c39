import { Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import { formatDateTime } from '../../api/dates';
import type { ApiProblem } from '../../api/errors';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import type { TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { UnitLink } from '../../components/UnitLink';
import { graphql } from '../../gql';
import type { AccountRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { AccountActions } from './AccountActions';
import { accountLabel, STATE_COLOR } from './labels';

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
    createdAt
    version
  }
`);

interface Props extends TableProps<AccountRowFragment> {
  onPassword: (result: TemporaryPassword) => void;
  onProblem: (problem: ApiProblem | null) => void;
}

/** The region's accounts as rows (账号管理), by role then username as the API gives them, with each row's actions. */
export function AccountTable({ onPassword, onProblem, ...props }: Props) {
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
      width: 90,
      render: (v: AccountRowFragment['state']) => <Tag color={STATE_COLOR[v]}>{t(accountLabel.state(v))}</Tag>,
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
      width: 200,
      render: (_, a) => <AccountActions account={a} onPassword={onPassword} onProblem={onProblem} />,
    },
  ];
  return (
    <KeyboardScrollable label={t('accounts.title')}>
      <Table<AccountRowFragment>
        rowKey="username"
        columns={columns}
        locale={{ emptyText: t('accounts.empty') }}
        scroll={{ x: 1180 }}
        {...props}
      />
    </KeyboardScrollable>
  );
}
