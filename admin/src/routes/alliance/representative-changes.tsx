import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem, type ApiProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { RepresentativeChangeRowFragment } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import { allianceLabel, REPRESENTATIVE_CHANGES_REFRESH } from './enums';

graphql(`
  fragment RepresentativeChangeRow on RepresentativeChange {
    id
    version
    unitId
    unit {
      id
      name
    }
    post
    previous {
      name
      title
      phone
    }
    next {
      name
      title
      phone
    }
    changedAt
    changedBy
    filedAt
    filedBy
  }
`);

const RepresentativeChangesQuery = graphql(`
  query RepresentativeChanges($filter: RepresentativeChangeFilter, $first: Int!, $after: String) {
    representativeChanges(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...RepresentativeChangeRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const FileRepresentativeChangeMutation = graphql(`
  mutation FileRepresentativeChange($input: FileRepresentativeChangeInput!) {
    fileRepresentativeChange(input: $input) {
      ...RepresentativeChangeRow
    }
  }
`);

type State = 'PENDING' | 'FILED' | 'ALL';
const FILED: Record<State, boolean | null> = { PENDING: false, FILED: true, ALL: null };

/**
 * 变更备案 (002 art.25): changes of units' fixed representatives and liaisons, newest first, 待备案 first; the
 * secretariat files them (备案) and filters by unit; a liaison sees its own unit's.
 */
export function RepresentativeChangesSection({ editable }: { editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [state, setState] = useState<State>('PENDING');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: filing }, file] = useMutation(FileRepresentativeChangeMutation);
  const filter = { filed: FILED[state], unitId: editable ? unitId : null };
  const table = useConnectionTable({
    query: RepresentativeChangesQuery,
    variables: (page) => ({ ...page, filter }),
    connection: (data) => data.representativeChanges,
    resetKey: `${state}|${filter.unitId ?? ''}`,
    additionalTypenames: REPRESENTATIVE_CHANGES_REFRESH.additionalTypenames,
  });
  const none = t('common.none');
  const person = (p: RepresentativeChangeRowFragment['previous']) =>
    p ? [p.name, p.title, p.phone].filter(Boolean).join(' · ') : <Typography.Text type="secondary">{t('alliance.postEmpty')}</Typography.Text>;

  async function fileChange(change: RepresentativeChangeRowFragment) {
    setProblem(null);
    const result = await file({ input: { id: change.id, version: change.version } }, REPRESENTATIVE_CHANGES_REFRESH);
    if (result.error) return setProblem(toProblem(result.error));
    void message.success(t('alliance.filedMessage', { unit: change.unit?.name ?? '' }));
  }

  const columns: TableColumnsType<RepresentativeChangeRowFragment> = [
    { title: t('alliance.changedAt'), dataIndex: 'changedAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('alliance.unit'), key: 'unit', width: 200, render: (_, c) => c.unit?.name ?? none },
    { title: t('alliance.changePost'), dataIndex: 'post', width: 100, render: (_, c) => t(allianceLabel.representativePost(c.post)) },
    { title: t('alliance.previousPerson'), key: 'previous', render: (_, c) => person(c.previous) },
    { title: t('alliance.nextPerson'), key: 'next', render: (_, c) => person(c.next) },
    { title: t('alliance.changedBy'), dataIndex: 'changedBy', width: 120 },
    {
      title: t('alliance.filingState'),
      key: 'state',
      width: 190,
      render: (_, c) =>
        c.filedAt ? (
          <Flex vertical gap={2}>
            <Tag color="green" style={{ width: 'fit-content' }}>{t('alliance.filed')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${c.filedBy ?? ''} ${formatDateTime(c.filedAt)}`}</Typography.Text>
          </Flex>
        ) : (
          <Tag color="orange">{t('alliance.pending')}</Tag>
        ),
    },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            fixed: 'right' as const,
            render: (_: unknown, c: RepresentativeChangeRowFragment) =>
              c.filedAt ? null : (
                <Popconfirm
                  title={t('alliance.fileConfirm', { unit: c.unit?.name ?? '', post: t(allianceLabel.representativePost(c.post)) })}
                  okText={t('alliance.file')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => fileChange(c)}
                >
                  <Button size="small" icon={<CheckOutlined />} loading={filing} aria-label={t('alliance.fileOf', { unit: c.unit?.name ?? '' })}>
                    {t('alliance.file')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('alliance.representativeChanges')}>
      <Typography.Paragraph type="secondary">{t('alliance.representativeChangesHint')}</Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={t('alliance.filingState')}
          value={state}
          onChange={(value) => setState(value as State)}
          options={[
            { value: 'PENDING', label: t('alliance.pending') },
            { value: 'FILED', label: t('alliance.filed') },
            { value: 'ALL', label: t('alliance.allStates') },
          ]}
        />
        {editable && <UnitPicker value={unitId} onChange={setUnitId} placeholder={t('alliance.allUnits')} aria-label={t('alliance.unit')} style={{ minWidth: 260 }} />}
      </Flex>
      {problem && <ProblemAlert problem={problem} onReload={table.refresh} />}
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('alliance.representativeChanges')}>
        <Table<RepresentativeChangeRowFragment>
          data-testid="representative-changes"
          rowKey="id"
          columns={columns}
          {...table.tableProps}
          locale={{ emptyText: t('alliance.noChanges') }}
          scroll={{ x: 1200 }}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} />
    </Card>
  );
}
