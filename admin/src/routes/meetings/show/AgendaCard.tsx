import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import { UnitLink } from '../../../components/UnitLink';
import { graphql } from '../../../gql';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { AddAgendaItemDialog } from './AddAgendaItemDialog';
import { AgendaMaterialsDialog } from './AgendaMaterialsDialog';

const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($meetingId: ID!, $version: Int!, $itemId: ID!) {
    removeAgendaItem(meetingId: $meetingId, version: $version, itemId: $itemId) {
      ...MeetingPageFields
    }
  }
`);

/** 会议材料 may be set from the draft until the meeting is held (also after its notice, which ends EDIT). */
const MATERIALS_OPEN: readonly MeetingPageFieldsFragment['status'][] = ['DRAFT', 'NOTICED', 'POSTPONED'];

interface Props {
  meeting: MeetingPageFieldsFragment;
  /** 添加议题 and 删除: while the meeting may be edited (before its notice). */
  editable: boolean;
  /** Problems go to the page, which shows them (with 重新加载 for a CONFLICT). */
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * 议题: the agenda in its order, each with its presenter, planned time and 会议材料 (download links); added and removed
 * one at a time while the meeting is editable, its materials set (材料) by the region admin until the meeting is held.
 */
export function AgendaCard({ meeting, editable, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [materialsOf, setMaterialsOf] = useState<string | null>(null);
  const materialsEditable = useAccess().manageMeetings && MATERIALS_OPEN.includes(meeting.status);
  const [{ fetching: removing }, removeItem] = useMutation(RemoveAgendaItemMutation);
  const items = [...meeting.agenda].sort((a, b) => a.order - b.order);
  const plannedMinutes = items.reduce((sum, item) => sum + (item.plannedMinutes ?? 0), 0);

  async function remove(itemId: string) {
    onProblem(null);
    const result = await removeItem({ meetingId: meeting.id, version: meeting.version, itemId });
    if (result.error) return onProblem(toProblem(result.error));
    void message.success(t('agenda.removed'));
  }

  return (
    <Card
      title={t('meeting.agenda')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('agenda.add')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('agenda.empty')}</Typography.Text>
      ) : (
        <>
          <ol data-testid="agenda" style={{ margin: 0, paddingInlineStart: 24 }}>
            {items.map((item) => (
              <li key={item.id} style={{ padding: '6px 0' }}>
                <Flex justify="space-between" align="start" gap={12} wrap>
                  <div>
                    <Typography.Text strong className="agenda-title">
                      {item.title}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">
                        {item.presenterUnit && <UnitLink id={item.presenterUnit.id} name={item.presenterUnit.name} />}
                        {item.presenterUnit && item.presenter && ' · '}
                        {item.presenter}
                        {(item.presenterUnit || item.presenter) && item.plannedMinutes != null && ' · '}
                        {item.plannedMinutes != null && t('agenda.minutes', { minutes: item.plannedMinutes })}
                      </Typography.Text>
                    </div>
                    {item.materials.length > 0 && (
                      <Flex
                        vertical
                        gap={2}
                        role="group"
                        aria-label={t('agenda.materialsOf', { title: item.title })}
                        data-testid="agenda-materials"
                        style={{ marginTop: 4 }}
                      >
                        {item.materials.map((file) => (
                          <ArchiveFileLink key={file.name} file={file} />
                        ))}
                      </Flex>
                    )}
                  </div>
                  <Flex gap={4}>
                    {materialsEditable && (
                      <Button
                        size="small"
                        icon={<PaperClipOutlined />}
                        aria-label={`${t('agenda.materials')} ${item.title}`}
                        onClick={() => setMaterialsOf(item.id)}
                      >
                        {t('agenda.materials')}
                      </Button>
                    )}
                    {editable && (
                      <Popconfirm
                        title={t('agenda.removeConfirm', { title: item.title })}
                        okText={t('common.delete')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true, loading: removing }}
                        onConfirm={() => remove(item.id)}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${t('agenda.remove')} ${item.title}`}
                        />
                      </Popconfirm>
                    )}
                  </Flex>
                </Flex>
              </li>
            ))}
          </ol>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t('agenda.total', { count: items.length, minutes: plannedMinutes })}
          </Typography.Text>
        </>
      )}
      {materialsEditable && (
        <AgendaMaterialsDialog
          meeting={meeting}
          item={items.find((item) => item.id === materialsOf) ?? null}
          onClose={() => setMaterialsOf(null)}
          onProblem={onProblem}
        />
      )}
      {editable && <AddAgendaItemDialog meeting={meeting} open={adding} onClose={() => setAdding(false)} onProblem={onProblem} />}
    </Card>
  );
}
