import { Space, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import type { ProjectRowFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { listLabel } from '../enums';
import { PublicationCell, projectPublishable } from '../publications/PublicationControls';
import { OverdueTag, ProjectStatusTag } from '../StatusTags';

/**
 * Projects as rows (项目清单, 认领大厅); `action` adds a last column (认领 in the hall), `publication` the 公示 column
 * (the tag, and 公示 / 撤回公示 for the secretariat).
 */
export function ProjectTable({
  label,
  empty,
  action,
  publication = false,
  ...props
}: TableProps<ProjectRowFragment> & { label: string; empty: string; action?: (p: ProjectRowFragment) => ReactNode; publication?: boolean }) {
  const t = useT();
  const none = t('common.none');
  const columns: TableColumnsType<ProjectRowFragment> = [
    {
      title: t('project.title'),
      dataIndex: 'title',
      fixed: 'left',
      width: 220,
      render: (title: string, p) => <Link to={`/lists/projects/${p.id}`}>{title}</Link>,
    },
    { title: t('project.communityUnit'), key: 'community', width: 160, render: (_, p) => p.communityUnit?.name ?? none },
    {
      title: t('project.status'),
      key: 'status',
      width: 130,
      render: (_, p) => (
        <Space size={4}>
          <ProjectStatusTag status={p.status} />
          {p.overdue && <OverdueTag />}
        </Space>
      ),
    },
    {
      title: t('project.leadUnit'),
      key: 'lead',
      width: 200,
      render: (_, p) =>
        p.leadUnit ? (
          <span>
            {p.leadUnit.name}
            {p.claimMode && (
              <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
                {t(listLabel.claimMode(p.claimMode))}
              </Typography.Text>
            )}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('project.unclaimed')}</Typography.Text>
        ),
    },
    { title: t('project.budget'), dataIndex: 'budget', width: 110, align: 'right', render: (v: number | null) => (v == null ? none : t('lists.yuanAmount', { amount: v.toLocaleString('zh-CN') })) },
    { title: t('project.period'), key: 'period', width: 200, render: (_, p) => (p.startsOn || p.targetOn ? `${p.startsOn ?? '…'} ~ ${p.targetOn ?? '…'}` : none) },
    { title: t('project.slots'), key: 'slots', width: 100, align: 'right', render: (_, p) => (p.volunteerSlots > 0 ? `${p.slotsTaken} / ${p.volunteerSlots}` : none) },
    ...(publication
      ? [{ title: t('publication.column'), key: 'publication', width: 150, render: (_: unknown, p: ProjectRowFragment) => <PublicationCell record={p} type="PROJECT" publishable={projectPublishable(p.status)} /> }]
      : []),
    ...(action ? [{ title: t('common.actions'), key: 'action', width: 100, render: (_: unknown, p: ProjectRowFragment) => action(p) }] : []),
  ];
  return (
    <KeyboardScrollable label={label}>
      <Table<ProjectRowFragment> rowKey="id" columns={columns} locale={{ emptyText: empty }} scroll={{ x: 1200 }} {...props} />
    </KeyboardScrollable>
  );
}
