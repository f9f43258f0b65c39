import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { graphql } from '../../../gql';
import type { ConsensusFieldsFragment, ConsensusPosition } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';
import { OUTCOME_COLORS, POSITION_COLORS, proceedingsLabel } from '../labels';
import { RecordConsensusMutation, type PositionWithView } from './PositionDialog';

const RecordConsensusForAllMutation = graphql(`
  mutation RecordConsensusForAll($meetingId: ID!, $agendaItemId: ID!) {
    recordConsensusForAll(meetingId: $meetingId, agendaItemId: $agendaItemId) {
      ...ConsensusFields
    }
  }
`);

interface Props {
  meetingId: string;
  agendaItemId: string;
  consensus: ConsensusFieldsFragment | null;
  /** Units that take part (present, or on leave with a delegate). */
  attending: readonly { unitId: string; name: string }[];
  editable: boolean;
  onView: (target: PositionWithView) => void;
  onProblem: (problem: ApiProblem | null) => void;
}

interface Row {
  unitId: string;
  name: string;
  position: ConsensusPosition | null;
  view: string | null;
}

/**
 * 协商一致 for one item: each attending unit's position (同意 / 保留意见 / 反对, the last two with the unit's view),
 * 一致同意 for every unit that has not stated one (the chair's 无异议), and the outcome: 协商一致, 继续协商 or 待表态.
 */
export function ConsensusPanel({ meetingId, agendaItemId, consensus, attending, editable, onView, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [concur, recordConcur] = useMutation(RecordConsensusMutation);
  const [forAll, recordForAll] = useMutation(RecordConsensusForAllMutation);
  const outcome = consensus?.outcome ?? 'PENDING';
  const rows: Row[] = attending.map((unit) => {
    const stated = consensus?.positions.find((p) => p.unitId === unit.unitId);
    return { unitId: unit.unitId, name: unit.name, position: stated?.position ?? null, view: stated?.view ?? null };
  });
  const missing = rows.filter((r) => !r.position).length;

  async function concurFor(row: Row) {
    onProblem(null);
    const result = await recordConcur({ input: { meetingId, agendaItemId, unitId: row.unitId, position: 'CONCUR' } }, REFRESH_MEETING);
    if (result.error) return onProblem(toProblem(result.error));
    void message.success(t('consensus.recorded', { unit: row.name, position: t(proceedingsLabel.position('CONCUR')) }));
  }
  async function concurForAll() {
    onProblem(null);
    const result = await recordForAll({ meetingId, agendaItemId }, REFRESH_MEETING);
    if (result.error) return onProblem(toProblem(result.error));
    void message.success(t('consensus.allConcurred'));
  }

  return (
    <div data-testid="consensus-panel">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space size={8}>
          <Typography.Text strong>{t('consensus.title')}</Typography.Text>
          <Tag color={OUTCOME_COLORS[outcome]} data-testid="consensus-outcome">
            {t(proceedingsLabel.outcome(outcome))}
          </Tag>
        </Space>
        {editable && missing > 0 && (
          <Popconfirm
            title={t('consensus.allConfirm', { count: missing })}
            okText={t('consensus.all')}
            cancelText={t('common.cancel')}
            onConfirm={concurForAll}
          >
            <Button size="small" type="primary" icon={<CheckOutlined />} loading={forAll.fetching}>
              {t('consensus.all')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <Table<Row>
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Typography.Text type="secondary">{t('consensus.noneAttending')}</Typography.Text> }}
        columns={[
          { key: 'unit', title: t('attendance.unit'), dataIndex: 'name' },
          {
            key: 'position',
            title: t('consensus.position'),
            render: (_, r) =>
              r.position ? (
                <Space direction="vertical" size={0}>
                  <Tag color={POSITION_COLORS[r.position]}>{t(proceedingsLabel.position(r.position))}</Tag>
                  {r.view && <Typography.Text type="secondary">{r.view}</Typography.Text>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('consensus.notStated')}</Typography.Text>
              ),
          },
          ...(editable
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, r: Row) => (
                    <Space size={4} wrap>
                      <Button size="small" loading={concur.fetching} onClick={() => concurFor(r)}>
                        {t('enum.consensusPosition.CONCUR')}
                      </Button>
                      <Button size="small" onClick={() => onView({ agendaItemId, unitId: r.unitId, unitName: r.name, position: 'RESERVE', view: r.view })}>
                        {t('enum.consensusPosition.RESERVE')}
                      </Button>
                      <Button size="small" danger onClick={() => onView({ agendaItemId, unitId: r.unitId, unitName: r.name, position: 'OBJECT', view: r.view })}>
                        {t('enum.consensusPosition.OBJECT')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
