import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Segmented, Select, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { SubBodyKind, SubBodyRowFragment } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { allianceLabel, SUB_BODIES_REFRESH, SUB_BODY_KINDS } from './enums';

graphql(`
  fragment SubBodyRow on SubBody {
    id
    kind
    name
    convenerUnit {
      id
      name
    }
    unitIds
    peopleCount
    version
  }
`);

/** One body with its units' names (the edit dialog's pickers show them): too costly for every row of the list. */
const SubBodyDetailQuery = graphql(`
  query SubBodyDetail($id: ID!) {
    subBody(id: $id) {
      id
      kind
      name
      convenerUnit {
        id
        name
      }
      units {
        id
        name
      }
      people {
        name
        title
        unit {
          id
          name
        }
      }
      version
    }
  }
`);

/** A region has a handful of bodies: the first 100 of a kind are all of them. */
const SUB_BODIES_PAGE = 100;
const SubBodiesQuery = graphql(`
  query SubBodies($kind: SubBodyKind, $first: Int!) {
    subBodies(kind: $kind, first: $first) {
      edges {
        node {
          ...SubBodyRow
        }
      }
    }
  }
`);

const CreateSubBodyMutation = graphql(`
  mutation CreateSubBody($input: CreateSubBodyInput!) {
    createSubBody(input: $input) {
      ...SubBodyRow
    }
  }
`);

const UpdateSubBodyMutation = graphql(`
  mutation UpdateSubBody($input: UpdateSubBodyInput!) {
    updateSubBody(input: $input) {
      ...SubBodyRow
    }
  }
`);

const ALL = 'ALL';

/** 专门委员会与分会: the bodies by name, of one kind or all, with 新建 and 编辑. */
export function SubBodiesSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [kind, setKind] = useState<SubBodyKind | typeof ALL>(ALL);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: SubBodiesQuery,
    variables: { kind: kind === ALL ? null : kind, first: SUB_BODIES_PAGE },
    context: SUB_BODIES_REFRESH,
  });
  const [editing, setEditing] = useState<SubBodyRowFragment | 'new' | null>(null);
  const none = t('common.none');

  const columns: TableColumnsType<SubBodyRowFragment> = [
    { title: t('alliance.name'), dataIndex: 'name' },
    { title: t('alliance.kind'), dataIndex: 'kind', width: 170, render: (k: SubBodyKind) => t(allianceLabel.kind(k)) },
    { title: t('alliance.convener'), key: 'convener', render: (_, b) => b.convenerUnit?.name ?? none },
    { title: t('alliance.memberUnits'), key: 'units', width: 110, render: (_, b) => t('alliance.unitCount', { count: b.unitIds.length }) },
    { title: t('alliance.people'), key: 'people', width: 90, render: (_, b) => t('alliance.peopleCount', { count: b.peopleCount }) },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, b: SubBodyRowFragment) => (
              <Button size="small" icon={<EditOutlined />} aria-label={t('alliance.editSubBodyOf', { name: b.name })} onClick={() => setEditing(b)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('alliance.subBodies')}
      extra={
        editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('alliance.createSubBody')}
          </Button>
        )
      }
    >
      <Flex style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={t('alliance.kind')}
          value={kind}
          onChange={(value) => setKind(value as SubBodyKind | typeof ALL)}
          options={[{ value: ALL, label: t('alliance.allKinds') }, ...SUB_BODY_KINDS.map((k) => ({ value: k, label: t(allianceLabel.kind(k)) }))]}
        />
      </Flex>
      {error && <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <KeyboardScrollable label={t('alliance.subBodies')}>
        <Table<SubBodyRowFragment>
          data-testid="alliance-sub-bodies"
          rowKey="id"
          columns={columns}
          dataSource={data?.subBodies.edges.map((e) => e.node) ?? []}
          loading={fetching}
          pagination={false}
          locale={{ emptyText: t('alliance.noSubBodies') }}
          scroll={{ x: 900 }}
        />
      </KeyboardScrollable>
      <SubBodyDialog body={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

interface PersonValues {
  name?: string;
  title?: string;
  unitId?: string | null;
}

interface SubBodyValues {
  kind?: SubBodyKind;
  name?: string;
  convenerUnitId?: string | null;
  unitIds?: string[];
  people?: PersonValues[];
}

/** 新建 / 编辑 a body: kind, name (unique in the region), convener, member units, people (a unit optional). */
function SubBodyDialog({ body, onClose }: { body: SubBodyRowFragment | 'new' | null; onClose: () => void }) {
  const t = useT();
  const editingId = body !== null && body !== 'new' ? body.id : null;
  const [{ data: detail }] = useQuery({ query: SubBodyDetailQuery, variables: { id: editingId ?? '' }, pause: editingId === null, requestPolicy: 'network-only' });
  const { message } = App.useApp();
  const [form] = Form.useForm<SubBodyValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateSubBodyMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateSubBodyMutation);
  const existing = editingId !== null && detail?.subBody?.id === editingId ? detail.subBody : null;
  const ready = body === 'new' || existing !== null;

  async function submit(values: SubBodyValues) {
    setProblem(null);
    serverErrors.clearAll();
    const fields = {
      kind: values.kind!,
      name: values.name ?? '',
      convenerUnitId: values.convenerUnitId ?? '',
      unitIds: values.unitIds ?? [],
      people: (values.people ?? []).map((p) => ({ name: p.name ?? '', title: p.title || null, unitId: p.unitId || null })),
    };
    const result = existing
      ? await update({ input: { id: existing.id, version: existing.version, ...fields } }, SUB_BODIES_REFRESH)
      : await create({ input: fields }, SUB_BODIES_REFRESH);
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('alliance.subBodySaved', { name: fields.name }));
    onClose();
  }

  return (
    <Modal
      open={body !== null}
      width={720}
      title={body !== null && body !== 'new' ? t('alliance.editSubBodyTitle', { name: body.name }) : t('alliance.createSubBodyTitle')}
      okButtonProps={{ disabled: !ready }}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating || updating}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      {!ready && <Spin />}
      {ready && (
        <Form
          form={form}
          name="subBody"
          layout="vertical"
          initialValues={
            existing
              ? {
                  kind: existing.kind,
                  name: existing.name,
                  convenerUnitId: existing.convenerUnit?.id ?? null,
                  unitIds: existing.units.map((u) => u.id),
                  people: existing.people.map((p) => ({ name: p.name, title: p.title ?? '', unitId: p.unit?.id ?? null })),
                }
              : { kind: 'RESEARCH_COMMITTEE', unitIds: [], people: [] }
          }
          onFinish={submit}
          onValuesChange={serverErrors.onValuesChange}
        >
          <Form.Item name="kind" label={t('alliance.kind')} rules={[{ required: true }]}>
            <Select options={SUB_BODY_KINDS.map((k) => ({ value: k, label: t(allianceLabel.kind(k)) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('alliance.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="convenerUnitId" label={t('alliance.convener')} rules={[{ required: true }]}>
            <UnitPicker initial={existing?.convenerUnit ?? null} />
          </Form.Item>
          <Form.Item name="unitIds" label={t('alliance.memberUnits')}>
            <UnitPicker mode="multiple" initial={existing?.units ?? []} />
          </Form.Item>
          <Typography.Text strong>{t('alliance.people')}</Typography.Text>
          <Form.List name="people">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start" style={{ marginTop: 8 }}>
                    <Form.Item name={[field.name, 'name']} label={t('alliance.personName')} rules={[{ required: true, whitespace: true }]} style={{ flex: 1 }}>
                      <Input maxLength={30} autoComplete="off" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'title']} label={t('alliance.personTitle')} style={{ flex: 1 }}>
                      <Input maxLength={60} autoComplete="off" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unitId']} label={t('alliance.personUnit')} style={{ flex: 1.4 }}>
                      <UnitPicker initial={existing?.people[i]?.unit ?? null} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('alliance.removePerson')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', unitId: null })} style={{ marginTop: 8 }}>
                  {t('alliance.addPerson')}
                </Button>
              </>
          )}
        </Form.List>
      </Form>
      )}
    </Modal>
  );
}
