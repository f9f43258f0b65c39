import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import { CursorPager } from '../../../components/CursorPager';
import { FileUploadField } from '../../../components/FileUploadField';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitLink } from '../../../components/UnitLink';
import { UnitPicker } from '../../../components/UnitPicker';
import { graphql } from '../../../gql';
import type { PairingRowFragment } from '../../../gql/graphql';
import { useConnectionTable } from '../../../hooks/useConnectionTable';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { COMMUNITY_KINDS, enumLabel } from '../../../i18n/enums';
import { fromApiDate, toApiDate } from '../../../api/dates';

graphql(`
  fragment PairingRow on Pairing {
    id
    unit {
      id
      name
    }
    community {
      id
      name
    }
    startsOn
    endsOn
    content
    agreement {
      ...ArchiveFileFields
    }
    status
    expired
    endedOn
    endReason
    version
  }
`);

const UnitPairingsQuery = graphql(`
  query UnitPairings($id: ID!, $first: Int!, $after: String) {
    unit(id: $id) {
      id
      pairings(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PairingRow
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const CreatePairingMutation = graphql(`
  mutation CreatePairing($input: CreatePairingInput!) {
    createPairing(input: $input) {
      ...PairingRow
      unit {
        id
        activePairingCount
        needsPairing
      }
    }
  }
`);

const EndPairingMutation = graphql(`
  mutation EndPairing($input: EndPairingInput!) {
    endPairing(input: $input) {
      ...PairingRow
      unit {
        id
        activePairingCount
        needsPairing
      }
    }
  }
`);

interface CreateValues {
  communityId?: string | null;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
  content?: string;
  agreementUploadId?: string | null;
}

interface EndValues {
  endedOn?: Dayjs;
  reason?: string;
}

const REFRESH_ON = ['Pairing'];

interface Props {
  /** canStartPairing: 新建结对 (a region admin, on a unit that is not itself a community); canEndPairing: 结束结对. */
  unit: { id: string; name: string; canStartPairing: boolean; canEndPairing: boolean };
}

/** 结对共建 (000 art.12): this unit's pairings, 新建结对 with the agreement file, and 结束结对. */
export function PairingsCard({ unit }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const table = useConnectionTable({
    query: UnitPairingsQuery,
    variables: ({ first, after }) => ({ id: unit.id, first, after }),
    connection: (data) => data.unit?.pairings,
    resetKey: unit.id,
    additionalTypenames: REFRESH_ON,
  });

  const [creating, setCreating] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [createProblem, setCreateProblem] = useState<ApiProblem | null>(null);
  const [createForm] = Form.useForm<CreateValues>();
  const createErrors = useServerFieldErrors(createForm);
  const [{ fetching: createFetching }, createPairing] = useMutation(CreatePairingMutation);

  const [ending, setEnding] = useState<PairingRowFragment | null>(null);
  const [endProblem, setEndProblem] = useState<ApiProblem | null>(null);
  const [endForm] = Form.useForm<EndValues>();
  const endErrors = useServerFieldErrors(endForm);
  const [{ fetching: endFetching }, endPairing] = useMutation(EndPairingMutation);

  async function create(values: CreateValues) {
    setCreateProblem(null);
    createErrors.clearAll();
    const result = await createPairing({
      input: {
        unitId: unit.id,
        communityId: values.communityId!,
        startsOn: toApiDate(values.startsOn!),
        endsOn: values.endsOn ? toApiDate(values.endsOn) : null,
        content: values.content!.trim(),
        agreementUploadId: values.agreementUploadId ?? null,
      },
    });
    if (result.error) return setCreateProblem(createErrors.place(toProblem(result.error)));
    setCreating(false);
    void message.success(t('pairing.created'));
  }

  async function end(values: EndValues) {
    if (!ending) return;
    setEndProblem(null);
    endErrors.clearAll();
    const result = await endPairing({
      input: { id: ending.id, version: ending.version, endedOn: toApiDate(values.endedOn!), reason: values.reason?.trim() || null },
    });
    if (result.error) return setEndProblem(endErrors.place(toProblem(result.error)));
    setEnding(null);
    void message.success(t('pairing.ended'));
  }

  const counterpart = (p: PairingRowFragment) => (p.unit.id === unit.id ? p.community : p.unit);

  const columns: TableColumnsType<PairingRowFragment> = [
    {
      title: t('pairing.counterpart'),
      key: 'counterpart',
      render: (_, p) => <UnitLink id={counterpart(p).id} name={counterpart(p).name} />,
    },
    {
      title: t('pairing.term'),
      key: 'term',
      render: (_, p) => `${p.startsOn} ~ ${p.endsOn ?? t('pairing.openEnded')}`,
    },
    { title: t('pairing.content'), dataIndex: 'content', ellipsis: true },
    { title: t('pairing.agreement'), key: 'agreement', render: (_, p) => <ArchiveFileLink file={p.agreement} /> },
    {
      title: t('pairing.status'),
      key: 'status',
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag color={p.status === 'ACTIVE' ? 'green' : 'default'}>{t(enumLabel.pairingStatus(p.status))}</Tag>
          {p.expired && <Tag color="warning">{t('pairing.expired')}</Tag>}
          {p.endedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.endedOn}
              {p.endReason ? ` · ${p.endReason}` : ''}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  if (unit.canEndPairing) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, p) =>
        p.status === 'ACTIVE' && (
          <Button
            size="small"
            danger
            onClick={() => {
              setEndProblem(null);
              setEnding(p);
            }}
          >
            {t('pairing.end')}
          </Button>
        ),
    });
  }

  return (
    <Card
      title={t('unitPage.pairings')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        unit.canStartPairing && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setCreateProblem(null);
              setUploading(false);
              setCreating(true);
            }}
          >
            {t('pairing.create')}
          </Button>
        )
      }
    >
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('unitPage.pairings')}>
        <Table<PairingRowFragment>
          rowKey="id"
          columns={columns}
          {...table.tableProps}
          locale={{ emptyText: t('unitPage.noPairings') }}
          size="small"
          scroll={{ x: 800 }}
        />
      </KeyboardScrollable>
      {(table.pager.hasNext || table.pager.hasPrevious) && <CursorPager pager={table.pager} />}

      <Modal
        open={creating}
        title={t('pairing.create')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={createFetching}
        okButtonProps={{ disabled: uploading }}
        onOk={() => createForm.submit()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        width={640}
      >
        <ProblemAlert problem={leftToShow(createProblem)} />
        <Form<CreateValues>
          form={createForm}
          name="createPairing"
          layout="vertical"
          initialValues={{ startsOn: dayjs() }}
          onValuesChange={createErrors.onValuesChange}
          onFinish={create}
        >
          <Form.Item
            name="communityId"
            label={t('pairing.community')}
            rules={[{ required: true, message: t('pairing.communityRequired') }]}
          >
            <UnitPicker hostKinds={COMMUNITY_KINDS} excludeId={unit.id} placeholder={t('picker.communityPlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
            <Form.Item
              name="startsOn"
              label={t('pairing.startsOn')}
              rules={[{ required: true, message: t('pairing.startsOnRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            </Col>
            <Col span={12}>
            <Form.Item
              name="endsOn"
              label={t('pairing.endsOn')}
              dependencies={['startsOn']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value?: Dayjs | null) => {
                    const start = getFieldValue('startsOn') as Dayjs | undefined;
                    if (value && start && value.isBefore(start, 'day')) throw new Error(t('pairing.endsBeforeStart'));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="content"
            label={t('pairing.content')}
            rules={[{ required: true, whitespace: true, message: t('pairing.contentRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="agreementUploadId" label={t('pairing.agreement')}>
            <FileUploadField onBusyChange={setUploading} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={ending !== null}
        title={ending ? t('pairing.endTitle', { name: counterpart(ending).name }) : null}
        okText={t('pairing.end')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={endFetching}
        onOk={() => endForm.submit()}
        onCancel={() => setEnding(null)}
        destroyOnHidden
      >
        <ProblemAlert
          problem={leftToShow(endProblem)}
          onReload={() => {
            setEnding(null);
            table.refresh();
          }}
        />
        <Form<EndValues> form={endForm} name="endPairing" layout="vertical" initialValues={{ endedOn: dayjs() }} onFinish={end} onValuesChange={endErrors.onValuesChange}>
          <Form.Item
            name="endedOn"
            label={t('pairing.endedOn')}
            rules={[
              { required: true, message: t('pairing.endedOnRequired') },
              {
                validator: async (_, value?: Dayjs) => {
                  if (value && ending && value.isBefore(fromApiDate(ending.startsOn), 'day')) {
                    throw new Error(t('pairing.endsBeforeStart'));
                  }
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('pairing.endReason')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
