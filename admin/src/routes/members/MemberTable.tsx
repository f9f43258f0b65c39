import { Space, Table, Tag, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useAccess } from '../../auth/AuthProvider';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { UnitLink } from '../../components/UnitLink';
import { graphql } from '../../gql';
import type { MemberRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';

graphql(`
  fragment MemberRow on Member {
    id
    name
    gender
    idNumber
    unit {
      id
      name
    }
    community {
      id
      name
    }
    category
    status
    joinedOn
    roles
  }
`);

/** Members as rows (党员名册): the ID number only masked, as every answer carries it. */
export function MemberTable(props: TableProps<MemberRowFragment> & { emptyText?: string; label?: string }) {
  const t = useT();
  const access = useAccess();
  const { emptyText, label, ...tableProps } = props;
  const none = t('common.none');
  const columns: TableColumnsType<MemberRowFragment> = [
    {
      title: t('member.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 110,
      render: (name: string, member) => <Link to={`/members/${member.id}`}>{name}</Link>,
    },
    { title: t('member.gender'), dataIndex: 'gender', width: 64, render: (v: MemberRowFragment['gender']) => t(enumLabel.gender(v)) },
    {
      title: t('member.idNumber'),
      dataIndex: 'idNumber',
      width: 190,
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>,
    },
    {
      title: t('member.unitShort'),
      key: 'unit',
      render: (_, m) => (m.unit ? <UnitLink id={m.unit.id} name={m.unit.name} /> : none),
    },
    {
      title: t('member.community'),
      key: 'community',
      render: (_, m) => (m.community ? <UnitLink id={m.community.id} name={m.community.name} /> : none),
    },
    {
      title: t('member.category'),
      dataIndex: 'category',
      width: 120,
      render: (v: MemberRowFragment['category']) => t(enumLabel.memberCategory(v)),
    },
    {
      title: t('member.status'),
      dataIndex: 'status',
      width: 110,
      render: (v: MemberRowFragment['status']) => (
        <Tag color={v === 'FULL' ? 'red' : 'orange'}>{t(enumLabel.memberStatus(v))}</Tag>
      ),
    },
    { title: t('member.joinedOn'), dataIndex: 'joinedOn', width: 110 },
    {
      title: t('member.roles'),
      dataIndex: 'roles',
      render: (roles: MemberRowFragment['roles']) =>
        roles.length === 0 ? (
          none
        ) : (
          <Space size={[4, 4]} wrap>
            {roles.map((role) => (
              <Tag key={role} style={{ marginInlineEnd: 0 }}>
                {t(enumLabel.memberRole(role))}
              </Tag>
            ))}
          </Space>
        ),
    },
  ];
  if (access.manageMembers) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, m) => <Link to={`/members/${m.id}/edit`} aria-label={`${t('common.edit')} ${m.name}`}>{t('common.edit')}</Link>,
    });
  }
  return (
    <KeyboardScrollable label={label ?? t('members.title')}>
      <Table<MemberRowFragment>
        rowKey="id"
        columns={columns}
        locale={{ emptyText: emptyText ?? t('members.empty') }}
        scroll={{ x: 1250 }}
        {...tableProps}
      />
    </KeyboardScrollable>
  );
}
