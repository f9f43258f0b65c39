import { List, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../api/dates';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import type { ActionItemFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { proceedingsLabel } from '../labels';

/** 督办事项 with their responsible units, due date, what counts as done, status (逾期 in red) and the units' reports. */
export function ActionItemList({ items, testId }: { items: readonly ActionItemFieldsFragment[]; testId: string }) {
  const t = useT();
  // antd's own empty text is too faint for WCAG contrast: the secondary text colour instead.
  if (items.length === 0) return <Typography.Text type="secondary">{t('actionItems.empty')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={[...items]}
      renderItem={(item) => (
        <List.Item>
          <div style={{ width: '100%' }} className="action-item">
            <Space size={8} wrap>
              <Typography.Text strong className="action-item-title">
                {item.title}
              </Typography.Text>
              <Tag color={item.status === 'DONE' ? 'green' : 'blue'}>{t(proceedingsLabel.actionStatus(item.status))}</Tag>
              {item.overdue && <Tag color="red">{t('actionItems.overdue')}</Tag>}
            </Space>
            <div>
              <Typography.Text type="secondary">
                {t('actionItems.line', { units: item.responsibleUnits.map((u) => u.name).join('、') || t('common.none'), due: item.dueOn })}
              </Typography.Text>
            </div>
            {item.doneWhen && (
              <div>
                <Typography.Text type="secondary">
                  {t('actionItems.doneWhen')}：{item.doneWhen}
                </Typography.Text>
              </div>
            )}
            {item.reports.length === 0 ? (
              <Typography.Text type="secondary">{t('actionItems.noReports')}</Typography.Text>
            ) : (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {item.reports.map((report, index) => (
                  <li key={index}>
                    <Typography.Text>{report.unit?.name ?? report.unitId}</Typography.Text>
                    {report.done && (
                      <Tag color="green" style={{ marginInlineStart: 6 }}>
                        {t('actionItems.reportedDone')}
                      </Tag>
                    )}
                    <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                      {report.reportedBy} · {formatDateTime(report.reportedAt)}
                    </Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{report.text}</div>
                    {report.files.map((file) => (
                      <ArchiveFileLink key={file.name} file={file} />
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
