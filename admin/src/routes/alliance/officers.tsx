import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fromApiDate, toApiDate } from '../../api/dates';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { OfficerPost, OfficerRowFragment } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT, type Translate } from '../../i18n';
import { allianceLabel, OFFICER_POSTS, OFFICERS_REFRESH } from './enums';

graphql(`
  fragment OfficerRow on Officer {
    id
    post
    personName
    personTitle
    unit {
      id
      name
    }
    termStart
    termEnd
    current
    endReason
    version
  }
`);

const OfficersQuery = graphql(`
  query AllianceOfficers {
    officers(includePast: true) {
      ...OfficerRow
    }
  }
`);

const SetOfficerMutation = graphql(`
  mutation SetOfficer($input: SetOfficerInput!) {
    setOfficer(input: $input) {
      ...OfficerRow
    }
  }
`);

const EndOfficerTermMutation = graphql(`
  mutation EndOfficerTerm($input: EndOfficerTermInput!) {
    endOfficerTerm(input: $input) {
      ...OfficerRow
    }
  }
`);

const termText = (t: Translate, o: OfficerRowFragment) =>
  o.termEnd ? t('alliance.termRange', { start: o.termStart, end: o.termEnd }) : t('alliance.termFrom', { start: o.termStart });

/** 现任负责人 (by post, 会长 first) with 任命 and 结束任期; 历任 below, latest ended first (the API's order). */
export function OfficersSection({ editable }: { editable: boolean }) {
  const t = useT();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: OfficersQuery, context: OFFICERS_REFRESH });
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<OfficerRowFragment | null>(null);
  const officers = data?.officers ?? [];
  const none = t('common.none');

  const columns = (current: boolean): TableColumnsType<OfficerRowFragment> => [
    { title: t('alliance.post'), dataIndex: 'post', width: 120, render: (post: OfficerPost) => t(allianceLabel.post(post)) },
    { title: t('alliance.personName'), dataIndex: 'personName', width: 110 },
    { title: t('alliance.personTitle'), dataIndex: 'personTitle', render: (title: string | null) => title ?? none },
    { title: t('alliance.unit'), key: 'unit', render: (_, o) => o.unit?.name ?? none },
    { title: t('alliance.term'), key: 'term', width: 220, render: (_, o) => termText(t, o) },
    ...(current
      ? editable
        ? [
            {
              title: t('common.actions'),
              key: 'actions',
              width: 110,
              render: (_: unknown, o: OfficerRowFragment) => (
                <Button size="small" aria-label={t('alliance.endTermOf', { name: o.personName })} onClick={() => setEnding(o)}>
                  {t('alliance.endTerm')}
                </Button>
              ),
            },
          ]
        : []
      : [{ title: t('alliance.endReason'), dataIndex: 'endReason', render: (reason: string | null) => reason ?? none }]),
  ];

  return (
    <Card
      title={t('alliance.officers')}
      extra={
        editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAppointing(true)}>
            {t('alliance.appoint')}
          </Button>
        )
      }
    >
      {error && <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <KeyboardScrollable label={t('alliance.officers')}>
        <Table<OfficerRowFragment>
          data-testid="alliance-current-officers"
          rowKey="id"
          columns={columns(true)}
          dataSource={officers.filter((o) => o.current)}
          loading={fetching}
          pagination={false}
          locale={{ emptyText: t('alliance.noOfficers') }}
          scroll={{ x: 820 }}
        />
      </KeyboardScrollable>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('alliance.pastOfficers')}
      </Typography.Title>
      <KeyboardScrollable label={t('alliance.pastOfficers')}>
        <Table<OfficerRowFragment>
          data-testid="alliance-past-officers"
          rowKey="id"
          columns={columns(false)}
          dataSource={officers.filter((o) => !o.current)}
          loading={fetching}
          pagination={false}
          locale={{ emptyText: t('alliance.noPast') }}
          scroll={{ x: 820 }}
        />
      </KeyboardScrollable>
      <AppointDialog open={appointing} onClose={() => setAppointing(false)} />
      <EndTermDialog officer={ending} onClose={() => setEnding(null)} />
    </Card>
  );
}

interface AppointValues {
  post?: OfficerPost;
  personName?: string;
  personTitle?: string;
  unitId?: string | null;
  termStart?: Dayjs | null;
  termEnd?: Dayjs | null;
}

/** 任命: post, person, unit, term. A single-holder post's current holder moves to 历任 (the server does it). */
function AppointDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AppointValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, setOfficer] = useMutation(SetOfficerMutation);

  async function submit(values: AppointValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await setOfficer(
      {
        input: {
          post: values.post!,
          personName: values.personName ?? '',
          personTitle: values.personTitle || null,
          unitId: values.unitId ?? '',
          termStart: values.termStart ? toApiDate(values.termStart) : '',
          termEnd: values.termEnd ? toApiDate(values.termEnd) : null,
        },
      },
      OFFICERS_REFRESH,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const officer = result.data!.setOfficer;
    void message.success(t('alliance.appointed', { name: officer.personName, post: t(allianceLabel.post(officer.post)) }));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('alliance.appointTitle')}
      okText={t('alliance.appoint')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('alliance.appointHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form form={form} name="appointOfficer" layout="vertical" initialValues={{ post: 'PRESIDENT' }} onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="post" label={t('alliance.post')} rules={[{ required: true }]}>
          <Select options={OFFICER_POSTS.map((post) => ({ value: post, label: t(allianceLabel.post(post)) }))} />
        </Form.Item>
        <Form.Item name="personName" label={t('alliance.personName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item name="personTitle" label={t('alliance.personTitle')}>
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label={t('alliance.unit')} rules={[{ required: true }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="termStart" label={t('alliance.termStart')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="termEnd" label={t('alliance.termEnd')} extra={t('alliance.termEndHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结束任期: the day it ended and why. */
function EndTermDialog({ officer, onClose }: { officer: OfficerRowFragment | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endedOn?: Dayjs | null; reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, endTerm] = useMutation(EndOfficerTermMutation);
  const name = officer?.personName ?? '';

  async function submit(values: { endedOn?: Dayjs | null; reason?: string }) {
    if (!officer) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await endTerm(
      { input: { id: officer.id, version: officer.version, endedOn: values.endedOn ? toApiDate(values.endedOn) : '', reason: values.reason || null } },
      OFFICERS_REFRESH,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('alliance.ended', { name }));
    onClose();
  }

  return (
    <Modal
      open={officer !== null}
      title={t('alliance.endTermOf', { name })}
      okText={t('alliance.endTerm')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form
        form={form}
        name="endOfficerTerm"
        layout="vertical"
        initialValues={{ endedOn: officer?.termEnd ? fromApiDate(officer.termEnd) : null }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="endedOn" label={t('alliance.endedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('alliance.reason')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
