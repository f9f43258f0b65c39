import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../api/dates';
import type { ApiProblem } from '../../api/errors';
import type { TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import type { RegionRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { AccountActions } from '../accounts/AccountActions';
import { accountLabel, STATE_COLOR } from '../accounts/labels';

type Admin = RegionRowFragment['admins'][number];

/** A region's admin accounts under its row of 区域列表, each with 重置密码 and 停用 / 启用 (the platform admin's to do). */
export function RegionAdmins({
  admins,
  onPassword,
  onProblem,
}: {
  admins: readonly Admin[];
  onPassword: (result: TemporaryPassword) => void;
  onProblem: (problem: ApiProblem | null) => void;
}) {
  const t = useT();
  const columns: TableColumnsType<Admin> = [
    { title: t('account.username'), dataIndex: 'username', width: 160 },
    { title: t('account.name'), dataIndex: 'name', width: 120 },
    { title: t('account.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v || t('common.none') },
    {
      title: t('account.state'),
      dataIndex: 'state',
      width: 90,
      render: (v: Admin['state']) => <Tag color={STATE_COLOR[v]}>{t(accountLabel.state(v))}</Tag>,
    },
    {
      title: t('account.temporaryPasswordSetAt'),
      dataIndex: 'temporaryPasswordSetAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{t('account.passwordChosen')}</Typography.Text>),
    },
    { title: t('common.actions'), key: 'actions', render: (_, a) => <AccountActions account={a} onPassword={onPassword} onProblem={onProblem} /> },
  ];
  return <Table<Admin> size="small" rowKey="username" columns={columns} dataSource={[...admins]} pagination={false} />;
}
