import { Space, Table, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useAccess } from '../../auth/AuthProvider';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { UnitLink } from '../../components/UnitLink';
import { LevelWithCheck, PairingCell, StatusTag } from '../../components/UnitTags';
import { graphql } from '../../gql';
import type { UnitRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';

graphql(`
  fragment UnitRow on Unit {
    id
    name
    hostKind
    level
    allianceRole
    status
    childCount
    needsPairing
    activePairingCount
    levelCheck {
      fits
      verdict
      expectedLevel
    }
  }
`);

/** Units as rows: the units list and a unit's children share it. `label` names it (its scroll region). */
export function UnitTable(props: TableProps<UnitRowFragment> & { emptyText?: string; label?: string }) {
  const t = useT();
  const access = useAccess();
  const { emptyText, label, ...tableProps } = props;
  const columns: TableColumnsType<UnitRowFragment> = [
    {
      title: t('unit.name'),
      dataIndex: 'name',
      render: (name: string, unit) => <UnitLink id={unit.id} name={name} />,
    },
    {
      title: t('unit.hostKind'),
      dataIndex: 'hostKind',
      render: (v: UnitRowFragment['hostKind']) => t(enumLabel.hostKind(v)),
    },
    {
      title: t('unit.level'),
      dataIndex: 'level',
      render: (level: UnitRowFragment['level'], unit) => <LevelWithCheck level={level} check={unit.levelCheck} />,
    },
    {
      title: t('unit.allianceRole'),
      dataIndex: 'allianceRole',
      render: (v: UnitRowFragment['allianceRole']) => t(enumLabel.allianceRole(v)),
    },
    { title: t('unit.status'), dataIndex: 'status', render: (v: UnitRowFragment['status']) => <StatusTag status={v} /> },
    { title: t('unit.childCount'), dataIndex: 'childCount', align: 'right', width: 100 },
    {
      title: t('unit.pairing'),
      key: 'pairing',
      render: (_, unit) => <PairingCell needsPairing={unit.needsPairing} activePairingCount={unit.activePairingCount} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, unit) => (
        <Space size={12}>
          {access.canOpenUnit(unit.id) && <Link to={`/units/${unit.id}`}>{t('common.view')}</Link>}
          {access.canEditUnit(unit.id) && <Link to={`/units/${unit.id}/edit`}>{t('common.edit')}</Link>}
        </Space>
      ),
    },
  ];
  return (
    <KeyboardScrollable label={label ?? t('units.title')}>
      <Table<UnitRowFragment>
        rowKey="id"
        columns={columns}
        locale={{ emptyText: emptyText ?? t('units.empty') }}
        scroll={{ x: 960 }}
        {...tableProps}
      />
    </KeyboardScrollable>
  );
}
